#pragma once

#include "sim/httpserver.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace dockervm::sim {

// What checkAccessToken() makes of a bearer token (for the ARM simulator's 401s).
struct TokenCheck
{
    bool ok = false;      // issued by this simulator, not expired, not revoked
    bool expired = false; // issued here but past its lifetime (ARM: 401 ExpiredAuthenticationToken)
    QString tenantId;     // the tenant the token was issued for
    QString user;         // preferred_username of the signed-in user
};

// A user the simulator knows, and the tenants they can sign in to. The first tenant is the
// "home" tenant that "organizations" resolves to.
struct EntraUser
{
    QString userName; // preferred_username (UPN), e.g. ada@contoso.example
    QString displayName;
    QString objectId; // oid; empty: a GUID is made up
    QStringList tenantIds;
};

// A stand-in for the Microsoft identity platform's v2.0 device code flow and token endpoint:
//   POST /{tenant}/oauth2/v2.0/devicecode   form client_id, scope
//   POST /{tenant}/oauth2/v2.0/token        grant_type device_code | refresh_token
// with the error body shape of the real service (HTTP 400, {error, error_description
// "AADSTSnnnnn: …\r\nTrace ID: …\r\nCorrelation ID: …\r\nTimestamp: …", error_codes, timestamp,
// trace_id, correlation_id, error_uri}); see tests/data/arm/README.md for the recordings.
// Access and refresh tokens are opaque random strings; refresh tokens rotate on every use.
// The id_token is an unsigned JWT ("alg":"none") carrying tid, oid, preferred_username, name.
//
// Mount it in another HttpServer with handle(), or let it listen on its own with listen().
class EntraSimulator : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QList<EntraUser> users; // empty: one default user in one default tenant (see defaultUser())
        int deviceCodeExpiresInSec = 900;
        int intervalSec = 5;
        int accessTokenLifetimeSec = 3599;
        // >= 0: a device code is approved by the first user automatically this long after it was
        // issued (demo mode); tests approve() explicitly.
        int autoApproveAfterMs = -1;
        // Tenant path segments accepted besides known tenant ids.
        QStringList genericTenants{QStringLiteral("organizations"), QStringLiteral("common")};
        QString verificationUri = QStringLiteral("https://microsoft.com/devicelogin");
    };

    explicit EntraSimulator(QObject *parent = nullptr);
    explicit EntraSimulator(Options options, QObject *parent = nullptr);
    ~EntraSimulator() override;

    static EntraUser defaultUser();

    // Answers requests under /{tenant}/oauth2/v2.0/; std::nullopt for any other path (so a host
    // server can fall through to its own routes).
    std::optional<HttpResponse> handle(const HttpRequest &request);

    // Stand-alone: an own HttpServer on loopback (TLS when the configuration is not null).
    bool listen(const QSslConfiguration &tls = QSslConfiguration(), quint16 port = 0,
                QString *error = nullptr);
    quint16 port() const;
    QUrl authority() const; // https://127.0.0.1:<port> (http:// without TLS)

    // --- test controls -------------------------------------------------------------------
    // Approve a pending device code as `userName` (empty: the first known user). False when the
    // code is unknown.
    bool approve(const QString &userCode, const QString &userName = QString());
    bool decline(const QString &userCode);
    // The device code behind `userCode` expires now (the next poll gets expired_token).
    bool expireCode(const QString &userCode);
    // The next `count` requests to these endpoints are dropped without an answer.
    void dropNextRequests(int count);
    // The next `count` polls of a pending code answer slow_down instead of authorization_pending.
    void injectSlowDown(int count);
    // Every refresh token issued so far for this user stops working (invalid_grant AADSTS50173).
    void revokeUser(const QString &userName);
    // One refresh token stops working (invalid_grant AADSTS70008, as if it expired).
    void revokeRefreshToken(const QByteArray &refreshToken);
    // Access tokens issued from now on live this long.
    void setAccessTokenLifetime(int seconds);
    // Make an issued access token expire now (for 401 ExpiredAuthenticationToken tests).
    void expireAccessToken(const QByteArray &accessToken);

    QString lastUserCode() const { return m_lastUserCode; }
    int deviceCodeRequests() const { return m_deviceCodeRequests; }
    int tokenRequests() const { return m_tokenRequests; }
    int refreshRequests() const { return m_refreshRequests; }
    // When each poll of the device code grant arrived (for slow_down tests: count, not time).
    QList<QDateTime> pollTimes() const { return m_pollTimes; }
    QList<QByteArray> issuedRefreshTokens() const;
    QList<QByteArray> issuedDeviceCodes() const { return m_deviceCodes.keys(); }
    const Options &options() const { return m_options; }

    // --- for the ARM simulator ------------------------------------------------------------
    // `bearer` is the token itself (without "Bearer ").
    TokenCheck checkAccessToken(const QByteArray &bearer) const;

signals:
    // A device code was issued (the demo prints it; tests approve it).
    void deviceCodeIssued(const QString &userCode);
    void tokenIssued(const QString &tenantId, const QString &user);

private:
    struct DeviceCode
    {
        QString userCode;
        QByteArray deviceCode;
        QString tenant; // path segment it was requested for
        QString clientId;
        QString scope;
        QDateTime issuedAt;
        QDateTime expiresAt;
        enum class State { Pending, Approved, Declined, Redeemed } state = State::Pending;
        QString approvedUser;
    };
    struct RefreshGrant
    {
        QString user;
        QString clientId;
        bool revoked = false;
        bool used = false;   // rotated away
        int revokedCode = 0; // AADSTS code given once revoked
    };
    struct IssuedAccess
    {
        QString tenantId;
        QString user;
        QDateTime expiresAt;
    };

    HttpResponse deviceCode(const QString &tenant, const HttpRequest &request);
    HttpResponse token(const QString &tenant, const HttpRequest &request);
    HttpResponse deviceCodeGrant(const QString &tenant, const QUrlQuery &form);
    HttpResponse refreshGrant(const QString &tenant, const QUrlQuery &form);
    HttpResponse issueTokens(const QString &tenantId, const EntraUser &user,
                             const QString &clientId, const QString &scope);
    HttpResponse error(const QByteArray &code, int aadsts, const QString &text,
                       int status = 400) const;
    const EntraUser *findUser(const QString &userName) const;
    // The tenant id a path segment names for this user, or empty when the user cannot sign in
    // there.
    QString resolveTenant(const QString &segment, const EntraUser &user) const;
    bool isKnownTenantSegment(const QString &segment) const;

    Options m_options;
    std::unique_ptr<HttpServer> m_server;
    bool m_tls = false;
    QHash<QByteArray, DeviceCode> m_deviceCodes; // by device_code
    QHash<QByteArray, RefreshGrant> m_refreshTokens;
    QHash<QByteArray, IssuedAccess> m_accessTokens;
    QString m_lastUserCode;
    int m_slowDownPending = 0;
    int m_dropNext = 0;
    int m_deviceCodeRequests = 0;
    int m_tokenRequests = 0;
    int m_refreshRequests = 0;
    QList<QDateTime> m_pollTimes;
};

} // namespace dockervm::sim
