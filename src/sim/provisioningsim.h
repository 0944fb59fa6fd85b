#pragma once

#include "sim/azuresimulator.h"
#include "sim/dockerhost.h"
#include "sim/provisioningcore.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

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
//
// This class is the front: the work is split by resource kind over a shared core (all in
// namespace prov): provisioningcore (routes, state, operations, delays and faults),
// createrequest (the checks shared by the create requests), storagesim, cloudservicesim,
// deploymentsim (with the Docker extension), operationsim, and dockerboot (the simulated VM's
// boot and its Docker host). Replies are written with AsmXmlWriter (QXmlStreamWriter).
class ProvisioningSimulator : public QObject
{
    Q_OBJECT
public:
    using Options = ProvisioningOptions;

    // What the simulator holds: tests prove with it that a rollback left nothing behind.
    struct Inventory
    {
        QStringList storageAccounts; // names, sorted
        QStringList hostedServices;  // names as created, sorted
        QStringList deployments;     // "<service>/<deployment>", sorted
        QStringList roles;           // "<service>/<role>" of every role instance, sorted
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

    Options options() const;
    // Takes effect for requests received from now on; resources already created keep the delays
    // and faults they started with.
    void setOptions(const Options &options);

    Inventory inventory() const;
    bool isEmpty() const { return inventory().isEmpty(); }

    // The last Create Deployment body received, as sent (it holds the VM password and the
    // extension's private configuration: for tests only, never logged).
    QByteArray lastDeploymentXml() const;

    // "InProgress", "Succeeded", "Failed", or empty for an unknown id (with or without dashes).
    QString operationStatus(const QString &requestId);
    // The Docker endpoint of the service's deployment; nullopt without a deployment or without
    // the Docker extension.
    std::optional<DockerEndpoint> dockerEndpoint(const QString &serviceName);
    DockerHost *dockerHost(const QString &serviceName) const;
    // The Docker host of one role of the service's deployment (multi-host runs: "web-3").
    DockerHost *dockerHost(const QString &serviceName, const QString &roleName) const;

    // Drops every resource and operation and stops every Docker host (demo "reset").
    void clear();

signals:
    void resourcesChanged();
    void operationFinished(const QString &requestId, const QString &status);
    void dockerHostStarted(const QString &serviceName, const QHostAddress &address, quint16 port);

private:
    std::unique_ptr<prov::Core> m_core;
};

} // namespace dockervm::sim
