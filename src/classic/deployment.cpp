#include "classic/deployment.h"

#include "classic/xmltree.h"

#include <QCoreApplication>

namespace dockervm::classic {
namespace {

StorageService storageFrom(const XmlElement &node)
{
    StorageService s;
    s.name = node.textAt(u"ServiceName");
    s.location = node.textAt(u"StorageServiceProperties/Location");
    s.status = node.textAt(u"StorageServiceProperties/Status");
    s.accountType = node.textAt(u"StorageServiceProperties/AccountType");
    for (const XmlElement *e : node.findAll(u"StorageServiceProperties/Endpoints/Endpoint")) {
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

const RoleDescription::Endpoint *RoleDescription::endpoint(const QString &endpointName) const
{
    for (const Endpoint &e : endpoints)
        if (e.name.compare(endpointName, Qt::CaseInsensitive) == 0)
            return &e;
    return nullptr;
}

std::optional<Deployment> parseDeployment(const QByteArray &xml, QString *error)
{
    const auto root = parseXmlDocument(xml, u"Deployment", error);
    if (!root)
        return std::nullopt;
    Deployment d;
    d.name = root->textAt(u"Name");
    d.slot = root->textAt(u"DeploymentSlot");
    d.status = root->textAt(u"Status");
    d.url = root->textAt(u"Url");
    for (const XmlElement *ri : root->findAll(u"RoleInstanceList/RoleInstance")) {
        RoleInstance r;
        r.roleName = ri->textAt(u"RoleName");
        r.instanceStatus = ri->textAt(u"InstanceStatus");
        r.instanceStateDetails = ri->textAt(u"InstanceStateDetails");
        r.powerState = ri->textAt(u"PowerState");
        r.ipAddress = ri->textAt(u"IpAddress");
        r.guestAgentStatus = ri->textAt(u"GuestAgentStatus/Status");
        r.guestAgentMessage = ri->textAt(u"GuestAgentStatus/FormattedMessage/Message");
        for (const XmlElement *ep : ri->findAll(u"InstanceEndpoints/InstanceEndpoint")) {
            r.endpoints.append({ep->textAt(u"Name"), ep->textAt(u"Vip"),
                                ep->textAt(u"PublicPort").toInt(),
                                ep->textAt(u"LocalPort").toInt()});
        }
        for (const XmlElement *es :
             ri->findAll(u"ResourceExtensionStatusList/ResourceExtensionStatus")) {
            ExtensionStatus e;
            e.handlerName = es->textAt(u"HandlerName");
            e.version = es->textAt(u"Version");
            e.handlerStatus = es->textAt(u"Status");
            e.handlerMessage = es->textAt(u"FormattedMessage/Message");
            e.settingOperation = es->textAt(u"ExtensionSettingStatus/Operation");
            e.settingStatus = es->textAt(u"ExtensionSettingStatus/Status");
            e.settingMessage = es->textAt(u"ExtensionSettingStatus/FormattedMessage/Message");
            e.settingCode = es->textAt(u"ExtensionSettingStatus/Code");
            r.extensions.append(e);
        }
        d.instances.append(r);
    }
    for (const XmlElement *role : root->findAll(u"RoleList/Role")) {
        RoleDescription r;
        r.roleName = role->textAt(u"RoleName");
        r.roleSize = role->textAt(u"RoleSize");
        r.sourceImageName = role->textAt(u"OSVirtualHardDisk/SourceImageName");
        r.mediaLink = role->textAt(u"OSVirtualHardDisk/MediaLink");
        r.os = role->textAt(u"OSVirtualHardDisk/OS");
        for (const XmlElement *set : role->findAll(u"ConfigurationSets/ConfigurationSet"))
            for (const XmlElement *ep : set->findAll(u"InputEndpoints/InputEndpoint"))
                r.endpoints.append({ep->textAt(u"Name"), ep->textAt(u"Port").toInt(),
                                    ep->textAt(u"LocalPort").toInt(), ep->textAt(u"Protocol")});
        for (const XmlElement *ext :
             role->findAll(u"ResourceExtensionReferences/ResourceExtensionReference"))
            r.extensions.append(
                {ext->textAt(u"Publisher"), ext->textAt(u"Name"), ext->textAt(u"Version")});
        d.roles.append(r);
    }
    for (const XmlElement *vip : root->findAll(u"VirtualIPs/VirtualIP"))
        d.virtualIps.append(vip->textAt(u"Address"));
    return d;
}

std::optional<QList<StorageService>> parseStorageServices(const QByteArray &xml, QString *error)
{
    const auto root = parseXmlDocument(xml, u"StorageServices", error);
    if (!root)
        return std::nullopt;
    QList<StorageService> out;
    for (const XmlElement *s : root->childrenNamed(u"StorageService"))
        out.append(storageFrom(*s));
    return out;
}

std::optional<StorageService> parseStorageService(const QByteArray &xml, QString *error)
{
    const auto root = parseXmlDocument(xml, u"StorageService", error);
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

} // namespace dockervm::classic
