// `docker-vm create --nodes N` on a signed-in (ARM) account end to end: the built docker-vm signs
// in against sim::EntraSimulator and makes a swarm of three hosts through sim::ArmSimulator (both
// in this process, TLS on loopback). Each simulated VM boots a simulated Docker host from its own
// cloud-config on the simulator's private network; --simulated-endpoints reaches each node's FQDN
// at its loopback public IP with the certificates verified. Then `swarm status NAME` finds the
// nodes and asks the leader, and `delete NAME` removes them all. Bad flag values are refused
// before any request.
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

#include <memory>

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

class TestCliArmSwarm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void badNodeFlagsAreRefusedBeforeAnyRequest_data();
    void badNodeFlagsAreRefusedBeforeAnyRequest();
    void createThreeNodesThenSwarmStatusThenDelete();
    void swarmRemoveDrainsLeavesAndDeletesAWorker();
    void swarmAddThenSwarmStatusShowsTheNewNodeReady();
    void cleanupTestCase();

private:
    testing::CliHarness::Result cli(const QStringList &args, int timeoutMs = 120000)
    {
        return m_cli->run(args, env(), timeoutMs, closeStdin);
    }
    QString keyFile() const { return m_cli->path(QStringLiteral("id_test.pub")); }
    // A Docker port of this test run's own (the simulated VMs listen on 127.0.2.x at it).
    static QString dockerPort()
    {
        return QString::number(20000 + (QCoreApplication::applicationPid() + 7) % 20000);
    }

    std::unique_ptr<testing::CliHarness> m_cli;
    std::unique_ptr<ArmSignInHarness> m_azure;
};

void TestCliArmSwarm::initTestCase()
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
    arm.regionalVcpuQuota = 100;
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
}

void TestCliArmSwarm::cleanupTestCase()
{
    m_azure.reset();
    m_cli.reset();
}

void TestCliArmSwarm::badNodeFlagsAreRefusedBeforeAnyRequest_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("message");
    QTest::newRow("even managers") << QStringList{QStringLiteral("--nodes"), QStringLiteral("4"),
                                                  QStringLiteral("--managers"), QStringLiteral("2")}
                                   << QStringLiteral("must be odd");
    QTest::newRow("more managers than hosts")
        << QStringList{QStringLiteral("--nodes"), QStringLiteral("3"), QStringLiteral("--managers"),
                       QStringLiteral("5")}
        << QStringLiteral("between 1 and the number of hosts (3)");
    QTest::newRow("no hosts") << QStringList{QStringLiteral("--nodes"), QStringLiteral("0")}
                              << QStringLiteral("between 1 and 20");
    QTest::newRow("not a number") << QStringList{QStringLiteral("--nodes"), QStringLiteral("x")}
                                  << QStringLiteral("--nodes takes a number");
    QTest::newRow("managers without nodes")
        << QStringList{QStringLiteral("--managers"), QStringLiteral("3")}
        << QStringLiteral("add --nodes N");
    QTest::newRow("keep-partial without nodes") << QStringList{QStringLiteral("--keep-partial")}
                                                << QStringLiteral("--keep-partial is for a swarm");
    QTest::newRow("label too long with the node suffix")
        << QStringList{QStringLiteral("--nodes"), QStringLiteral("12"),
                       QStringLiteral("--name-override"), QString(62, QLatin1Char('a'))}
        << QStringLiteral("breaks the DNS label rule");
}

void TestCliArmSwarm::badNodeFlagsAreRefusedBeforeAnyRequest()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, message);
    QString name = QStringLiteral("badswarm");
    const int override = flags.indexOf(QStringLiteral("--name-override"));
    if (override >= 0) {
        name = flags.at(override + 1);
        flags.remove(override, 2);
    }
    const int before = m_azure->arm->requestLog().size();
    const auto r =
        cli(QStringList{QStringLiteral("create"), QStringLiteral("-l"), QStringLiteral("westus"),
                        QStringLiteral("--ssh-key"), keyFile()} +
            flags + QStringList{name, QStringLiteral("UbuntuLTS"), QStringLiteral("azureuser")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    // Nothing was created (the image list may be read to resolve UbuntuLTS, nothing is PUT).
    for (const QString &line : m_azure->arm->requestLog().mid(before))
        QVERIFY2(!line.startsWith(QLatin1String("PUT")), qPrintable(line));
    QVERIFY(m_azure->arm->resourceGroups().isEmpty());
}

void TestCliArmSwarm::createThreeNodesThenSwarmStatusThenDelete()
{
    const QString certDir = m_cli->path(QStringLiteral("certs-swarm"));
    auto r = cli({QStringLiteral("create"), QStringLiteral("--nodes"), QStringLiteral("3"),
                  QStringLiteral("-l"), QStringLiteral("westus"), QStringLiteral("--ssh-key"),
                  keyFile(), QStringLiteral("-C"), certDir, QStringLiteral("--key-type"),
                  QStringLiteral("ecdsa-p256"), QStringLiteral("--docker-port"), dockerPort(),
                  QStringLiteral("--poll-interval"), QStringLiteral("100"),
                  QStringLiteral("--simulated-endpoints"), QStringLiteral("web"),
                  QStringLiteral("UbuntuLTS"), QStringLiteral("azureuser")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    qInfo().noquote() << "create --nodes 3 transcript:\n" + QString::fromUtf8(r.err + r.out);
    // One row per node and step, and the swarm's rows, in the terminal output.
    for (const char *row : {"web-1: Public IP address with the DNS label", "web-3: Virtual machine",
                            "web-2: Wait for cloud-init and Docker", "Create the swarm on web-1",
                            "web-2 joins the swarm", "web-3 joins the swarm",
                            "Wait until every node is ready in the swarm"})
        QVERIFY2(r.err.contains(row), row);
    QVERIFY2(r.out.contains("Created a swarm of 3 host(s)"), r.out.constData());
    QVERIFY2(r.out.contains("leader web-1"), r.out.constData());
    for (int i = 1; i <= 3; ++i) {
        const QString fqdn = QStringLiteral("web-%1.westus.cloudapp.azure.com").arg(i);
        QVERIFY2(r.out.contains(fqdn.toUtf8()), r.out.constData());
        QVERIFY(m_azure->arm->dockerHost(fqdn));
    }
    QVERIFY2(r.out.contains("10.0.0."), r.out.constData());
    // Three hosts: three managers by default (raft keeps working when one is lost).
    QCOMPARE(r.out.count("manager"), 3);

    // swarm status NAME: the nodes of the group, the leader asked first.
    r = cli({QStringLiteral("swarm"), QStringLiteral("status"), QStringLiteral("web"),
             QStringLiteral("-C"), certDir, QStringLiteral("--docker-port"), dockerPort(),
             QStringLiteral("--simulated-endpoints")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    qInfo().noquote() << "swarm status transcript:\n" + QString::fromUtf8(r.out);
    QVERIFY2(r.out.contains("asked web-1"), r.out.constData());
    QVERIFY2(r.out.count("Ready") + r.out.count("ready") >= 3, r.out.constData());
    r = cli({QStringLiteral("swarm"), QStringLiteral("status"), QStringLiteral("web"),
             QStringLiteral("-C"), certDir, QStringLiteral("--docker-port"), dockerPort(),
             QStringLiteral("--simulated-endpoints"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    const QJsonObject st = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(st.value(QLatin1String("askedNode")).toString(), QStringLiteral("web-1"));
    QCOMPARE(st.value(QLatin1String("nodes")).toArray().size(), 3);
    QCOMPARE(st.value(QLatin1String("managers")).toInt(), 3);
    QCOMPARE(st.value(QLatin1String("workers")).toInt(), 0);
    QCOMPARE(st.value(QLatin1String("ready")).toInt(), 3);

    // A name that is no swarm of ours.
    r = cli({QStringLiteral("swarm"), QStringLiteral("status"), QStringLiteral("nosuchswarm"),
             QStringLiteral("-C"), certDir});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("No Docker host named nosuchswarm"), r.err.constData());

    // swarm remove: the leader is refused; another manager is demoted first, then removed.
    const QStringList common{QStringLiteral("-C"),
                             certDir,
                             QStringLiteral("--docker-port"),
                             dockerPort(),
                             QStringLiteral("--simulated-endpoints"),
                             QStringLiteral("--poll-interval"),
                             QStringLiteral("100")};
    r = cli(QStringList{QStringLiteral("swarm"), QStringLiteral("remove"), QStringLiteral("web"),
                        QStringLiteral("web-1")} +
            common);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("web-1 leads the swarm"), r.err.constData());
    r = cli(QStringList{QStringLiteral("swarm"), QStringLiteral("remove"), QStringLiteral("web"),
                        QStringLiteral("web-2")} +
            common);
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    QVERIFY2(r.err.contains("Demoting web-2 to a worker (2 managers are left)"), r.err.constData());
    QVERIFY2(r.err.contains("web-2 left the swarm"), r.err.constData());
    QVERIFY2(!m_azure->arm->resourceIds()
                  .join(QLatin1Char(' '))
                  .toLower()
                  .contains(QLatin1String("/web-2")),
             "web-2's resources are gone");
    r = cli({QStringLiteral("swarm"), QStringLiteral("status"), QStringLiteral("web"),
             QStringLiteral("-C"), certDir, QStringLiteral("--docker-port"), dockerPort(),
             QStringLiteral("--simulated-endpoints"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    const QJsonObject after = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(after.value(QLatin1String("nodes")).toArray().size(), 2);
    QCOMPARE(after.value(QLatin1String("managers")).toInt(), 2);

    // delete NAME removes every node (the group).
    r = cli({QStringLiteral("delete"), QStringLiteral("web"), QStringLiteral("--poll-interval"),
             QStringLiteral("100")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    QTRY_VERIFY_WITH_TIMEOUT(m_azure->arm->resourceGroups().isEmpty(), 30000);
    QVERIFY(m_azure->arm->resourceIds().isEmpty());
}

// swarm remove NAME NODE: wrong names and the only manager are refused; a worker is drained,
// leaves, is removed from the node list and its VM, NIC and public IP are deleted.
void TestCliArmSwarm::swarmRemoveDrainsLeavesAndDeletesAWorker()
{
    const QString certDir = m_cli->path(QStringLiteral("certs-remove"));
    auto r = cli({QStringLiteral("create"),
                  QStringLiteral("--nodes"),
                  QStringLiteral("3"),
                  QStringLiteral("--managers"),
                  QStringLiteral("1"),
                  QStringLiteral("-l"),
                  QStringLiteral("westus"),
                  QStringLiteral("--ssh-key"),
                  keyFile(),
                  QStringLiteral("-C"),
                  certDir,
                  QStringLiteral("--key-type"),
                  QStringLiteral("ecdsa-p256"),
                  QStringLiteral("--docker-port"),
                  dockerPort(),
                  QStringLiteral("--poll-interval"),
                  QStringLiteral("100"),
                  QStringLiteral("--simulated-endpoints"),
                  QStringLiteral("rmw"),
                  QStringLiteral("UbuntuLTS"),
                  QStringLiteral("azureuser")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    QCOMPARE(r.out.count("worker"), 2);
    const QStringList common{QStringLiteral("-C"),
                             certDir,
                             QStringLiteral("--docker-port"),
                             dockerPort(),
                             QStringLiteral("--simulated-endpoints"),
                             QStringLiteral("--poll-interval"),
                             QStringLiteral("100")};

    r = cli(QStringList{QStringLiteral("swarm"), QStringLiteral("remove"), QStringLiteral("rmw"),
                        QStringLiteral("rmw-9")} +
            common);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("rmw has no node named rmw-9; its nodes are rmw-1, rmw-2, rmw-3"),
             r.err.constData());
    r = cli(QStringList{QStringLiteral("swarm"), QStringLiteral("remove"), QStringLiteral("rmw"),
                        QStringLiteral("rmw-1")} +
            common);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("rmw-1 is the swarm's only manager"), r.err.constData());
    QVERIFY(m_azure->arm->resourceIds().join(QLatin1Char(' ')).contains(QLatin1String("/rmw-1")));

    r = cli(QStringList{QStringLiteral("swarm"), QStringLiteral("remove"), QStringLiteral("rmw"),
                        QStringLiteral("rmw-3")} +
            common);
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    qInfo().noquote() << "swarm remove transcript:\n" + QString::fromUtf8(r.err + r.out);
    QVERIFY2(r.err.contains("Draining rmw-3"), r.err.constData());
    QVERIFY2(r.err.contains("rmw-3 left the swarm"), r.err.constData());
    const QString ids = m_azure->arm->resourceIds().join(QLatin1Char(' ')).toLower();
    QVERIFY2(!ids.contains(QLatin1String("/rmw-3")), qPrintable(ids));
    QVERIFY2(ids.contains(QLatin1String("/rmw-2")), qPrintable(ids));

    r = cli({QStringLiteral("swarm"), QStringLiteral("status"), QStringLiteral("rmw"),
             QStringLiteral("-C"), certDir, QStringLiteral("--docker-port"), dockerPort(),
             QStringLiteral("--simulated-endpoints"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    const QJsonObject st = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(st.value(QLatin1String("nodes")).toArray().size(), 2);
    QCOMPARE(st.value(QLatin1String("ready")).toInt(), 2);

    r = cli({QStringLiteral("delete"), QStringLiteral("rmw"), QStringLiteral("--poll-interval"),
             QStringLiteral("100")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    QTRY_VERIFY_WITH_TIMEOUT(m_azure->arm->resourceGroups().isEmpty(), 30000);
}

// swarm add NAME --count 1 on a signed-in account: the new host is made in the swarm's group like
// the others, joins as a worker, and `swarm status` lists it Ready; an unknown name and a
// single host are refused by name; delete NAME removes all three.
void TestCliArmSwarm::swarmAddThenSwarmStatusShowsTheNewNodeReady()
{
    const QString certDir = m_cli->path(QStringLiteral("certs-add"));
    const QStringList common{QStringLiteral("-C"),
                             certDir,
                             QStringLiteral("--docker-port"),
                             dockerPort(),
                             QStringLiteral("--simulated-endpoints"),
                             QStringLiteral("--poll-interval"),
                             QStringLiteral("100")};
    auto r =
        cli(QStringList{QStringLiteral("create"), QStringLiteral("--nodes"), QStringLiteral("2"),
                        QStringLiteral("-l"), QStringLiteral("westus"), QStringLiteral("--ssh-key"),
                        keyFile(), QStringLiteral("--key-type"), QStringLiteral("ecdsa-p256")} +
            common +
            QStringList{QStringLiteral("grow"), QStringLiteral("UbuntuLTS"),
                        QStringLiteral("azureuser")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());

    // No Docker port: swarm add reads it (and size, image, user, network) from the swarm.
    const QStringList addCommon{QStringLiteral("-C"), certDir,
                                QStringLiteral("--simulated-endpoints"),
                                QStringLiteral("--poll-interval"), QStringLiteral("100")};
    r = cli(QStringList{QStringLiteral("swarm"), QStringLiteral("add"), QStringLiteral("grow"),
                        QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--ssh-key"),
                        keyFile()} +
            addCommon);
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    qInfo().noquote() << "swarm add transcript:\n" + QString::fromUtf8(r.err + r.out);
    for (const char *row : {"Read the swarm grow", "grow-3: Virtual machine with cloud-init",
                            "grow-3: Wait for cloud-init and Docker"})
        QVERIFY2(r.err.contains(row), row);
    QVERIFY2(r.out.contains("Added 1 host to the swarm grow"), r.out.constData());
    QVERIFY2(r.out.contains("grow-3.westus.cloudapp.azure.com"), r.out.constData());
    QVERIFY(m_azure->arm->dockerHost(QStringLiteral("grow-3.westus.cloudapp.azure.com")));

    const QStringList statusArgs{QStringLiteral("swarm"),
                                 QStringLiteral("status"),
                                 QStringLiteral("grow"),
                                 QStringLiteral("-C"),
                                 certDir,
                                 QStringLiteral("--docker-port"),
                                 dockerPort(),
                                 QStringLiteral("--simulated-endpoints")};
    r = cli(statusArgs);
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    qInfo().noquote() << "swarm status transcript:\n" + QString::fromUtf8(r.out);
    bool newNodeReady = false;
    for (const QByteArray &line : r.out.split('\n'))
        newNodeReady = newNodeReady || (line.contains("grow-3") && line.contains("worker") &&
                                        line.contains("ready   active"));
    QVERIFY2(newNodeReady, r.out.constData());
    QVERIFY2(r.out.contains("3 of 3 ready"), r.out.constData());
    r = cli(statusArgs + QStringList{QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    const QJsonObject st = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(st.value(QLatin1String("nodes")).toArray().size(), 3);
    QCOMPARE(st.value(QLatin1String("ready")).toInt(), 3);
    QCOMPARE(st.value(QLatin1String("workers")).toInt(), 2);

    // No such swarm: refused by name, nothing made.
    const int before = m_azure->arm->resourceIds().size();
    r = cli(QStringList{QStringLiteral("swarm"), QStringLiteral("add"), QStringLiteral("nosuch"),
                        QStringLiteral("--ssh-key"), keyFile()} +
            addCommon);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("No swarm named nosuch made by docker-vm"), r.err.constData());
    QCOMPARE(m_azure->arm->resourceIds().size(), before);

    r = cli({QStringLiteral("delete"), QStringLiteral("grow"), QStringLiteral("--poll-interval"),
             QStringLiteral("100")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    QTRY_VERIFY_WITH_TIMEOUT(m_azure->arm->resourceGroups().isEmpty(), 30000);
}

QTEST_GUILESS_MAIN(TestCliArmSwarm)
#include "tst_cli_armswarm.moc"
