// The ARM path of the command line end to end: the built docker-vm signs in (`login`) against
// sim::EntraSimulator and then lists regions and images and creates and deletes a Docker host
// through sim::ArmSimulator (both in this process, TLS on loopback, reached through the account's
// saved endpoints and CA). Every resource is made by the app's own requests; the refusals (a
// taken DNS label, a subscription without write permission, an invalid SSH key) leave nothing.
// With --simulated-endpoints, create and resume reach the simulated VM's Docker over verified
// mutual TLS; status and check then see it.
#include "arm_signin_harness.h"
#include "cli_harness.h"
#include "sim/dockerhost.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimer>

#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

using namespace dockervm;

namespace {
const QByteArray kPublicKey =
    "ssh-ed25519 "
    "AAAAC3NzaC1lZDI1NTE5AAAAIAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g "
    "test@example\n";

QProcessEnvironment env()
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("DOCKERVM_SECRET_STORE"), QStringLiteral("file"));
    return e;
}

void closeStdin(QProcess &p)
{
    p.setStandardInputFile(QProcess::nullDevice());
}
} // namespace

class TestCliArm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void locationsAndImages();
    void createAndDelete();
    void fullUrnListsNoImages();
    void takenLabelLeavesNothing();
    void readOnlySubscriptionLeavesNothing();
    void invalidSshKeyIsRefusedBeforeAnyRequest();
    void stoppedRunIsCleanedUp();
    void createVerifiesDockerThenStatusCheckDelete();
    void stoppedWhileWaitingForDockerIsResumed();
    void statusOfAnUnknownHostSaysSo();
    void cleanupTestCase();

private:
    testing::CliHarness::Result cli(const QStringList &args, int timeoutMs = 120000);
    QString keyFile() const { return m_cli->path(QStringLiteral("id_test.pub")); }
    // A Docker port of this test run's own: the simulated VMs listen on 127.0.2.x at it, and
    // other test processes on this machine may hold 2376 there.
    static QString dockerPort()
    {
        return QString::number(20000 + QCoreApplication::applicationPid() % 20000);
    }
    sim::ArmSimulator::Options m_armOptions;

    std::unique_ptr<testing::CliHarness> m_cli;
    std::unique_ptr<ArmSignInHarness> m_azure;
};

testing::CliHarness::Result TestCliArm::cli(const QStringList &args, int timeoutMs)
{
    return m_cli->run(args, env(), timeoutMs, closeStdin);
}

void TestCliArm::initTestCase()
{
    m_cli = std::make_unique<testing::CliHarness>();
    QVERIFY2(m_cli->isValid(), "DOCKERVM_CLI must name the built docker-vm");
    m_azure = std::make_unique<ArmSignInHarness>();
    sim::EntraSimulator::Options entra;
    entra.intervalSec = 1;
    entra.autoApproveAfterMs = 500;
    sim::ArmSimulator::Options arm;
    arm.operationDelayMs = 100;
    arm.groupDeleteDelayMs = 100;
    m_armOptions = arm;
    QString error;
    QVERIFY2(m_azure->start(entra, arm, &error), qPrintable(error));
    QFile key(keyFile());
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write(kPublicKey);
    key.close();
    const auto r = cli({QStringLiteral("login"), QStringLiteral("--authority"),
                        m_azure->entra.sim->authority().toString(),
                        QStringLiteral("--arm-endpoint"), m_azure->arm->endpoint().toString(),
                        QStringLiteral("--management-ca"), m_azure->caFile()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("* Demo Subscription"), r.out.constData());
    qInfo().noquote() << "login transcript:\n" + QString::fromUtf8(r.err + r.out);
}

void TestCliArm::cleanupTestCase()
{
    m_azure.reset();
    m_cli.reset();
}

void TestCliArm::locationsAndImages()
{
    auto r = cli({QStringLiteral("locations"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray locations = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!locations.isEmpty());
    bool westus = false;
    for (const QJsonValue &v : locations)
        westus = westus || v.toObject().value(QLatin1String("name")).toString() == "westus";
    QVERIFY2(westus, r.out.constData());

    r = cli({QStringLiteral("images"), QStringLiteral("-l"), QStringLiteral("West US")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Canonical:"), r.out.constData());
    QVERIFY2(r.out.contains("UbuntuLTS"), r.out.constData());
    r = cli({QStringLiteral("images"), QStringLiteral("-l"), QStringLiteral("westus"),
             QStringLiteral("--json")});
    const QJsonArray images = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!images.isEmpty());
    QVERIFY(images.first()
                .toObject()
                .value(QLatin1String("id"))
                .toString()
                .startsWith(QLatin1String("Canonical:")));
}

void TestCliArm::createAndDelete()
{
    const QString certDir = m_cli->path(QStringLiteral("certs-create"));
    auto r =
        cli({QStringLiteral("create"), QStringLiteral("-l"), QStringLiteral("westus"),
             QStringLiteral("--ssh-key"), keyFile(), QStringLiteral("-C"), certDir,
             QStringLiteral("--no-wait"), QStringLiteral("--poll-interval"), QStringLiteral("100"),
             QStringLiteral("armhost"), QStringLiteral("UbuntuLTS"), QStringLiteral("azureuser")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    qInfo().noquote() << "create transcript:\n" + QString::fromUtf8(r.err + r.out);
    QVERIFY2(r.out.contains("armhost.westus.cloudapp.azure.com"), r.out.constData());
    QVERIFY2(r.err.contains("Resource group") || r.err.contains("resource group"),
             r.err.constData());
    QVERIFY(QFile::exists(certDir + QStringLiteral("/ca.pem")));
    QCOMPARE(m_azure->arm->resourceGroups().size(), 1);
    // The VM got our key, and no password.
    const QJsonObject vm = QJsonDocument::fromJson(m_azure->arm->lastVmPutBody()).object();
    const QJsonObject os = vm.value(QLatin1String("properties"))
                               .toObject()
                               .value(QLatin1String("osProfile"))
                               .toObject();
    QVERIFY(!os.contains(QLatin1String("adminPassword")));
    QVERIFY(QJsonDocument(os).toJson().contains("AAAAC3NzaC1lZDI1NTE5AAAAIAECAwQF"));

    r = cli({QStringLiteral("delete"), QStringLiteral("armhost"), QStringLiteral("--poll-interval"),
             QStringLiteral("100")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    QTRY_VERIFY_WITH_TIMEOUT(m_azure->arm->resourceGroups().isEmpty(), 30000);
}

// Issue 9: no request whose answer is known. A full URN is taken as given, so `create` lists no
// images (offers, SKUs, versions) before it starts.
void TestCliArm::fullUrnListsNoImages()
{
    const int before = int(m_azure->arm->requestLog().size());
    auto r = cli(
        {QStringLiteral("create"), QStringLiteral("-l"), QStringLiteral("westus"),
         QStringLiteral("--ssh-key"), keyFile(), QStringLiteral("-C"),
         m_cli->path(QStringLiteral("certs-urn")), QStringLiteral("--no-wait"),
         QStringLiteral("--poll-interval"), QStringLiteral("100"), QStringLiteral("urnhost"),
         QStringLiteral("Canonical:ubuntu-24_04-lts:server:latest"), QStringLiteral("azureuser")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    const QStringList lines = m_azure->arm->requestLog().mid(before);
    QVERIFY2(lines.filter(QStringLiteral("/artifacttypes/vmimage")).isEmpty(),
             qPrintable(lines.join(QLatin1Char('\n'))));
    const QJsonObject vm = QJsonDocument::fromJson(m_azure->arm->lastVmPutBody()).object();
    const QJsonObject image = vm.value(QLatin1String("properties"))
                                  .toObject()
                                  .value(QLatin1String("storageProfile"))
                                  .toObject()
                                  .value(QLatin1String("imageReference"))
                                  .toObject();
    QCOMPARE(image.value(QLatin1String("offer")).toString(), QStringLiteral("ubuntu-24_04-lts"));
    r = cli({QStringLiteral("delete"), QStringLiteral("urnhost"), QStringLiteral("--poll-interval"),
             QStringLiteral("100")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    QTRY_VERIFY_WITH_TIMEOUT(m_azure->arm->resourceGroups().isEmpty(), 30000);
}

void TestCliArm::takenLabelLeavesNothing()
{
    const auto r =
        cli({QStringLiteral("create"), QStringLiteral("--ssh-key"), keyFile(), QStringLiteral("-C"),
             m_cli->path(QStringLiteral("certs-taken")), QStringLiteral("--poll-interval"),
             QStringLiteral("100"), QStringLiteral("taken"), QStringLiteral("UbuntuLTS"),
             QStringLiteral("azureuser")});
    QVERIFY(r.finished);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("taken"), r.err.constData());
    QVERIFY(m_azure->arm->resourceGroups().isEmpty());
    QVERIFY(m_azure->arm->resourceIds().isEmpty());
}

void TestCliArm::readOnlySubscriptionLeavesNothing()
{
    const auto r =
        cli({QStringLiteral("create"), QStringLiteral("--subscription"),
             QStringLiteral("Read-only Subscription"), QStringLiteral("--ssh-key"), keyFile(),
             QStringLiteral("-C"), m_cli->path(QStringLiteral("certs-ro")),
             QStringLiteral("--poll-interval"), QStringLiteral("100"), QStringLiteral("rohost"),
             QStringLiteral("UbuntuLTS"), QStringLiteral("azureuser")});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("AuthorizationFailed") || r.err.contains("permission") ||
                 r.err.contains("Contributor"),
             r.err.constData());
    QTRY_VERIFY_WITH_TIMEOUT(m_azure->arm->resourceGroups().isEmpty(), 30000);
}

void TestCliArm::invalidSshKeyIsRefusedBeforeAnyRequest()
{
    const QString bad = m_cli->path(QStringLiteral("bad.pub"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("-----BEGIN OPENSSH PRIVATE KEY-----\nnot a public key\n");
    f.close();
    const int before = int(m_azure->arm->requestLog().size());
    const auto r =
        cli({QStringLiteral("create"), QStringLiteral("--ssh-key"), bad, QStringLiteral("keyhost"),
             QStringLiteral("UbuntuLTS"), QStringLiteral("azureuser")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("bad.pub"), r.err.constData());
    // Only the image list was asked for (no PUT).
    for (const QString &line : m_azure->arm->requestLog().mid(before))
        QVERIFY2(line.startsWith(QLatin1String("GET")), qPrintable(line));
}

void TestCliArm::stoppedRunIsCleanedUp()
{
#ifdef Q_OS_UNIX
    sim::ArmFaults faults;
    faults.hangOperation.append(sim::ArmKind::VirtualMachine);
    m_azure->arm->setFaults(faults);
    // The process dies (SIGKILL) while the VM is being made: what it made stays journaled.
    auto err = std::make_shared<QByteArray>();
    auto sent = std::make_shared<int>(0);
    const auto r = m_cli->run(
        {QStringLiteral("create"), QStringLiteral("--ssh-key"), keyFile(), QStringLiteral("-C"),
         m_cli->path(QStringLiteral("certs-stop")), QStringLiteral("--poll-interval"),
         QStringLiteral("100"), QStringLiteral("stophost"), QStringLiteral("UbuntuLTS"),
         QStringLiteral("azureuser")},
        env(), 120000, [err, sent](QProcess &p) {
            closeStdin(p);
            QObject::connect(&p, &QProcess::readyReadStandardError, &p, [&p, err, sent] {
                *err += p.readAllStandardError();
                if (*sent == 0 && err->contains("Virtual machine with cloud-init")) {
                    *sent = 1;
                    p.kill();
                }
            });
        });
    *err += r.err;
    QVERIFY2(r.finished, err->constData());
    QCOMPARE(*sent, 1);
    m_azure->arm->setFaults({});
    QVERIFY(!m_azure->arm->resourceGroups().isEmpty());

    auto c = cli({QStringLiteral("cleanup"), QStringLiteral("--dry-run")});
    QVERIFY2(c.exitCode == 0, c.err.constData());
    QVERIFY2(c.out.contains("stophost"), c.out.constData());
    c = cli({QStringLiteral("cleanup"), QStringLiteral("--poll-interval"), QStringLiteral("100")});
    QVERIFY2(c.exitCode == 0, QByteArray(c.err + c.out).constData());
    QTRY_VERIFY_WITH_TIMEOUT(m_azure->arm->resourceGroups().isEmpty(), 30000);
    c = cli({QStringLiteral("cleanup")});
    QVERIFY2(c.out.contains("Nothing to clean up"), c.out.constData());
#else
    QSKIP("signals are Unix");
#endif
}

// The whole way on a signed-in account: create reaches the simulated VM's Docker at the FQDN's
// loopback address (--simulated-endpoints) and verifies it over mutual TLS; status shows the VM
// running with its address and resources; check reaches it with the issued certificates; delete
// removes the group.
void TestCliArm::createVerifiesDockerThenStatusCheckDelete()
{
    const QString certDir = m_cli->path(QStringLiteral("certs-docker"));
    const QString fqdn = QStringLiteral("dockhost.westus.cloudapp.azure.com");
    auto r = cli({QStringLiteral("create"), QStringLiteral("-l"), QStringLiteral("westus"),
                  QStringLiteral("--ssh-key"), keyFile(), QStringLiteral("-C"), certDir,
                  QStringLiteral("--docker-port"), dockerPort(), QStringLiteral("--poll-interval"),
                  QStringLiteral("100"), QStringLiteral("--simulated-endpoints"),
                  QStringLiteral("--verbose"), QStringLiteral("dockhost"),
                  QStringLiteral("UbuntuLTS"), QStringLiteral("azureuser")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    qInfo().noquote() << "create transcript:\n" + QString::fromUtf8(r.err + r.out);
    const sim::DockerHost *host = m_azure->arm->dockerHost(fqdn);
    QVERIFY(host);
    const QString version = host->serverVersion();
    QVERIFY(!version.isEmpty());
    QVERIFY2(r.out.contains(QStringLiteral("Docker %1 answers on tcp://%2:%3 (TLS, verified).")
                                .arg(version, fqdn, dockerPort())
                                .toUtf8()),
             r.out.constData());
    // The expected 404 of the group probe is no failed call in the (--verbose) log.
    QVERIFY2(r.err.contains("(expected)"), r.err.constData());
    QVERIFY2(!r.err.contains("failed after"), r.err.constData());

    r = cli({QStringLiteral("status"), QStringLiteral("dockhost")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    qInfo().noquote() << "status transcript:\n" + QString::fromUtf8(r.out);
    QVERIFY2(r.out.contains("power running"), r.out.constData());
    QVERIFY2(r.out.contains("provisioning succeeded"), r.out.constData());
    QVERIFY2(r.out.contains(fqdn.toUtf8()), r.out.constData());
    QVERIFY2(r.out.contains("Microsoft.Compute/virtualMachines"), r.out.constData());
    r = cli({QStringLiteral("status"), QStringLiteral("dockhost"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    const QJsonObject status = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(status.value(QLatin1String("powerState")).toString(), QStringLiteral("running"));
    QCOMPARE(status.value(QLatin1String("fqdn")).toString(), fqdn);
    QVERIFY(!status.value(QLatin1String("ipAddress")).toString().isEmpty());
    QVERIFY(status.value(QLatin1String("resources")).toArray().size() >= 4);

    // check with the issued certificates, reaching the FQDN at the simulated VM's address.
    QString connectTo;
    for (const sim::ArmDockerEndpoint &e : m_azure->arm->dockerEndpoints()) {
        if (e.fqdn == fqdn && e.listening)
            connectTo = QStringLiteral("%1:%2").arg(e.address.toString()).arg(e.port);
    }
    QVERIFY(!connectTo.isEmpty());
    r = cli({QStringLiteral("check"), fqdn, QStringLiteral("--docker-port"), dockerPort(),
             QStringLiteral("--cert-dir"), certDir, QStringLiteral("--connect-to"), connectTo});
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    QVERIFY2(r.out.contains("GET /info"), r.out.constData());

    r = cli({QStringLiteral("delete"), QStringLiteral("dockhost"),
             QStringLiteral("--poll-interval"), QStringLiteral("100")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    qInfo().noquote() << "delete transcript:\n" + QString::fromUtf8(r.err + r.out);
    QTRY_VERIFY_WITH_TIMEOUT(m_azure->arm->resourceGroups().isEmpty(), 30000);
}

// A create killed while it waits for Docker leaves an unfinished run; `resume` (no name: the
// account's only one) goes on from there to Docker verified over TLS.
void TestCliArm::stoppedWhileWaitingForDockerIsResumed()
{
#ifdef Q_OS_UNIX
    sim::ArmSimulator::Options slowBoot = m_armOptions;
    slowBoot.bootDelayMs = 8000; // cloud-init takes a while: the kill comes first
    m_azure->arm->setOptions(slowBoot);
    const QString certDir = m_cli->path(QStringLiteral("certs-resume"));
    auto err = std::make_shared<QByteArray>();
    auto sent = std::make_shared<int>(0);
    const auto r = m_cli->run(
        {QStringLiteral("create"), QStringLiteral("--ssh-key"), keyFile(), QStringLiteral("-C"),
         certDir, QStringLiteral("--docker-port"), dockerPort(), QStringLiteral("--poll-interval"),
         QStringLiteral("100"), QStringLiteral("--simulated-endpoints"),
         QStringLiteral("resumehost"), QStringLiteral("UbuntuLTS"), QStringLiteral("azureuser")},
        env(), 120000, [err, sent](QProcess &p) {
            closeStdin(p);
            QObject::connect(&p, &QProcess::readyReadStandardError, &p, [&p, err, sent] {
                *err += p.readAllStandardError();
                if (*sent == 0 && err->contains("waiting for cloud-init and Docker")) {
                    *sent = 1;
                    p.kill();
                }
            });
        });
    *err += r.err;
    m_azure->arm->setOptions(m_armOptions);
    QVERIFY2(r.finished, err->constData());
    QCOMPARE(*sent, 1);
    QCOMPARE(m_azure->arm->resourceGroups().size(), 1);

    auto c = cli({QStringLiteral("resume"), QStringLiteral("nosuchhost")});
    QCOMPARE(c.exitCode, 1);
    QVERIFY2(c.err.contains("nosuchhost") && c.err.contains("resumehost"), c.err.constData());

    c = cli({QStringLiteral("resume"), QStringLiteral("--poll-interval"), QStringLiteral("100"),
             QStringLiteral("--simulated-endpoints")});
    QVERIFY2(c.exitCode == 0, QByteArray(c.err + c.out).constData());
    qInfo().noquote() << "resume transcript:\n" + QString::fromUtf8(c.err + c.out);
    QVERIFY2(c.out.contains("resumehost.westus.cloudapp.azure.com is ready (resumed"),
             c.out.constData());
    QVERIFY2(c.out.contains("answers on tcp://resumehost.westus.cloudapp.azure.com"),
             c.out.constData());
    QVERIFY2(c.out.contains("(TLS, verified)"), c.out.constData());
    c = cli({QStringLiteral("cleanup"), QStringLiteral("--dry-run")});
    QVERIFY2(c.out.contains("Nothing to clean up"), c.out.constData());

    c = cli({QStringLiteral("delete"), QStringLiteral("resumehost"),
             QStringLiteral("--poll-interval"), QStringLiteral("100")});
    QVERIFY2(c.exitCode == 0, QByteArray(c.err + c.out).constData());
    QTRY_VERIFY_WITH_TIMEOUT(m_azure->arm->resourceGroups().isEmpty(), 30000);
#else
    QSKIP("signals are Unix");
#endif
}

void TestCliArm::statusOfAnUnknownHostSaysSo()
{
    const auto r = cli({QStringLiteral("status"), QStringLiteral("nohost")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("nohost"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliArm)
#include "tst_cli_arm.moc"
