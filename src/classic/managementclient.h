#pragma once

#include "classic/asmerror.h"
#include "classic/deployment.h"
#include "classic/models.h"
#include "classic/subscription.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <memory>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace dockervm::classic {

class ManagementClient;

// One call to the Service Management API, from the first attempt through redirects and retries to
// one finished() signal. Created by ManagementClient (its parent); the receiver of finished() may
// deleteLater() it. The result accessors are valid once isFinished().
// Every reply finishes exactly once: with a result, an error, abort() (Cancelled) or the
// destruction of its client (Cancelled, AsmError::clientClosed()), in which case it is deleted
// with the client right after finished() returns.
class ManagementReply : public QObject
{
    Q_OBJECT
public:
    ~ManagementReply() override;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const AsmError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    // The reply body as read; empty for a 2xx reply that its typed reply parsed as it arrived
    // (OsImagesReply): those bytes are not kept.
    QByteArray body() const { return m_body; }
    // A header of the final reply (case-insensitive), e.g. "x-ms-request-id".
    QByteArray header(const QByteArray &name) const;
    QString requestId() const { return QString::fromLatin1(header("x-ms-request-id")); }

    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    QUrl url() const { return m_url; }          // the URL of the last attempt (after redirects)
    int attempts() const { return m_attempts; } // requests sent, redirects excluded
    int redirects() const { return m_redirects; }
    // Reply bytes read in the last attempt (status line and headers excluded).
    qint64 bytesReceived() const { return m_bytesRead; }
    qint64 elapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }

    // Aborts the request in flight and any pending retry; finishes at once (synchronously) with a
    // Cancelled error. No effect once finished.
    void abort();

signals:
    void finished();
    // Before a retry is scheduled: which attempt failed, why, and how long until the next one.
    void retrying(int failedAttempt, const dockervm::classic::AsmError &error, int delayMs);

protected:
    ManagementReply(ManagementClient *client, QByteArray method, QString path, QByteArray body);
    // Typed replies parse the 2xx body here; return false with *error to fail with InvalidReply.
    virtual bool parseBody(const QByteArray &body, QString *error);
    virtual QString describe() const; // "the list of locations", for error texts
    // Typed replies for large documents parse a 2xx body as it arrives instead of in
    // parseBody(): beginBody() (a new 2xx body starts; drop any earlier one), consumeBody() for
    // each piece read (within the size cap), endBody() once it is complete (return false with
    // *error to fail with InvalidReply). Other statuses are read into body() as usual.
    virtual bool parsesIncrementally() const { return false; }
    virtual void beginBody() {}
    virtual void consumeBody(const QByteArray &chunk);
    virtual bool endBody(QString *error);

private:
    friend class ManagementClient;
    void start();
    void sendAttempt(); // a new attempt (first or retry) at the subscription's endpoint
    void sendRequest(); // sends to m_url (also after a redirect)
    void onMetaData();
    void onReadyRead();
    // Into m_body (or consumeBody()), at most one byte over the cap.
    void readAvailable(QNetworkReply *reply);
    void decideStreaming(QNetworkReply *reply); // once the status of a reply is known
    void onReplyFinished();
    void onDeadline();
    void dropNetworkReply();
    bool overSizeCap(qint64 announced);
    void finishWith(const AsmError &error);
    // Schedules a retry after a retryable error, or finishes with the error when it is final or
    // the retries or the time budget are spent.
    void retryOrFinish(const AsmError &error);
    void closeFromClient(); // the client is being destroyed

    QPointer<ManagementClient> m_client;
    QByteArray m_method;
    QString m_path;
    QByteArray m_requestBody;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_deadline = nullptr; // the current attempt's, not reset by progress
    int m_attemptLimitMs = 0;     // what m_deadline was set to
    bool m_limitedByBudget = false;
    bool m_receiving = false; // the current request's status line has arrived
    QList<QSslError> m_sslErrors;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    qint64 m_bytesRead = 0;   // body bytes of the current request, kept or streamed
    bool m_streaming = false; // the current request's 2xx body goes to consumeBody()
    bool m_decided = false;   // m_streaming is set for the current request
    AsmError m_error;
    QElapsedTimer m_elapsed;
    int m_httpStatus = 0;
    int m_attempts = 0;
    int m_redirects = 0; // in total
    int m_hops = 0;      // redirects within the current attempt
    bool m_finished = false;
};

class LocationsReply : public ManagementReply
{
    Q_OBJECT
public:
    // All regions as returned (see virtualMachineLocations() for those offering VMs).
    QList<Location> locations() const { return m_locations; }

private:
    friend class ManagementClient;
    using ManagementReply::ManagementReply;
    bool parseBody(const QByteArray &body, QString *error) override;
    QString describe() const override;
    QList<Location> m_locations;
};

// Parsed as the bytes arrive (OsImageListParser): the reply's bytes are never held whole.
class OsImagesReply : public ManagementReply
{
    Q_OBJECT
public:
    ~OsImagesReply() override;
    QList<OsImage> images() const { return m_images; } // unfiltered, in server order
    QList<OsImage> takeImages() { return std::exchange(m_images, {}); }

private:
    friend class ManagementClient;
    using ManagementReply::ManagementReply;
    bool parsesIncrementally() const override { return true; }
    void beginBody() override;
    void consumeBody(const QByteArray &chunk) override;
    bool endBody(QString *error) override;
    QString describe() const override;
    QList<OsImage> m_images;
    std::unique_ptr<OsImageListParser> m_parser;
};

class AvailabilityReply : public ManagementReply
{
    Q_OBJECT
public:
    AvailabilityResponse availability() const { return m_result; }

private:
    friend class ManagementClient;
    using ManagementReply::ManagementReply;
    bool parseBody(const QByteArray &body, QString *error) override;
    QString describe() const override;
    AvailabilityResponse m_result;
};

class StorageServicesReply : public ManagementReply
{
    Q_OBJECT
public:
    QList<StorageService> storageServices() const { return m_accounts; }

private:
    friend class ManagementClient;
    using ManagementReply::ManagementReply;
    bool parseBody(const QByteArray &body, QString *error) override;
    QString describe() const override;
    QList<StorageService> m_accounts;
};

class StorageServiceReply : public ManagementReply
{
    Q_OBJECT
public:
    StorageService storageService() const { return m_account; }

private:
    friend class ManagementClient;
    using ManagementReply::ManagementReply;
    bool parseBody(const QByteArray &body, QString *error) override;
    QString describe() const override;
    StorageService m_account;
};

class DeploymentReply : public ManagementReply
{
    Q_OBJECT
public:
    const Deployment &deployment() const { return m_deployment; }

private:
    friend class ManagementClient;
    using ManagementReply::ManagementReply;
    bool parseBody(const QByteArray &body, QString *error) override;
    QString describe() const override;
    Deployment m_deployment;
};

class OperationReply : public ManagementReply
{
    Q_OBJECT
public:
    Operation operation() const { return m_operation; }

private:
    friend class ManagementClient;
    using ManagementReply::ManagementReply;
    bool parseBody(const QByteArray &body, QString *error) override;
    QString describe() const override;
    Operation m_operation;
};

// The Azure Service Management (classic) REST client: client-certificate TLS, x-ms-version on
// every request, 307 re-issued by hand with the same method and body (only to the management
// host or its subdomains, same scheme and port), retry with bounded exponential backoff and
// jitter, cancel. Bounded whatever the server does: a deadline per attempt (not reset by
// progress), a time budget per call (all attempts, redirects and backoff), a size cap per reply.
// Paths are relative to <endpoint>/<subscription-id>/ ("locations", "services/images", ...),
// query allowed.
//
// Lifetime: replies are children of the client. Destroying the client finishes every pending
// reply with a Cancelled error (AsmError::clientClosed()) before deleting it; a request sent
// while the client is being destroyed finishes the same way on the next turn of the event loop.
class ManagementClient : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        // Trusted in addition to the system's CA store (e.g. a simulator's CA). Empty: system only.
        QList<QSslCertificate> extraCaCertificates;
        // Each attempt (with the redirects it follows) ends after this long, however steadily
        // bytes arrive.
        int timeoutMs = 60000;
        // The whole call: every attempt, redirect and backoff. A retry starts only while at least
        // min(timeoutMs, 5 s) of it is left, and an attempt is cut at its end. Under 2 minutes:
        // whatever a server does, a command gives up within that.
        int totalTimeoutMs = 110000;
        // A reply (any status) larger than this is refused as soon as its Content-Length or the
        // bytes read exceed it. Azure's largest (the OS image list) is ~0.4 MB.
        qint64 maxReplyBytes = qint64(32) * 1024 * 1024;
        int maxRetries = 5;      // retries after the first attempt
        int backoffBaseMs = 500; // first retry after ~base, doubling, with jitter
        int backoffMaxMs = 8000;
        int maxRedirects = 5;
        QString apiVersion = QStringLiteral("2014-06-01");
    };

    ManagementClient(QNetworkAccessManager *nam, Subscription subscription, Options options,
                     QObject *parent = nullptr);
    ManagementClient(QNetworkAccessManager *nam, Subscription subscription,
                     QObject *parent = nullptr);
    ~ManagementClient() override;

    const Subscription &subscription() const { return m_subscription; }
    const Options &options() const { return m_options; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam.data(); }
    // <endpoint>/<subscription-id>/<path>
    QUrl urlFor(const QString &path) const;
    // The TLS configuration every request uses (client cert + key, TLS 1.2+, CAs).
    QSslConfiguration sslConfiguration() const { return m_ssl; }

    // Generic calls (body: XML, sent with Content-Type application/xml).
    ManagementReply *get(const QString &path);
    ManagementReply *post(const QString &path, const QByteArray &body);
    ManagementReply *put(const QString &path, const QByteArray &body);
    ManagementReply *del(const QString &path);
    ManagementReply *send(const QByteArray &method, const QString &path,
                          const QByteArray &body = QByteArray());

    // Typed calls.
    LocationsReply *listLocations();
    OsImagesReply *listOsImages();
    AvailabilityReply *checkHostedServiceName(const QString &name);
    OperationReply *getOperationStatus(const QString &requestId);
    StorageServicesReply *listStorageServices();
    StorageServiceReply *getStorageService(const QString &name);
    // GET services/hostedservices/<service>/deploymentslots/<slot>
    DeploymentReply *getDeploymentBySlot(const QString &service,
                                         const QString &slot = QStringLiteral("Production"));

    // True while any reply of this client has not finished (the wizard refuses to replace the
    // client then).
    bool isBusy() const { return !m_pending.isEmpty(); }
    int pendingReplies() const { return int(m_pending.size()); }

    // Whether a redirect from `endpoint` to `target` stays on the management host: same scheme
    // (https), same port, and the same host or a subdomain of it (ASM's regional front ends,
    // e.g. management.core.windows.net -> ussouth.management.core.windows.net).
    static bool isSameManagementHost(const QUrl &endpoint, const QUrl &target);

    // Backoff before retry number `retry` (1-based): min(max, base * 2^(retry-1)), then a random
    // value in [half, full] of it (jitter).
    int backoffDelayMs(int retry) const;

signals:
    // isBusy() changed: the first reply started or the last one finished.
    void busyChanged(bool busy);

private:
    friend class ManagementReply;
    template <typename R>
    R *startReply(const QByteArray &method, const QString &path, const QByteArray &body);
    void replyDone(ManagementReply *reply);
    // With extra CAs the first handshakes trust only them (reading the system store takes a
    // quarter of a second); a chain they cannot vouch for adds the system store once, and the
    // handshake is made again (nothing of the request was sent). False when already added.
    bool trustSystemStoreToo();

    QPointer<QNetworkAccessManager> m_nam;
    Subscription m_subscription;
    Options m_options;
    QSslConfiguration m_ssl;
    bool m_systemStorePending = false;
    QList<ManagementReply *> m_pending;
    bool m_closing = false;
};

} // namespace dockervm::classic
