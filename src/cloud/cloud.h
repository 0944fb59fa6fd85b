#pragma once

#include "certs/dockertlsstore.h"
#include "cloud/run.h"
#include "cloud/vmspec.h"
#include "common/hostoverrides.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace dockervm::cloud {

class Journal;

// What a region, an image and a size are to the wizard and the command line, whichever cloud.
struct Location
{
    QString name;        // what requests use: "West US" (classic), "westus" (ARM)
    QString displayName; // "West US"
};

struct Image
{
    QString
        id; // what VmSpec::imageName holds: classic image Name, ARM URN publisher:offer:sku:version
    QString label; // "Ubuntu Server 24.04 LTS (Gen2)"
    QDateTime published;
    QString generation;    // ARM: "V1" / "V2"; empty on classic
    bool supported = true; // false: too old (classic) / out of standard support (ARM)
    QString note;          // translated: why it is not supported, or "newest"
    QString tag;           // translated: a word or two for lists when not supported ("too old")
    QString description;   // translated or the publisher's: a longer text (a tool tip)
    double diskSizeGb = 0; // the OS disk's size when the catalogue says (classic); 0: unknown
};

struct Size
{
    QString name;  // "Small", "Standard_B2s"
    QString label; // "Standard_B2s — 2 vCPUs, 4 GB"
    int cores = 0;
    double memoryGb = 0;
};

struct NameCheck
{
    bool available = false;
    QString message;    // translated: taken (why), invalid, or the error that kept us from knowing
    bool error = false; // true: we could not find out (network, permission)
};

// One node of a swarm made by `create --nodes N`, as its cloud lists it (`swarm status/remove`).
struct SwarmMember
{
    QString name;          // "web-2"
    QString hostName;      // the DNS name its Docker answers on (classic: the cloud service's)
    int dockerPort = 0;    // its own Docker port (classic: per role); 0: the cloud's default
    QString publicAddress; // public IP / VIP; demo and tests reach loopback ones directly
};

// Options of a create run that are not part of the VM: how long to wait, where to journal, TLS
// material options, demo/test redirections.
struct RunOptions
{
    int pollIntervalMs = 5000;
    int operationTimeoutMs = 20 * 60000;
    int vmReadyTimeoutMs = 30 * 60000; // role ready / VM running
    int dockerWaitSeconds = 600;       // classic default 10 min; ARM default 15 min (cloud-init)
    bool waitForDocker = true;
    QString journalDir; // empty: Journal::defaultDirectory()
    certs::DockerTlsOptions tls;
    // Empty in a real run. Demo mode and tests map simulated hosts to loopback here.
    HostOverrides hostOverrides;
    // Multi-host runs (VmSpec::nodes > 1): when some nodes fail to provision or to join, keep the
    // swarm the others make (true, `--keep-partial`) instead of rolling everything back (false).
    // The failed nodes' own resources are removed either way.
    bool keepPartial = false;
    int swarmReadyTimeoutMs = 180000; // the wait for GET /nodes to list every node ready/active
};

// One signed-in (ARM) or imported (classic) subscription, as the cloud it lets us reach. What
// differs between the two clouds lives behind this interface: the wizard's controller and the
// command line call it and never ask which cloud it is to decide what to do.
// Callbacks run later on the event loop, and only while `context` lives (destroy the context to
// cancel).
class Cloud : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    template <typename T> using Callback = std::function<void(const T &, const QString &error)>;

    virtual Kind kind() const = 0;
    virtual QString accountId() const = 0;   // subscription id
    virtual QString accountName() const = 0; // subscription name

    // The VM page's starting values: ports (classic 4243, ARM 2376), size, DNS suffix.
    virtual VmSpec defaults() const = 0;
    // The Docker host's DNS name for the spec (classic <name>.cloudapp.net, ARM
    // <label>.<region>.cloudapp.azure.com).
    virtual QString hostName(const VmSpec &spec) const = 0;
    // Every rule at once (before any request), each tied to its field.
    virtual QList<FieldError> validate(const VmSpec &spec) const = 0;
    // One field's rule, live as the user types (empty: fine).
    virtual QString validateField(FieldError::Field field, const VmSpec &spec) const = 0;
    virtual QList<PasswordRule> passwordChecklist(const QString &password) const = 0;
    virtual bool supportsSshKeys() const = 0;
    // Review's words for the spec, translated: what Create makes (one paragraph), and what the
    // host costs once made and how to delete it. Empty: nothing to say (the defaults).
    virtual QString createDescription(const VmSpec &spec) const;
    virtual QString costNote(const VmSpec &spec) const;

    virtual void locations(QObject *context, Callback<QList<Location>> done) = 0;
    // Newest first; the first supported one is the default.
    virtual void images(const QString &location, QObject *context, Callback<QList<Image>> done) = 0;
    virtual void sizes(const QString &location, const Image &image, QObject *context,
                       Callback<QList<Size>> done) = 0;
    virtual void checkName(const VmSpec &spec, QObject *context,
                           std::function<void(const NameCheck &)> done) = 0;

    // The runs. Not started: connect, then start(). Owned by `parent`.
    virtual ProvisioningRun *create(const VmSpec &spec, const RunOptions &options,
                                    QObject *parent) = 0;
    // Picks up an unfinished run of this account after its last resource was made. nullptr with
    // *error when the journal has nothing to wait for.
    virtual ProvisioningRun *resume(const Journal &journal, const RunOptions &options,
                                    QObject *parent, QString *error) = 0;
    // Removes what an unfinished run of this account left behind, newest first.
    virtual ProvisioningRun *cleanup(const Journal &journal, const RunOptions &options,
                                     QObject *parent) = 0;
    // Deletes a Docker host this tool made (`docker-vm delete NAME`), with its resources.
    virtual ProvisioningRun *remove(const QString &name, const RunOptions &options,
                                    QObject *parent) = 0;

    // The nodes of the swarm NAME made by `create --nodes N` (classic: the roles of the cloud
    // service NAME; ARM: the public IPs of NAME's group), ordered NAME-1, NAME-2, …; error
    // (translated, names NAME and the next step) when there is no such host.
    virtual void swarmMembers(const QString &name, QObject *context,
                              Callback<QList<SwarmMember>> done) = 0;
    // `docker-vm swarm remove NAME NODE`: deletes NODE's VM and what only it uses (classic: the
    // role with its disk and endpoints; ARM: VM, OS disk, NIC, public IP). The swarm part (drain,
    // leave, node rm) is the caller's, before this run.
    virtual ProvisioningRun *removeSwarmNode(const QString &name, const QString &node,
                                             const RunOptions &options, QObject *parent) = 0;

    // `docker-vm swarm add NAME --count K`: K more WORKERS for the swarm NAME made by `create
    // --nodes N`, with the same CA and client certificate. From `spec` only these count: dnsName
    // (NAME), the credentials new VMs need (password and/or sshPublicKey/sshKeyFile, as create
    // takes them), certDir (ca.pem + ca-key.pem sign each new node's server certificate; see
    // cloud::caProblemForAdd) and keyType. The cloud reads the rest (location, size, image,
    // admin user, ports, network) from the existing nodes. New nodes are NAME-(max+1) …
    // NAME-(max+K) (cloud::addedNodeNames), each joins as a worker (cloud::SwarmSteps in join
    // mode, SwarmStepInput::existing) and the run waits until the swarm lists them ready/active.
    // RunResult::nodes holds the NEW nodes only; swarmLeader the manager asked. A new node that
    // fails is named; by default every new node is rolled back (made to leave, removed from the
    // node list with cloud::removeAddedNodes, its VM and what only it uses deleted);
    // options.keepPartial keeps those that joined. The existing nodes are never changed. The
    // journal holds the new nodes only, so `docker-vm cleanup` removes just those.
    // The default: a run that fails with "not supported on this cloud".
    virtual ProvisioningRun *addSwarmNodes(const VmSpec &spec, int count, const RunOptions &options,
                                           QObject *parent);

    // True while a request of this account is in flight (the wizard refuses to switch then).
    virtual bool isBusy() const = 0;

signals:
    void busyChanged(bool busy);
};

} // namespace dockervm::cloud
