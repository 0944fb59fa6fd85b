// `create --nodes N` on the ARM simulator with its simulated Docker hosts (no root needed): the
// hosts share the simulator's swarm network at their private 10.0.0.x addresses. Here a join is
// refused: the third node's daemon is already part of another swarm when the formation starts
// (its daemon answers the join "This node is already part of a swarm"). Without keepPartial the
// run rolls back every node; with it the two-node swarm stays and the third node is removed.
#include "arm/armclient.h"
#include "arm/armcloud.h"
#include "arm_testserver.h"
#include "cloud/journal.h"
#include "cloud/run.h"
#include "sim/armsimulator.h"
#include "sim/dockerhost.h"
#include "sim/swarmsim.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace dockervm;

class TestArmSwarmSim : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void joinRefusedRollsBackEverything();
    void joinRefusedKeepPartialKeepsTheOthers();
    void fiveNodesThreeManagers();
    void readyFailureKeepPartialForgetsTheNode();
    void cancelWhileNodeCertificatesAreMadeInParallel();
    // `docker-vm swarm add NAME --count K` (ArmCloud::addSwarmNodes).
    void addTwoWorkers();
    void addNodeVmFailsRollsBackOnlyTheNewNodes();
    void addNodeVmFailsKeepPartialKeepsTheOthers();
    void addCancelledAfterTheJoinLeavesTheSwarmAsItWas();
    void addRefusesUnknownNameAndSingleHost();
    void addAfterRemoveTakesTheFreedPrivateAddress();
    void addStoppedThenCleanupRemovesOnlyTheNewNodes();
    void addRefusesMissingPasswordAndCaKey();

private:
    cloud::ProvisioningRun *create(const QString &name, int nodes, int managers, bool keepPartial,
                                   int swarmReadyTimeoutMs = 180000,
                                   certs::KeyType keyType = certs::KeyType::EcdsaP256);
    // Makes `fqdn`'s daemon part of a swarm of its own, at once (no request in flight).
    void preInit(const QString &fqdn);
    cloud::ProvisioningRun *add(const QString &name, int count, bool keepPartial,
                                const QString &password = QStringLiteral("Docker4Azure!"),
                                const QString &certDir = QString());
    // Runs `run` to its end; its result.
    cloud::RunResult finish(cloud::ProvisioningRun *run);
    // GET /nodes on `fqdn`'s daemon, straight on the simulator's swarm network.
    QJsonArray swarmNodes(const QString &fqdn);
    QStringList journals() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sim::ArmSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<testing::FakeTokenSource> m_tokens;
    std::unique_ptr<arm::ArmClient> m_client;
    std::unique_ptr<arm::ArmCloud> m_cloud;
};

void TestArmSwarmSim::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    sim::ArmSimulator::Options o;
    o.operationDelayMs = 20;
    o.groupDeleteDelayMs = 20;
    o.bootDelayMs = 30;
    o.regionalVcpuQuota = 100;
    m_sim = std::make_unique<sim::ArmSimulator>(o);
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    const QString tenant = m_sim->tenantId();
    m_sim->setTokenChecker([tenant](const QByteArray &) {
        sim::ArmTokenCheck c;
        c.ok = true;
        c.tenantId = tenant;
        return c;
    });
    const QString caFile = m_dir->filePath(QStringLiteral("arm-ca.pem"));
    QVERIFY(m_sim->writeCaFile(caFile));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_tokens = std::make_unique<testing::FakeTokenSource>();
    arm::ArmClient::Options co;
    co.armEndpoint = m_sim->endpoint();
    co.extraCaFile = caFile;
    m_client = std::make_unique<arm::ArmClient>(m_nam.get(), m_tokens.get(), co);
    arm::ArmCloud::Options cloudOptions;
    cloudOptions.subscriptionId = m_sim->defaultSubscriptionId();
    m_cloud = std::make_unique<arm::ArmCloud>(m_client.get(), cloudOptions);
}

void TestArmSwarmSim::cleanup()
{
    m_cloud.reset();
    m_client.reset();
    m_tokens.reset();
    m_nam.reset();
    m_sim.reset();
    m_dir.reset();
}

cloud::ProvisioningRun *TestArmSwarmSim::create(const QString &name, int nodes, int managers,
                                                bool keepPartial, int swarmReadyTimeoutMs,
                                                certs::KeyType keyType)
{
    cloud::VmSpec spec = m_cloud->defaults();
    spec.dnsName = name;
    spec.location = QStringLiteral("westus");
    spec.imageName = QStringLiteral("Canonical:ubuntu-24_04-lts:server:latest");
    spec.userName = QStringLiteral("azureuser");
    spec.password = QStringLiteral("Docker4Azure!");
    spec.certDir = m_dir->filePath(QStringLiteral("certs"));
    spec.keyType = keyType;
    spec.nodes = nodes;
    spec.managers = managers;
    cloud::RunOptions o;
    o.pollIntervalMs = 50;
    o.journalDir = m_dir->filePath(QStringLiteral("journal"));
    o.tls.keyType = spec.keyType;
    o.keepPartial = keepPartial;
    o.swarmReadyTimeoutMs = swarmReadyTimeoutMs;
    o.hostOverrides.setLoopbackOnly(true);
    o.hostOverrides.setMapSimulatedEndpoints(true);
    return m_cloud->create(spec, o, this);
}

cloud::ProvisioningRun *TestArmSwarmSim::add(const QString &name, int count, bool keepPartial,
                                             const QString &password, const QString &certDir)
{
    // What `swarm add` takes from the user: the name, the new VMs' credentials, the certificate
    // folder (the CA create made); everything else is read from the swarm.
    cloud::VmSpec spec = m_cloud->defaults();
    spec.dnsName = name;
    spec.sshKeyFile.clear();
    spec.password = password;
    spec.certDir = certDir.isEmpty() ? m_dir->filePath(QStringLiteral("certs")) : certDir;
    cloud::RunOptions o;
    o.pollIntervalMs = 50;
    o.journalDir = m_dir->filePath(QStringLiteral("journal"));
    o.tls.keyType = spec.keyType;
    o.keepPartial = keepPartial;
    o.hostOverrides.setLoopbackOnly(true);
    o.hostOverrides.setMapSimulatedEndpoints(true);
    return m_cloud->addSwarmNodes(spec, count, o, this);
}

cloud::RunResult TestArmSwarmSim::finish(cloud::ProvisioningRun *run)
{
    QSignalSpy finished(run, &cloud::ProvisioningRun::finished);
    if (!run->isRunning())
        run->start();
    if (!finished.wait(60000))
        qWarning("the run did not finish");
    const cloud::RunResult r = run->result();
    delete run;
    return r;
}

QJsonArray TestArmSwarmSim::swarmNodes(const QString &fqdn)
{
    sim::DockerHost *host = m_sim->dockerHost(fqdn);
    if (!host)
        return {};
    const auto nodes =
        host->swarmNetwork()->handle(host->swarmHandle(), "GET", QStringLiteral("/nodes"), {}, {});
    return nodes ? QJsonDocument::fromJson(nodes->body).array() : QJsonArray();
}

QStringList TestArmSwarmSim::journals() const
{
    return QDir(m_dir->filePath(QStringLiteral("journal")))
        .entryList({QStringLiteral("*.json")}, QDir::Files);
}

void TestArmSwarmSim::preInit(const QString &fqdn)
{
    sim::DockerHost *host = m_sim->dockerHost(fqdn);
    QVERIFY2(host, qPrintable(fqdn));
    const QByteArray body =
        QStringLiteral("{\"ListenAddr\":\"%1:2377\",\"AdvertiseAddr\":\"%1:2377\"}")
            .arg(host->privateAddress())
            .toUtf8();
    const auto answer = host->swarmNetwork()->handle(host->swarmHandle(), "POST",
                                                     QStringLiteral("/swarm/init"), {}, body);
    QVERIFY(answer);
    QCOMPARE(host->swarmNetwork()->localNodeState(host->swarmHandle()), QStringLiteral("active"));
}

void TestArmSwarmSim::joinRefusedRollsBackEverything()
{
    cloud::ProvisioningRun *run = create(QStringLiteral("jref"), 3, 1, false);
    bool refused = false;
    // The moment the swarm step starts (before its first request): jr-3 is in a swarm already.
    connect(run, &cloud::ProvisioningRun::rowChanged, this, [this, run, &refused](int row) {
        const cloud::StepRow r = run->rows().value(row);
        if (r.id == QLatin1String("swarm-init") && r.state == cloud::StepState::Running &&
            !refused) {
            refused = true;
            preInit(QStringLiteral("jref-3.westus.cloudapp.azure.com"));
        }
    });
    QSignalSpy finished(run, &cloud::ProvisioningRun::finished);
    run->start();
    QVERIFY(finished.wait(60000));
    QVERIFY(refused);
    const cloud::RunResult r = run->result();
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("jref-3")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QLatin1String("already part of a swarm")), qPrintable(r.error));
    QVERIFY2(m_sim->isEmpty(), qPrintable(m_sim->resourceIds().join(QLatin1Char(' '))));
    QVERIFY(QDir(m_dir->filePath(QStringLiteral("journal")))
                .entryList({QStringLiteral("*.json")}, QDir::Files)
                .isEmpty());
    delete run;
}

void TestArmSwarmSim::joinRefusedKeepPartialKeepsTheOthers()
{
    cloud::ProvisioningRun *run = create(QStringLiteral("jkeep"), 3, 1, true);
    bool refused = false;
    connect(run, &cloud::ProvisioningRun::rowChanged, this, [this, run, &refused](int row) {
        const cloud::StepRow r = run->rows().value(row);
        if (r.id == QLatin1String("swarm-init") && r.state == cloud::StepState::Running &&
            !refused) {
            refused = true;
            preInit(QStringLiteral("jkeep-3.westus.cloudapp.azure.com"));
        }
    });
    QSignalSpy finished(run, &cloud::ProvisioningRun::finished);
    run->start();
    QVERIFY(finished.wait(60000));
    const cloud::RunResult r = run->result();
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.partial);
    QVERIFY(r.nodes[0].ok && r.nodes[1].ok);
    QVERIFY(!r.nodes[2].ok);
    QCOMPARE(r.nodes[2].failedStep, QStringLiteral("swarm-join-jkeep-3"));
    QVERIFY2(r.nodes[2].error.contains(QLatin1String("already part of a swarm")),
             qPrintable(r.nodes[2].error));
    const QString ids = m_sim->resourceIds().join(QLatin1Char(' ')).toLower();
    QVERIFY2(!ids.contains(QLatin1String("/jkeep-3")), qPrintable(ids));
    QVERIFY2(ids.contains(QLatin1String("virtualmachines/jkeep-2")), qPrintable(ids));
    // The leader's view: two nodes, both ready.
    sim::DockerHost *leader =
        m_sim->dockerHost(QStringLiteral("jkeep-1.westus.cloudapp.azure.com"));
    QVERIFY(leader);
    const auto nodes = leader->swarmNetwork()->handle(leader->swarmHandle(), "GET",
                                                      QStringLiteral("/nodes"), {}, {});
    QVERIFY(nodes);
    QCOMPARE(QJsonDocument::fromJson(nodes->body).array().size(), 2);
    delete run;
}

void TestArmSwarmSim::fiveNodesThreeManagers()
{
    cloud::ProvisioningRun *run = create(QStringLiteral("five"), 5, 3, false);
    QSignalSpy finished(run, &cloud::ProvisioningRun::finished);
    run->start();
    QVERIFY(finished.wait(60000));
    const cloud::RunResult r = run->result();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.nodes.size(), 5);
    int managers = 0;
    for (const cloud::NodeResult &n : r.nodes) {
        QVERIFY(n.ok);
        managers += n.role == QLatin1String("manager") ? 1 : 0;
    }
    QCOMPARE(managers, 3);
    delete run;
}

// A node that joined but never became ready (its daemon went away right after the join: the
// leader lists it "down") fails at the "ready" stage. With keepPartial its VM is deleted and the
// leader no longer lists it: DELETE /nodes/{id}?force=true on the leader. Before that fix the
// leader kept listing it as down.
void TestArmSwarmSim::readyFailureKeepPartialForgetsTheNode()
{
    cloud::ProvisioningRun *run = create(QStringLiteral("rdy"), 3, 1, true, 1500);
    QString goneId;
    connect(run, &cloud::ProvisioningRun::rowChanged, this, [this, run, &goneId](int row) {
        const cloud::StepRow r = run->rows().value(row);
        if (r.id == QLatin1String("swarm-join-rdy-3") && r.state == cloud::StepState::Done &&
            goneId.isEmpty()) {
            sim::DockerHost *host =
                m_sim->dockerHost(QStringLiteral("rdy-3.westus.cloudapp.azure.com"));
            QVERIFY(host);
            goneId = host->swarmNetwork()->nodeId(host->swarmHandle());
            host->swarmNetwork()->detach(host->swarmHandle());
        }
    });
    QSignalSpy finished(run, &cloud::ProvisioningRun::finished);
    run->start();
    QVERIFY(finished.wait(60000));
    QVERIFY(!goneId.isEmpty());
    const cloud::RunResult r = run->result();
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.partial);
    QVERIFY(r.nodes[0].ok && r.nodes[1].ok);
    QVERIFY(!r.nodes[2].ok);
    QVERIFY2(r.nodes[2].error.contains(QLatin1String("ready")), qPrintable(r.nodes[2].error));
    const QString ids = m_sim->resourceIds().join(QLatin1Char(' ')).toLower();
    QVERIFY2(!ids.contains(QLatin1String("virtualmachines/rdy-3")), qPrintable(ids));
    sim::DockerHost *leader = m_sim->dockerHost(QStringLiteral("rdy-1.westus.cloudapp.azure.com"));
    QVERIFY(leader);
    const auto nodes = leader->swarmNetwork()->handle(leader->swarmHandle(), "GET",
                                                      QStringLiteral("/nodes"), {}, {});
    QVERIFY(nodes);
    const QJsonArray list = QJsonDocument::fromJson(nodes->body).array();
    QCOMPARE(list.size(), 2);
    for (const QJsonValue &v : list) {
        QVERIFY(v.toObject().value(QStringLiteral("ID")).toString() != goneId);
        QCOMPARE(v.toObject()
                     .value(QStringLiteral("Status"))
                     .toObject()
                     .value(QStringLiteral("State"))
                     .toString(),
                 QStringLiteral("ready"));
    }
    delete run;
}

// The server certificates of nodes 2..N are made at once (one job per node, RSA 4096 so they take
// a while): a cancel while they run stops every job, and the rollback runs once, after the last
// one has finished: nothing is left in Azure, no file of the run in the folder, no journal.
void TestArmSwarmSim::cancelWhileNodeCertificatesAreMadeInParallel()
{
    cloud::ProvisioningRun *run =
        create(QStringLiteral("pcert"), 4, 1, false, 180000, certs::KeyType::Rsa4096);
    bool cancelled = false;
    connect(run, &cloud::ProvisioningRun::rowChanged, this, [run, &cancelled](int row) {
        const cloud::StepRow r = run->rows().value(row);
        if (r.id == QLatin1String("certificates") && r.state == cloud::StepState::Running &&
            r.detail.contains(QLatin1String("at once")) && !cancelled) {
            cancelled = true;
            QMetaObject::invokeMethod(run, &cloud::ProvisioningRun::cancel, Qt::QueuedConnection);
        }
    });
    QSignalSpy finished(run, &cloud::ProvisioningRun::finished);
    run->start();
    QVERIFY(finished.wait(120000));
    QVERIFY(cancelled);
    QCOMPARE(finished.size(), 1);
    const cloud::RunResult r = run->result();
    QVERIFY(!r.ok);
    QVERIFY(r.cancelled);
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->isEmpty(), 30000);
    const QStringList left =
        QDir(m_dir->filePath(QStringLiteral("certs"))).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(left.filter(QStringLiteral(".pem")).isEmpty(),
             qPrintable(left.join(QLatin1Char(' '))));
    QVERIFY(QDir(m_dir->filePath(QStringLiteral("journal")))
                .entryList({QStringLiteral("*.json")}, QDir::Files)
                .isEmpty());
    QTest::qWait(0);
    QCOMPARE(finished.size(), 1); // one rollback, one finished()
    delete run;
}

namespace {

int readyNodes(const QJsonArray &nodes)
{
    int ready = 0;
    for (const QJsonValue &v : nodes)
        ready += v.toObject().value(QStringLiteral("Status"))
                             .toObject()
                             .value(QStringLiteral("State"))
                             .toString() == QLatin1String("ready")
                     ? 1
                     : 0;
    return ready;
}

QString ids(const sim::ArmSimulator &sim)
{
    return sim.resourceIds().join(QLatin1Char(' ')).toLower();
}

} // namespace

// create --nodes 2, then add --count 2: grow-3 and grow-4 are workers on the next private
// addresses with their own server certificates, the leader lists four ready nodes, and the
// cloud's member list has four.
void TestArmSwarmSim::addTwoWorkers()
{
    const cloud::RunResult made = finish(create(QStringLiteral("grow"), 2, 1, false));
    QVERIFY2(made.ok, qPrintable(made.error));
    const QStringList before = m_sim->resourceIds();

    cloud::ProvisioningRun *run = add(QStringLiteral("grow"), 2, false);
    QSignalSpy reset(run, &cloud::ProvisioningRun::rowsReset);
    QSignalSpy finished(run, &cloud::ProvisioningRun::finished);
    run->start();
    QVERIFY(finished.wait(60000));
    QVERIFY(reset.size() >= 1); // the rows of the new nodes replaced the placeholders
    QStringList rowIds;
    for (const cloud::StepRow &row : run->rows())
        rowIds << row.id;
    QVERIFY2(rowIds.contains(QStringLiteral("wait-docker-grow-4")), qPrintable(rowIds.join(' ')));
    QVERIFY2(rowIds.contains(QStringLiteral("swarm-join-grow-3")), qPrintable(rowIds.join(' ')));
    const cloud::RunResult r = run->result();
    delete run;
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!r.partial);
    QCOMPARE(r.nodes.size(), 2);
    QCOMPARE(r.nodes[0].name, QStringLiteral("grow-3"));
    QCOMPARE(r.nodes[1].name, QStringLiteral("grow-4"));
    QCOMPARE(r.nodes[0].hostName, QStringLiteral("grow-3.westus.cloudapp.azure.com"));
    QCOMPARE(r.nodes[0].privateAddress, QStringLiteral("10.0.0.6"));
    QCOMPARE(r.nodes[1].privateAddress, QStringLiteral("10.0.0.7"));
    for (const cloud::NodeResult &n : r.nodes) {
        QVERIFY2(n.ok, qPrintable(n.error));
        QCOMPARE(n.role, QStringLiteral("worker"));
        QVERIFY(!n.swarmNodeId.isEmpty());
    }
    // Made like create's nodes, in the same group, network and NSG; nothing shared was re-made.
    const QString now = ids(*m_sim);
    for (const QString &id : before)
        QVERIFY2(now.contains(id.toLower()), qPrintable(id));
    QVERIFY2(now.contains(QLatin1String("virtualmachines/grow-4")), qPrintable(now));
    QVERIFY2(now.contains(QLatin1String("networkinterfaces/grow-3-nic")), qPrintable(now));
    QCOMPARE(m_sim->resourceGroups().size(), 1);
    const QString vm = QString::fromUtf8(m_sim->lastVmPutBody());
    QVERIFY(vm.contains(QLatin1String("Standard_B2s")));
    QVERIFY(vm.contains(QLatin1String("ubuntu-24_04-lts")));
    QVERIFY(vm.contains(QLatin1String("azureuser")));
    // Each new node has its own server certificate, signed by the swarm's CA.
    const QDir certs(m_dir->filePath(QStringLiteral("certs")));
    QVERIFY(certs.entryList().filter(QStringLiteral("grow-4.westus")).size() >= 2);
    // The leader lists all four, ready.
    const QJsonArray nodes = swarmNodes(QStringLiteral("grow-1.westus.cloudapp.azure.com"));
    QCOMPARE(nodes.size(), 4);
    QCOMPARE(readyNodes(nodes), 4);
    QList<cloud::SwarmMember> members;
    QString error;
    bool done = false;
    m_cloud->swarmMembers(QStringLiteral("grow"), this,
                          [&](const QList<cloud::SwarmMember> &m, const QString &e) {
                              members = m;
                              error = e;
                              done = true;
                          });
    QTRY_VERIFY(done);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(members.size(), 4);
    QCOMPARE(members.last().name, QStringLiteral("grow-4"));
    QVERIFY(journals().isEmpty());
}

// A new node's VM fails: by default every NEW node's resources and server certificate are
// removed; the group, network, NSG, the first two nodes and the CA stay, and the swarm is as it
// was (two ready nodes).
void TestArmSwarmSim::addNodeVmFailsRollsBackOnlyTheNewNodes()
{
    const cloud::RunResult made = finish(create(QStringLiteral("afail"), 2, 1, false));
    QVERIFY2(made.ok, qPrintable(made.error));
    const QStringList before = m_sim->resourceIds();
    const QStringList filesBefore =
        QDir(m_dir->filePath(QStringLiteral("certs"))).entryList(QDir::Files);
    sim::ArmFaults f;
    f.failOperationOf.insert(QStringLiteral("afail-3"),
                             {500, QStringLiteral("AllocationFailed"),
                              QStringLiteral("Allocation failed. We do not have sufficient "
                                             "capacity for the requested VM size.")});
    m_sim->setFaults(f);
    const cloud::RunResult r = finish(add(QStringLiteral("afail"), 2, false));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("afail-3")), qPrintable(r.error));
    QVERIFY2(r.failedStep.endsWith(QLatin1String("-afail-3")), qPrintable(r.failedStep));
    QVERIFY2(r.leftBehind.isEmpty(), qPrintable(r.leftBehind.join(' ')));
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->resourceIds().size(), before.size(), 10000);
    const QString now = ids(*m_sim);
    for (const QString &id : before)
        QVERIFY2(now.contains(id.toLower()), qPrintable(id));
    QVERIFY2(!now.contains(QLatin1String("afail-3")) && !now.contains(QLatin1String("afail-4")),
             qPrintable(now));
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("certs"))).entryList(QDir::Files), filesBefore);
    const QJsonArray nodes = swarmNodes(QStringLiteral("afail-1.westus.cloudapp.azure.com"));
    QCOMPARE(nodes.size(), 2);
    QCOMPARE(readyNodes(nodes), 2);
    QVERIFY(journals().isEmpty());
}

// The same failure with keepPartial: the node that worked joined and stays; the failed one is
// removed and named.
void TestArmSwarmSim::addNodeVmFailsKeepPartialKeepsTheOthers()
{
    const cloud::RunResult made = finish(create(QStringLiteral("akeep"), 2, 1, false));
    QVERIFY2(made.ok, qPrintable(made.error));
    sim::ArmFaults f;
    f.failOperationOf.insert(QStringLiteral("akeep-3"), {500, QStringLiteral("AllocationFailed"),
                                                         QStringLiteral("Allocation failed.")});
    m_sim->setFaults(f);
    const cloud::RunResult r = finish(add(QStringLiteral("akeep"), 2, true));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.partial);
    QCOMPARE(r.nodes.size(), 2);
    QVERIFY(!r.nodes[0].ok);
    QVERIFY2(r.nodes[0].error.contains(QLatin1String("Allocation failed")),
             qPrintable(r.nodes[0].error));
    QVERIFY(r.nodes[1].ok);
    const QString now = ids(*m_sim);
    QVERIFY2(!now.contains(QLatin1String("/akeep-3")), qPrintable(now));
    QVERIFY2(now.contains(QLatin1String("virtualmachines/akeep-4")), qPrintable(now));
    QVERIFY2(now.contains(QLatin1String("virtualmachines/akeep-1")), qPrintable(now));
    const QJsonArray nodes = swarmNodes(QStringLiteral("akeep-1.westus.cloudapp.azure.com"));
    QCOMPARE(nodes.size(), 3);
    QCOMPARE(readyNodes(nodes), 3);
    QVERIFY(journals().isEmpty());
}

// Cancel once a new node has joined: it leaves the swarm again (the leader does not keep it as
// "down"), its resources go, the existing nodes are untouched.
void TestArmSwarmSim::addCancelledAfterTheJoinLeavesTheSwarmAsItWas()
{
    const cloud::RunResult made = finish(create(QStringLiteral("acan"), 2, 1, false));
    QVERIFY2(made.ok, qPrintable(made.error));
    const QStringList before = m_sim->resourceIds();
    cloud::ProvisioningRun *run = add(QStringLiteral("acan"), 1, false);
    bool cancelled = false;
    connect(run, &cloud::ProvisioningRun::rowChanged, this, [run, &cancelled](int row) {
        const cloud::StepRow r = run->rows().value(row);
        if (r.id == QLatin1String("swarm-join-acan-3") && r.state == cloud::StepState::Done &&
            !cancelled) {
            cancelled = true;
            QMetaObject::invokeMethod(run, &cloud::ProvisioningRun::cancel, Qt::QueuedConnection);
        }
    });
    const cloud::RunResult r = finish(run);
    QVERIFY(cancelled);
    QVERIFY(!r.ok);
    QVERIFY(r.cancelled);
    QVERIFY2(r.leftBehind.isEmpty(), qPrintable(r.leftBehind.join(' ')));
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->resourceIds().size(), before.size(), 10000);
    QVERIFY2(!ids(*m_sim).contains(QLatin1String("acan-3")), qPrintable(ids(*m_sim)));
    const QJsonArray nodes = swarmNodes(QStringLiteral("acan-1.westus.cloudapp.azure.com"));
    QCOMPARE(nodes.size(), 2);
    QCOMPARE(readyNodes(nodes), 2);
    QVERIFY(journals().isEmpty());
}

// No such swarm, and a single host (create without --nodes): refused by name, nothing made.
void TestArmSwarmSim::addRefusesUnknownNameAndSingleHost()
{
    // The certificate folder must hold a CA first: make one with a single host.
    const cloud::RunResult solo = finish(create(QStringLiteral("solo"), 1, 1, false));
    QVERIFY2(solo.ok, qPrintable(solo.error));
    const QStringList before = m_sim->resourceIds();

    const cloud::RunResult unknown = finish(add(QStringLiteral("nosuch"), 1, false));
    QVERIFY(!unknown.ok);
    QCOMPARE(unknown.failedStep, QStringLiteral("resource-group"));
    QVERIFY2(unknown.error.contains(QLatin1String("No swarm named nosuch")),
             qPrintable(unknown.error));

    const cloud::RunResult single = finish(add(QStringLiteral("solo"), 1, false));
    QVERIFY(!single.ok);
    QVERIFY2(single.error.contains(QLatin1String("solo is a single Docker host, not a swarm")),
             qPrintable(single.error));
    QCOMPARE(m_sim->resourceIds(), before);
    QVERIFY(journals().isEmpty());
}

// After `swarm remove` took NAME-2 (10.0.0.5) away, a new node gets that freed address, not
// the next count (10.0.0.6, still NAME-3's): the simulator used to count the subnet's NICs and
// handed out an address in use, so the new node shadowed NAME-3 on the swarm network.
void TestArmSwarmSim::addAfterRemoveTakesTheFreedPrivateAddress()
{
    const cloud::RunResult made = finish(create(QStringLiteral("gap"), 3, 1, false));
    QVERIFY2(made.ok, qPrintable(made.error));
    cloud::RunOptions o;
    o.pollIntervalMs = 50;
    o.journalDir = m_dir->filePath(QStringLiteral("journal"));
    // The swarm part first, as `docker-vm swarm remove` does: gap-2 leaves, the leader forgets it.
    sim::DockerHost *leaving = m_sim->dockerHost(QStringLiteral("gap-2.westus.cloudapp.azure.com"));
    QVERIFY(leaving);
    const QString leftId = leaving->swarmNetwork()->nodeId(leaving->swarmHandle());
    QVERIFY(leaving->swarmNetwork()->handle(leaving->swarmHandle(), "POST",
                                            QStringLiteral("/swarm/leave"), {}, {}));
    sim::DockerHost *leader = m_sim->dockerHost(QStringLiteral("gap-1.westus.cloudapp.azure.com"));
    QVERIFY(leader->swarmNetwork()->handle(leader->swarmHandle(), "DELETE",
                                           QStringLiteral("/nodes/") + leftId,
                                           QUrlQuery(QStringLiteral("force=true")), {}));
    const cloud::RunResult removed =
        finish(m_cloud->removeSwarmNode(QStringLiteral("gap"), QStringLiteral("gap-2"), o, this));
    QVERIFY2(removed.ok, qPrintable(removed.error));

    const cloud::RunResult r = finish(add(QStringLiteral("gap"), 1, false));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.nodes.size(), 1);
    QCOMPARE(r.nodes[0].name, QStringLiteral("gap-4")); // after the highest, never a reuse
    QCOMPARE(r.nodes[0].privateAddress, QStringLiteral("10.0.0.5"));
    const QJsonArray nodes = swarmNodes(QStringLiteral("gap-1.westus.cloudapp.azure.com"));
    QCOMPARE(nodes.size(), 3);
    QCOMPARE(readyNodes(nodes), 3);
}

// An add interrupted (stop(): the program went away) leaves its journal; it names every new
// node's resources and nothing of the existing swarm, and `cleanup` removes exactly those.
void TestArmSwarmSim::addStoppedThenCleanupRemovesOnlyTheNewNodes()
{
    const cloud::RunResult made = finish(create(QStringLiteral("astop"), 2, 1, false));
    QVERIFY2(made.ok, qPrintable(made.error));
    const QStringList before = m_sim->resourceIds();
    // One new node: its journal has one VM, still not a single host to resume.
    cloud::ProvisioningRun *run = add(QStringLiteral("astop"), 1, false);
    bool stopped = false;
    connect(run, &cloud::ProvisioningRun::rowChanged, this, [run, &stopped](int row) {
        const cloud::StepRow r = run->rows().value(row);
        if (r.id == QLatin1String("wait-vm-astop-3") && r.state == cloud::StepState::Running &&
            !stopped) {
            stopped = true;
            QMetaObject::invokeMethod(
                run, [run] { run->stop(); }, Qt::QueuedConnection);
        }
    });
    run->start();
    QTRY_VERIFY_WITH_TIMEOUT(stopped && !run->isRunning(), 60000);
    const QString journalPath = run->journalPath();
    delete run;
    QString error;
    const auto journal = cloud::Journal::load(journalPath, &error);
    QVERIFY2(journal, qPrintable(error));
    QStringList names;
    for (const cloud::Journal::Entry &e : journal->entries())
        names << e.name.section(QLatin1Char('/'), -1);
    for (const char *n : {"astop-3-ip", "astop-3-nic", "astop-3"})
        QVERIFY2(names.contains(QLatin1String(n)), n);
    for (const QString &n : names)
        QVERIFY2(!n.startsWith(QLatin1String("astop-1")) &&
                     !n.startsWith(QLatin1String("astop-2")) && n != QLatin1String("astop") &&
                     !n.endsWith(QLatin1String("-nsg")) && !n.endsWith(QLatin1String("-vnet")),
                 qPrintable(n));
    // Resuming it is refused (its own journal file, operation swarm-add; before, the one VM was
    // taken for a single host NAME and waited for), cleaning up works.
    QString resumeError;
    cloud::RunOptions o;
    o.pollIntervalMs = 50;
    o.journalDir = m_dir->filePath(QStringLiteral("journal"));
    QVERIFY(!m_cloud->resume(*journal, o, this, &resumeError));
    QVERIFY2(resumeError.contains(QLatin1String("added nodes to a swarm; it cannot be resumed")),
             qPrintable(resumeError));
    QVERIFY2(journalPath.endsWith(QLatin1String("astop-swarm-add.json")), qPrintable(journalPath));
    const cloud::RunResult clean = finish(m_cloud->cleanup(*journal, o, this));
    QVERIFY2(clean.leftBehind.isEmpty(), qPrintable(clean.leftBehind.join(' ')));
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->resourceIds(), before, 10000);
    QVERIFY(journals().isEmpty());
    const QJsonArray nodes = swarmNodes(QStringLiteral("astop-1.westus.cloudapp.azure.com"));
    QCOMPARE(nodes.size(), 2);
}

// The swarm's nodes sign in with a password and none was given; the certificate folder has the
// CA without its key: both refused by name before anything is made.
void TestArmSwarmSim::addRefusesMissingPasswordAndCaKey()
{
    const cloud::RunResult made = finish(create(QStringLiteral("acred"), 2, 1, false));
    QVERIFY2(made.ok, qPrintable(made.error));
    const QStringList before = m_sim->resourceIds();

    const cloud::RunResult noPassword = finish(add(QStringLiteral("acred"), 1, false, QString()));
    QVERIFY(!noPassword.ok);
    QCOMPARE(noPassword.failedStep, QStringLiteral("resource-group"));
    QVERIFY2(noPassword.error.contains(
                 QLatin1String("The nodes of acred sign in as azureuser with a password")),
             qPrintable(noPassword.error));

    // A copy of the folder without ca-key.pem.
    const QDir certs(m_dir->filePath(QStringLiteral("certs")));
    const QString copy = m_dir->filePath(QStringLiteral("certs-nokey"));
    QVERIFY(QDir().mkpath(copy));
    for (const QString &f : certs.entryList(QDir::Files))
        if (f != QLatin1String("ca-key.pem"))
            QVERIFY(QFile::copy(certs.filePath(f), QDir(copy).filePath(f)));
    const cloud::RunResult noKey =
        finish(add(QStringLiteral("acred"), 1, false, QStringLiteral("Docker4Azure!"), copy));
    QVERIFY(!noKey.ok);
    QCOMPARE(noKey.failedStep, QStringLiteral("validate"));
    QVERIFY2(noKey.error.contains(QLatin1String("ca-key.pem")), qPrintable(noKey.error));

    QCOMPARE(m_sim->resourceIds(), before);
    QVERIFY(journals().isEmpty());
}

QTEST_GUILESS_MAIN(TestArmSwarmSim)
#include "tst_armswarmsim.moc"
