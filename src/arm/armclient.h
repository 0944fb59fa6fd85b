#pragma once

#include "arm/armerror.h"
#include "identity/tokensource.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

Q_DECLARE_LOGGING_CATEGORY(lcArm) // "dockervm.arm"

namespace dockervm::arm {

class ArmClient;

// One ARM call, from the first attempt through token refresh, throttling waits and retries to one
// finished() signal. Created by ArmClient (its parent); the receiver of finished() may
// deleteLater() it. Accessors are valid once isFinished(). Every reply finishes exactly once:
// with a result, an error, abort() (Cancelled) or the destruction of its client (Cancelled).
class ArmReply : public QObject
{
    Q_OBJECT
public:
    ~ArmReply() override;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ArmError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    QByteArray body() const { return m_body; }
    // The 2xx body as JSON (an object or, for image lists, a bare array); null for an empty
    // body (201/202/204 without body). json(): the object, or empty.
    QJsonDocument document() const { return m_document; }
    QJsonObject json() const { return m_document.object(); }

    // A header of the final reply (case-insensitive).
    QByteArray header(const QByteArray &name) const;
    QList<QPair<QByteArray, QByteArray>> headers() const { return m_headers; }
    QUrl asyncOperationUrl() const; // Azure-AsyncOperation, absolute, or empty
    QUrl locationUrl() const;       // Location (resolved against the request), or empty
    // Retry-After in seconds (delta or HTTP date), -1 when absent.
    int retryAfterSeconds() const;
    QString requestId() const { return QString::fromLatin1(header("x-ms-request-id")); }
    QString correlationId() const
    {
        return QString::fromLatin1(header("x-ms-correlation-request-id"));
    }
    // x-ms-ratelimit-remaining-* headers of the final reply (name lower-case, value as sent),
    // e.g. {"x-ms-ratelimit-remaining-subscription-reads", "11999"}.
    QList<QPair<QByteArray, QByteArray>> rateLimitRemaining() const;

    QByteArray method() const { return m_method; }
    QUrl url() const { return m_url; } // the URL of the last attempt
    int attempts() const { return m_attempts; }
    int tokenRefreshes() const { return m_tokenRefreshes; } // 401s answered by a new token
    qint64 elapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }

    // Stops the request in flight and any pending wait; finishes at once with Cancelled.
    void abort();

    // An HTTP status the caller expects as one of the answers (a 404 when probing whether a
    // resource exists): the reply still finishes with its error, but that is logged at debug
    // level instead of as a failed call. Set it right after the call is made.
    void expectStatus(int httpStatus) { m_expectedStatuses.append(httpStatus); }
    bool isExpectedStatus() const { return m_expectedStatuses.contains(m_httpStatus); }

signals:
    void finished();
    // Before a replay is scheduled: the attempt that failed, why, and the delay.
    void retrying(int failedAttempt, const dockervm::arm::ArmError &error, int delayMs);

private:
    friend class ArmClient;
    ArmReply(ArmClient *client, QByteArray method, QUrl url, QByteArray body);
    void start();
    void sendAttempt(); // asks for a token, then sends
    void sendWithToken(const QByteArray &token);
    void sendRequest(); // to m_url (also after a redirect)
    void onMetaData();
    void onReadyRead();
    void readAvailable(QNetworkReply *reply);
    void onReplyFinished();
    void onDeadline();
    void dropNetworkReply();
    bool overSizeCap(qint64 announced);
    void retryOrFinish(const ArmError &error, int delayMs = -1);
    void finishWith(const ArmError &error);
    void closeFromClient();

    QPointer<ArmClient> m_client;
    QByteArray m_method;
    QUrl m_startUrl; // every attempt starts here
    QUrl m_url;
    QByteArray m_requestBody;
    QByteArray m_token; // the token of the current attempt (never logged)
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_deadline = nullptr;
    int m_attemptLimitMs = 0;
    bool m_receiving = false;
    bool m_waitingForToken = false;
    QList<QSslError> m_sslErrors;
    QList<int> m_expectedStatuses;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    QJsonDocument m_document;
    ArmError m_error;
    QElapsedTimer m_elapsed;
    int m_httpStatus = 0;
    int m_attempts = 0;
    int m_tokenRefreshes = 0;
    int m_throttleWaits = 0;
    int m_hops = 0;
    bool m_finished = false;
};

// A list: GET a page, then follow nextLink (same ARM host only) until absent, at most
// Options::maxPages pages. Accumulates every page's "value" array (a bare JSON array, as the
// image lists answer, is taken as one page). A child of the client like ArmReply, with the same
// lifetime rules: finishes exactly once, Cancelled when the client is destroyed first.
class ArmListReply : public QObject
{
    Q_OBJECT
public:
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ArmError &error() const { return m_error; }
    QJsonArray values() const { return m_values; }
    int pages() const { return m_pages; }
    void abort();

signals:
    void finished();

private:
    friend class ArmClient;
    ArmListReply(ArmClient *client, QUrl first);
    void fetch(const QUrl &url);
    void onPage();
    void finishWith(const ArmError &error);

    QPointer<ArmClient> m_client;
    QPointer<ArmReply> m_current;
    QJsonArray m_values;
    ArmError m_error;
    int m_pages = 0;
    bool m_finished = false;
};

// The Azure Resource Manager REST client: bearer token from a TokenSource on every attempt (and
// only ever to the ARM endpoint's scheme+host+port), JSON bodies, api-version per call (use
// arm/apiversions.h). Bounded whatever the server does: a deadline per attempt (not reset by
// progress), a time budget per call (attempts, waits and backoff), a size cap per reply, a bound
// on redirects (same origin only), retries and throttling waits.
//
// Replays: 401 -> TokenSource::invalidate(token) and one replay with a new token, then
// SignInRequired. 429 -> wait Retry-After (seconds or HTTP date), else the seconds in the
// message, else throttleDefaultMs; at most maxThrottleRetries. 5xx, transport errors and
// timeouts -> replay GET/PUT/DELETE/HEAD with backoff (never POST or PATCH). 409 -> replay only
// AnotherOperationInProgress / in-progress conflicts.
//
// Lifetime: replies are children of the client; destroying the client finishes every pending
// reply with Cancelled (ArmError::clientClosed()) before deleting it.
class ArmClient : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl armEndpoint = QUrl(QStringLiteral("https://management.azure.com"));
        // PEM file of CAs trusted in addition to the system store (Azure Stack Hub, tests).
        QString extraCaFile;
        QList<QSslCertificate> extraCaCertificates; // same, already loaded
        int timeoutMs = 60000;                      // each attempt
        int totalTimeoutMs = 180000;                // the whole call, throttling waits included
        qint64 maxReplyBytes = qint64(16) * 1024 * 1024;
        int maxRetries = 4;            // 5xx / transport / timeout / transient 409 replays
        int maxThrottleRetries = 3;    // 429 replays
        int throttleDefaultMs = 10000; // 429 without Retry-After or seconds in the message
        int throttleMaxMs = 60000;     // a longer Retry-After is not waited for: error instead
        int backoffBaseMs = 1000;
        int backoffMaxMs = 16000;
        int maxRedirects = 3;
        int maxPages = 100; // list(): nextLink bound
    };

    ArmClient(QNetworkAccessManager *nam, identity::TokenSource *tokens, Options options,
              QObject *parent = nullptr);
    ~ArmClient() override;

    const Options &options() const { return m_options; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam.data(); }
    identity::TokenSource *tokenSource() const { return m_tokens.data(); }
    QSslConfiguration sslConfiguration() const { return m_ssl; }
    // Empty, or why the extra CA file could not be used (then every call fails with it).
    QString setupError() const { return m_setupError; }

    // <armEndpoint><path>?api-version=<v>[&<query>]; path starts with '/'.
    QUrl urlFor(const QString &path, const QString &apiVersion, const QString &query = {}) const;
    // Same scheme, host (case-insensitive) and port as the ARM endpoint, no user info.
    bool isArmHost(const QUrl &url) const;

    ArmReply *get(const QString &path, const QString &apiVersion, const QString &query = {});
    ArmReply *put(const QString &path, const QString &apiVersion, const QJsonObject &body);
    ArmReply *patch(const QString &path, const QString &apiVersion, const QJsonObject &body);
    ArmReply *post(const QString &path, const QString &apiVersion,
                   const QJsonObject &body = QJsonObject());
    ArmReply *del(const QString &path, const QString &apiVersion);
    // Absolute URL (LRO polls, nextLink): refused with HostRefused unless isArmHost().
    ArmReply *getUrl(const QUrl &url);
    ArmReply *send(const QByteArray &method, const QUrl &url, const QByteArray &body = {});
    // GET and follow nextLink.
    ArmListReply *list(const QString &path, const QString &apiVersion, const QString &query = {});
    ArmListReply *listUrl(const QUrl &url);

    bool isBusy() const { return !m_pending.isEmpty(); }
    int pendingReplies() const { return int(m_pending.size()); }

    // Backoff before retry number `retry` (1-based): min(max, base*2^(retry-1)), jittered to
    // [half, full].
    int backoffDelayMs(int retry) const;
    static bool isIdempotent(const QByteArray &method);

signals:
    void busyChanged(bool busy);

private:
    friend class ArmReply;
    friend class ArmListReply;
    void replyDone(ArmReply *reply);

    QPointer<QNetworkAccessManager> m_nam;
    QPointer<identity::TokenSource> m_tokens;
    Options m_options;
    QSslConfiguration m_ssl;
    QList<QSslCertificate> m_extraCas;
    bool m_systemStorePending = false;
    bool trustSystemStoreToo();
    QString m_setupError;
    QList<ArmReply *> m_pending;
    bool m_closing = false;
};

} // namespace dockervm::arm
