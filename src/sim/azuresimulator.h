#pragma once

#include "classic/subscription.h"
#include "sim/httpserver.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <random>

namespace dockervm::sim {

// Faults the simulator injects, in this order, before it looks at a request: hang, drop; then
// (after authentication and the version check) redirect, 503.
struct AzureFaults
{
    int latencyMs = 0;         // added to every answer
    double failureRate503 = 0; // 0..1: share of requests answered 503 TooManyRequests
    int fail503Next = 0;       // the next N requests are answered 503 (deterministic storms)
    int redirectEvery = 0;     // every Nth request gets a 307 to itself (as ASM's front ends do)
    double dropRate = 0;       // 0..1: share of connections closed without an answer
    int dropNext = 0;          // the next N requests are dropped
    QStringList hangPaths;     // requests whose path ends with one of these never get an answer
    quint32 seed = 20140927;   // for the rates: the same seed gives the same sequence
};

// One request as the simulator saw it (for tests and the --verbose log).
struct AzureRequestRecord
{
    QByteArray method;
    QString path;      // decoded, without query
    QByteArray target; // as sent, with query
    int status = 0;    // 0: left hanging, -1: connection dropped
    QByteArray host;   // Host header
    QByteArray apiVersion;
    bool clientCertificateAccepted = false;
    QByteArray body;
};

// Mutable server-side state that the built-in routes serve; the provisioning simulator
// (ProvisioningSimulator) keeps its resources itself and the taken DNS names up to date here.
struct AzureState
{
    QString subscriptionId;
    QString subscriptionName;
    QSet<QString> takenHostedServiceNames; // lower-case
    QByteArray locationsXml;
    QByteArray imagesXml;
    quint64 requestCount = 0;
};

// What a route handler gets: the request, the path below /<subscription-id>/ and the captures of
// its pattern, and the state.
struct AzureCall
{
    const HttpRequest &request;
    QString relativePath;
    QRegularExpressionMatch match;
    AzureState &state;
};

// A local stand-in for the Azure Service Management endpoint over HTTPS on loopback, with its own
// CA: it issues one subscription with a client certificate signed by that CA and requires that
// certificate on every request (403 ForbiddenError otherwise), checks x-ms-version, answers from a
// route table with realistic XML in the ASM namespace, and injects faults on request.
class AzureSimulator : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0; // 0: any free port
        AzureFaults faults;
        QStringList takenServiceNames{QStringLiteral("taken")};
        QString subscriptionName = QStringLiteral("Demo Subscription");
        QString subscriptionId; // empty: a random GUID
    };
    using RouteHandler = std::function<HttpResponse(AzureCall &call)>;

    explicit AzureSimulator(QObject *parent = nullptr);
    explicit AzureSimulator(Options options, QObject *parent = nullptr);
    ~AzureSimulator() override;

    // Makes the CA, server and client certificates (CPU work, synchronous) and listens. Returns
    // false with *error on failure.
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const;

    quint16 port() const;
    QUrl endpoint() const; // https://127.0.0.1:<port>
    // The issued subscription: id, name, endpoint, client certificate and key.
    classic::Subscription subscription() const { return m_subscription; }
    QByteArray caCertificatePem() const { return m_caCertPem; }
    QSslCertificate caCertificate() const;
    // Another client certificate from the simulator's CA that is NOT the subscription's: for
    // tests of the 403 path. Empty pair on failure.
    QPair<QSslCertificate, QSslKey> issueStrangerCertificate(QString *error = nullptr) const;

    // Schema 2.0 .publishsettings with the subscription (legacy PKCS#12), owner-only (0600).
    bool writePublishSettings(const QString &path, QString *error = nullptr) const;
    // The CA certificate as PEM, for --management-ca.
    bool writeCaFile(const QString &path, QString *error = nullptr) const;

    AzureFaults faults() const { return m_faults; }
    void setFaults(const AzureFaults &faults);
    AzureState &state() { return m_state; }

    // Adds a route; the pattern is a regular expression matched against the whole path below
    // /<subscription-id>/ (e.g. "services/hostedservices/([^/]+)"). First match wins; routes
    // added here are tried after the built-in ones.
    void addRoute(const QByteArray &method, const QString &pattern, RouteHandler handler);

    QList<AzureRequestRecord> requestLog() const { return m_log; }
    void clearRequestLog() { m_log.clear(); }

    // XML replies in the ASM namespace (bodies written with AsmXmlWriter).
    static HttpResponse xmlResponse(int status, const QByteArray &body);
    // <Error><Code/><Message/></Error>, as the recorded error replies.
    static HttpResponse errorResponse(int status, const QString &code, const QString &message);

signals:
    void requestHandled(const QByteArray &method, const QString &path, int status);

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        RouteHandler handler;
    };
    HttpResponse handle(const HttpRequest &request);
    HttpResponse dispatch(const HttpRequest &request, AzureRequestRecord &record);
    bool draw(double rate);
    void addBuiltinRoutes();
    bool makePki(QString *error);

    Options m_options;
    AzureFaults m_faults;
    AzureState m_state;
    std::unique_ptr<HttpServer> m_server;
    QList<Route> m_routes;
    QList<AzureRequestRecord> m_log;
    std::mt19937 m_rng;
    classic::Subscription m_subscription;
    QByteArray m_caCertPem;
    QByteArray m_caKeyPem;
    QByteArray m_serverCertPem;
    QByteArray m_serverKeyPem;
    QByteArray m_clientDigest;     // SHA-256 of the subscription's certificate
    QSet<QByteArray> m_redirected; // "METHOD target" sent a 307 whose follow-up is still due
};

} // namespace dockervm::sim
