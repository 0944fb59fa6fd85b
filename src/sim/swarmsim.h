#pragma once

// Docker swarm mode as the simulated Docker hosts answer it. Every simulated VM's daemon is
// attached to the private network of its simulator (one SwarmNetwork per simulator, shared by
// its DockerHosts) under its private address ("10.0.0.4"). A `POST /swarm/join` whose
// RemoteAddrs name a manager's advertised private address and port, with that swarm's token,
// joins that swarm; `GET /nodes` on any manager then lists the node.
//
// The replies follow the Docker Engine API (v1.41, dockerd 20.10) and dockerd's own error texts
// and status codes (daemon/cluster/errors.go, swarmkit's gRPC errors as the daemon maps them):
//   503 "This node is already part of a swarm. ..."           init/join on a member
//   503 "This node is not part of a swarm"                      leave on a non-member
//   503 "This node is not a swarm manager. Use \"docker swarm init\" ..."  cluster state, no swarm
//   503 "This node is not a swarm manager. Worker nodes can't ..."        cluster state, worker
//   400 "rpc error: code = InvalidArgument desc = A valid join token is necessary to join this
//        cluster"                                              well-formed token, wrong secret
//   500 "invalid join token"                                    malformed token
//   500 "rpc error: code = Unknown desc = update out of sequence"  node update, stale version
//   404 "node X not found"
// What is simplified, and said so: a join to an address where no manager listens is refused at
// once (503, gRPC Unavailable "connection refused") instead of dockerd's 20 s join timeout; there
// is no raft log, no tasks and no overlay networks; TLSInfo carries no real trust root.
#include "sim/httpserver.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <map>
#include <optional>
#include <vector>

namespace dockervm::sim {

class SwarmNetwork
{
public:
    struct Options
    {
        // A node that joined is listed "unknown" (managers: reachability "unknown") for this long
        // before it is "ready", as a real node is until its first heartbeat.
        int readyDelayMs = 0;
    };

    SwarmNetwork();
    explicit SwarmNetwork(Options options);
    ~SwarmNetwork();
    SwarmNetwork(const SwarmNetwork &) = delete;
    SwarmNetwork &operator=(const SwarmNetwork &) = delete;

    // A daemon on this network; returns its handle. The private address is what it can listen,
    // advertise and be reached on ("10.0.0.4").
    int attach(const QString &privateAddress, const QString &hostname,
               const QString &engineVersion);
    // The daemon is gone (its VM deleted or stopped): its swarm node is down.
    void detach(int host);

    // Answers a swarm route (the path without its /vX.Y prefix); nullopt when the path is not a
    // swarm route.
    std::optional<HttpResponse> handle(int host, const QByteArray &method, const QString &path,
                                       const QUrlQuery &query, const QByteArray &body);
    // The "Swarm" object of GET /info for that daemon.
    QJsonObject infoSwarm(int host) const;

    // For tests and the demo.
    QString localNodeState(int host) const; // "inactive" | "active"
    QString nodeId(int host) const;
    int swarmCount() const { return int(m_swarms.size()); }
    void setReadyDelayMs(int ms) { m_options.readyDelayMs = ms; }

private:
    struct Host
    {
        QString address;
        QString hostname;
        QString engineVersion;
        bool attached = true;
        QString swarmId; // empty: not in a swarm
        QString nodeId;
    };
    struct Node
    {
        QString id;
        int host = -1;
        QString role; // manager | worker
        QString availability = QStringLiteral("active");
        QJsonObject labels;
        QString name; // Spec.Name
        qint64 version = 0;
        QString createdAt;
        QString updatedAt;
        qint64 joinedAt = 0;
        bool left = false;
        QString addr;        // the advertised IP
        QString managerAddr; // "ip:port" (managers)
        QString hostname;
        QString engineVersion;
    };
    struct Swarm
    {
        QString id;
        qint64 version = 10;
        QString createdAt;
        QString updatedAt;
        QString digest; // the CA digest part of the tokens
        QString workerSecret;
        QString managerSecret;
        std::vector<Node> nodes;
        QString leaderId;
    };

    HttpResponse init(int host, const QByteArray &body);
    HttpResponse join(int host, const QByteArray &body);
    HttpResponse leave(int host, bool force);
    HttpResponse inspect(int host);
    HttpResponse listNodes(int host);
    HttpResponse getNode(int host, const QString &ref);
    HttpResponse updateNode(int host, const QString &ref, const QUrlQuery &query,
                            const QByteArray &body);
    HttpResponse removeNode(int host, const QString &ref, bool force);

    // The swarm the host manages, or the 503 reply dockerd gives.
    Swarm *managed(int host, HttpResponse *refusal);
    Node *findNode(Swarm &swarm, const QString &ref);
    QJsonObject nodeJson(const Swarm &swarm, const Node &node) const;
    QString stateOf(const Node &node) const;
    bool nodeUp(const Node &node) const;
    void electLeader(Swarm &swarm);
    bool hasQuorum(const Swarm &swarm) const;
    void dropIfEmpty(const QString &swarmId);
    QString token(const Swarm &swarm, bool manager) const;
    bool validListen(const Host &h, const QString &addr, QString *ip, int *port) const;

    Options m_options;
    QElapsedTimer m_clock;
    std::map<int, Host> m_hosts;
    std::map<QString, Swarm> m_swarms;
    int m_nextHost = 1;
};

} // namespace dockervm::sim
