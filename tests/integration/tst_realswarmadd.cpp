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
#include "cloud/swarmsteps.h"
#include "docker/swarm.h"
#include "real_dockerd.h" // labels this test `dockerd` (tests/CMakeLists.txt)
#include "real_swarm_nodes.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace dockervm;
using namespace dockervm::docker;
using dockervm::testsupport::RealSwarmNodes;

namespace {
constexpr int kNodes = 3;
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
    QString nodeName(int i) const { return m_nodes.nodeName(i); }
    QHostAddress address(int i) const { return m_nodes.address(i); }
    EngineEndpoint endpoint(int i) const { return m_nodes.endpoint(i); }
    cloud::NodeResult node(int i) const;
    cloud::SwarmStepInput input(const QList<int> &nodes, const QList<int> &existing) const;
    cloud::SwarmStepOutcome run(const cloud::SwarmStepInput &in, QList<cloud::StepRow> *rows);
    SwarmStatusReport status(int i);
    SwarmLocalState localState(int i);
    void leaveAll();

    // ad1..ad3 on 127.0.0.54-56 (the other real-dockerd tests use other addresses).
    RealSwarmNodes m_nodes{QStringLiteral("ad"), 54, kNodes, QStringLiteral("rsa")};
};

void TstRealSwarmAdd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<SwarmFormationResult>();
    qRegisterMetaType<SwarmStatusReport>();
    qRegisterMetaType<cloud::SwarmStepOutcome>();
    if (!m_nodes.start().isEmpty())
        QSKIP("REAL DOCKERD TESTS SKIPPED (see the warning above)");
}

void TstRealSwarmAdd::cleanupTestCase()
{
    if (m_nodes.isUp())
        leaveAll();
}

void TstRealSwarmAdd::cleanup()
{
    if (m_nodes.isUp())
        leaveAll();
}

cloud::NodeResult TstRealSwarmAdd::node(int i) const
{
    cloud::NodeResult n;
    n.name = nodeName(i);
    n.hostName = nodeName(i);
    n.dockerPort = RealSwarmNodes::kPublicPort;
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
    in.certDir = m_nodes.certDir();
    for (int i = 0; i < kNodes; ++i)
        in.hostOverrides.map(nodeName(i), RealSwarmNodes::kPublicPort, address(i),
                             m_nodes.daemon(i).tlsPort());
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
    const QStringList problems = m_nodes.leaveAll();
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
    if (RealSwarmNodes::dockerCli().isEmpty()) {
        qWarning("DOCKER CLI CHECK SKIPPED: no docker CLI (docker node ls)");
        return;
    }
    const auto ls = m_nodes.dockerCli(
        0, {QStringLiteral("node"), QStringLiteral("ls"), QStringLiteral("--format"),
            QStringLiteral("{{.ID}} {{.Status}} {{.Availability}} {{.ManagerStatus}}")});
    QVERIFY(ls.finished);
    QVERIFY2(ls.exitCode == 0, ls.err.constData());
    const QString out = QString::fromUtf8(ls.out);
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
