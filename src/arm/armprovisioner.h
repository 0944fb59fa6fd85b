#pragma once

#include "arm/armbodies.h"
#include "arm/armerror.h"
#include "certs/certfolderlock.h"
#include "certs/dockertlsstore.h"
#include "cloud/cloud.h"
#include "cloud/journal.h"
#include "cloud/run.h"
#include "cloud/swarmsteps.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace dockervm::docker {
class DockerProbe;
}

namespace dockervm::arm {

class ArmCatalogue;
class ArmClient;
class ArmOperation;
class ArmReply;

// Demo and tests only: where the simulated VM serving <fqdn>:<port> listens on loopback, once it
// does (nullopt: not yet). Consulted only when RunOptions::hostOverrides.mapsSimulatedEndpoints()
// and the ARM endpoint is loopback; a real run never calls it. Without it, such a run maps the
// FQDN to the public IP address the simulator reports when that is a loopback address (the
// classic path's rule).
using SimulatedDockerEndpoint =
    std::function<std::optional<HostOverrides::Target>(const QString &fqdn, quint16 port)>;

// A Docker host on Azure Resource Manager, as one run (arm.md §3-§6):
//   validate → DNS label free (CheckDnsNameAvailability) → resource group (new, or -g existing)
//   → NSG ∥ VNet+subnet ∥ public IP → NIC → VM with cloud-init → VM LRO →
//   instance view succeeded + running → Docker answers `info` over verified mutual TLS at
//   <label>.<region>.cloudapp.azure.com.
// The certificates of one host are made beside all that from the start of the run (RSA keys take
// seconds); the VM, whose customData carries them, waits for them if they are not ready yet (its
// row says so). Several hosts: the certificates start with the network resources.
// Every resource is journaled (full ARM id) before its PUT. Cancel at any step and any failure
// roll back what this run made: the whole group (DELETE, poll its Location, then GET says 404)
// when the run created it, else its resources in reverse dependency order (VM with its OS disk,
// NIC, public IP, VNet, NSG), waiting out in-use refusals; certificate files only when they
// still hold what this run wrote. The same class resumes a run (waits for the VM and Docker),
// cleans up after one from its journal, and deletes a host by name.
//
// Several hosts (VmSpec::nodes = N > 1, issue 11): one resource group, one NSG (SSH and Docker
// from allowFrom; the swarm ports only from the subnet: bodies::withSwarmRules), one VNet and
// subnet; per node NAME-i a public IP with the DNS label NAME-i (its own FQDN
// NAME-i.<region>.cloudapp.azure.com), a NIC with a private address in the subnet and a VM with
// its own cloud-config. One CA and one client certificate for all, a server certificate per node
// for its FQDN. A public IP per node, not per manager: `docker` and this tool reach every node's
// Engine API (swarm join, drain, leave, `docker-vm check NAME-i`) over verified mutual TLS at a
// name its certificate holds, and no node needs a jump host or a second TLS hop. The nodes run
// in parallel (rows <step>-NAME-i per node: public-ip, network-interface, virtual-machine,
// wait-vm, wait-docker), then cloud::SwarmSteps makes the swarm on their private addresses
// (rows swarm-init, swarm-join-NAME-i, swarm-ready). Every resource of every node is journaled
// before its PUT; rollback removes the group (all nodes) or, with RunOptions::keepPartial, only
// a failed node's VM, NIC and public IP while the others keep their swarm. N = 1 is the single
// host above, unchanged (same names, rows and ids).
class ArmProvisioner : public cloud::ProvisioningRun
{
    Q_OBJECT
public:
    enum class Step {
        Validate,
        CheckName,
        ResourceGroup,
        Certificates,
        NetworkSecurityGroup,
        VirtualNetwork,
        PublicIp,
        NetworkInterface,
        VirtualMachine,
        WaitVm,
        WaitDocker,
        Rollback,
    };
    Q_ENUM(Step)

    struct Setup
    {
        QPointer<ArmClient> client;
        QString subscriptionId;
        SimulatedDockerEndpoint simulatedDockerEndpoint; // demo/tests only
    };

    ArmProvisioner(Setup setup, cloud::VmSpec spec, cloud::RunOptions options,
                   QObject *parent = nullptr);
    ~ArmProvisioner() override;

    static QList<Step> steps();
    static QString stepId(Step step); // "network-security-group", for logs, JSON, tests
    // Multi-host runs: the per-node row of `step` ("wait-vm-web-2").
    static QString nodeStepId(Step step, const QString &nodeName);
    static bool isNodeStep(Step step);   // PublicIp … WaitDocker
    static QString stepLabel(Step step); // translated

    // Before start(): what the run does instead of a create.
    // Resume: the journal holds a VM whose PUT was made; waits for it and for Docker. False with
    // *error otherwise.
    bool prepareResume(const cloud::Journal &journal, QString *error);
    // Cleanup: removes the journal's leftovers.
    void prepareCleanup(const cloud::Journal &journal);
    // Remove: deletes the host `name` this tool made (its resource group, found by name or by
    // the docker-vm-host tag, only when tagged createdBy=docker-vm).
    void prepareRemove(const QString &name);
    // Remove one node: deletes the VM `node` (its OS disk goes with it), its NIC and its public IP
    // (node-nic, node-ip) in the group of the host `name` this tool made; nothing else.
    void prepareRemoveNode(const QString &name, const QString &node);
    // Add workers (`docker-vm swarm add NAME --count K`, armprovisioneradd.cpp): reads the swarm
    // NAME made by `create --nodes N` (its group, the first node's VM, NIC, public IP and the
    // NSG), then makes NAME-(max+1) … NAME-(max+K) as create makes a node, in the same group,
    // subnet and NSG, with server certificates from the CA in the spec's certificate folder,
    // and joins them to the swarm as workers. The spec brings the credentials of the new VMs
    // (password and/or SSH key; without either, the existing nodes' SSH key) and the
    // certificate folder; everything else comes from the existing nodes. The journal holds only
    // the new nodes' resources and files: rollback (default) removes them, never the group,
    // network, NSG or the existing nodes.
    void prepareAddNodes(const QString &name, int count);

    // cloud::ProvisioningRun
    void start() override;
    void cancel() override;
    void stop() override;
    bool isRunning() const override { return m_running; }
    bool isRollingBack() const override { return m_rollingBack; }
    QList<cloud::StepRow> rows() const override { return m_rows; }
    const cloud::RunResult &result() const override { return m_result; }
    QString journalPath() const override { return m_journal.path(); }

    const cloud::VmSpec &spec() const { return m_spec; }
    const bodies::Names &names() const { return m_names; }
    QString runId() const { return m_runId; }

private:
    enum class Mode { Create, Resume, Cleanup, Remove, RemoveNode, AddNodes };
    enum class Removal { Removed, AlreadyGone, NotMade, Kept, Failed };
    using Json = QJsonObject;

    // One node of a multi-host run.
    struct NodeRun
    {
        int index = 0;  // 0-based place in m_nodes and RunResult::nodes
        int number = 0; // the node is NAME-number (create: index+1; add: after the existing)
        QString name;
        bodies::Names names;
        QString fqdn; // as the certificate and the DNS label say
        QString publicAddress;
        QString privateAddress;
        QByteArray serverCertPem;
        QByteArray serverKeyPem;
        QString lastVmState;
        QElapsedTimer waitClock;
        QPointer<docker::DockerProbe> probe;
        QPointer<QTimer> ticker;
        docker::ConnectionReport report;
        bool failed = false;
        bool done = false; // answered Docker
    };

    bool multi() const { return !m_nodes.empty(); }
    int rowIndex(Step step, int node = -1) const;
    void setRow(int row, cloud::StepState state, const QString &detail = QString());
    void setStep(Step step, cloud::StepState state, const QString &detail = QString());
    void setNodeStep(int node, Step step, cloud::StepState state,
                     const QString &detail = QString());
    // The multi-host create (armprovisionernodes.cpp).
    void checkNodeName(int node);
    void startParallelNodes();
    void startNodePublicIps();
    void startNodeTlsJob(int node);
    void startOtherNodeTlsJobs(); // nodes 2..N, in parallel, once node 1's job made the CA
    void journalNodeTlsFiles(int node);
    void createNodeNic(int node);
    void createNodeVm(int node);
    void pollNodeVm(int node);
    void readNodePublicIp(int node);
    void waitForNodeEndpoint(int node);
    void waitForNodeDocker(int node);
    void failNode(int node, Step step, const QString &error);
    void nodeFinished(int node);
    void afterNodes();
    void removeNodes(const QList<int> &nodes, std::function<void()> then);
    void startSwarm();
    void swarmFinished(const cloud::SwarmStepOutcome &outcome);
    void stopNodeWork();
    bool nodeActive(int node) const;
    QString fqdnRange(int first) const; // the FQDNs of the nodes from `first` on, for rows
    // Demo/simulator runs only: maps a node's FQDN (and its private address's swarm port) to
    // where its simulated VM listens; false while it does not yet. A real run maps nothing.
    bool mapSimulatedNode(const QString &fqdn, const QString &publicAddress,
                          const QString &privateAddress);
    // Adding nodes (armprovisioneradd.cpp).
    bool adding() const { return m_mode == Mode::AddNodes; }
    void planNodes(int firstNumber, int count);
    void startAdd();
    void readSwarmGroup();
    void readSwarmResources(const QString &groupId);
    void readFirstNodeVm(const QString &vmId);
    void readFirstNodeNic(const QString &nicId);
    void readFirstNodeIp(const QString &publicIpId);
    void readSwarmNsg();
    void readExistingNodeIps(QStringList publicIpIds);
    bool checkAddCredentials(QString *error);
    void beginAdd();
    // Before the new nodes' VMs go (rollback, keep-partial removal): every new node that may be
    // in the swarm leaves it and the swarm's managers forget it, so the existing swarm lists no
    // "down" node afterwards.
    void forgetNewNodes(const QList<int> &nodes, std::function<void()> then);
    void say(const QString &text);
    bool journal(cloud::Journal::Kind kind, const QString &name, cloud::Journal::State state,
                 const QByteArray &sha256 = QByteArray());
    void after(int ms, std::function<void()> fn);
    // Tracks `reply` (cancel aborts it) and hands it, finished, to `handler` unless the run was
    // cancelled or stopped meanwhile. A reply cancelled by the client's destruction fails the
    // step (or, rolling back, leaves the entry behind).
    void track(Step step, ArmReply *reply, std::function<void(ArmReply *)> handler)
    {
        track(rowIndex(step), reply, std::move(handler));
    }
    void track(int row, ArmReply *reply, std::function<void(ArmReply *)> handler);
    void operation(int row, ArmReply *initial, const QString &finalPath, const QString &apiVersion,
                   int timeoutMs, std::function<void(ArmOperation *)> handler);
    void operation(Step step, ArmReply *initial, const QString &finalPath,
                   const QString &apiVersion, int timeoutMs,
                   std::function<void(ArmOperation *)> handler)
    {
        operation(rowIndex(step), initial, finalPath, apiVersion, timeoutMs, std::move(handler));
    }
    bool clientUsable(Step step) { return clientUsable(rowIndex(step)); }
    bool clientUsable(int row);

    void validate();
    void checkName();
    void resourceGroup();
    void createGroup();
    void startParallel();
    void parallelDone(Step step);
    void makeCertificates();
    void lockCertFolder(std::function<void()> then);
    void unlockCertFolder();
    void startTlsJob();
    // PUT of one resource: journal Planned, PUT, journal Created (or Removed when Azure refused
    // it with a 4xx, so nothing was made), follow its LRO to the final body.
    void putResource(Step step, cloud::Journal::Kind kind, const QString &id,
                     const QString &apiVersion, const QJsonObject &body,
                     std::function<void(const QJsonObject &resource)> done)
    {
        putResource(rowIndex(step), kind, id, apiVersion, body, std::move(done));
    }
    // `fail` (multi-host nodes): what a failure does instead of failRow (keep-partial).
    void putResource(int row, cloud::Journal::Kind kind, const QString &id,
                     const QString &apiVersion, const QJsonObject &body,
                     std::function<void(const QJsonObject &resource)> done,
                     std::function<void(const QString &error)> failed = {});
    void createNic();
    // One host: the VM now, or as soon as the certificates are there.
    void createVmWhenReady();
    void createVm();
    void pollVm();
    void readPublicIp();
    void waitForSimulatedEndpoint();
    void waitForDocker();
    void succeed();
    void fail(Step step, const QString &error) { failRow(rowIndex(step), error); }
    void failRow(int row, const QString &error);

    // Rollback / cleanup / remove.
    void rollback();
    void rollbackJournal();
    void rollbackNext();
    void deleteArm(const cloud::Journal::Entry &entry);
    void deleteGroup(const QString &groupId, std::function<void(Removal, const QString &)> done);
    void rollbackLocal(const cloud::Journal::Entry &entry);
    void rollbackDone(const cloud::Journal::Entry &entry, Removal outcome,
                      const QString &detail = QString());
    void finishRun();
    void findHostToRemove();

    QString errorText(const ArmError &error) const;
    QString pathOf(const QString &id) const { return id; }
    int rollbackRank(const cloud::Journal::Entry &entry) const;

    Setup m_setup;
    cloud::VmSpec m_spec;
    cloud::RunOptions m_options;
    bodies::Names m_names;
    QString m_runId;
    Mode m_mode = Mode::Create;
    QString m_removeName;
    QString m_removeNode;
    cloud::Journal m_journal;
    bool m_journalActive = false;
    cloud::RunResult m_result;
    QList<cloud::StepRow> m_rows;
    QList<QElapsedTimer> m_stepClocks;
    QElapsedTimer m_total;
    ArmCatalogue *m_catalogue = nullptr;
    QList<QPointer<QObject>> m_inflight; // replies, operations, catalogue jobs
    QPointer<QTimer> m_timer;
    QPointer<QTimer> m_ticker;              // the Docker wait's m:ss
    QPointer<certs::DockerTlsJob> m_tlsJob; // multi-host: one of the node jobs still running
    QList<QPointer<certs::DockerTlsJob>> m_nodeTlsJobs; // multi-host: nodes 2..N, in parallel
    int m_nodeTlsLeft = 0;
    QString m_nodeTlsError;
    QPointer<docker::DockerProbe> m_probe;
    certs::DockerTlsBundle m_tls;
    std::unique_ptr<certs::CertFolderLock> m_folderLock;
    bool m_saidWaitingForLock = false;
    std::optional<QString> m_sharedFilesInUse;
    QList<cloud::Journal::Entry> m_rollbackQueue;
    QElapsedTimer m_rollbackClock;
    QElapsedTimer m_waitClock;
    int m_parallelLeft = 0;
    bool m_certsReady = false;
    bool m_vmWaitsForCerts = false;
    QString m_fqdn;
    QString m_publicAddress;
    QString m_lastVmState;
    bool m_groupCreated = false;
    bool m_running = false;
    bool m_rollingBack = false;
    bool m_cancelRequested = false;
    bool m_failed = false;
    bool m_stopped = false;
    // Multi-host runs.
    std::vector<NodeRun> m_nodes;
    QPointer<cloud::SwarmSteps> m_swarm;
    int m_nodesLeft = 0;
    int m_certNode = 0;
    int m_nameNode = 0;
    std::function<void()> m_afterRemoval; // removing failed nodes (keep-partial), then this
    // Adding nodes: the swarm NAME, how many to add, its existing nodes (as read), and
    // whether the rollback has made the new nodes leave the swarm yet.
    QString m_addName;
    int m_addCount = 0;
    QList<cloud::NodeResult> m_existing;
    int m_highestNumber = 0;  // the highest n of NAME-n any resource of the group uses
    QString m_existingSshKey; // the first node's public key (GET echoes it; not a secret)
    bool m_existingUsesPassword = false;
    bool m_forgetDone = false;
    cloud::SwarmStepInput m_swarmInput;     // the join steps' input, once they started
    cloud::SwarmStepOutcome m_swarmOutcome; // their outcome (or progress when cancelled)
};

} // namespace dockervm::arm
