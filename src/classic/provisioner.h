#pragma once

#include "certs/certfolderlock.h"
#include "certs/dockertlsstore.h"
#include "cloud/journal.h"
#include "cloud/run.h"
#include "cloud/swarmsteps.h"
#include "cloud/vmspec.h"
#include "docker/dockerprobe.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace dockervm::cloud {
class SwarmSteps;
struct SwarmStepOutcome;
} // namespace dockervm::cloud

namespace dockervm::classic {
class ManagementClient;
class ManagementReply;
} // namespace dockervm::classic

namespace dockervm::classic {

// The shared core's types (spec, journal, own files) are used unqualified here.
using namespace dockervm::cloud;

// `azure vm docker create`, as one explicit state machine over the management client:
//   validate → name → storage → cloud service → deployment → operation →
//   role ready + extension success → Docker answers `info`.
// One host: the certificates are made beside the network steps, from the start of the run (the
// keys take seconds, the name check and the storage account as long); the deployment, the first
// request that carries them, waits for them if they are not ready yet (its row says so). Several
// hosts: the certificates come after the name check, as one step.
// Cancel at any step, and any failure, rolls back what this run created (and nothing else), in
// reverse order, recording each resource in a Journal before it is created.
//
// Several hosts (VmSpec::nodes = N > 1): one cloud service with N role instances NAME-1 … NAME-N,
// the first made by the deployment, the others by Add Role, one at a time (Azure runs one role
// operation per deployment at a time; the VMs boot in parallel meanwhile). One CA and client
// pair for all; NAME-1 uses the server certificate in the folder, every other node its own
// server certificate for the same DNS name, issued by the same CA in memory and sent only in its
// extension's private configuration. Each node has its own public Docker and SSH ports
// (requests.h); the Docker checks run in parallel; then cloud::SwarmSteps makes the swarm on the
// nodes' private addresses. A node that fails rolls everything back, or with Options::keepPartial
// its role is removed and the others' swarm is kept (Result::partial). Rows: the steps above,
// then one row per node ("node-NAME-i"), the swarm rows, and the rollback row last.
class Provisioner : public cloud::ProvisioningRun
{
    Q_OBJECT
public:
    enum class Step {
        Validate,
        CheckName,
        Certificates,
        Storage,
        CloudService,
        Deployment,
        WaitOperation,
        WaitRole,
        WaitDocker,
        Rollback,
    };
    Q_ENUM(Step)
    enum class StepState { Pending, Running, Done, Failed, Skipped, Cancelled };
    Q_ENUM(StepState)

    struct StepInfo
    {
        Step step = Step::Validate;
        StepState state = StepState::Pending;
        QString detail;
        qint64 elapsedMs = 0;
    };

    struct Options
    {
        int pollIntervalMs = 5000;           // operation and deployment polls
        int operationTimeoutMs = 20 * 60000; // each async operation
        int roleTimeoutMs = 30 * 60000;      // VM boot + extension
        int dockerWaitSeconds = 600;         // the final TLS `info` wait
        bool waitForDocker = true;           // false: stop after the extension reports success
        QString journalDir;                  // empty: Journal::defaultDirectory()
        certs::DockerTlsOptions tls;
        // Demo/simulator redirections for the Docker check. Empty by default: a real run
        // resolves <name>.cloudapp.net through the system. Demo mode sets one with
        // setMapSimulatedEndpoints(true) (see HostOverrides).
        HostOverrides hostOverrides;
        // Several hosts: keep a working swarm without the nodes that failed (else roll back).
        bool keepPartial = false;
        int swarmReadyTimeoutMs = 180000;
        int swarmPollIntervalMs = 1000;
    };

    // The shared result plus what only the classic run knows.
    struct Result : cloud::RunResult
    {
        Step failedAt = Step::Validate;
        QString storageAccount;
        bool storageCreated = false;
    };

    Provisioner(classic::ManagementClient *client, VmSpec spec, Options options,
                QObject *parent = nullptr);
    ~Provisioner() override;

    static QList<Step> steps();
    static QString stepLabel(Step step); // translated
    static QString stepId(Step step);    // "check-name", for logs and JSON

    void start() override;
    // Picks up a run that stopped (crash, closed window) after its deployment was created: waits
    // for the role, the extension and Docker, as start() would. False with *error when the
    // journal holds no created deployment to wait for.
    bool resume(const Journal &journal, QString *error);
    // What start() does: a create (the default), or a resume or clean-up of `journal` (what
    // cloud::Cloud::resume()/cleanup() hand out, not started).
    enum class Mode { Create, Resume, Cleanup };
    void startWith(Mode mode, const Journal &journal);
    // False with *error when the journal holds no created deployment to wait for.
    static bool canResume(const Journal &journal, QString *error);
    // Removes what an unfinished run left behind (`docker-vm cleanup`), newest first.
    void cleanup(const Journal &journal);
    // Stops the current step and rolls back. No effect once finished or already rolling back.
    void cancel() override;
    // Stops at once without rolling back (a second Ctrl+C): what is in flight is aborted, no
    // signal follows, and what exists stays in the journal for `docker-vm cleanup`.
    void stop() override;
    bool isRunning() const override { return m_running; }
    bool isRollingBack() const override { return m_rollingBack; }
    const VmSpec &spec() const { return m_spec; }
    const Result &result() const override { return m_result; }
    const QList<StepInfo> &stepInfos() const { return m_steps; }
    QList<cloud::StepRow> rows() const override;
    QString journalPath() const override { return m_journal.path(); }
    bool isMultiNode() const { return m_spec.nodes > 1; }
    // `docker-vm swarm add` (provisioner_add.cpp): start() then adds `count` workers to the swarm
    // the spec's dnsName names (made by create --nodes N) instead of creating one: Get Deployment
    // (the roles, their size, image, disks, endpoints), the next nodes' server certificates from
    // the folder's CA (ca-key.pem), Add Role for each with the next per-node ports (requests.h),
    // their Docker checks, then cloud::SwarmSteps in join mode. Only the new roles are journaled
    // (Journal::Operation::SwarmAdd) and rolled back; the existing ones are only read. The spec
    // gives the password, the user name (Get Deployment does not say it), the certificate folder
    // and the key type.
    void prepareAdd(int count);
    bool isAdd() const { return m_add; }
    static QString nodeRowId(const QString &nodeName); // "node-web-2"

signals:
    void stepChanged(dockervm::classic::Provisioner::Step step,
                     dockervm::classic::Provisioner::StepState state, const QString &detail);

private:
    void setStep(Step step, StepState state, const QString &detail = QString());
    // One host: the certificate row runs beside the network steps (its own clock; m_current
    // stays the network step).
    bool certificatesInParallel() const { return !isMultiNode(); }
    bool isSideRow(Step step) const
    {
        return step == Step::Certificates && certificatesInParallel();
    }
    void say(const QString &text);
    // The settings are refused (m_result.error says why): the Validate row fails, finished()
    // follows; nothing was sent, so no journal and no rollback.
    void refuse();
    // Sends `send(client)` when the client still exists and gives the finished, typed reply to
    // `handler`. When the client is gone (or destroyed under the request) the step fails, or
    // during rollback the entry is left behind, with a message saying so (clientGone()).
    template <typename Send, typename Handler> void call(Send send, Handler handler);
    void clientGone();
    void after(int ms, std::function<void()> fn);
    bool journal(Journal::Kind kind, const QString &name, Journal::State state,
                 const QString &parent = QString(), const QByteArray &sha256 = QByteArray());

    void checkName();
    void makeCertificates();
    void startTlsJob();
    // Takes the certificate folder's lock (polling on a timer, saying once whom it waits for)
    // and then calls `then`; fails the step when the lock file cannot be made.
    void lockCertFolder(std::function<void()> then);
    void unlockCertFolder();
    void findStorage();
    void createStorage();
    void storageCreated();
    void createCloudService();
    void createDeployment();
    // Polls an asynchronous operation until it ends; `done` gets no error on success, else the
    // translated reason (failed, unreadable, timed out).
    using OperationDone = std::function<void(const std::optional<QString> &error)>;
    void waitForOperation(const QString &requestId, OperationDone done);
    void pollOperation(const QString &requestId, OperationDone done, QElapsedTimer started);
    void pollRole();
    void waitForDocker();
    void succeed();
    void fail(const QString &error, const QString &failedStepId = QString());
    // `step` failed: what else runs stops (the network step in flight, the key generation), and
    // the rollback starts once the key generation has stopped.
    void failAt(Step step, const QString &error, const QString &failedStepId = QString());
    // Stops the network step in flight (reply, timer) without a handler running.
    void abortNetworkStep();
    // One host: the deployment now, or as soon as the certificates are there.
    void createDeploymentWhenReady();

    // Rollback, newest first.
    void rollback();
    void rollbackNext();
    void rollbackLocal(const Journal::Entry &entry);
    enum class Removal { Removed, AlreadyGone, NotMade, Kept, Failed };
    void rollbackDone(const Journal::Entry &entry, Removal outcome,
                      const QString &detail = QString());
    void finishRun();

    QString servicePath() const;
    int pollDelay(qint64 waitedMs) const;

    // `swarm add` (provisioner_add.cpp).
    void startAdd();
    void readSwarmDeployment();
    void beginAdd();
    QString addLabel(Step step) const; // the row labels that differ in an add
    bool m_add = false;
    int m_addCount = 0;
    int m_firstNode = 1; // the index i of m_nodes[0] (NAME-i): 1, or max+1 in an add
    QList<cloud::NodeResult> m_existing; // add: the swarm's nodes as they were
    bool m_addSwarmUndone = false;       // add rollback: the new nodes left the swarm

    // Several hosts (provisioner_nodes.cpp).
    struct Node
    {
        QString name; // role name NAME-i
        int sshPort = 0;
        int dockerPort = 0;
        QByteArray serverCertPem, serverKeyPem; // secret; node 1: the folder's
        cloud::StepState state = cloud::StepState::Pending;
        QString detail;
        QElapsedTimer clock;
        bool roleMade = false; // the deployment / Add Role was accepted and its operation ended
        bool ready = false;    // ReadyRole and the extension succeeded
        bool dockerOk = false;
        bool failed = false;
        bool removed = false; // keep-partial removed its role
        QString privateAddress;
        QString error;
        QPointer<docker::DockerProbe> probe;
        QString lastState;
    };
    void initNodes();
    int rowIndex(Step step) const;
    void setNode(int index, cloud::StepState state, const QString &detail);
    void issueNodeCertificates();
    QByteArray nodePrivateJson(int index) const;
    void addNextRole();
    void pollRoles();
    void startNodeProbe(int index);
    void nodeFailed(int index, const QString &error);
    void nodesSettled();
    void startSwarm();
    void swarmFinished(const cloud::SwarmStepOutcome &outcome);
    void removeFailedRoles();
    void syncNodeResults();

    std::vector<Node> m_nodes;
    QList<cloud::StepRow> m_swarmRows;
    QPointer<cloud::SwarmSteps> m_swarm;
    cloud::SwarmStepInput m_swarmInput;     // keep-partial: the leader to forget failed nodes on
    cloud::SwarmStepOutcome m_swarmOutcome; // keep-partial: which nodes failed, their IDs
    int m_nextRole = 2;
    int m_probesRunning = 0;
    bool m_swarmStarted = false;
    std::shared_ptr<std::atomic<bool>> m_certCancel;
    bool m_issuingCerts = false;

    QPointer<classic::ManagementClient> m_client;
    std::function<void()> m_starter; // startWith()
    VmSpec m_spec;
    Options m_options;
    Journal m_journal;
    Result m_result;
    QList<StepInfo> m_steps;
    Step m_current = Step::Validate;
    QElapsedTimer m_stepTimer;
    QElapsedTimer m_certClock; // the certificate row's, when it runs beside the others
    bool m_certsReady = false;
    bool m_deploymentWaitsForCerts = false;
    bool m_failed = false;
    QElapsedTimer m_total;
    QPointer<classic::ManagementReply> m_reply;
    QPointer<QTimer> m_timer;
    QPointer<certs::DockerTlsJob> m_tlsJob;
    QPointer<docker::DockerProbe> m_probe;
    certs::DockerTlsBundle m_tls;
    std::unique_ptr<certs::CertFolderLock> m_folderLock;
    bool m_saidWaitingForLock = false;
    std::optional<QString> m_sharedFilesInUse; // decided once per rollback
    QString m_blobEndpoint;
    QString m_storageSuffix; // as the listed accounts' endpoints show it
    QList<Journal::Entry> m_rollbackQueue;
    QElapsedTimer m_rollbackClock;
    int m_missingDeploymentPolls = 0;
    bool m_running = false;
    bool m_rollingBack = false;
    bool m_cancelRequested = false;
    QString m_lastRoleState;
};

} // namespace dockervm::classic
