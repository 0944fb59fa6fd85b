#include "azure/deployment.h"

#include "azure/xmltree.h"

#include <QCoreApplication>

namespace dockervm::azure {
namespace {

std::optional<XmlNode> parseRoot(const QByteArray &xml, const QString &rootName, QString *error)
{
    auto root = XmlNode::parse(xml, error);
    if (!root)
        return std::nullopt;
    if (root->name != rootName) {
        if (error)
            *error = QCoreApplication::translate("azure", "Expected a <%1> reply but got <%2>.")
                         .arg(rootName, root->name);
        return std::nullopt;
    }
    return root;
}

StorageService storageFrom(const XmlNode &node)
{
    StorageService s;
    s.name = node.value(QStringLiteral("ServiceName"));
    const XmlNode &props = node.child(QStringLiteral("StorageServiceProperties"));
    s.location = props.value(QStringLiteral("Location"));
    s.status = props.value(QStringLiteral("Status"));
    s.accountType = props.value(QStringLiteral("AccountType"));
    for (const XmlNode *e :
         props.child(QStringLiteral("Endpoints")).all(QStringLiteral("Endpoint"))) {
        if (e->text.contains(QLatin1String(".blob."))) {
            s.blobEndpoint = e->text.trimmed();
            break;
        }
    }
    return s;
}

} // namespace

bool ExtensionStatus::succeeded() const
{
    return handlerStatus.compare(QLatin1String("Ready"), Qt::CaseInsensitive) == 0 &&
           settingStatus.compare(QLatin1String("Success"), Qt::CaseInsensitive) == 0;
}

bool ExtensionStatus::failed() const
{
    return settingStatus.compare(QLatin1String("Error"), Qt::CaseInsensitive) == 0 ||
           handlerStatus.compare(QLatin1String("Unresponsive"), Qt::CaseInsensitive) == 0;
}

QString ExtensionStatus::failureMessage() const
{
    if (!settingMessage.isEmpty())
        return settingMessage;
    if (!handlerMessage.isEmpty())
        return handlerMessage;
    return QCoreApplication::translate("azure",
                                       "The Docker extension reported %1 without a message.")
        .arg(settingStatus.isEmpty() ? handlerStatus : settingStatus);
}

bool RoleInstance::hasFailed() const
{
    return instanceStatus.startsWith(QLatin1String("Failed")) ||
           instanceStatus == QLatin1String("ProvisioningFailed") ||
           instanceStatus == QLatin1String("UnresponsiveRole");
}

std::optional<ExtensionStatus> RoleInstance::dockerExtension() const
{
    for (const ExtensionStatus &e : extensions) {
        if (e.isDocker())
            return e;
    }
    return std::nullopt;
}

const RoleInstance *Deployment::instance(const QString &roleName) const
{
    for (const RoleInstance &r : instances) {
        if (r.roleName.compare(roleName, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

std::optional<Deployment> parseDeployment(const QByteArray &xml, QString *error)
{
    const auto root = parseRoot(xml, QStringLiteral("Deployment"), error);
    if (!root)
        return std::nullopt;
    Deployment d;
    d.name = root->value(QStringLiteral("Name"));
    d.slot = root->value(QStringLiteral("DeploymentSlot"));
    d.status = root->value(QStringLiteral("Status"));
    d.url = root->value(QStringLiteral("Url"));
    for (const XmlNode *ri :
         root->child(QStringLiteral("RoleInstanceList")).all(QStringLiteral("RoleInstance"))) {
        RoleInstance r;
        r.roleName = ri->value(QStringLiteral("RoleName"));
        r.instanceStatus = ri->value(QStringLiteral("InstanceStatus"));
        r.instanceStateDetails = ri->value(QStringLiteral("InstanceStateDetails"));
        r.powerState = ri->value(QStringLiteral("PowerState"));
        r.guestAgentStatus = ri->value(QStringLiteral("GuestAgentStatus/Status"));
        r.guestAgentMessage =
            ri->value(QStringLiteral("GuestAgentStatus/FormattedMessage/Message"));
        for (const XmlNode *ep : ri->child(QStringLiteral("InstanceEndpoints"))
                                     .all(QStringLiteral("InstanceEndpoint"))) {
            r.endpoints.append({ep->value(QStringLiteral("Name")), ep->value(QStringLiteral("Vip")),
                                ep->value(QStringLiteral("PublicPort")).toInt(),
                                ep->value(QStringLiteral("LocalPort")).toInt()});
        }
        for (const XmlNode *es : ri->child(QStringLiteral("ResourceExtensionStatusList"))
                                     .all(QStringLiteral("ResourceExtensionStatus"))) {
            ExtensionStatus e;
            e.handlerName = es->value(QStringLiteral("HandlerName"));
            e.version = es->value(QStringLiteral("Version"));
            e.handlerStatus = es->value(QStringLiteral("Status"));
            e.handlerMessage = es->value(QStringLiteral("FormattedMessage/Message"));
            const XmlNode &setting = es->child(QStringLiteral("ExtensionSettingStatus"));
            e.settingOperation = setting.value(QStringLiteral("Operation"));
            e.settingStatus = setting.value(QStringLiteral("Status"));
            e.settingMessage = setting.value(QStringLiteral("FormattedMessage/Message"));
            e.settingCode = setting.value(QStringLiteral("Code"));
            r.extensions.append(e);
        }
        d.instances.append(r);
    }
    for (const XmlNode *vip :
         root->child(QStringLiteral("VirtualIPs")).all(QStringLiteral("VirtualIP")))
        d.virtualIps.append(vip->value(QStringLiteral("Address")));
    return d;
}

std::optional<QList<StorageService>> parseStorageServices(const QByteArray &xml, QString *error)
{
    const auto root = parseRoot(xml, QStringLiteral("StorageServices"), error);
    if (!root)
        return std::nullopt;
    QList<StorageService> out;
    for (const XmlNode *s : root->all(QStringLiteral("StorageService")))
        out.append(storageFrom(*s));
    return out;
}

std::optional<StorageService> parseStorageService(const QByteArray &xml, QString *error)
{
    const auto root = parseRoot(xml, QStringLiteral("StorageService"), error);
    if (!root)
        return std::nullopt;
    return storageFrom(*root);
}

std::optional<StorageService> pickVhdStorage(const QList<StorageService> &accounts,
                                             const QString &location)
{
    for (const StorageService &s : accounts) {
        if (s.name.startsWith(QLatin1String("portalvhds")) &&
            s.location.compare(location, Qt::CaseInsensitive) == 0 &&
            (s.status.isEmpty() || s.status == QLatin1String("Created")) &&
            !s.blobEndpoint.isEmpty())
            return s;
    }
    return std::nullopt;
}

} // namespace dockervm::azure
