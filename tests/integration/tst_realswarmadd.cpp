// REAL SWARM ADD: `docker-vm swarm add`'s swarm part (cloud::SwarmSteps in join mode, the same for
// both clouds) against three real dockerds on loopback (127.0.0.54-56; each with its own TLS port,
// data and exec root; the swarm listens on <address>:2377), over verified mutual TLS with
// certificates our certs library made. Each node's public endpoint is "adN:2376", mapped by
// HostOverrides to its loopback address and TLS port, so the peer name is verified as in a real
// run.
//
// The app's own code makes a 2-node swarm (SwarmSteps, create mode) on ad1 and ad2, then the
// join-existing code adds ad3: it finds a manager among the existing nodes, reads the worker
// token there and joins ad3 on its private address. The real `docker node ls` (docker CLI with the
// generated certificates) then lists all three Ready. A node that is in another swarm is refused
// by name and the existing swarm is untouched; removeAddedNodes (the rollback of an add) makes an
// added node leave and drops it from the list.
//
// The daemons start once for the class; every case leaves the swarm (force) on all nodes after
// itself. Without root or dockerd, or when a dockerd does not come up, everything is skipped with
// a warning "REAL DOCKERD TESTS SKIPPED".
#include "certs/dockertlsstore.h"
#include "cloud/swarmsteps.h"
#include "docker/swarm.h"
#include "real_dockerd.h"

#include <QDir>
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
} // namespace

class TstRealSwarmAdd : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void addsAWorkerToTheSwarmTheAppMade();
    void nodeInAnotherSwarmIsRefusedByName();
    void rollbackMakesAnAddedNodeLeave();

private:
    QString nodeName(int i) const { return QStringLiteral("ad%1").arg(i + 1); }
    QHostAddress address(int i) const
    {
        return QHostAddress(QStringLiteral("127.0.0.%1").arg(54 + i));
    }
    EngineEndpoint endpoint(int i) const;
    cloud::NodeResult node(int i) const;
    cloud::SwarmStepInput input(const QList<int> &nodes, const QList<int> &existing) const;
    cloud::SwarmStepOutcome run(const cloud::SwarmStepInput &in, QList<cloud::StepRow> *rows);
    SwarmStatusReport status(int i);
    SwarmLocalState localState(int i);
    void leaveAll();

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_certDir;
    QString m_dockerCli;
    std::vector<std::unique_ptr<RealDockerd>> m_daemons;
    bool m_up = false;
};

void TstRealSwarmAdd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<SwarmFormationResult>();
    qRegisterMetaType<SwarmStatusReport>();
    qRegisterMetaType<cloud::SwarmStepOutcome>();
    if (const QString why = RealDockerd::hostSkipReason(); !why.isEmpty()) {
        RealDockerd::warnSkipped(why);
        QSKIP("REAL DOCKERD TESTS SKIPPED (see the warning above)");
    }
    m_dockerCli = RealDockerd::dockerCliPath();
    // A short base path: containerd's socket lives under --exec-root (108-byte socket paths).
    m_tmp = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/rsa-XXXXXX"));
    QVERIFY(m_tmp->isValid());
    const QString base = m_tmp->path();
    m_certDir = base + QStringLiteral("/certs");
    certs::DockerTlsStore store(m_certDir);
    certs::DockerTlsOptions certOptions;
    certOptions.keyType = certs::KeyType::EcdsaP256;
    for (int i = 0; i < kNodes; ++i) {
        const auto tls = store.ensureForHost(nodeName(i), {address(i)}, certOptions);
        QVERIFY2(tls.ok, qPrintable(tls.error));
    }
    QList<RealDockerd *> daemons;
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
    for (auto *d : daemons) {
        QString error;
        if (!d->start(&error)) {
            RealDockerd::warnSkipped(error);
            QSKIP("REAL DOCKERD TESTS SKIPPED (see the warning above)");
        }
    }
    QList<ProbeOptions> probes;
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
    m_up = true;
}

void TstRealSwarmAdd::cleanupTestCase()
{
    if (m_up)
        leaveAll();
    m_daemons.clear(); // stops every dockerd by pid, then any containerd it left behind
    m_tmp.reset();
}

void TstRealSwarmAdd::cleanup()
{
    if (m_up)
        leaveAll();
}

EngineEndpoint TstRealSwarmAdd::endpoint(int i) const
{
    EngineEndpoint e;
    e.host = nodeName(i);
    e.port = kPublicPort;
    e.certDir = m_certDir;
    e.timeoutMs = 60000; // a join waits for raft
    if (i < int(m_daemons.size()))
        e.hostOverrides.map(e.host, e.port, address(i), m_daemons.at(size_t(i))->tlsPort());
    return e;
}

cloud::NodeResult TstRealSwarmAdd::node(int i) const
{
    cloud::NodeResult n;
    n.name = nodeName(i);
    n.hostName = nodeName(i);
    n.dockerPort = kPublicPort;
    n.privateAddress = address(i).toString();
    n.ok = true;
    return n;
}

cloud::SwarmStepInput TstRealSwarmAdd::input(const QList<int> &nodes,
                                             const QList<int> &existing) const
{
    cloud::SwarmStepInput in;
    for (int i : nodes)
        in.nodes << node(i);
    for (int i : existing) {
        cloud::NodeResult n = node(i);
        n.privateAddress.clear(); // join mode reads it from the manager
        in.existing << n;
    }
    in.managers = 1;
    in.certDir = m_certDir;
    for (int i = 0; i < kNodes; ++i)
        in.hostOverrides.map(nodeName(i), kPublicPort, address(i),
                             m_daemons.at(size_t(i))->tlsPort());
    in.readyTimeoutMs = 90000;
    in.pollIntervalMs = 250;
    in.requestTimeoutMs = 60000;
    return in;
}

cloud::SwarmStepOutcome TstRealSwarmAdd::run(const cloud::SwarmStepInput &in,
                                             QList<cloud::StepRow> *rows)
{
    cloud::SwarmSteps steps(in);
    rows->clear();
    connect(&steps, &cloud::SwarmSteps::rowUpdated, this, [rows](const cloud::StepRow &row) {
        for (cloud::StepRow &r : *rows)
            if (r.id == row.id) {
                r = row;
                return;
            }
        rows->append(row);
    });
    QSignalSpy finished(&steps, &cloud::SwarmSteps::finished);
    steps.start();
    if (!finished.wait(240000)) {
        steps.cancel();
        return steps.outcome();
    }
    return finished.first().first().value<cloud::SwarmStepOutcome>();
}

SwarmStatusReport TstRealSwarmAdd::status(int i)
{
    SwarmStatus st(endpoint(i), nodeName(i));
    QSignalSpy done(&st, &SwarmStatus::finished);
    st.start();
    if (!done.wait(60000))
        return {};
    return st.report();
}

SwarmLocalState TstRealSwarmAdd::localState(int i)
{
    SwarmClient client(endpoint(i), nodeName(i));
    bool done = false;
    SwarmLocalState state;
    client.localState([&](const SwarmOutcome<SwarmLocalState> &o) {
        state = o.value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        return {};
    return state;
}

void TstRealSwarmAdd::leaveAll()
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
}

namespace {
QString rowText(const QList<cloud::StepRow> &rows)
{
    QStringList lines;
    for (const cloud::StepRow &r : rows)
        lines << r.id + QLatin1Char(' ') + cloud::stepStateId(r.state) + QLatin1Char(' ') +
                     r.detail;
    return lines.join(QLatin1Char('\n'));
}
} // namespace

void TstRealSwarmAdd::addsAWorkerToTheSwarmTheAppMade()
{
    // The swarm create --nodes 2 makes: ad1 manager, ad2 worker.
    QList<cloud::StepRow> rows;
    const cloud::SwarmStepOutcome made = run(input({0, 1}, {}), &rows);
    QVERIFY2(made.ok, qPrintable(made.error + QLatin1Char('\n') + rowText(rows)));
    const SwarmStatusReport before = status(0);
    QVERIFY2(before.ok, qPrintable(before.error.message));
    QCOMPARE(before.nodes.size(), 2);

    // swarm add: the existing nodes as the cloud lists them, the worker first, so the manager
    // search has to go past it.
    const cloud::SwarmStepInput in = input({2}, {1, 0});
    const cloud::SwarmStepOutcome added = run(in, &rows);
    QVERIFY2(added.ok, qPrintable(added.error + QLatin1Char('\n') + rowText(rows)));
    QVERIFY(added.joinedExisting);
    QCOMPARE(added.leader, nodeName(0));
    QCOMPARE(added.swarmId, made.swarmId);
    QCOMPARE(added.roles.value(nodeName(2)), QStringLiteral("worker"));
    QVERIFY(!added.nodeIds.value(nodeName(2)).isEmpty());
    QCOMPARE(cloud::swarmDecision(added, false), cloud::SwarmDecision::Complete);
    QStringList ids;
    for (const cloud::StepRow &r : rows)
        ids << r.id + QLatin1Char('=') + cloud::stepStateId(r.state);
    QCOMPARE(ids, (QStringList{QStringLiteral("swarm-manager=done"),
                               QStringLiteral("swarm-join-ad3=done"),
                               QStringLiteral("swarm-ready=done")}));
    // It joined on its private address, through the manager's.
    const SwarmLocalState ad3 = localState(2);
    QCOMPARE(ad3.localNodeState, QStringLiteral("active"));
    QCOMPARE(ad3.nodeAddr, address(2).toString());

    // The existing nodes are as they were: same IDs, same roles, and ready.
    const SwarmStatusReport after = status(0);
    QVERIFY2(after.ok, qPrintable(after.error.message));
    QCOMPARE(after.nodes.size(), 3);
    QCOMPARE(after.ready, 3);
    QCOMPARE(after.managers, 1);
    for (const SwarmNode &old : before.nodes) {
        const auto it = std::find_if(after.nodes.begin(), after.nodes.end(),
                                     [&](const SwarmNode &n) { return n.id == old.id; });
        QVERIFY(it != after.nodes.end());
        QCOMPARE(it->role, old.role);
        QCOMPARE(it->availability, old.availability);
    }

    // The real docker CLI with the generated certificates, against the leader.
    if (m_dockerCli.isEmpty()) {
        qWarning("DOCKER CLI CHECK SKIPPED: no docker CLI (docker node ls)");
        return;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_tmp->path() + QStringLiteral("/home");
    QDir().mkpath(home + QStringLiteral("/.docker"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("DOCKER_CONFIG"), home + QStringLiteral("/.docker"));
    for (const char *v : {"DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH"})
        env.remove(QLatin1String(v));
    QProcess p;
    p.setProgram(m_dockerCli);
    p.setArguments({QStringLiteral("--tlsverify"),
                    QStringLiteral("--tlscacert=") + m_certDir + QStringLiteral("/ca.pem"),
                    QStringLiteral("--tlscert=") + m_certDir + QStringLiteral("/cert.pem"),
                    QStringLiteral("--tlskey=") + m_certDir + QStringLiteral("/key.pem"),
                    QStringLiteral("-H"), m_daemons.at(0)->hostUrl(), QStringLiteral("node"),
                    QStringLiteral("ls"), QStringLiteral("--format"),
                    QStringLiteral("{{.ID}} {{.Status}} {{.Availability}} {{.ManagerStatus}}")});
    p.setProcessEnvironment(env);
    QSignalSpy done(&p, &QProcess::finished);
    p.start();
    QVERIFY(done.wait(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
    qInfo().noquote() << "docker node ls:\n" << out;
    const QStringList lines = out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    for (const QString &line : lines)
        QVERIFY2(line.contains(QStringLiteral(" Ready Active")), qPrintable(line));
    QVERIFY(out.contains(added.nodeIds.value(nodeName(2)).left(12)));
}

void TstRealSwarmAdd::nodeInAnotherSwarmIsRefusedByName()
{
    QList<cloud::StepRow> rows;
    const cloud::SwarmStepOutcome made = run(input({0, 1}, {}), &rows);
    QVERIFY2(made.ok, qPrintable(made.error));
    // ad3 runs a swarm of its own.
    SwarmClient ad3(endpoint(2), nodeName(2));
    bool done = false;
    SwarmOutcome<QString> init;
    ad3.init({address(2).toString() + QStringLiteral(":2377"),
              address(2).toString() + QStringLiteral(":2377"),
              {}},
             [&](const SwarmOutcome<QString> &o) {
                 init = o;
                 done = true;
             });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    QVERIFY2(init.ok(), qPrintable(init.error.message));

    const cloud::SwarmStepOutcome added = run(input({2}, {0, 1}), &rows);
    QVERIFY(!added.ok);
    QVERIFY(added.failed.contains(nodeName(2)));
    QVERIFY2(
        added.failed.value(nodeName(2)).contains(QStringLiteral("ad3 is already part of a swarm")),
        qPrintable(added.failed.value(nodeName(2))));
    QCOMPARE(cloud::swarmDecision(added, false), cloud::SwarmDecision::RollBack);
    QCOMPARE(cloud::swarmDecision(added, true), cloud::SwarmDecision::RollBack); // nothing to keep
    bool joinFailed = false;
    for (const cloud::StepRow &r : rows)
        joinFailed = joinFailed || (r.id == QStringLiteral("swarm-join-ad3") &&
                                    r.state == cloud::StepState::Failed);
    QVERIFY2(joinFailed, qPrintable(rowText(rows)));
    // The existing swarm is untouched; ad3 still leads its own.
    const SwarmStatusReport st = status(0);
    QVERIFY2(st.ok, qPrintable(st.error.message));
    QCOMPARE(st.nodes.size(), 2);
    QCOMPARE(st.ready, 2);
    QCOMPARE(localState(2).nodeId, init.value);
}

void TstRealSwarmAdd::rollbackMakesAnAddedNodeLeave()
{
    QList<cloud::StepRow> rows;
    QVERIFY(run(input({0, 1}, {}), &rows).ok);
    const cloud::SwarmStepInput in = input({2}, {0, 1});
    const cloud::SwarmStepOutcome added = run(in, &rows);
    QVERIFY2(added.ok, qPrintable(added.error + QLatin1Char('\n') + rowText(rows)));
    QCOMPARE(status(0).nodes.size(), 3);

    QObject context;
    bool done = false;
    QStringList problems;
    cloud::removeAddedNodes(in, added, {nodeName(2)}, &context, [&](const QStringList &p) {
        problems = p;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 120000);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(localState(2).localNodeState, QStringLiteral("inactive"));
    const SwarmStatusReport st = status(0);
    QVERIFY2(st.ok, qPrintable(st.error.message));
    QCOMPARE(st.nodes.size(), 2);
    QCOMPARE(st.ready, 2);
    for (const SwarmNode &n : st.nodes)
        QVERIFY(n.id != added.nodeIds.value(nodeName(2)));
}

QTEST_GUILESS_MAIN(TstRealSwarmAdd)
#include "tst_realswarmadd.moc"
