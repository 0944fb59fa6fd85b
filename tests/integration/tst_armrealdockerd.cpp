// REAL DOCKERD at the end of the whole ARM create: a device-code sign-in, TokenManager, ArmClient,
// ArmCloud and ArmProvisioner against the Entra ID and ARM simulators; the simulated VM "boots"
// by handing exactly the files cloud-init would write from OUR customData
// (sim::dockerFromCustomData) to a real dockerd, and the run must end with a verified `info` from
// that daemon at <label>.westus.cloudapp.azure.com:2376 (reached on the VM's loopback public IP). A
// wrong cloud-config (a hosts conflict, a missing file, no tlsverify) fails here, not on a real VM.
//
// What the test changes, and nothing else (the VM's paths are not ours to write): files land
// under a temporary root (/etc/docker/x → ROOT/etc/docker/x, and daemon.json's paths say so);
// daemon.json's hosts: unix:///var/run/docker.sock → unix://ROOT/var/run/docker.sock and
// tcp://0.0.0.0:PORT → tcp://<the VM's 127.0.2.x public IP>:PORT; the drop-in's --containerd is
// left out (dockerd launches its own under --exec-root) and tests/support/real_dockerd adds its
// loopback-only flags.
//
// Without root or dockerd every test is skipped with a warning "REAL DOCKERD TESTS SKIPPED".
#include "arm/armclient.h"
#include "arm/armcloud.h"
#include "cloud/run.h"
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

} // namespace

class TstArmRealDockerd : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void createEndsWithInfoFromARealDockerd();

private:
    // The VM's Docker, as cloud-init + systemd would start it, as a real dockerd.
    QString startDockerd(const sim::DockerFromCloudInit &docker, const QHostAddress &address);

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<EntraHarness> m_entra;
    std::unique_ptr<sim::ArmSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<identity::TokenManager> m_tokens;
    std::unique_ptr<arm::ArmClient> m_client;
    std::unique_ptr<arm::ArmCloud> m_cloud;
    std::unique_ptr<RealDockerd> m_dockerd;
};

void TstArmRealDockerd::initTestCase()
{
    if (const QString why = RealDockerd::hostSkipReason(); !why.isEmpty()) {
        RealDockerd::warnSkipped(why);
        QSKIP("REAL DOCKERD TESTS SKIPPED (see the warning above)");
    }
    // Short: containerd's socket under --exec-root and the unix socket must fit 108 bytes.
    m_tmp = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/ard-XXXXXX"));
    QVERIFY(m_tmp->isValid());

    QString error;
    m_entra = std::make_unique<EntraHarness>();
    QVERIFY2(m_entra->start({}, &error), qPrintable(error));
    sim::ArmSimulator::Options o;
    o.tenantId = sim::EntraSimulator::defaultUser().tenantIds.first();
    o.operationDelayMs = 30;
    o.groupDeleteDelayMs = 30;
    o.bootDelayMs = 50;
    // Public IPs (where the real dockerd listens) on 127.0.29.x: no other test's simulated VMs
    // (127.0.2.x) can hold the same address and port while ctest runs tests in parallel.
    o.dockerSubnet = 29;
    o.dockerStarter = [this](const sim::DockerFromCloudInit &docker, const QString &,
                             const QHostAddress &address) {
        return startDockerd(docker, address);
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
    m_cloud = std::make_unique<arm::ArmCloud>(m_client.get(), cloudOptions);
}

void TstArmRealDockerd::cleanupTestCase()
{
    m_cloud.reset();
    m_client.reset();
    m_tokens.reset();
    m_nam.reset();
    if (m_dockerd)
        m_dockerd->stop();
    m_dockerd.reset();
    m_sim.reset();
    m_entra.reset();
}

QString TstArmRealDockerd::startDockerd(const sim::DockerFromCloudInit &docker,
                                        const QHostAddress &address)
{
    if (m_dockerd)
        return QStringLiteral("this test boots one VM only");
    const QString root = m_tmp->filePath(QStringLiteral("vm"));
    const auto rw = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto r = QFileDevice::ReadGroup | QFileDevice::ReadOther;
    // The paths cloud-init wrote them to, as daemon.json names them.
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

    RealDockerdSpec spec;
    spec.name = QStringLiteral("the VM's dockerd");
    spec.address = address;
    spec.tlsPort = quint16(docker.tlsPort);
    spec.baseDir = m_tmp->filePath(QStringLiteral("d"));
    spec.tlsFromDaemonJson = true;
    spec.daemonJson = QJsonDocument(mapped).toJson();
    for (const QString &arg : docker.execStartArgs)
        if (!arg.startsWith(QLatin1String("--containerd")))
            spec.extraArgs.append(arg);
    m_dockerd = std::make_unique<RealDockerd>(spec);
    QString error;
    if (!m_dockerd->start(&error))
        return error;
    return {};
}

void TstArmRealDockerd::createEndsWithInfoFromARealDockerd()
{
    cloud::VmSpec spec = m_cloud->defaults();
    spec.dnsName = QStringLiteral("realdockerhost");
    spec.location = QStringLiteral("westus");
    spec.imageName = QStringLiteral("Canonical:ubuntu-24_04-lts:server:latest");
    spec.userName = QStringLiteral("azureuser");
    spec.sshKeyFile.clear();
    const QByteArray blob = sshString("ssh-ed25519") + sshString(QByteArray(32, '\x2a'));
    spec.sshPublicKey = QString::fromLatin1("ssh-ed25519 " + blob.toBase64() + " ada@laptop");
    spec.certDir = m_tmp->filePath(QStringLiteral("certs"));

    cloud::RunOptions options;
    options.pollIntervalMs = 50;
    options.operationTimeoutMs = 30000;
    options.vmReadyTimeoutMs = 30000;
    options.dockerWaitSeconds = 120; // dockerd needs a few seconds to come up, more under load
    options.journalDir = m_tmp->filePath(QStringLiteral("journal"));
    options.hostOverrides.setMapSimulatedEndpoints(true);
    options.hostOverrides.setLoopbackOnly(true);

    cloud::ProvisioningRun *run = m_cloud->create(spec, options, this);
    QSignalSpy finished(run, &cloud::ProvisioningRun::finished);
    run->start();
    QVERIFY(finished.wait(180000));
    const cloud::RunResult &result = run->result();
    if (!result.ok && m_dockerd && !m_dockerd->isRunning())
        qWarning().noquote() << "dockerd exited:" << m_dockerd->exitText() << "\n"
                             << m_dockerd->logTail();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.hostName, QStringLiteral("realdockerhost.westus.cloudapp.azure.com"));
    QCOMPARE(result.dockerPort, 2376);
    QVERIFY(result.docker.ok);
    // The real daemon answered: the simulator made no simulated Docker host, dockerd runs, and
    // its info says what only this dockerd (started with --storage-driver=vfs) says.
    QVERIFY(!m_sim->dockerHost(result.hostName));
    QVERIFY(m_dockerd && m_dockerd->isRunning());
    QCOMPARE(result.docker.server.storageDriver, QStringLiteral("vfs"));
    QVERIFY(!result.docker.server.serverVersion.isEmpty());
    qInfo().noquote() << "real dockerd" << result.docker.server.serverVersion << "answered info"
                      << "for" << result.hostName << "after" << result.elapsedMs << "ms";
    delete run;
}

QTEST_GUILESS_MAIN(TstArmRealDockerd)
#include "tst_armrealdockerd.moc"
