#pragma once

#include "sim/azuresimulator.h"
#include "sim/dockerhost.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace dockervm::sim {

// The create workflow's side of the Azure simulator: storage accounts, cloud services, VM
// deployments and asynchronous operations, installed as routes on an AzureSimulator. Requests are
// parsed and validated the way the Service Management API does (409 ConflictError, 400 BadRequest
// naming what is wrong, 404 ResourceNotFound) and answered in the shapes of the recorded replies
// (tests/data/asm). Operations and the role / extension status progress with the configured delays;
// the state is computed from the elapsed time when asked, and one QTimer moves it on at the next
// deadline so the simulated VM "boots" even when nobody polls.
//
// When a deployment carries the DockerExtension, the VM boots: once the extension reports success
// (and dockerDelayMs later) a sim::DockerHost starts with the CA, server certificate and key from
// the extension's private configuration, on a loopback address of its own at the deployment's
// docker port (127.0.0.x:<port>), or on 127.0.0.1 with any free port when that address cannot be
// bound. Get Deployment reports that address as the docker endpoint's Vip and the port as its
// PublicPort.
class ProvisioningSimulator : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        // Delays (ms). Demo defaults; tests set them near zero.
        int operationDelayMs = 1500; // an asynchronous operation stays InProgress this long
        int bootDelayMs = 2500;      // after the create operation: RoleStateUnknown -> ReadyRole
        int extensionDelayMs = 2500; // after ReadyRole: Installing -> Transitioning -> Success
        int dockerDelayMs = 0;       // after the extension's success, before Docker listens

        // Faults.
        bool failOperation = false; // the create-deployment operation ends Failed
        QString failOperationCode = QStringLiteral("BadRequest");
        QString failOperationMessage = QStringLiteral(
            "Port 22 is already in use by one of the endpoints in this deployment. Ensure that the "
            "port numbers are unique across endpoints within a deployment.");
        int failOperationHttpStatus = 400;
        bool extensionError = false; // the Docker extension ends with setting status Error
        QString extensionErrorMessage = QStringLiteral(
            "Enable Docker failed: ERROR: failed to update dockeropts: error updating DOCKER_OPTS: "
            "error reading /etc/default/docker: open /etc/default/docker: no such file or "
            "directory");
        bool roleFails = false; // the role instance ends FailedStartingVM
        DockerHost::Mode dockerMode = DockerHost::Mode::Modern;

        // Seeding: when portalVhdsLocation is set, a storage account portalVhdsName exists there
        // (Created) from the start, as a subscription that already ran the 2014 tool would have.
        QString portalVhdsLocation;
        QString portalVhdsName = QStringLiteral("portalvhdssimulator0001");

        // false: every simulated Docker host listens on 127.0.0.1 with any free port.
        bool uniqueLoopbackAddresses = true;
    };

    // What the simulator holds: tests prove with it that a rollback left nothing behind.
    struct Inventory
    {
        QStringList storageAccounts; // names, sorted
        QStringList hostedServices;  // names as created, sorted
        QStringList deployments;     // "<service>/<deployment>", sorted
        QList<quint16> dockerPorts;  // ports of the Docker hosts that listen, sorted

        bool isEmpty() const
        {
            return storageAccounts.isEmpty() && hostedServices.isEmpty() && deployments.isEmpty() &&
                   dockerPorts.isEmpty();
        }
        bool operator==(const Inventory &other) const = default;
    };

    // Where the simulated Docker host of a deployment listens (or will listen).
    struct DockerEndpoint
    {
        QHostAddress address;
        quint16 port = 0;
        bool listening = false;
    };

    // Installs the routes on `azure` (which must outlive the routes' use: after this object is
    // gone its routes answer 500 InternalError).
    ProvisioningSimulator(AzureSimulator *azure, Options options, QObject *parent = nullptr);
    explicit ProvisioningSimulator(AzureSimulator *azure, QObject *parent = nullptr);
    ~ProvisioningSimulator() override;

    Options options() const { return m_options; }
    // Takes effect for requests received from now on; resources already created keep the delays
    // and faults they started with.
    void setOptions(const Options &options);

    Inventory inventory() const;
    bool isEmpty() const { return inventory().isEmpty(); }

    // The last Create Deployment body received, as sent (it holds the VM password and the
    // extension's private configuration: for tests only, never logged).
    QByteArray lastDeploymentXml() const { return m_lastDeploymentXml; }

    // "InProgress", "Succeeded", "Failed", or empty for an unknown id (with or without dashes).
    QString operationStatus(const QString &requestId);
    // The Docker endpoint of the service's deployment; nullopt without a deployment or without
    // the Docker extension.
    std::optional<DockerEndpoint> dockerEndpoint(const QString &serviceName);
    DockerHost *dockerHost(const QString &serviceName) const;

    // Drops every resource and operation and stops every Docker host (demo "reset").
    void clear();

signals:
    void resourcesChanged();
    void operationFinished(const QString &requestId, const QString &status);
    void dockerHostStarted(const QString &serviceName, const QHostAddress &address, quint16 port);

private:
    struct Operation
    {
        QString id; // 32 lower-case hex digits, as in x-ms-request-id
        qint64 doneAt = 0;
        bool finished = false;
        bool fails = false;
        int httpStatus = 200;
        QString errorCode;
        QString errorMessage;
        std::function<void()> onDone; // runs once when the operation finishes (success or failure)
    };
    struct StorageAccount
    {
        QString name;
        QString label;
        QString description;
        QString location;
        QString accountType;
        QString createdUtc;
        QString pendingOperation; // create in progress
    };
    struct Endpoint
    {
        QString name;
        int port = 0;
        int localPort = 0;
        QString protocol;
    };
    struct Deployment
    {
        QString name;
        QString label;
        QString roleName;
        QString hostName;
        QString userName;
        QString roleSize;
        QString mediaLink;
        QString imageName;
        QString createdUtc;
        QString privateId;
        QList<Endpoint> endpoints;
        // Extension (empty publisher: none).
        QString extPublisher;
        QString extName;
        QString extVersion;
        QByteArray extPublicValue; // base64 as sent; echoed by Get Deployment
        bool isDocker = false;
        QByteArray caPem, serverCertPem, serverKeyPem;
        QString configError; // unusable private/public configuration
        // Timeline (ms on m_clock) and the faults it was created with.
        qint64 createdAt = 0;
        qint64 operationDoneAt = 0;
        int bootDelayMs = 0;
        int extensionDelayMs = 0;
        int dockerDelayMs = 0;
        bool roleFails = false;
        bool extensionError = false;
        QString extensionErrorMessage;
        DockerHost::Mode dockerMode = DockerHost::Mode::Modern;
        QString pendingOperation; // create or delete in progress
        bool deleting = false;
        // Docker.
        int dockerEndpointIndex = -1; // into endpoints
        QHostAddress vip;
        QHostAddress dockerAddress;
        quint16 dockerPort = 0;
        std::unique_ptr<DockerHost> docker;
        bool dockerFailed = false;

        qint64 readyAt() const { return operationDoneAt + bootDelayMs; }
        qint64 extensionDoneAt() const { return readyAt() + extensionDelayMs; }
        bool extensionSucceeds() const
        {
            return isDocker && !extensionError && configError.isEmpty();
        }
        qint64 dockerAt() const { return extensionDoneAt() + dockerDelayMs; }
    };
    struct HostedService
    {
        QString name;
        QString label;
        QString description;
        QString location;
        QString createdUtc;
        QString pendingOperation; // delete with comp=media in progress
        std::unique_ptr<Deployment> deployment;
    };

    void installRoutes();
    void route(const QByteArray &method, const QString &pattern,
               HttpResponse (ProvisioningSimulator::*handler)(AzureCall &));

    // Route handlers.
    HttpResponse listStorage(AzureCall &call);
    HttpResponse getStorage(AzureCall &call);
    HttpResponse storageAvailability(AzureCall &call);
    HttpResponse createStorage(AzureCall &call);
    HttpResponse deleteStorage(AzureCall &call);
    HttpResponse listHostedServices(AzureCall &call);
    HttpResponse getHostedService(AzureCall &call);
    HttpResponse createHostedService(AzureCall &call);
    HttpResponse deleteHostedService(AzureCall &call);
    HttpResponse createDeployment(AzureCall &call);
    HttpResponse getDeploymentBySlot(AzureCall &call);
    HttpResponse getDeploymentByName(AzureCall &call);
    HttpResponse deleteDeployment(AzureCall &call);
    HttpResponse getOperation(AzureCall &call);

    // State.
    void advance();
    void scheduleNext();
    qint64 now() const { return m_clock.elapsed(); }
    QString startOperation(int delayMs, std::function<void()> onDone, bool fails = false,
                           int httpStatus = 200, const QString &code = QString(),
                           const QString &message = QString());
    HttpResponse accepted(const QString &operationId) const;
    HttpResponse busy(const QString &operationId) const;
    bool operationPending(const QString &id) const;
    HostedService *service(const QString &name);
    StorageAccount *storage(const QString &name);
    void removeDeployment(HostedService &svc);
    void removeService(const QString &name);
    void startDocker(const QString &serviceName, Deployment &d);
    bool isLocationKnown(const QString &location) const;
    void planDockerAddress(Deployment &d);

    // XML.
    QByteArray storageXml(const StorageAccount &s, bool root) const;
    QByteArray hostedServiceXml(const HostedService &s, bool root, bool embedDetail);
    QByteArray deploymentXml(const HostedService &svc, const Deployment &d, bool root);
    QString serviceUrl(const QString &relative) const;

    QPointer<AzureSimulator> m_azure;
    Options m_options;
    QElapsedTimer m_clock;
    QTimer m_timer;
    std::map<QString, StorageAccount> m_storage; // by lower-case name
    std::map<QString, HostedService> m_services; // by lower-case name
    std::map<QString, Operation> m_operations;   // by id
    QStringList m_ownedTakenNames;               // lower-case names we added to the taken set
    QByteArray m_lastDeploymentXml;
    bool m_advancing = false;
};

} // namespace dockervm::sim
