#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QSslError>
#include <QString>
#include <QUrl>

#include <optional>

namespace dockervm::classic {

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
        InvalidReply,    // 2xx but the body could not be parsed
        TooLarge,        // the reply was larger than the client's cap; reading stopped there
        RedirectRefused, // a redirect off the management host (or to plain HTTP), not followed
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
    // speaks of "exclusive access". Never TLS errors, cancel, other 4xx, redirects or a reply
    // over the size cap.
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
    // An attempt that hit its deadline. bytesReceived < 0: no answer had begun ("did not answer
    // within N s"); else the reply had begun and was cut while receiving ("timed out after N s
    // while receiving the reply").
    static AsmError timeout(const QUrl &url, int timeoutMs, qint64 bytesReceived = -1);
    static AsmError cancelled();
    // A reply finished because its ManagementClient was destroyed (kind Cancelled).
    static AsmError clientClosed();
    static AsmError tooManyRedirects(const QUrl &lastUrl, int hops);
    static AsmError invalidReply(const QString &what, const QString &parseError);
    // The reply to `what` exceeded `limitBytes`: announced by Content-Length (announcedBytes >= 0)
    // or counted while reading.
    static AsmError tooLarge(const QString &what, qint64 limitBytes, qint64 announcedBytes = -1);
    // A redirect from the management endpoint `endpoint` to `target`, which is not followed: it
    // leaves the endpoint's scheme, host (or its subdomains) or port.
    static AsmError redirectRefused(int httpStatus, const QUrl &target, const QUrl &endpoint);
    // `last` (a retryable error) when the client stops retrying: its explanation says how many
    // attempts were made in how long.
    static AsmError gaveUp(AsmError last, int attempts, qint64 elapsedMs);
};

struct AsmErrorBody
{
    QString code;
    QString message;
};

// Parses `<Error><Code/><Message/></Error>` (any namespace). nullopt when the body is not that.
std::optional<AsmErrorBody> parseAsmErrorBody(const QByteArray &body);

QString asmErrorKindName(AsmError::Kind kind); // "http", "transport", ... (for JSON/logs)

} // namespace dockervm::classic

Q_DECLARE_METATYPE(dockervm::classic::AsmError)
