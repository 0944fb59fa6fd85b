#pragma once

#include "common/hostoverrides.h"
#include "sim/cloudinitboot.h"
#include "sim/httpserver.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace dockervm::sim {

class DockerHost;

namespace arm {
class Core;
}

// What the ARM simulator learns about a bearer token (the Entra simulator's TokenCheck, or the
// simulator's own test tokens).
struct ArmTokenCheck
{
    bool ok = false;      // valid, not expired
    bool expired = false; // issued but past its lifetime: 401 ExpiredAuthenticationToken
    QString tenantId;     // the tenant it was issued for (GET /subscriptions lists only these)
    QString user;
    QDateTime expiresOn; // for the ExpiredAuthenticationToken message; invalid: unknown
};

// The resource kinds the create workflow makes, one PUT each.
enum class ArmKind {
    ResourceGroup,
    NetworkSecurityGroup,
    VirtualNetwork,
    PublicIpAddress,
    NetworkInterface,
    VirtualMachine,
};

// An ARM error: {"error":{"code","message"}} with this HTTP status.
struct ArmError
{
    int status = 400;
    QString code;
    QString message;
};

// Faults the simulator injects (tests). Counters ("…Next") go down as they are used.
struct ArmFaults
{
    // The PUT of that kind is answered synchronously with this error.
    QHash<ArmKind, ArmError> failPut;
    // The PUT of that kind is accepted, but its long-running operation ends Failed with this error
    // (status ignored; the poll answers 200 with {"status":"Failed","error":{…}} as recorded).
    QHash<ArmKind, ArmError> failOperation;
    // The operation of the resource with this name (lower-case: "web-2" for the VM web-2) ends
    // Failed with this error: one node of a multi-host run fails, the others do not.
    QHash<QString, ArmError> failOperationOf;
    // The operation of that kind never finishes (polls say InProgress for ever).
    QList<ArmKind> hangOperation;
    // Requests whose path contains one of these are never answered (the client's timeout fires).
    QStringList hangPaths;
    int throttleNext = 0;      // the next N requests get 429 with Retry-After
    int retryAfterSeconds = 1; // Retry-After of those 429s
    int fail500Next = 0;       // the next N requests get 500 InternalServerError
    int fail503Next = 0;       // the next N requests get 503 ServiceUnavailable
    // Applied to the matching request only ("PUT", "DELETE", "GET"; empty: any).
    QByteArray transientMethod;
};

// One subscription the signed-in user sees.
struct ArmSubscription
{
    QString id;
    QString displayName;
    QString state = QStringLiteral("Enabled"); // Enabled | Disabled | Warned | PastDue
    QString tenantId;                          // empty: the simulator's tenant
    bool canWrite = true; // false: every PUT/DELETE answers 403 AuthorizationFailed
};

// A simulated VM's Docker endpoint: the fqdn of its public IP at the cloud-config's port, served
// on a loopback address of its own.
struct ArmDockerEndpoint
{
    QString vmId; // the VM's ARM id
    QString fqdn; // <label>.<region>.cloudapp.azure.com
    quint16 tlsPort = 0;
    QHostAddress address;   // the public IP's 127.0.2.x (127.0.0.1 when that cannot be bound)
    quint16 port = 0;       // where it listens (the tlsPort unless that was taken)
    QString privateAddress; // the VM's NIC's private address (10.0.0.x)
    bool listening = false;
    QString bootError; // why Docker never came up (bad cloud-config), untranslated
};

// A local stand-in for Azure Resource Manager over HTTPS on loopback, faithful to the recorded
// traffic (tests/data/arm): Bearer authentication, tenants and subscriptions, locations, Canonical
// images, resource SKUs, DNS label checks, resource groups and the network and compute resources
// of the create workflow with their long-running operations, per-resource and group deletion, a
// VM that boots Docker from its customData, throttling headers and injectable faults.
//
// The work is split like the classic simulator's: armsimulator (this front: server, PKI, router,
// authentication, throttling, faults), armcatalogue (subscriptions, locations, images, sizes),
// armresources (groups and resources, validation, deletion), armoperations (LROs and their poll
// URLs) and armvmboot (the VM's boot and its Docker host).
class ArmSimulator : public QObject
{
    Q_OBJECT
public:
    using TokenChecker = std::function<ArmTokenCheck(const QByteArray &bearer)>;
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0;
        QString tenantId; // empty: a random GUID
        QString tenantDisplayName = QStringLiteral("Docker VM Wizard Demo");
        QString tenantDomain = QStringLiteral("dockervmdemo.onmicrosoft.com");
        // Empty: three subscriptions: "Demo Subscription" (Enabled), "Read-only Subscription"
        // (Enabled, no write permission: 403) and "Expired Trial" (Disabled).
        QList<ArmSubscription> subscriptions;
        int subscriptionPageSize = 2;  // GET /subscriptions pages with nextLink
        int latencyMs = 0;             // added to every answer
        int operationDelayMs = 0;      // network and compute LROs until Succeeded
        int groupDeleteDelayMs = 0;    // resource group delete until done
        int bootDelayMs = 0;           // from the VM's Succeeded until Docker listens (cloud-init)
        int pollRetryAfterSeconds = 0; // Retry-After on LRO answers; 0: none (as recorded)
        int regionalVcpuQuota = 10;    // per subscription and region ("Total Regional Cores")
        // Taken in every region ("label") or only in one ("label@region"), lower-case.
        QStringList takenDnsLabels{QStringLiteral("taken")};
        // Sizes offered in the region but restricted for the subscriptions
        // (NotAvailableForSubscription).
        QStringList restrictedSizes{QStringLiteral("Standard_D2s_v5"),
                                    QStringLiteral("Standard_NC6s_v3")};
        // Public IPs get 127.0.<dockerSubnet>.x, and the VM behind one serves Docker there at
        // the cloud-config's port: the app's "map simulated endpoints" (HostOverrides) then
        // reaches <fqdn>:<port> as on the classic path. False: public-looking 20.x.y.z addresses
        // (the Docker host then listens on its own 127.0.<dockerSubnet>.x; applyHostOverrides).
        bool loopbackPublicIps = true;
        int dockerSubnet = 2;
        // With lastPublicIpHost > firstPublicIpHost: public IPs are 127.0.<dockerSubnet>.<first>
        // … <last>, round robin (tests that own a few loopback addresses, e.g. 127.0.0.41–49).
        int firstPublicIpHost = 0;
        int lastPublicIpHost = 0;
        // Reads a VM's customData as cloud-init and dockerd would. Empty:
        // sim::dockerFromCustomData.
        std::function<DockerFromCloudInit(const QByteArray &customDataBase64)> cloudInitReader;
        // Starts the booted VM's Docker somewhere else than in a simulated Docker host — the
        // integration tests start a REAL dockerd with exactly the files cloud-init would write
        // (`docker`), listening on `address` (the VM's loopback public IP) at docker.tlsPort.
        // Returns why it could not (empty: started; it may still be coming up). Empty
        // function: a sim::DockerHost.
        std::function<QString(const DockerFromCloudInit &docker, const QString &fqdn,
                              const QHostAddress &address)>
            dockerStarter;
    };

    explicit ArmSimulator(QObject *parent = nullptr);
    explicit ArmSimulator(Options options, QObject *parent = nullptr);
    ~ArmSimulator() override;

    // Makes the CA and server certificate and listens. False with *error on failure.
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const;
    quint16 port() const;
    QUrl endpoint() const; // https://127.0.0.1:<port>
    QByteArray caCertificatePem() const;
    QSslCertificate caCertificate() const;
    bool writeCaFile(const QString &path, QString *error = nullptr) const;
    // The server side of the simulator's TLS (a certificate for localhost/127.0.0.1 from its CA):
    // the demo's Entra simulator listens with it, so one CA file covers both endpoints.
    // Null before start().
    QSslConfiguration serverTlsConfiguration() const;

    Options options() const;
    // Delays and quotas take effect for requests from now on.
    void setOptions(const Options &options);
    ArmFaults faults() const;
    void setFaults(const ArmFaults &faults);

    QString tenantId() const;
    QList<ArmSubscription> subscriptions() const;
    QString defaultSubscriptionId() const; // the first Enabled, writable one

    // Bearer check. Unset: the simulator's own tokens (issueTestToken) only.
    void setTokenChecker(TokenChecker checker);
    // A token the default checker accepts until validFor has passed (negative: already expired).
    QByteArray
    issueTestToken(const QString &user = QStringLiteral("admin@dockervmdemo.onmicrosoft.com"),
                   qint64 validForSeconds = 3600);

    // State, for tests and the demo.
    QStringList resourceGroups(const QString &subscriptionId = {}) const; // names
    QStringList resourceIds() const;                                      // every resource
    bool isEmpty() const { return resourceGroups().isEmpty() && resourceIds().isEmpty(); }
    QList<ArmDockerEndpoint> dockerEndpoints() const;
    DockerHost *dockerHost(const QString &fqdn) const;
    // Maps every running VM's <fqdn>:<tlsPort> to its loopback endpoint; for a VM whose Docker
    // Options::dockerStarter started (a real dockerd), also its private address:2377 (swarm) to
    // that loopback address. Simulated Docker hosts share the simulator's swarm network and are
    // reached there at their private 10.0.0.x addresses.
    void applyHostOverrides(HostOverrides &hosts) const;
    // The last VM PUT body as sent (holds customData and the password: tests only, never logged).
    QByteArray lastVmPutBody() const;
    // Requests served: "METHOD path status".
    QStringList requestLog() const;
    void clear(); // drops every group, resource and operation; stops every Docker host

signals:
    void requestHandled(const QByteArray &method, const QString &path, int status);
    void resourcesChanged();
    void dockerHostStarted(const QString &fqdn, const QHostAddress &address, quint16 port);
    void dockerBootFailed(const QString &vmId, const QString &reason);

private:
    std::unique_ptr<arm::Core> m_core;
};

} // namespace dockervm::sim
