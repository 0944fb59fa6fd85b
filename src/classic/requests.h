#pragma once

#include "cloud/vmspec.h"

#include <QByteArray>
#include <QString>

namespace dockervm::classic {

// The shared core's types (spec, journal, own files) are used unqualified here.
using namespace dockervm::cloud;

// Request bodies of the create workflow, in the element order the Service Management API's
// data-contract serializer expects (protocol notes §2.2, §2.3).

// <CreateHostedService>: label base64, location.
QByteArray createHostedServiceXml(const QString &serviceName, const QString &location,
                                  const QString &description);
// <CreateStorageServiceInput>: Standard_LRS in the location.
QByteArray createStorageServiceXml(const QString &accountName, const QString &location);

struct ExtensionConfig
{
    QString publisher; // MSOpenTech.Extensions | Microsoft.Azure.Extensions
    QString version;   // 0.3 | 1.*
    QByteArray publicJson;
    QByteArray privateJson; // secret: the CA, server certificate and server key
};

// The DockerExtension's public configuration for the schema; the private one comes from the TLS
// bundle (certs::DockerTlsBundle).
ExtensionConfig extensionConfig(ExtensionSchema schema, int dockerPort,
                                const QByteArray &privateJson);

// One role (VM) of the cloud service: its name, public ports and disk.
struct RoleConfig
{
    QString roleName;
    int sshPort = 22;      // public port to local 22; 0: no SSH endpoint
    int dockerPort = 4243; // public = local: the extension makes Docker listen there
    QString mediaLink;
};

// Several hosts (VmSpec::nodes > 1) are role instances NAME-1 … NAME-N of ONE cloud service: they
// share its virtual IP and DNS name <dnsName>.cloudapp.net, so each needs its own public ports.
//   Docker: dockerPort + (i - 1)          (4243, 4244, 4245, …), public = local
//   SSH:    node 1 sshPort, node i > 1 2200 + i   (22, 2202, 2203, …), to local 22
// The swarm ports (2377/tcp, 7946/tcp+udp, 4789/udp) are never endpoints: traffic between the
// role instances of one cloud service on their private addresses is open, and nothing else
// reaches them.
inline constexpr int kFirstExtraSshPort = 2200;
QString nodeRoleName(const VmSpec &spec, int node); // node from 1: "<vmName>-<node>"
int nodeDockerPort(const VmSpec &spec, int node);
int nodeSshPort(const VmSpec &spec, int node);
// The role of node `node` (one host: the spec's VM name and ports, as always).
RoleConfig roleConfigFor(const VmSpec &spec, int node, const QString &mediaLink);
// A translated message when the nodes' public ports do not fit (beyond 65535, or used twice);
// empty when fine or for one host.
QString nodePortsProblem(const VmSpec &spec);

// The Create Virtual Machine Deployment body. Holds the VM password and the extension's private
// configuration: it is sent over TLS and never logged.
QByteArray createDeploymentXml(const VmSpec &spec, const QString &mediaLink,
                               const ExtensionConfig &extension);
QByteArray createDeploymentXml(const VmSpec &spec, const RoleConfig &role,
                               const ExtensionConfig &extension);
// The Add Role body (<PersistentVMRole>, the elements of a deployment's <Role>), for
// POST services/hostedservices/<svc>/deployments/<deployment>/roles (202 + operation). Secret as
// the deployment body.
QByteArray addRoleXml(const VmSpec &spec, const RoleConfig &role, const ExtensionConfig &extension);
QString addRolePath(const VmSpec &spec); // the deployment is named after the cloud service
// DELETE of one role with its disk (202 + operation).
QString deleteRolePath(const QString &serviceName, const QString &roleName);

// A unique blob for the OS disk: https://<account>.blob.core.windows.net/vhd-store/<vm>-<16
// hex>.vhd
QString mediaLinkFor(const QString &blobEndpoint, const QString &vmName);

// The blob endpoint of a storage account, as Get Storage Account Properties reports it:
// "https://<account>.blob.<suffix>/" (suffix: storageDnsSuffix() of the cloud).
QString blobEndpointFor(const QString &account, const QString &storageSuffix);
// The storage suffix a blob endpoint shows ("https://x.blob.core.windows.net/" →
// "core.windows.net"); empty when it is not of that shape.
QString storageSuffixOf(const QString &blobEndpoint);

// A storage account name for this run: "portalvhds" + 14 random lower-case letters/digits.
QString newStorageAccountName();

} // namespace dockervm::classic
