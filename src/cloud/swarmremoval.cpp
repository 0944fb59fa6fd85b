#include "cloud/swarmremoval.h"

#include "common/logging.h"

#include <QTimer>

namespace dockervm::cloud {

SwarmNodeRemoval::SwarmNodeRemoval(SwarmRemovalInput input, QObject *parent)
    : QObject(parent), m_input(std::move(input))
{}

void SwarmNodeRemoval::finish(bool ok, const QString &error, bool refused)
{
    if (m_done)
        return;
    m_done = true;
    m_result.ok = ok;
    m_result.error = error;
    m_result.refused = refused;
    if (m_manager)
        m_manager->cancel();
    qCInfo(lcProvision).noquote() << "swarm remove" << m_input.node << (ok ? "ok" : "failed")
                                  << error;
    emit finished(m_result);
}

void SwarmNodeRemoval::start()
{
    QStringList names;
    for (int i = 0; i < m_input.nodes.size(); ++i) {
        names << m_input.nodes.at(i).name;
        if (m_input.nodes.at(i).name.compare(m_input.node, Qt::CaseInsensitive) == 0)
            m_victim = i;
    }
    if (m_victim < 0) {
        const QString error =
            names.isEmpty()
                ? tr("%1 has no nodes.").arg(m_input.swarmName)
                : tr("%1 has no node named %2; its nodes are %3. Name one of them, e.g. "
                     "'docker-vm swarm remove %1 %4'.")
                      .arg(m_input.swarmName, m_input.node, names.join(QStringLiteral(", ")),
                           names.last());
        QTimer::singleShot(0, this, [this, error] { finish(false, error, true); });
        return;
    }
    if (m_input.nodes.size() == 1) {
        QTimer::singleShot(0, this, [this] {
            finish(false,
                   tr("%1 is the only node of %2; remove the whole swarm with 'docker-vm "
                      "delete %2'.")
                       .arg(m_input.node, m_input.swarmName),
                   true);
        });
        return;
    }
    m_input.node = m_input.nodes.at(m_victim).name; // as the cloud spells it
    m_result.node = m_input.node;
    QTimer::singleShot(0, this, [this] { askManager(0, {}); });
}

// Asks the nodes in order (except `skip`) until one answers as a manager (GET /info, GET /nodes).
void SwarmNodeRemoval::askManager(int index, const QString &skip)
{
    while (index < m_input.nodes.size() &&
           m_input.nodes.at(index).name.compare(skip, Qt::CaseInsensitive) == 0)
        ++index;
    if (index >= m_input.nodes.size())
        return finish(false, tr("No node of %1 answered as a swarm manager:\n  %2")
                                 .arg(m_input.swarmName, m_errors.join(QStringLiteral("\n  "))));
    const SwarmRemovalInput::Node &node = m_input.nodes.at(index);
    auto *status = new docker::SwarmStatus(node.endpoint, node.name, this);
    connect(status, &docker::SwarmStatus::finished, this,
            [this, status, index, skip](const docker::SwarmStatusReport &report) {
                status->deleteLater();
                if (m_done)
                    return;
                if (!report.ok) {
                    m_errors << tr("%1: %2").arg(m_input.nodes.at(index).name,
                                                 report.error.message);
                    return askManager(index + 1, skip);
                }
                identify(report, index);
            });
    status->start();
}

// NODE's swarm node ID from its own GET /info; when it does not answer, the manager's list is
// searched by host name (a VM's host name is its node name).
void SwarmNodeRemoval::identify(const docker::SwarmStatusReport &report, int managerIndex)
{
    auto *client = new docker::SwarmClient(m_input.nodes.at(m_victim).endpoint, m_input.node, this);
    client->localState([this, client, report,
                        managerIndex](const docker::SwarmOutcome<docker::SwarmLocalState> &s) {
        client->deleteLater();
        if (m_done)
            return;
        decide(report, managerIndex, s.ok() ? s.value.nodeId : QString());
    });
}

void SwarmNodeRemoval::decide(const docker::SwarmStatusReport &report, int managerIndex,
                              const QString &nodeId)
{
    const QString victim = m_input.node;
    const QString asked = m_input.nodes.at(managerIndex).name;
    m_result.askedManager = asked;
    const docker::SwarmNode *member = nullptr;
    for (const docker::SwarmNode &n : report.nodes)
        if (nodeId.isEmpty() ? n.hostname.compare(victim, Qt::CaseInsensitive) == 0
                             : n.id == nodeId)
            member = &n;
    if (!member) {
        m_result.wasMember = false;
        emit message(
            tr("%1 is not in the swarm (as %2 sees it); deleting its VM only.").arg(victim, asked));
        return finish(true);
    }
    const docker::SwarmNode found = *member;
    if (found.role != QLatin1String("manager")) {
        m_manager = new docker::SwarmClient(m_input.nodes.at(managerIndex).endpoint, asked, this);
        return removeWorker(found);
    }
    if (report.managers <= 1)
        return finish(false,
                      tr("%1 is the swarm's only manager: without it the swarm ends. Remove the "
                         "whole swarm with 'docker-vm delete %2', or promote another node first "
                         "('docker node promote NODE' against %1).")
                          .arg(victim, m_input.swarmName),
                      true);
    if (found.leader)
        return finish(false,
                      tr("%1 leads the swarm, so it is not removed. Demote it first ('docker "
                         "node demote %1' against another manager; another manager then "
                         "leads), then run this again.")
                          .arg(victim),
                      true);
    // Demote first, but only while every other manager is reachable: raft keeps its quorum
    // through the change.
    QStringList unreachable;
    for (const docker::SwarmNode &n : report.nodes)
        if (n.role == QLatin1String("manager") && n.id != found.id &&
            n.reachability != QLatin1String("reachable"))
            unreachable << n.hostname;
    if (!unreachable.isEmpty())
        return finish(false,
                      tr("%1 is a manager, and demoting it now is not safe: the manager(s) %2 "
                         "are not reachable, so the swarm could lose its quorum. Bring them back "
                         "(or remove them first), then run this again.")
                          .arg(victim, unreachable.join(QStringLiteral(", "))),
                      true);
    if (managerIndex == m_victim) // ask another manager: this one is about to stop being one
        return askManager(0, victim);
    m_manager = new docker::SwarmClient(m_input.nodes.at(managerIndex).endpoint, asked, this);
    emit message(
        tr("Demoting %1 to a worker (%2 managers are left)…").arg(victim).arg(report.managers - 1));
    demote(found);
}

void SwarmNodeRemoval::demote(const docker::SwarmNode &node)
{
    m_manager->setRole(node, QStringLiteral("worker"),
                       [this, node](const docker::SwarmOutcome<docker::SwarmDone> &demoted) {
                           if (!demoted.ok())
                               return finish(false, tr("The swarm refused to demote %1: %2 "
                                                       "Nothing was removed.")
                                                        .arg(m_input.node, demoted.error.message));
                           m_result.demoted = true;
                           m_clock.start();
                           waitDemoted(node.id);
                       });
}

// GET /nodes on the manager until the node is listed as a worker with no manager status (the
// demotion went through raft); then it is removed as a worker.
void SwarmNodeRemoval::waitDemoted(const QString &nodeId)
{
    m_manager->nodes([this, nodeId](const docker::SwarmOutcome<QList<docker::SwarmNode>> &listed) {
        if (listed.ok())
            for (const docker::SwarmNode &n : listed.value)
                if (n.id == nodeId && n.role == QLatin1String("worker") &&
                    n.managerAddr.isEmpty() && n.reachability.isEmpty()) {
                    emit message(tr("%1 is a worker now.").arg(m_input.node));
                    return removeWorker(n); // its current version: the demotion changed it
                }
        if (m_clock.elapsed() > m_input.demoteTimeoutMs)
            return finish(false,
                          tr("%1 was still listed as a manager %2 s after its demotion%3. "
                             "Look at 'docker node ls' on a manager, then run this again.")
                              .arg(m_input.node)
                              .arg(m_input.demoteTimeoutMs / 1000)
                              .arg(listed.ok() ? QString()
                                               : QStringLiteral(" (") + listed.error.message +
                                                     QLatin1Char(')')));
        QTimer::singleShot(qMax(10, m_input.pollIntervalMs), this, [this, nodeId] {
            if (!m_done)
                waitDemoted(nodeId);
        });
    });
}

// Drain on the manager, leave on the node, node rm on the manager.
void SwarmNodeRemoval::removeWorker(const docker::SwarmNode &node)
{
    const QString victim = m_input.node;
    emit message(tr("Draining %1 (its tasks move to the other nodes)…").arg(victim));
    m_manager->setAvailability(
        node, QStringLiteral("drain"),
        [this, node, victim](const docker::SwarmOutcome<docker::SwarmDone> &drained) {
            if (!drained.ok())
                return finish(false,
                              tr("Could not drain %1: %2").arg(victim, drained.error.message));
            auto *leaving =
                new docker::SwarmClient(m_input.nodes.at(m_victim).endpoint, victim, this);
            leaving->leave(false, [this, leaving, node,
                                   victim](const docker::SwarmOutcome<docker::SwarmDone> &left) {
                leaving->deleteLater();
                if (!left.ok() && left.error.kind != docker::SwarmErrorKind::NotInSwarm)
                    emit message(tr("%1 could not leave the swarm itself (%2); removing it on "
                                    "the manager.")
                                     .arg(victim, left.error.message));
                // It has left (or is unreachable): the manager forgets it.
                m_manager->removeNode(
                    node.id, true,
                    [this, victim](const docker::SwarmOutcome<docker::SwarmDone> &removed) {
                        if (!removed.ok())
                            return finish(false,
                                          tr("The manager could not remove %1 from the swarm: %2")
                                              .arg(victim, removed.error.message));
                        emit message(tr("%1 left the swarm.").arg(victim));
                        finish(true);
                    });
            });
        });
}

} // namespace dockervm::cloud
