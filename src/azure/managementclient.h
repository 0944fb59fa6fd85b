#pragma once

#include "azure/asmerror.h"
#include "azure/models.h"
#include "azure/subscription.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace dockervm::azure {

class ManagementClient;

// One call to the Service Management API, from the first attempt through redirects and retries to
// one finished() signal. Created by ManagementClient (its parent); the receiver of finished() may
// deleteLater() it. The result accessors are valid once isFinished().
class ManagementReply : public QObject
{
    Q_OBJECT
public:
    ~ManagementReply() override;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const AsmError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    QByteArray body() const { return m_body; }
    // A header of the final reply (case-insensitive), e.g. "x-ms-request-id".
    QByteArray header(const QByteArray &name) const;
    QString requestId() const { return QString::fromLatin1(header("x-ms-request-id")); }

    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    QUrl url() const { return m_url; }          // the URL of the last attempt (after redirects)
    int attempts() const { return m_attempts; } // requests sent, redirects excluded
    int redirects() const { return m_redirects; }
    qint64 elapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }

    // Aborts the request in flight and any pending retry; finishes at once (synchronously) with a
    // Cancelled error. No effect once finished.
    void abort();

signals:
    void finished();
    // Before a retry is scheduled: which attempt failed, why, and how long until the next one.
    void retrying(int failedAttempt, const dockervm::azure::AsmError &error, int delayMs);

protected:
    ManagementReply(ManagementClient *client, QByteArray method, QString path, QByteArray body);
    // Typed replies parse the 2xx body here; return false with *error to fail with InvalidReply.
    virtual bool parseBody(const QByteArray &body, QString *error);
    virtual QString describe() const; // "the list of locations", for error texts

private:
    friend class ManagementClient;
    void start();
    void sendAttempt(); // a new attempt (first or retry) at the subscription's endpoint
    void sendRequest(); // sends to m_url (also after a redirect)
    void onReplyFinished();
    void finishWith(const AsmError &error);
    bool scheduleRetry(const AsmError &error);

    QPointer<ManagementClient> m_client;
    QByteArray m_method;
    QString m_path;
    QByteArray m_requestBody;
    QUrl m_url;
    QNetworkReply *m_reply = nullptr;
    QTimer *m_retryTimer = nullptr;
    QList<QSslError> m_sslErrors;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
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

class OsImagesReply : public ManagementReply
{
    Q_OBJECT
public:
    QList<OsImage> images() const { return m_images; } // unfiltered, in server order

private:
    friend class ManagementClient;
    using ManagementReply::ManagementReply;
    bool parseBody(const QByteArray &body, QString *error) override;
    QString describe() const override;
    QList<OsImage> m_images;
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
// every request, 307 re-issued by hand with the same method and body, retry with bounded
// exponential backoff and jitter, a timeout per request, cancel. Paths are relative to
// <endpoint>/<subscription-id>/ ("locations", "services/images", ...), query allowed.
class ManagementClient : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        // Trusted in addition to the system's CA store (e.g. a simulator's CA). Empty: system only.
        QList<QSslCertificate> extraCaCertificates;
        int timeoutMs = 60000;   // per attempt, without progress
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
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
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

    // Backoff before retry number `retry` (1-based): min(max, base * 2^(retry-1)), then a random
    // value in [half, full] of it (jitter).
    int backoffDelayMs(int retry) const;

private:
    friend class ManagementReply;
    template <typename R>
    R *startReply(const QByteArray &method, const QString &path, const QByteArray &body);

    QNetworkAccessManager *m_nam;
    Subscription m_subscription;
    Options m_options;
    QSslConfiguration m_ssl;
};

} // namespace dockervm::azure
