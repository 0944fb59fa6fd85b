#include "sim/deploymentsim.h"

#include "certs/x509.h"
#include "common/logging.h"
#include "sim/asmxmlwriter.h"
#include "sim/createrequest.h"
#include "sim/dockerboot.h"
#include "sim/provisioningcore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QUuid>

namespace dockervm::sim::prov::deploymentsim {
namespace {

using classic::XmlElement;

const QString kNoDeployments = QStringLiteral("No deployments were found.");
const QString kServiceUnknown = QStringLiteral("The service name is unknown.");
const QString kClassicPublisher = QStringLiteral("MSOpenTech.Extensions");
const QString kV1Publisher = QStringLiteral("Microsoft.Azure.Extensions");
const QString kCreateDeployment = QStringLiteral("Create Virtual Machine Deployment");

// ------------------------------------------------------------------------------------------
// The Docker extension's settings

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

// Reads the DockerExtension's public and protected settings into `d` (the port it configures,
// the TLS material, or why the handler would fail). Returns the docker port the handler
// configures.
int readDockerSettings(Deployment &d, const QByteArray &publicValue, const QByteArray &privateValue)
{
    const bool v1 = d.extPublisher == kV1Publisher;
    int port = v1 ? 2376 : 4243;
    if (!publicValue.isEmpty()) {
        const auto pub = jsonObject(publicValue);
        if (!pub) {
            d.configError = QStringLiteral("the public settings are not base64 of a JSON object");
        } else if (v1) {
            if (const int p = jsonPort(
                    pub->value(QStringLiteral("docker")).toObject().value(QStringLiteral("port"))))
                port = p;
        } else if (const int p = jsonPort(pub->value(QStringLiteral("dockerport")))) {
            port = p;
        }
    }
    if (!d.configError.isEmpty())
        return port;
    const auto priv = jsonObject(privateValue);
    if (!priv) {
        d.configError = privateValue.isEmpty()
                            ? QStringLiteral("the protected settings are missing")
                            : QStringLiteral("the protected settings are not base64 of a JSON "
                                             "object");
    } else if (v1) {
        const QJsonObject certsObj = priv->value(QStringLiteral("certs")).toObject();
        d.caPem = pemValue(certsObj.value(QStringLiteral("ca")));
        d.serverCertPem = pemValue(certsObj.value(QStringLiteral("cert")));
        d.serverKeyPem = pemValue(certsObj.value(QStringLiteral("key")));
        d.configError =
            checkTlsMaterial(d.caPem, d.serverCertPem, d.serverKeyPem, QStringLiteral("certs.ca"),
                             QStringLiteral("certs.cert"), QStringLiteral("certs.key"));
    } else {
        d.caPem = pemValue(priv->value(QStringLiteral("ca")));
        d.serverCertPem = pemValue(priv->value(QStringLiteral("server-cert")));
        d.serverKeyPem = pemValue(priv->value(QStringLiteral("server-key")));
        d.configError =
            checkTlsMaterial(d.caPem, d.serverCertPem, d.serverKeyPem, QStringLiteral("ca"),
                             QStringLiteral("server-cert"), QStringLiteral("server-key"));
    }
    return port;
}

// ------------------------------------------------------------------------------------------
// Create Virtual Machine Deployment

// Collects the names of missing required elements.
class Required
{
public:
    QString operator()(const XmlElement &node, const QString &path)
    {
        const QString v = node.textAt(path);
        if (v.isEmpty())
            missing << path;
        return v;
    }
    QStringList missing;
};

// The message of a create operation that fails because two endpoints share a public port: the
// API accepts the request and fails the operation (operation-status-failed-port-in-use-2016-04).
QString portInUseMessage(int port)
{
    return QStringLiteral("Port %1 is already in use by one of the endpoints in this deployment. "
                          "Ensure that the port numbers are unique across endpoints within a "
                          "deployment.")
        .arg(port);
}

// The endpoints of the network configuration set; nullopt with *failure on a bad one. A public
// port used twice is not refused here: *clashingPort names it (0: none) for the operation.
std::optional<QList<Endpoint>> readEndpoints(const XmlElement *network, int *clashingPort,
                                             HttpResponse *failure)
{
    QList<Endpoint> endpoints;
    if (!network)
        return endpoints;
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
        if (e.name.isEmpty()) {
            *failure = missingElements({QStringLiteral("InputEndpoint/Name")}, kCreateDeployment);
            return std::nullopt;
        }
        if (!portOk || !localOk || e.port < 1 || e.port > 65535 || e.localPort < 1 ||
            e.localPort > 65535) {
            // As terse as the recorded reply (error-400-badrequest-create-deployment-invalid-port).
            *failure = badRequest(QStringLiteral("A parameter was incorrect"));
            return std::nullopt;
        }
        if (e.protocol != QLatin1String("tcp") && e.protocol != QLatin1String("udp")) {
            *failure = badRequest(
                QStringLiteral("The protocol of endpoint '%1' must be tcp or udp.").arg(e.name));
            return std::nullopt;
        }
        if (names.contains(e.name.toLower())) {
            *failure = badRequest(QStringLiteral("The endpoint name '%1' is used more than once in "
                                                 "this deployment.")
                                      .arg(e.name));
            return std::nullopt;
        }
        if (ports.contains(e.port) && *clashingPort == 0)
            *clashingPort = e.port;
        names.insert(e.name.toLower());
        ports.insert(e.port);
        endpoints.append(e);
    }
    return endpoints;
}

// The role's resource extension (the DockerExtension when there are several); returns the docker
// port it configures (0 without the DockerExtension), or nullopt with *failure.
std::optional<int> readExtension(const XmlElement &role, Deployment &d, HttpResponse *failure)
{
    const auto refs = role.findAll(u"ResourceExtensionReferences/ResourceExtensionReference");
    if (refs.isEmpty())
        return 0;
    if (role.textAt(u"ProvisionGuestAgent") != QLatin1String("true")) {
        *failure = badRequest(QStringLiteral("Resource extensions need the VM agent: set "
                                             "ProvisionGuestAgent to true."));
        return std::nullopt;
    }
    const XmlElement *ref = refs.first();
    for (const XmlElement *r : refs) {
        if (r->textAt(u"Name") == QLatin1String("DockerExtension")) {
            ref = r;
            break;
        }
    }
    Required required;
    d.extPublisher = required(*ref, QStringLiteral("Publisher"));
    d.extName = required(*ref, QStringLiteral("Name"));
    d.extVersion = required(*ref, QStringLiteral("Version"));
    if (!required.missing.isEmpty()) {
        *failure = missingElements(required.missing, QStringLiteral("ResourceExtensionReference"));
        return std::nullopt;
    }
    d.isDocker = d.extName == QLatin1String("DockerExtension");
    if (d.isDocker && d.extPublisher != kClassicPublisher && d.extPublisher != kV1Publisher) {
        *failure = badRequest(
            QStringLiteral("The extension DockerExtension of publisher '%1' version '%2' was not "
                           "found. Publishers: %3, %4.")
                .arg(d.extPublisher, d.extVersion, kClassicPublisher, kV1Publisher));
        return std::nullopt;
    }
    QByteArray publicValue;
    QByteArray privateValue;
    for (const XmlElement *pv :
         ref->findAll(u"ResourceExtensionParameterValues/ResourceExtensionParameterValue")) {
        const QString type = pv->textAt(u"Type");
        if (type.compare(QLatin1String("Public"), Qt::CaseInsensitive) == 0) {
            publicValue = pv->textAt(u"Value").toLatin1();
        } else if (type.compare(QLatin1String("Private"), Qt::CaseInsensitive) == 0) {
            privateValue = pv->textAt(u"Value").toLatin1();
        } else {
            *failure = badRequest(QStringLiteral("A ResourceExtensionParameterValue has type "
                                                 "'%1'; use Public or Private.")
                                      .arg(type));
            return std::nullopt;
        }
    }
    d.extPublicValue = publicValue;
    if (!d.isDocker)
        return 0;
    return readDockerSettings(d, publicValue, privateValue);
}

bool readRole(const Core &core, const XmlElement &role, Deployment *d, Required &required,
              const QString &slot, const QString &operation, int *extensionPort, int *clashingPort,
              HttpResponse *failure);

// Parses and checks the body in the order the API reports problems: the document, the required
// elements (all named at once), their values, the disk, the endpoints, the extension.
std::unique_ptr<Deployment> readDeployment(const Core &core, const HttpRequest &request,
                                           int *extensionPort, int *clashingPort,
                                           HttpResponse *failure)
{
    const auto root = parseBody(request, QStringLiteral("Deployment"), failure);
    if (!root)
        return nullptr;

    auto d = std::make_unique<Deployment>();
    Required required;
    d->name = required(*root, QStringLiteral("Name"));
    d->label = required(*root, QStringLiteral("Label"));
    const QString slot = root->textAt(u"DeploymentSlot");
    const auto roles = root->findAll(u"RoleList/Role");
    if (roles.isEmpty()) {
        required.missing << QStringLiteral("RoleList/Role");
        *failure = missingElements(required.missing, kCreateDeployment);
        return nullptr;
    }
    if (roles.size() > 1) {
        *failure = badRequest(QStringLiteral("A virtual machine deployment is created with exactly "
                                             "one role; add further roles with Add Role."));
        return nullptr;
    }
    if (!readRole(core, *roles.first(), d.get(), required, slot, kCreateDeployment, extensionPort,
                  clashingPort, failure))
        return nullptr;
    return d;
}

// The role of Create Deployment (<Role>) and of Add Role (<PersistentVMRole>), checked in the
// order the API reports problems.
bool readRole(const Core &core, const XmlElement &role, Deployment *d, Required &required,
              const QString &slot, const QString &operation, int *extensionPort, int *clashingPort,
              HttpResponse *failure)
{
    d->roleName = required(role, QStringLiteral("RoleName"));
    const QString roleType = required(role, QStringLiteral("RoleType"));

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
    int passwordLength = 0;
    if (!linuxSet) {
        required.missing << QStringLiteral("ConfigurationSet (LinuxProvisioningConfiguration)");
    } else {
        d->hostName = required(*linuxSet, QStringLiteral("HostName"));
        d->userName = required(*linuxSet, QStringLiteral("UserName"));
        // Checked, never stored or logged.
        passwordLength = int(required(*linuxSet, QStringLiteral("UserPassword")).size());
        disableSshPassword = linuxSet->textAt(u"DisableSshPasswordAuthentication");
    }
    d->mediaLink = required(role, QStringLiteral("OSVirtualHardDisk/MediaLink"));
    d->imageName = required(role, QStringLiteral("OSVirtualHardDisk/SourceImageName"));
    d->roleSize = required(role, QStringLiteral("RoleSize"));
    if (!required.missing.isEmpty()) {
        *failure = missingElements(required.missing, operation);
        return false;
    }

    // Values.
    QString invalid;
    if (!slot.isEmpty() && slot.compare(QLatin1String("Production"), Qt::CaseInsensitive) != 0)
        invalid = QStringLiteral("Virtual machines can only be deployed to the Production slot, "
                                 "not '%1'.")
                      .arg(slot);
    else if (roleType != QLatin1String("PersistentVMRole"))
        invalid = QStringLiteral("The role type '%1' is not valid; virtual machines use "
                                 "PersistentVMRole.")
                      .arg(roleType);
    else if (!disableSshPassword.isEmpty() && disableSshPassword != QLatin1String("true") &&
             disableSshPassword != QLatin1String("false"))
        invalid = QStringLiteral("DisableSshPasswordAuthentication must be true or false, not "
                                 "'%1'.")
                      .arg(disableSshPassword);
    else if (d->hostName.size() > 64)
        invalid = QStringLiteral("The host name must be 1 to 64 characters long.");
    else if (d->userName.size() > 32)
        invalid = QStringLiteral("The user name must be 1 to 32 characters long.");
    else if (passwordLength < 6 || passwordLength > 72)
        invalid = QStringLiteral("The password (UserPassword) must be 6 to 72 characters long.");
    else if (d->label.size() > 100)
        invalid = QStringLiteral("The deployment label must be at most 100 characters.");
    if (!invalid.isEmpty()) {
        *failure = badRequest(invalid);
        return false;
    }

    // The OS disk must go to a storage account of this subscription.
    static const QRegularExpression blob(
        QStringLiteral("^https?://([a-z0-9]+)\\.blob\\.core\\.windows\\.net/[^/]+/.+\\.vhd$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = blob.match(d->mediaLink);
    if (!m.hasMatch()) {
        *failure = badRequest(QStringLiteral("The MediaLink '%1' is not a blob URL of the form "
                                             "https://<account>.blob.core.windows.net/<container>/"
                                             "<name>.vhd.")
                                  .arg(d->mediaLink));
        return false;
    }
    if (!core.storage(m.captured(1))) {
        *failure = badRequest(QStringLiteral("The storage account '%1' named in MediaLink was not "
                                             "found in this subscription.")
                                  .arg(m.captured(1)));
        return false;
    }
    for (const auto &[key, other] : core.services()) {
        if (!other.deployment)
            continue;
        bool inUse = false;
        forEachRole(*other.deployment, [&](const Deployment &r) {
            inUse = inUse || r.mediaLink.compare(d->mediaLink, Qt::CaseInsensitive) == 0;
        });
        if (inUse) {
            *failure = conflict(QStringLiteral("The blob %1 is already in use as the disk of "
                                               "another virtual machine.")
                                    .arg(d->mediaLink));
            return false;
        }
    }

    auto endpoints = readEndpoints(network, clashingPort, failure);
    if (!endpoints)
        return false;
    d->endpoints = *endpoints;

    const auto port = readExtension(role, *d, failure);
    if (!port)
        return false;
    *extensionPort = *port;
    return true;
}

HttpResponse createDeployment(Core &core, AzureCall &call)
{
    HostedService *svc = core.service(call.match.captured(1));
    if (!svc)
        return notFound(kServiceUnknown);
    if (core.operationPending(svc->pendingOperation))
        return busy(svc->pendingOperation);
    core.lastDeploymentXml = call.request.body;

    HttpResponse failure;
    int extensionPort = 0;
    int clashingPort = 0;
    std::unique_ptr<Deployment> d =
        readDeployment(core, call.request, &extensionPort, &clashingPort, &failure);
    if (!d)
        return failure;
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
    dockerboot::planDockerAddress(core, *d);

    // The timeline and the faults this deployment lives with.
    const ProvisioningOptions &o = core.options();
    d->createdUtc = utcNow();
    d->privateId = QString::fromLatin1(QUuid::createUuid().toByteArray(QUuid::Id128));
    d->createdAt = core.now();
    d->operationDoneAt = d->createdAt + std::max(0, o.operationDelayMs);
    d->bootDelayMs = std::max(0, o.bootDelayMs);
    d->extensionDelayMs = std::max(0, o.extensionDelayMs);
    d->dockerDelayMs = std::max(0, o.dockerDelayMs);
    d->roleFails = o.roleFails || o.failRoles.contains(d->roleName);
    d->extensionError = o.extensionError;
    d->extensionErrorMessage = o.extensionErrorMessage;
    d->dockerMode = o.dockerMode;

    const QString deploymentName = d->name;
    const QString serviceName = svc->name;
    QPointer<Core> self(&core);
    std::optional<OperationFailure> failureOutcome;
    if (clashingPort != 0)
        failureOutcome =
            OperationFailure{400, QStringLiteral("BadRequest"), portInUseMessage(clashingPort)};
    else if (o.failOperation)
        failureOutcome = OperationFailure{o.failOperationHttpStatus, o.failOperationCode,
                                          o.failOperationMessage};
    const bool fails = failureOutcome.has_value();
    d->pendingOperation = core.startOperation(
        o.operationDelayMs,
        [self, serviceName, fails] {
            if (!self || !fails)
                return;
            // A failed create leaves no deployment behind.
            if (HostedService *s = self->service(serviceName))
                self->removeDeployment(*s);
        },
        failureOutcome);
    const QString op = d->pendingOperation;
    qCInfo(lcSim).noquote() << "deployment" << deploymentName << "of" << serviceName
                            << "creating: role" << d->roleName << "size" << d->roleSize
                            << "extension"
                            << (d->extPublisher.isEmpty() ? QStringLiteral("none")
                                                          : d->extPublisher)
                            << "docker at" << d->dockerAddress.toString() << d->dockerPort;
    svc->deployment = std::move(d);
    emit core.resourcesChanged();
    return accepted(op);
}

// ------------------------------------------------------------------------------------------
// Add Role / Delete Role (the further role instances of a multi-host cloud service)

const QString kAddRole = QStringLiteral("Add Role");

// 409 while any operation holds the deployment (one role operation at a time, as Azure).
std::optional<HttpResponse> deploymentBusy(const Core &core, const HostedService &svc)
{
    if (core.operationPending(svc.pendingOperation))
        return busy(svc.pendingOperation);
    std::optional<HttpResponse> answer;
    forEachRole(*svc.deployment, [&](const Deployment &r) {
        if (!answer && core.operationPending(r.pendingOperation))
            answer = busy(r.pendingOperation);
    });
    return answer;
}

HttpResponse addRole(Core &core, AzureCall &call)
{
    HostedService *svc = core.service(call.match.captured(1));
    if (!svc)
        return notFound(kServiceUnknown);
    Deployment *deployment = svc->deployment.get();
    if (!deployment || deployment->name.compare(call.match.captured(2), Qt::CaseInsensitive) != 0)
        return notFound(kNoDeployments);
    if (deployment->deleting)
        return busy(deployment->pendingOperation);
    if (auto b = deploymentBusy(core, *svc))
        return *b;
    HttpResponse failure;
    const auto root = parseBody(call.request, QStringLiteral("PersistentVMRole"), &failure);
    if (!root)
        return failure;
    auto role = std::make_unique<Deployment>();
    Required required;
    int extensionPort = 0;
    int clashingPort = 0;
    if (!readRole(core, *root, role.get(), required, QString(), kAddRole, &extensionPort,
                  &clashingPort, &failure))
        return failure;
    bool nameTaken = false;
    QSet<int> usedPorts;
    forEachRole(*deployment, [&](const Deployment &r) {
        nameTaken = nameTaken || r.roleName.compare(role->roleName, Qt::CaseInsensitive) == 0;
        for (const Endpoint &e : r.endpoints)
            usedPorts.insert(e.port);
    });
    if (nameTaken)
        return conflict(QStringLiteral("A role named %1 already exists in deployment %2.")
                            .arg(role->roleName, deployment->name));
    // A public port another role uses: accepted, then the operation fails (as in a deployment).
    for (const Endpoint &e : std::as_const(role->endpoints))
        if (clashingPort == 0 && usedPorts.contains(e.port))
            clashingPort = e.port;
    if (role->isDocker) {
        for (int i = 0; i < role->endpoints.size(); ++i)
            if (role->endpoints.at(i).localPort == extensionPort) {
                role->dockerEndpointIndex = i;
                break;
            }
    }
    dockerboot::planRoleDockerAddress(*deployment, *role);
    const ProvisioningOptions &o = core.options();
    role->name = deployment->name;
    role->createdUtc = utcNow();
    role->privateId = deployment->privateId;
    // The lowest free private address from 10.0.0.4 (Azure hands out the first free one): after
    // `swarm remove` took a role out of the middle, "4 + the number of roles" is another role's.
    QSet<QString> usedAddresses;
    forEachRole(*deployment, [&](const Deployment &r) { usedAddresses.insert(r.ipAddress); });
    int host = 4;
    while (usedAddresses.contains(QStringLiteral("10.0.0.%1").arg(host)))
        ++host;
    role->ipAddress = QStringLiteral("10.0.0.%1").arg(host);
    role->createdAt = core.now();
    role->operationDoneAt = role->createdAt + std::max(0, o.operationDelayMs);
    role->bootDelayMs = std::max(0, o.bootDelayMs);
    role->extensionDelayMs = std::max(0, o.extensionDelayMs);
    role->dockerDelayMs = std::max(0, o.dockerDelayMs);
    role->roleFails = o.roleFails || o.failRoles.contains(role->roleName);
    role->extensionError = o.extensionError;
    role->extensionErrorMessage = o.extensionErrorMessage;
    role->dockerMode = o.dockerMode;
    std::optional<OperationFailure> failureOutcome;
    if (clashingPort != 0)
        failureOutcome =
            OperationFailure{400, QStringLiteral("BadRequest"), portInUseMessage(clashingPort)};
    const QString serviceName = svc->name;
    const QString roleName = role->roleName;
    QPointer<Core> self(&core);
    const bool fails = failureOutcome.has_value();
    role->pendingOperation = core.startOperation(
        o.operationDelayMs,
        [self, serviceName, roleName, fails] {
            if (!self || !fails)
                return;
            // A failed Add Role leaves no role behind.
            if (HostedService *s = self->service(serviceName); s && s->deployment) {
                auto &extra = s->deployment->extraRoles;
                extra.erase(std::remove_if(extra.begin(), extra.end(),
                                           [&](const std::unique_ptr<Deployment> &r) {
                                               return r->roleName == roleName;
                                           }),
                            extra.end());
            }
        },
        failureOutcome);
    const QString op = role->pendingOperation;
    qCInfo(lcSim).noquote() << "role" << roleName << "added to" << serviceName << "at"
                            << role->ipAddress << "docker at" << role->dockerAddress.toString()
                            << role->dockerPort;
    deployment->extraRoles.push_back(std::move(role));
    emit core.resourcesChanged();
    return accepted(op);
}

HttpResponse deleteRole(Core &core, AzureCall &call)
{
    HostedService *svc = core.service(call.match.captured(1));
    if (!svc)
        return notFound(kServiceUnknown);
    Deployment *deployment = svc->deployment.get();
    if (!deployment || deployment->name.compare(call.match.captured(2), Qt::CaseInsensitive) != 0)
        return notFound(kNoDeployments);
    const QString roleName = call.match.captured(3);
    Deployment *role = nullptr;
    int live = 0;
    forEachRole(*deployment, [&](Deployment &r) {
        if (!r.deleting)
            ++live;
        if (r.roleName.compare(roleName, Qt::CaseInsensitive) == 0)
            role = &r;
    });
    if (!role)
        return notFound(QStringLiteral("The role %1 was not found in deployment %2.")
                            .arg(roleName, deployment->name));
    if (auto b = deploymentBusy(core, *svc))
        return *b;
    if (live <= 1)
        return badRequest(QStringLiteral("The role %1 is the only role of deployment %2; delete "
                                         "the deployment instead.")
                              .arg(roleName, deployment->name));
    role->deleting = true;
    const QString serviceName = svc->name;
    const QString name = role->roleName;
    QPointer<Core> self(&core);
    const QString op =
        core.startOperation(core.options().operationDelayMs, [self, serviceName, name] {
            if (!self)
                return;
            HostedService *s = self->service(serviceName);
            if (!s || !s->deployment)
                return;
            Deployment &dep = *s->deployment;
            auto stopDocker = [](Deployment &r) {
                if (r.docker) {
                    r.docker->close();
                    r.docker.release()->deleteLater();
                }
            };
            if (dep.roleName == name) {
                // The first role goes: the next one takes its place as the deployment's role.
                stopDocker(dep);
                std::unique_ptr<Deployment> next = std::move(dep.extraRoles.front());
                dep.extraRoles.erase(dep.extraRoles.begin());
                next->name = dep.name;
                next->label = dep.label;
                next->vip = dep.vip;
                next->extraRoles = std::move(dep.extraRoles);
                next->pendingOperation.clear();
                s->deployment = std::move(next);
            } else {
                auto &extra = dep.extraRoles;
                for (auto &r : extra)
                    if (r->roleName == name)
                        stopDocker(*r);
                extra.erase(std::remove_if(extra.begin(), extra.end(),
                                           [&](const std::unique_ptr<Deployment> &r) {
                                               return r->roleName == name;
                                           }),
                            extra.end());
            }
            emit self->resourcesChanged();
        });
    role->pendingOperation = op;
    qCInfo(lcSim).noquote() << "role" << name << "of" << serviceName << "deleting";
    return accepted(op);
}

// ------------------------------------------------------------------------------------------
// Get Deployment

void formattedMessage(AsmXmlWriter &w, const QString &language, const QString &message)
{
    w.start(QStringLiteral("FormattedMessage"));
    w.text(QStringLiteral("Language"), language);
    w.text(QStringLiteral("Message"), message);
    w.end();
}

// <RoleInstance> in the order of the recorded replies (get-deployment-dockerext-*).
void writeRoleInstance(AsmXmlWriter &w, const Deployment &d, qint64 t)
{
    const dockerboot::RoleState role = dockerboot::roleStateAt(d, t);
    w.start(QStringLiteral("RoleInstance"));
    w.text(QStringLiteral("RoleName"), d.roleName);
    w.text(QStringLiteral("InstanceName"), d.roleName);
    w.text(QStringLiteral("InstanceStatus"), role.instanceStatus);
    w.number(QStringLiteral("InstanceUpgradeDomain"), 0);
    w.number(QStringLiteral("InstanceFaultDomain"), 0);
    w.text(QStringLiteral("InstanceSize"), d.roleSize);
    w.text(QStringLiteral("InstanceStateDetails"), role.details);
    w.text(QStringLiteral("IpAddress"), d.ipAddress);
    w.start(QStringLiteral("InstanceEndpoints"));
    for (int i = 0; i < d.endpoints.size(); ++i) {
        const Endpoint &e = d.endpoints.at(i);
        const bool docker = i == d.dockerEndpointIndex;
        w.start(QStringLiteral("InstanceEndpoint"));
        w.text(QStringLiteral("Name"), e.name);
        w.text(QStringLiteral("Vip"), (docker ? d.dockerAddress : d.vip).toString());
        w.number(QStringLiteral("PublicPort"), docker ? d.dockerPort : e.port);
        w.number(QStringLiteral("LocalPort"), e.localPort);
        w.text(QStringLiteral("Protocol"), e.protocol);
        w.end();
    }
    w.end(); // InstanceEndpoints
    w.text(QStringLiteral("PowerState"), role.powerState);
    // A VM that has not been provisioned yet has no HostName (get-deployment-*-just-created).
    if (role.provisioned)
        w.text(QStringLiteral("HostName"), d.hostName);

    w.start(QStringLiteral("GuestAgentStatus"));
    w.text(QStringLiteral("ProtocolVersion"), QStringLiteral("1.0"));
    w.text(QStringLiteral("Timestamp"), utcNow());
    if (role.agentReady) {
        w.text(QStringLiteral("GuestAgentVersion"), QStringLiteral("WALinuxAgent-2.0.8"));
        w.text(QStringLiteral("Status"), QStringLiteral("Ready"));
        formattedMessage(w, QStringLiteral("en-US"),
                         QStringLiteral("GuestAgent is running and accepting new configurations."));
    } else {
        w.text(QStringLiteral("GuestAgentVersion"), QStringLiteral("Unknown"));
        w.text(QStringLiteral("Status"), QStringLiteral("NotReady"));
        formattedMessage(w, QStringLiteral("en-US"),
                         QStringLiteral("Status not available for role %1.").arg(d.roleName));
    }
    w.end(); // GuestAgentStatus

    if (const auto ext = dockerboot::extensionStateAt(d, t)) {
        w.start(QStringLiteral("ResourceExtensionStatusList"));
        w.start(QStringLiteral("ResourceExtensionStatus"));
        w.text(QStringLiteral("HandlerName"), ext->handlerName);
        w.text(QStringLiteral("Version"), ext->version);
        w.text(QStringLiteral("Status"), ext->handlerStatus);
        if (!ext->handlerMessage.isEmpty())
            formattedMessage(w, QStringLiteral("en-US"), ext->handlerMessage);
        if (!ext->settingStatus.isEmpty()) {
            w.start(QStringLiteral("ExtensionSettingStatus"));
            w.text(QStringLiteral("Timestamp"), utcNow());
            w.text(QStringLiteral("Name"), d.extName);
            w.text(QStringLiteral("Operation"), QStringLiteral("Enable Docker"));
            w.text(QStringLiteral("Status"), ext->settingStatus);
            formattedMessage(w, QStringLiteral("en"), ext->settingMessage);
            w.end();
        }
        w.end();
        w.end();
    }
    w.end(); // RoleInstance
}

// The role as configured, with only the public extension values (as Azure echoes it).
void writeRole(AsmXmlWriter &w, const HostedService &svc, const Deployment &d)
{
    w.startTyped(QStringLiteral("Role"), QStringLiteral("PersistentVMRole"));
    w.text(QStringLiteral("RoleName"), d.roleName);
    w.empty(QStringLiteral("OsVersion"));
    w.text(QStringLiteral("RoleType"), QStringLiteral("PersistentVMRole"));
    w.start(QStringLiteral("ConfigurationSets"));
    w.startTyped(QStringLiteral("ConfigurationSet"), QStringLiteral("NetworkConfigurationSet"));
    w.text(QStringLiteral("ConfigurationSetType"), QStringLiteral("NetworkConfiguration"));
    w.start(QStringLiteral("InputEndpoints"));
    for (int i = 0; i < d.endpoints.size(); ++i) {
        const Endpoint &e = d.endpoints.at(i);
        const bool docker = i == d.dockerEndpointIndex;
        w.start(QStringLiteral("InputEndpoint"));
        w.number(QStringLiteral("LocalPort"), e.localPort);
        w.text(QStringLiteral("Name"), e.name);
        w.number(QStringLiteral("Port"), e.port);
        w.text(QStringLiteral("Protocol"), e.protocol);
        w.text(QStringLiteral("Vip"), (docker ? d.dockerAddress : d.vip).toString());
        w.boolean(QStringLiteral("EnableDirectServerReturn"), false);
        w.end();
    }
    w.end(); // InputEndpoints
    w.empty(QStringLiteral("SubnetNames"));
    w.end(); // ConfigurationSet
    w.end(); // ConfigurationSets

    if (!d.extPublisher.isEmpty()) {
        w.start(QStringLiteral("ResourceExtensionReferences"));
        w.start(QStringLiteral("ResourceExtensionReference"));
        w.text(QStringLiteral("ReferenceName"), d.extName);
        w.text(QStringLiteral("Publisher"), d.extPublisher);
        w.text(QStringLiteral("Name"), d.extName);
        w.text(QStringLiteral("Version"), d.extVersion);
        w.start(QStringLiteral("ResourceExtensionParameterValues"));
        if (!d.extPublicValue.isEmpty()) {
            w.start(QStringLiteral("ResourceExtensionParameterValue"));
            w.text(QStringLiteral("Key"), QStringLiteral("ignored"));
            w.text(QStringLiteral("Value"), QString::fromLatin1(d.extPublicValue));
            w.text(QStringLiteral("Type"), QStringLiteral("Public"));
            w.end();
        }
        w.end();
        w.text(QStringLiteral("State"), QStringLiteral("Enable"));
        w.end();
        w.end();
    }
    w.empty(QStringLiteral("DataVirtualHardDisks"));

    // DiskName: <service>-<role>-0-<yyyyMMddHHmmss and 4 digits of the second> (18 digits, as
    // in the recordings).
    const QDateTime created = QDateTime::fromString(d.createdUtc, Qt::ISODate);
    w.start(QStringLiteral("OSVirtualHardDisk"));
    w.text(QStringLiteral("HostCaching"), QStringLiteral("ReadWrite"));
    w.text(QStringLiteral("DiskName"),
           QStringLiteral("%1-%2-0-%3%4")
               .arg(svc.name, d.roleName, created.toString(QStringLiteral("yyyyMMddHHmmss")))
               .arg(created.time().msec() * 10, 4, 10, QLatin1Char('0')));
    w.text(QStringLiteral("MediaLink"), d.mediaLink);
    w.text(QStringLiteral("SourceImageName"), d.imageName);
    w.text(QStringLiteral("OS"), QStringLiteral("Linux"));
    w.end();
    w.text(QStringLiteral("RoleSize"), d.roleSize);
    w.boolean(QStringLiteral("ProvisionGuestAgent"), true);
    w.end(); // Role
}

// The service configuration Get Deployment returns (base64), as the recordings have it.
QByteArray serviceConfiguration(const QString &roleName)
{
    QByteArray xml;
    QXmlStreamWriter c(&xml);
    c.writeStartElement(QStringLiteral("ServiceConfiguration"));
    c.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema"), QStringLiteral("xsd"));
    c.writeNamespace(AsmXmlWriter::kXsiNamespace, QStringLiteral("xsi"));
    c.writeDefaultNamespace(
        QStringLiteral("http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration"));
    c.writeCharacters(QStringLiteral("\r\n  "));
    c.writeStartElement(QStringLiteral("Role"));
    c.writeAttribute(QStringLiteral("name"), roleName);
    c.writeCharacters(QStringLiteral("\r\n    "));
    c.writeEmptyElement(QStringLiteral("Instances"));
    c.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
    c.writeCharacters(QStringLiteral("\r\n  "));
    c.writeEndElement();
    c.writeCharacters(QStringLiteral("\r\n"));
    c.writeEndElement();
    return xml.toBase64();
}

HttpResponse getDeploymentBySlot(Core &core, AzureCall &call)
{
    const HostedService *svc = core.service(call.match.captured(1));
    if (!svc)
        return notFound(kServiceUnknown);
    if (call.match.captured(2).compare(QLatin1String("Production"), Qt::CaseInsensitive) != 0 ||
        !svc->deployment)
        return notFound(kNoDeployments);
    AsmXmlWriter w;
    writeDeployment(w, core, *svc, *svc->deployment);
    return xmlReply(w.finish());
}

HttpResponse getDeploymentByName(Core &core, AzureCall &call)
{
    const HostedService *svc = core.service(call.match.captured(1));
    if (!svc)
        return notFound(kServiceUnknown);
    if (!svc->deployment ||
        svc->deployment->name.compare(call.match.captured(2), Qt::CaseInsensitive) != 0)
        return notFound(kNoDeployments);
    AsmXmlWriter w;
    writeDeployment(w, core, *svc, *svc->deployment);
    return xmlReply(w.finish());
}

// ------------------------------------------------------------------------------------------
// Delete Deployment

HttpResponse deleteDeployment(Core &core, AzureCall &call)
{
    HostedService *svc = core.service(call.match.captured(1));
    if (!svc)
        return notFound(kServiceUnknown);
    if (!svc->deployment ||
        svc->deployment->name.compare(call.match.captured(2), Qt::CaseInsensitive) != 0)
        return notFound(kNoDeployments);
    if (core.operationPending(svc->pendingOperation))
        return busy(svc->pendingOperation);
    if (auto b = deploymentBusy(core, *svc))
        return *b;
    svc->deployment->deleting = true;
    const QString serviceName = svc->name;
    QPointer<Core> self(&core);
    svc->deployment->pendingOperation =
        core.startOperation(core.options().operationDelayMs, [self, serviceName] {
            if (!self)
                return;
            if (HostedService *s = self->service(serviceName))
                self->removeDeployment(*s);
        });
    qCInfo(lcSim).noquote() << "deployment" << svc->deployment->name << "of" << serviceName
                            << "deleting";
    return accepted(svc->deployment->pendingOperation);
}

} // namespace

void writeDeployment(AsmXmlWriter &w, const Core &core, const HostedService &svc,
                     const Deployment &d)
{
    const qint64 t = core.now();
    w.start(QStringLiteral("Deployment"));
    w.text(QStringLiteral("Name"), d.name);
    w.text(QStringLiteral("DeploymentSlot"), QStringLiteral("Production"));
    w.text(QStringLiteral("PrivateID"), d.privateId);
    w.text(QStringLiteral("Status"), dockerboot::deploymentStatusAt(d, t));
    w.text(QStringLiteral("Label"), base64(d.label));
    w.text(QStringLiteral("Url"),
           QStringLiteral("http://%1.cloudapp.net/").arg(svc.name.toLower()));
    w.text(QStringLiteral("Configuration"), QString::fromLatin1(serviceConfiguration(d.roleName)));
    w.start(QStringLiteral("RoleInstanceList"));
    forEachRole(d, [&](const Deployment &role) {
        if (t >= role.operationDoneAt || &role == &d) // an added role shows once Azure made it
            writeRoleInstance(w, role, t);
    });
    w.end();
    w.number(QStringLiteral("UpgradeDomainCount"), 1);
    w.start(QStringLiteral("RoleList"));
    forEachRole(d, [&](const Deployment &role) { writeRole(w, svc, role); });
    w.end();
    w.empty(QStringLiteral("SdkVersion"));
    w.boolean(QStringLiteral("Locked"), false);
    w.boolean(QStringLiteral("RollbackAllowed"), false);
    w.text(QStringLiteral("CreatedTime"), d.createdUtc);
    w.text(QStringLiteral("LastModifiedTime"), d.createdUtc);
    w.empty(QStringLiteral("ExtendedProperties"));
    w.start(QStringLiteral("VirtualIPs"));
    w.start(QStringLiteral("VirtualIP"));
    w.text(QStringLiteral("Address"), d.vip.toString());
    w.boolean(QStringLiteral("IsDnsProgrammed"), true);
    w.text(QStringLiteral("Name"), svc.name + QStringLiteral("ContractContract"));
    w.end();
    w.end();
    w.text(QStringLiteral("InternalDnsSuffix"),
           QStringLiteral("%1.d1.internal.cloudapp.net").arg(svc.name));
    w.empty(QStringLiteral("LoadBalancers"));
    w.end(); // Deployment
}

void install(Core &core)
{
    const QString hs = QStringLiteral("services/hostedservices");
    core.route("POST", hs + QStringLiteral("/([^/]+)/deployments"), &createDeployment);
    core.route("GET", hs + QStringLiteral("/([^/]+)/deploymentslots/([^/]+)"),
               &getDeploymentBySlot);
    core.route("GET", hs + QStringLiteral("/([^/]+)/deployments/([^/]+)"), &getDeploymentByName);
    core.route("DELETE", hs + QStringLiteral("/([^/]+)/deployments/([^/]+)"), &deleteDeployment);
    core.route("POST", hs + QStringLiteral("/([^/]+)/deployments/([^/]+)/roles"), &addRole);
    core.route("DELETE", hs + QStringLiteral("/([^/]+)/deployments/([^/]+)/roles/([^/]+)"),
               &deleteRole);
}

} // namespace dockervm::sim::prov::deploymentsim
