#pragma once

// Docker swarm mode over the same verified mutual TLS as DockerProbe: the Engine API's swarm
// endpoints (GET /info, POST /swarm/init, GET /swarm, POST /swarm/join, GET /nodes,
// POST /nodes/{id}/update, POST /swarm/leave, DELETE /nodes/{id}), called on versioned paths
// (/v1.NN/..., the version negotiated from the daemon's GET /version).
//
//   SwarmClient     one daemon; asynchronous jobs with a callback each
//   SwarmFormation  N nodes -> one swarm: init, tokens, joins, wait until all ready (signals)
//   SwarmStatus     the swarm as the leader sees it, for `docker-vm swarm status`
//
// Join tokens are secrets: they travel only in request bodies and SwarmJoinTokens, never in a
// log, a message or a signal argument.
#include "docker/enginerequest.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

namespace dockervm::docker {

// ---- values ---------------------------------------------------------------------------------

enum class SwarmErrorKind {
    None,
    Connection,       // could not reach the daemon over mutual TLS (EngineRequest's text)
    AlreadyInSwarm,   // init/join on a node that is part of a swarm
    NotInSwarm,       // the node is not part of a swarm (leave, /swarm, /nodes)
    NotManager,       // a worker was asked for cluster state
    InvalidJoinToken, // the manager refused the join token
    JoinRefused,      // any other refused join (manager unreachable, timeout, ...)
    NodeNotFound,
    VersionConflict, // node update with an outdated version
    ApiTooOld,       // the daemon's API has no swarm mode (< 1.24)
    Daemon,          // any other error answer; the daemon's message is kept
    BadAnswer,       // an answer that is not the JSON we expect
    Cancelled,
};

struct SwarmError
{
    SwarmErrorKind kind = SwarmErrorKind::None;
    int httpStatus = 0;
    QString message;       // translated, names the node and the next step
    QString daemonMessage; // the daemon's own {"message": ...}, control characters neutralised

    bool ok() const { return kind == SwarmErrorKind::None; }
};

QString swarmErrorId(SwarmErrorKind kind); // "invalid-join-token", stable for JSON

// GET /info, the Swarm part.
struct SwarmLocalState
{
    QString localNodeState; // "inactive", "pending", "active", "error", "locked"
    QString nodeId;         // empty when inactive
    QString nodeAddr;
    // Swarm.RemoteManagers' Addr of this node ("10.0.0.4:2377") when it is a manager listed there:
    // its swarm port, which NodeAddr leaves out. Empty otherwise.
    QString managerAddr;
    bool controlAvailable = false; // a manager
    QString clusterId;             // only on managers
    QString error;                 // Swarm.Error
    QString serverVersion;
    QString name; // the daemon's host name
};

// GET /swarm (managers only). The tokens are secrets.
struct SwarmJoinTokens
{
    QString swarmId;
    QString worker;
    QString manager;
};

struct SwarmNode
{
    QString id;
    qint64 version = 0;    // Version.Index, for updates
    QString hostname;      // Description.Hostname
    QString role;          // Spec.Role: "manager", "worker"
    QString availability;  // Spec.Availability: "active", "pause", "drain"
    QString state;         // Status.State: "unknown", "down", "ready", "disconnected"
    QString addr;          // Status.Addr
    bool leader = false;   // ManagerStatus.Leader
    QString reachability;  // ManagerStatus.Reachability: "reachable", "unreachable", "unknown"
    QString managerAddr;   // ManagerStatus.Addr
    QString engineVersion; // Description.Engine.EngineVersion
    QJsonObject spec;      // Spec as the daemon sent it (updates send it back, changed)

    bool isReadyActive() const
    {
        return state == QLatin1String("ready") && availability == QLatin1String("active");
    }
    QJsonObject toJson() const; // no Spec
};

struct SwarmInitRequest
{
    QString listenAddr;    // "0.0.0.0:2377" or "10.0.0.4:2377"
    QString advertiseAddr; // the node's PRIVATE address ("10.0.0.4:2377")
    QString dataPathAddr;  // optional
};

struct SwarmJoinRequest
{
    QString listenAddr;
    QString advertiseAddr;
    QString dataPathAddr;    // optional
    QStringList remoteAddrs; // the leader's private "addr:2377"
    QString joinToken;       // secret
};

template <typename T> struct SwarmOutcome
{
    SwarmError error;
    T value{};
    bool ok() const { return error.ok(); }
};

struct SwarmDone
{
};

// ---- one daemon -----------------------------------------------------------------------------

// The swarm jobs on one daemon. Every job is asynchronous and ends in exactly one call of its
// callback (on this object's thread), unless cancel() or the client's destruction ends it first
// (then no callback). Several jobs may run at once; each has its own connection. The first job
// asks GET /version once and every later path is /v<negotiated>/....
class SwarmClient : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kMaxApiVersion = "1.41"; // what we were written against
    static constexpr const char *kMinApiVersion = "1.24"; // swarm mode's node endpoints
    static constexpr int kMembershipTimeoutMs = 60000;    // init, join, leave: at least this long

    template <typename T> using Callback = std::function<void(const SwarmOutcome<T> &)>;

    explicit SwarmClient(EngineEndpoint endpoint, QString nodeName = {}, QObject *parent = nullptr);
    ~SwarmClient() override;

    const EngineEndpoint &endpoint() const { return m_endpoint; }
    QString nodeName() const { return m_nodeName; }     // for messages; the endpoint when empty
    QString apiVersion() const { return m_apiVersion; } // empty until negotiated

    void localState(Callback<SwarmLocalState> done);                    // GET /info
    void init(const SwarmInitRequest &request, Callback<QString> done); // -> node ID
    void joinTokens(Callback<SwarmJoinTokens> done);                    // GET /swarm
    void join(const SwarmJoinRequest &request, Callback<SwarmDone> done);
    void nodes(Callback<QList<SwarmNode>> done); // GET /nodes
    // POST /nodes/{id}/update?version=N with the node's spec, Availability changed.
    void setAvailability(const SwarmNode &node, const QString &availability,
                         Callback<SwarmDone> done);
    // POST /nodes/{id}/update?version=N with the node's spec, Role changed ("worker": demote).
    void setRole(const SwarmNode &node, const QString &role, Callback<SwarmDone> done);
    void leave(bool force, Callback<SwarmDone> done); // POST /swarm/leave?force=
    void removeNode(const QString &nodeId, bool force, Callback<SwarmDone> done); // DELETE

    void cancel(); // ends every job without its callback

private:
    using Raw = std::function<void(const SwarmError &, const QByteArray &body)>;
    // Negotiates the API version (once), then sends method path (versioned) with body.
    void call(const QByteArray &method, const QString &path, const QByteArray &body,
              const QString &what, Raw done);
    void send(const QByteArray &method, const QString &path, const QByteArray &body,
              const QString &what, Raw done);
    void negotiated(const SwarmError &error);
    SwarmError translate(const EngineRequest &request, const QString &what) const;
    QString who() const;

    struct Pending
    {
        QByteArray method;
        QString path;
        QByteArray body;
        QString what;
        Raw done;
    };

    EngineEndpoint m_endpoint;
    QString m_nodeName;
    QString m_apiVersion;
    bool m_negotiating = false;
    QList<Pending> m_waiting; // calls made while the version is asked for
    QList<QPointer<EngineRequest>> m_requests;
};

// ---- N nodes -> one swarm -------------------------------------------------------------------

struct SwarmNodeSpec
{
    QString name;            // "web-1": every message and progress row names it
    EngineEndpoint endpoint; // its public mutual-TLS endpoint
    QString privateAddress;  // "10.0.0.4": advertise, listen and join on this, never public
    quint16 swarmPort = 2377;
    QString dataPathAddress; // optional (DataPathAddr)
};

struct SwarmFormationOptions
{
    QList<SwarmNodeSpec> nodes;
    int managers = 1; // the first `managers` nodes are managers; odd, 1 <= managers <= nodes
    int readyTimeoutMs = 120000; // the wait for GET /nodes to list every node ready/active
    int pollIntervalMs = 1000;
    int maxParallelJoins = 4; // workers join this many at a time
    // Join mode (`docker-vm swarm add`) when not empty: the swarm exists and these are nodes of it
    // (privateAddress ignored). They are asked in order (GET /info) until one answers as a
    // manager of an active swarm; its Swarm.NodeAddr is the join address, its GET /swarm gives
    // the worker token and its GET /nodes is polled. Every node of `nodes` joins as a worker
    // (`managers` is ignored). Nothing on the existing nodes changes.
    QList<SwarmNodeSpec> existing;
};

enum class SwarmStep {
    Check,  // GET /info: reachable over mutual TLS, not yet in a swarm
    Init,   // POST /swarm/init on the first manager
    Tokens, // GET /swarm
    Join,   // POST /swarm/join
    Ready,  // listed ready/active by GET /nodes on the leader
};
enum class SwarmStepState { Running, Done, Failed, Cancelled };

QString swarmStepId(SwarmStep step);    // "check", "init", "tokens", "join", "ready"
QString swarmStepLabel(SwarmStep step); // translated

struct SwarmNodeFailure
{
    QString node;
    SwarmStep step = SwarmStep::Check;
    SwarmError error;
};

struct SwarmFormationResult
{
    bool ok = false;
    bool cancelled = false;
    QString leader; // the node name of the first manager (when init succeeded)
    QString swarmId;
    QStringList joined; // nodes that are part of the swarm (leader first)
    // Nodes whose init/join request was in flight when the formation was cancelled or timed out:
    // the daemon may still complete it, so a rollback should make them leave too.
    QStringList uncertain;
    QList<SwarmNodeFailure> failures; // each failed node, the step and why
    QList<SwarmNode> nodes;           // the last GET /nodes on the leader
    QHash<QString, QString> nodeIds;  // node name -> swarm node ID
    qint64 elapsedMs = 0;
    QString summary; // one translated sentence

    QJsonObject toJson() const;
};

// Forms one swarm out of N daemons that are not in a swarm yet: GET /info on all (parallel),
// init on the first manager (advertising its private address), read the join tokens, join the
// other managers one at a time (each raft membership change completes before the next), then the
// workers in parallel (up to maxParallelJoins), and poll GET /nodes on the leader until every
// node is ready/active or readyTimeoutMs passes. Signals only; no nested loop.
// A failing node does not stop the others (except the leader's init, which ends the formation);
// the result names every node that failed and why. Nothing is rolled back here: the caller keeps
// the partial swarm or makes the joined nodes leave (result.joined).
class SwarmFormation : public QObject
{
    Q_OBJECT
public:
    explicit SwarmFormation(SwarmFormationOptions options, QObject *parent = nullptr);
    ~SwarmFormation() override;

    // A translated list of the problems with the options (empty when they are fine).
    static QStringList validate(const SwarmFormationOptions &options);

    void start();
    void cancel(); // finished() follows with cancelled = true (unless already finished)
    bool isRunning() const { return m_running; }
    const SwarmFormationResult &result() const { return m_result; }

signals:
    // One row per node and step: Running, then Done or Failed (detail says why; never a token).
    void progress(const QString &node, dockervm::docker::SwarmStep step,
                  dockervm::docker::SwarmStepState state, const QString &detail);
    void finished(const dockervm::docker::SwarmFormationResult &result);

private:
    struct Node
    {
        SwarmNodeSpec spec;
        bool manager = false;
        SwarmClient *client = nullptr;
        bool failed = false;
        bool joined = false;
        QString nodeId;
        bool hasRunningStep = false;
        SwarmStep runningStep = SwarmStep::Check;
        bool ready = false;
        bool requestInFlight = false; // init or join sent, no answer yet
    };

    void report(Node &node, SwarmStep step, SwarmStepState state, const QString &detail = {});
    void nodeFailed(Node &node, SwarmStep step, const SwarmError &error);
    void checkDone();
    void initLeader();
    void findManager(int index, std::shared_ptr<QStringList> answers);
    bool joinMode() const { return !m_options.existing.isEmpty(); }
    void readTokens();
    void joinNextManager();
    void joinWorkers();
    void join(Node &node, const QString &token, const std::function<void()> &next);
    void learnNodeId(Node &node, const std::function<void()> &next);
    void startWaiting();
    void poll();
    void finish(bool ok, const QString &summary);
    QString addrOf(const Node &node) const;
    Node &leader() { return m_nodes.front(); }

    SwarmFormationOptions m_options;
    std::vector<Node> m_nodes;
    SwarmFormationResult m_result;
    SwarmJoinTokens m_tokens; // secret; cleared at the end
    bool m_running = false;
    int m_pendingChecks = 0;
    int m_nextManager = 1;
    int m_nextWorker = 0;
    int m_activeJoins = 0;
    QElapsedTimer m_clock;
    QElapsedTimer m_waitClock;
    QTimer m_pollTimer;
    bool m_polling = false;
};

// ---- the swarm as the leader sees it ---------------------------------------------------------

struct SwarmStatusReport
{
    bool ok = false;
    SwarmError error;
    SwarmLocalState local; // of the daemon asked
    QList<SwarmNode> nodes;
    QString leaderHostname;
    QString leaderId;
    int managers = 0;
    int workers = 0;
    int ready = 0;

    QJsonObject toJson() const;
    QString toText() const; // the table `docker-vm swarm status` prints (translated headers)
};

// GET /info then GET /nodes on one manager; finished() exactly once.
class SwarmStatus : public QObject
{
    Q_OBJECT
public:
    explicit SwarmStatus(EngineEndpoint endpoint, QString nodeName = {}, QObject *parent = nullptr);
    void start();
    void cancel();
    const SwarmStatusReport &report() const { return m_report; }

signals:
    void finished(const dockervm::docker::SwarmStatusReport &report);

private:
    void finish();
    SwarmClient m_client;
    SwarmStatusReport m_report;
    bool m_running = false;
};

} // namespace dockervm::docker

Q_DECLARE_METATYPE(dockervm::docker::SwarmStep)
Q_DECLARE_METATYPE(dockervm::docker::SwarmStepState)
Q_DECLARE_METATYPE(dockervm::docker::SwarmFormationResult)
Q_DECLARE_METATYPE(dockervm::docker::SwarmStatusReport)
