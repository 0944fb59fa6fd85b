#pragma once

#include "identity/endpoints.h"
#include "identity/oauth.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace dockervm::identity {

// What the user needs to finish the sign-in in a browser. verificationUri and message come from
// the server (never hard-coded: it has been https://microsoft.com/devicelogin and
// https://www.microsoft.com/link).
struct DeviceCode
{
    QString userCode;
    QUrl verificationUri;
    QString message; // the server's sentence, control characters neutralised
    QDateTime expiresAt;
    int intervalSec = 5;
};

// The outcome of a device code sign-in.
struct DeviceCodeResult
{
    enum class Error {
        None,
        Expired,      // expired_token, or expires_in passed locally
        Declined,     // authorization_declined
        BadCode,      // bad_verification_code
        InvalidGrant, // invalid_grant
        Refused,      // any other OAuth error (invalid_client, invalid_scope, …)
        Transport,    // no answer after the retries, TLS failure
        Protocol,     // an answer that is not OAuth
        Cancelled,
    };
    Error error = Error::None;
    QString message;   // translated: what failed, the AADSTS text when there is one, the next step
    QString errorCode; // the OAuth `error` ("expired_token", …), empty otherwise
    TokenReply tokens; // when ok(): access + refresh token, expiry, claims (tid, oid, user)
    bool ok() const { return error == Error::None; }
};

// The OAuth 2.0 device authorization grant (RFC 8628) against Microsoft Entra ID, v2.0 endpoints:
//   start():  POST <authority>/<tenant>/oauth2/v2.0/devicecode  client_id, scope
//             → codeReady(DeviceCode)
//   then every `interval` s: POST …/token  grant_type=urn:ietf:params:oauth:grant-type:device_code
//             authorization_pending → poll again; slow_down → +5 s for every later poll;
//             anything else → finished() with an error; 200 → finished() with the tokens.
// The code also expires locally when expires_in has passed. Transport failures are retried a few
// times. finished() comes exactly once (also after cancel()), always from the event loop.
// Neither the device_code nor any token is ever logged.
class DeviceCodeFlow : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int requestTimeoutMs = 30000;
        int transportRetries = 3; // consecutive failed polls (no answer, 5xx) before giving up
        int slowDownStepSec = 5;  // RFC 8628 §3.5
        // Length of one "second" of the server's interval/expires_in in ms. Tests shrink it; the
        // product never changes it.
        int secondMs = 1000;
        // Scopes added to endpoints.scope(): openid profile ask for an id_token (tid, oid, user).
        QString extraScopes = QStringLiteral("openid profile");
    };

    DeviceCodeFlow(QNetworkAccessManager *nam, CloudEndpoints endpoints, QObject *parent = nullptr);
    DeviceCodeFlow(QNetworkAccessManager *nam, CloudEndpoints endpoints, Options options,
                   QObject *parent = nullptr);
    ~DeviceCodeFlow() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    const CloudEndpoints &endpoints() const { return m_endpoints; }
    // The poll interval now (grows by 5 s on each slow_down).
    int currentIntervalSec() const { return m_intervalSec; }
    int pollCount() const { return m_polls; }
    QString scope() const;

signals:
    void codeReady(const dockervm::identity::DeviceCode &code);
    void finished(const dockervm::identity::DeviceCodeResult &result);

private:
    void onDeviceCodeReply(QNetworkReply *reply);
    void poll();
    void onTokenReply(QNetworkReply *reply, const QDateTime &started);
    void scheduleNextPoll();
    void finish(DeviceCodeResult result);
    void fail(DeviceCodeResult::Error error, const QString &message, const QString &code = {});
    void failWithOAuth(const OAuthError &e);
    bool transientFailure(const QString &why); // true: retried

    QNetworkAccessManager *m_nam;
    CloudEndpoints m_endpoints;
    Options m_options;
    QPointer<QNetworkReply> m_reply;
    QTimer m_pollTimer;
    QTimer m_expiryTimer;
    QByteArray m_deviceCode; // secret
    DeviceCode m_code;
    int m_intervalSec = 5;
    int m_polls = 0;
    int m_transportFailures = 0;
    bool m_running = false;
};

} // namespace dockervm::identity

Q_DECLARE_METATYPE(dockervm::identity::DeviceCode)
Q_DECLARE_METATYPE(dockervm::identity::DeviceCodeResult)
