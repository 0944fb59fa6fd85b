// SIMULATED SWARM: the simulated Docker hosts' swarm mode (sim::SwarmNetwork behind
// sim::DockerHost), driven by our SwarmClient / SwarmFormation / SwarmStatus over real mutual TLS
// on loopback, and by the real docker CLI when it is installed.
//
// Three simulated daemons share one private network (10.0.0.4-6, as three VMs of one simulator):
// a join with a valid token to a manager's advertised private address joins that swarm. The
// first case checks the simulated replies with the assertions tst_realswarm makes against real
// dockerds (same SwarmClient parsing), so the simulator cannot drift from the real daemon
// without a failing test.
#include "certs_testpki.h"
#include "docker/swarm.h"
#include "sim/dockerhost.h"
#include "sim/swarmsim.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace dockervm;
using namespace dockervm::docker;

namespace {

constexpr int kNodes = 3;

struct Row
{
    QString node;
    SwarmStep step;
    SwarmStepState state;
    QString detail;
};

} // namespace

class TstSimSwarm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void oneManagerTwoWorkersLikeRealDockerd();
    void threeManagers();
    void nodesBecomeReadyAfterAWhile();
    void wrongJoinTokenIsRefused();
    void nodeAlreadyInSwarm();
    void joinToAnAddressWithoutManager();
    void workerAndNonMemberRefuseClusterState();
    void leavingAndStoppedHosts();
    void oldDaemonHasNoSwarm();

private:
    QString nodeName(int i) const { return QStringLiteral("node%1").arg(i + 1); }
    QString privateAddress(int i) const { return QStringLiteral("10.0.0.%1").arg(4 + i); }
    EngineEndpoint endpoint(int i) const;
    SwarmFormationOptions formationOptions(int managers) const;
    SwarmFormationResult form(SwarmFormation &formation, QList<Row> *rows = nullptr);
    template <typename T, typename Call> SwarmOutcome<T> wait(Call call);
    SwarmOutcome<SwarmLocalState> localState(int i);
    QByteArray dockerCli(int node, const QStringList &args, int *exitCode);

    QTemporaryDir m_tmp;
    TestPki m_pki;
    std::shared_ptr<sim::SwarmNetwork> m_network;
    std::vector<std::unique_ptr<sim::DockerHost>> m_hosts;
};

void TstSimSwarm::initTestCase()
{
    qRegisterMetaType<SwarmStep>();
    qRegisterMetaType<SwarmStepState>();
    qRegisterMetaType<SwarmFormationResult>();
    qRegisterMetaType<SwarmStatusReport>();
    QVERIFY(m_tmp.isValid());
    QString error;
    QVERIFY2(m_pki.create(m_tmp.path() + QStringLiteral("/pki"), {QStringLiteral("localhost")},
                          {QHostAddress(QHostAddress::LocalHost)}, certs::KeyType::EcdsaP256, 30,
                          &error),
             qPrintable(error));
}

void TstSimSwarm::init()
{
    m_network = std::make_shared<sim::SwarmNetwork>();
    for (int i = 0; i < kNodes; ++i) {
        sim::DockerHost::Options o;
        o.caPem = m_pki.ca.certificatePem;
        o.serverCertPem = m_pki.server.certificatePem;
        o.serverKeyPem = m_pki.server.privateKeyPem;
        o.name = nodeName(i);
        o.swarmNetwork = m_network;
        o.privateAddress = privateAddress(i);
        m_hosts.push_back(std::make_unique<sim::DockerHost>(o));
        QVERIFY2(m_hosts.back()->listen(), qPrintable(m_hosts.back()->errorString()));
    }
}

void TstSimSwarm::cleanup()
{
    m_hosts.clear();
    QCOMPARE(m_network->swarmCount(), 0); // every node down: no swarm left on the network
    m_network.reset();
}

EngineEndpoint TstSimSwarm::endpoint(int i) const
{
    EngineEndpoint e;
    e.host = QStringLiteral("localhost");
    e.port = m_hosts.at(size_t(i))->port();
    e.certDir = m_pki.dir;
    e.timeoutMs = 10000;
    return e;
}

SwarmFormationOptions TstSimSwarm::formationOptions(int managers) const
{
    SwarmFormationOptions o;
    o.managers = managers;
    o.readyTimeoutMs = 20000;
    o.pollIntervalMs = 50;
    for (int i = 0; i < kNodes; ++i)
        o.nodes << SwarmNodeSpec{nodeName(i), endpoint(i), privateAddress(i), 2377, {}};
    return o;
}

SwarmFormationResult TstSimSwarm::form(SwarmFormation &formation, QList<Row> *rows)
{
    QList<Row> local;
    QList<Row> *out = rows ? rows : &local;
    connect(&formation, &SwarmFormation::progress, this,
            [out](const QString &node, SwarmStep step, SwarmStepState state, const QString &d) {
                out->append({node, step, state, d});
            });
    QSignalSpy finished(&formation, &SwarmFormation::finished);
    formation.start();
    if (!finished.wait(60000)) {
        formation.cancel();
        return formation.result();
    }
    return finished.first().first().value<SwarmFormationResult>();
}

template <typename T, typename Call> SwarmOutcome<T> TstSimSwarm::wait(Call call)
{
    SwarmOutcome<T> out;
    bool done = false;
    call([&](const SwarmOutcome<T> &o) {
        out = o;
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    }();
    return out;
}

SwarmOutcome<SwarmLocalState> TstSimSwarm::localState(int i)
{
    SwarmClient client(endpoint(i), nodeName(i));
    return wait<SwarmLocalState>([&](auto cb) { client.localState(cb); });
}

QByteArray TstSimSwarm::dockerCli(int node, const QStringList &args, int *exitCode)
{
    const QString docker = QStandardPaths::findExecutable(QStringLiteral("docker"));
    *exitCode = -2;
    if (docker.isEmpty())
        return {};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_tmp.path() + QStringLiteral("/home");
    QDir().mkpath(home + QStringLiteral("/.docker"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("DOCKER_CONFIG"), home + QStringLiteral("/.docker"));
    for (const char *v : {"DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH"})
        env.remove(QLatin1String(v));
    QProcess p;
    p.setProgram(docker);
    p.setArguments(QStringList{QStringLiteral("--tlsverify"),
                               QStringLiteral("--tlscacert=") + m_pki.caCertPath,
                               QStringLiteral("--tlscert=") + m_pki.clientCertPath,
                               QStringLiteral("--tlskey=") + m_pki.clientKeyPath,
                               QStringLiteral("-H"),
                               QStringLiteral("tcp://localhost:%1").arg(endpoint(node).port)} +
                   args);
    p.setProcessEnvironment(env);
    QSignalSpy done(&p, &QProcess::finished);
    p.start();
    if (!done.wait(30000)) {
        p.kill();
        done.wait(5000);
        return {};
    }
    *exitCode = p.exitCode();
    if (p.exitCode() != 0)
        qWarning().noquote() << "docker" << args.join(QLatin1Char(' '))
                             << "failed:" << p.readAllStandardError();
    return p.readAllStandardOutput();
}

// The assertions of tst_realswarm's oneManagerTwoWorkers, against the simulated daemons.
void TstSimSwarm::oneManagerTwoWorkersLikeRealDockerd()
{
    SwarmFormation formation(formationOptions(1));
    QList<Row> rows;
    const SwarmFormationResult r = form(formation, &rows);
    QVERIFY2(r.ok, qPrintable(r.summary + QLatin1Char('\n') +
                              QString::fromUtf8(QJsonDocument(r.toJson()).toJson())));
    QCOMPARE(r.leader, QStringLiteral("node1"));
    QCOMPARE(r.joined, (QStringList{QStringLiteral("node1"), QStringLiteral("node2"),
                                    QStringLiteral("node3")}));
    QVERIFY(r.failures.isEmpty());
    QVERIFY(!r.swarmId.isEmpty());
    QCOMPARE(r.nodes.size(), kNodes);
    auto has = [&](const QString &node, SwarmStep step) {
        return std::any_of(rows.begin(), rows.end(), [&](const Row &row) {
            return row.node == node && row.step == step && row.state == SwarmStepState::Done;
        });
    };
    for (int i = 0; i < kNodes; ++i) {
        QVERIFY(has(nodeName(i), SwarmStep::Check));
        QVERIFY(has(nodeName(i), i == 0 ? SwarmStep::Init : SwarmStep::Join));
        QVERIFY(has(nodeName(i), SwarmStep::Ready));
    }
    QVERIFY(has(QStringLiteral("node1"), SwarmStep::Tokens));
    for (const auto &row : std::as_const(rows))
        QVERIFY2(!row.detail.contains(QStringLiteral("SWMTKN")), qPrintable(row.detail));
    QVERIFY(!QJsonDocument(r.toJson()).toJson().contains("SWMTKN"));

    for (int i = 0; i < kNodes; ++i) {
        const QString id = r.nodeIds.value(nodeName(i));
        const auto it = std::find_if(r.nodes.begin(), r.nodes.end(),
                                     [&](const SwarmNode &n) { return n.id == id; });
        QVERIFY2(it != r.nodes.end(), qPrintable(nodeName(i)));
        QCOMPARE(it->role, i == 0 ? QStringLiteral("manager") : QStringLiteral("worker"));
        QCOMPARE(it->state, QStringLiteral("ready"));
        QCOMPARE(it->availability, QStringLiteral("active"));
        QCOMPARE(it->addr, privateAddress(i)); // the private address, never the public one
        QCOMPARE(it->hostname, nodeName(i));
        const auto local = localState(i);
        QVERIFY2(local.ok(), qPrintable(local.error.message));
        QCOMPARE(local.value.nodeAddr, privateAddress(i));
        QCOMPARE(local.value.nodeId, id);
        QCOMPARE(local.value.localNodeState, QStringLiteral("active"));
        QCOMPARE(local.value.controlAvailable, i == 0);
        QCOMPARE(local.value.clusterId.isEmpty(), i != 0); // Cluster only on managers
        QCOMPARE(it->leader, i == 0);
        QVERIFY(!it->engineVersion.isEmpty());
        if (i == 0)
            QCOMPARE(it->managerAddr, privateAddress(0) + QStringLiteral(":2377"));
    }

    SwarmStatus status(endpoint(0), nodeName(0));
    QSignalSpy statusDone(&status, &SwarmStatus::finished);
    status.start();
    QVERIFY(statusDone.wait(20000));
    const SwarmStatusReport sr = status.report();
    QVERIFY2(sr.ok, qPrintable(sr.error.message));
    QCOMPARE(sr.managers, 1);
    QCOMPARE(sr.workers, 2);
    QCOMPARE(sr.ready, 3);
    QCOMPARE(sr.leaderId, r.nodeIds.value(QStringLiteral("node1")));
    QVERIFY(sr.toText().contains(QStringLiteral("Leader")));

    SwarmStatus onWorker(endpoint(1), nodeName(1));
    QSignalSpy workerDone(&onWorker, &SwarmStatus::finished);
    onWorker.start();
    QVERIFY(workerDone.wait(20000));
    QCOMPARE(onWorker.report().error.kind, SwarmErrorKind::NotManager);

    {
        SwarmClient worker(endpoint(2), nodeName(2));
        const auto nodes = wait<QList<SwarmNode>>([&](auto cb) { worker.nodes(cb); });
        QCOMPARE(nodes.error.kind, SwarmErrorKind::NotManager);
        QVERIFY2(nodes.error.message.contains(QStringLiteral("node3")),
                 qPrintable(nodes.error.message));
        QCOMPARE(nodes.error.httpStatus, 503);
    }

    // The real docker CLI reads the simulated swarm as it reads a real one.
    int exit = 0;
    const QByteArray ls =
        dockerCli(0,
                  {QStringLiteral("node"), QStringLiteral("ls"), QStringLiteral("--format"),
                   QStringLiteral("{{.ID}} {{.Hostname}} {{.Status}} {{.Availability}} "
                                  "{{.ManagerStatus}} {{.EngineVersion}}")},
                  &exit);
    if (exit == -2) {
        qWarning("DOCKER CLI CHECK SKIPPED: no docker CLI (docker node ls)");
    } else {
        QCOMPARE(exit, 0);
        qInfo().noquote() << "docker node ls (simulated swarm):\n" << ls;
        const QStringList lines =
            QString::fromUtf8(ls).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), kNodes);
        for (const auto &line : lines)
            QVERIFY2(line.contains(QStringLiteral(" Ready Active")), qPrintable(line));
        for (int i = 0; i < kNodes; ++i)
            QVERIFY(ls.contains(r.nodeIds.value(nodeName(i)).toUtf8()));
        QCOMPARE(ls.count("Leader"), 1);
    }

    // Drain a worker, make it leave, remove it on the leader (`docker-vm swarm remove`'s steps).
    SwarmClient leader(endpoint(0), nodeName(0));
    SwarmClient worker(endpoint(2), nodeName(2));
    const QString workerId = r.nodeIds.value(QStringLiteral("node3"));
    SwarmNode node3 = *std::find_if(r.nodes.begin(), r.nodes.end(),
                                    [&](const SwarmNode &n) { return n.id == workerId; });
    SwarmNode stale = node3;
    stale.version = 1;
    auto done = wait<SwarmDone>(
        [&](auto cb) { leader.setAvailability(stale, QStringLiteral("drain"), cb); });
    QCOMPARE(done.error.kind, SwarmErrorKind::VersionConflict);
    done = wait<SwarmDone>(
        [&](auto cb) { leader.setAvailability(node3, QStringLiteral("drain"), cb); });
    QVERIFY2(done.ok(), qPrintable(done.error.message));
    const auto after = wait<QList<SwarmNode>>([&](auto cb) { leader.nodes(cb); });
    QVERIFY(after.ok());
    for (const auto &n : after.value)
        if (n.id == workerId) {
            QCOMPARE(n.availability, QStringLiteral("drain"));
            QCOMPARE(n.version, node3.version + 1);
        }
    // Removing a node that is still up is refused without force.
    done = wait<SwarmDone>([&](auto cb) { leader.removeNode(workerId, false, cb); });
    QCOMPARE(done.error.kind, SwarmErrorKind::Daemon);
    QCOMPARE(done.error.httpStatus, 400);
    QVERIFY2(done.error.daemonMessage.contains(QStringLiteral("is not down")),
             qPrintable(done.error.daemonMessage));
    done = wait<SwarmDone>([&](auto cb) { worker.leave(false, cb); });
    QVERIFY2(done.ok(), qPrintable(done.error.message));
    done = wait<SwarmDone>([&](auto cb) { leader.removeNode(workerId, false, cb); });
    QVERIFY2(done.ok(), qPrintable(done.error.message));
    done = wait<SwarmDone>([&](auto cb) { leader.removeNode(workerId, false, cb); });
    QCOMPARE(done.error.kind, SwarmErrorKind::NodeNotFound);
    QCOMPARE(done.error.httpStatus, 404);
}

void TstSimSwarm::threeManagers()
{
    SwarmFormation formation(formationOptions(3));
    const SwarmFormationResult r = form(formation);
    QVERIFY2(r.ok, qPrintable(r.summary));
    QCOMPARE(r.nodes.size(), kNodes);
    int leaders = 0;
    for (const auto &n : r.nodes) {
        QCOMPARE(n.role, QStringLiteral("manager"));
        QCOMPARE(n.reachability, QStringLiteral("reachable"));
        QVERIFY2(n.managerAddr.startsWith(QStringLiteral("10.0.0.")) &&
                     n.managerAddr.endsWith(QStringLiteral(":2377")),
                 qPrintable(n.managerAddr));
        QVERIFY(n.isReadyActive());
        leaders += n.leader ? 1 : 0;
    }
    QCOMPARE(leaders, 1);
    SwarmStatus status(endpoint(2), nodeName(2));
    QSignalSpy statusDone(&status, &SwarmStatus::finished);
    status.start();
    QVERIFY(statusDone.wait(20000));
    QVERIFY2(status.report().ok, qPrintable(status.report().error.message));
    QCOMPARE(status.report().managers, 3);
    QCOMPARE(status.report().workers, 0);

    // A manager may not leave without force; the daemon's words.
    SwarmClient m3(endpoint(2), nodeName(2));
    const auto left = wait<SwarmDone>([&](auto cb) { m3.leave(false, cb); });
    QCOMPARE(left.error.httpStatus, 503);
    QVERIFY2(left.error.daemonMessage.contains(QStringLiteral("participating as a manager")),
             qPrintable(left.error.daemonMessage));

    // The leader's VM goes away: another manager leads (two of three keep the quorum).
    m_hosts.at(0).reset();
    SwarmClient m2(endpoint(1), nodeName(1));
    const auto nodes = wait<QList<SwarmNode>>([&](auto cb) { m2.nodes(cb); });
    QVERIFY2(nodes.ok(), qPrintable(nodes.error.message));
    for (const auto &n : nodes.value) {
        if (n.id == r.nodeIds.value(QStringLiteral("node1"))) {
            QCOMPARE(n.state, QStringLiteral("down"));
            QCOMPARE(n.reachability, QStringLiteral("unreachable"));
            QVERIFY(!n.leader);
        }
        if (n.id == r.nodeIds.value(QStringLiteral("node2")))
            QVERIFY(n.leader);
    }
    m_hosts.erase(m_hosts.begin()); // cleanup() takes the others
}

void TstSimSwarm::nodesBecomeReadyAfterAWhile()
{
    // As a real node until its first heartbeat: listed "unknown" (a manager's reachability
    // "unknown") for a while after its join, then "ready".
    m_network->setReadyDelayMs(3000);
    SwarmClient leader(endpoint(0), nodeName(0));
    SwarmClient joiner(endpoint(1), nodeName(1));
    QVERIFY(
        wait<QString>([&](auto cb) {
            leader.init({QStringLiteral("10.0.0.4:2377"), QStringLiteral("10.0.0.4:2377"), {}}, cb);
        }).ok());
    const auto tokens = wait<SwarmJoinTokens>([&](auto cb) { leader.joinTokens(cb); });
    SwarmJoinRequest join;
    join.listenAddr = join.advertiseAddr = QStringLiteral("10.0.0.5:2377");
    join.remoteAddrs = {QStringLiteral("10.0.0.4:2377")};
    join.joinToken = tokens.value.manager;
    QVERIFY(wait<SwarmDone>([&](auto cb) { joiner.join(join, cb); }).ok());
    auto stateOf = [&](const QString &id) -> QString {
        const auto nodes = wait<QList<SwarmNode>>([&](auto cb) { leader.nodes(cb); });
        for (const auto &n : nodes.value)
            if (n.id == id)
                return n.state + QLatin1Char('/') + n.reachability;
        return QString();
    };
    const QString id = localState(1).value.nodeId;
    QCOMPARE(stateOf(localState(0).value.nodeId), QStringLiteral("ready/reachable"));
    QCOMPARE(stateOf(id), QStringLiteral("unknown/unknown"));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), QStringLiteral("ready/reachable"), 15000);

    // A formation waits for that.
    m_network->setReadyDelayMs(300);
    SwarmFormationOptions o = formationOptions(1);
    o.nodes.removeFirst(); // node2 and node3 are taken; form with... only node3 is free
    o.nodes = {o.nodes.last()};
    SwarmFormation formation(o);
    const SwarmFormationResult r = form(formation);
    QVERIFY2(r.ok, qPrintable(r.summary));
    for (const auto &n : r.nodes)
        QCOMPARE(n.state, QStringLiteral("ready"));
}

void TstSimSwarm::wrongJoinTokenIsRefused()
{
    SwarmClient leader(endpoint(0), nodeName(0));
    SwarmClient joiner(endpoint(1), nodeName(1));
    const auto init = wait<QString>([&](auto cb) {
        leader.init({QStringLiteral("10.0.0.4:2377"), QStringLiteral("10.0.0.4:2377"), {}}, cb);
    });
    QVERIFY2(init.ok(), qPrintable(init.error.message));
    QCOMPARE(init.value.size(), 25);
    QCOMPARE(leader.apiVersion(), QStringLiteral("1.41"));
    const auto tokens = wait<SwarmJoinTokens>([&](auto cb) { leader.joinTokens(cb); });
    QVERIFY2(tokens.ok(), qPrintable(tokens.error.message));
    QVERIFY(tokens.value.worker.startsWith(QStringLiteral("SWMTKN-1-")));
    QVERIFY(tokens.value.manager.startsWith(QStringLiteral("SWMTKN-1-")));
    QVERIFY(tokens.value.worker != tokens.value.manager);

    QString wrong = tokens.value.worker;
    const qsizetype dash = wrong.lastIndexOf(QLatin1Char('-'));
    QString secret = wrong.mid(dash + 1);
    for (auto &c : secret)
        c = c == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
    wrong = wrong.left(dash + 1) + secret;
    SwarmJoinRequest join;
    join.listenAddr = QStringLiteral("10.0.0.5:2377");
    join.advertiseAddr = QStringLiteral("10.0.0.5:2377");
    join.remoteAddrs = {QStringLiteral("10.0.0.4:2377")};
    join.joinToken = wrong;
    auto joined = wait<SwarmDone>([&](auto cb) { joiner.join(join, cb); });
    QCOMPARE(joined.error.kind, SwarmErrorKind::InvalidJoinToken);
    QCOMPARE(joined.error.httpStatus, 400);
    QCOMPARE(joined.error.daemonMessage,
             QStringLiteral("rpc error: code = InvalidArgument desc = A valid join token is "
                            "necessary to join this cluster")); // dockerd 20.10's words
    QVERIFY2(joined.error.message.contains(QStringLiteral("node2")),
             qPrintable(joined.error.message));
    QVERIFY(!joined.error.message.contains(secret));

    join.joinToken = QStringLiteral("not-a-token");
    joined = wait<SwarmDone>([&](auto cb) { joiner.join(join, cb); });
    QCOMPARE(joined.error.kind, SwarmErrorKind::InvalidJoinToken);
    QCOMPARE(joined.error.daemonMessage, QStringLiteral("invalid join token"));
    QCOMPARE(joined.error.httpStatus, 500);

    // The manager token makes a manager.
    join.joinToken = tokens.value.manager;
    joined = wait<SwarmDone>([&](auto cb) { joiner.join(join, cb); });
    QVERIFY2(joined.ok(), qPrintable(joined.error.message));
    const auto s = localState(1);
    QCOMPARE(s.value.localNodeState, QStringLiteral("active"));
    QVERIFY(s.value.controlAvailable);
    QCOMPARE(localState(2).value.localNodeState, QStringLiteral("inactive"));
}

void TstSimSwarm::nodeAlreadyInSwarm()
{
    SwarmClient other(endpoint(1), nodeName(1));
    auto init = wait<QString>([&](auto cb) {
        other.init({QStringLiteral("10.0.0.5:2377"), QStringLiteral("10.0.0.5:2377"), {}}, cb);
    });
    QVERIFY2(init.ok(), qPrintable(init.error.message));
    init = wait<QString>([&](auto cb) {
        other.init({QStringLiteral("10.0.0.5:2377"), QStringLiteral("10.0.0.5:2377"), {}}, cb);
    });
    QCOMPARE(init.error.kind, SwarmErrorKind::AlreadyInSwarm);
    QCOMPARE(init.error.httpStatus, 503);
    QVERIFY2(init.error.daemonMessage.contains(QStringLiteral("already part of a swarm")),
             qPrintable(init.error.daemonMessage));

    SwarmFormation formation(formationOptions(1));
    const SwarmFormationResult r = form(formation);
    QVERIFY(!r.ok);
    QCOMPARE(r.failures.size(), 1);
    QCOMPARE(r.failures.first().node, QStringLiteral("node2"));
    QCOMPARE(r.failures.first().step, SwarmStep::Check);
    QCOMPARE(r.failures.first().error.kind, SwarmErrorKind::AlreadyInSwarm);
    QCOMPARE(r.joined, (QStringList{QStringLiteral("node1"), QStringLiteral("node3")}));
    QVERIFY2(r.summary.contains(QStringLiteral("node2")), qPrintable(r.summary));
    QCOMPARE(m_network->swarmCount(), 2);
}

void TstSimSwarm::joinToAnAddressWithoutManager()
{
    SwarmClient leader(endpoint(0), nodeName(0));
    QVERIFY(
        wait<QString>([&](auto cb) {
            leader.init({QStringLiteral("0.0.0.0:2377"), QStringLiteral("10.0.0.4:2377"), {}}, cb);
        }).ok());
    const auto tokens = wait<SwarmJoinTokens>([&](auto cb) { leader.joinTokens(cb); });
    SwarmClient joiner(endpoint(1), nodeName(1));
    SwarmJoinRequest join;
    join.listenAddr = QStringLiteral("10.0.0.5:2377");
    join.advertiseAddr = QStringLiteral("10.0.0.5:2377");
    join.joinToken = tokens.value.worker;
    // node3's address: a VM without a manager; and a port where the manager does not listen.
    for (const QString &remote :
         {QStringLiteral("10.0.0.6:2377"), QStringLiteral("10.0.0.4:2378")}) {
        join.remoteAddrs = {remote};
        const auto joined = wait<SwarmDone>([&](auto cb) { joiner.join(join, cb); });
        QCOMPARE(joined.error.kind, SwarmErrorKind::JoinRefused);
        QCOMPARE(joined.error.httpStatus, 503);
        QVERIFY2(joined.error.daemonMessage.contains(remote + QStringLiteral(": connect: "
                                                                             "connection refused")),
                 qPrintable(joined.error.daemonMessage));
    }
    // A listen address the VM does not have.
    join.remoteAddrs = {QStringLiteral("10.0.0.4:2377")};
    join.listenAddr = QStringLiteral("10.0.0.99:2377");
    const auto joined = wait<SwarmDone>([&](auto cb) { joiner.join(join, cb); });
    QVERIFY(!joined.ok());
    QVERIFY2(joined.error.daemonMessage.contains(QStringLiteral("cannot assign requested address")),
             qPrintable(joined.error.daemonMessage));
    QCOMPARE(localState(1).value.localNodeState, QStringLiteral("inactive"));
}

void TstSimSwarm::workerAndNonMemberRefuseClusterState()
{
    SwarmClient free(endpoint(0), nodeName(0));
    const auto tokens = wait<SwarmJoinTokens>([&](auto cb) { free.joinTokens(cb); });
    QCOMPARE(tokens.error.kind, SwarmErrorKind::NotInSwarm);
    QCOMPARE(tokens.error.httpStatus, 503);
    const auto nodes = wait<QList<SwarmNode>>([&](auto cb) { free.nodes(cb); });
    QCOMPARE(nodes.error.kind, SwarmErrorKind::NotInSwarm);
    const auto left = wait<SwarmDone>([&](auto cb) { free.leave(true, cb); });
    QCOMPARE(left.error.kind, SwarmErrorKind::NotInSwarm);
    QCOMPARE(left.error.daemonMessage, QStringLiteral("This node is not part of a swarm"));
    const auto s = localState(0);
    QVERIFY(s.ok());
    QCOMPARE(s.value.localNodeState, QStringLiteral("inactive"));
    QVERIFY(s.value.nodeId.isEmpty());
}

void TstSimSwarm::leavingAndStoppedHosts()
{
    SwarmFormation formation(formationOptions(1));
    const SwarmFormationResult r = form(formation);
    QVERIFY2(r.ok, qPrintable(r.summary));
    // node2's VM is deleted: the leader lists it down.
    m_hosts.at(1).reset();
    SwarmClient leader(endpoint(0), nodeName(0));
    const auto nodes = wait<QList<SwarmNode>>([&](auto cb) { leader.nodes(cb); });
    QVERIFY(nodes.ok());
    for (const auto &n : nodes.value)
        QCOMPARE(n.state, n.id == r.nodeIds.value(QStringLiteral("node2"))
                              ? QStringLiteral("down")
                              : QStringLiteral("ready"));
    // Every member leaves (force, as a rollback does): no swarm is left.
    for (int i : {0, 2}) {
        SwarmClient c(endpoint(i), nodeName(i));
        const auto left = wait<SwarmDone>([&](auto cb) { c.leave(true, cb); });
        QVERIFY2(left.ok(), qPrintable(left.error.message));
        QCOMPARE(localState(i).value.localNodeState, QStringLiteral("inactive"));
    }
    QCOMPARE(m_network->swarmCount(), 0);
}

void TstSimSwarm::oldDaemonHasNoSwarm()
{
    sim::DockerHost::Options o;
    o.caPem = m_pki.ca.certificatePem;
    o.serverCertPem = m_pki.server.certificatePem;
    o.serverKeyPem = m_pki.server.privateKeyPem;
    o.mode = sim::DockerHost::Mode::Old;
    sim::DockerHost old(o);
    QVERIFY(old.listen());
    EngineEndpoint e = endpoint(0);
    e.port = old.port();
    SwarmClient client(e, QStringLiteral("old"));
    const auto s = wait<SwarmLocalState>([&](auto cb) { client.localState(cb); });
    QCOMPARE(s.error.kind, SwarmErrorKind::ApiTooOld);
}

QTEST_GUILESS_MAIN(TstSimSwarm)
#include "tst_simswarm.moc"
