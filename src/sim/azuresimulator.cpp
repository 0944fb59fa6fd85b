#include "sim/azuresimulator.h"

#include "certs/x509.h"
#include "classic/publishsettings.h"
#include "common/logging.h"
#include "sim/asmxmlwriter.h"
#include "sim/createrequest.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QUuid>

static void initAzureSimResources()
{
    Q_INIT_RESOURCE(azure_sim);
}

namespace dockervm::sim {
namespace {

// x-ms-version values the real endpoint accepted for the operations we serve (2016-03-01 and
// 2017-01-01: what azure-cli 0.10.20 sent, asm-and-peers.md section 7).
const QStringList &supportedVersions()
{
    static const QStringList versions{
        QStringLiteral("2012-03-01"), QStringLiteral("2013-03-01"), QStringLiteral("2013-06-01"),
        QStringLiteral("2013-08-01"), QStringLiteral("2013-11-01"), QStringLiteral("2014-02-01"),
        QStringLiteral("2014-04-01"), QStringLiteral("2014-05-01"), QStringLiteral("2014-06-01"),
        QStringLiteral("2014-10-01"), QStringLiteral("2015-04-01"), QStringLiteral("2016-03-01"),
        QStringLiteral("2017-01-01")};
    return versions;
}

QByteArray readResource(const QString &name)
{
    QFile f(QStringLiteral(":/dockervm/sim/azure/") + name);
    if (!f.open(QIODevice::ReadOnly)) {
        qCWarning(lcSim) << "simulator resource missing:" << f.fileName();
        return {};
    }
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &data, bool ownerOnly, QString *error)
{
    QFile f(path);
    const QFile::Permissions perms =
        ownerOnly ? (QFile::ReadOwner | QFile::WriteOwner)
                  : (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    // Restrict an existing file before any secret byte goes into it.
    if (f.exists() && !f.setPermissions(perms)) {
        if (error)
            *error = AzureSimulator::tr("cannot set the permissions of %1: %2")
                         .arg(path, f.errorString());
        return false;
    }
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate, perms) ||
        f.write(data) != data.size() || !f.flush()) {
        if (error)
            *error = AzureSimulator::tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QByteArray newRequestId()
{
    return QUuid::createUuid().toByteArray(QUuid::Id128);
}

bool isGuid(const QString &s)
{
    return !QUuid::fromString(s).isNull();
}

} // namespace

AzureSimulator::AzureSimulator(QObject *parent) : AzureSimulator(Options(), parent) {}

AzureSimulator::AzureSimulator(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    initAzureSimResources();
    setFaults(m_options.faults);
    m_state.subscriptionId = m_options.subscriptionId.isEmpty()
                                 ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                 : m_options.subscriptionId;
    m_state.subscriptionName = m_options.subscriptionName;
    for (const QString &n : std::as_const(m_options.takenServiceNames))
        m_state.takenHostedServiceNames.insert(n.toLower());
    m_state.locationsXml = readResource(QStringLiteral("locations.xml"));
    m_state.imagesXml = readResource(QStringLiteral("os-images.xml"));
    addBuiltinRoutes();
}

AzureSimulator::~AzureSimulator()
{
    stop();
}

void AzureSimulator::setFaults(const AzureFaults &faults)
{
    m_faults = faults;
    m_redirected.clear();
    m_rng.seed(faults.seed);
}

bool AzureSimulator::makePki(QString *error)
{
    using certs::CertificateRequest;
    CertificateRequest caReq;
    caReq.usage = CertificateRequest::Usage::CertificateAuthority;
    caReq.commonName = QStringLiteral("Docker VM Wizard Azure Simulator CA");
    caReq.organization = QStringLiteral("Docker VM Wizard (simulator)");
    caReq.validityDays = 30;
    const auto ca = certs::createCertificateAuthority(caReq, certs::KeyType::EcdsaP256, error);
    if (!ca)
        return false;

    CertificateRequest serverReq;
    serverReq.usage = CertificateRequest::Usage::Server;
    serverReq.commonName = QStringLiteral("localhost");
    serverReq.organization = caReq.organization;
    serverReq.dnsNames = {QStringLiteral("localhost")};
    serverReq.ipAddresses = {QHostAddress(QHostAddress::LocalHost),
                             QHostAddress(QHostAddress::LocalHostIPv6)};
    if (!m_options.address.isLoopback() && !m_options.address.isNull() &&
        m_options.address != QHostAddress::Any && m_options.address != QHostAddress::AnyIPv4)
        serverReq.ipAddresses.append(m_options.address);
    serverReq.validityDays = 30;
    const auto server = certs::issueCertificate(serverReq, certs::KeyType::EcdsaP256,
                                                ca->certificatePem, ca->privateKeyPem, error);
    if (!server)
        return false;

    // Real management certificates are RSA 2048 (Windows' defaults).
    CertificateRequest clientReq;
    clientReq.usage = CertificateRequest::Usage::Client;
    clientReq.commonName = QStringLiteral("Windows Azure Tools");
    clientReq.organization = caReq.organization;
    clientReq.validityDays = 30;
    const auto client = certs::issueCertificate(clientReq, certs::KeyType::Rsa2048,
                                                ca->certificatePem, ca->privateKeyPem, error);
    if (!client)
        return false;

    m_caCertPem = ca->certificatePem;
    m_caKeyPem = ca->privateKeyPem;
    m_serverCertPem = server->certificatePem;
    m_serverKeyPem = server->privateKeyPem;

    m_subscription = classic::Subscription();
    m_subscription.id = m_state.subscriptionId;
    m_subscription.name = m_state.subscriptionName;
    m_subscription.certificate = QSslCertificate(client->certificatePem, QSsl::Pem);
    m_subscription.privateKey = QSslKey(client->privateKeyPem, QSsl::Rsa, QSsl::Pem);
    m_subscription.cloud = classic::Cloud::Custom;
    if (m_subscription.certificate.isNull() || m_subscription.privateKey.isNull()) {
        if (error)
            *error = tr("the simulator's client certificate could not be loaded");
        return false;
    }
    m_clientDigest = m_subscription.certificate.digest(QCryptographicHash::Sha256);
    return true;
}

bool AzureSimulator::start(QString *error)
{
    if (isRunning())
        return true;
    if (m_caCertPem.isEmpty() && !makePki(error))
        return false;

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setLocalCertificate(QSslCertificate(m_serverCertPem, QSsl::Pem));
    ssl.setPrivateKey(QSslKey(m_serverKeyPem, QSsl::Ec, QSsl::Pem));
    ssl.setCaCertificates({QSslCertificate(m_caCertPem, QSsl::Pem)});
    // Ask for a client certificate but let the handshake finish without one: the handler answers
    // 403 ForbiddenError like the real endpoint instead of a bare TLS failure.
    ssl.setPeerVerifyMode(QSslSocket::QueryPeer);

    m_server = std::make_unique<HttpServer>();
    m_server->setSslConfiguration(ssl);
    m_server->setHandler([this](const HttpRequest &r) { return handle(r); });
    if (!m_server->listen(m_options.address, m_options.port)) {
        if (error)
            *error = tr("the Azure simulator cannot listen on %1 port %2: %3")
                         .arg(m_options.address.toString())
                         .arg(m_options.port)
                         .arg(m_server->errorString());
        m_server.reset();
        return false;
    }
    m_subscription.managementEndpoint = endpoint();
    qCDebug(lcSim).noquote() << "Azure simulator listening on" << endpoint().toString()
                             << "subscription" << m_subscription.id;
    return true;
}

void AzureSimulator::stop()
{
    if (m_server) {
        m_server->close();
        m_server.reset();
    }
}

bool AzureSimulator::isRunning() const
{
    return m_server && m_server->isListening();
}

quint16 AzureSimulator::port() const
{
    return m_server ? m_server->port() : 0;
}

QUrl AzureSimulator::endpoint() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    const bool any = m_options.address == QHostAddress::Any ||
                     m_options.address == QHostAddress::AnyIPv4 || m_options.address.isNull();
    url.setHost(any ? QStringLiteral("127.0.0.1") : m_options.address.toString());
    url.setPort(port());
    return url;
}

QSslCertificate AzureSimulator::caCertificate() const
{
    return QSslCertificate(m_caCertPem, QSsl::Pem);
}

QPair<QSslCertificate, QSslKey> AzureSimulator::issueStrangerCertificate(QString *error) const
{
    certs::CertificateRequest req;
    req.usage = certs::CertificateRequest::Usage::Client;
    req.commonName = QStringLiteral("Some other management certificate");
    req.validityDays = 2;
    const auto c =
        certs::issueCertificate(req, certs::KeyType::EcdsaP256, m_caCertPem, m_caKeyPem, error);
    if (!c)
        return QPair<QSslCertificate, QSslKey>(QSslCertificate(), QSslKey());
    return {QSslCertificate(c->certificatePem, QSsl::Pem),
            QSslKey(c->privateKeyPem, QSsl::Ec, QSsl::Pem)};
}

bool AzureSimulator::writePublishSettings(const QString &path, QString *error) const
{
    if (!m_subscription.isValid()) {
        if (error)
            *error = tr("the simulator has not been started, so it has no subscription yet");
        return false;
    }
    const QByteArray xml = classic::PublishSettings::writeSchema2({m_subscription}, error);
    if (xml.isEmpty())
        return false;
    return writeFile(path, xml, true, error);
}

bool AzureSimulator::writeCaFile(const QString &path, QString *error) const
{
    if (m_caCertPem.isEmpty()) {
        if (error)
            *error = tr("the simulator has not been started, so it has no CA yet");
        return false;
    }
    return writeFile(path, m_caCertPem, false, error);
}

void AzureSimulator::addRoute(const QByteArray &method, const QString &pattern,
                              RouteHandler handler)
{
    Route r;
    r.method = method;
    r.pattern = QRegularExpression(QRegularExpression::anchoredPattern(pattern));
    r.handler = std::move(handler);
    m_routes.append(std::move(r));
}

HttpResponse AzureSimulator::xmlResponse(int status, const QByteArray &body)
{
    HttpResponse r = HttpResponse::text(status, body, "application/xml; charset=utf-8");
    return r;
}

HttpResponse AzureSimulator::errorResponse(int status, const QString &code, const QString &message)
{
    AsmXmlWriter w;
    w.start(QStringLiteral("Error"));
    w.text(QStringLiteral("Code"), code);
    w.text(QStringLiteral("Message"), message);
    return xmlResponse(status, w.finish());
}

bool AzureSimulator::draw(double rate)
{
    if (rate <= 0)
        return false;
    if (rate >= 1)
        return true;
    std::uniform_real_distribution<double> dist(0.0, 1.0);
    return dist(m_rng) < rate;
}

HttpResponse AzureSimulator::handle(const HttpRequest &request)
{
    ++m_state.requestCount;
    AzureRequestRecord record;
    record.method = request.method;
    record.path = request.path;
    record.target = request.target;
    record.host = request.header("host");
    record.apiVersion = request.header("x-ms-version");
    record.body = request.body;

    HttpResponse response = dispatch(request, record);
    if (!response.hang && !response.dropConnection) {
        response.delayMs += std::max(0, m_faults.latencyMs);
        if (response.headers.isEmpty() ||
            std::none_of(response.headers.cbegin(), response.headers.cend(), [](const auto &h) {
                return h.first.compare("x-ms-request-id", Qt::CaseInsensitive) == 0;
            }))
            response.setHeader("x-ms-request-id", newRequestId());
        response.setHeader("x-ms-servedbyregion", "loopback1");
        response.setHeader("Server",
                           "1.0.6198.146 (rd_rdfe_stable.141203-1417) Microsoft-HTTPAPI/2.0");
    }
    record.status = response.hang ? 0 : response.dropConnection ? -1 : response.status;
    if (m_log.size() >= 10000)
        m_log.removeFirst();
    m_log.append(record);
    emit requestHandled(record.method, record.path, record.status);
    return response;
}

HttpResponse AzureSimulator::dispatch(const HttpRequest &request, AzureRequestRecord &record)
{
    // Faults that strike before the server looks at the request.
    for (const QString &h : std::as_const(m_faults.hangPaths)) {
        if (!h.isEmpty() && request.path.endsWith(h)) {
            HttpResponse r;
            r.hang = true;
            return r;
        }
    }
    if (m_faults.dropNext > 0 || draw(m_faults.dropRate)) {
        if (m_faults.dropNext > 0)
            --m_faults.dropNext;
        HttpResponse r;
        r.dropConnection = true;
        return r;
    }

    // Authentication: only the subscription's own management certificate.
    record.clientCertificateAccepted =
        !request.peerCertificate.isNull() &&
        request.peerCertificate.digest(QCryptographicHash::Sha256) == m_clientDigest;
    if (!record.clientCertificateAccepted)
        return errorResponse(403, QStringLiteral("ForbiddenError"),
                             QStringLiteral("The server failed to authenticate the request. Verify "
                                            "that the certificate is valid and is associated "
                                            "with this subscription."));

    if (!supportedVersions().contains(QString::fromLatin1(record.apiVersion)))
        return errorResponse(400, QStringLiteral("MissingOrIncorrectVersionHeader"),
                             QStringLiteral("The versioning header is not specified or was "
                                            "specified incorrectly."));

    // /<subscription-id>/<rest>
    const QString prefix = QLatin1Char('/') + m_state.subscriptionId + QLatin1Char('/');
    if (!request.path.startsWith(prefix, Qt::CaseInsensitive)) {
        const QString first = request.path.section(QLatin1Char('/'), 1, 1);
        if (isGuid(first))
            return errorResponse(403, QStringLiteral("ForbiddenError"),
                                 QStringLiteral("The server failed to authenticate the request. "
                                                "Verify that the certificate is valid and is "
                                                "associated with this subscription."));
        return errorResponse(404, QStringLiteral("ResourceNotFound"),
                             QStringLiteral("The requested resource does not exist."));
    }

    // Redirected to the same host, port and target; the follow-up is served.
    const QByteArray redirectKey = request.method + ' ' + request.target;
    if (!m_redirected.remove(redirectKey) && m_faults.redirectEvery > 0 &&
        m_state.requestCount % quint64(m_faults.redirectEvery) == 0) {
        m_redirected.insert(redirectKey);
        HttpResponse r = HttpResponse::text(307, QByteArray());
        r.headers.clear();
        const QByteArray host = record.host.isEmpty()
                                    ? "127.0.0.1:" + QByteArray::number(request.localPort)
                                    : record.host;
        r.setHeader("Location", "https://" + host + request.target);
        return r;
    }

    if (m_faults.fail503Next > 0 || draw(m_faults.failureRate503)) {
        if (m_faults.fail503Next > 0)
            --m_faults.fail503Next;
        return errorResponse(503, QStringLiteral("TooManyRequests"),
                             QStringLiteral("Too many requests received. Retry after some time."));
    }

    const QString relative = request.path.mid(prefix.size());
    bool pathKnown = false;
    for (const Route &route : std::as_const(m_routes)) {
        QRegularExpressionMatch m = route.pattern.match(relative);
        if (!m.hasMatch())
            continue;
        pathKnown = true;
        if (route.method != request.method)
            continue;
        AzureCall call{request, relative, m, m_state};
        return route.handler(call);
    }
    if (pathKnown)
        return errorResponse(400, QStringLiteral("InvalidHttpVerb"),
                             QStringLiteral("The HTTP verb %1 is not supported for this resource.")
                                 .arg(QString::fromLatin1(request.method)));
    return errorResponse(404, QStringLiteral("ResourceNotFound"),
                         QStringLiteral("The requested resource does not exist."));
}

void AzureSimulator::addBuiltinRoutes()
{
    addRoute("GET", QStringLiteral("locations"),
             [](AzureCall &c) { return xmlResponse(200, c.state.locationsXml); });
    addRoute("GET", QStringLiteral("services/images"),
             [](AzureCall &c) { return xmlResponse(200, c.state.imagesXml); });
    addRoute("GET", QStringLiteral("services/hostedservices/operations/isavailable/([^/]*)"),
             [](AzureCall &c) {
                 const QString name = c.match.captured(1);
                 QString reason;
                 if (!prov::isValidServiceName(name))
                     reason =
                         QStringLiteral("The hosted service name is invalid. It must be 3 to 63 "
                                        "letters, digits or hyphens, and start and end with a "
                                        "letter or digit.");
                 else if (c.state.takenHostedServiceNames.contains(name.toLower()))
                     reason = QStringLiteral("The specified DNS name is already taken.");
                 AsmXmlWriter w;
                 w.start(QStringLiteral("AvailabilityResponse"));
                 w.boolean(QStringLiteral("Result"), reason.isEmpty());
                 w.textOrNil(QStringLiteral("Reason"), reason);
                 return xmlResponse(200, w.finish());
             });
}

} // namespace dockervm::sim
