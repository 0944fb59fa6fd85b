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
#include <vector>

namespace dockervm::sim {

// Delays and faults of the provisioning simulator (ProvisioningSimulator::Options).
struct ProvisioningOptions
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
    // Only these roles (by role name, e.g. "web-2") end FailedStartingVM.
    QStringList failRoles;
    DockerHost::Mode dockerMode = DockerHost::Mode::Modern;

    // Seeding: when portalVhdsLocation is set, a storage account portalVhdsName exists there
    // (Created) from the start, as a subscription that already ran the 2014 tool would have.
    QString portalVhdsLocation;
    QString portalVhdsName = QStringLiteral("portalvhdssimulator0001");

    // false: every simulated Docker host listens on 127.0.0.1 with any free port.
    bool uniqueLoopbackAddresses = true;
};

namespace prov {

// The resources the simulator holds. Each resource kind has its own file (storagesim,
// cloudservicesim, deploymentsim, operationsim) with its routes and replies; the simulated VM's
// boot and its Docker host are in dockerboot; all of them share the Core below.

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

// How an operation ends when it fails (the create-deployment fault).
struct OperationFailure
{
    int httpStatus = 400;
    QString code;
    QString message;
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
    QString ipAddress = QStringLiteral("10.0.0.4"); // the role instance's private address
    QList<Endpoint> endpoints;
    // Extension (empty publisher: none).
    QString extPublisher;
    QString extName;
    QString extVersion;
    QByteArray extPublicValue; // base64 as sent; echoed by Get Deployment
    bool isDocker = false;
    QByteArray caPem, serverCertPem, serverKeyPem;
    QString configError; // unusable private/public configuration
    // Timeline (ms on the core's clock) and the faults it was created with.
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
    // Add Role: the deployment's further roles. Each is a Deployment value of which only the role
    // fields (role name, host, endpoints, extension, timeline, Docker) are used; the first role is
    // this object itself.
    std::vector<std::unique_ptr<Deployment>> extraRoles;

    qint64 readyAt() const { return operationDoneAt + bootDelayMs; }
    qint64 extensionDoneAt() const { return readyAt() + extensionDelayMs; }
    bool extensionSucceeds() const { return isDocker && !extensionError && configError.isEmpty(); }
    qint64 dockerAt() const { return extensionDoneAt() + dockerDelayMs; }
};

// The deployment's roles, the first one (the deployment itself) first.
template <typename D, typename F> void forEachRole(D &deployment, F f)
{
    f(deployment);
    for (auto &r : deployment.extraRoles)
        f(*r);
}

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

// The shared core: route registration on the AzureSimulator, the resources, the clock and the
// asynchronous operations, and the options (delays and faults) new resources start with.
// Resource kinds and the VM boot add timed work (addTimeline); one QTimer runs it at the next
// deadline so things progress even when nobody polls, and every route first catches up with the
// clock.
class Core : public QObject
{
    Q_OBJECT
public:
    using Handler = HttpResponse (*)(Core &core, AzureCall &call);

    // Timed work: advance(now) does what is due (true when something changed); nextDue() is the
    // next deadline on the clock, -1 for none.
    struct Timeline
    {
        std::function<bool(qint64 now)> advance;
        std::function<qint64()> nextDue;
    };

    Core(AzureSimulator *azure, ProvisioningOptions options, QObject *parent = nullptr);
    ~Core() override;

    AzureSimulator *azure() const { return m_azure; }
    // The private network of the simulated VMs: their Docker hosts form swarms on it.
    const std::shared_ptr<SwarmNetwork> &swarmNetwork() const { return m_swarmNetwork; }
    const ProvisioningOptions &options() const { return m_options; }
    void setOptions(const ProvisioningOptions &options) { m_options = options; }

    // Routes (after this object is gone they answer 500 InternalError).
    void route(const QByteArray &method, const QString &pattern, Handler handler);

    // Clock and timed work.
    qint64 now() const { return m_clock.elapsed(); }
    void addTimeline(Timeline timeline);
    void advance();
    void scheduleNext();

    // Asynchronous operations.
    QString startOperation(int delayMs, std::function<void()> onDone,
                           const std::optional<OperationFailure> &failure = std::nullopt);
    bool operationPending(const QString &id) const;
    const Operation *operation(const QString &anyFormId) const; // with or without dashes
    static QString normalizeId(const QString &id);
    static QString dashedId(const QString &id);

    // Resources (maps keyed by lower-case name).
    std::map<QString, StorageAccount> &storageAccounts() { return m_storage; }
    const std::map<QString, StorageAccount> &storageAccounts() const { return m_storage; }
    std::map<QString, HostedService> &services() { return m_services; }
    const std::map<QString, HostedService> &services() const { return m_services; }
    StorageAccount *storage(const QString &name);
    const StorageAccount *storage(const QString &name) const;
    HostedService *service(const QString &name);
    const HostedService *service(const QString &name) const;
    void addStorage(StorageAccount account);
    void addService(HostedService service); // and takes its DNS name
    void removeDeployment(HostedService &svc);
    void removeService(const QString &name);
    void clear();

    // The region list the AzureSimulator serves knows this location (true without a list).
    bool isLocationKnown(const QString &location) const;
    // A hosted service name someone (this simulator or another subscription) already uses.
    bool isServiceNameTaken(const QString &name) const;
    // https://<endpoint>/<subscription>/<relative>
    QString serviceUrl(const QString &relative) const;
    // The Location of a created cloud service:
    // https://<endpoint>/subscriptions/<sub>/compute/<name>
    QString computeUrl(const QString &serviceName) const;

    // For tests (it holds the VM password): the last Create Deployment body, as sent.
    QByteArray lastDeploymentXml;

signals:
    void resourcesChanged();
    void operationFinished(const QString &requestId, const QString &status);
    void dockerHostStarted(const QString &serviceName, const QHostAddress &address, quint16 port);

private:
    QPointer<AzureSimulator> m_azure;
    ProvisioningOptions m_options;
    std::shared_ptr<SwarmNetwork> m_swarmNetwork = std::make_shared<SwarmNetwork>();
    QElapsedTimer m_clock;
    QTimer m_timer;
    QList<Timeline> m_timelines;
    std::map<QString, StorageAccount> m_storage;
    std::map<QString, HostedService> m_services;
    std::map<QString, Operation> m_operations; // by id
    QStringList m_ownedTakenNames;             // lower-case names we added to the taken set
    bool m_advancing = false;
};

// Replies every resource kind uses.
HttpResponse badRequest(const QString &message);
HttpResponse notFound(const QString &message);
HttpResponse conflict(const QString &message);
// 409 ConflictError "... requires exclusive access" while an operation holds the resource.
HttpResponse busy(const QString &operationId);
// 202 Accepted, empty body, x-ms-request-id = the operation to poll.
HttpResponse accepted(const QString &operationId);
// A status with an empty body and no Content-Type (201 Created, 200 OK of a delete).
HttpResponse emptyReply(int status);
// 200 with an XML document.
HttpResponse xmlReply(const QByteArray &body);

QString utcNow();
QString base64(const QString &text);

} // namespace prov
} // namespace dockervm::sim
