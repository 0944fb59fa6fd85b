#include "classic/requests.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>
#include <QXmlStreamWriter>

namespace dockervm::classic {
namespace {

const QString kNs = QStringLiteral("http://schemas.microsoft.com/windowsazure");
const QString kXsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

QString base64(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toBase64());
}

void element(QXmlStreamWriter &w, const char *name, const QString &value)
{
    w.writeTextElement(QString::fromLatin1(name), value);
}

void endpoint(QXmlStreamWriter &w, int localPort, const QString &name, int port)
{
    w.writeStartElement(QStringLiteral("InputEndpoint"));
    element(w, "LocalPort", QString::number(localPort));
    element(w, "Name", name);
    element(w, "Port", QString::number(port));
    element(w, "Protocol", QStringLiteral("tcp"));
    w.writeEndElement();
}

void parameterValue(QXmlStreamWriter &w, const QByteArray &json, const char *type)
{
    w.writeStartElement(QStringLiteral("ResourceExtensionParameterValue"));
    element(w, "Key", QStringLiteral("ignored"));
    element(w, "Value", QString::fromLatin1(json.toBase64()));
    element(w, "Type", QString::fromLatin1(type));
    w.writeEndElement();
}

QString randomLowerAlnum(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString s;
    for (int i = 0; i < length; ++i)
        s += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(36)]);
    return s;
}

} // namespace

QByteArray createHostedServiceXml(const QString &serviceName, const QString &location,
                                  const QString &description)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeDefaultNamespace(kNs);
    w.writeStartElement(QStringLiteral("CreateHostedService"));
    element(w, "ServiceName", serviceName);
    element(w, "Label", base64(serviceName));
    element(w, "Description", description);
    element(w, "Location", location);
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QByteArray createStorageServiceXml(const QString &accountName, const QString &location)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeDefaultNamespace(kNs);
    w.writeStartElement(QStringLiteral("CreateStorageServiceInput"));
    element(w, "ServiceName", accountName);
    element(w, "Description", QStringLiteral("VHDs of Docker VM Wizard"));
    element(w, "Label", base64(accountName));
    element(w, "Location", location);
    element(w, "AccountType", QStringLiteral("Standard_LRS"));
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

ExtensionConfig extensionConfig(ExtensionSchema schema, int dockerPort,
                                const QByteArray &privateJson)
{
    const QByteArray port = QByteArray::number(dockerPort);
    if (schema == ExtensionSchema::V1) {
        return {QStringLiteral("Microsoft.Azure.Extensions"), QStringLiteral("1.*"),
                "{\"docker\":{\"port\":\"" + port + "\"}}", privateJson};
    }
    return {QStringLiteral("MSOpenTech.Extensions"), QStringLiteral("0.3"),
            "{\"dockerport\":\"" + port + "\"}", privateJson};
}

namespace {

// The elements of one role, in the order of <Role> and <PersistentVMRole> (protocol notes §2.3).
void writeRoleElements(QXmlStreamWriter &w, const VmSpec &spec, const RoleConfig &role,
                       const ExtensionConfig &extension)
{
    element(w, "RoleName", role.roleName);
    element(w, "RoleType", QStringLiteral("PersistentVMRole"));
    w.writeStartElement(QStringLiteral("ConfigurationSets"));

    w.writeStartElement(QStringLiteral("ConfigurationSet"));
    w.writeAttribute(kXsi, QStringLiteral("type"),
                     QStringLiteral("LinuxProvisioningConfigurationSet"));
    element(w, "ConfigurationSetType", QStringLiteral("LinuxProvisioningConfiguration"));
    element(w, "HostName", role.roleName);
    element(w, "UserName", spec.userName);
    element(w, "UserPassword", spec.password);
    element(w, "DisableSshPasswordAuthentication", QStringLiteral("false"));
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("ConfigurationSet"));
    w.writeAttribute(kXsi, QStringLiteral("type"), QStringLiteral("NetworkConfigurationSet"));
    element(w, "ConfigurationSetType", QStringLiteral("NetworkConfiguration"));
    w.writeStartElement(QStringLiteral("InputEndpoints"));
    if (role.sshPort != 0)
        endpoint(w, 22, QStringLiteral("ssh"), role.sshPort);
    endpoint(w, role.dockerPort, QStringLiteral("docker"), role.dockerPort);
    w.writeEndElement(); // InputEndpoints
    w.writeEmptyElement(QStringLiteral("SubnetNames"));
    w.writeEndElement(); // ConfigurationSet

    w.writeEndElement(); // ConfigurationSets

    w.writeStartElement(QStringLiteral("ResourceExtensionReferences"));
    w.writeStartElement(QStringLiteral("ResourceExtensionReference"));
    element(w, "ReferenceName", QStringLiteral("DockerExtension"));
    element(w, "Publisher", extension.publisher);
    element(w, "Name", QStringLiteral("DockerExtension"));
    element(w, "Version", extension.version);
    w.writeStartElement(QStringLiteral("ResourceExtensionParameterValues"));
    parameterValue(w, extension.privateJson, "Private");
    parameterValue(w, extension.publicJson, "Public");
    w.writeEndElement();
    element(w, "State", QStringLiteral("enable"));
    w.writeEndElement();
    w.writeEndElement(); // ResourceExtensionReferences

    w.writeStartElement(QStringLiteral("OSVirtualHardDisk"));
    element(w, "MediaLink", role.mediaLink);
    element(w, "SourceImageName", spec.imageName);
    w.writeEndElement();
    element(w, "RoleSize", spec.size);
    element(w, "ProvisionGuestAgent", QStringLiteral("true"));
}

} // namespace

RoleConfig roleConfigFor(const VmSpec &spec, int node, const QString &mediaLink)
{
    RoleConfig r;
    r.roleName = spec.nodes > 1 ? nodeRoleName(spec, node) : spec.effectiveVmName();
    r.sshPort = nodeSshPort(spec, node);
    r.dockerPort = nodeDockerPort(spec, node);
    r.mediaLink = mediaLink;
    return r;
}

QString nodeRoleName(const VmSpec &spec, int node)
{
    return spec.effectiveVmName() + QLatin1Char('-') + QString::number(node);
}

int nodeDockerPort(const VmSpec &spec, int node)
{
    return spec.dockerPort + (node - 1);
}

int nodeSshPort(const VmSpec &spec, int node)
{
    if (spec.sshPort == 0)
        return 0;
    if (node == 1)
        return spec.sshPort;
    return kFirstExtraSshPort + node;
}

QString nodePortsProblem(const VmSpec &spec)
{
    if (spec.nodes <= 1)
        return {};
    QSet<int> used;
    for (int i = 1; i <= spec.nodes; ++i) {
        const int docker = nodeDockerPort(spec, i);
        const int ssh = nodeSshPort(spec, i);
        if (docker > 65535)
            return QCoreApplication::translate(
                       "dockervm::classic::Requests",
                       "%1 nodes need the public Docker ports %2 to %3 on the cloud service, "
                       "but ports end at 65535. Choose a lower Docker port.")
                .arg(spec.nodes)
                .arg(spec.dockerPort)
                .arg(nodeDockerPort(spec, spec.nodes));
        for (int p : {docker, ssh}) {
            if (p == 0)
                continue;
            if (used.contains(p))
                return QCoreApplication::translate(
                           "dockervm::classic::Requests",
                           "The public port %1 would be used twice on the cloud service: node %2 "
                           "needs Docker on %3 and SSH on %4 (Docker ports count up from the "
                           "Docker port, SSH ports of nodes 2 and up are 2200 + node). Choose "
                           "another Docker or SSH port.")
                    .arg(p)
                    .arg(i)
                    .arg(docker)
                    .arg(ssh);
            used.insert(p);
        }
    }
    return {};
}

QByteArray createDeploymentXml(const VmSpec &spec, const QString &mediaLink,
                               const ExtensionConfig &extension)
{
    return createDeploymentXml(spec, roleConfigFor(spec, 1, mediaLink), extension);
}

QByteArray createDeploymentXml(const VmSpec &spec, const RoleConfig &role,
                               const ExtensionConfig &extension)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(kXsi, QStringLiteral("i"));
    w.writeDefaultNamespace(kNs);
    w.writeStartElement(kNs, QStringLiteral("Deployment"));
    element(w, "Name", spec.dnsName);
    element(w, "DeploymentSlot", QStringLiteral("Production"));
    element(w, "Label", spec.dnsName);
    w.writeStartElement(QStringLiteral("RoleList"));
    w.writeStartElement(QStringLiteral("Role"));
    writeRoleElements(w, spec, role, extension);
    w.writeEndElement(); // Role
    w.writeEndElement(); // RoleList
    w.writeEndElement(); // Deployment
    w.writeEndDocument();
    return out;
}

QByteArray addRoleXml(const VmSpec &spec, const RoleConfig &role, const ExtensionConfig &extension)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(kXsi, QStringLiteral("i"));
    w.writeDefaultNamespace(kNs);
    w.writeStartElement(kNs, QStringLiteral("PersistentVMRole"));
    writeRoleElements(w, spec, role, extension);
    w.writeEndElement(); // PersistentVMRole
    w.writeEndDocument();
    return out;
}

QString addRolePath(const VmSpec &spec)
{
    return QStringLiteral("services/hostedservices/%1/deployments/%1/roles").arg(spec.dnsName);
}

QString deleteRolePath(const QString &serviceName, const QString &roleName)
{
    return QStringLiteral("services/hostedservices/%1/deployments/%1/roles/%2?comp=media")
        .arg(serviceName, roleName);
}

QString mediaLinkFor(const QString &blobEndpoint, const QString &vmName)
{
    QString base = blobEndpoint;
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    const quint64 random = QRandomGenerator::system()->generate64();
    return base + QStringLiteral("vhd-store/") + vmName + QLatin1Char('-') +
           QStringLiteral("%1").arg(random, 16, 16, QLatin1Char('0')) + QStringLiteral(".vhd");
}

QString blobEndpointFor(const QString &account, const QString &storageSuffix)
{
    return QStringLiteral("https://%1.blob.%2/").arg(account.toLower(), storageSuffix);
}

QString storageSuffixOf(const QString &blobEndpoint)
{
    const QUrl url(blobEndpoint);
    const QString host = url.host().toLower();
    const int blob = host.indexOf(QLatin1String(".blob."));
    if (url.scheme() != QLatin1String("https") || blob <= 0)
        return {};
    return host.mid(blob + 6);
}

QString newStorageAccountName()
{
    return QStringLiteral("portalvhds") + randomLowerAlnum(14);
}

} // namespace dockervm::classic
