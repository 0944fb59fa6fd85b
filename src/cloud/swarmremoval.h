#pragma once

// The swarm part of `docker-vm swarm remove NAME NODE`, the same for both clouds: over the run's
// mutual TLS client files, find a manager among the swarm's nodes (NAME-1 first), then
//
//   NODE not in the swarm          -> nothing to do in the swarm (ok, wasMember = false)
//   NODE the only manager          -> refused: the swarm would end
//   NODE the leader                -> refused: demote it first (another manager then leads)
//   NODE another manager           -> demoted (POST /nodes/{id}/update, Role "worker") only while
//                                     every other manager is reachable (raft keeps its quorum),
//                                     then GET /nodes until it is listed as a worker
//   NODE a worker (or demoted)     -> drained (on the manager), POST /swarm/leave on NODE, then
//                                     DELETE /nodes/{id}?force=true on the manager
//
// Deleting NODE's VM is the caller's (cloud::Cloud::removeSwarmNode), after ok.
#include "docker/enginerequest.h"
#include "docker/swarm.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace dockervm::cloud {

struct SwarmRemovalInput
{
    QString swarmName; // NAME, for messages
    struct Node
    {
        QString name; // "web-2"
        docker::EngineEndpoint endpoint;
    };
    QList<Node> nodes; // every node of NAME, NAME-1 first
    QString node;      // the one to remove
    int pollIntervalMs = 500;
    int demoteTimeoutMs = 60000; // the wait until a demoted manager is listed as a worker
};

struct SwarmRemovalResult
{
    bool ok = false;
    bool refused = false;  // bad input or unsafe: nothing was changed (exit code 2)
    bool wasMember = true; // false: NODE was not in the swarm (its VM may still be deleted)
    bool demoted = false;  // NODE was a manager and was demoted first
    QString node;          // NODE as its cloud spells it
    QString askedManager;  // the node whose manager answered
    QString error;         // translated: names NODE, the cause and the next step
};

class SwarmNodeRemoval : public QObject
{
    Q_OBJECT
public:
    explicit SwarmNodeRemoval(SwarmRemovalInput input, QObject *parent = nullptr);

    void start(); // finished() follows exactly once, later
    const SwarmRemovalResult &result() const { return m_result; }

signals:
    void message(const QString &text); // progress lines ("Draining web-3 …")
    void finished(const dockervm::cloud::SwarmRemovalResult &result);

private:
    void askManager(int index, const QString &skip);
    void identify(const docker::SwarmStatusReport &report, int managerIndex);
    void decide(const docker::SwarmStatusReport &report, int managerIndex, const QString &nodeId);
    void demote(const docker::SwarmNode &node);
    void waitDemoted(const QString &nodeId);
    void removeWorker(const docker::SwarmNode &node);
    void finish(bool ok, const QString &error = {}, bool refused = false);

    SwarmRemovalInput m_input;
    SwarmRemovalResult m_result;
    int m_victim = -1;
    QStringList m_errors; // each manager candidate's answer
    QPointer<docker::SwarmClient> m_manager;
    QElapsedTimer m_clock;
    bool m_done = false;
};

} // namespace dockervm::cloud

Q_DECLARE_METATYPE(dockervm::cloud::SwarmRemovalResult)
