#include "wizard/swarmoverview.h"

#include "common/logging.h"

#include <QLocale>

namespace dockervm::wizard {

SwarmOverview::SwarmOverview(QObject *parent) : QObject(parent) {}

SwarmOverview::~SwarmOverview()
{
    if (m_status)
        m_status->disconnect(this);
}

void SwarmOverview::setRun(const QString &swarmName, const cloud::RunResult &result)
{
    if (m_status) {
        m_status->disconnect(this);
        m_status->cancel();
        m_status->deleteLater();
    }
    m_name = swarmName;
    m_run = result.nodes;
    m_leader = result.swarmLeader;
    m_partial = result.partial;
    m_endpoint = {};
    m_endpoint.host = result.hostName;
    m_endpoint.port = quint16(result.dockerPort);
    m_endpoint.certDir = result.certDir;
    m_endpoint.hostOverrides = result.hostOverrides;
    m_report = {};
    m_refreshedAt = {};
    m_state = State::Empty;
    emit changed();
}

QString SwarmOverview::leaderEndpoint() const
{
    return m_endpoint.displayName();
}

QStringList SwarmOverview::failedNodes() const
{
    QStringList names;
    for (const cloud::NodeResult &n : m_run)
        if (!n.ok)
            names << n.name;
    return names;
}

QList<SwarmOverview::Node> SwarmOverview::nodes() const
{
    QList<Node> out;
    QList<bool> used(m_report.nodes.size(), false);
    // The leader's entry for a node of the run: by its swarm node ID, else by the private
    // address it advertised, else by the daemon's host name.
    auto match = [this, &used](const cloud::NodeResult &n) -> const docker::SwarmNode * {
        for (int pass = 0; pass < 3; ++pass)
            for (int i = 0; i < m_report.nodes.size(); ++i) {
                const docker::SwarmNode &s = m_report.nodes.at(i);
                if (used.at(i))
                    continue;
                const bool hit = pass == 0 ? !n.swarmNodeId.isEmpty() && s.id == n.swarmNodeId
                                 : pass == 1
                                     ? !n.privateAddress.isEmpty() && s.addr == n.privateAddress
                                     : s.hostname.compare(n.name, Qt::CaseInsensitive) == 0;
                if (hit) {
                    used[i] = true;
                    return &s;
                }
            }
        return nullptr;
    };
    for (const cloud::NodeResult &n : m_run) {
        Node node;
        node.name = n.name;
        node.endpoint = n.hostName.isEmpty()
                            ? QString()
                            : QStringLiteral("%1:%2").arg(n.hostName).arg(n.dockerPort);
        node.privateAddress = n.privateAddress;
        node.role = n.role;
        node.leader = n.name == m_leader && m_report.nodes.isEmpty();
        node.failed = !n.ok;
        node.error = n.error;
        if (!n.ok) {
            out << node;
            continue;
        }
        if (const docker::SwarmNode *s = match(n)) {
            node.listed = true;
            node.role = s->role;
            node.leader = s->leader;
            node.availability = s->availability;
            node.state = s->state;
            node.engineVersion = s->engineVersion;
            if (node.privateAddress.isEmpty())
                node.privateAddress = s->addr;
        }
        out << node;
    }
    // Members the run did not make (`docker-vm swarm add`, or joined by hand).
    for (int i = 0; i < m_report.nodes.size(); ++i) {
        if (used.at(i))
            continue;
        const docker::SwarmNode &s = m_report.nodes.at(i);
        Node node;
        node.name = s.hostname.isEmpty() ? s.id.left(12) : s.hostname;
        node.privateAddress = s.addr;
        node.role = s.role;
        node.leader = s.leader;
        node.availability = s.availability;
        node.state = s.state;
        node.engineVersion = s.engineVersion;
        node.listed = true;
        out << node;
    }
    return out;
}

QString SwarmOverview::statusText() const
{
    const QString when = QLocale().toString(m_refreshedAt.time(), QLocale::ShortFormat);
    // Asked again (Refresh, or the panel's timer) after an answer: that answer stays in view
    // until the new one comes, rather than the line flickering to "Asking…" every few seconds.
    const bool answered =
        m_refreshedAt.isValid() && m_report.error.message.isEmpty() && !m_report.nodes.isEmpty();
    switch (m_state) {
    case State::Empty:
        return isSwarm() ? tr("Not asked yet: Refresh asks the leader %1 (%2).")
                               .arg(m_leader, leaderEndpoint())
                         : QString();
    case State::Refreshing:
        if (!answered)
            return tr("Asking the leader %1 (%2) for the swarm's nodes…")
                .arg(m_leader, leaderEndpoint());
        [[fallthrough]];
    case State::Refreshed:
        return tr("%1 nodes in the swarm (managers: %2, workers: %3), %4 ready, as the leader "
                  "%5 saw them at %6.")
            .arg(m_report.nodes.size())
            .arg(m_report.managers)
            .arg(m_report.workers)
            .arg(m_report.ready)
            .arg(m_report.leaderHostname.isEmpty() ? m_leader : m_report.leaderHostname, when);
    case State::Failed:
        return tr("Could not read the swarm from %1 at %2: %3")
            .arg(m_leader, when, m_report.error.message);
    }
    return {};
}

void SwarmOverview::refresh()
{
    if (!isSwarm() || m_status)
        return;
    docker::EngineEndpoint endpoint = m_endpoint;
    endpoint.timeoutMs = m_timeoutMs;
    auto *status = new docker::SwarmStatus(endpoint, m_leader, this);
    m_status = status;
    connect(status, &docker::SwarmStatus::finished, this, &SwarmOverview::onFinished);
    m_state = State::Refreshing;
    emit changed();
    qCInfo(lcUi).noquote() << "asking the swarm leader" << m_endpoint.displayName();
    status->start();
}

void SwarmOverview::onFinished(const docker::SwarmStatusReport &report)
{
    if (m_status) {
        m_status->deleteLater();
        m_status = nullptr;
    }
    m_refreshedAt = QDateTime::currentDateTime();
    if (report.ok) {
        m_report = report;
        m_state = State::Refreshed;
    } else {
        // What was listed before stays; the status says the refresh failed and why.
        m_report.error = report.error;
        m_state = State::Failed;
    }
    emit changed();
}

} // namespace dockervm::wizard
