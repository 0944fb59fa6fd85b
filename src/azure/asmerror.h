#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QSslError>
#include <QString>
#include <QUrl>

#include <optional>

namespace dockervm::azure {

// What went wrong with one management request, in the terms a person can act on: the HTTP status
// and ASM error code and message as the server sent them, plus a translated explanation and the
// next step. A default-constructed AsmError means "no error".
struct AsmError
{
    enum class Kind {
        None,
        Http,      // the server answered with an error status (code/message from its XML)
        Transport, // connection refused, host not found, connection dropped, ...
        Tls,       // TLS handshake failed (server certificate not trusted, ...)
        Timeout,   // no progress within the request timeout
        Cancelled, // abort() was called
        TooManyRedirects,
        InvalidReply, // 2xx but the body could not be parsed
    };

    Kind kind = Kind::None;
    int httpStatus = 0;  // 0 without an HTTP answer
    QString code;        // ASM code, e.g. "ForbiddenError"
    QString message;     // the server's message (or Qt's transport error text)
    QString explanation; // translated: what it means
    QString nextStep;    // translated: what to do
    QString requestId;   // x-ms-request-id of the failed reply, when any
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QStringList tlsErrors; // texts of the TLS errors, when any

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // Whether the client retries it: transport errors and timeouts; 500; 503; 409 whose message
    // speaks of "exclusive access". Never TLS errors, cancel, other 4xx or redirects.
    bool isRetryable() const;
    // True for 403 ForbiddenError / AuthenticationFailed / SubscriptionDisabled.
    bool isAuthenticationError() const;

    // One line for a log or a status bar: "<explanation> (<code>: <message>)".
    QString summary() const;
    // Several lines for a dialog or stderr: explanation, server detail, next step.
    QString toString() const;

    // Builds the error for an HTTP error reply; `body` may be empty or not XML.
    static AsmError fromHttpReply(int httpStatus, const QByteArray &body,
                                  const QString &requestId = QString());
    // Builds the error for a transport failure of a request to `url`.
    static AsmError fromNetworkError(QNetworkReply::NetworkError error, const QString &qtMessage,
                                     const QUrl &url, const QList<QSslError> &sslErrors = {});
    static AsmError timeout(const QUrl &url, int timeoutMs);
    static AsmError cancelled();
    static AsmError tooManyRedirects(const QUrl &lastUrl, int hops);
    static AsmError invalidReply(const QString &what, const QString &parseError);
};

struct AsmErrorBody
{
    QString code;
    QString message;
};

// Parses `<Error><Code/><Message/></Error>` (any namespace). nullopt when the body is not that.
std::optional<AsmErrorBody> parseAsmErrorBody(const QByteArray &body);

QString asmErrorKindName(AsmError::Kind kind); // "http", "transport", ... (for JSON/logs)

} // namespace dockervm::azure

Q_DECLARE_METATYPE(dockervm::azure::AsmError)
