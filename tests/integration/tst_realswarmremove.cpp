// REAL SWARM REMOVE: `swarm remove NAME NODE`'s swarm part (cloud::SwarmNodeRemoval) and the
// keep-partial clean-up of a node that failed at the "ready" stage (cloud::forgetFailedNodes),
// against three real dockerds on loopback (127.0.0.51-53; each with its own TLS port, data and
// exec root; the swarm listens on <address>:2377), over verified mutual TLS with certificates our
// certs library made. Each node's public endpoint is "rmN:2376", mapped by HostOverrides to its
// loopback address and TLS port, so the peer name is verified as in a real run.
//
// The daemons start once for the class; every case forms its swarm with our SwarmFormation and
// leaves it (force) on all nodes after itself. Without root or dockerd, or when a dockerd does
// not come up, everything is skipped with a warning "REAL DOCKERD TESTS SKIPPED".
#include "cloud/swarmremoval.h"
#include "cloud/swarmsteps.h"
#include "docker/swarm.h"
#include "real_dockerd.h" // labels this test `dockerd` (tests/CMakeLists.txt)
#include "real_swarm_nodes.h"

#include <QDir>
#include <QJsonDocument>
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
constexpr quint16 kPublicPort = RealSwarmNodes::kPublicPort;
} // namespace

class TstRealSwarmRemove : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void workerIsDrainedLeavesAndIsRemoved();
    void managerIsDemotedThenRemovedLeaderAndUnknownRefused();
    void onlyManagerIsRefused();
    void forgetFailedNodesRemovesThemFromTheList();

private:
    QString nodeName(int i) const { return m_nodes.nodeName(i); }
    QHostAddress address(int i) const { return m_nodes.address(i); }
    EngineEndpoint endpoint(int i) const { return m_nodes.endpoint(i); }
    SwarmFormationResult form(int managers);
    SwarmStatusReport status(int i);
    cloud::SwarmRemovalResult remove(const QString &node, QStringList *messages = nullptr);
    void leaveAll();

    // rm1..rm3 on 127.0.0.51-53.
    RealSwarmNodes m_nodes{QStringLiteral("rm"), 51, kNodes, QStringLiteral("rsr")};
};

void TstRealSwarmRemove::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<SwarmFormationResult>();
    qRegisterMetaType<SwarmStatusReport>();
    qRegisterMetaType<cloud::SwarmRemovalResult>();
    if (!m_nodes.start().isEmpty())
        QSKIP("REAL DOCKERD TESTS SKIPPED (see the warning above)");
}

void TstRealSwarmRemove::cleanupTestCase()
{
    if (m_nodes.isUp())
        leaveAll();
}

void TstRealSwarmRemove::cleanup()
{
    if (m_nodes.isUp())
        leaveAll();
}

SwarmFormationResult TstRealSwarmRemove::form(int managers)
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
    SwarmFormation formation(o);
    QSignalSpy finished(&formation, &SwarmFormation::finished);
    formation.start();
    if (!finished.wait(240000)) {
        formation.cancel();
        return formation.result();
    }
    return finished.first().first().value<SwarmFormationResult>();
}

SwarmStatusReport TstRealSwarmRemove::status(int i)
{
    SwarmStatus st(endpoint(i), nodeName(i));
    QSignalSpy done(&st, &SwarmStatus::finished);
    st.start();
    if (!done.wait(60000))
        return {};
    return st.report();
}

cloud::SwarmRemovalResult TstRealSwarmRemove::remove(const QString &node, QStringList *messages)
{
    cloud::SwarmRemovalInput in;
    in.swarmName = QStringLiteral("rm");
    in.node = node;
    in.pollIntervalMs = 200;
    for (int i = 0; i < kNodes; ++i)
        in.nodes.append({nodeName(i), endpoint(i)});
    cloud::SwarmNodeRemoval removal(in);
    QStringList local;
    QStringList *out = messages ? messages : &local;
    connect(&removal, &cloud::SwarmNodeRemoval::message, this,
            [out](const QString &text) { out->append(text); });
    QSignalSpy done(&removal, &cloud::SwarmNodeRemoval::finished);
    removal.start();
    if (!done.wait(180000))
        return {};
    return done.first().first().value<cloud::SwarmRemovalResult>();
}

void TstRealSwarmRemove::leaveAll()
{
    const QStringList problems = m_nodes.leaveAll();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TstRealSwarmRemove::workerIsDrainedLeavesAndIsRemoved()
{
    const SwarmFormationResult r = form(1);
    QVERIFY2(r.ok, qPrintable(r.summary));
    QStringList messages;
    const cloud::SwarmRemovalResult rm = remove(QStringLiteral("rm3"), &messages);
    QVERIFY2(rm.ok, qPrintable(rm.error + QLatin1Char('\n') + messages.join(QLatin1Char('\n'))));
    QVERIFY(rm.wasMember);
    QVERIFY(!rm.demoted);
    QCOMPARE(rm.askedManager, QStringLiteral("rm1"));
    QVERIFY2(messages.join(QLatin1Char('\n')).contains(QStringLiteral("Draining rm3")),
             qPrintable(messages.join(QLatin1Char('\n'))));
    // rm3 is no swarm member any more; the leader lists two nodes, both ready.
    SwarmClient rm3(endpoint(2), nodeName(2));
    bool done = false;
    QString state;
    rm3.localState([&](const SwarmOutcome<SwarmLocalState> &o) {
        state = o.value.localNodeState;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    QCOMPARE(state, QStringLiteral("inactive"));
    const SwarmStatusReport st = status(0);
    QVERIFY2(st.ok, qPrintable(st.error.message));
    QCOMPARE(st.nodes.size(), 2);
    QCOMPARE(st.ready, 2);
}

void TstRealSwarmRemove::managerIsDemotedThenRemovedLeaderAndUnknownRefused()
{
    const SwarmFormationResult r = form(3);
    QVERIFY2(r.ok, qPrintable(r.summary));
    // The leader and an unknown node are refused; nothing changes.
    cloud::SwarmRemovalResult rm = remove(QStringLiteral("rm1"));
    QVERIFY(!rm.ok);
    QVERIFY(rm.refused);
    QVERIFY2(rm.error.contains(QStringLiteral("rm1 leads the swarm")), qPrintable(rm.error));
    rm = remove(QStringLiteral("rm9"));
    QVERIFY(!rm.ok);
    QVERIFY(rm.refused);
    QVERIFY2(rm.error.contains(QStringLiteral("rm has no node named rm9; its nodes are rm1, rm2, "
                                              "rm3")),
             qPrintable(rm.error));
    QCOMPARE(status(0).managers, 3);

    // Another manager: demoted (raft keeps its quorum), waited for, drained, leaves, removed.
    QStringList messages;
    rm = remove(QStringLiteral("rm2"), &messages);
    const QString log = messages.join(QLatin1Char('\n'));
    QVERIFY2(rm.ok, qPrintable(rm.error + QLatin1Char('\n') + log));
    QVERIFY(rm.demoted);
    QVERIFY2(log.contains(QStringLiteral("Demoting rm2 to a worker (2 managers are left)")),
             qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("rm2 is a worker now")), qPrintable(log));
    const SwarmStatusReport st = status(0);
    QVERIFY2(st.ok, qPrintable(st.error.message));
    QCOMPARE(st.nodes.size(), 2);
    QCOMPARE(st.managers, 2);
    QCOMPARE(st.ready, 2);
}

void TstRealSwarmRemove::onlyManagerIsRefused()
{
    const SwarmFormationResult r = form(1);
    QVERIFY2(r.ok, qPrintable(r.summary));
    // Asked by name: rm1 is the only manager (and the leader).
    const cloud::SwarmRemovalResult rm = remove(QStringLiteral("RM1"));
    QVERIFY(!rm.ok);
    QVERIFY(rm.refused);
    QVERIFY2(rm.error.contains(QStringLiteral("rm1 is the swarm's only manager")),
             qPrintable(rm.error));
    QCOMPARE(status(0).nodes.size(), 3);
}

// Keep-partial: nodes that joined but failed at the "ready" stage are dropped from the leader's
// list: a worker with DELETE /nodes/{id}?force=true, a manager demoted first (real dockerd refuses
// to remove a manager).
void TstRealSwarmRemove::forgetFailedNodesRemovesThemFromTheList()
{
    const SwarmFormationResult r = form(3);
    QVERIFY2(r.ok, qPrintable(r.summary));
    cloud::SwarmStepInput in;
    for (int i = 0; i < kNodes; ++i) {
        cloud::NodeResult n;
        n.name = nodeName(i);
        n.hostName = nodeName(i);
        n.dockerPort = kPublicPort;
        in.nodes << n;
    }
    in.certDir = m_nodes.certDir();
    for (int i = 0; i < kNodes; ++i)
        in.hostOverrides.map(nodeName(i), kPublicPort, address(i), m_nodes.daemon(i).tlsPort());
    in.requestTimeoutMs = 60000;
    cloud::SwarmStepOutcome outcome;
    outcome.swarmMade = true;
    outcome.leader = nodeName(0);
    outcome.nodeIds = r.nodeIds;
    outcome.failed.insert(nodeName(2), QStringLiteral("not ready in time"));
    QObject context;
    bool done = false;
    QStringList problems;
    cloud::forgetFailedNodes(in, outcome, &context, [&](const QStringList &p) {
        problems = p;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 120000);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const SwarmStatusReport st = status(0);
    QVERIFY2(st.ok, qPrintable(st.error.message));
    QCOMPARE(st.nodes.size(), 2);
    for (const SwarmNode &n : st.nodes)
        QVERIFY(n.id != r.nodeIds.value(nodeName(2)));
}

QTEST_GUILESS_MAIN(TstRealSwarmRemove)
#include "tst_realswarmremove.moc"
