#include "cloud/swarmsteps.h"

#include "common/logging.h"

#include <QJsonObject>
#include <QTimer>

#include <memory>

namespace dockervm::cloud {

using docker::SwarmStep;
using docker::SwarmStepState;

QString swarmInitRowId()
{
    return QStringLiteral("swarm-init");
}

QString swarmJoinRowId(const QString &nodeName)
{
    return QStringLiteral("swarm-join-") + nodeName;
}

QString swarmReadyRowId()
{
    return QStringLiteral("swarm-ready");
}

QString nodeName(const QString &baseName, int index)
{
    return QStringLiteral("%1-%2").arg(baseName).arg(index);
}

int defaultManagers(int nodes)
{
    return nodes < 3 ? 1 : 3;
}

QString validateNodes(int nodes, int managers)
{
    if (nodes < 1 || nodes > kMaxNodes)
        return SwarmSteps::tr("The number of hosts must be between 1 and %1 (it is %2). Use "
                              "--nodes 1 for a single host, or more for a swarm.")
            .arg(kMaxNodes)
            .arg(nodes);
    if (managers < 1 || managers > nodes)
        return SwarmSteps::tr("The number of swarm managers must be between 1 and the number of "
                              "hosts (%1); it is %2. Leave out --managers for the default (%3).")
            .arg(nodes)
            .arg(managers)
            .arg(defaultManagers(nodes));
    if (managers % 2 == 0)
        return SwarmSteps::tr("The number of swarm managers must be odd (1, 3, 5, …); it is %1. "
                              "With an even number a swarm survives no more manager losses than "
                              "with one fewer, and a tie can stop it. Use --managers %2.")
            .arg(managers)
            .arg(managers - 1);
    return {};
}

SwarmDecision swarmDecision(const SwarmStepOutcome &outcome, bool keepPartial)
{
    if (outcome.ok)
        return SwarmDecision::Complete;
    if (keepPartial && outcome.swarmMade && !outcome.cancelled && outcome.managersJoined > 0)
        return SwarmDecision::KeepPartial;
    return SwarmDecision::RollBack;
}

void applySwarmOutcome(RunResult &result, const SwarmStepOutcome &outcome)
{
    result.swarmLeader = outcome.leader;
    result.swarmId = outcome.swarmId;
    for (NodeResult &node : result.nodes) {
        if (outcome.roles.contains(node.name))
            node.role = outcome.roles.value(node.name);
        node.swarmNodeId = outcome.nodeIds.value(node.name, node.swarmNodeId);
        if (outcome.failed.contains(node.name) && node.ok) {
            node.ok = false;
            node.error = outcome.failed.value(node.name);
            node.failedStep =
                node.name == outcome.leader ? swarmInitRowId() : swarmJoinRowId(node.name);
        }
        if (node.name == outcome.leader && outcome.swarmMade) {
            result.hostName = node.hostName;
            result.dockerPort = node.dockerPort;
        }
    }
}

QJsonObject NodeResult::toJson() const
{
    QJsonObject o{
        {QStringLiteral("name"), name},       {QStringLiteral("host"), hostName},
        {QStringLiteral("port"), dockerPort}, {QStringLiteral("privateAddress"), privateAddress},
        {QStringLiteral("role"), role},       {QStringLiteral("ok"), ok}};
    if (!swarmNodeId.isEmpty())
        o.insert(QStringLiteral("swarmNodeId"), swarmNodeId);
    if (!ok) {
        o.insert(QStringLiteral("failedStep"), failedStep);
        o.insert(QStringLiteral("error"), error);
    }
    return o;
}

docker::EngineEndpoint swarmEndpoint(const SwarmStepInput &input, const NodeResult &node)
{
    docker::EngineEndpoint e;
    e.host = node.hostName;
    e.port = quint16(node.dockerPort);
    e.certDir = input.certDir;
    e.hostOverrides = input.hostOverrides;
    e.timeoutMs = input.requestTimeoutMs;
    return e;
}

void forgetFailedNodes(const SwarmStepInput &input, const SwarmStepOutcome &outcome,
                       QObject *context, std::function<void(const QStringList &problems)> done)
{
    // The failed nodes the leader knows by ID; the leader itself is never one of them here (a
    // failed leader means no swarm to keep).
    QHash<QString, QString> victims; // swarm node ID -> node name
    for (auto it = outcome.failed.cbegin(); it != outcome.failed.cend(); ++it)
        if (it.key() != outcome.leader && !outcome.nodeIds.value(it.key()).isEmpty())
            victims.insert(outcome.nodeIds.value(it.key()), it.key());
    const NodeResult *leader = nullptr;
    for (const NodeResult &n : input.nodes)
        if (n.name == outcome.leader)
            leader = &n;
    if (victims.isEmpty() || !leader || !outcome.swarmMade) {
        QTimer::singleShot(0, context, [done] { done({}); });
        return;
    }
    auto *client = new docker::SwarmClient(swarmEndpoint(input, *leader), leader->name, context);
    auto problems = std::make_shared<QStringList>();
    auto finish = [client, problems, done] {
        client->deleteLater();
        done(*problems);
    };
    const QString leaderName = leader->name;
    client->nodes([client, victims, problems, finish,
                   leaderName](const docker::SwarmOutcome<QList<docker::SwarmNode>> &listed) {
        if (!listed.ok()) {
            for (const QString &name : victims)
                *problems << SwarmSteps::tr("%1 stays in the swarm's node list as down: the "
                                            "leader %2 could not list the nodes (%3). Remove it "
                                            "with 'docker node rm --force %1' on a manager.")
                                 .arg(name, leaderName, listed.error.message);
            return finish();
        }
        auto queue = std::make_shared<QList<docker::SwarmNode>>();
        for (const docker::SwarmNode &n : listed.value)
            if (victims.contains(n.id))
                queue->append(n);
        // One node at a time: demote (managers), then remove.
        auto next = std::make_shared<std::function<void()>>();
        const std::weak_ptr<std::function<void()>> weakNext = next;
        *next = [client, victims, problems, finish, queue, weakNext] {
            const auto self = weakNext.lock();
            if (!self || queue->isEmpty())
                return finish();
            const docker::SwarmNode node = queue->takeFirst();
            const QString name = victims.value(node.id);
            auto remove = [client, problems, self, node, name] {
                client->removeNode(
                    node.id, true,
                    [problems, self, node, name](const docker::SwarmOutcome<docker::SwarmDone> &r) {
                        if (!r.ok() && r.error.httpStatus != 404)
                            *problems << SwarmSteps::tr("%1 stays in the swarm's node list as "
                                                        "down: the leader refused to remove it "
                                                        "(%2). Remove it with 'docker node rm "
                                                        "--force %3' on a manager.")
                                             .arg(name, r.error.message, node.id);
                        (*self)();
                    });
            };
            if (node.role != QLatin1String("manager"))
                return remove();
            client->setRole(node, QStringLiteral("worker"),
                            [problems, self, node, name,
                             remove](const docker::SwarmOutcome<docker::SwarmDone> &demoted) {
                                if (!demoted.ok()) {
                                    *problems << SwarmSteps::tr(
                                                     "%1 stays in the swarm's node list: it is a "
                                                     "manager and the leader refused to demote it "
                                                     "(%2). Run 'docker node demote %3' and "
                                                     "'docker node rm --force %3' on a manager.")
                                                     .arg(name, demoted.error.message, node.id);
                                    return (*self)();
                                }
                                remove();
                            });
        };
        // Holds itself through the pending callbacks only.
        (*next)();
    });
}

// ---- SwarmSteps ----------------------------------------------------------------------------

SwarmSteps::SwarmSteps(SwarmStepInput input, QObject *parent)
    : QObject(parent), m_input(std::move(input))
{
    QStringList names;
    for (const NodeResult &n : std::as_const(m_input.nodes))
        names << n.name;
    m_rows = plannedRows(names);
}

SwarmSteps::~SwarmSteps()
{
    if (m_formation)
        m_formation->disconnect(this);
}

QList<StepRow> SwarmSteps::plannedRows(const QStringList &nodeNames)
{
    QList<StepRow> rows;
    rows.append({swarmInitRowId(),
                 nodeNames.isEmpty() ? tr("Create the swarm")
                                     : tr("Create the swarm on %1").arg(nodeNames.first()),
                 StepState::Pending,
                 {},
                 0});
    for (int i = 1; i < nodeNames.size(); ++i)
        rows.append({swarmJoinRowId(nodeNames.at(i)),
                     tr("%1 joins the swarm").arg(nodeNames.at(i)),
                     StepState::Pending,
                     {},
                     0});
    rows.append({swarmReadyRowId(),
                 tr("Wait until every node is ready in the swarm"),
                 StepState::Pending,
                 {},
                 0});
    return rows;
}

int SwarmSteps::managersFor(int wanted, int available)
{
    int m = qMin(wanted, available);
    if (m > 0 && m % 2 == 0)
        --m;
    return qMax(1, m);
}

bool SwarmSteps::isRunning() const
{
    return m_formation && m_formation->isRunning();
}

StepRow *SwarmSteps::row(const QString &id)
{
    for (StepRow &r : m_rows)
        if (r.id == id)
            return &r;
    return nullptr;
}

void SwarmSteps::update(const QString &id, StepState state, const QString &detail)
{
    StepRow *r = row(id);
    if (!r)
        return;
    if (state == StepState::Running && r->state == StepState::Running &&
        (detail.isEmpty() || detail == r->detail))
        return; // nothing new to show (the ready poll repeats itself)
    if (state == StepState::Running && r->state != StepState::Running)
        m_started.insert(id, m_clock.elapsed());
    r->state = state;
    if (!detail.isEmpty() || state == StepState::Running)
        r->detail = detail;
    r->elapsedMs = m_clock.elapsed() - m_started.value(id, m_clock.elapsed());
    qCInfo(lcProvision).noquote() << id << stepStateId(state) << r->detail;
    emit rowUpdated(*r);
}

void SwarmSteps::start()
{
    if (m_formation || m_finished)
        return;
    m_clock.start();
    docker::SwarmFormationOptions o;
    o.managers = managersFor(m_input.managers, int(m_input.nodes.size()));
    o.readyTimeoutMs = m_input.readyTimeoutMs;
    o.pollIntervalMs = m_input.pollIntervalMs;
    for (int i = 0; i < m_input.nodes.size(); ++i) {
        const NodeResult &n = m_input.nodes.at(i);
        docker::SwarmNodeSpec spec;
        spec.name = n.name;
        spec.endpoint = swarmEndpoint(m_input, n);
        // Demo and simulator runs only: the simulated VM's private address is mapped to the
        // loopback address its Docker listens on, and the swarm must use that one.
        spec.privateAddress = n.privateAddress;
        if (const auto target = m_input.hostOverrides.lookup(n.privateAddress, spec.swarmPort))
            spec.privateAddress = target->address.toString();
        o.nodes.append(spec);
        m_outcome.roles.insert(n.name, i < o.managers ? QStringLiteral("manager")
                                                      : QStringLiteral("worker"));
    }
    if (!m_input.nodes.isEmpty())
        m_outcome.leader = m_input.nodes.first().name;
    if (o.managers != m_input.managers)
        emit message(tr("%1 of the planned hosts are left, so the swarm gets %2 manager(s) "
                        "instead of %3.")
                         .arg(m_input.nodes.size())
                         .arg(o.managers)
                         .arg(m_input.managers));
    auto *formation = new docker::SwarmFormation(o, this);
    m_formation = formation;
    connect(formation, &docker::SwarmFormation::progress, this, &SwarmSteps::onProgress);
    connect(formation, &docker::SwarmFormation::finished, this, &SwarmSteps::onFinished);
    update(swarmInitRowId(), StepState::Running,
           tr("%1 (advertises %2:2377)")
               .arg(m_outcome.leader,
                    m_input.nodes.isEmpty() ? QString() : m_input.nodes.first().privateAddress));
    formation->start();
}

void SwarmSteps::cancel()
{
    if (m_formation && m_formation->isRunning())
        m_formation->cancel(); // finished() follows at once
}

void SwarmSteps::onProgress(const QString &node, SwarmStep step, SwarmStepState state,
                            const QString &detail)
{
    const bool leader = node == m_outcome.leader;
    const StepState s = state == SwarmStepState::Running  ? StepState::Running
                        : state == SwarmStepState::Done   ? StepState::Done
                        : state == SwarmStepState::Failed ? StepState::Failed
                                                          : StepState::Cancelled;
    if (s == StepState::Failed) {
        m_outcome.failed.insert(node, detail);
        emit message(tr("%1: %2 failed: %3").arg(node, docker::swarmStepLabel(step), detail));
    }
    switch (step) {
    case SwarmStep::Check:
        // Reachable and not in a swarm yet: the row starts with its own step (init or join).
        if (s == StepState::Failed || s == StepState::Cancelled)
            update(leader ? swarmInitRowId() : swarmJoinRowId(node), s, detail);
        return;
    case SwarmStep::Init:
        if (s == StepState::Done)
            return update(swarmInitRowId(), StepState::Running, detail);
        return update(swarmInitRowId(), s, detail);
    case SwarmStep::Tokens:
        return update(swarmInitRowId(), s,
                      s == StepState::Done
                          ? tr("swarm made on %1; join tokens read").arg(m_outcome.leader)
                          : detail);
    case SwarmStep::Join:
        return update(swarmJoinRowId(node), s,
                      s == StepState::Done ? tr("joined as %1").arg(m_outcome.roles.value(node))
                                           : detail);
    case SwarmStep::Ready:
        if (s == StepState::Done)
            ++m_ready;
        if (s == StepState::Failed || s == StepState::Cancelled) {
            if (!leader)
                update(swarmJoinRowId(node), StepState::Failed, detail);
            return update(swarmReadyRowId(), StepState::Running,
                          tr("%1 of %2 ready; %3: %4")
                              .arg(m_ready)
                              .arg(m_input.nodes.size())
                              .arg(node, detail));
        }
        return update(swarmReadyRowId(), StepState::Running,
                      tr("%1 of %2 nodes ready/active").arg(m_ready).arg(m_input.nodes.size()));
    }
}

void SwarmSteps::onFinished(const docker::SwarmFormationResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_outcome.formation = result;
    m_outcome.ok = result.ok;
    m_outcome.cancelled = result.cancelled;
    m_outcome.swarmId = result.swarmId;
    m_outcome.joined = result.joined;
    m_outcome.nodeIds = result.nodeIds;
    m_outcome.swarmMade = !result.swarmId.isEmpty() || result.joined.contains(m_outcome.leader);
    for (const docker::SwarmNodeFailure &f : result.failures)
        if (!m_outcome.failed.contains(f.node))
            m_outcome.failed.insert(f.node, f.error.message);
    for (const QString &name : std::as_const(result.joined))
        if (m_outcome.roles.value(name) == QLatin1String("manager") &&
            !m_outcome.failed.contains(name))
            ++m_outcome.managersJoined;
    // A node the formation never got to (cancelled, or the leader failed first).
    for (const NodeResult &n : std::as_const(m_input.nodes))
        if (!result.ok && !result.joined.contains(n.name) && !m_outcome.failed.contains(n.name))
            m_outcome.failed.insert(n.name, result.cancelled
                                                ? tr("cancelled before it joined")
                                                : tr("did not join: %1").arg(result.summary));
    if (!result.ok)
        m_outcome.error = result.summary;
    const StepState rest = result.cancelled ? StepState::Cancelled : StepState::Skipped;
    for (const StepRow &r : std::as_const(m_rows)) {
        if (r.id == swarmReadyRowId())
            continue;
        if (r.state == StepState::Pending)
            update(r.id, rest, {});
        else if (r.state == StepState::Running)
            update(r.id, result.cancelled ? StepState::Cancelled : StepState::Failed, {});
    }
    if (result.ok)
        update(
            swarmReadyRowId(), StepState::Done,
            tr("%1 nodes ready/active; leader %2").arg(result.joined.size()).arg(m_outcome.leader));
    else if (row(swarmReadyRowId())->state == StepState::Pending)
        update(swarmReadyRowId(), rest, {});
    else
        update(swarmReadyRowId(), result.cancelled ? StepState::Cancelled : StepState::Failed,
               result.summary);
    emit finished(m_outcome);
}

} // namespace dockervm::cloud
