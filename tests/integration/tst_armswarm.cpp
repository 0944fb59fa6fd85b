// REAL DOCKERDS behind the ARM simulator: `create --nodes N` on today's Azure end to end. The
// simulated VMs "boot" by handing exactly the files cloud-init would write from OUR per-node
// customData to a real dockerd each (as tst_armrealdockerd does for one host), on the node's
// loopback public IP 127.0.0.41–49 (only these: other tests own other 127.0.0.x addresses); the
// provisioner then makes the swarm over mutual TLS on the nodes' private addresses (mapped, in a
// simulator run only, to those loopback addresses), and the leader's GET /nodes must list every
// node ready/active. Failure paths: a node's VM fails (roll back everything, or keep the swarm of
// the others with keepPartial), cancel mid-way (nothing left), stop then cleanup (the journal
// covers every node).
//
// Without root or dockerd every test is skipped with a warning "REAL DOCKERD TESTS SKIPPED".
#include "arm/armclient.h"
#include "arm/armcloud.h"
#include "cloud/journal.h"
#include "cloud/run.h"
#include "cloud/swarmsteps.h"
#include "docker/swarm.h"
#include "entra_harness.h"
#include "identity/devicecodeflow.h"
#include "identity/tokenmanager.h"
#include "real_dockerd.h"
#include "sim/armsimulator.h"
#include "sim/cloudinitboot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

using namespace dockervm;
using dockervm::testsupport::RealDockerd;
using dockervm::testsupport::RealDockerdSpec;

namespace {

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions mode)
{
    if (!QDir().mkpath(QFileInfo(path).path()))
        return false;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const bool ok = f.write(data) == data.size();
    f.close();
    return ok && QFile::setPermissions(path, mode);
}

QByteArray sshString(const QByteArray &data)
{
    QByteArray out;
    const quint32 n = quint32(data.size());
    out.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
    return out + data;
}

int rowOf(const QList<cloud::StepRow> &rows, const QString &id)
{
    for (int i = 0; i < rows.size(); ++i)
        if (rows[i].id == id)
            return i;
    return -1;
}

} // namespace

class TstArmSwarm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void threeNodesOneManagerTwoWorkers();
    void threeManagers();
    void nodeVmFailsRollsBackEverything();
    void nodeVmFailsKeepPartialKeepsTwoNodeSwarm();
    void cancelMidWayLeavesNothing();
    void stopThenCleanupRemovesEveryNode();
    void swarmAddJoinsAWorkerWithTheExistingSshKey();

private:
    QString startDockerd(const sim::DockerFromCloudInit &docker, const QString &fqdn,
                         const QHostAddress &address);
    cloud::VmSpec spec(const QString &name, int nodes, int managers) const;
    cloud::RunOptions options() const;
    docker::SwarmStatusReport status(const cloud::RunResult &result);
    QStringList journals() const;

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<EntraHarness> m_entra;
    std::unique_ptr<sim::ArmSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<identity::TokenManager> m_tokens;
    std::unique_ptr<arm::ArmClient> m_client;
    std::unique_ptr<arm::ArmCloud> m_cloud;
    std::map<QString, std::unique_ptr<RealDockerd>> m_dockerds; // by fqdn
    int m_started = 0;
};

void TstArmSwarm::initTestCase()
{
    qRegisterMetaType<docker::SwarmStatusReport>();
    if (const QString why = RealDockerd::hostSkipReason(); !why.isEmpty()) {
        RealDockerd::warnSkipped(why);
        QSKIP("REAL DOCKERD TESTS SKIPPED (see the warning above)");
    }
    for (int host = 41; host <= 49; ++host)
        if (RealDockerd::freePort(QHostAddress(QStringLiteral("127.0.0.%1").arg(host))) == 0) {
            RealDockerd::warnSkipped(QStringLiteral("cannot listen on 127.0.0.%1").arg(host));
            QSKIP("REAL DOCKERD TESTS SKIPPED (see the warning above)");
        }
    m_tmp = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/asw-XXXXXX"));
    QVERIFY(m_tmp->isValid());

    QString error;
    m_entra = std::make_unique<EntraHarness>();
    QVERIFY2(m_entra->start({}, &error), qPrintable(error));
    sim::ArmSimulator::Options o;
    o.tenantId = sim::EntraSimulator::defaultUser().tenantIds.first();
    o.operationDelayMs = 30;
    o.groupDeleteDelayMs = 30;
    o.bootDelayMs = 50;
    o.regionalVcpuQuota = 100;
    // Public IPs (where each node's real dockerd listens, TLS and swarm) on 127.0.0.41–49 only.
    o.dockerSubnet = 0;
    o.firstPublicIpHost = 41;
    o.lastPublicIpHost = 49;
    o.dockerStarter = [this](const sim::DockerFromCloudInit &docker, const QString &fqdn,
                             const QHostAddress &address) {
        return startDockerd(docker, fqdn, address);
    };
    m_sim = std::make_unique<sim::ArmSimulator>(o);
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    m_sim->setTokenChecker([this](const QByteArray &bearer) {
        const sim::TokenCheck c = m_entra->sim->checkAccessToken(bearer);
        sim::ArmTokenCheck out;
        out.ok = c.ok && !c.expired;
        out.expired = c.expired;
        out.tenantId = c.tenantId;
        out.user = c.user;
        return out;
    });
    const QString caFile = m_tmp->filePath(QStringLiteral("arm-ca.pem"));
    QVERIFY(m_sim->writeCaFile(caFile, &error));

    m_nam = std::make_unique<QNetworkAccessManager>();
    identity::DeviceCodeFlow::Options fo;
    fo.secondMs = 10;
    identity::DeviceCodeFlow flow(m_nam.get(), m_entra->endpoints(), fo);
    QSignalSpy ready(&flow, &identity::DeviceCodeFlow::codeReady);
    QSignalSpy done(&flow, &identity::DeviceCodeFlow::finished);
    flow.start();
    QVERIFY(ready.wait(10000));
    m_entra->sim->approve(m_entra->sim->lastUserCode());
    QVERIFY(done.wait(10000));
    const QByteArray refresh =
        done.constFirst().constFirst().value<identity::DeviceCodeResult>().tokens.refreshToken;
    QVERIFY(!refresh.isEmpty());
    auto endpoints = m_entra->endpoints();
    endpoints.tenant = o.tenantId;
    m_tokens = std::make_unique<identity::TokenManager>(m_nam.get(), endpoints, refresh);

    arm::ArmClient::Options co;
    co.armEndpoint = m_sim->endpoint();
    co.extraCaFile = caFile;
    m_client = std::make_unique<arm::ArmClient>(m_nam.get(), m_tokens.get(), co);
    QVERIFY2(m_client->setupError().isEmpty(), qPrintable(m_client->setupError()));
    arm::ArmCloud::Options cloudOptions;
    cloudOptions.subscriptionId = m_sim->defaultSubscriptionId();
    cloudOptions.subscriptionName = QStringLiteral("Demo Subscription");
    // Where each VM's real dockerd listens: its FQDN's port and its private address's swarm port.
    cloudOptions.simulatedDockerEndpoint =
        [this](const QString &host, quint16 port) -> std::optional<HostOverrides::Target> {
        HostOverrides h;
        m_sim->applyHostOverrides(h);
        return h.lookup(host, port);
    };
    m_cloud = std::make_unique<arm::ArmCloud>(m_client.get(), cloudOptions);
}

void TstArmSwarm::cleanup()
{
    // Every test starts with no VM and no dockerd: the addresses 127.0.0.41–49 are reused.
    m_dockerds.clear(); // stops each dockerd by pid, then its containerd
    if (m_sim) {
        m_sim->clear();
        m_sim->setFaults({});
    }
}

void TstArmSwarm::cleanupTestCase()
{
    m_cloud.reset();
    m_client.reset();
    m_tokens.reset();
    m_nam.reset();
    m_dockerds.clear();
    m_sim.reset();
    m_entra.reset();
}

QString TstArmSwarm::startDockerd(const sim::DockerFromCloudInit &docker, const QString &fqdn,
                                  const QHostAddress &address)
{
    const int n = ++m_started;
    const QString root = m_tmp->filePath(QStringLiteral("vm%1").arg(n));
    const auto rw = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto r = QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const QJsonObject daemon = QJsonDocument::fromJson(docker.daemonJson).object();
    const struct
    {
        QString key;
        QByteArray content;
        QFileDevice::Permissions mode;
    } files[] = {{QStringLiteral("tlscacert"), docker.caPem, rw | r},
                 {QStringLiteral("tlscert"), docker.serverCertPem, rw | r},
                 {QStringLiteral("tlskey"), docker.serverKeyPem, rw}};
    QJsonObject mapped = daemon;
    for (const auto &f : files) {
        const QString path = daemon.value(f.key).toString();
        if (!path.startsWith(QLatin1Char('/')) || !writeFile(root + path, f.content, f.mode))
            return QStringLiteral("cannot write %1 (%2) under the VM root").arg(f.key, path);
        mapped.insert(f.key, QString(root + path));
    }
    QJsonArray hosts;
    for (const QJsonValue &h : daemon.value(QStringLiteral("hosts")).toArray()) {
        const QString host = h.toString();
        if (host.startsWith(QLatin1String("unix://")))
            hosts.append(QString(QStringLiteral("unix://") + root + host.mid(7)));
        else if (host.startsWith(QLatin1String("tcp://")))
            hosts.append(QStringLiteral("tcp://%1:%2").arg(address.toString()).arg(docker.tlsPort));
        else
            hosts.append(host);
    }
    mapped.insert(QStringLiteral("hosts"), hosts);
    if (!QDir().mkpath(root + QStringLiteral("/var/run")))
        return QStringLiteral("cannot make the VM's /var/run");
    const quint32 ip = address.toIPv4Address();
    if ((ip >> 8) != 0x7f0000 || (ip & 0xff) < 41 || (ip & 0xff) > 49)
        return QStringLiteral("the VM's address %1 is outside 127.0.0.41-49")
            .arg(address.toString());

    RealDockerdSpec spec;
    spec.name = fqdn;
    spec.address = address;
    spec.tlsPort = quint16(docker.tlsPort);
    spec.baseDir = m_tmp->filePath(QStringLiteral("d%1").arg(n));
    spec.tlsFromDaemonJson = true;
    spec.daemonJson = QJsonDocument(mapped).toJson();
    for (const QString &arg : docker.execStartArgs)
        if (!arg.startsWith(QLatin1String("--containerd")))
            spec.extraArgs.append(arg);
    auto d = std::make_unique<RealDockerd>(spec);
    QString error;
    if (!d->start(&error))
        return error;
    m_dockerds[fqdn] = std::move(d);
    return {};
}

cloud::VmSpec TstArmSwarm::spec(const QString &name, int nodes, int managers) const
{
    cloud::VmSpec s = m_cloud->defaults();
    s.dnsName = name;
    s.location = QStringLiteral("westus");
    s.imageName = QStringLiteral("Canonical:ubuntu-24_04-lts:server:latest");
    s.userName = QStringLiteral("azureuser");
    s.size = QStringLiteral("Standard_B1s");
    s.sshKeyFile.clear();
    const QByteArray blob = sshString("ssh-ed25519") + sshString(QByteArray(32, '\x2a'));
    s.sshPublicKey = QString::fromLatin1("ssh-ed25519 " + blob.toBase64() + " ada@laptop");
    s.certDir = m_tmp->filePath(QStringLiteral("certs-") + name);
    s.keyType = certs::KeyType::EcdsaP256;
    s.nodes = nodes;
    s.managers = managers;
    return s;
}

cloud::RunOptions TstArmSwarm::options() const
{
    cloud::RunOptions o;
    o.pollIntervalMs = 50;
    o.operationTimeoutMs = 30000;
    o.vmReadyTimeoutMs = 30000;
    o.dockerWaitSeconds = 120;
    o.swarmReadyTimeoutMs = 90000;
    o.journalDir = m_tmp->filePath(QStringLiteral("journal"));
    o.hostOverrides.setMapSimulatedEndpoints(true);
    o.hostOverrides.setLoopbackOnly(true);
    return o;
}

QStringList TstArmSwarm::journals() const
{
    return QDir(m_tmp->filePath(QStringLiteral("journal")))
        .entryList({QStringLiteral("*.json")}, QDir::Files);
}

docker::SwarmStatusReport TstArmSwarm::status(const cloud::RunResult &result)
{
    docker::EngineEndpoint e;
    e.host = result.hostName;
    e.port = quint16(result.dockerPort);
    e.certDir = result.certDir;
    e.hostOverrides = result.hostOverrides;
    docker::SwarmStatus st(e, result.swarmLeader);
    QSignalSpy done(&st, &docker::SwarmStatus::finished);
    st.start();
    if (!done.wait(30000))
        return {};
    return st.report();
}

void TstArmSwarm::threeNodesOneManagerTwoWorkers()
{
    cloud::ProvisioningRun *run =
        m_cloud->create(spec(QStringLiteral("swa"), 3, 1), options(), this);
    // The plan: shared rows, five per node, the swarm's, the rollback.
    QStringList ids;
    for (const cloud::StepRow &r : run->rows())
        ids << r.id;
    for (const char *id :
         {"resource-group", "network-security-group", "virtual-network", "public-ip-swa-1",
          "network-interface-swa-2", "virtual-machine-swa-3", "wait-vm-swa-2", "wait-docker-swa-3",
          "swarm-init", "swarm-join-swa-2", "swarm-join-swa-3", "swarm-ready", "rollback"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    QVERIFY(!ids.contains(QStringLiteral("public-ip")));
    QSignalSpy finished(run, &cloud::ProvisioningRun::finished);
    run->start();
    QVERIFY(finished.wait(240000));
    const cloud::RunResult result = run->result();
    if (!result.ok)
        for (auto &[fqdn, d] : m_dockerds)
            if (!d->isRunning())
                qWarning().noquote() << fqdn << "dockerd exited:" << d->exitText() << "\n"
                                     << d->logTail();
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!result.partial);
    QCOMPARE(m_dockerds.size(), size_t(3)); // three VMs booted three real dockerds
    QCOMPARE(result.nodes.size(), 3);
    QCOMPARE(result.swarmLeader, QStringLiteral("swa-1"));
    QCOMPARE(result.hostName, QStringLiteral("swa-1.westus.cloudapp.azure.com"));
    QStringList privates;
    for (int i = 0; i < 3; ++i) {
        const cloud::NodeResult &n = result.nodes[i];
        QVERIFY2(n.ok, qPrintable(n.error));
        QCOMPARE(n.name, QStringLiteral("swa-%1").arg(i + 1));
        QCOMPARE(n.hostName, QStringLiteral("swa-%1.westus.cloudapp.azure.com").arg(i + 1));
        QCOMPARE(n.role, i == 0 ? QStringLiteral("manager") : QStringLiteral("worker"));
        QVERIFY2(n.privateAddress.startsWith(QLatin1String("10.0.0.")),
                 qPrintable(n.privateAddress));
        QVERIFY(!n.swarmNodeId.isEmpty());
        privates << n.privateAddress;
    }
    privates.removeDuplicates();
    QCOMPARE(privates.size(), 3);
    for (const cloud::StepRow &r : run->rows())
        QVERIFY2(r.state == cloud::StepState::Done || r.id == QLatin1String("rollback"),
                 qPrintable(r.id + QLatin1Char(' ') + cloud::stepStateId(r.state)));
    QVERIFY(journals().isEmpty()); // everything is wanted now
    // The real leader lists every node ready/active: one manager, two workers.
    const docker::SwarmStatusReport st = status(result);
    QVERIFY2(st.ok, qPrintable(st.error.message));
    QCOMPARE(st.nodes.size(), 3);
    QCOMPARE(st.ready, 3);
    QCOMPARE(st.managers, 1);
    QCOMPARE(st.workers, 2);
    for (const docker::SwarmNode &n : st.nodes)
        QVERIFY2(n.isReadyActive(), qPrintable(n.hostname + QLatin1Char(' ') + n.state));
    qInfo().noquote() << "3-node swarm (1 manager) on real dockerds after" << result.elapsedMs
                      << "ms";
    delete run;
}

void TstArmSwarm::threeManagers()
{
    cloud::ProvisioningRun *run =
        m_cloud->create(spec(QStringLiteral("swm"), 3, 3), options(), this);
    QSignalSpy finished(run, &cloud::ProvisioningRun::finished);
    run->start();
    QVERIFY(finished.wait(240000));
    const cloud::RunResult result = run->result();
    QVERIFY2(result.ok, qPrintable(result.error));
    for (const cloud::NodeResult &n : result.nodes)
        QCOMPARE(n.role, QStringLiteral("manager"));
    const docker::SwarmStatusReport st = status(result);
    QVERIFY2(st.ok, qPrintable(st.error.message));
    QCOMPARE(st.managers, 3);
    QCOMPARE(st.ready, 3);
    int leaders = 0;
    for (const docker::SwarmNode &n : st.nodes) {
        QVERIFY(n.isReadyActive());
        QCOMPARE(n.reachability, QStringLiteral("reachable"));
        leaders += n.leader ? 1 : 0;
    }
    QCOMPARE(leaders, 1);
    delete run;
}

void TstArmSwarm::nodeVmFailsRollsBackEverything()
{
    sim::ArmFaults f;
    f.failOperationOf.insert(QStringLiteral("swf-2"),
                             {200, QStringLiteral("OSProvisioningInternalError"),
                              QStringLiteral("OS Provisioning failed for VM 'swf-2'.")});
    m_sim->setFaults(f);
    cloud::ProvisioningRun *run =
        m_cloud->create(spec(QStringLiteral("swf"), 3, 1), options(), this);
    QSignalSpy finished(run, &cloud::ProvisioningRun::finished);
    run->start();
    QVERIFY(finished.wait(240000));
    const cloud::RunResult result = run->result();
    QVERIFY(!result.ok);
    QCOMPARE(result.failedStep, QStringLiteral("virtual-machine-swf-2"));
    QVERIFY2(result.error.contains(QLatin1String("OS Provisioning failed")),
             qPrintable(result.error));
    // The whole group went, with every node's resources; nothing is journaled any more.
    QVERIFY2(m_sim->isEmpty(), qPrintable(m_sim->resourceIds().join(QLatin1Char(' '))));
    QVERIFY(journals().isEmpty());
    const int rb = rowOf(run->rows(), QStringLiteral("rollback"));
    QCOMPARE(run->rows()[rb].state, cloud::StepState::Done);
    delete run;
}

void TstArmSwarm::nodeVmFailsKeepPartialKeepsTwoNodeSwarm()
{
    sim::ArmFaults f;
    f.failOperationOf.insert(QStringLiteral("swk-2"),
                             {200, QStringLiteral("OSProvisioningInternalError"),
                              QStringLiteral("OS Provisioning failed for VM 'swk-2'.")});
    m_sim->setFaults(f);
    cloud::RunOptions o = options();
    o.keepPartial = true;
    cloud::ProvisioningRun *run = m_cloud->create(spec(QStringLiteral("swk"), 3, 1), o, this);
    QSignalSpy finished(run, &cloud::ProvisioningRun::finished);
    QStringList messages;
    connect(run, &cloud::ProvisioningRun::message, this,
            [&messages](const QString &m) { messages << m; });
    run->start();
    QVERIFY(finished.wait(240000));
    const cloud::RunResult result = run->result();
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.partial);
    QVERIFY(result.nodes[0].ok);
    QVERIFY(!result.nodes[1].ok);
    QVERIFY(result.nodes[2].ok);
    QCOMPARE(result.nodes[1].failedStep, QStringLiteral("virtual-machine-swk-2"));
    QVERIFY2(result.nodes[1].error.contains(QLatin1String("OS Provisioning failed")),
             qPrintable(result.nodes[1].error));
    QVERIFY(messages.join(QLatin1Char('\n')).contains(QLatin1String("Not in the swarm: swk-2")));
    // swk-2's VM, NIC and public IP are gone; the others and the shared ones stay.
    const QString ids = m_sim->resourceIds().join(QLatin1Char(' ')).toLower();
    QVERIFY2(!ids.contains(QLatin1String("/swk-2")), qPrintable(ids));
    QVERIFY2(ids.contains(QLatin1String("virtualmachines/swk-1")), qPrintable(ids));
    QVERIFY2(ids.contains(QLatin1String("virtualmachines/swk-3")), qPrintable(ids));
    QCOMPARE(run->rows()[rowOf(run->rows(), QStringLiteral("swarm-join-swk-2"))].state,
             cloud::StepState::Skipped);
    const docker::SwarmStatusReport st = status(result);
    QVERIFY2(st.ok, qPrintable(st.error.message));
    QCOMPARE(st.nodes.size(), 2);
    QCOMPARE(st.ready, 2);
    delete run;
}

void TstArmSwarm::cancelMidWayLeavesNothing()
{
    cloud::ProvisioningRun *run =
        m_cloud->create(spec(QStringLiteral("swc"), 3, 1), options(), this);
    QSignalSpy finished(run, &cloud::ProvisioningRun::finished);
    // Cancel once the first node's VM is being waited for: resources of every node exist.
    connect(run, &cloud::ProvisioningRun::rowChanged, this, [run](int row) {
        const cloud::StepRow r = run->rows().value(row);
        if (r.id == QLatin1String("wait-vm-swc-1") && r.state == cloud::StepState::Running &&
            !run->isRollingBack())
            QMetaObject::invokeMethod(
                run, [run] { run->cancel(); }, Qt::QueuedConnection);
    });
    run->start();
    QVERIFY(finished.wait(240000));
    const cloud::RunResult result = run->result();
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QVERIFY2(m_sim->isEmpty(), qPrintable(m_sim->resourceIds().join(QLatin1Char(' '))));
    QVERIFY(journals().isEmpty());
    QVERIFY2(!QFileInfo::exists(spec(QStringLiteral("swc"), 3, 1).certDir),
             qPrintable(QStringLiteral("removed: %1; kept: %2; left: %3; files: %4")
                            .arg(result.removed.join(QLatin1Char(' ')),
                                 result.kept.join(QLatin1Char(' ')),
                                 result.leftBehind.join(QLatin1Char(' ')),
                                 QDir(spec(QStringLiteral("swc"), 3, 1).certDir)
                                     .entryList(QDir::Files)
                                     .join(QLatin1Char(' ')))));
    delete run;
}

void TstArmSwarm::stopThenCleanupRemovesEveryNode()
{
    cloud::ProvisioningRun *run =
        m_cloud->create(spec(QStringLiteral("sws"), 3, 1), options(), this);
    bool stopped = false;
    connect(run, &cloud::ProvisioningRun::rowChanged, this, [run, &stopped](int row) {
        const cloud::StepRow r = run->rows().value(row);
        if (r.id == QLatin1String("wait-vm-sws-3") && r.state == cloud::StepState::Running &&
            !stopped) {
            stopped = true;
            QMetaObject::invokeMethod(
                run, [run] { run->stop(); }, Qt::QueuedConnection);
        }
    });
    run->start();
    QTRY_VERIFY_WITH_TIMEOUT(stopped && !run->isRunning(), 120000);
    const QString journalPath = run->journalPath();
    delete run;
    // The journal names every node's resources.
    QString error;
    const auto journal = cloud::Journal::load(journalPath, &error);
    QVERIFY2(journal, qPrintable(error));
    QStringList names;
    for (const cloud::Journal::Entry &e : journal->entries())
        names << e.name.section(QLatin1Char('/'), -1);
    for (const char *n : {"sws-1-ip", "sws-2-ip", "sws-3-ip", "sws-1-nic", "sws-2-nic", "sws-3-nic",
                          "sws-1", "sws-2", "sws-3", "sws-nsg", "sws-vnet"})
        QVERIFY2(names.contains(QLatin1String(n)), n);
    QVERIFY(!m_sim->isEmpty());
    cloud::ProvisioningRun *clean = m_cloud->cleanup(*journal, options(), this);
    QSignalSpy finished(clean, &cloud::ProvisioningRun::finished);
    clean->start();
    QVERIFY(finished.wait(120000));
    QVERIFY2(clean->result().leftBehind.isEmpty(),
             qPrintable(clean->result().leftBehind.join(QLatin1Char(' '))));
    QVERIFY2(m_sim->isEmpty(), qPrintable(m_sim->resourceIds().join(QLatin1Char(' '))));
    QVERIFY(journals().isEmpty());
    delete clean;
}

// `swarm add` on real dockerds: a 2-node swarm gets a third node, made like the others (its VM
// boots a real dockerd from its own customData with a server certificate from the same CA) and
// joined as a worker over mutual TLS on its private address. No credentials given: the new VM
// takes the SSH key the existing nodes take. The real leader then lists three ready nodes.
void TstArmSwarm::swarmAddJoinsAWorkerWithTheExistingSshKey()
{
    const cloud::VmSpec made = spec(QStringLiteral("swadd"), 2, 1);
    cloud::ProvisioningRun *run = m_cloud->create(made, options(), this);
    QSignalSpy finished(run, &cloud::ProvisioningRun::finished);
    run->start();
    QVERIFY(finished.wait(240000));
    QVERIFY2(run->result().ok, qPrintable(run->result().error));
    delete run;

    cloud::VmSpec more = m_cloud->defaults();
    more.dnsName = QStringLiteral("swadd");
    more.sshKeyFile.clear();
    more.certDir = made.certDir;
    run = m_cloud->addSwarmNodes(more, 1, options(), this);
    QSignalSpy added(run, &cloud::ProvisioningRun::finished);
    run->start();
    QVERIFY(added.wait(240000));
    const cloud::RunResult result = run->result();
    delete run;
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(m_dockerds.size(), size_t(3));
    QCOMPARE(result.nodes.size(), 1);
    QCOMPARE(result.nodes[0].name, QStringLiteral("swadd-3"));
    QCOMPARE(result.nodes[0].role, QStringLiteral("worker"));
    QCOMPARE(result.swarmLeader, QStringLiteral("swadd-1"));
    QCOMPARE(result.hostName, QStringLiteral("swadd-1.westus.cloudapp.azure.com"));
    const QString body = QString::fromUtf8(m_sim->lastVmPutBody());
    QVERIFY2(body.contains(made.sshPublicKey.section(QLatin1Char(' '), 1, 1)),
             "the new VM takes the existing nodes' SSH key");
    QVERIFY(!body.contains(QLatin1String("adminPassword")));
    QVERIFY(body.contains(QLatin1String("Standard_B1s"))); // the existing nodes' size
    const docker::SwarmStatusReport st = status(result);
    QVERIFY2(st.ok, qPrintable(st.error.message));
    QCOMPARE(st.nodes.size(), 3);
    QCOMPARE(st.ready, 3);
    QCOMPARE(st.managers, 1);
    QCOMPARE(st.workers, 2);
    QVERIFY(journals().isEmpty());
}

QTEST_GUILESS_MAIN(TstArmSwarm)
#include "tst_armswarm.moc"
