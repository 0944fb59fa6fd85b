#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

namespace dockervm::identity {

struct AccessToken
{
    QByteArray token; // secret: never logged
    QDateTime expiresAt;
    bool isValid() const { return !token.isEmpty(); }
};

struct TokenError
{
    enum class Kind {
        None,
        Transient,      // network, 5xx: the caller may retry later
        SignInRequired, // refresh token revoked, expired or missing: run the device code flow
        Cancelled,
    };
    Kind kind = Kind::None;
    QString message; // translated: what failed, why, next step
    explicit operator bool() const { return kind != Kind::None; }
};

// Hands out access tokens for Azure Resource Manager. Implemented by identity::TokenManager
// (refresh-token grant, refreshed before expiry); tests may implement it directly.
class TokenSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    using Callback = std::function<void(const AccessToken &, const TokenError &)>;

    // Calls `done` (always later, on the event loop, only while `context` lives) with a token
    // valid for a while longer, refreshing it first when it is about to expire, or an error.
    virtual void accessToken(QObject *context, Callback done) = 0;
    // The server refused `rejected` with 401: the next accessToken() must not hand it out again.
    virtual void invalidate(const QByteArray &rejected) = 0;

signals:
    // The refresh token no longer works: the user has to sign in again (never started from a
    // background refresh by itself; the UI or the CLI decides).
    void signInRequired(const QString &why);
};

} // namespace dockervm::identity
