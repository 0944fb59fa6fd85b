#pragma once

#include "cloud/run.h"
#include "docker/swarm.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace dockervm::wizard {

// The swarm a multi-host run made, as the connection panel shows it: every node of the run
// (NodeResult: name, public endpoint, private address, whether it made it and why not) merged
// with what the leader says of it (docker::SwarmStatus: GET /info, GET /nodes over the same
// verified mutual TLS as the connection check): role, leader, availability, state, engine
// version. Nodes the leader lists that the run did not make (added later) are shown too.
// No widgets; the panel is a view over this, tests drive it directly.
class SwarmOverview : public QObject
{
    Q_OBJECT
public:
    enum class State { Empty, Refreshing, Refreshed, Failed };
    Q_ENUM(State)

    struct Node
    {
        QString name;           // "web-2"
        QString endpoint;       // "web-2.westus.cloudapp.azure.com:2376" (its public Docker)
        QString privateAddress; // "10.0.0.5"
        QString role;           // "manager" / "worker": the leader's word once refreshed
        bool leader = false;
        QString availability; // "active", "pause", "drain"; empty until listed
        QString state;        // "ready", "down", …; empty until listed
        QString engineVersion;
        bool failed = false; // the run could not make it or it could not join
        QString error;       // translated: why it failed (kept-partial runs)
        bool listed = false; // the leader's last GET /nodes lists it
    };

    explicit SwarmOverview(QObject *parent = nullptr);
    ~SwarmOverview() override;

    // The run's nodes, leader and partial flag, and how to reach the leader: its host and port
    // from the result, the certificate folder and the demo redirections. An empty node list
    // (a single host) clears the overview.
    void setRun(const QString &swarmName, const cloud::RunResult &result);
    bool isSwarm() const { return !m_run.isEmpty(); }
    QString swarmName() const { return m_name; }
    QString leaderName() const { return m_leader; }
    QString leaderEndpoint() const; // "host:port"
    bool isPartial() const { return m_partial; }
    QList<Node> nodes() const;
    QStringList failedNodes() const; // names of the nodes the run could not make or join

    State state() const { return m_state; }
    // One translated sentence: what the last refresh found (or why it failed), and when.
    QString statusText() const;
    QDateTime refreshedAt() const { return m_refreshedAt; }
    // Per request, connect to last byte (tests shorten it).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

public slots:
    // Asks the leader again (no-op while a refresh runs).
    void refresh();

signals:
    void changed(); // nodes, state or status text

private:
    void onFinished(const docker::SwarmStatusReport &report);

    QString m_name;
    QString m_leader;
    bool m_partial = false;
    QList<cloud::NodeResult> m_run;
    docker::EngineEndpoint m_endpoint;
    int m_timeoutMs = 15000;
    State m_state = State::Empty;
    docker::SwarmStatusReport m_report;
    QDateTime m_refreshedAt;
    QPointer<docker::SwarmStatus> m_status;
};

} // namespace dockervm::wizard
