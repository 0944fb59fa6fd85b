// `create --nodes N` on the ARM simulator with its simulated Docker hosts (no root needed): the
// hosts share the simulator's swarm network at their private 10.0.0.x addresses. Here a join is
// refused: the third node's daemon is already part of another swarm when the formation starts
// (its daemon answers the join "This node is already part of a swarm"). Without keepPartial the
// run rolls back every node; with it the two-node swarm stays and the third node is removed.
#include "arm/armclient.h"
#include "arm/armcloud.h"
#include "arm_testserver.h"
#include "cloud/run.h"
#include "sim/armsimulator.h"
#include "sim/dockerhost.h"
#include "sim/swarmsim.h"

#include <QDir>
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

private:
    cloud::ProvisioningRun *create(const QString &name, int nodes, int managers, bool keepPartial,
                                   int swarmReadyTimeoutMs = 180000,
                                   certs::KeyType keyType = certs::KeyType::EcdsaP256);
    // Makes `fqdn`'s daemon part of a swarm of its own, at once (no request in flight).
    void preInit(const QString &fqdn);

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

QTEST_GUILESS_MAIN(TestArmSwarmSim)
#include "tst_armswarmsim.moc"
