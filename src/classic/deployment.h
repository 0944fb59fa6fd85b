#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dockervm::classic {

// What Get Deployment says about the Docker extension on one role instance.
struct ExtensionStatus
{
    QString handlerName; // MSOpenTech.Extensions.DockerExtension |
                         // Microsoft.Azure.Extensions.DockerExtension
    QString version;
    QString handlerStatus;  // Installing | Ready | NotReady | Unresponsive
    QString handlerMessage; // FormattedMessage/Message of the handler
    QString settingOperation;
    QString settingStatus;  // Transitioning | Success | Error | Warning (any case)
    QString settingMessage; // ExtensionSettingStatus/FormattedMessage/Message
    QString settingCode;

    bool isDocker() const { return handlerName.endsWith(QLatin1String("DockerExtension")); }
    bool succeeded() const;
    bool failed() const;
    // The message to show the user for a failure: the setting's, else the handler's.
    QString failureMessage() const;
};

struct InstanceEndpoint
{
    QString name;
    QString vip;
    int publicPort = 0;
    int localPort = 0;
};

struct RoleInstance
{
    QString roleName;
    QString instanceStatus; // RoleStateUnknown, ProvisioningFailed, ReadyRole, ...
    QString instanceStateDetails;
    QString powerState;
    QString ipAddress; // the private address inside the cloud service ("10.0.0.4")
    QString guestAgentStatus;
    QString guestAgentMessage;
    QList<InstanceEndpoint> endpoints;
    QList<ExtensionStatus> extensions;

    bool isReady() const { return instanceStatus == QLatin1String("ReadyRole"); }
    // A terminal failure of the VM itself (not of the extension).
    bool hasFailed() const;
    std::optional<ExtensionStatus> dockerExtension() const;
};

// A role as Get Deployment's RoleList describes it (what `swarm add` copies for new nodes).
// Azure does not return a Linux role's provisioning set (user name, password): only the network
// configuration (the recordings show just that).
struct RoleDescription
{
    struct Endpoint
    {
        QString name;
        int port = 0; // public
        int localPort = 0;
        QString protocol;
    };
    QString roleName;
    QString roleSize;        // "Small"
    QString sourceImageName; // OSVirtualHardDisk/SourceImageName
    QString mediaLink;       // OSVirtualHardDisk/MediaLink
    QString os;              // "Linux"
    QList<Endpoint> endpoints;
    // ResourceExtensionReferences: publisher and name of each, e.g.
    // ("MSOpenTech.Extensions", "DockerExtension", "0.3").
    struct ExtensionReference
    {
        QString publisher;
        QString name;
        QString version;
    };
    QList<ExtensionReference> extensions;
    const Endpoint *endpoint(const QString &name) const; // case-insensitive
};

struct Deployment
{
    QString name;
    QString slot;
    QString status; // Running, Deploying, ...
    QString url;
    QList<RoleInstance> instances;
    QList<RoleDescription> roles; // RoleList
    QStringList virtualIps;

    const RoleInstance *instance(const QString &roleName) const;
};

struct StorageService
{
    QString name;
    QString location;
    QString status; // Creating, Created, ...
    QString accountType;
    QString blobEndpoint;
};

// nullopt with *error on malformed XML or a wrong root element.
std::optional<Deployment> parseDeployment(const QByteArray &xml, QString *error);
std::optional<QList<StorageService>> parseStorageServices(const QByteArray &xml, QString *error);
std::optional<StorageService> parseStorageService(const QByteArray &xml, QString *error);

// The first storage account in the location whose name starts with "portalvhds" and that is
// usable (Created), as the 2014 tool chose.
std::optional<StorageService> pickVhdStorage(const QList<StorageService> &accounts,
                                             const QString &location);

} // namespace dockervm::classic
