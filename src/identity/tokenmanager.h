#pragma once

#include "identity/endpoints.h"
#include "identity/oauth.h"
#include "identity/tokensource.h"

#include <QDateTime>
#include <QList>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace dockervm::identity {

// Access tokens for one sign-in (user + tenant + authority) from its refresh token:
//   POST <authority>/<tenant>/oauth2/v2.0/token  grant_type=refresh_token, client_id,
//        refresh_token, scope=<armResource>.default offline_access
// The access token lives only in memory. It is refreshed before it expires: once 80 % of its
// lifetime has passed, or earlier when fewer than 5 minutes are left (tokens shorter than
// 10 minutes: at half their lifetime). Concurrent callers wait for the same refresh (one request).
// Entra ID rotates the refresh token on every use: each new one goes to the sink (the account
// store saves it). invalid_grant (revoked or expired refresh token: AADSTS70008, 50173, …) and
// interaction_required give TokenError::SignInRequired and the signInRequired() signal; the
// manager never starts a device code flow itself. Tokens are never logged.
class TokenManager : public TokenSource
{
    Q_OBJECT
public:
    struct Options
    {
        int requestTimeoutMs = 30000;
        std::function<QDateTime()> clock; // UTC now; tests move time forward. Empty: the system's
    };
    using RefreshTokenSink = std::function<void(const QByteArray &rotatedRefreshToken)>;

    // endpoints.tenant is the tenant the tokens are for (a tenant id; "organizations" works for
    // the home tenant).
    TokenManager(QNetworkAccessManager *nam, CloudEndpoints endpoints, QByteArray refreshToken,
                 QObject *parent = nullptr);
    TokenManager(QNetworkAccessManager *nam, CloudEndpoints endpoints, QByteArray refreshToken,
                 Options options, QObject *parent = nullptr);
    ~TokenManager() override;

    // Called with every rotated refresh token (not with the one given to the constructor).
    void setRefreshTokenSink(RefreshTokenSink sink);
    // Seeds the access token the sign-in itself returned (saves one refresh).
    void setAccessToken(const AccessToken &token, int lifetimeSec);

    void accessToken(QObject *context, Callback done) override;
    void invalidate(const QByteArray &rejected) override;

    // A manager for the same sign-in in another tenant (the refresh token is redeemed against
    // <authority>/<tenantId>): lists that tenant's subscriptions. Both share the refresh token:
    // a rotation in either is used by both and reaches the same sink.
    TokenManager *forTenant(const QString &tenantId, QObject *parent = nullptr) const;

    const CloudEndpoints &endpoints() const { return m_endpoints; }
    QString tenant() const { return m_endpoints.tenant; }
    // Claims of the last token reply (tid, oid, user), for display.
    IdClaims claims() const { return m_claims; }
    int refreshCount() const { return m_refreshes; }
    bool hasRefreshToken() const;

    // True when a token issued at `issued` that expires at `expires` should be refreshed `now`.
    static bool needsRefresh(const QDateTime &issued, const QDateTime &expires,
                             const QDateTime &now);

private:
    struct Chain
    {
        QByteArray refreshToken; // secret
        RefreshTokenSink sink;
    };
    struct Waiter
    {
        QPointer<QObject> context;
        Callback done;
    };
    TokenManager(QNetworkAccessManager *nam, CloudEndpoints endpoints, std::shared_ptr<Chain> chain,
                 Options options, QObject *parent);

    QDateTime now() const;
    void startRefresh();
    void onRefreshReply(QNetworkReply *reply, const QDateTime &started);
    void deliver(const AccessToken &token, const TokenError &error);
    static void post(const Waiter &w, const AccessToken &token, const TokenError &error);

    QNetworkAccessManager *m_nam;
    CloudEndpoints m_endpoints;
    std::shared_ptr<Chain> m_chain;
    Options m_options;
    AccessToken m_access; // secret
    QDateTime m_issuedAt;
    IdClaims m_claims;
    QList<Waiter> m_waiters;
    QPointer<QNetworkReply> m_reply;
    int m_refreshes = 0;
};

} // namespace dockervm::identity
