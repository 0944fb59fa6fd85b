#pragma once

#include "cloud/vmspec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// The request bodies of the ARM create workflow (arm.md §3), one PUT per resource, built from
// data and compared element by element with the recorded requests in tests/unit/tst_armbodies.
// No network here.
namespace dockervm::arm::bodies {

// The names and full ids of everything one Docker host is made of. A new resource group is named
// after the VM; with VmSpec::resourceGroup the resources go into that (existing) group.
struct Names
{
    QString subscriptionId;
    QString group;
    QString vm;       // VM and computer name
    QString nsg;      // <vm>-nsg
    QString vnet;     // <vm>-vnet
    QString subnet;   // default
    QString publicIp; // <vm>-ip
    QString nic;      // <vm>-nic
    QString ipConfig; // ipconfig1
    QString osDisk;   // <vm>-osdisk (goes with the VM: deleteOption Delete)

    static Names forSpec(const cloud::VmSpec &spec, const QString &subscriptionId);

    // /subscriptions/<s>/resourceGroups/<group>
    QString groupId() const;
    // <groupId>/providers/<type>/<name>
    QString resourceId(const QString &type, const QString &name) const;
    QString nsgId() const;
    QString vnetId() const;
    QString subnetId() const;
    QString publicIpId() const;
    QString nicId() const;
    QString vmId() const;
};

// Types as in ids and journal entries.
inline constexpr const char *kNsgType = "Microsoft.Network/networkSecurityGroups";
inline constexpr const char *kVnetType = "Microsoft.Network/virtualNetworks";
inline constexpr const char *kPublicIpType = "Microsoft.Network/publicIPAddresses";
inline constexpr const char *kNicType = "Microsoft.Network/networkInterfaces";
inline constexpr const char *kVmType = "Microsoft.Compute/virtualMachines";

// The tag every resource of ours carries: createdBy=docker-vm (how `docker-vm delete` and
// cleanup recognise our groups and resources), docker-vm-run=<run id>, docker-vm-host=<vm>.
inline constexpr const char *kCreatedByTag = "createdBy";
inline constexpr const char *kCreatedByValue = "docker-vm";
inline constexpr const char *kRunTag = "docker-vm-run";
inline constexpr const char *kHostTag = "docker-vm-host";
QJsonObject tags(const QString &runId, const QString &vmName);
bool isOurs(const QJsonObject &resource); // tags.createdBy == docker-vm
// The id of the resource group of host `name` in a GET …/resourcegroups list: ours
// (createdBy=docker-vm) and tagged docker-vm-host=<name> or named <name>. Empty when none.
QString hostGroupId(const QJsonArray &groups, const QString &name);

// Managed OS disk type. StandardSSD_LRS, not the Standard_LRS (HDD) of the spec example: every
// size takes it (Premium_LRS needs an "s" size), cloud-init's apt install of Docker on first boot
// is markedly faster than on HDD, and a 30 GiB disk costs only a little more.
inline constexpr const char *kOsDiskType = "StandardSSD_LRS";
inline constexpr int kSshRulePriority = 1000;
inline constexpr int kDockerRulePriority = 1010;
inline constexpr const char *kSshRuleName = "AllowSshInbound";
inline constexpr const char *kDockerRuleName = "AllowDockerTlsInbound";
inline constexpr const char *kVnetPrefix = "10.0.0.0/16";
inline constexpr const char *kSubnetPrefix = "10.0.0.0/24";

// PUT /subscriptions/<s>/resourcegroups/<g>: {location, tags}.
QJsonObject resourceGroup(const QString &location, const QJsonObject &tags);
// Inbound Allow Tcp rules for the SSH port (none when 0) and the Docker port, only from
// allowFrom ("*" or a CIDR), priorities 1000 and 1010.
QJsonObject networkSecurityGroup(const QString &location, const QJsonObject &tags, int sshPort,
                                 int dockerPort, const QString &allowFrom);
// Multi-host runs (swarm): the NSG body above plus inbound Allow rules for Docker swarm mode's
// ports from the subnet to the subnet only — 2377/tcp (cluster management), 7946/tcp and
// 7946/udp (node gossip), 4789/udp (overlay network VXLAN) — priorities 1100…1130. The Internet
// never reaches them: nothing else allows them, and Azure's DenyAllInBound (65500) drops the rest.
// (Azure's default AllowVnetInBound would let them through inside the VNet anyway; the explicit
// rules pin the intent to the subnet and keep working if that default is overridden.)
inline constexpr int kSwarmRulePriority = 1100;
QJsonObject withSwarmRules(QJsonObject networkSecurityGroup);
// Per node of a multi-host run: NAME-i, NAME-i-ip, NAME-i-nic, NAME-i-osdisk in the shared
// group, NSG and VNet of `shared` (the names of NAME).
Names nodeNames(const Names &shared, const QString &nodeName);
// 10.0.0.0/16 with one subnet 10.0.0.0/24.
QJsonObject virtualNetwork(const QString &location, const QJsonObject &tags,
                           const QString &subnetName);
// Standard, Static, IPv4, dnsSettings.domainNameLabel.
QJsonObject publicIp(const QString &location, const QJsonObject &tags, const QString &dnsLabel);
// One dynamic IP configuration on the subnet with the public IP; the NSG on the NIC.
QJsonObject networkInterface(const QString &location, const QJsonObject &tags, const Names &names);
// The VM: size, image from the URN (version "latest" unless the URN names one), managed OS disk,
// osProfile with customData and either the SSH key (password sign-in off) or the password, the
// NIC as primary. Holds secrets (customData carries the server key; the password): never log it.
QJsonObject virtualMachine(const cloud::VmSpec &spec, const QJsonObject &tags, const Names &names,
                           const QByteArray &customDataBase64);

} // namespace dockervm::arm::bodies
