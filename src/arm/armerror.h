#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace dockervm::arm {

// One entry of ARM's error envelope: {code, message, target, details[]}. For a DeploymentFailed
// whose detail message is itself a JSON string ("{\"status\":\"Failed\",\"error\":{...}}"), the
// parser turns that string into nested details (arm.md §5).
struct ArmErrorDetail
{
    QString code;
    QString message;
    QString target;
    QList<ArmErrorDetail> details;
};

// What went wrong with one ARM call or long-running operation, with the raw code and message
// (logs, --json) and a translated, actionable userMessage(). Default-constructed: no error.
struct ArmError
{
    enum class Kind {
        None,
        Http,              // the server answered with an error status (envelope parsed when any)
        OperationFailed,   // an LRO ended with status Failed (its error object parsed)
        OperationCanceled, // an LRO ended with status Canceled
        Transport,         // connection refused, host not found, connection dropped, ...
        Tls,               // TLS handshake failed (server certificate not trusted, ...)
        Timeout,           // an attempt hit its deadline, or an LRO its overall timeout
        Cancelled,         // abort()/cancel(), or the client was destroyed
        InvalidReply,      // a 2xx body that is not JSON (or not the expected shape)
        TooLarge,          // the reply exceeded the client's cap; reading stopped there
        HostRefused,       // a URL (poll, nextLink, redirect) off the ARM endpoint: token withheld
        SignInRequired,    // 401 again after a fresh token, or the token source says so
        TokenUnavailable,  // the token source failed transiently (network to Entra ID, ...)
        TooManyPages,      // a list kept handing out nextLinks beyond the bound
    };

    // What the user can do about it; userMessage() is written per category.
    enum class Category {
        None,
        SignIn,          // ExpiredAuthenticationToken, InvalidAuthenticationToken, 401
        Authorization,   // AuthorizationFailed (403): needs Contributor or Owner
        Quota,           // QuotaExceeded, OperationNotAllowed about quota
        SkuNotAvailable, // size not offered to this subscription/region
        DnsRecordInUse,  // DNS label taken in that region
        ResourceGroupNotFound,
        ResourceNotFound,
        ProviderNotRegistered, // MissingSubscriptionRegistration
        Throttled,             // 429 TooManyRequests / *RequestsThrottled
        InUse,                 // NicInUse, InUse...CannotBeDeleted (delete order)
        TransientConflict,     // AnotherOperationInProgress, Conflict while in progress
        Server,                // 5xx
        Network,               // transport, TLS, timeout, too large, invalid reply, host refused
        Cancelled,
        Other,
    };

    Kind kind = Kind::None;
    int httpStatus = 0; // 0 without an HTTP answer (LRO failures: the poll's 200)
    QString code;       // the top-level ARM code as sent, e.g. "DeploymentFailed"
    QString message;    // the top-level message as sent (or Qt's transport text)
    QString target;
    QList<ArmErrorDetail> details; // nested, DeploymentFailed's JSON-string messages expanded
    QString requestId;             // x-ms-request-id of the failed reply
    QString correlationId;         // x-ms-correlation-request-id
    QUrl url;                      // the request's URL without query (never carries a token)
    int retryAfterSeconds = -1; // from Retry-After or the message ("try again after 'N' seconds")
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QStringList tlsErrors;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // The most specific ARM error: the innermost detail whose code is known (DnsRecordInUse
    // inside DeploymentFailed, QuotaExceeded inside InvalidTemplateDeployment), else the top.
    ArmErrorDetail rootCause() const;
    Category category() const;
    // Whether ArmClient replays the call (for idempotent methods where it matters): transport
    // errors, timeouts, 5xx, 429, 409 with a transient code. Never 4xx otherwise, TLS, cancel,
    // OperationNotAllowed, quota or SkuNotAvailable.
    bool isRetryable() const;

    // Translated, actionable text for a dialog or stderr: what happened and the next step.
    // Includes the subscription (AuthorizationFailed), the portal quota page (quota), the
    // delete order (InUse), ...; ends with the server's code and message and the request id.
    QString userMessage() const;
    // One line for logs: "<kind> <status> <code>: <message> (request <id>)".
    QString summary() const;
    // For `--json`: {kind, httpStatus, code, message, target, details, rootCause, category,
    // requestId, correlationId, retryAfterSeconds, userMessage}.
    QJsonObject toJson() const;

    // Builds the error for an HTTP error reply (body may be empty or not JSON).
    static ArmError fromHttpReply(int httpStatus, const QByteArray &body,
                                  const QString &requestId = QString(),
                                  const QString &correlationId = QString(),
                                  const QByteArray &retryAfterHeader = QByteArray());
    // An LRO poll body {status: Failed|Canceled, error:{...}} (HTTP 200).
    static ArmError fromOperationBody(const QJsonObject &body,
                                      const QString &requestId = QString());
    static ArmError fromNetworkError(QNetworkReply::NetworkError error, const QString &qtMessage,
                                     const QUrl &url, const QStringList &tlsErrors = {});
    static ArmError timeout(const QUrl &url, int timeoutMs, bool receiving);
    static ArmError cancelled();
    static ArmError clientClosed();
    static ArmError invalidReply(const QUrl &url, const QString &why);
    static ArmError tooLarge(const QUrl &url, qint64 limitBytes);
    static ArmError hostRefused(const QUrl &target, const QUrl &armEndpoint);
    static ArmError signInRequired(const QString &why);
    static ArmError tokenUnavailable(const QString &why);
    static ArmError tooManyPages(const QUrl &url, int pages);
    // `last` with "gave up after N attempts in S s" added to its message.
    static ArmError gaveUp(ArmError last, int attempts, qint64 elapsedMs);
};

// Parses {"error":{...}} (or a bare {code,message}) with nested details; JSON-string messages
// that hold an envelope are expanded. nullopt when `body` is not such JSON.
std::optional<ArmErrorDetail> parseArmErrorBody(const QByteArray &body);
ArmErrorDetail parseArmErrorObject(const QJsonObject &error);

// Retry-After: delta seconds or an HTTP date (relative to `now`). -1 when absent or invalid.
int parseRetryAfter(const QByteArray &header, const QDateTime &now);
// "Please try again after '17' seconds." -> 17; -1 when the message says nothing.
int retryAfterFromMessage(const QString &message);

QString armErrorKindName(ArmError::Kind kind);             // "http", "transport", ...
QString armErrorCategoryName(ArmError::Category category); // "quota", "sign-in", ...

} // namespace dockervm::arm

Q_DECLARE_METATYPE(dockervm::arm::ArmError)
