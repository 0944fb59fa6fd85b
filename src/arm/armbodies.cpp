#include "arm/armbodies.h"

#include <QJsonArray>

namespace dockervm::arm::bodies {
namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

QJsonObject inboundTcpRule(const QString &name, int priority, int port, const QString &from,
                           const QString &description)
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("description"), description},
                     {QStringLiteral("protocol"), QStringLiteral("Tcp")},
                     {QStringLiteral("sourceAddressPrefix"), from},
                     {QStringLiteral("sourcePortRange"), QStringLiteral("*")},
                     {QStringLiteral("destinationAddressPrefix"), QStringLiteral("*")},
                     {QStringLiteral("destinationPortRange"), QString::number(port)},
                     {QStringLiteral("access"), QStringLiteral("Allow")},
                     {QStringLiteral("priority"), priority},
                     {QStringLiteral("direction"), QStringLiteral("Inbound")}}}};
}

} // namespace

Names Names::forSpec(const cloud::VmSpec &spec, const QString &subscriptionId)
{
    Names n;
    n.subscriptionId = subscriptionId;
    n.vm = spec.effectiveVmName();
    n.group = spec.resourceGroup.isEmpty() ? n.vm : spec.resourceGroup;
    n.nsg = n.vm + QStringLiteral("-nsg");
    n.vnet = n.vm + QStringLiteral("-vnet");
    n.subnet = QStringLiteral("default");
    n.publicIp = n.vm + QStringLiteral("-ip");
    n.nic = n.vm + QStringLiteral("-nic");
    n.ipConfig = QStringLiteral("ipconfig1");
    n.osDisk = n.vm + QStringLiteral("-osdisk");
    return n;
}

QString Names::groupId() const
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2").arg(subscriptionId, group);
}

QString Names::resourceId(const QString &type, const QString &name) const
{
    return groupId() + QStringLiteral("/providers/") + type + QLatin1Char('/') + name;
}

QString Names::nsgId() const
{
    return resourceId(s(kNsgType), nsg);
}
QString Names::vnetId() const
{
    return resourceId(s(kVnetType), vnet);
}
QString Names::subnetId() const
{
    return vnetId() + QStringLiteral("/subnets/") + subnet;
}
QString Names::publicIpId() const
{
    return resourceId(s(kPublicIpType), publicIp);
}
QString Names::nicId() const
{
    return resourceId(s(kNicType), nic);
}
QString Names::vmId() const
{
    return resourceId(s(kVmType), vm);
}

QJsonObject tags(const QString &runId, const QString &vmName)
{
    return QJsonObject{
        {s(kCreatedByTag), s(kCreatedByValue)}, {s(kRunTag), runId}, {s(kHostTag), vmName}};
}

bool isOurs(const QJsonObject &resource)
{
    return resource.value(QStringLiteral("tags")).toObject().value(s(kCreatedByTag)).toString() ==
           s(kCreatedByValue);
}

QString hostGroupId(const QJsonArray &groups, const QString &name)
{
    for (const QJsonValue &v : groups) {
        const QJsonObject g = v.toObject();
        if (!isOurs(g))
            continue;
        const QJsonObject t = g.value(QStringLiteral("tags")).toObject();
        if (t.value(s(kHostTag)).toString() == name ||
            g.value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return g.value(QStringLiteral("id")).toString();
    }
    return {};
}

QJsonObject resourceGroup(const QString &location, const QJsonObject &tags)
{
    return QJsonObject{{QStringLiteral("location"), location}, {QStringLiteral("tags"), tags}};
}

QJsonObject networkSecurityGroup(const QString &location, const QJsonObject &tags, int sshPort,
                                 int dockerPort, const QString &allowFrom)
{
    QJsonArray rules;
    if (sshPort != 0)
        rules.append(inboundTcpRule(s(kSshRuleName), kSshRulePriority, sshPort, allowFrom,
                                    QStringLiteral("SSH to the Docker host (docker-vm)")));
    rules.append(inboundTcpRule(s(kDockerRuleName), kDockerRulePriority, dockerPort, allowFrom,
                                QStringLiteral("Docker Engine API over mutual TLS (docker-vm)")));
    return QJsonObject{
        {QStringLiteral("location"), location},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("securityRules"), rules}}}};
}

QJsonObject withSwarmRules(QJsonObject nsg)
{
    struct Port
    {
        const char *name;
        const char *protocol;
        int port;
        const char *description;
    };
    static const Port ports[] = {
        {"AllowSwarmManagementFromSubnet", "Tcp", 2377,
         "Docker swarm cluster management between the nodes (docker-vm)"},
        {"AllowSwarmGossipTcpFromSubnet", "Tcp", 7946,
         "Docker swarm node communication between the nodes (docker-vm)"},
        {"AllowSwarmGossipUdpFromSubnet", "Udp", 7946,
         "Docker swarm node communication between the nodes (docker-vm)"},
        {"AllowSwarmOverlayFromSubnet", "Udp", 4789,
         "Docker swarm overlay network traffic between the nodes (docker-vm)"},
    };
    QJsonObject properties = nsg.value(QStringLiteral("properties")).toObject();
    QJsonArray rules = properties.value(QStringLiteral("securityRules")).toArray();
    int priority = kSwarmRulePriority;
    for (const Port &p : ports) {
        rules.append(QJsonObject{
            {QStringLiteral("name"), s(p.name)},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("description"), s(p.description)},
                         {QStringLiteral("protocol"), s(p.protocol)},
                         {QStringLiteral("sourceAddressPrefix"), s(kSubnetPrefix)},
                         {QStringLiteral("sourcePortRange"), QStringLiteral("*")},
                         {QStringLiteral("destinationAddressPrefix"), s(kSubnetPrefix)},
                         {QStringLiteral("destinationPortRange"), QString::number(p.port)},
                         {QStringLiteral("access"), QStringLiteral("Allow")},
                         {QStringLiteral("priority"), priority},
                         {QStringLiteral("direction"), QStringLiteral("Inbound")}}}});
        priority += 10;
    }
    properties.insert(QStringLiteral("securityRules"), rules);
    nsg.insert(QStringLiteral("properties"), properties);
    return nsg;
}

Names nodeNames(const Names &shared, const QString &nodeName)
{
    Names n = shared;
    n.vm = nodeName;
    n.publicIp = nodeName + QStringLiteral("-ip");
    n.nic = nodeName + QStringLiteral("-nic");
    n.osDisk = nodeName + QStringLiteral("-osdisk");
    return n;
}

QJsonObject virtualNetwork(const QString &location, const QJsonObject &tags,
                           const QString &subnetName)
{
    return QJsonObject{
        {QStringLiteral("location"), location},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("addressSpace"),
                      QJsonObject{{QStringLiteral("addressPrefixes"), QJsonArray{s(kVnetPrefix)}}}},
                     {QStringLiteral("subnets"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("name"), subnetName},
                          {QStringLiteral("properties"),
                           QJsonObject{{QStringLiteral("addressPrefix"), s(kSubnetPrefix)}}}}}}}}};
}

QJsonObject publicIp(const QString &location, const QJsonObject &tags, const QString &dnsLabel)
{
    return QJsonObject{
        {QStringLiteral("location"), location},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("sku"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Standard")},
                                            {QStringLiteral("tier"), QStringLiteral("Regional")}}},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("publicIPAllocationMethod"), QStringLiteral("Static")},
                     {QStringLiteral("publicIPAddressVersion"), QStringLiteral("IPv4")},
                     {QStringLiteral("dnsSettings"),
                      QJsonObject{{QStringLiteral("domainNameLabel"), dnsLabel}}}}}};
}

QJsonObject networkInterface(const QString &location, const QJsonObject &tags, const Names &names)
{
    const QJsonObject ipConfig{
        {QStringLiteral("name"), names.ipConfig},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("privateIPAllocationMethod"), QStringLiteral("Dynamic")},
             {QStringLiteral("subnet"), QJsonObject{{QStringLiteral("id"), names.subnetId()}}},
             {QStringLiteral("publicIPAddress"),
              QJsonObject{{QStringLiteral("id"), names.publicIpId()}}}}}};
    return QJsonObject{{QStringLiteral("location"), location},
                       {QStringLiteral("tags"), tags},
                       {QStringLiteral("properties"),
                        QJsonObject{{QStringLiteral("networkSecurityGroup"),
                                     QJsonObject{{QStringLiteral("id"), names.nsgId()}}},
                                    {QStringLiteral("ipConfigurations"), QJsonArray{ipConfig}}}}};
}

QJsonObject virtualMachine(const cloud::VmSpec &spec, const QJsonObject &tags, const Names &names,
                           const QByteArray &customDataBase64)
{
    const QStringList urn = spec.imageName.split(QLatin1Char(':'));
    const QString version = urn.value(3).isEmpty() ? QStringLiteral("latest") : urn.value(3);
    QJsonObject osProfile{{QStringLiteral("computerName"), names.vm},
                          {QStringLiteral("adminUsername"), spec.userName}};
    if (!customDataBase64.isEmpty())
        osProfile.insert(QStringLiteral("customData"), QString::fromLatin1(customDataBase64));
    if (!spec.sshPublicKey.isEmpty()) {
        osProfile.insert(
            QStringLiteral("linuxConfiguration"),
            QJsonObject{
                {QStringLiteral("disablePasswordAuthentication"), true},
                {QStringLiteral("ssh"),
                 QJsonObject{
                     {QStringLiteral("publicKeys"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("path"),
                           QStringLiteral("/home/%1/.ssh/authorized_keys").arg(spec.userName)},
                          {QStringLiteral("keyData"), spec.sshPublicKey.trimmed()}}}}}}});
    } else {
        osProfile.insert(QStringLiteral("adminPassword"), spec.password);
        osProfile.insert(QStringLiteral("linuxConfiguration"),
                         QJsonObject{{QStringLiteral("disablePasswordAuthentication"), false}});
    }
    const QJsonObject storageProfile{
        {QStringLiteral("imageReference"), QJsonObject{{QStringLiteral("publisher"), urn.value(0)},
                                                       {QStringLiteral("offer"), urn.value(1)},
                                                       {QStringLiteral("sku"), urn.value(2)},
                                                       {QStringLiteral("version"), version}}},
        {QStringLiteral("osDisk"),
         QJsonObject{{QStringLiteral("name"), names.osDisk},
                     {QStringLiteral("createOption"), QStringLiteral("FromImage")},
                     {QStringLiteral("caching"), QStringLiteral("ReadWrite")},
                     {QStringLiteral("deleteOption"), QStringLiteral("Delete")},
                     {QStringLiteral("managedDisk"),
                      QJsonObject{{QStringLiteral("storageAccountType"), s(kOsDiskType)}}}}}};
    const QJsonObject nic{
        {QStringLiteral("id"), names.nicId()},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("primary"), true}}}};
    const QJsonObject properties{
        {QStringLiteral("hardwareProfile"), QJsonObject{{QStringLiteral("vmSize"), spec.size}}},
        {QStringLiteral("storageProfile"), storageProfile},
        {QStringLiteral("osProfile"), osProfile},
        {QStringLiteral("networkProfile"),
         QJsonObject{{QStringLiteral("networkInterfaces"), QJsonArray{nic}}}}};
    return QJsonObject{{QStringLiteral("location"), spec.location},
                       {QStringLiteral("tags"), tags},
                       {QStringLiteral("properties"), properties}};
}

} // namespace dockervm::arm::bodies
