#include "cloud/swarmsteps.h"

#include "certs/dockertlsreport.h"
#include "common/logging.h"

#include <QDir>
#include <QRegularExpression>

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

QString swarmManagerRowId()
{
    return QStringLiteral("swarm-manager");
}

int nextNodeIndex(const QString &baseName, const QList<QString> &memberNames)
{
    const QRegularExpression re(
        QStringLiteral("^%1-(\\d+)$").arg(QRegularExpression::escape(baseName)),
        QRegularExpression::CaseInsensitiveOption);
    int highest = 0;
    for (const QString &name : memberNames)
        if (const auto m = re.match(name); m.hasMatch())
            highest = qMax(highest, m.captured(1).toInt());
    return highest + 1;
}

QStringList addedNodeNames(const QString &baseName, const QList<QString> &memberNames, int count)
{
    QStringList names;
    const int first = nextNodeIndex(baseName, memberNames);
    for (int i = 0; i < count; ++i)
        names << nodeName(baseName, first + i);
    return names;
}

QString validateAddCount(int count, int existingNodes)
{
    if (count < 1)
        return SwarmSteps::tr("--count takes the number of hosts to add, at least 1 (it is %1). "
                              "Leave it out to add one host.")
            .arg(count);
    if (existingNodes + count > kMaxNodes)
        return SwarmSteps::tr("The swarm has %1 host(s); %2 more would make %3, but a swarm made "
                              "by this tool has at most %4 (the bound of create --nodes: the "
                              "per-host ports of one cloud service and a wait that stays short). "
                              "Add at most %5.")
            .arg(existingNodes)
            .arg(count)
            .arg(existingNodes + count)
            .arg(kMaxNodes)
            .arg(qMax(0, kMaxNodes - existingNodes));
    return {};
}

QString caProblemForAdd(const QString &certDir)
{
    const certs::DockerTlsReport report = certs::DockerTlsInspector(certDir).inspect();
    const QString dir = QDir::toNativeSeparators(certDir);
    if (!report.dirExists)
        return SwarmSteps::tr("The certificate folder %1 does not exist. Give the folder the swarm "
                              "was created with (-C DIR): new hosts need its CA.")
            .arg(dir);
    QStringList problems;
    if (!report.ca.exists)
        problems << SwarmSteps::tr("%1 is missing: the swarm's hosts trust only the CA they were "
                                   "created with.")
                        .arg(QDir::toNativeSeparators(report.ca.path));
    else if (!report.caKey.exists)
        problems << SwarmSteps::tr("%1 exists without its key %2: no server certificate can be "
                                   "issued for a new host. Bring back ca-key.pem from where the "
                                   "swarm was created (making a new CA is no way out: the "
                                   "existing hosts trust only the old one).")
                        .arg(QDir::toNativeSeparators(report.ca.path),
                             QDir::toNativeSeparators(report.caKey.path));
    if (!report.clientCert.exists || !report.clientKey.exists)
        problems << SwarmSteps::tr("The client certificate %1 or its key %2 is missing: it is "
                                   "what reaches the swarm's Docker over mutual TLS.")
                        .arg(QDir::toNativeSeparators(report.clientCert.path),
                             QDir::toNativeSeparators(report.clientKey.path));
    if (problems.isEmpty())
        for (const certs::DockerTlsProblem &p : report.sharedErrors())
            problems << p.message;
    if (problems.isEmpty())
        return {};
    return SwarmSteps::tr("Cannot add hosts with the certificates in %1:\n  %2")
        .arg(dir, problems.join(QStringLiteral("\n  ")));
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
    if (outcome.joinedExisting) {
        bool someJoined = false;
        for (const QString &name : outcome.joined)
            someJoined = someJoined || (name != outcome.leader && !outcome.failed.contains(name));
        return keepPartial && !outcome.cancelled && someJoined ? SwarmDecision::KeepPartial
                                                               : SwarmDecision::RollBack;
    }
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

void removeAddedNodes(const SwarmStepInput &input, const SwarmStepOutcome &outcome,
                      const QStringList &names, QObject *context,
                      std::function<void(const QStringList &problems)> done)
{
    struct Victim
    {
        NodeResult node;
        QString id;
    };
    auto queue = std::make_shared<QList<Victim>>();
    for (const NodeResult &n : input.nodes) {
        if (!names.contains(n.name))
            continue;
        const QString id = outcome.nodeIds.value(n.name);
        if (!id.isEmpty() || outcome.joined.contains(n.name) ||
            outcome.formation.uncertain.contains(n.name))
            queue->append({n, id});
    }
    const NodeResult *manager = nullptr;
    for (const NodeResult &n : input.existing)
        if (n.name == outcome.leader)
            manager = &n;
    if (queue->isEmpty()) {
        QTimer::singleShot(0, context, [done] { done({}); });
        return;
    }
    auto *managerClient =
        manager ? new docker::SwarmClient(swarmEndpoint(input, *manager), manager->name, context)
                : nullptr;
    const QString managerName = manager ? manager->name : QString();
    auto problems = std::make_shared<QStringList>();
    auto next = std::make_shared<std::function<void()>>();
    const std::weak_ptr<std::function<void()>> weakNext = next;
    *next = [input, context, queue, problems, managerClient, managerName, weakNext, done] {
        const auto self = weakNext.lock();
        if (!self)
            return;
        if (queue->isEmpty()) {
            if (managerClient)
                managerClient->deleteLater();
            return done(*problems);
        }
        const Victim victim = queue->takeFirst();
        const QString name = victim.node.name;
        auto *client = new docker::SwarmClient(swarmEndpoint(input, victim.node), name, context);
        // Off the manager's node list (404: not there, fine).
        auto forget = [client, problems, managerClient, managerName, self,
                       name](const QString &id) {
            client->deleteLater();
            if (id.isEmpty()) {
                *problems << SwarmSteps::tr("%1 may be listed in the swarm: its node ID is "
                                            "unknown. Check with 'docker node ls' on a manager.")
                                 .arg(name);
                return (*self)();
            }
            if (!managerClient) {
                *problems << SwarmSteps::tr("%1 stays in the swarm's node list as down: no "
                                            "manager is known. Remove it with 'docker node rm "
                                            "--force %2' on a manager.")
                                 .arg(name, id);
                return (*self)();
            }
            managerClient->removeNode(
                id, true,
                [problems, self, name, id,
                 managerName](const docker::SwarmOutcome<docker::SwarmDone> &r) {
                    if (!r.ok() && r.error.httpStatus != 404)
                        *problems << SwarmSteps::tr("%1 stays in the swarm's node list as down: "
                                                    "the manager %2 refused to remove it (%3). "
                                                    "Remove it with 'docker node rm --force %4' "
                                                    "on a manager.")
                                         .arg(name, managerName, r.error.message, id);
                    (*self)();
                });
        };
        client->localState(
            [client, victim, forget](const docker::SwarmOutcome<docker::SwarmLocalState> &state) {
                const QString id =
                    state.ok() && !state.value.nodeId.isEmpty() ? state.value.nodeId : victim.id;
                if (!state.ok() || state.value.localNodeState == QLatin1String("inactive"))
                    return forget(id); // unreachable (its VM goes anyway) or already out
                client->leave(true, [forget, id](const docker::SwarmOutcome<docker::SwarmDone> &) {
                    forget(id); // a failed leave changes nothing: the VM is deleted next
                });
            });
    };
    (*next)();
}

// ---- SwarmSteps ----------------------------------------------------------------------------

SwarmSteps::SwarmSteps(SwarmStepInput input, QObject *parent)
    : QObject(parent), m_input(std::move(input))
{
    QStringList names;
    for (const NodeResult &n : std::as_const(m_input.nodes))
        names << n.name;
    if (isJoinMode()) {
        m_outcome.joinedExisting = true;
        m_rows =
            plannedAddRows(m_input.existing.first().name.section(QLatin1Char('-'), 0, -2), names);
    } else {
        m_rows = plannedRows(names);
    }
}

QList<StepRow> SwarmSteps::plannedAddRows(const QString &swarmName, const QStringList &newNodeNames)
{
    QList<StepRow> rows;
    rows.append({swarmManagerRowId(),
                 tr("Find a manager of %1 and read its join token").arg(swarmName),
                 StepState::Pending,
                 {},
                 0});
    for (const QString &name : newNodeNames)
        rows.append(
            {swarmJoinRowId(name), tr("%1 joins the swarm").arg(name), StepState::Pending, {}, 0});
    rows.append({swarmReadyRowId(),
                 tr("Wait until every new node is ready in the swarm"),
                 StepState::Pending,
                 {},
                 0});
    return rows;
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
    const bool join = isJoinMode();
    if (join)
        o.managers = 0;
    for (const NodeResult &n : std::as_const(m_input.existing)) {
        docker::SwarmNodeSpec spec;
        spec.name = n.name;
        spec.endpoint = swarmEndpoint(m_input, n);
        o.existing.append(spec);
    }
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
    if (!m_input.nodes.isEmpty() && !join)
        m_outcome.leader = m_input.nodes.first().name;
    if (!join && o.managers != m_input.managers)
        emit message(tr("%1 of the planned hosts are left, so the swarm gets %2 manager(s) "
                        "instead of %3.")
                         .arg(m_input.nodes.size())
                         .arg(o.managers)
                         .arg(m_input.managers));
    auto *formation = new docker::SwarmFormation(o, this);
    m_formation = formation;
    connect(formation, &docker::SwarmFormation::progress, this, &SwarmSteps::onProgress);
    connect(formation, &docker::SwarmFormation::finished, this, &SwarmSteps::onFinished);
    if (join)
        update(swarmManagerRowId(), StepState::Running,
               tr("asking %1").arg(m_input.existing.first().name));
    else
        update(swarmInitRowId(), StepState::Running,
               tr("%1 (advertises %2:2377)")
                   .arg(m_outcome.leader, m_input.nodes.isEmpty()
                                              ? QString()
                                              : m_input.nodes.first().privateAddress));
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
    if (isJoinMode()) {
        bool isNew = false;
        for (const NodeResult &n : std::as_const(m_input.nodes))
            isNew = isNew || n.name == node;
        if (!isNew) {
            // An existing node: the manager search and the join token, on one row. Nothing
            // about it is a failure of a node (the run's summary says why nothing joined).
            if (s == StepState::Failed)
                emit message(tr("%1: %2").arg(node, detail));
            if (step == SwarmStep::Tokens && s == StepState::Done)
                return update(swarmManagerRowId(), StepState::Done,
                              tr("%1 manages the swarm; join token read").arg(node));
            return update(swarmManagerRowId(), s == StepState::Done ? StepState::Running : s,
                          detail);
        }
    }
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
    if (isJoinMode())
        m_outcome.leader = result.leader;
    m_outcome.swarmMade = !result.swarmId.isEmpty() || result.joined.contains(m_outcome.leader);
    QStringList mine;
    for (const NodeResult &n : std::as_const(m_input.nodes))
        mine << n.name;
    for (const docker::SwarmNodeFailure &f : result.failures)
        if (!m_outcome.failed.contains(f.node) && (!isJoinMode() || mine.contains(f.node)))
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
    if (result.ok && isJoinMode())
        update(swarmReadyRowId(), StepState::Done,
               tr("%1 new node(s) ready/active; asked %2")
                   .arg(m_input.nodes.size())
                   .arg(m_outcome.leader));
    else if (result.ok)
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
