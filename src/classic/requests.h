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

// The Create Virtual Machine Deployment body. Holds the VM password and the extension's private
// configuration: it is sent over TLS and never logged.
QByteArray createDeploymentXml(const VmSpec &spec, const QString &mediaLink,
                               const ExtensionConfig &extension);

// A unique blob for the OS disk: https://<account>.blob.core.windows.net/vhd-store/<vm>-<16
// hex>.vhd
QString mediaLinkFor(const QString &blobEndpoint, const QString &vmName);

// A storage account name for this run: "portalvhds" + 14 random lower-case letters/digits.
QString newStorageAccountName();

} // namespace dockervm::classic
