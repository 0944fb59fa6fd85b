#pragma once

// The swarm step of a multi-host run, the same for both clouds: once every node of a run answers
// Docker over verified mutual TLS, a provisioner hands its nodes (cloud::NodeResult: DNS name,
// Docker port, private address) to SwarmSteps, which runs docker::SwarmFormation over the same
// TLS client files and reports its progress as the run's own rows:
//
//   swarm-init           POST /swarm/init on the first manager (advertise/listen on its private
//                        address), then GET /swarm for the join tokens
//   swarm-join-<node>    POST /swarm/join on every other node (managers one at a time, workers
//                        in parallel); one row per node, named after it ("swarm-join-web-2")
//   swarm-ready          GET /nodes on the leader until every node is ready/active
//
// Typical use in a provisioner:
//
//   // when planning rows (after the per-node rows, before "rollback"):
//   m_rows += cloud::SwarmSteps::plannedRows(nodeNames);
//   // when every node answered Docker:
//   cloud::SwarmStepInput in;
//   in.nodes = okNodes; in.managers = spec.managers; in.certDir = spec.effectiveCertDir();
//   in.hostOverrides = result.hostOverrides;   // demo: simulated hosts on loopback
//   in.readyTimeoutMs = options.swarmReadyTimeoutMs;
//   auto *swarm = new cloud::SwarmSteps(in, this);
//   connect(swarm, &cloud::SwarmSteps::rowUpdated, this, [this](const cloud::StepRow &row) {
//       /* replace the row with the same id, emit rowChanged */ });
//   connect(swarm, &cloud::SwarmSteps::finished, this, [this](const cloud::SwarmStepOutcome &o) {
//       cloud::applySwarmOutcome(m_result, o);
//       switch (cloud::swarmDecision(o, m_options.keepPartial)) { … } });
//   swarm->start();
//
// Partial failure policy (RunOptions::keepPartial), decided by swarmDecision():
//   - every node joined and is ready           → Complete: the run succeeds.
//   - some failed, a swarm exists, keepPartial → KeepPartial: the run succeeds with
//                                                RunResult::partial; the provisioner removes the
//                                                failed nodes' own resources (VM, NIC, IP, disk).
//   - otherwise (no keepPartial, or no swarm)  → RollBack: the run fails and rolls back every node.
// Nothing here deletes cloud resources and nothing here makes nodes leave: the VMs of a rolled
// back run are deleted anyway, and a kept swarm keeps its members.
//
// Join tokens never leave docker::SwarmFormation: no row, message or outcome carries one.
#include "cloud/run.h"
#include "common/hostoverrides.h"
#include "docker/swarm.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace dockervm::cloud {

// Row ids, stable for logs, JSON and tests.
QString swarmInitRowId();                        // "swarm-init"
QString swarmJoinRowId(const QString &nodeName); // "swarm-join-web-2"
QString swarmReadyRowId();                       // "swarm-ready"

// The node names of a multi-host run: NAME-1 … NAME-N.
QString nodeName(const QString &baseName, int index); // index from 1
// The default number of managers: 1 for fewer than 3 nodes, else 3 (raft tolerates one loss).
int defaultManagers(int nodes);
// VmSpec::nodes / managers rules, the same for both clouds: 1 <= nodes <= maxNodes, managers odd,
// 1 <= managers <= nodes. Empty when fine, else one translated message naming the rule and the
// next step.
inline constexpr int kMaxNodes = 20;
QString validateNodes(int nodes, int managers);

// `docker-vm swarm add NAME --count K` (join mode), the same for both clouds.
//   swarm-manager        GET /info on the existing nodes in order until one answers as a manager
//                        of an active swarm (its private address: Swarm.NodeAddr), then GET /swarm
//                        on it for the worker join token
//   swarm-join-<node>    POST /swarm/join on every NEW node, as a worker, RemoteAddrs = the
//                        manager's private address:2377 (in parallel)
//   swarm-ready          GET /nodes on that manager until every new node is ready/active
// The existing nodes are only read from; nothing on them changes.
QString swarmManagerRowId(); // "swarm-manager"
// The index of the next node of the swarm NAME: one more than the highest i of the members named
// NAME-i (case-insensitive), at least 1.
int nextNodeIndex(const QString &baseName, const QList<QString> &memberNames);
// NAME-(max+1) … NAME-(max+count) for the members' names.
QStringList addedNodeNames(const QString &baseName, const QList<QString> &memberNames, int count);
// `--count K` against the swarm's current size: 1 <= K and existing + K <= kMaxNodes (the bound
// of create --nodes: one cloud service's ports / one group's quotas and a wait that stays short).
// Empty when fine, else one translated message naming the rule and the next step.
QString validateAddCount(int count, int existingNodes);
// The certificate folder for adding nodes: ca.pem, ca-key.pem (signs the new nodes' server
// certificates), cert.pem and key.pem (the client, unchanged) must exist and be sound. Empty when
// fine, else the translated problems (CaWithoutKey: "ca-key.pem is missing …") and the next step.
QString caProblemForAdd(const QString &certDir);

// What SwarmSteps ended with.
struct SwarmStepOutcome
{
    bool ok = false;        // every node joined and is ready/active
    bool swarmMade = false; // the leader's init succeeded: a swarm exists (maybe without some)
    bool cancelled = false;
    bool joinedExisting = false; // join mode (SwarmStepInput::existing): swarm add
    QString leader; // node name of the first manager (join mode: the existing manager asked)
    QString swarmId;
    QStringList joined;              // node names in the swarm, leader first
    QHash<QString, QString> failed;  // node name -> translated why (init, join or ready)
    QHash<QString, QString> roles;   // node name -> "manager" / "worker"
    QHash<QString, QString> nodeIds; // node name -> swarm node ID
    int managersJoined = 0;          // managers that are in the swarm
    QString error;                   // translated summary when not ok
    docker::SwarmFormationResult formation;
};

enum class SwarmDecision {
    Complete,    // every node is in the swarm
    KeepPartial, // keep the swarm of the nodes that made it; remove the failed nodes
    RollBack,    // fail the run and remove every node
};
// Join mode: Complete when every new node joined; KeepPartial only when at least one new node
// joined (otherwise there is nothing to keep); else RollBack (of the new nodes only).
SwarmDecision swarmDecision(const SwarmStepOutcome &outcome, bool keepPartial);

// Writes the outcome into the run's result: every node's role, swarmNodeId, ok/error (a node
// that failed in the swarm step gets failedStep "swarm-join-<node>" or "swarm-init"), and
// swarmLeader/swarmId; hostName/dockerPort become the leader's.
void applySwarmOutcome(RunResult &result, const SwarmStepOutcome &outcome);

struct SwarmStepInput
{
    // The nodes that answered Docker, in order: the first `managers` become managers.
    QList<NodeResult> nodes;
    int managers = 1;
    QString certDir; // ca.pem, cert.pem, key.pem: the run's client files
    // Demo/tests: simulated hosts on loopback; empty in a real run. A mapping of a node's
    // "<privateAddress>:2377" names the loopback address its simulated VM's Docker listens on;
    // the swarm then advertises and listens on that address instead.
    HostOverrides hostOverrides;
    int readyTimeoutMs = 180000;
    int pollIntervalMs = 1000;
    int requestTimeoutMs = 30000; // per Engine API request
    // Join mode (`swarm add`) when not empty: the nodes the swarm has already (name, hostName,
    // dockerPort; privateAddress is read from the manager), asked in order for a manager.
    // Every node of `nodes` then joins that swarm as a worker; `managers` is ignored.
    QList<NodeResult> existing;
};

// The Engine API endpoint of one node of `input` (its public DNS name and Docker port, the run's
// client files, the demo/test host overrides).
docker::EngineEndpoint swarmEndpoint(const SwarmStepInput &input, const NodeResult &node);

// Keep-partial: a failed node that had joined the swarm (it has a swarm node ID; it failed at the
// "ready" stage) stays in the leader's node list as "down" once its VM is deleted. This removes
// every such node of `outcome` there: GET /nodes on the leader, POST /nodes/{id}/update with Role
// "worker" for a manager (dockerd refuses to remove a manager), then DELETE /nodes/{id}?force=true.
// `done` runs once, with one translated line per node that could not be removed (empty: all gone,
// or nothing to do), and only while `context` lives.
void forgetFailedNodes(const SwarmStepInput &input, const SwarmStepOutcome &outcome,
                       QObject *context, std::function<void(const QStringList &problems)> done);

// Join mode, rollback: makes the NEW nodes `names` that joined (or may have: a join in flight
// when cancelled) leave again: POST /swarm/leave?force=true on each, then DELETE
// /nodes/{id}?force=true on the manager of `outcome` (outcome.leader, one of input.existing), so
// the swarm does not keep them as "down". Nodes that never joined are skipped. `done` runs once,
// with one translated line per node that could not be removed (empty: all gone), and only while
// `context` lives. Also right for keep-partial's failed new nodes.
void removeAddedNodes(const SwarmStepInput &input, const SwarmStepOutcome &outcome,
                      const QStringList &names, QObject *context,
                      std::function<void(const QStringList &problems)> done);

// Runs docker::SwarmFormation for a run and turns its progress into the rows above.
class SwarmSteps : public QObject
{
    Q_OBJECT
public:
    explicit SwarmSteps(SwarmStepInput input, QObject *parent = nullptr);
    ~SwarmSteps() override;

    // The rows a run plans for these nodes (Pending, translated labels): swarm-init, one
    // swarm-join-<node> per node after the first, swarm-ready.
    static QList<StepRow> plannedRows(const QStringList &nodeNames);
    // Join mode: swarm-manager, one swarm-join-<node> per NEW node, swarm-ready.
    static QList<StepRow> plannedAddRows(const QString &swarmName, const QStringList &newNodeNames);
    bool isJoinMode() const { return !m_input.existing.isEmpty(); }

    // The managers actually used for `available` nodes when `wanted` were asked for: wanted,
    // or the largest odd number <= available when fewer nodes are left (keep-partial).
    static int managersFor(int wanted, int available);

    void start();
    // Stops the formation; finished() follows with cancelled = true (unless already finished).
    void cancel();
    bool isRunning() const;
    const SwarmStepOutcome &outcome() const { return m_outcome; }
    const SwarmStepInput &input() const { return m_input; }

signals:
    // A row of plannedRows() changed (same id); the run replaces its row with this one.
    void rowUpdated(const dockervm::cloud::StepRow &row);
    // A line for the progress log; never holds a token.
    void message(const QString &text);
    void finished(const dockervm::cloud::SwarmStepOutcome &outcome);

private:
    void onProgress(const QString &node, docker::SwarmStep step, docker::SwarmStepState state,
                    const QString &detail);
    void onFinished(const docker::SwarmFormationResult &result);
    void update(const QString &id, StepState state, const QString &detail);
    StepRow *row(const QString &id);

    SwarmStepInput m_input;
    QList<StepRow> m_rows;
    QHash<QString, qint64> m_started; // row id -> ms since start
    QElapsedTimer m_clock;
    QPointer<docker::SwarmFormation> m_formation;
    SwarmStepOutcome m_outcome;
    int m_ready = 0;
    bool m_finished = false;
};

} // namespace dockervm::cloud

Q_DECLARE_METATYPE(dockervm::cloud::SwarmStepOutcome)
