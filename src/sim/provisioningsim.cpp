#include "sim/provisioningsim.h"

#include "azure/xmltree.h"
#include "certs/x509.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QTcpServer>
#include <QUuid>

#include <algorithm>

namespace dockervm::sim {
namespace {

using azure::XmlElement;

const QString kNoDeployments = QStringLiteral("No deployments were found.");
const QString kServiceUnknown = QStringLiteral("The service name is unknown.");
const QString kClassicPublisher = QStringLiteral("MSOpenTech.Extensions");
const QString kV1Publisher = QStringLiteral("Microsoft.Azure.Extensions");

QByteArray el(const char *name, const QString &value)
{
    if (value.isEmpty())
        return QByteArray("<") + name + "/>";
    return QByteArray("<") + name + ">" + AzureSimulator::xmlEscape(value) + "</" + name + ">";
}

QByteArray el(const char *name, const QByteArray &rawXml)
{
    return QByteArray("<") + name + ">" + rawXml + "</" + name + ">";
}

QByteArray openTag(const char *name, bool root)
{
    if (root)
        return QByteArray("<") + name + " " + AzureSimulator::kNamespaceAttributes + ">";
    return QByteArray("<") + name + ">";
}

QString base64(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toBase64());
}

QString utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString normalizeId(const QString &id)
{
    QString s = id.toLower();
    s.remove(QLatin1Char('-'));
    s.remove(QLatin1Char('{'));
    s.remove(QLatin1Char('}'));
    return s;
}

QString dashedId(const QString &id)
{
    if (id.size() != 32)
        return id;
    return id.mid(0, 8) + QLatin1Char('-') + id.mid(8, 4) + QLatin1Char('-') + id.mid(12, 4) +
           QLatin1Char('-') + id.mid(16, 4) + QLatin1Char('-') + id.mid(20);
}

HttpResponse badRequest(const QString &message)
{
    return AzureSimulator::errorResponse(400, QStringLiteral("BadRequest"), message);
}

HttpResponse notFound(const QString &message)
{
    return AzureSimulator::errorResponse(404, QStringLiteral("ResourceNotFound"), message);
}

HttpResponse conflict(const QString &message)
{
    return AzureSimulator::errorResponse(409, QStringLiteral("ConflictError"), message);
}

// The request body as an element tree with the expected root, or the 400 to answer.
std::optional<XmlElement> parseBody(const HttpRequest &request, const QString &rootName,
                                    HttpResponse *failure)
{
    QString error;
    auto root = azure::parseXmlDocument(request.body, &error);
    if (!root) {
        *failure = badRequest(QStringLiteral("The request body is not well-formed XML: %1. Send a "
                                             "<%2> document in the Azure namespace.")
                                  .arg(error, rootName));
        return std::nullopt;
    }
    if (root->name != rootName) {
        *failure = badRequest(QStringLiteral("The request body must be a <%1> document, not <%2>.")
                                  .arg(rootName, root->name));
        return std::nullopt;
    }
    return root;
}

HttpResponse missingElements(const QStringList &missing, const QString &what)
{
    return badRequest(QStringLiteral("The %1 request is missing required element(s): %2.")
                          .arg(what, missing.join(QStringLiteral(", "))));
}

bool isValidStorageName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]{3,24}$"));
    return re.match(name).hasMatch();
}

bool isValidServiceName(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]{1,61}[A-Za-z0-9]$"));
    return re.match(name).hasMatch();
}

// A PEM value from the extension's protected settings: base64 of the PEM (as our client and the
// 2014 tool send it) or, as the 1.x handler also accepts, the PEM itself.
QByteArray pemValue(const QJsonValue &value)
{
    const QByteArray raw = value.toString().toUtf8().trimmed();
    if (raw.startsWith("-----BEGIN"))
        return raw;
    const auto decoded =
        QByteArray::fromBase64Encoding(raw, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return QByteArray();
    return *decoded;
}

// Checks the TLS material the handler would write to /etc/docker; empty when usable.
QString checkTlsMaterial(const QByteArray &ca, const QByteArray &cert, const QByteArray &key,
                         const QString &caName, const QString &certName, const QString &keyName)
{
    if (ca.isEmpty())
        return QStringLiteral("the protected settings hold no usable \"%1\" (base64 of a PEM "
                              "certificate)")
            .arg(caName);
    if (QSslCertificate::fromData(ca, QSsl::Pem).isEmpty())
        return QStringLiteral("\"%1\" in the protected settings is not a PEM certificate")
            .arg(caName);
    if (cert.isEmpty())
        return QStringLiteral("the protected settings hold no usable \"%1\" (base64 of a PEM "
                              "certificate)")
            .arg(certName);
    if (QSslCertificate::fromData(cert, QSsl::Pem).isEmpty())
        return QStringLiteral("\"%1\" in the protected settings is not a PEM certificate")
            .arg(certName);
    if (key.isEmpty())
        return QStringLiteral("the protected settings hold no usable \"%1\" (base64 of a PEM "
                              "private key)")
            .arg(keyName);
    QString error;
    if (!certs::privateKeyMatchesCertificate(cert, key, &error))
        return QStringLiteral("\"%1\" in the protected settings is not the key of \"%2\": %3")
            .arg(keyName, certName, error);
    return QString();
}

std::optional<QJsonObject> jsonObject(const QByteArray &base64Value)
{
    const auto decoded = QByteArray::fromBase64Encoding(base64Value.trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

int jsonPort(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toInt();
    bool ok = false;
    const int p = v.toString().toInt(&ok);
    return ok ? p : 0;
}

int nextLoopbackHost()
{
    // Start at a per-process offset so several simulators on one machine rarely meet.
    static int counter = int(QCoreApplication::applicationPid() % 200);
    return 2 + (counter++ % 252);
}

} // namespace

ProvisioningSimulator::ProvisioningSimulator(AzureSimulator *azure, QObject *parent)
    : ProvisioningSimulator(azure, Options(), parent)
{}

ProvisioningSimulator::ProvisioningSimulator(AzureSimulator *azure, Options options,
                                             QObject *parent)
    : QObject(parent), m_azure(azure), m_options(std::move(options))
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ProvisioningSimulator::advance);
    if (!m_options.portalVhdsLocation.isEmpty() && isValidStorageName(m_options.portalVhdsName)) {
        StorageAccount s;
        s.name = m_options.portalVhdsName;
        s.label = m_options.portalVhdsName;
        s.location = m_options.portalVhdsLocation;
        s.accountType = QStringLiteral("Standard_LRS");
        s.createdUtc = utcNow();
        m_storage.emplace(s.name.toLower(), std::move(s));
    }
    installRoutes();
}

ProvisioningSimulator::~ProvisioningSimulator()
{
    if (m_azure) {
        for (const QString &n : std::as_const(m_ownedTakenNames))
            m_azure->state().takenHostedServiceNames.remove(n);
    }
}

void ProvisioningSimulator::setOptions(const Options &options)
{
    m_options = options;
}

void ProvisioningSimulator::route(const QByteArray &method, const QString &pattern,
                                  HttpResponse (ProvisioningSimulator::*handler)(AzureCall &))
{
    QPointer<ProvisioningSimulator> self(this);
    m_azure->addRoute(method, pattern, [self, handler](AzureCall &call) {
        if (!self)
            return AzureSimulator::errorResponse(
                500, QStringLiteral("InternalError"),
                QStringLiteral("The provisioning simulator is gone. Please retry."));
        self->advance();
        HttpResponse r = (self.data()->*handler)(call);
        self->scheduleNext();
        return r;
    });
}

void ProvisioningSimulator::installRoutes()
{
    if (!m_azure)
        return;
    const QString hs = QStringLiteral("services/hostedservices");
    const QString ss = QStringLiteral("services/storageservices");
    route("GET", ss, &ProvisioningSimulator::listStorage);
    route("POST", ss, &ProvisioningSimulator::createStorage);
    route("GET", ss + QStringLiteral("/operations/isavailable/([^/]*)"),
          &ProvisioningSimulator::storageAvailability);
    route("GET", ss + QStringLiteral("/([^/]+)"), &ProvisioningSimulator::getStorage);
    route("DELETE", ss + QStringLiteral("/([^/]+)"), &ProvisioningSimulator::deleteStorage);
    route("GET", hs, &ProvisioningSimulator::listHostedServices);
    route("POST", hs, &ProvisioningSimulator::createHostedService);
    route("GET", hs + QStringLiteral("/([^/]+)"), &ProvisioningSimulator::getHostedService);
    route("DELETE", hs + QStringLiteral("/([^/]+)"), &ProvisioningSimulator::deleteHostedService);
    route("POST", hs + QStringLiteral("/([^/]+)/deployments"),
          &ProvisioningSimulator::createDeployment);
    route("GET", hs + QStringLiteral("/([^/]+)/deploymentslots/([^/]+)"),
          &ProvisioningSimulator::getDeploymentBySlot);
    route("GET", hs + QStringLiteral("/([^/]+)/deployments/([^/]+)"),
          &ProvisioningSimulator::getDeploymentByName);
    route("DELETE", hs + QStringLiteral("/([^/]+)/deployments/([^/]+)"),
          &ProvisioningSimulator::deleteDeployment);
    route("GET", QStringLiteral("operations/([^/]+)"), &ProvisioningSimulator::getOperation);
}

// ------------------------------------------------------------------------------------------
// State

QString ProvisioningSimulator::startOperation(int delayMs, std::function<void()> onDone, bool fails,
                                              int httpStatus, const QString &code,
                                              const QString &message)
{
    Operation op;
    op.id = QString::fromLatin1(QUuid::createUuid().toByteArray(QUuid::Id128));
    op.doneAt = now() + std::max(0, delayMs);
    op.fails = fails;
    op.httpStatus = fails ? httpStatus : 200;
    op.errorCode = code;
    op.errorMessage = message;
    op.onDone = std::move(onDone);
    const QString id = op.id;
    m_operations.emplace(id, std::move(op));
    scheduleNext();
    return id;
}

bool ProvisioningSimulator::operationPending(const QString &id) const
{
    if (id.isEmpty())
        return false;
    const auto it = m_operations.find(id);
    return it != m_operations.end() && !it->second.finished;
}

void ProvisioningSimulator::advance()
{
    if (m_advancing)
        return;
    m_advancing = true;
    const qint64 t = now();
    bool changed = false;

    // Operations, in the order they finish.
    QList<QPair<qint64, QString>> due;
    for (const auto &[id, op] : m_operations) {
        if (!op.finished && op.doneAt <= t)
            due.append({op.doneAt, id});
    }
    std::sort(due.begin(), due.end());
    for (const auto &d : std::as_const(due)) {
        auto it = m_operations.find(d.second);
        if (it == m_operations.end() || it->second.finished)
            continue;
        it->second.finished = true;
        std::function<void()> done = std::move(it->second.onDone);
        const QString status =
            it->second.fails ? QStringLiteral("Failed") : QStringLiteral("Succeeded");
        if (done)
            done();
        changed = true;
        qCDebug(lcSim).noquote() << "operation" << d.second << status;
        emit operationFinished(d.second, status);
    }

    // Simulated VMs whose Docker daemon is due.
    for (auto &[key, svc] : m_services) {
        Deployment *dep = svc.deployment.get();
        if (!dep || dep->deleting || dep->docker || dep->dockerFailed || dep->roleFails ||
            !dep->extensionSucceeds() || dep->dockerEndpointIndex < 0 ||
            operationPending(dep->pendingOperation) || dep->dockerAt() > t)
            continue;
        startDocker(svc.name, *dep);
        changed = true;
    }
    m_advancing = false;
    if (changed)
        emit resourcesChanged();
    scheduleNext();
}

void ProvisioningSimulator::scheduleNext()
{
    const qint64 t = now();
    qint64 next = -1;
    auto consider = [&](qint64 at) {
        if (next < 0 || at < next)
            next = at;
    };
    for (const auto &[id, op] : m_operations) {
        if (!op.finished)
            consider(op.doneAt);
    }
    for (const auto &[key, svc] : m_services) {
        const Deployment *dep = svc.deployment.get();
        if (dep && !dep->deleting && !dep->docker && !dep->dockerFailed && !dep->roleFails &&
            dep->extensionSucceeds() && dep->dockerEndpointIndex >= 0)
            consider(dep->dockerAt());
    }
    if (next < 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::clamp<qint64>(next - t, 0, 24 * 3600 * 1000)));
}

HttpResponse ProvisioningSimulator::accepted(const QString &operationId) const
{
    HttpResponse r = HttpResponse::text(202, QByteArray());
    r.headers.clear();
    r.setHeader("x-ms-request-id", operationId.toLatin1());
    return r;
}

HttpResponse ProvisioningSimulator::busy(const QString &operationId) const
{
    return conflict(QStringLiteral("Windows Azure is currently performing an operation with "
                                   "x-ms-requestid %1 on this deployment that requires exclusive "
                                   "access.")
                        .arg(operationId));
}

ProvisioningSimulator::HostedService *ProvisioningSimulator::service(const QString &name)
{
    const auto it = m_services.find(name.toLower());
    return it == m_services.end() ? nullptr : &it->second;
}

ProvisioningSimulator::StorageAccount *ProvisioningSimulator::storage(const QString &name)
{
    const auto it = m_storage.find(name.toLower());
    return it == m_storage.end() ? nullptr : &it->second;
}

void ProvisioningSimulator::removeDeployment(HostedService &svc)
{
    if (!svc.deployment)
        return;
    if (svc.deployment->docker) {
        svc.deployment->docker->close();
        // The host may be inside one of its own callbacks; let it go when the loop is free.
        svc.deployment->docker.release()->deleteLater();
    }
    qCInfo(lcSim).noquote() << "deployment" << svc.deployment->name << "of" << svc.name
                            << "removed";
    svc.deployment.reset();
}

void ProvisioningSimulator::removeService(const QString &name)
{
    const auto it = m_services.find(name.toLower());
    if (it == m_services.end())
        return;
    removeDeployment(it->second);
    m_services.erase(it);
    const QString lower = name.toLower();
    if (m_azure)
        m_azure->state().takenHostedServiceNames.remove(lower);
    m_ownedTakenNames.removeAll(lower);
    qCInfo(lcSim).noquote() << "cloud service" << name << "removed";
}

bool ProvisioningSimulator::isLocationKnown(const QString &location) const
{
    if (!m_azure)
        return true;
    const auto root = azure::parseXmlDocument(m_azure->state().locationsXml, nullptr);
    if (!root)
        return true; // no list to check against
    const auto all = root->childrenNamed(u"Location");
    if (all.isEmpty())
        return true;
    for (const XmlElement *l : all) {
        if (l->textAt(u"Name").compare(location, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void ProvisioningSimulator::planDockerAddress(Deployment &d)
{
    const quint16 wanted =
        d.dockerEndpointIndex >= 0 ? quint16(d.endpoints.at(d.dockerEndpointIndex).port) : 0;
    if (m_options.uniqueLoopbackAddresses && wanted != 0) {
        for (int attempt = 0; attempt < 4; ++attempt) {
            const QHostAddress address(QStringLiteral("127.0.0.%1").arg(nextLoopbackHost()));
            QTcpServer probe;
            if (probe.listen(address, wanted)) {
                probe.close();
                d.vip = d.dockerAddress = address;
                d.dockerPort = wanted;
                return;
            }
        }
    }
    // Any free port on 127.0.0.1; the Docker host takes it (or another) when it starts.
    QTcpServer probe;
    d.vip = d.dockerAddress = QHostAddress(QHostAddress::LocalHost);
    d.dockerPort = probe.listen(d.dockerAddress, 0) ? probe.serverPort() : 0;
    probe.close();
}

void ProvisioningSimulator::startDocker(const QString &serviceName, Deployment &d)
{
    DockerHost::Options o;
    o.caPem = d.caPem;
    o.serverCertPem = d.serverCertPem;
    o.serverKeyPem = d.serverKeyPem;
    o.mode = d.dockerMode;
    o.name = d.roleName;
    auto host = std::make_unique<DockerHost>(o);
    if (!host->listen(d.dockerAddress, d.dockerPort)) {
        qCInfo(lcSim).noquote() << "simulated Docker cannot listen on" << d.dockerAddress.toString()
                                << d.dockerPort << "(" << host->errorString()
                                << "); using 127.0.0.1 and any port";
        host = std::make_unique<DockerHost>(o);
        if (!host->listen(QHostAddress(QHostAddress::LocalHost), 0)) {
            qCWarning(lcSim).noquote() << "the simulated Docker host of" << serviceName
                                       << "cannot start:" << host->errorString();
            d.dockerFailed = true;
            return;
        }
        d.dockerAddress = QHostAddress(QHostAddress::LocalHost);
    }
    d.dockerPort = host->port();
    d.docker = std::move(host);
    qCInfo(lcSim).noquote() << "simulated Docker of" << serviceName << "listens on"
                            << d.dockerAddress.toString() + QLatin1Char(':') +
                                   QString::number(d.dockerPort);
    emit dockerHostStarted(serviceName, d.dockerAddress, d.dockerPort);
}

ProvisioningSimulator::Inventory ProvisioningSimulator::inventory() const
{
    Inventory inv;
    for (const auto &[key, s] : m_storage)
        inv.storageAccounts.append(s.name);
    for (const auto &[key, svc] : m_services) {
        inv.hostedServices.append(svc.name);
        if (svc.deployment) {
            inv.deployments.append(svc.name + QLatin1Char('/') + svc.deployment->name);
            if (svc.deployment->docker)
                inv.dockerPorts.append(svc.deployment->dockerPort);
        }
    }
    inv.storageAccounts.sort();
    inv.hostedServices.sort();
    inv.deployments.sort();
    std::sort(inv.dockerPorts.begin(), inv.dockerPorts.end());
    return inv;
}

QString ProvisioningSimulator::operationStatus(const QString &requestId)
{
    advance();
    const auto it = m_operations.find(normalizeId(requestId));
    if (it == m_operations.end())
        return QString();
    if (!it->second.finished)
        return QStringLiteral("InProgress");
    return it->second.fails ? QStringLiteral("Failed") : QStringLiteral("Succeeded");
}

std::optional<ProvisioningSimulator::DockerEndpoint>
ProvisioningSimulator::dockerEndpoint(const QString &serviceName)
{
    advance();
    const HostedService *svc = service(serviceName);
    if (!svc || !svc->deployment || svc->deployment->dockerEndpointIndex < 0)
        return std::nullopt;
    const Deployment &d = *svc->deployment;
    return DockerEndpoint{d.dockerAddress, d.dockerPort, bool(d.docker)};
}

DockerHost *ProvisioningSimulator::dockerHost(const QString &serviceName) const
{
    const auto it = m_services.find(serviceName.toLower());
    if (it == m_services.end() || !it->second.deployment)
        return nullptr;
    return it->second.deployment->docker.get();
}

void ProvisioningSimulator::clear()
{
    QStringList names;
    for (const auto &[key, svc] : m_services)
        names.append(svc.name);
    for (const QString &n : std::as_const(names))
        removeService(n);
    m_storage.clear();
    m_operations.clear();
    m_timer.stop();
    emit resourcesChanged();
}

QString ProvisioningSimulator::serviceUrl(const QString &relative) const
{
    if (!m_azure)
        return relative;
    return m_azure->endpoint().toString() + QLatin1Char('/') + m_azure->state().subscriptionId +
           QLatin1Char('/') + relative;
}

// ------------------------------------------------------------------------------------------
// Storage accounts

QByteArray ProvisioningSimulator::storageXml(const StorageAccount &s, bool root) const
{
    const bool creating = operationPending(s.pendingOperation);
    QByteArray endpoints;
    for (const char *kind : {"blob", "queue", "table", "file"})
        endpoints += el("Endpoint", QStringLiteral("https://%1.%2.core.windows.net/")
                                        .arg(s.name, QString::fromLatin1(kind)));
    QByteArray props;
    props += s.description.isEmpty() ? QByteArray("<Description i:nil=\"true\"/>")
                                     : el("Description", s.description);
    props += el("Location", s.location);
    props += el("Label", base64(s.label));
    props += el("Status", creating ? QStringLiteral("Creating") : QStringLiteral("Created"));
    props += el("Endpoints", endpoints);
    props += el("GeoPrimaryRegion", s.location);
    props += el("StatusOfPrimary", creating ? QString() : QStringLiteral("Available"));
    props += "<GeoSecondaryRegion/><StatusOfSecondary/>";
    props += el("CreationTime", s.createdUtc);
    props += "<CustomDomains/>";
    props += el("AccountType", s.accountType);
    QByteArray out = openTag("StorageService", root);
    out += el("Url", serviceUrl(QStringLiteral("services/storageservices/") + s.name));
    out += el("ServiceName", s.name);
    out += el("StorageServiceProperties", props);
    out += "<ExtendedProperties/></StorageService>";
    return out;
}

HttpResponse ProvisioningSimulator::listStorage(AzureCall &)
{
    QByteArray body = openTag("StorageServices", true);
    for (const auto &[key, s] : m_storage)
        body += storageXml(s, false);
    body += "</StorageServices>";
    return AzureSimulator::xmlResponse(200, body);
}

HttpResponse ProvisioningSimulator::getStorage(AzureCall &call)
{
    const StorageAccount *s = storage(call.match.captured(1));
    if (!s)
        return notFound(
            QStringLiteral("The storage account '%1' was not found.").arg(call.match.captured(1)));
    return AzureSimulator::xmlResponse(200, storageXml(*s, true));
}

HttpResponse ProvisioningSimulator::storageAvailability(AzureCall &call)
{
    const QString name = call.match.captured(1);
    QString reason;
    if (!isValidStorageName(name))
        reason = QStringLiteral("The name is not a valid storage account name. Storage account "
                                "names must be between 3 and 24 characters in length and use "
                                "numbers and lower-case letters only.");
    else if (storage(name))
        reason = QStringLiteral("A storage account named '%1' already exists in the subscription.")
                     .arg(name);
    QByteArray body = openTag("AvailabilityResponse", true);
    body += el("Result", reason.isEmpty() ? QStringLiteral("true") : QStringLiteral("false"));
    body += reason.isEmpty() ? QByteArray("<Reason i:nil=\"true\"/>") : el("Reason", reason);
    body += "</AvailabilityResponse>";
    return AzureSimulator::xmlResponse(200, body);
}

HttpResponse ProvisioningSimulator::createStorage(AzureCall &call)
{
    HttpResponse failure;
    const auto root =
        parseBody(call.request, QStringLiteral("CreateStorageServiceInput"), &failure);
    if (!root)
        return failure;
    QStringList missing;
    const QString name = root->textAt(u"ServiceName");
    const QString labelB64 = root->textAt(u"Label");
    const QString location = root->textAt(u"Location");
    const QString affinity = root->textAt(u"AffinityGroup");
    if (name.isEmpty())
        missing << QStringLiteral("ServiceName");
    if (labelB64.isEmpty())
        missing << QStringLiteral("Label");
    if (location.isEmpty() && affinity.isEmpty())
        missing << QStringLiteral("Location (or AffinityGroup)");
    if (!missing.isEmpty())
        return missingElements(missing, QStringLiteral("Create Storage Account"));
    if (!isValidStorageName(name))
        return badRequest(QStringLiteral("The name '%1' is not a valid storage account name. "
                                         "Storage account names must be between 3 and 24 "
                                         "characters in length and use numbers and lower-case "
                                         "letters only.")
                              .arg(name));
    const auto label = QByteArray::fromBase64Encoding(labelB64.toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
    if (!label)
        return badRequest(QStringLiteral("The label of storage account '%1' must be base64 "
                                         "encoded.")
                              .arg(name));
    if (!affinity.isEmpty())
        return badRequest(QStringLiteral("The affinity group '%1' does not exist in this "
                                         "subscription; use a Location.")
                              .arg(affinity));
    if (!isLocationKnown(location))
        return badRequest(QStringLiteral("The location '%1' is not a valid location for this "
                                         "subscription.")
                              .arg(location));
    if (storage(name))
        return conflict(QStringLiteral("A storage account named '%1' already exists in the "
                                       "subscription.")
                            .arg(name));
    const QString accountType = root->textAt(u"AccountType");
    static const QStringList types{QStringLiteral("Standard_LRS"), QStringLiteral("Standard_ZRS"),
                                   QStringLiteral("Standard_GRS"),
                                   QStringLiteral("Standard_RAGRS")};
    if (!accountType.isEmpty() && !types.contains(accountType))
        return badRequest(QStringLiteral("The account type '%1' is not valid; use one of %2.")
                              .arg(accountType, types.join(QStringLiteral(", "))));

    StorageAccount s;
    s.name = name;
    s.label = QString::fromUtf8(*label);
    s.description = root->textAt(u"Description");
    s.location = location;
    s.accountType = accountType.isEmpty() ? QStringLiteral("Standard_GRS") : accountType;
    s.createdUtc = utcNow();
    s.pendingOperation = startOperation(m_options.operationDelayMs, {});
    const QString op = s.pendingOperation;
    m_storage.emplace(name.toLower(), std::move(s));
    qCInfo(lcSim).noquote() << "storage account" << name << "in" << location << "creating";
    emit resourcesChanged();
    return accepted(op);
}

HttpResponse ProvisioningSimulator::deleteStorage(AzureCall &call)
{
    const QString name = call.match.captured(1);
    StorageAccount *s = storage(name);
    if (!s)
        return notFound(QStringLiteral("The storage account '%1' was not found.").arg(name));
    if (operationPending(s->pendingOperation))
        return busy(s->pendingOperation);
    const QString prefix = QStringLiteral("https://%1.blob.").arg(s->name.toLower());
    for (const auto &[key, svc] : m_services) {
        if (svc.deployment && svc.deployment->mediaLink.toLower().startsWith(prefix))
            return badRequest(
                QStringLiteral("Storage account %1 has some active image(s) and/or disk(s), e.g. "
                               "%2. Ensure these image(s) and/or disk(s) are removed before "
                               "deleting this storage account.")
                    .arg(s->name, svc.deployment->mediaLink));
    }
    m_storage.erase(name.toLower());
    qCInfo(lcSim).noquote() << "storage account" << name << "removed";
    emit resourcesChanged();
    return AzureSimulator::xmlResponse(200, QByteArray());
}

// ------------------------------------------------------------------------------------------
// Cloud services

QByteArray ProvisioningSimulator::hostedServiceXml(const HostedService &s, bool root,
                                                   bool embedDetail)
{
    QByteArray props;
    props += el("Description", s.description);
    props += el("Location", s.location);
    props += el("Label", base64(s.label));
    props += el("Status", operationPending(s.pendingOperation) ? QStringLiteral("Deleting")
                                                               : QStringLiteral("Created"));
    props += el("DateCreated", s.createdUtc);
    props += el("DateLastModified", s.createdUtc);
    props += "<ExtendedProperties/>";
    QByteArray out = openTag("HostedService", root);
    out += el("Url", serviceUrl(QStringLiteral("services/hostedservices/") + s.name));
    out += el("ServiceName", s.name);
    out += el("HostedServiceProperties", props);
    if (embedDetail) {
        QByteArray deps;
        if (s.deployment)
            deps = deploymentXml(s, *s.deployment, false);
        out += el("Deployments", deps);
    }
    out += "</HostedService>";
    return out;
}

HttpResponse ProvisioningSimulator::listHostedServices(AzureCall &)
{
    QByteArray body = openTag("HostedServices", true);
    for (const auto &[key, s] : m_services)
        body += hostedServiceXml(s, false, false);
    body += "</HostedServices>";
    return AzureSimulator::xmlResponse(200, body);
}

HttpResponse ProvisioningSimulator::getHostedService(AzureCall &call)
{
    const HostedService *s = service(call.match.captured(1));
    if (!s)
        return notFound(kServiceUnknown);
    const bool embed = call.request.query.queryItemValue(QStringLiteral("embed-detail"))
                           .compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return AzureSimulator::xmlResponse(200, hostedServiceXml(*s, true, embed));
}

HttpResponse ProvisioningSimulator::createHostedService(AzureCall &call)
{
    HttpResponse failure;
    const auto root = parseBody(call.request, QStringLiteral("CreateHostedService"), &failure);
    if (!root)
        return failure;
    QStringList missing;
    const QString name = root->textAt(u"ServiceName");
    const QString labelB64 = root->textAt(u"Label");
    const QString location = root->textAt(u"Location");
    const QString affinity = root->textAt(u"AffinityGroup");
    if (name.isEmpty())
        missing << QStringLiteral("ServiceName");
    if (labelB64.isEmpty())
        missing << QStringLiteral("Label");
    if (location.isEmpty() && affinity.isEmpty())
        missing << QStringLiteral("Location (or AffinityGroup)");
    if (!missing.isEmpty())
        return missingElements(missing, QStringLiteral("Create Cloud Service"));
    if (!isValidServiceName(name))
        return badRequest(QStringLiteral("The hosted service name '%1' is invalid. It must be 3 "
                                         "to 63 letters, digits or hyphens, and start and end "
                                         "with a letter or digit.")
                              .arg(name));
    const auto label = QByteArray::fromBase64Encoding(labelB64.toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
    if (!label)
        return badRequest(QStringLiteral("The label of hosted service '%1' must be base64 "
                                         "encoded.")
                              .arg(name));
    if (!affinity.isEmpty())
        return badRequest(QStringLiteral("The affinity group '%1' does not exist in this "
                                         "subscription; use a Location.")
                              .arg(affinity));
    if (!isLocationKnown(location))
        return badRequest(QStringLiteral("The location '%1' is not a valid location for this "
                                         "subscription.")
                              .arg(location));
    if (service(name) || call.state.takenHostedServiceNames.contains(name.toLower()))
        return conflict(QStringLiteral("The specified DNS name is already taken."));

    HostedService s;
    s.name = name;
    s.label = QString::fromUtf8(*label);
    s.description = root->textAt(u"Description");
    s.location = location;
    s.createdUtc = utcNow();
    m_services.emplace(name.toLower(), std::move(s));
    call.state.takenHostedServiceNames.insert(name.toLower());
    m_ownedTakenNames.append(name.toLower());
    qCInfo(lcSim).noquote() << "cloud service" << name << "created in" << location;
    emit resourcesChanged();

    HttpResponse r = HttpResponse::text(201, QByteArray());
    r.headers.clear();
    r.setHeader("Location", serviceUrl(QStringLiteral("services/hostedservices/") + name).toUtf8());
    return r;
}

HttpResponse ProvisioningSimulator::deleteHostedService(AzureCall &call)
{
    const QString name = call.match.captured(1);
    HostedService *s = service(name);
    if (!s)
        return notFound(kServiceUnknown);
    if (operationPending(s->pendingOperation))
        return busy(s->pendingOperation);
    if (s->deployment && operationPending(s->deployment->pendingOperation))
        return busy(s->deployment->pendingOperation);
    const bool media =
        call.request.query.queryItemValue(QStringLiteral("comp")) == QLatin1String("media");
    if (!media) {
        if (s->deployment)
            return conflict(
                QStringLiteral("The hosted service %1 has a deployment (%2). Delete the "
                               "deployment first, or delete the service with "
                               "comp=media to remove both.")
                    .arg(s->name, s->deployment->name));
        removeService(name);
        emit resourcesChanged();
        return AzureSimulator::xmlResponse(200, QByteArray());
    }
    const QString serviceName = s->name;
    if (s->deployment)
        s->deployment->deleting = true;
    QPointer<ProvisioningSimulator> self(this);
    s->pendingOperation = startOperation(m_options.operationDelayMs, [self, serviceName] {
        if (self)
            self->removeService(serviceName);
    });
    qCInfo(lcSim).noquote() << "cloud service" << serviceName << "deleting with its media";
    return accepted(s->pendingOperation);
}

// ------------------------------------------------------------------------------------------
// Deployments

HttpResponse ProvisioningSimulator::createDeployment(AzureCall &call)
{
    const QString serviceName = call.match.captured(1);
    HostedService *svc = service(serviceName);
    if (!svc)
        return notFound(kServiceUnknown);
    if (operationPending(svc->pendingOperation))
        return busy(svc->pendingOperation);
    m_lastDeploymentXml = call.request.body;

    HttpResponse failure;
    const auto root = parseBody(call.request, QStringLiteral("Deployment"), &failure);
    if (!root)
        return failure;

    auto d = std::make_unique<Deployment>();
    QStringList missing;
    auto required = [&missing](const XmlElement &node, const QString &path, const QString &shown) {
        const QString v = node.textAt(path);
        if (v.isEmpty())
            missing << shown;
        return v;
    };
    d->name = required(*root, QStringLiteral("Name"), QStringLiteral("Name"));
    d->label = required(*root, QStringLiteral("Label"), QStringLiteral("Label"));
    const QString slot = root->textAt(u"DeploymentSlot");
    const auto roles = root->findAll(u"RoleList/Role");
    if (roles.isEmpty()) {
        missing << QStringLiteral("RoleList/Role");
        return missingElements(missing, QStringLiteral("Create Virtual Machine Deployment"));
    }
    if (roles.size() > 1)
        return badRequest(QStringLiteral("A virtual machine deployment is created with exactly "
                                         "one role; add further roles with Add Role."));
    const XmlElement &role = *roles.first();
    d->roleName = required(role, QStringLiteral("RoleName"), QStringLiteral("RoleName"));
    const QString roleType = required(role, QStringLiteral("RoleType"), QStringLiteral("RoleType"));

    const XmlElement *linuxSet = nullptr;
    const XmlElement *network = nullptr;
    for (const XmlElement *set : role.findAll(u"ConfigurationSets/ConfigurationSet")) {
        const QString type = set->textAt(u"ConfigurationSetType");
        if (type == QLatin1String("LinuxProvisioningConfiguration"))
            linuxSet = set;
        else if (type == QLatin1String("NetworkConfiguration"))
            network = set;
    }
    QString disableSshPassword;
    if (!linuxSet) {
        missing << QStringLiteral("ConfigurationSet (LinuxProvisioningConfiguration)");
    } else {
        d->hostName = required(*linuxSet, QStringLiteral("HostName"), QStringLiteral("HostName"));
        d->userName = required(*linuxSet, QStringLiteral("UserName"), QStringLiteral("UserName"));
        // Checked for presence only: the password is never stored or logged.
        required(*linuxSet, QStringLiteral("UserPassword"), QStringLiteral("UserPassword"));
        disableSshPassword = linuxSet->textAt(u"DisableSshPasswordAuthentication");
    }
    d->mediaLink = required(role, QStringLiteral("OSVirtualHardDisk/MediaLink"),
                            QStringLiteral("OSVirtualHardDisk/MediaLink"));
    d->imageName = required(role, QStringLiteral("OSVirtualHardDisk/SourceImageName"),
                            QStringLiteral("OSVirtualHardDisk/SourceImageName"));
    d->roleSize = required(role, QStringLiteral("RoleSize"), QStringLiteral("RoleSize"));
    if (!missing.isEmpty())
        return missingElements(missing, QStringLiteral("Create Virtual Machine Deployment"));

    // Values.
    if (!slot.isEmpty() && slot.compare(QLatin1String("Production"), Qt::CaseInsensitive) != 0)
        return badRequest(QStringLiteral("Virtual machines can only be deployed to the Production "
                                         "slot, not '%1'.")
                              .arg(slot));
    if (roleType != QLatin1String("PersistentVMRole"))
        return badRequest(QStringLiteral("The role type '%1' is not valid; virtual machines use "
                                         "PersistentVMRole.")
                              .arg(roleType));
    if (!disableSshPassword.isEmpty() && disableSshPassword != QLatin1String("true") &&
        disableSshPassword != QLatin1String("false"))
        return badRequest(QStringLiteral("DisableSshPasswordAuthentication must be true or false, "
                                         "not '%1'.")
                              .arg(disableSshPassword));
    if (d->hostName.size() > 64)
        return badRequest(QStringLiteral("The host name must be 1 to 64 characters long."));
    if (d->userName.size() > 32)
        return badRequest(QStringLiteral("The user name must be 1 to 32 characters long."));
    if (d->label.size() > 100)
        return badRequest(QStringLiteral("The deployment label must be at most 100 characters."));

    // The OS disk must go to a storage account of this subscription.
    static const QRegularExpression blob(
        QStringLiteral("^https?://([a-z0-9]+)\\.blob\\.core\\.windows\\.net/[^/]+/.+\\.vhd$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = blob.match(d->mediaLink);
    if (!m.hasMatch())
        return badRequest(QStringLiteral("The MediaLink '%1' is not a blob URL of the form "
                                         "https://<account>.blob.core.windows.net/<container>/"
                                         "<name>.vhd.")
                              .arg(d->mediaLink));
    if (!storage(m.captured(1)))
        return badRequest(QStringLiteral("The storage account '%1' named in MediaLink was not "
                                         "found in this subscription.")
                              .arg(m.captured(1)));
    for (const auto &[key, other] : m_services) {
        if (other.deployment &&
            other.deployment->mediaLink.compare(d->mediaLink, Qt::CaseInsensitive) == 0)
            return conflict(QStringLiteral("The blob %1 is already in use as the disk of another "
                                           "virtual machine.")
                                .arg(d->mediaLink));
    }

    // Endpoints.
    if (network) {
        QSet<int> ports;
        QSet<QString> names;
        for (const XmlElement *ep : network->findAll(u"InputEndpoints/InputEndpoint")) {
            Endpoint e;
            e.name = ep->textAt(u"Name");
            bool portOk = false;
            bool localOk = false;
            e.port = ep->textAt(u"Port").toInt(&portOk);
            e.localPort = ep->textAt(u"LocalPort").toInt(&localOk);
            e.protocol = ep->textAt(u"Protocol").toLower();
            if (e.name.isEmpty())
                return missingElements({QStringLiteral("InputEndpoint/Name")},
                                       QStringLiteral("Create Virtual Machine Deployment"));
            if (!portOk || !localOk || e.port < 1 || e.port > 65535 || e.localPort < 1 ||
                e.localPort > 65535)
                return badRequest(QStringLiteral("The ports of endpoint '%1' are not valid: Port "
                                                 "and LocalPort must be 1 to 65535.")
                                      .arg(e.name));
            if (e.protocol != QLatin1String("tcp") && e.protocol != QLatin1String("udp"))
                return badRequest(QStringLiteral("The protocol of endpoint '%1' must be tcp or "
                                                 "udp.")
                                      .arg(e.name));
            if (names.contains(e.name.toLower()))
                return badRequest(QStringLiteral("The endpoint name '%1' is used more than once "
                                                 "in this deployment.")
                                      .arg(e.name));
            if (ports.contains(e.port))
                return badRequest(QStringLiteral("Port %1 is already in use by one of the "
                                                 "endpoints in this deployment. Ensure that the "
                                                 "port numbers are unique across endpoints within "
                                                 "a deployment.")
                                      .arg(e.port));
            names.insert(e.name.toLower());
            ports.insert(e.port);
            d->endpoints.append(e);
        }
    }

    // The extension.
    const auto refs = role.findAll(u"ResourceExtensionReferences/ResourceExtensionReference");
    const QString guestAgent = role.textAt(u"ProvisionGuestAgent");
    if (!refs.isEmpty() && guestAgent != QLatin1String("true"))
        return badRequest(QStringLiteral("Resource extensions need the VM agent: set "
                                         "ProvisionGuestAgent to true."));
    int extensionPort = 0;
    if (!refs.isEmpty()) {
        const XmlElement *ref = refs.first();
        for (const XmlElement *r : refs) {
            if (r->textAt(u"Name") == QLatin1String("DockerExtension")) {
                ref = r;
                break;
            }
        }
        d->extPublisher = required(*ref, QStringLiteral("Publisher"), QStringLiteral("Publisher"));
        d->extName = required(*ref, QStringLiteral("Name"), QStringLiteral("Name"));
        d->extVersion = required(*ref, QStringLiteral("Version"), QStringLiteral("Version"));
        if (!missing.isEmpty())
            return missingElements(missing, QStringLiteral("ResourceExtensionReference"));
        d->isDocker = d->extName == QLatin1String("DockerExtension");
        if (d->isDocker && d->extPublisher != kClassicPublisher && d->extPublisher != kV1Publisher)
            return badRequest(
                QStringLiteral("The extension DockerExtension of publisher '%1' "
                               "version '%2' was not found. Publishers: %3, %4.")
                    .arg(d->extPublisher, d->extVersion, kClassicPublisher, kV1Publisher));
        QByteArray publicValue;
        QByteArray privateValue;
        for (const XmlElement *pv :
             ref->findAll(u"ResourceExtensionParameterValues/ResourceExtensionParameterValue")) {
            const QString type = pv->textAt(u"Type");
            if (type.compare(QLatin1String("Public"), Qt::CaseInsensitive) == 0)
                publicValue = pv->textAt(u"Value").toLatin1();
            else if (type.compare(QLatin1String("Private"), Qt::CaseInsensitive) == 0)
                privateValue = pv->textAt(u"Value").toLatin1();
            else
                return badRequest(QStringLiteral("A ResourceExtensionParameterValue has type "
                                                 "'%1'; use Public or Private.")
                                      .arg(type));
        }
        d->extPublicValue = publicValue;
        if (d->isDocker) {
            const bool v1 = d->extPublisher == kV1Publisher;
            extensionPort = v1 ? 2376 : 4243;
            if (!publicValue.isEmpty()) {
                const auto pub = jsonObject(publicValue);
                if (!pub) {
                    d->configError = QStringLiteral("the public settings are not base64 of a "
                                                    "JSON object");
                } else if (v1) {
                    if (const int p = jsonPort(pub->value(QStringLiteral("docker"))
                                                   .toObject()
                                                   .value(QStringLiteral("port"))))
                        extensionPort = p;
                } else if (const int p = jsonPort(pub->value(QStringLiteral("dockerport")))) {
                    extensionPort = p;
                }
            }
            const auto priv = jsonObject(privateValue);
            if (!d->configError.isEmpty()) {
                // already broken
            } else if (!priv) {
                d->configError = privateValue.isEmpty()
                                     ? QStringLiteral("the protected settings are missing")
                                     : QStringLiteral("the protected settings are not base64 of "
                                                      "a JSON object");
            } else if (v1) {
                const QJsonObject certsObj = priv->value(QStringLiteral("certs")).toObject();
                d->caPem = pemValue(certsObj.value(QStringLiteral("ca")));
                d->serverCertPem = pemValue(certsObj.value(QStringLiteral("cert")));
                d->serverKeyPem = pemValue(certsObj.value(QStringLiteral("key")));
                d->configError = checkTlsMaterial(
                    d->caPem, d->serverCertPem, d->serverKeyPem, QStringLiteral("certs.ca"),
                    QStringLiteral("certs.cert"), QStringLiteral("certs.key"));
            } else {
                d->caPem = pemValue(priv->value(QStringLiteral("ca")));
                d->serverCertPem = pemValue(priv->value(QStringLiteral("server-cert")));
                d->serverKeyPem = pemValue(priv->value(QStringLiteral("server-key")));
                d->configError = checkTlsMaterial(
                    d->caPem, d->serverCertPem, d->serverKeyPem, QStringLiteral("ca"),
                    QStringLiteral("server-cert"), QStringLiteral("server-key"));
            }
        }
    }

    if (svc->deployment)
        return conflict(QStringLiteral("A deployment (%1) already exists in the Production slot "
                                       "of hosted service %2.")
                            .arg(svc->deployment->name, svc->name));

    // The Docker endpoint: the one that forwards to the port the extension configures.
    if (d->isDocker) {
        for (int i = 0; i < d->endpoints.size(); ++i) {
            if (d->endpoints.at(i).localPort == extensionPort) {
                d->dockerEndpointIndex = i;
                break;
            }
        }
    }
    planDockerAddress(*d);

    const Options &o = m_options;
    d->createdUtc = utcNow();
    d->privateId = QString::fromLatin1(QUuid::createUuid().toByteArray(QUuid::Id128));
    d->createdAt = now();
    d->operationDoneAt = d->createdAt + std::max(0, o.operationDelayMs);
    d->bootDelayMs = std::max(0, o.bootDelayMs);
    d->extensionDelayMs = std::max(0, o.extensionDelayMs);
    d->dockerDelayMs = std::max(0, o.dockerDelayMs);
    d->roleFails = o.roleFails;
    d->extensionError = o.extensionError;
    d->extensionErrorMessage = o.extensionErrorMessage;
    d->dockerMode = o.dockerMode;

    const QString deploymentName = d->name;
    const QString realServiceName = svc->name;
    QPointer<ProvisioningSimulator> self(this);
    const bool fails = o.failOperation;
    d->pendingOperation = startOperation(
        o.operationDelayMs,
        [self, realServiceName, fails] {
            if (!self || !fails)
                return;
            // A failed create leaves no deployment behind.
            if (HostedService *s = self->service(realServiceName))
                self->removeDeployment(*s);
        },
        fails, o.failOperationHttpStatus, o.failOperationCode, o.failOperationMessage);
    const QString op = d->pendingOperation;
    qCInfo(lcSim).noquote() << "deployment" << deploymentName << "of" << realServiceName
                            << "creating: role" << d->roleName << "size" << d->roleSize
                            << "extension"
                            << (d->extPublisher.isEmpty() ? QStringLiteral("none")
                                                          : d->extPublisher)
                            << "docker at" << d->dockerAddress.toString() << d->dockerPort;
    svc->deployment = std::move(d);
    emit resourcesChanged();
    return accepted(op);
}

QByteArray ProvisioningSimulator::deploymentXml(const HostedService &svc, const Deployment &d,
                                                bool root)
{
    const qint64 t = now();
    const bool created = t >= d.operationDoneAt;
    const qint64 sinceBoot = t - d.operationDoneAt;

    QString instanceStatus;
    QString powerState;
    QString details;
    bool agentReady = false;
    if (!created || sinceBoot < d.bootDelayMs / 2) {
        instanceStatus = QStringLiteral("RoleStateUnknown");
        powerState = QStringLiteral("Starting");
    } else if (sinceBoot < d.bootDelayMs) {
        instanceStatus = QStringLiteral("Provisioning");
        powerState = QStringLiteral("Started");
        details = QStringLiteral("Provisioning the virtual machine");
    } else if (d.roleFails) {
        instanceStatus = QStringLiteral("FailedStartingVM");
        powerState = QStringLiteral("Stopped");
        details = QStringLiteral("The virtual machine failed to start (simulated fault).");
    } else {
        instanceStatus = QStringLiteral("ReadyRole");
        powerState = QStringLiteral("Started");
        agentReady = true;
    }
    QString status = QStringLiteral("Running");
    if (d.deleting)
        status = QStringLiteral("Deleting");
    else if (!created)
        status = QStringLiteral("Deploying");

    auto formatted = [](const QString &lang, const QString &message) {
        return el("FormattedMessage", el("Language", lang) + el("Message", message));
    };

    // Endpoints.
    QByteArray instanceEndpoints;
    QByteArray inputEndpoints;
    for (int i = 0; i < d.endpoints.size(); ++i) {
        const Endpoint &e = d.endpoints.at(i);
        const bool docker = i == d.dockerEndpointIndex;
        const QString vip = (docker ? d.dockerAddress : d.vip).toString();
        const int publicPort = docker ? d.dockerPort : e.port;
        instanceEndpoints +=
            el("InstanceEndpoint",
               el("Name", e.name) + el("Vip", vip) + el("PublicPort", QString::number(publicPort)) +
                   el("LocalPort", QString::number(e.localPort)) + el("Protocol", e.protocol));
        inputEndpoints +=
            el("InputEndpoint", el("LocalPort", QString::number(e.localPort)) + el("Name", e.name) +
                                    el("Port", QString::number(e.port)) +
                                    el("Protocol", e.protocol) + el("Vip", vip) +
                                    el("EnableDirectServerReturn", QStringLiteral("false")));
    }

    // Guest agent and extension status.
    QByteArray agent = el("ProtocolVersion", QStringLiteral("1.0")) + el("Timestamp", utcNow());
    if (agentReady) {
        agent += el("GuestAgentVersion", QStringLiteral("WALinuxAgent-2.0.8")) +
                 el("Status", QStringLiteral("Ready")) +
                 formatted(QStringLiteral("en-US"),
                           QStringLiteral("GuestAgent is running and accepting new "
                                          "configurations."));
    } else {
        agent += el("GuestAgentVersion", QStringLiteral("Unknown")) +
                 el("Status", QStringLiteral("NotReady")) +
                 formatted(QStringLiteral("en-US"),
                           QStringLiteral("Status not available for role %1.").arg(d.roleName));
    }
    QByteArray extensions;
    if (agentReady && !d.extPublisher.isEmpty()) {
        const qint64 sinceReady = t - d.readyAt();
        const QString handler = d.extPublisher + QLatin1Char('.') + d.extName;
        const QString version =
            d.extPublisher == kV1Publisher ? QStringLiteral("1.2.2") : QStringLiteral("0.3.0.0");
        QByteArray ext = el("HandlerName", handler) + el("Version", version);
        auto setting = [&](const QString &s, const QString &message) {
            return el("ExtensionSettingStatus",
                      el("Timestamp", utcNow()) + el("Name", d.extName) +
                          el("Operation", QStringLiteral("Enable Docker")) + el("Status", s) +
                          formatted(QStringLiteral("en"), message));
        };
        if (sinceReady < d.extensionDelayMs / 2) {
            ext += el("Status", QStringLiteral("Installing")) +
                   formatted(QStringLiteral("en-US"), QStringLiteral("Installing the extension "
                                                                     "handler."));
        } else if (sinceReady < d.extensionDelayMs) {
            ext += el("Status", QStringLiteral("Ready")) +
                   setting(QStringLiteral("Transitioning"), QStringLiteral("Enable Docker"));
        } else if (!d.isDocker) {
            ext += el("Status", QStringLiteral("Ready")) +
                   setting(QStringLiteral("Success"), QStringLiteral("Enable succeeded"));
        } else if (d.extensionError) {
            ext += el("Status", QStringLiteral("Ready")) +
                   setting(QStringLiteral("Error"), d.extensionErrorMessage);
        } else if (!d.configError.isEmpty()) {
            ext += el("Status", QStringLiteral("Ready")) +
                   setting(QStringLiteral("Error"),
                           QStringLiteral("Enable Docker failed: %1").arg(d.configError));
        } else {
            ext += el("Status", QStringLiteral("Ready")) +
                   setting(QStringLiteral("Success"), QStringLiteral("Enable Docker succeeded"));
        }
        extensions = el("ResourceExtensionStatusList", el("ResourceExtensionStatus", ext));
    }

    QByteArray instance =
        el("RoleName", d.roleName) + el("InstanceName", d.roleName) +
        el("InstanceStatus", instanceStatus) + el("InstanceUpgradeDomain", QStringLiteral("0")) +
        el("InstanceFaultDomain", QStringLiteral("0")) + el("InstanceSize", d.roleSize) +
        el("InstanceStateDetails", details) + el("IpAddress", QStringLiteral("10.0.0.4")) +
        el("InstanceEndpoints", instanceEndpoints) + el("PowerState", powerState) +
        el("HostName", d.hostName) + el("GuestAgentStatus", agent) + extensions;

    // The role as configured, with only the public extension values (as Azure echoes it).
    QByteArray refs;
    if (!d.extPublisher.isEmpty()) {
        QByteArray values;
        if (!d.extPublicValue.isEmpty())
            values = el("ResourceExtensionParameterValue",
                        el("Key", QStringLiteral("ignored")) +
                            el("Value", QString::fromLatin1(d.extPublicValue)) +
                            el("Type", QStringLiteral("Public")));
        refs = el("ResourceExtensionReferences",
                  el("ResourceExtensionReference",
                     el("ReferenceName", d.extName) + el("Publisher", d.extPublisher) +
                         el("Name", d.extName) + el("Version", d.extVersion) +
                         el("ResourceExtensionParameterValues", values) +
                         el("State", QStringLiteral("Enable"))));
    }
    QByteArray roleXml =
        "<Role i:type=\"PersistentVMRole\">" + el("RoleName", d.roleName) + "<OsVersion/>" +
        el("RoleType", QStringLiteral("PersistentVMRole")) +
        el("ConfigurationSets",
           "<ConfigurationSet i:type=\"NetworkConfigurationSet\">" +
               el("ConfigurationSetType", QStringLiteral("NetworkConfiguration")) +
               el("InputEndpoints", inputEndpoints) + "<SubnetNames/></ConfigurationSet>") +
        refs + "<DataVirtualHardDisks/>" +
        el("OSVirtualHardDisk",
           el("HostCaching", QStringLiteral("ReadWrite")) +
               el("DiskName", QStringLiteral("%1-%2-0-%3")
                                  .arg(svc.name, d.roleName,
                                       QDateTime::fromString(d.createdUtc, Qt::ISODate)
                                           .toString(QStringLiteral("yyyyMMddhhmmsszzz")))) +
               el("MediaLink", d.mediaLink) + el("SourceImageName", d.imageName) +
               el("OS", QStringLiteral("Linux"))) +
        el("RoleSize", d.roleSize) + el("ProvisionGuestAgent", QStringLiteral("true")) + "</Role>";

    const QByteArray configuration =
        QByteArray(
            "<ServiceConfiguration xmlns=\"http://schemas.microsoft.com/ServiceHosting/2008/10/"
            "ServiceConfiguration\">\r\n  <Role name=\"" +
            AzureSimulator::xmlEscape(d.roleName) +
            "\">\r\n    <Instances count=\"1\" />\r\n  </Role>\r\n</ServiceConfiguration>")
            .toBase64();

    QByteArray out = openTag("Deployment", root);
    out += el("Name", d.name) + el("DeploymentSlot", QStringLiteral("Production")) +
           el("PrivateID", d.privateId) + el("Status", status) + el("Label", base64(d.label)) +
           el("Url", QStringLiteral("http://%1.cloudapp.net/").arg(svc.name.toLower())) +
           el("Configuration", QString::fromLatin1(configuration)) +
           el("RoleInstanceList", el("RoleInstance", instance)) +
           el("UpgradeDomainCount", QStringLiteral("1")) + el("RoleList", roleXml) +
           "<SdkVersion/>" + el("Locked", QStringLiteral("false")) +
           el("RollbackAllowed", QStringLiteral("false")) + el("CreatedTime", d.createdUtc) +
           el("LastModifiedTime", d.createdUtc) + "<ExtendedProperties/>" +
           el("VirtualIPs",
              el("VirtualIP", el("Address", d.vip.toString()) +
                                  el("IsDnsProgrammed", QStringLiteral("true")) +
                                  el("Name", svc.name + QStringLiteral("ContractContract")))) +
           el("InternalDnsSuffix", QStringLiteral("%1.d1.internal.cloudapp.net").arg(svc.name)) +
           "<LoadBalancers/></Deployment>";
    return out;
}

HttpResponse ProvisioningSimulator::getDeploymentBySlot(AzureCall &call)
{
    const HostedService *svc = service(call.match.captured(1));
    if (!svc)
        return notFound(kServiceUnknown);
    if (call.match.captured(2).compare(QLatin1String("Production"), Qt::CaseInsensitive) != 0 ||
        !svc->deployment)
        return notFound(kNoDeployments);
    return AzureSimulator::xmlResponse(200, deploymentXml(*svc, *svc->deployment, true));
}

HttpResponse ProvisioningSimulator::getDeploymentByName(AzureCall &call)
{
    const HostedService *svc = service(call.match.captured(1));
    if (!svc)
        return notFound(kServiceUnknown);
    if (!svc->deployment ||
        svc->deployment->name.compare(call.match.captured(2), Qt::CaseInsensitive) != 0)
        return notFound(kNoDeployments);
    return AzureSimulator::xmlResponse(200, deploymentXml(*svc, *svc->deployment, true));
}

HttpResponse ProvisioningSimulator::deleteDeployment(AzureCall &call)
{
    HostedService *svc = service(call.match.captured(1));
    if (!svc)
        return notFound(kServiceUnknown);
    if (!svc->deployment ||
        svc->deployment->name.compare(call.match.captured(2), Qt::CaseInsensitive) != 0)
        return notFound(kNoDeployments);
    if (operationPending(svc->pendingOperation))
        return busy(svc->pendingOperation);
    if (operationPending(svc->deployment->pendingOperation))
        return busy(svc->deployment->pendingOperation);
    svc->deployment->deleting = true;
    const QString serviceName = svc->name;
    QPointer<ProvisioningSimulator> self(this);
    svc->deployment->pendingOperation =
        startOperation(m_options.operationDelayMs, [self, serviceName] {
            if (!self)
                return;
            if (HostedService *s = self->service(serviceName))
                self->removeDeployment(*s);
        });
    qCInfo(lcSim).noquote() << "deployment" << svc->deployment->name << "of" << serviceName
                            << "deleting";
    return accepted(svc->deployment->pendingOperation);
}

// ------------------------------------------------------------------------------------------
// Operations

HttpResponse ProvisioningSimulator::getOperation(AzureCall &call)
{
    const QString id = normalizeId(call.match.captured(1));
    const auto it = m_operations.find(id);
    if (it == m_operations.end())
        return notFound(QStringLiteral("The operation request ID %1 was not found.")
                            .arg(call.match.captured(1)));
    const Operation &op = it->second;
    QByteArray body = openTag("Operation", true);
    body += el("ID", dashedId(op.id));
    if (!op.finished) {
        body += el("Status", QStringLiteral("InProgress"));
    } else if (!op.fails) {
        body += el("Status", QStringLiteral("Succeeded")) +
                el("HttpStatusCode", QString::number(op.httpStatus));
    } else {
        body += el("Status", QStringLiteral("Failed")) +
                el("HttpStatusCode", QString::number(op.httpStatus)) +
                el("Error", el("Code", op.errorCode) + el("Message", op.errorMessage));
    }
    body += "</Operation>";
    return AzureSimulator::xmlResponse(200, body);
}

} // namespace dockervm::sim
