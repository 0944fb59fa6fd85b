// `create --nodes N` on the classic cloud, end to end against the simulator over real TLS on
// loopback: the Provisioner makes one cloud service with N role instances (the deployment, then
// Add Role one at a time), checks Docker on every node over mutual TLS, and cloud::SwarmSteps
// forms the swarm on the nodes' private addresses (10.0.0.x from the role instance list) on the
// simulated Docker hosts. Failures: a role that fails to start (rolled back, or kept out with
// keep-partial), cancel mid-way; and the journal names every node.
// `swarm add` (Provisioner::prepareAdd) on top of a swarm made here: more workers with the same
// certificates, a new node that fails (rolled back / kept out), cancel mid-way, stop + cleanup,
// and the input it refuses.
#include "classic/deleterun.h"
#include "classic/managementclient.h"
#include "classic/provisioner.h"
#include "classic/requests.h"
#include "cloud/journal.h"
#include "cloud/swarmsteps.h"
#include "common/hostoverrides.h"
#include "docker/swarm.h"
#include "sim/azuresimulator.h"
#include "sim/demoenvironment.h"
#include "sim/dockerhost.h"
#include "sim/provisioningsim.h"
#include "sim/swarmsim.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace dockervm;
using classic::Provisioner;

namespace {

struct Fixture
{
    QTemporaryDir temp;
    std::unique_ptr<sim::AzureSimulator> azure;
    std::unique_ptr<sim::ProvisioningSimulator> prov;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<classic::ManagementClient> client;

    explicit Fixture(sim::ProvisioningSimulator::Options provOptions = fastOptions())
    {
        azure = std::make_unique<sim::AzureSimulator>();
        QString error;
        if (!azure->start(&error))
            qFatal("simulator: %s", qPrintable(error));
        prov = std::make_unique<sim::ProvisioningSimulator>(azure.get(), provOptions);
        nam = std::make_unique<QNetworkAccessManager>();
        classic::ManagementClient::Options co;
        co.extraCaCertificates = {azure->caCertificate()};
        co.backoffBaseMs = 10;
        co.backoffMaxMs = 40;
        co.timeoutMs = 5000;
        client = std::make_unique<classic::ManagementClient>(nam.get(), azure->subscription(), co);
    }
    static sim::ProvisioningSimulator::Options fastOptions()
    {
        sim::ProvisioningSimulator::Options o;
        o.operationDelayMs = 30;
        o.bootDelayMs = 60;
        o.extensionDelayMs = 60;
        o.dockerDelayMs = 0;
        return o;
    }
    QString certDir() const { return temp.filePath(QStringLiteral("docker-certs")); }
    QString journalDir() const { return temp.filePath(QStringLiteral("journal")); }
    cloud::VmSpec spec(int nodes, int managers) const
    {
        cloud::VmSpec s;
        s.dnsName = QStringLiteral("swarmhost");
        s.location = QStringLiteral("West US");
        s.imageName = QStringLiteral("b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04_1-LTS-amd64-"
                                     "server-20140927-en-us-30GB");
        s.userName = QStringLiteral("azureuser");
        s.password = QStringLiteral("Docker4Azure!");
        s.certDir = certDir();
        s.keyType = certs::KeyType::EcdsaP256;
        s.nodes = nodes;
        s.managers = managers;
        return s;
    }
    Provisioner::Options options(bool keepPartial = false) const
    {
        Provisioner::Options o;
        o.pollIntervalMs = 20;
        o.dockerWaitSeconds = 20;
        o.journalDir = journalDir();
        o.tls.keyType = certs::KeyType::EcdsaP256;
        o.tls.validityDays = 30;
        o.hostOverrides.setLoopbackOnly(true);
        o.hostOverrides.setMapSimulatedEndpoints(true);
        o.keepPartial = keepPartial;
        o.swarmReadyTimeoutMs = 20000;
        o.swarmPollIntervalMs = 50;
        return o;
    }
    int requests(const QByteArray &method, const QString &pathPattern) const
    {
        const QRegularExpression re(pathPattern);
        int n = 0;
        for (const auto &r : azure->requestLog())
            if (r.method == method && re.match(r.path).hasMatch())
                ++n;
        return n;
    }
};

bool run(Provisioner &p, int timeoutMs = 60000)
{
    QSignalSpy done(&p, &Provisioner::finished);
    p.start();
    if (!done.wait(timeoutMs))
        qFatal("provisioner did not finish within %d ms", timeoutMs);
    return done.first().first().toBool();
}

QString rowsText(const Provisioner &p)
{
    QStringList lines;
    for (const auto &r : p.rows())
        lines << QStringLiteral("%1 %2 %3").arg(r.id, cloud::stepStateId(r.state), r.detail);
    return lines.join(QLatin1Char('\n'));
}

// The swarm as the leader sees it, over the run's TLS files and host overrides.
docker::SwarmStatusReport swarmStatus(const Provisioner::Result &r)
{
    docker::EngineEndpoint e;
    e.host = r.hostName;
    e.port = quint16(r.dockerPort);
    e.certDir = r.certDir;
    e.hostOverrides = r.hostOverrides;
    e.timeoutMs = 10000;
    docker::SwarmStatus status(e, r.swarmLeader);
    QSignalSpy done(&status, &docker::SwarmStatus::finished);
    status.start();
    if (!done.wait(20000))
        return {};
    return status.report();
}

// Cancels the run (queued, once) as soon as the row `rowId` is in `state`; *cancelled says so.
void cancelWhen(Provisioner &p, const QString &rowId, cloud::StepState state, bool *cancelled)
{
    QObject::connect(&p, &Provisioner::rowChanged, &p, [&p, rowId, state, cancelled](int) {
        if (*cancelled)
            return;
        for (const auto &row : p.rows())
            if (row.id == rowId && row.state == state) {
                *cancelled = true;
                QMetaObject::invokeMethod(&p, &Provisioner::cancel, Qt::QueuedConnection);
            }
    });
}

// What `swarm add` is given: NAME, the credentials, the certificate folder, the key type.
cloud::VmSpec addSpec(const Fixture &f)
{
    cloud::VmSpec s;
    s.dnsName = QStringLiteral("swarmhost");
    s.userName = QStringLiteral("azureuser");
    s.password = QStringLiteral("Docker4Azure!");
    s.certDir = f.certDir();
    s.keyType = certs::KeyType::EcdsaP256;
    return s;
}

bool add(Fixture &f, int count, Provisioner::Options o, Provisioner::Result *result,
         QString *rows = nullptr, const cloud::VmSpec *spec = nullptr)
{
    Provisioner p(f.client.get(), spec ? *spec : addSpec(f), o);
    p.prepareAdd(count);
    const bool ok = run(p);
    *result = p.result();
    if (rows)
        *rows = rowsText(p);
    return ok;
}

// The swarm's nodes by ID as the manager sees them (for "the existing ones are untouched").
QHash<QString, QString> nodeStates(const docker::SwarmStatusReport &status)
{
    QHash<QString, QString> out;
    for (const auto &n : status.nodes)
        out.insert(n.id, n.role + QLatin1Char('/') + n.state + QLatin1Char('/') + n.availability);
    return out;
}

} // namespace

class TestClassicSwarm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<docker::SwarmStatusReport>();
    }

    void portsPerNode()
    {
        Fixture f;
        cloud::VmSpec s = f.spec(3, 1);
        QCOMPARE(classic::nodeRoleName(s, 2), QStringLiteral("swarmhost-2"));
        QCOMPARE(classic::nodeDockerPort(s, 1), 4243);
        QCOMPARE(classic::nodeDockerPort(s, 3), 4245);
        QCOMPARE(classic::nodeSshPort(s, 1), 22);
        QCOMPARE(classic::nodeSshPort(s, 2), 2202);
        QVERIFY(classic::nodePortsProblem(s).isEmpty());
        s.dockerPort = 65534;
        QVERIFY(classic::nodePortsProblem(s).contains(QStringLiteral("65535")));
        s.dockerPort = 2201; // node 2's Docker port would be 2202, node 2's SSH port
        QVERIFY2(classic::nodePortsProblem(s).contains(QStringLiteral("2202")),
                 qPrintable(classic::nodePortsProblem(s)));
        // Refused before anything is sent.
        Provisioner p(f.client.get(), s, f.options());
        QVERIFY(!run(p));
        QCOMPARE(p.result().failedStep, QStringLiteral("validate"));
        QVERIFY(f.azure->requestLog().isEmpty());
    }

    void threeNodesOneManager()
    {
        Fixture f;
        Provisioner p(f.client.get(), f.spec(3, 1), f.options());
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(run(p), qPrintable(p.result().error + QLatin1Char('\n') + rowsText(p)));
        qInfo() << "FIGURE: classic 3 nodes (1 manager) against the simulator in" << clock.elapsed()
                << "ms";
        const auto &r = p.result();
        QVERIFY(!r.partial);
        QCOMPARE(r.nodes.size(), 3);
        QCOMPARE(r.swarmLeader, QStringLiteral("swarmhost-1"));
        QVERIFY(!r.swarmId.isEmpty());
        QCOMPARE(r.hostName, QStringLiteral("swarmhost.cloudapp.net"));
        QCOMPARE(r.dockerPort, 4243);
        for (int i = 0; i < 3; ++i) {
            const cloud::NodeResult &n = r.nodes.at(i);
            QCOMPARE(n.name, QStringLiteral("swarmhost-%1").arg(i + 1));
            QVERIFY2(n.ok, qPrintable(n.error));
            QCOMPARE(n.hostName, QStringLiteral("swarmhost.cloudapp.net")); // one VIP, one name
            QCOMPARE(n.dockerPort, 4243 + i);
            QCOMPARE(n.privateAddress, QStringLiteral("10.0.0.%1").arg(4 + i));
            QCOMPARE(n.role, i == 0 ? QStringLiteral("manager") : QStringLiteral("worker"));
            QVERIFY(!n.swarmNodeId.isEmpty());
        }
        // One deployment, two Add Role requests, no swarm port as an endpoint.
        QCOMPARE(f.requests("POST", QStringLiteral("/deployments$")), 1);
        QCOMPARE(f.requests("POST", QStringLiteral("/deployments/swarmhost/roles$")), 2);
        const auto inv = f.prov->inventory();
        QCOMPARE(inv.roles, (QStringList{QStringLiteral("swarmhost/swarmhost-1"),
                                         QStringLiteral("swarmhost/swarmhost-2"),
                                         QStringLiteral("swarmhost/swarmhost-3")}));
        QCOMPARE(inv.dockerPorts.size(), 3);
        QVERIFY(!f.prov->lastDeploymentXml().contains("2377"));
        // Rows: one per node, the swarm rows, all done.
        const QString rows = rowsText(p);
        for (const auto &row : p.rows()) {
            if (row.id == QLatin1String("rollback"))
                QCOMPARE(row.state, cloud::StepState::Pending);
            else
                QVERIFY2(row.state == cloud::StepState::Done, qPrintable(rows));
        }
        QVERIFY(rows.contains(QStringLiteral("node-swarmhost-3 done")));
        QVERIFY(rows.contains(QStringLiteral("swarm-join-swarmhost-3 done")));
        QVERIFY(!rows.contains(QStringLiteral("SWMTKN")));
        // One CA and client pair in the folder; the other nodes' server keys never on disk.
        const QStringList files = QDir(f.certDir()).entryList(QDir::Files);
        QCOMPARE(files.filter(QStringLiteral("server-key")).size(), 1);
        // The swarm as the leader sees it: every node ready and active.
        const auto status = swarmStatus(r);
        QVERIFY2(status.ok, qPrintable(status.error.message));
        QCOMPARE(status.nodes.size(), 3);
        QCOMPARE(status.ready, 3);
        QCOMPARE(status.managers, 1);
        for (const auto &n : status.nodes)
            QVERIFY(n.isReadyActive());
        // The journal is gone: the resources are wanted.
        QVERIFY(QDir(f.journalDir()).entryList(QDir::Files).isEmpty());
    }

    void threeManagers()
    {
        Fixture f;
        Provisioner p(f.client.get(), f.spec(3, 3), f.options());
        QVERIFY2(run(p), qPrintable(p.result().error + QLatin1Char('\n') + rowsText(p)));
        for (const auto &n : p.result().nodes)
            QCOMPARE(n.role, QStringLiteral("manager"));
        const auto status = swarmStatus(p.result());
        QVERIFY2(status.ok, qPrintable(status.error.message));
        QCOMPARE(status.managers, 3);
        QCOMPARE(status.ready, 3);
        for (const auto &n : status.nodes)
            QCOMPARE(n.reachability, QStringLiteral("reachable"));
    }

    void failedRoleRollsEverythingBack()
    {
        auto o = Fixture::fastOptions();
        o.failRoles = {QStringLiteral("swarmhost-2")};
        Fixture f(o);
        Provisioner p(f.client.get(), f.spec(3, 1), f.options());
        QVERIFY(!run(p));
        const auto &r = p.result();
        QCOMPARE(r.failedStep, QStringLiteral("node-swarmhost-2"));
        QVERIFY2(r.error.contains(QStringLiteral("swarmhost-2")) &&
                     r.error.contains(QStringLiteral("--keep-partial")),
                 qPrintable(r.error));
        QVERIFY2(r.leftBehind.isEmpty(), qPrintable(r.leftBehind.join(QLatin1Char('\n'))));
        QVERIFY2(f.prov->inventory().hostedServices.isEmpty(), qPrintable(rowsText(p)));
        QVERIFY(f.prov->inventory().roles.isEmpty());
        QVERIFY(f.prov->inventory().dockerPorts.isEmpty());
        QVERIFY(r.removed.join(QLatin1Char(' ')).contains(QStringLiteral("swarmhost-3")));
        QVERIFY(QDir(f.journalDir()).entryList(QDir::Files).isEmpty());
        bool failedRow = false;
        for (const auto &n : r.nodes)
            if (n.name == QLatin1String("swarmhost-2")) {
                QVERIFY(!n.ok);
                QVERIFY2(n.error.contains(QStringLiteral("FailedStartingVM")), qPrintable(n.error));
                failedRow = true;
            }
        QVERIFY(failedRow);
    }

    void failedRoleKeepPartialKeepsTheSwarm()
    {
        auto o = Fixture::fastOptions();
        o.failRoles = {QStringLiteral("swarmhost-2")};
        Fixture f(o);
        Provisioner p(f.client.get(), f.spec(3, 1), f.options(true));
        QVERIFY2(run(p), qPrintable(p.result().error + QLatin1Char('\n') + rowsText(p)));
        const auto &r = p.result();
        QVERIFY(r.partial);
        QCOMPARE(r.nodes.size(), 3);
        QVERIFY(r.nodes.at(0).ok);
        QVERIFY(!r.nodes.at(1).ok);
        QCOMPARE(r.nodes.at(1).failedStep, QStringLiteral("node-swarmhost-2"));
        QVERIFY2(r.nodes.at(1).error.contains(QStringLiteral("swarmhost-2")),
                 qPrintable(r.nodes.at(1).error));
        QVERIFY(r.nodes.at(2).ok);
        // The failed role is gone; the two others form the swarm.
        QCOMPARE(f.prov->inventory().roles, (QStringList{QStringLiteral("swarmhost/swarmhost-1"),
                                                         QStringLiteral("swarmhost/swarmhost-3")}));
        QVERIFY(r.removed.contains(QStringLiteral("VM role swarmhost-2")));
        const auto status = swarmStatus(r);
        QVERIFY2(status.ok, qPrintable(status.error.message));
        QCOMPARE(status.nodes.size(), 2);
        QCOMPARE(status.ready, 2);
    }

    // A node that joined but never became ready (its daemon went away right after the join: the
    // leader lists it "down") fails at the "ready" stage. With keep-partial its role is deleted
    // and the leader no longer lists it (DELETE /nodes/{id}?force=true); before, it stayed there
    // as down.
    void readyFailureKeepPartialForgetsTheNode()
    {
        Fixture f;
        auto o = f.options(true);
        o.swarmReadyTimeoutMs = 1500;
        Provisioner p(f.client.get(), f.spec(3, 1), o);
        QString goneId;
        connect(&p, &Provisioner::rowChanged, this, [&](int row) {
            const cloud::StepRow r = p.rows().value(row);
            if (r.id != QLatin1String("swarm-join-swarmhost-3") ||
                r.state != cloud::StepState::Done || !goneId.isEmpty())
                return;
            sim::DockerHost *host =
                f.prov->dockerHost(QStringLiteral("swarmhost"), QStringLiteral("swarmhost-3"));
            QVERIFY(host);
            goneId = host->swarmNetwork()->nodeId(host->swarmHandle());
            host->swarmNetwork()->detach(host->swarmHandle());
        });
        QVERIFY2(run(p), qPrintable(p.result().error + QLatin1Char('\n') + rowsText(p)));
        QVERIFY(!goneId.isEmpty());
        const auto &r = p.result();
        QVERIFY(r.partial);
        QVERIFY(r.nodes.at(0).ok && r.nodes.at(1).ok);
        QVERIFY(!r.nodes.at(2).ok);
        QCOMPARE(f.prov->inventory().roles, (QStringList{QStringLiteral("swarmhost/swarmhost-1"),
                                                         QStringLiteral("swarmhost/swarmhost-2")}));
        const auto status = swarmStatus(r);
        QVERIFY2(status.ok, qPrintable(status.error.message));
        QCOMPARE(status.nodes.size(), 2);
        QCOMPARE(status.ready, 2);
        for (const auto &n : status.nodes)
            QVERIFY(n.id != goneId);
    }

    void cancelMidwayLeavesNothing()
    {
        Fixture f;
        Provisioner p(f.client.get(), f.spec(3, 1), f.options());
        bool cancelled = false;
        cancelWhen(p, QStringLiteral("node-swarmhost-3"), cloud::StepState::Running, &cancelled);
        QVERIFY(!run(p));
        QVERIFY(cancelled);
        QVERIFY(p.result().cancelled);
        QVERIFY2(p.result().leftBehind.isEmpty(),
                 qPrintable(p.result().leftBehind.join(QLatin1Char('\n'))));
        QVERIFY2(f.prov->inventory().hostedServices.isEmpty(), qPrintable(rowsText(p)));
        QVERIFY(f.prov->inventory().dockerPorts.isEmpty());
        QVERIFY(QDir(f.journalDir()).entryList(QDir::Files).isEmpty());
    }

    // Demo mode (the wizard's environment: loopback guard, demo subscription, demo options) makes
    // a 3-node swarm on the classic simulator.
    void demoModeMakesThreeNodeSwarm()
    {
        sim::DemoEnvironment::Options o;
        o.arm = false;
        o.fastKeys = true;
        o.latencyMs = 5;
        o.operationDelayMs = 50;
        o.bootDelayMs = 80;
        o.extensionDelayMs = 80;
        o.pollIntervalMs = 30;
        sim::DemoEnvironment env(o);
        QString error;
        QVERIFY2(env.start(&error), qPrintable(error));
        classic::ManagementClient client(env.networkAccessManager(), env.azure()->subscription(),
                                         env.clientOptions());
        cloud::VmSpec spec;
        spec.dnsName = QStringLiteral("demoswarm");
        spec.location = QStringLiteral("West US");
        spec.imageName = QStringLiteral("b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04_1-LTS-"
                                        "amd64-server-20140927-en-us-30GB");
        spec.userName = QStringLiteral("azureuser");
        spec.password = QStringLiteral("Docker4Azure!");
        spec.certDir = env.certDir();
        spec.keyType = env.keyType();
        spec.nodes = 3;
        spec.managers = 1;
        Provisioner::Options po = env.provisionerOptions();
        po.swarmPollIntervalMs = 100;
        po.tls.keyType = env.keyType(); // as the wizard: the demo's key type for every node
        Provisioner p(&client, spec, po);
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(run(p, 120000), qPrintable(p.result().error + QLatin1Char('\n') + rowsText(p)));
        qInfo() << "FIGURE: demo mode, classic 3-node swarm in" << clock.elapsed() << "ms";
        const auto status = swarmStatus(p.result());
        QVERIFY2(status.ok, qPrintable(status.error.message));
        QCOMPARE(status.ready, 3);
        QCOMPARE(env.networkAccessManager()->refusedCount(), 0); // nothing left the machine
    }

    // A run that stops (second Ctrl+C, crash) after its roles exist: the journal knows the run
    // had several hosts, resume refuses it, and cleanup removes every role and the rest.
    void stopThenCleanupRemovesEveryRole()
    {
        Fixture f;
        auto p = std::make_unique<Provisioner>(f.client.get(), f.spec(3, 1), f.options());
        p->start();
        auto roleAccepted = [&] {
            for (const auto &row : p->rows())
                if (row.id == QLatin1String("node-swarmhost-3") &&
                    row.detail.startsWith(QStringLiteral("role accepted")))
                    return true;
            return false;
        };
        // The row may move past "role accepted" between two looks on a busy machine: watch
        // every change of it too.
        bool seen = false;
        QObject::connect(p.get(), &Provisioner::rowChanged, p.get(),
                         [&] { seen = seen || roleAccepted(); });
        QTRY_VERIFY_WITH_TIMEOUT(seen || roleAccepted(), 30000);
        p->stop();
        const QString journalPath = p->journalPath();
        p.reset();
        QString error;
        const auto journal = cloud::Journal::load(journalPath, &error);
        QVERIFY2(journal, qPrintable(error));
        QCOMPARE(journal->spec().nodes, 3);
        QVERIFY(!Provisioner::canResume(*journal, &error));
        QVERIFY2(error.contains(QStringLiteral("docker-vm cleanup")), qPrintable(error));
        QVERIFY(!f.prov->inventory().roles.isEmpty());

        Provisioner cleanup(f.client.get(), journal->spec(), f.options());
        cleanup.startWith(Provisioner::Mode::Cleanup, *journal);
        QSignalSpy done(&cleanup, &Provisioner::finished);
        cleanup.start();
        QVERIFY(done.wait(60000));
        QVERIFY2(cleanup.result().leftBehind.isEmpty(),
                 qPrintable(cleanup.result().leftBehind.join(QLatin1Char('\n'))));
        QVERIFY2(cleanup.result()
                     .removed.join(QLatin1Char(' '))
                     .contains(QStringLiteral("VM role swarmhost-3")),
                 qPrintable(cleanup.result().removed.join(QLatin1Char('\n'))));
        QVERIFY2(f.prov->inventory().hostedServices.isEmpty(),
                 qPrintable(f.prov->inventory().roles.join(QLatin1Char(' '))));
        QVERIFY(f.prov->inventory().dockerPorts.isEmpty());
    }

    void journalCoversEveryNode()
    {
        Fixture f;
        Provisioner p(f.client.get(), f.spec(3, 1), f.options());
        QList<cloud::Journal::Entry> seen;
        connect(&p, &Provisioner::rowChanged, this, [&](int) {
            if (!seen.isEmpty())
                return;
            for (const auto &row : p.rows())
                if (row.id == cloud::swarmInitRowId() && row.state == cloud::StepState::Running) {
                    QString error;
                    if (const auto j = cloud::Journal::load(p.journalPath(), &error))
                        seen = j->entries();
                }
        });
        QVERIFY2(run(p), qPrintable(p.result().error));
        QStringList made;
        for (const auto &e : std::as_const(seen))
            if (e.state == cloud::Journal::State::Created &&
                (e.kind == cloud::Journal::Kind::Role ||
                 e.kind == cloud::Journal::Kind::Deployment))
                made << cloud::Journal::kindId(e.kind) + QLatin1Char(' ') + e.name;
        made.sort();
        QCOMPARE(made, (QStringList{QStringLiteral("deployment swarmhost"),
                                    QStringLiteral("role swarmhost-2"),
                                    QStringLiteral("role swarmhost-3")}));
        // The deployment carries NAME-1; each role's delete path names its cloud service.
        for (const auto &e : std::as_const(seen))
            if (e.kind == cloud::Journal::Kind::Role)
                QCOMPARE(cloud::Journal::deletePath(e),
                         QStringLiteral("services/hostedservices/swarmhost/deployments/swarmhost/"
                                        "roles/%1?comp=media")
                             .arg(e.name));
    }

    // swarm add NAME --count 2 on a swarm of 2: NAME-3 and NAME-4 as workers, with the next
    // per-node ports, one Add Role each, the same CA and client, the swarm lists 4 ready.
    void addTwoWorkers()
    {
        Fixture f;
        Provisioner create(f.client.get(), f.spec(2, 1), f.options());
        QVERIFY2(run(create), qPrintable(create.result().error));
        const auto before = swarmStatus(create.result());
        QCOMPARE(before.ready, 2);
        const QByteArray ca = [&] {
            QFile file(f.certDir() + QStringLiteral("/ca.pem"));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        const QStringList filesBefore = QDir(f.certDir()).entryList(QDir::Files);

        Provisioner::Result r;
        QString rows;
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(add(f, 2, f.options(), &r, &rows), qPrintable(r.error + QLatin1Char('\n') + rows));
        qInfo() << "FIGURE: classic swarm add of 2 workers against the simulator in"
                << clock.elapsed() << "ms";
        QVERIFY(!r.partial);
        QCOMPARE(r.nodes.size(), 2);
        QCOMPARE(r.swarmLeader, QStringLiteral("swarmhost-1"));
        QCOMPARE(r.swarmId, create.result().swarmId);
        QCOMPARE(r.dockerPort, 4243); // the swarm is reached through the manager asked
        for (int i = 0; i < 2; ++i) {
            const cloud::NodeResult &n = r.nodes.at(i);
            QCOMPARE(n.name, QStringLiteral("swarmhost-%1").arg(i + 3));
            QVERIFY2(n.ok, qPrintable(n.error));
            QCOMPARE(n.dockerPort, 4245 + i);
            QCOMPARE(n.privateAddress, QStringLiteral("10.0.0.%1").arg(6 + i));
            QCOMPARE(n.role, QStringLiteral("worker"));
            QVERIFY(!n.swarmNodeId.isEmpty());
        }
        QVERIFY2(rows.contains(QStringLiteral("swarm-manager done")), qPrintable(rows));
        QVERIFY(rows.contains(QStringLiteral("swarm-join-swarmhost-4 done")));
        QVERIFY(!rows.contains(QStringLiteral("swarm-init")));
        QVERIFY(!rows.contains(QStringLiteral("SWMTKN")));
        // Only Add Role: no new cloud service, deployment or storage account.
        QCOMPARE(f.requests("POST", QStringLiteral("/deployments$")), 1);
        QCOMPARE(f.requests("POST", QStringLiteral("/deployments/swarmhost/roles$")), 3);
        QCOMPARE(f.requests("POST", QStringLiteral("/services/storageservices$")), 1);
        QCOMPARE(f.prov->inventory().roles.size(), 4);
        // The same CA and client; the new server keys never on disk.
        QFile caAfter(f.certDir() + QStringLiteral("/ca.pem"));
        QVERIFY(caAfter.open(QIODevice::ReadOnly));
        QCOMPARE(caAfter.readAll(), ca);
        QCOMPARE(QDir(f.certDir()).entryList(QDir::Files), filesBefore);
        // The swarm: 4 ready, the two that were there as they were.
        const auto after = swarmStatus(r);
        QVERIFY2(after.ok, qPrintable(after.error.message));
        QCOMPARE(after.nodes.size(), 4);
        QCOMPARE(after.ready, 4);
        QCOMPARE(after.managers, 1);
        const auto old = nodeStates(before);
        const auto now = nodeStates(after);
        for (auto it = old.begin(); it != old.end(); ++it)
            QCOMPARE(now.value(it.key()), it.value());
        QVERIFY(QDir(f.journalDir()).entryList(QDir::Files).isEmpty());
    }

    // After `swarm remove` took NAME-2 out, a new role gets the free private address (the
    // simulator handed out 10.0.0.(4 + roles) before: NAME-3's address again, and the new node's
    // join went to the wrong host).
    void addAfterRemoveGetsAFreePrivateAddress()
    {
        Fixture f;
        Provisioner create(f.client.get(), f.spec(3, 1), f.options());
        QVERIFY2(run(create), qPrintable(create.result().error));
        classic::DeleteRun remove(f.client.get(), QStringLiteral("swarmhost"), 20, nullptr,
                                  QStringLiteral("swarmhost-2"));
        QSignalSpy removed(&remove, &classic::DeleteRun::finished);
        remove.start();
        QVERIFY(removed.wait(30000));
        QVERIFY2(remove.result().ok, qPrintable(remove.result().error));
        Provisioner::Result r;
        QString rows;
        QVERIFY2(add(f, 1, f.options(), &r, &rows), qPrintable(r.error + QLatin1Char('\n') + rows));
        QCOMPARE(r.nodes.size(), 1);
        QCOMPARE(r.nodes.first().name, QStringLiteral("swarmhost-4")); // after the highest
        QCOMPARE(r.nodes.first().dockerPort, 4246);
        QCOMPARE(r.nodes.first().privateAddress, QStringLiteral("10.0.0.5"));
    }

    // A new node that fails: by default every new node goes, the swarm is as it was.
    void addFailedNodeRollsBackTheNewOnes()
    {
        auto o = Fixture::fastOptions();
        o.failRoles = {QStringLiteral("swarmhost-4")};
        Fixture f(o);
        Provisioner create(f.client.get(), f.spec(2, 1), f.options());
        QVERIFY2(run(create), qPrintable(create.result().error));
        const auto before = nodeStates(swarmStatus(create.result()));
        Provisioner::Result r;
        QString rows;
        QVERIFY(!add(f, 2, f.options(), &r, &rows));
        QCOMPARE(r.failedStep, QStringLiteral("node-swarmhost-4"));
        QVERIFY2(r.error.contains(QStringLiteral("swarmhost-4")) &&
                     r.error.contains(QStringLiteral("--keep-partial")) &&
                     r.error.contains(QStringLiteral("existing swarm is not touched")),
                 qPrintable(r.error));
        QVERIFY2(r.leftBehind.isEmpty(), qPrintable(r.leftBehind.join(QLatin1Char('\n'))));
        QCOMPARE(f.prov->inventory().roles, (QStringList{QStringLiteral("swarmhost/swarmhost-1"),
                                                         QStringLiteral("swarmhost/swarmhost-2")}));
        QVERIFY(r.removed.join(QLatin1Char(' ')).contains(QStringLiteral("swarmhost-3")));
        QCOMPARE(nodeStates(swarmStatus(create.result())), before);
        QVERIFY(QDir(f.journalDir()).entryList(QDir::Files).isEmpty());
    }

    void addFailedNodeKeepPartialKeepsTheOthers()
    {
        auto o = Fixture::fastOptions();
        o.failRoles = {QStringLiteral("swarmhost-4")};
        Fixture f(o);
        Provisioner create(f.client.get(), f.spec(2, 1), f.options());
        QVERIFY2(run(create), qPrintable(create.result().error));
        Provisioner::Result r;
        QString rows;
        QVERIFY2(add(f, 2, f.options(true), &r, &rows),
                 qPrintable(r.error + QLatin1Char('\n') + rows));
        QVERIFY(r.partial);
        QVERIFY(r.nodes.at(0).ok);
        QVERIFY(!r.nodes.at(1).ok);
        QCOMPARE(r.nodes.at(1).failedStep, QStringLiteral("node-swarmhost-4"));
        QCOMPARE(f.prov->inventory().roles, (QStringList{QStringLiteral("swarmhost/swarmhost-1"),
                                                         QStringLiteral("swarmhost/swarmhost-2"),
                                                         QStringLiteral("swarmhost/swarmhost-3")}));
        const auto status = swarmStatus(r);
        QVERIFY2(status.ok, qPrintable(status.error.message));
        QCOMPARE(status.nodes.size(), 3);
        QCOMPARE(status.ready, 3);
    }

    // Cancel once a new node has joined: it leaves the swarm and its node list, its role goes;
    // the existing nodes stay as they were.
    void addCancelledAfterAJoinUndoesIt()
    {
        Fixture f;
        Provisioner create(f.client.get(), f.spec(2, 1), f.options());
        QVERIFY2(run(create), qPrintable(create.result().error));
        const auto before = nodeStates(swarmStatus(create.result()));
        Provisioner p(f.client.get(), addSpec(f), f.options());
        p.prepareAdd(2);
        bool cancelled = false;
        cancelWhen(p, QStringLiteral("swarm-join-swarmhost-3"), cloud::StepState::Done, &cancelled);
        QVERIFY(!run(p));
        QVERIFY(cancelled);
        QVERIFY(p.result().cancelled);
        QVERIFY2(p.result().leftBehind.isEmpty() && p.result().kept.isEmpty(),
                 qPrintable(rowsText(p)));
        QCOMPARE(f.prov->inventory().roles, (QStringList{QStringLiteral("swarmhost/swarmhost-1"),
                                                         QStringLiteral("swarmhost/swarmhost-2")}));
        QCOMPARE(nodeStates(swarmStatus(create.result())), before);
        QVERIFY(QDir(f.journalDir()).entryList(QDir::Files).isEmpty());
    }

    // Stopped after its role exists: the journal is the add's own, resume refuses it, cleanup
    // removes the new role only.
    void addStopThenCleanupRemovesOnlyTheNewRole()
    {
        Fixture f;
        Provisioner create(f.client.get(), f.spec(2, 1), f.options());
        QVERIFY2(run(create), qPrintable(create.result().error));
        auto p = std::make_unique<Provisioner>(f.client.get(), addSpec(f), f.options());
        p->prepareAdd(1);
        bool seen = false;
        QObject::connect(p.get(), &Provisioner::rowChanged, p.get(), [&] {
            for (const auto &row : p->rows())
                if (row.id == QLatin1String("node-swarmhost-3") &&
                    row.detail.startsWith(QStringLiteral("role accepted")))
                    seen = true;
        });
        p->start();
        QTRY_VERIFY_WITH_TIMEOUT(seen, 30000);
        p->stop();
        const QString journalPath = p->journalPath();
        p.reset();
        QVERIFY(journalPath.endsWith(QStringLiteral("swarmhost-swarm-add.json")));
        QString error;
        const auto journal = cloud::Journal::load(journalPath, &error);
        QVERIFY2(journal, qPrintable(error));
        QCOMPARE(journal->operation(), cloud::Journal::Operation::SwarmAdd);
        QVERIFY(!Provisioner::canResume(*journal, &error));
        QVERIFY2(error.contains(QStringLiteral("docker-vm cleanup")), qPrintable(error));
        // A second add refuses while this one is unfinished.
        Provisioner::Result refused;
        QVERIFY(!add(f, 1, f.options(), &refused));
        QVERIFY2(refused.error.contains(QStringLiteral("did not finish")),
                 qPrintable(refused.error));

        Provisioner cleanup(f.client.get(), journal->spec(), f.options());
        cleanup.startWith(Provisioner::Mode::Cleanup, *journal);
        QSignalSpy done(&cleanup, &Provisioner::finished);
        cleanup.start();
        QVERIFY(done.wait(60000));
        QVERIFY2(cleanup.result().leftBehind.isEmpty(),
                 qPrintable(cleanup.result().leftBehind.join(QLatin1Char('\n'))));
        QCOMPARE(cleanup.result().removed, QStringList{QStringLiteral("VM role swarmhost-3")});
        QCOMPARE(f.prov->inventory().roles, (QStringList{QStringLiteral("swarmhost/swarmhost-1"),
                                                         QStringLiteral("swarmhost/swarmhost-2")}));
        QCOMPARE(swarmStatus(create.result()).ready, 2);
    }

    // What swarm add refuses: each names the thing, the cause and the next step.
    void addRefusesBadInput()
    {
        Fixture f;
        Provisioner::Result r;
        // A single host is no swarm.
        Provisioner single(f.client.get(), f.spec(1, 1), f.options());
        QVERIFY2(run(single), qPrintable(single.result().error));
        QVERIFY(!add(f, 1, f.options(), &r));
        QVERIFY2(r.error.contains(QStringLiteral("is a single Docker host")), qPrintable(r.error));
        QCOMPARE(f.prov->inventory().roles.size(), 1);
        // No such swarm.
        cloud::VmSpec unknown = addSpec(f);
        unknown.dnsName = QStringLiteral("nosuchswarm");
        QVERIFY(!add(f, 1, f.options(), &r, nullptr, &unknown));
        QVERIFY2(r.error.contains(QStringLiteral("No swarm named nosuchswarm was found")),
                 qPrintable(r.error));
        // --count 0: nothing is sent.
        const int sent = int(f.azure->requestLog().size());
        QVERIFY(!add(f, 0, f.options(), &r));
        QCOMPARE(r.failedStep, QStringLiteral("validate"));
        QVERIFY2(r.error.contains(QStringLiteral("at least 1")), qPrintable(r.error));
        // No user name (Azure does not say it).
        cloud::VmSpec noUser = addSpec(f);
        noUser.userName.clear();
        QVERIFY(!add(f, 1, f.options(), &r, nullptr, &noUser));
        QVERIFY2(r.error.contains(QStringLiteral("--user")), qPrintable(r.error));
        QCOMPARE(int(f.azure->requestLog().size()), sent);

        // ca-key.pem missing: refused before any request, naming the file.
        QVERIFY(QFile::rename(f.certDir() + QStringLiteral("/ca-key.pem"),
                              f.temp.filePath(QStringLiteral("ca-key.pem"))));
        const int sent2 = int(f.azure->requestLog().size());
        QVERIFY(!add(f, 1, f.options(), &r));
        QCOMPARE(r.failedStep, QStringLiteral("validate"));
        QVERIFY2(r.error.contains(QStringLiteral("ca-key.pem")) &&
                     r.error.contains(QStringLiteral("no server certificate can be issued")),
                 qPrintable(r.error));
        QCOMPARE(int(f.azure->requestLog().size()), sent2);
    }
};

QTEST_GUILESS_MAIN(TestClassicSwarm)
#include "tst_classicswarm.moc"
