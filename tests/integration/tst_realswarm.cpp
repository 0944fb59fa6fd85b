// REAL SWARM: Docker swarm mode made by our SwarmFormation over verified mutual TLS, against three
// real dockerds on loopback (one per node: 127.0.0.21-23, each with its own TLS port, data and
// exec root; the swarm listens on <address>:2377), checked with the real docker CLI.
//
// Certificates: our certs library (DockerTlsStore), one CA and one client certificate for all
// nodes and a server certificate per node (DNS:nodeN, IP:127.0.0.2N), ECDSA P-256 to keep CI
// fast (tst_realdockerd covers RSA 4096). Each node's public endpoint is "nodeN:2376", mapped by
// HostOverrides to its loopback address and TLS port, so the peer name is verified as in a real
// run; its private address is 127.0.0.2N.
//
// The daemons start once for the class; every case leaves the swarm (force) on all nodes after
// itself; cleanupTestCase stops them and checks that no dockerd or containerd of ours is left.
// Without root or dockerd, or when a dockerd does not come up, everything is skipped with a
// warning "REAL DOCKERD TESTS SKIPPED". Without the docker CLI, only the CLI checks are skipped
// (loudly).
#include "certs/dockertlsstore.h"
#include "certs/x509.h"
#include "cli_harness.h"
#include "docker/swarm.h"
#include "real_dockerd.h"
#include "real_swarm_nodes.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace dockervm;
using namespace dockervm::docker;
using dockervm::testsupport::RealDockerd;
using dockervm::testsupport::RealDockerdSpec;

namespace {

constexpr int kNodes = 3;
constexpr quint16 kPublicPort = 2376;

struct Row
{
    QString node;
    SwarmStep step;
    SwarmStepState state;
    QString detail;
};

struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

} // namespace

class TstRealSwarm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void oneManagerTwoWorkers();
    void threeManagers();
    void wrongJoinTokenIsRefused();
    void nodeAlreadyInSwarm();
    void unreachableNodeIsNamed();
    void cancelMidway();
    void cancelInsideProgressSlot();
    void tlsIsVerified();
    void dockerdThatDoesNotComeUpIsExplained();

private:
    QString nodeName(int i) const { return QStringLiteral("node%1").arg(i + 1); }
    QHostAddress address(int i) const
    {
        return QHostAddress(QStringLiteral("127.0.0.%1").arg(21 + i));
    }
    EngineEndpoint endpoint(int i) const;
    SwarmFormationOptions formationOptions(int managers) const;
    SwarmFormationResult form(SwarmFormation &formation, QList<Row> *rows = nullptr);
    SwarmOutcome<SwarmLocalState> localState(int i);
    RunResult dockerCli(int node, const QStringList &args);
    void leaveAll();
    void checkSwarmStatusCli(const SwarmFormationResult &r, const SwarmStatusReport &sr);

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_certDir;
    std::vector<std::unique_ptr<RealDockerd>> m_daemons;
    QString m_dockerCli;
    bool m_up = false;
};

void TstRealSwarm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<SwarmStep>();
    qRegisterMetaType<SwarmStepState>();
    qRegisterMetaType<SwarmFormationResult>();
    qRegisterMetaType<SwarmStatusReport>();
    if (const QString why = RealDockerd::hostSkipReason(); !why.isEmpty()) {
        RealDockerd::warnSkipped(why);
        QSKIP("REAL DOCKERD TESTS SKIPPED (see the warning above)");
    }
    m_dockerCli = RealDockerd::dockerCliPath();
    if (m_dockerCli.isEmpty())
        qWarning("DOCKER CLI CHECKS SKIPPED: the docker CLI is not installed (apt-get install "
                 "docker.io); our swarm code is still tested against the real dockerds");

    // A short base path: containerd's socket lives under --exec-root (108-byte socket paths).
    m_tmp = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/rsw-XXXXXX"));
    QVERIFY(m_tmp->isValid());
    const QString base = m_tmp->path();
    m_certDir = base + QStringLiteral("/certs");

    QElapsedTimer certClock;
    certClock.start();
    certs::DockerTlsStore store(m_certDir);
    certs::DockerTlsOptions certOptions;
    certOptions.keyType = certs::KeyType::EcdsaP256;
    for (int i = 0; i < kNodes; ++i) {
        const auto tls = store.ensureForHost(nodeName(i), {address(i)}, certOptions);
        QVERIFY2(tls.ok, qPrintable(tls.error));
        QCOMPARE(tls.bundle.reusedCa, i > 0); // one CA and one client for every node
        QCOMPARE(tls.bundle.reusedClient, i > 0);
    }
    qInfo() << "certificates for" << kNodes << "nodes took" << certClock.elapsed() << "ms";

    QList<RealDockerd *> daemons;
    QList<ProbeOptions> probes;
    for (int i = 0; i < kNodes; ++i) {
        if (RealDockerd::freePort(address(i)) == 0) {
            RealDockerd::warnSkipped(QStringLiteral("cannot listen on %1 (loopback 127.0.0.0/8)")
                                         .arg(address(i).toString()));
            QSKIP("REAL DOCKERD TESTS SKIPPED (see the warning above)");
        }
        RealDockerdSpec spec;
        spec.name = nodeName(i);
        spec.address = address(i);
        spec.caCert = m_certDir + QStringLiteral("/ca.pem");
        spec.serverCert =
            m_certDir + QLatin1Char('/') + certs::DockerTlsStore::serverCertFileName(nodeName(i));
        spec.serverKey =
            m_certDir + QLatin1Char('/') + certs::DockerTlsStore::serverKeyFileName(nodeName(i));
        spec.baseDir = base + QStringLiteral("/n%1").arg(i + 1);
        m_daemons.push_back(std::make_unique<RealDockerd>(spec));
        daemons << m_daemons.back().get();
    }
    QElapsedTimer startClock;
    startClock.start();
    // Ports are chosen by start(); the probes are made after it.
    for (auto *d : daemons) {
        QString error;
        if (!d->start(&error)) {
            RealDockerd::warnSkipped(error);
            QSKIP("REAL DOCKERD TESTS SKIPPED (see the warning above)");
        }
    }
    for (int i = 0; i < kNodes; ++i) {
        ProbeOptions o;
        const EngineEndpoint e = endpoint(i);
        o.host = e.host;
        o.port = e.port;
        o.certDir = e.certDir;
        o.hostOverrides = e.hostOverrides;
        probes << o;
    }
    QString reason;
    if (!RealDockerd::startAll(daemons, probes, 90000, &reason)) {
        RealDockerd::warnSkipped(reason);
        QSKIP("REAL DOCKERD TESTS SKIPPED: a dockerd did not come up (see the warning above)");
    }
    qInfo() << kNodes << "dockerds answered over mutual TLS" << startClock.elapsed()
            << "ms after start";
    m_up = true;
}

void TstRealSwarm::cleanupTestCase()
{
    if (m_up)
        leaveAll();
    QStringList bases;
    for (auto &d : m_daemons)
        bases << d->spec().baseDir;
    m_daemons.clear(); // stops every dockerd by pid, then any containerd it left behind
    // Nothing of ours may be left running: no process whose command line names our base path.
    if (m_tmp) {
        const QString base = m_tmp->path();
        QStringList left;
        QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            const QString dir = it.next();
            bool isPid = false;
            QFileInfo(dir).fileName().toInt(&isPid);
            if (!isPid)
                continue;
            QFile cmd(dir + QStringLiteral("/cmdline"));
            if (!cmd.open(QIODevice::ReadOnly))
                continue;
            const QByteArray line = cmd.readAll().replace('\0', ' ');
            if (line.contains(base.toUtf8()))
                left << QFileInfo(dir).fileName() + QLatin1Char(' ') + QString::fromUtf8(line);
        }
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
        const QString path = m_tmp->path();
        m_tmp.reset();
        if (QFileInfo::exists(path))
            qWarning() << "could not remove" << path << "completely";
    }
}

void TstRealSwarm::cleanup()
{
    if (m_up)
        leaveAll();
}

EngineEndpoint TstRealSwarm::endpoint(int i) const
{
    EngineEndpoint e;
    e.host = nodeName(i);
    e.port = kPublicPort;
    e.certDir = m_certDir;
    e.timeoutMs = 60000; // a manager's join waits for raft
    if (i < int(m_daemons.size()))
        e.hostOverrides.map(e.host, e.port, address(i), m_daemons.at(size_t(i))->tlsPort());
    return e;
}

SwarmFormationOptions TstRealSwarm::formationOptions(int managers) const
{
    SwarmFormationOptions o;
    o.managers = managers;
    o.readyTimeoutMs = 90000;
    o.pollIntervalMs = 250;
    for (int i = 0; i < kNodes; ++i) {
        SwarmNodeSpec n;
        n.name = nodeName(i);
        n.endpoint = endpoint(i);
        n.privateAddress = address(i).toString();
        o.nodes << n;
    }
    return o;
}

SwarmFormationResult TstRealSwarm::form(SwarmFormation &formation, QList<Row> *rows)
{
    QList<Row> local;
    QList<Row> *out = rows ? rows : &local;
    connect(&formation, &SwarmFormation::progress, this,
            [out](const QString &node, SwarmStep step, SwarmStepState state, const QString &d) {
                out->append({node, step, state, d});
            });
    QSignalSpy finished(&formation, &SwarmFormation::finished);
    formation.start();
    if (!finished.wait(240000)) {
        formation.cancel();
        return formation.result();
    }
    return finished.first().first().value<SwarmFormationResult>();
}

SwarmOutcome<SwarmLocalState> TstRealSwarm::localState(int i)
{
    SwarmClient client(endpoint(i), nodeName(i));
    SwarmOutcome<SwarmLocalState> result;
    bool done = false;
    client.localState([&](const SwarmOutcome<SwarmLocalState> &o) {
        result = o;
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    }();
    return result;
}

void TstRealSwarm::leaveAll()
{
    std::vector<std::unique_ptr<SwarmClient>> clients;
    int pending = 0;
    QStringList problems;
    for (int i = 0; i < kNodes; ++i) {
        clients.push_back(std::make_unique<SwarmClient>(endpoint(i), nodeName(i)));
        ++pending;
        clients.back()->leave(true, [&, i](const SwarmOutcome<SwarmDone> &o) {
            --pending;
            if (!o.ok() && o.error.kind != SwarmErrorKind::NotInSwarm)
                problems << nodeName(i) + QStringLiteral(": ") + o.error.message;
        });
    }
    QTRY_VERIFY_WITH_TIMEOUT(pending == 0, 90000);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    for (int i = 0; i < kNodes; ++i) {
        const auto s = localState(i);
        QVERIFY2(s.ok(), qPrintable(s.error.message));
        QCOMPARE(s.value.localNodeState, QStringLiteral("inactive"));
    }
}

RunResult TstRealSwarm::dockerCli(int node, const QStringList &args)
{
    const auto cli = dockervm::testsupport::RealSwarmNodes::dockerCli(
        m_certDir, m_daemons.at(size_t(node))->hostUrl(), m_tmp->path() + QStringLiteral("/home"),
        args);
    RunResult r;
    r.finished = cli.finished;
    r.exitCode = cli.exitCode;
    r.out = cli.out;
    r.err = cli.err;
    return r;
}

void TstRealSwarm::oneManagerTwoWorkers()
{
    SwarmFormation formation(formationOptions(1));
    QList<Row> rows;
    const SwarmFormationResult r = form(formation, &rows);
    QVERIFY2(r.ok, qPrintable(r.summary + QLatin1Char('\n') +
                              QString::fromUtf8(QJsonDocument(r.toJson()).toJson())));
    qInfo().noquote() << "FIGURE: 1 manager + 2 workers formed in" << r.elapsedMs
                      << "ms:" << r.summary;
    QCOMPARE(r.leader, QStringLiteral("node1"));
    QCOMPARE(r.joined, (QStringList{QStringLiteral("node1"), QStringLiteral("node2"),
                                    QStringLiteral("node3")}));
    QVERIFY(r.failures.isEmpty());
    QVERIFY(!r.swarmId.isEmpty());
    QCOMPARE(r.nodes.size(), kNodes);
    // Progress rows: every node checked, joined (or created) and ready.
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
    for (const auto &row : std::as_const(rows)) // the tokens are secrets
        QVERIFY2(!row.detail.contains(QStringLiteral("SWMTKN")), qPrintable(row.detail));
    QVERIFY(!QJsonDocument(r.toJson()).toJson().contains("SWMTKN"));

    // Every node advertises its private address; roles as asked.
    for (int i = 0; i < kNodes; ++i) {
        const QString id = r.nodeIds.value(nodeName(i));
        const auto it = std::find_if(r.nodes.begin(), r.nodes.end(),
                                     [&](const SwarmNode &n) { return n.id == id; });
        QVERIFY2(it != r.nodes.end(), qPrintable(nodeName(i)));
        QCOMPARE(it->role, i == 0 ? QStringLiteral("manager") : QStringLiteral("worker"));
        QCOMPARE(it->state, QStringLiteral("ready"));
        QCOMPARE(it->availability, QStringLiteral("active"));
        // The manager records the address a node's connection came from. On loopback the
        // kernel sends from 127.0.0.1 whatever the 127.0.0.x a node listens on, so only the
        // leader's own entry shows its private address here; every node's advertised address
        // is checked through its own GET /info below.
        if (i == 0)
            QCOMPARE(it->addr, address(i).toString());
        else
            QVERIFY2(QHostAddress(it->addr).isLoopback(), qPrintable(it->addr));
        const auto local = localState(i);
        QVERIFY2(local.ok(), qPrintable(local.error.message));
        QCOMPARE(local.value.nodeAddr, address(i).toString());
        QCOMPARE(local.value.nodeId, id);
        QCOMPARE(local.value.localNodeState, QStringLiteral("active"));
        QCOMPARE(local.value.controlAvailable, i == 0);
        QCOMPARE(it->leader, i == 0);
        QVERIFY(!it->engineVersion.isEmpty());
    }

    // SwarmStatus on the leader (for `docker-vm swarm status`), and on a worker.
    SwarmStatus status(endpoint(0), nodeName(0));
    QSignalSpy statusDone(&status, &SwarmStatus::finished);
    status.start();
    QVERIFY(statusDone.wait(60000));
    const SwarmStatusReport sr = status.report();
    QVERIFY2(sr.ok, qPrintable(sr.error.message));
    QCOMPARE(sr.managers, 1);
    QCOMPARE(sr.workers, 2);
    QCOMPARE(sr.ready, 3);
    QCOMPARE(sr.leaderId, r.nodeIds.value(QStringLiteral("node1")));
    qInfo().noquote() << "swarm status:\n" << sr.toText();
    QVERIFY(sr.toText().contains(QStringLiteral("Leader")));

    SwarmStatus onWorker(endpoint(1), nodeName(1));
    QSignalSpy workerDone(&onWorker, &SwarmStatus::finished);
    onWorker.start();
    QVERIFY(workerDone.wait(60000));
    QVERIFY(!onWorker.report().ok);
    QCOMPARE(onWorker.report().error.kind, SwarmErrorKind::NotManager);

    // The same through the built `docker-vm swarm status` (exit codes, table, --json).
    checkSwarmStatusCli(r, sr);
    if (QTest::currentTestFailed())
        return;

    // GET /nodes on a worker: the daemon's refusal, translated.
    {
        SwarmClient worker(endpoint(2), nodeName(2));
        SwarmOutcome<QList<SwarmNode>> nodes;
        bool done = false;
        worker.nodes([&](const SwarmOutcome<QList<SwarmNode>> &o) {
            nodes = o;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QCOMPARE(nodes.error.kind, SwarmErrorKind::NotManager);
        QVERIFY2(nodes.error.message.contains(QStringLiteral("node3")),
                 qPrintable(nodes.error.message));
        QCOMPARE(nodes.error.httpStatus, 503);
    }

    // The real docker CLI with the same files lists every node Ready.
    if (m_dockerCli.isEmpty()) {
        qWarning("DOCKER CLI CHECK SKIPPED: no docker CLI (docker node ls)");
    } else {
        const RunResult ls =
            dockerCli(0, {QStringLiteral("node"), QStringLiteral("ls"), QStringLiteral("--format"),
                          QStringLiteral("{{.ID}} {{.Status}} {{.Availability}} "
                                         "{{.ManagerStatus}}")});
        QVERIFY(ls.finished);
        QVERIFY2(ls.exitCode == 0, ls.err.constData());
        const QStringList lines =
            QString::fromUtf8(ls.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        qInfo().noquote() << "docker node ls:\n" << ls.out;
        QCOMPARE(lines.size(), kNodes);
        for (const auto &line : lines)
            QVERIFY2(line.contains(QStringLiteral(" Ready Active")), qPrintable(line));
        for (int i = 0; i < kNodes; ++i)
            QVERIFY(ls.out.contains(r.nodeIds.value(nodeName(i)).toUtf8()));
        QCOMPARE(ls.out.count("Leader"), 1);
    }

    // Drain a worker, make it leave, remove it on the leader (`docker-vm swarm remove`'s steps).
    SwarmClient leader(endpoint(0), nodeName(0));
    SwarmClient worker(endpoint(2), nodeName(2));
    const QString workerId = r.nodeIds.value(QStringLiteral("node3"));
    SwarmNode node3 = *std::find_if(r.nodes.begin(), r.nodes.end(),
                                    [&](const SwarmNode &n) { return n.id == workerId; });
    bool done = false;
    SwarmError error;
    // An update with an outdated version is refused.
    SwarmNode stale = node3;
    stale.version = 1;
    leader.setAvailability(stale, QStringLiteral("drain"), [&](const SwarmOutcome<SwarmDone> &o) {
        error = o.error;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    QCOMPARE(error.kind, SwarmErrorKind::VersionConflict);
    done = false;
    leader.setAvailability(node3, QStringLiteral("drain"), [&](const SwarmOutcome<SwarmDone> &o) {
        error = o.error;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QList<SwarmNode> after;
    done = false;
    leader.nodes([&](const SwarmOutcome<QList<SwarmNode>> &o) {
        after = o.value;
        error = o.error;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    QVERIFY(error.ok());
    for (const auto &n : after)
        if (n.id == workerId)
            QCOMPARE(n.availability, QStringLiteral("drain"));
    done = false;
    worker.leave(false, [&](const SwarmOutcome<SwarmDone> &o) {
        error = o.error;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    QVERIFY2(error.ok(), qPrintable(error.message));
    // The leader sees it down after a moment; removing it without force waits for that.
    bool removed = false;
    bool inFlight = false;
    auto tryRemove = [&] {
        if (!inFlight && !removed) {
            inFlight = true;
            leader.removeNode(workerId, false, [&](const SwarmOutcome<SwarmDone> &o) {
                inFlight = false;
                removed = o.ok();
                error = o.error;
            });
        }
        return removed;
    };
    QTRY_VERIFY_WITH_TIMEOUT(tryRemove(), 60000);
    done = false;
    leader.removeNode(workerId, false, [&](const SwarmOutcome<SwarmDone> &o) {
        error = o.error;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    QCOMPARE(error.kind, SwarmErrorKind::NodeNotFound);
}

// `docker-vm swarm status` as a user runs it, against the swarm oneManagerTwoWorkers formed: the
// leader's table and --json list every node ready/active with the leader and engine versions; a
// worker is refused with exit 1 and the not-a-manager message; the group word alone shows help.
void TstRealSwarm::checkSwarmStatusCli(const SwarmFormationResult &r, const SwarmStatusReport &sr)
{
    dockervm::testing::CliHarness cli;
    if (!cli.isValid()) {
        qWarning("DOCKER-VM CLI CHECK SKIPPED: DOCKERVM_CLI is not set (run through ctest)");
        return;
    }
    auto args = [&](int node) {
        return QStringList{QStringLiteral("swarm"),
                           QStringLiteral("status"),
                           nodeName(node),
                           QStringLiteral("-C"),
                           m_certDir,
                           QStringLiteral("--connect-to"),
                           QStringLiteral("%1:%2")
                               .arg(address(node).toString())
                               .arg(m_daemons.at(size_t(node))->tlsPort())};
    };

    const auto table = cli.run(args(0), {}, 90000);
    QVERIFY(table.finished);
    QVERIFY2(table.exitCode == 0, table.err.constData());
    QVERIFY2(table.err.isEmpty(), table.err.constData());
    const QString text = QString::fromUtf8(table.out);
    qInfo().noquote() << "docker-vm swarm status:\n" << text;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2 + kNodes); // summary, header, one row per node
    QVERIFY2(lines.at(0).contains(QStringLiteral("1 managers, 2 workers, 3 of 3 ready")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("ENGINE")), qPrintable(lines.at(1)));
    for (int i = 0; i < kNodes; ++i) {
        const QString id = r.nodeIds.value(nodeName(i));
        const auto node = std::find_if(sr.nodes.begin(), sr.nodes.end(),
                                       [&](const SwarmNode &n) { return n.id == id; });
        QVERIFY(node != sr.nodes.end());
        const auto row = std::find_if(lines.begin(), lines.end(),
                                      [&](const QString &l) { return l.startsWith(id.left(12)); });
        QVERIFY2(row != lines.end(), qPrintable(nodeName(i) + QLatin1Char(' ') + id));
        const QStringList cells = row->split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(cells.contains(QStringLiteral("ready")), qPrintable(*row));
        QVERIFY2(cells.contains(QStringLiteral("active")), qPrintable(*row));
        QCOMPARE(cells.contains(QStringLiteral("Leader")), i == 0);
        QVERIFY2(cells.contains(i == 0 ? QStringLiteral("manager") : QStringLiteral("worker")),
                 qPrintable(*row));
        QVERIFY(!node->engineVersion.isEmpty());
        QVERIFY2(cells.contains(node->engineVersion), qPrintable(*row));
    }

    auto jsonArgs = args(0);
    jsonArgs << QStringLiteral("--json");
    const auto json = cli.run(jsonArgs, {}, 90000);
    QVERIFY(json.finished);
    QVERIFY2(json.exitCode == 0, json.err.constData());
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(json.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, json.out.constData());
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("managers")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("workers")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("ready")).toInt(), kNodes);
    QCOMPARE(o.value(QStringLiteral("leaderId")).toString(), r.nodeIds.value(nodeName(0)));
    const QJsonArray nodes = o.value(QStringLiteral("nodes")).toArray();
    QCOMPARE(nodes.size(), kNodes);
    QStringList ids;
    for (const auto &v : nodes) {
        const QJsonObject n = v.toObject();
        ids << n.value(QStringLiteral("id")).toString();
        QVERIFY2(n.value(QStringLiteral("state")).toString() == QStringLiteral("ready") &&
                     n.value(QStringLiteral("availability")).toString() == QStringLiteral("active"),
                 QJsonDocument(n).toJson().constData());
        QCOMPARE(n.value(QStringLiteral("leader")).toBool(),
                 ids.last() == r.nodeIds.value(nodeName(0)));
        QVERIFY(!n.value(QStringLiteral("engineVersion")).toString().isEmpty());
    }
    for (int i = 0; i < kNodes; ++i)
        QVERIFY2(ids.contains(r.nodeIds.value(nodeName(i))), qPrintable(nodeName(i)));

    const auto worker = cli.run(args(1), {}, 90000);
    QVERIFY(worker.finished);
    QCOMPARE(worker.exitCode, 1);
    qInfo().noquote() << "docker-vm swarm status node2 (a worker):\n" << worker.err;
    QVERIFY2(worker.out.isEmpty(), worker.out.constData());
    QVERIFY2(worker.err.startsWith("docker-vm: node2 is a swarm worker"), worker.err.constData());
    QVERIFY2(worker.err.contains("Ask the leader"), worker.err.constData());

    auto workerJson = args(1);
    workerJson << QStringLiteral("--json");
    const auto wj = cli.run(workerJson, {}, 90000);
    QCOMPARE(wj.exitCode, 1);
    const QJsonObject wo = QJsonDocument::fromJson(wj.out).object();
    QCOMPARE(wo.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(wo.value(QStringLiteral("error")).toString(),
             swarmErrorId(SwarmErrorKind::NotManager));

    // Usage: the group word alone shows the group's help (exit 2, as for `docker-vm account`).
    const auto group = cli.run({QStringLiteral("swarm")}, {}, 30000);
    QCOMPARE(group.exitCode, 2);
    QVERIFY2(group.out.contains("swarm status"), group.out.constData());
    const auto noHost = cli.run({QStringLiteral("swarm"), QStringLiteral("status")}, {}, 30000);
    QCOMPARE(noHost.exitCode, 2);
    QVERIFY2(noHost.err.contains("exactly one HOST"), noHost.err.constData());
}

void TstRealSwarm::threeManagers()
{
    SwarmFormation formation(formationOptions(3));
    const SwarmFormationResult r = form(formation);
    QVERIFY2(r.ok, qPrintable(r.summary + QLatin1Char('\n') +
                              QString::fromUtf8(QJsonDocument(r.toJson()).toJson())));
    qInfo().noquote() << "FIGURE: 3 managers formed in" << r.elapsedMs << "ms:" << r.summary;
    QCOMPARE(r.nodes.size(), kNodes);
    int leaders = 0;
    for (const auto &n : r.nodes) {
        QCOMPARE(n.role, QStringLiteral("manager"));
        QCOMPARE(n.reachability, QStringLiteral("reachable"));
        // Managers advertise their private address and swarm port.
        QVERIFY2(n.managerAddr.startsWith(QStringLiteral("127.0.0.2")) &&
                     n.managerAddr.endsWith(QStringLiteral(":2377")),
                 qPrintable(n.managerAddr));
        QVERIFY(n.isReadyActive());
        leaders += n.leader ? 1 : 0;
    }
    QCOMPARE(leaders, 1);

    // Every manager answers the status.
    SwarmStatus status(endpoint(2), nodeName(2));
    QSignalSpy statusDone(&status, &SwarmStatus::finished);
    status.start();
    QVERIFY(statusDone.wait(60000));
    QVERIFY2(status.report().ok, qPrintable(status.report().error.message));
    QCOMPARE(status.report().managers, 3);
    QCOMPARE(status.report().workers, 0);

    if (m_dockerCli.isEmpty()) {
        qWarning("DOCKER CLI CHECK SKIPPED: no docker CLI (docker node ls)");
        return;
    }
    const RunResult ls =
        dockerCli(0, {QStringLiteral("node"), QStringLiteral("ls"), QStringLiteral("--format"),
                      QStringLiteral("{{.Status}} {{.ManagerStatus}}")});
    QVERIFY2(ls.exitCode == 0, ls.err.constData());
    qInfo().noquote() << "docker node ls:\n" << ls.out;
    const QStringList lines =
        QString::fromUtf8(ls.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), kNodes);
    for (const auto &line : lines)
        QVERIFY2(line.startsWith(QStringLiteral("Ready ")), qPrintable(line));
    QCOMPARE(ls.out.count("Leader"), 1);
    QCOMPARE(ls.out.count("Reachable"), 2);
}

void TstRealSwarm::wrongJoinTokenIsRefused()
{
    SwarmClient leader(endpoint(0), nodeName(0));
    SwarmClient joiner(endpoint(1), nodeName(1));
    bool done = false;
    SwarmOutcome<QString> init;
    leader.init({QStringLiteral("127.0.0.21:2377"), QStringLiteral("127.0.0.21:2377"), {}},
                [&](const SwarmOutcome<QString> &o) {
                    init = o;
                    done = true;
                });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    QVERIFY2(init.ok(), qPrintable(init.error.message));
    QVERIFY(!init.value.isEmpty());
    QVERIFY(leader.apiVersion().startsWith(QStringLiteral("1.")));

    SwarmOutcome<SwarmJoinTokens> tokens;
    done = false;
    leader.joinTokens([&](const SwarmOutcome<SwarmJoinTokens> &o) {
        tokens = o;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    QVERIFY2(tokens.ok(), qPrintable(tokens.error.message));
    QVERIFY(tokens.value.worker.startsWith(QStringLiteral("SWMTKN-1-")));

    // A well-formed token with the wrong secret (its last part changed).
    QString wrong = tokens.value.worker;
    const qsizetype dash = wrong.lastIndexOf(QLatin1Char('-'));
    QVERIFY(dash > 0);
    QString secret = wrong.mid(dash + 1);
    for (auto &c : secret)
        c = c == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
    wrong = wrong.left(dash + 1) + secret;
    SwarmJoinRequest join;
    join.listenAddr = QStringLiteral("127.0.0.22:2377");
    join.advertiseAddr = QStringLiteral("127.0.0.22:2377");
    join.remoteAddrs = {QStringLiteral("127.0.0.21:2377")};
    join.joinToken = wrong;
    SwarmOutcome<SwarmDone> joined;
    done = false;
    joiner.join(join, [&](const SwarmOutcome<SwarmDone> &o) {
        joined = o;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 90000);
    qInfo().noquote() << "wrong token:" << joined.error.message;
    QCOMPARE(joined.error.kind, SwarmErrorKind::InvalidJoinToken);
    QVERIFY2(joined.error.message.contains(QStringLiteral("node2")),
             qPrintable(joined.error.message));
    QVERIFY2(joined.error.message.contains(QStringLiteral("refused the join token")),
             qPrintable(joined.error.message));
    QVERIFY(!joined.error.message.contains(secret)); // never the token
    QVERIFY(!joined.error.message.contains(tokens.value.worker));

    // A malformed token: refused before any traffic to the manager.
    join.joinToken = QStringLiteral("not-a-token");
    done = false;
    joiner.join(join, [&](const SwarmOutcome<SwarmDone> &o) {
        joined = o;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 90000);
    qInfo().noquote() << "malformed token:" << joined.error.message;
    QCOMPARE(joined.error.kind, SwarmErrorKind::InvalidJoinToken);

    // node2 is still free.
    const auto s = localState(1);
    QVERIFY(s.ok());
    QCOMPARE(s.value.localNodeState, QStringLiteral("inactive"));
}

void TstRealSwarm::nodeAlreadyInSwarm()
{
    // node2 runs its own swarm; a formation over node1..3 names node2 and changes nothing.
    SwarmClient other(endpoint(1), nodeName(1));
    bool done = false;
    SwarmOutcome<QString> init;
    other.init({QStringLiteral("127.0.0.22:2377"), QStringLiteral("127.0.0.22:2377"), {}},
               [&](const SwarmOutcome<QString> &o) {
                   init = o;
                   done = true;
               });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    QVERIFY2(init.ok(), qPrintable(init.error.message));

    // The daemon's own refusal, translated.
    done = false;
    other.init({QStringLiteral("127.0.0.22:2377"), QStringLiteral("127.0.0.22:2377"), {}},
               [&](const SwarmOutcome<QString> &o) {
                   init = o;
                   done = true;
               });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    QCOMPARE(init.error.kind, SwarmErrorKind::AlreadyInSwarm);
    QCOMPARE(init.error.httpStatus, 503);
    QVERIFY2(init.error.message.contains(QStringLiteral("node2 (node2:2376) is already part of a "
                                                        "swarm")),
             qPrintable(init.error.message));
    QVERIFY2(init.error.daemonMessage.contains(QStringLiteral("already part of a swarm")),
             qPrintable(init.error.daemonMessage));

    SwarmFormation formation(formationOptions(1));
    QList<Row> rows;
    const SwarmFormationResult r = form(formation, &rows);
    QVERIFY(!r.ok);
    QCOMPARE(r.failures.size(), 1);
    QCOMPARE(r.failures.first().node, QStringLiteral("node2"));
    QCOMPARE(r.failures.first().step, SwarmStep::Check);
    QCOMPARE(r.failures.first().error.kind, SwarmErrorKind::AlreadyInSwarm);
    // The others formed a swarm of two; node2 was not touched.
    QCOMPARE(r.joined, (QStringList{QStringLiteral("node1"), QStringLiteral("node3")}));
    QVERIFY2(r.summary.contains(QStringLiteral("node2")), qPrintable(r.summary));
}

void TstRealSwarm::unreachableNodeIsNamed()
{
    SwarmFormationOptions o = formationOptions(1);
    // node3's endpoint: a port on its address where nothing listens.
    const quint16 closed = RealDockerd::freePort(address(2));
    o.nodes[2].endpoint.hostOverrides = {};
    o.nodes[2].endpoint.hostOverrides.map(QStringLiteral("node3"), kPublicPort, address(2), closed);
    SwarmFormation formation(o);
    const SwarmFormationResult r = form(formation);
    QVERIFY(!r.ok);
    QCOMPARE(r.failures.size(), 1);
    QCOMPARE(r.failures.first().node, QStringLiteral("node3"));
    QCOMPARE(r.failures.first().error.kind, SwarmErrorKind::Connection);
    QVERIFY2(r.failures.first().error.message.contains(QStringLiteral("connection refused")),
             qPrintable(r.failures.first().error.message));
    QCOMPARE(r.joined, (QStringList{QStringLiteral("node1"), QStringLiteral("node2")}));
    QVERIFY2(r.summary.contains(QStringLiteral("2 of 3")), qPrintable(r.summary));
}

void TstRealSwarm::cancelMidway()
{
    // Cancelled while node2's join request is in flight (the slot queues the cancel, so the
    // request has gone out when it runs).
    SwarmFormation formation(formationOptions(1));
    QList<Row> rows;
    bool cancelled = false;
    connect(&formation, &SwarmFormation::progress, this,
            [&](const QString &node, SwarmStep step, SwarmStepState state, const QString &) {
                if (!cancelled && node == QLatin1String("node2") && step == SwarmStep::Join &&
                    state == SwarmStepState::Running) {
                    cancelled = true;
                    QMetaObject::invokeMethod(&formation, &SwarmFormation::cancel,
                                              Qt::QueuedConnection);
                }
            });
    const SwarmFormationResult r = form(formation, &rows);
    QVERIFY(cancelled);
    QVERIFY(!r.ok);
    QVERIFY(r.cancelled);
    QVERIFY(!formation.isRunning());
    QCOMPARE(r.joined, QStringList{QStringLiteral("node1")});
    QVERIFY2(r.uncertain.contains(QStringLiteral("node2")), qPrintable(r.uncertain.join(',')));
    QVERIFY(std::any_of(rows.begin(), rows.end(), [](const Row &row) {
        return row.node == QLatin1String("node2") && row.step == SwarmStep::Join &&
               row.state == SwarmStepState::Cancelled;
    }));
    QVERIFY2(r.summary.startsWith(QStringLiteral("Cancelled")), qPrintable(r.summary));
    QCOMPARE(rows.last().state, SwarmStepState::Cancelled); // nothing after the cancel
    // cleanup() makes every node leave, including node2 should its join have gone through.
}

void TstRealSwarm::cancelInsideProgressSlot()
{
    // A slot of progress() cancels directly, as a Cancel button does: no request goes out after.
    SwarmFormation formation(formationOptions(1));
    QList<Row> rows;
    connect(&formation, &SwarmFormation::progress, this,
            [&](const QString &, SwarmStep step, SwarmStepState state, const QString &) {
                if (step == SwarmStep::Init && state == SwarmStepState::Running)
                    formation.cancel();
            });
    const SwarmFormationResult r = form(formation, &rows);
    QVERIFY(r.cancelled);
    QVERIFY(r.joined.isEmpty());
    QVERIFY(r.uncertain.isEmpty()); // the init was never sent
    QVERIFY(r.leader.isEmpty());
    QVERIFY(std::any_of(rows.begin(), rows.end(), [](const Row &row) {
        return row.node == QLatin1String("node1") && row.step == SwarmStep::Init &&
               row.state == SwarmStepState::Cancelled;
    }));
    for (const auto &row : std::as_const(rows)) // nothing went on after the init row
        QVERIFY(row.step == SwarmStep::Check || row.step == SwarmStep::Init);
    const auto s = localState(0);
    QVERIFY(s.ok());
    QCOMPARE(s.value.localNodeState, QStringLiteral("inactive"));
}

void TstRealSwarm::tlsIsVerified()
{
    auto ask = [&](const EngineEndpoint &e) {
        SwarmClient client(e, QStringLiteral("probe"));
        SwarmOutcome<SwarmLocalState> out;
        bool done = false;
        client.localState([&](const SwarmOutcome<SwarmLocalState> &o) {
            out = o;
            done = true;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        }();
        return out;
    };
    // node1's name, node2's daemon: its certificate does not carry "node1".
    EngineEndpoint e = endpoint(0);
    e.hostOverrides = {};
    QVERIFY(e.hostOverrides.map(QStringLiteral("node1"), kPublicPort, address(1),
                                m_daemons.at(1)->tlsPort()));
    auto out = ask(e);
    QCOMPARE(out.error.kind, SwarmErrorKind::Connection);
    QVERIFY2(out.error.message.contains(QStringLiteral("not for node1")),
             qPrintable(out.error.message));

    // A client folder whose ca.pem is another CA: the daemon is not trusted.
    QString error;
    certs::CertificateRequest caReq;
    caReq.usage = certs::CertificateRequest::Usage::CertificateAuthority;
    caReq.commonName = QStringLiteral("Some other CA");
    const auto otherCa =
        certs::createCertificateAuthority(caReq, certs::KeyType::EcdsaP256, &error);
    QVERIFY2(otherCa, qPrintable(error));
    const QString dir = m_tmp->path() + QStringLiteral("/wrongca");
    QVERIFY(QDir().mkpath(dir));
    for (const auto &[name, from] :
         {std::pair{QStringLiteral("cert.pem"), QStringLiteral("cert.pem")},
          std::pair{QStringLiteral("key.pem"), QStringLiteral("key.pem")}})
        QVERIFY(QFile::copy(m_certDir + QLatin1Char('/') + from, dir + QLatin1Char('/') + name));
    QFile ca(dir + QStringLiteral("/ca.pem"));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(otherCa->certificatePem);
    ca.close();
    e = endpoint(0);
    e.certDir = dir;
    out = ask(e);
    QCOMPARE(out.error.kind, SwarmErrorKind::Connection);
    QVERIFY2(out.error.message.contains(QStringLiteral("is not signed by the CA in")),
             qPrintable(out.error.message));
}

void TstRealSwarm::dockerdThatDoesNotComeUpIsExplained()
{
    // The starter's reason names the daemon, the exit and the log tail.
    RealDockerdSpec spec;
    spec.name = QStringLiteral("broken");
    spec.address = address(0);
    spec.caCert = m_certDir + QStringLiteral("/ca.pem");
    spec.serverCert = m_certDir + QStringLiteral("/node1-server-cert.pem");
    spec.serverKey = m_certDir + QStringLiteral("/node1-server-key.pem");
    spec.baseDir = m_tmp->path() + QStringLiteral("/broken");
    spec.extraArgs = {QStringLiteral("--no-such-flag")};
    RealDockerd broken(spec);
    ProbeOptions o;
    o.host = address(0).toString();
    o.certDir = m_certDir;
    QString reason;
    QVERIFY(!RealDockerd::startAll({&broken}, {o}, 30000, &reason));
    QVERIFY2(reason.contains(QStringLiteral("dockerd broken")) &&
                 reason.contains(QStringLiteral("did not start")) &&
                 reason.contains(QStringLiteral("no-such-flag")),
             qPrintable(reason));
    QVERIFY(!broken.isRunning());
}

QTEST_GUILESS_MAIN(TstRealSwarm)
#include "tst_realswarm.moc"
