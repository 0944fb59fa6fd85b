// `docker-vm create` as the article's `azure vm docker create`, run as a user would: a separate
// simulator process, the real command line, real TLS, real files.
#include "cli_harness.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

#include <functional>
#include <memory>

#include <csignal>
#include <sys/types.h>

using dockervm::testing::CliHarness;

class TestCliCreate : public QObject
{
    Q_OBJECT

    static QStringList fastSimulator()
    {
        return {QStringLiteral("--quiet"), QStringLiteral("--operation-delay"),
                QStringLiteral("100"),     QStringLiteral("--boot-delay"),
                QStringLiteral("150"),     QStringLiteral("--extension-delay"),
                QStringLiteral("150")};
    }

    static QProcessEnvironment password(const QString &value)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("DOCKER_VM_PASSWORD"), value);
        return env;
    }

    QStringList createArgs(CliHarness &h, const QString &name, const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("create"),
                           QStringLiteral("-e"),
                           QStringLiteral("22"),
                           QStringLiteral("-l"),
                           QStringLiteral("West US"),
                           QStringLiteral("--management-ca"),
                           h.caFile(),
                           QStringLiteral("-C"),
                           h.path(QStringLiteral("certs")),
                           QStringLiteral("--key-type"),
                           QStringLiteral("ecdsa-p256"),
                           QStringLiteral("--poll-interval"),
                           QStringLiteral("200")} +
               // the simulated VM's Docker port is on loopback (demo/tests only)
               QStringList{QStringLiteral("--simulated-endpoints")} + extra +
               QStringList{name, QStringLiteral("Ubuntu-14_04"), QStringLiteral("azureuser")};
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("DOCKERVM_CLI").isEmpty())
            QSKIP("DOCKERVM_CLI is not set");
    }

    void createStatusDelete()
    {
        CliHarness h;
        QString error;
        QVERIFY2(h.startSimulator(fastSimulator(), &error), qPrintable(error));

        const auto r = h.run(createArgs(h, QStringLiteral("mydockerhost")),
                             password(QStringLiteral("Docker4Azure!")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Created mydockerhost.cloudapp.net"), r.out.constData());
        QVERIFY2(QRegularExpression(
                     QStringLiteral("Docker \\d+\\.\\d+\\.\\d+(-ce)? answers on "
                                    "tcp://mydockerhost\\.cloudapp\\.net:4243 \\(TLS, verified\\)"))
                     .match(QString::fromUtf8(r.out))
                     .hasMatch(),
                 r.out.constData());
        const QByteArray expected =
            "docker --tlsverify --tlscacert " + h.path(QStringLiteral("certs/ca.pem")).toUtf8();
        QVERIFY2(r.out.contains(expected), r.out.constData());
        QVERIFY(r.out.contains("-H tcp://mydockerhost.cloudapp.net:4243 info"));
        QVERIFY(r.err.contains(
            "Using the newest matching image: "
            "b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04_1-LTS-amd64-server-20140924"));
        QVERIFY(r.err.contains("[9/10] ✓ Wait until Docker answers over TLS"));
        QVERIFY(!r.out.contains("Docker4Azure!") && !r.err.contains("Docker4Azure!"));
        const QDir certs(h.path(QStringLiteral("certs")));
        QVERIFY(certs.exists(QStringLiteral("mydockerhost.cloudapp.net-server-cert.pem")));
        QCOMPARE(QFile::permissions(certs.filePath(QStringLiteral("key.pem"))) &
                     (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());

        const auto status = h.run({QStringLiteral("status"), QStringLiteral("mydockerhost"),
                                   QStringLiteral("--management-ca"), h.caFile()});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        QVERIFY(status.out.contains("ReadyRole"));
        QVERIFY(status.out.contains("Docker extension"));

        // The name is ours now: a second create refuses it before making anything.
        const auto again = h.run(createArgs(h, QStringLiteral("mydockerhost")),
                                 password(QStringLiteral("Docker4Azure!")));
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("mydockerhost.cloudapp.net is already taken"),
                 again.err.constData());

        const auto del = h.run({QStringLiteral("delete"), QStringLiteral("mydockerhost"),
                                QStringLiteral("--management-ca"), h.caFile(),
                                QStringLiteral("--poll-interval"), QStringLiteral("100")});
        QVERIFY2(del.exitCode == 0, del.err.constData());
        const auto gone = h.run({QStringLiteral("status"), QStringLiteral("mydockerhost"),
                                 QStringLiteral("--management-ca"), h.caFile()});
        QCOMPARE(gone.exitCode, 1);
        QVERIFY2(gone.err.contains("has no VM deployment"), gone.err.constData());
    }

    // `create --nodes 3 --managers 1` on a classic account: one cloud service with three role
    // instances (one manager, two workers), each
    // with its own Docker port on the shared name, joined into a swarm; delete removes them all.
    void threeNodeSwarm()
    {
        CliHarness h;
        QString error;
        QVERIFY2(h.startSimulator(fastSimulator(), &error), qPrintable(error));
        const auto r = h.run(createArgs(h, QStringLiteral("swarmcli"),
                                        {QStringLiteral("--nodes"), QStringLiteral("3"),
                                         QStringLiteral("--managers"), QStringLiteral("1")}),
                             password(QStringLiteral("Docker4Azure!")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        qInfo().noquote() << "docker-vm create --nodes 3 --managers 1 (classic):\n"
                          << r.out << r.err;
        QVERIFY2(r.out.contains("Created a swarm of 3 host(s) in cloud service "
                                "swarmcli.cloudapp.net"),
                 r.out.constData());
        QVERIFY2(r.out.contains("leader swarmcli-1"), r.out.constData());
        for (int i = 1; i <= 3; ++i) {
            const QRegularExpression row(
                QStringLiteral(
                    "swarmcli-%1\\s+swarmcli\\.cloudapp\\.net:%2\\s+10\\.0\\.0\\.%3\\s+%4")
                    .arg(i)
                    .arg(4242 + i)
                    .arg(3 + i)
                    .arg(i == 1 ? QStringLiteral("manager") : QStringLiteral("worker")));
            QVERIFY2(row.match(QString::fromUtf8(r.out)).hasMatch(), r.out.constData());
        }
        QVERIFY2(r.err.contains("Host swarmcli-3: done"), r.err.constData());
        QVERIFY2(r.err.contains("swarmcli-3 joins the swarm: done"), r.err.constData());
        QVERIFY(!r.out.contains("SWMTKN") && !r.err.contains("SWMTKN"));
        QVERIFY(!r.out.contains("Docker4Azure!") && !r.err.contains("Docker4Azure!"));

        const auto status = h.run({QStringLiteral("status"), QStringLiteral("swarmcli"),
                                   QStringLiteral("--management-ca"), h.caFile()});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        QCOMPARE(status.out.count("ReadyRole"), 3);
        for (const char *ep : {":4243 -> 4243", ":4244 -> 4244", ":4245 -> 4245", ":22 -> 22",
                               ":2202 -> 22", ":2203 -> 22"})
            QVERIFY2(status.out.contains(ep), status.out.constData());
        QVERIFY(!status.out.contains("2377")); // swarm ports are never public endpoints

        const auto del = h.run({QStringLiteral("delete"), QStringLiteral("swarmcli"),
                                QStringLiteral("--management-ca"), h.caFile(),
                                QStringLiteral("--poll-interval"), QStringLiteral("100")});
        QVERIFY2(del.exitCode == 0, del.err.constData());
        const auto gone = h.run({QStringLiteral("status"), QStringLiteral("swarmcli"),
                                 QStringLiteral("--management-ca"), h.caFile()});
        QCOMPARE(gone.exitCode, 1);
    }

    // A role that fails to start: without --keep-partial the run removes everything and names
    // the host; with it, the swarm of the two others is kept.
    void failedRoleRollbackOrKeepPartial()
    {
        CliHarness h;
        QString error;
        QVERIFY2(h.startSimulator(fastSimulator() << QStringLiteral("--fail-role")
                                                  << QStringLiteral("failcli-2")
                                                  << QStringLiteral("--fail-role")
                                                  << QStringLiteral("keepcli-2"),
                                  &error),
                 qPrintable(error));
        const auto r = h.run(createArgs(h, QStringLiteral("failcli"),
                                        {QStringLiteral("--nodes"), QStringLiteral("3")}),
                             password(QStringLiteral("Docker4Azure!")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Host failcli-2 failed") && r.err.contains("FailedStartingVM"),
                 r.err.constData());
        const auto gone = h.run({QStringLiteral("status"), QStringLiteral("failcli"),
                                 QStringLiteral("--management-ca"), h.caFile()});
        QCOMPARE(gone.exitCode, 1);

        const auto kept = h.run(createArgs(h, QStringLiteral("keepcli"),
                                           {QStringLiteral("--nodes"), QStringLiteral("3"),
                                            QStringLiteral("--keep-partial")}),
                                password(QStringLiteral("Docker4Azure!")));
        QVERIFY2(kept.exitCode == 0, kept.err.constData());
        QVERIFY2(kept.out.contains("Created a swarm of 2 host(s)"), kept.out.constData());
        QVERIFY2(kept.out.contains("kept (--keep-partial)"), kept.out.constData());
        QVERIFY2(QRegularExpression(QStringLiteral("keepcli-2 .*failed at node-keepcli-2"))
                     .match(QString::fromUtf8(kept.out))
                     .hasMatch(),
                 kept.out.constData());
        const auto status = h.run({QStringLiteral("status"), QStringLiteral("keepcli"),
                                   QStringLiteral("--management-ca"), h.caFile()});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        QCOMPARE(status.out.count("ReadyRole"), 2);
        QVERIFY(!status.out.contains("keepcli-2"));
    }

    // `swarm status NAME` and `swarm remove NAME NODE` on a classic account, through the same
    // cloud::Cloud calls as on Resource Manager: the roles of the cloud service are the nodes,
    // each at its own Docker port. Unknown NAME and NODE, the leader and a bad argument count are
    // refused; a manager that is not the leader is demoted, drained, leaves, is removed from the
    // node list, and its role (VM, disk, endpoints) is deleted.
    void swarmStatusAndRemove()
    {
        CliHarness h;
        QString error;
        QVERIFY2(h.startSimulator(fastSimulator(), &error), qPrintable(error));
        auto r = h.run(createArgs(h, QStringLiteral("rmcl"),
                                  {QStringLiteral("--nodes"), QStringLiteral("3"),
                                   QStringLiteral("--managers"), QStringLiteral("3")}),
                       password(QStringLiteral("Docker4Azure!")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList common{QStringLiteral("--management-ca"), h.caFile(),
                                 QStringLiteral("-C"), h.path(QStringLiteral("certs")),
                                 QStringLiteral("--simulated-endpoints")};
        auto swarm = [&](const QStringList &args) {
            return h.run(QStringList{QStringLiteral("swarm")} + args + common);
        };
        r = swarm({QStringLiteral("status"), QStringLiteral("rmcl"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
        QJsonObject st = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(st.value(QLatin1String("askedNode")).toString(), QStringLiteral("rmcl-1"));
        QCOMPARE(st.value(QLatin1String("nodes")).toArray().size(), 3);
        QCOMPARE(st.value(QLatin1String("managers")).toInt(), 3);

        r = swarm({QStringLiteral("status"), QStringLiteral("nosuchswarm")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("No Docker host named nosuchswarm"), r.err.constData());
        r = swarm({QStringLiteral("remove"), QStringLiteral("nosuchswarm"),
                   QStringLiteral("nosuchswarm-2")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("No Docker host named nosuchswarm"), r.err.constData());
        r = swarm({QStringLiteral("remove"), QStringLiteral("rmcl")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("swarm remove takes the swarm's NAME and the NODE"),
                 r.err.constData());
        r = swarm({QStringLiteral("remove"), QStringLiteral("rmcl"), QStringLiteral("rmcl-9")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("rmcl has no node named rmcl-9; its nodes are rmcl-1, rmcl-2, "
                                "rmcl-3"),
                 r.err.constData());
        r = swarm({QStringLiteral("remove"), QStringLiteral("rmcl"), QStringLiteral("rmcl-1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("rmcl-1 leads the swarm") && r.err.contains("Demote it first"),
                 r.err.constData());

        r = swarm({QStringLiteral("remove"), QStringLiteral("rmcl"), QStringLiteral("rmcl-3"),
                   QStringLiteral("--poll-interval"), QStringLiteral("100")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
        qInfo().noquote() << "swarm remove (classic) transcript:\n" +
                                 QString::fromUtf8(r.err + r.out);
        for (const char *line :
             {"Demoting rmcl-3 to a worker", "rmcl-3 is a worker now", "Draining rmcl-3",
              "rmcl-3 left the swarm", "Removed rmcl-3 from the swarm and deleted its VM"})
            QVERIFY2(r.err.contains(line) || r.out.contains(line), line);

        const auto status = h.run({QStringLiteral("status"), QStringLiteral("rmcl"),
                                   QStringLiteral("--management-ca"), h.caFile()});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        QCOMPARE(status.out.count("ReadyRole"), 2);
        QVERIFY(!status.out.contains("rmcl-3"));
        r = swarm({QStringLiteral("status"), QStringLiteral("rmcl"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
        st = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(st.value(QLatin1String("nodes")).toArray().size(), 2);
        QCOMPARE(st.value(QLatin1String("managers")).toInt(), 2);
        QCOMPARE(st.value(QLatin1String("ready")).toInt(), 2);

        const auto del = h.run({QStringLiteral("delete"), QStringLiteral("rmcl"),
                                QStringLiteral("--management-ca"), h.caFile(),
                                QStringLiteral("--poll-interval"), QStringLiteral("100")});
        QVERIFY2(del.exitCode == 0, del.err.constData());
    }

    // `swarm add NAME --count K` on a classic account: more workers with the same certificates;
    // a failing new host is rolled back (or, with --keep-partial, kept out while the others stay);
    // Ctrl+C removes the new hosts only; bad input is refused by name.
    void swarmAddClassic()
    {
        CliHarness h;
        QString error;
        QVERIFY2(h.startSimulator(fastSimulator()
                                      << QStringLiteral("--fail-role") << QStringLiteral("addcl-5"),
                                  &error),
                 qPrintable(error));
        auto r = h.run(createArgs(h, QStringLiteral("addcl"),
                                  {QStringLiteral("--nodes"), QStringLiteral("2")}),
                       password(QStringLiteral("Docker4Azure!")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList common{QStringLiteral("--management-ca"), h.caFile(),
                                 QStringLiteral("-C"), h.path(QStringLiteral("certs")),
                                 QStringLiteral("--simulated-endpoints")};
        const QStringList addCommon =
            common + QStringList{QStringLiteral("--user"),          QStringLiteral("azureuser"),
                                 QStringLiteral("--key-type"),      QStringLiteral("ecdsa-p256"),
                                 QStringLiteral("--poll-interval"), QStringLiteral("100")};
        auto swarm = [&](const QStringList &args) {
            return h.run(QStringList{QStringLiteral("swarm")} + args + common);
        };
        auto add = [&](const QStringList &args, const std::function<void(QProcess &)> &watch = {}) {
            return h.run(QStringList{QStringLiteral("swarm"), QStringLiteral("add")} + args +
                             addCommon,
                         password(QStringLiteral("Docker4Azure!")), 120000, watch);
        };
        auto status = [&] {
            const auto st = swarm(
                {QStringLiteral("status"), QStringLiteral("addcl"), QStringLiteral("--json")});
            return QJsonDocument::fromJson(st.out).object();
        };

        // Two more workers.
        r = add({QStringLiteral("addcl"), QStringLiteral("--count"), QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
        qInfo().noquote() << "docker-vm swarm add addcl --count 2 (classic) transcript:\n" +
                                 QString::fromUtf8(r.err + r.out);
        QVERIFY2(r.out.contains("Added 2 hosts to the swarm addcl"), r.out.constData());
        for (int i : {3, 4})
            QVERIFY2(
                QRegularExpression(
                    QStringLiteral("addcl-%1\\s+addcl\\.cloudapp\\.net:%2\\s+10\\.0\\.0\\.%3\\s+"
                                   "worker\\s+in the swarm")
                        .arg(i)
                        .arg(4243 + i - 1)
                        .arg(3 + i))
                    .match(QString::fromUtf8(r.out))
                    .hasMatch(),
                r.out.constData());
        QVERIFY2(r.err.contains("addcl-4 joins the swarm"), r.err.constData());
        QVERIFY(!r.out.contains("Docker4Azure!") && !r.err.contains("Docker4Azure!"));
        QJsonObject st = status();
        QCOMPARE(st.value(QLatin1String("nodes")).toArray().size(), 4);
        QCOMPARE(st.value(QLatin1String("ready")).toInt(), 4);
        QCOMPARE(st.value(QLatin1String("managers")).toInt(), 1);

        // addcl-5 fails to start: rolled back by default (exit 1, named), the swarm as it was.
        r = add({QStringLiteral("addcl"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Host addcl-5 failed") && r.err.contains("FailedStartingVM") &&
                     r.err.contains("existing swarm is not touched"),
                 r.err.constData());
        const QJsonObject failed = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(failed.value(QLatin1String("failedStep")).toString(),
                 QStringLiteral("node-addcl-5"));
        QCOMPARE(status().value(QLatin1String("ready")).toInt(), 4);
        // With --keep-partial: addcl-5 fails again and goes, addcl-6 stays.
        r = add({QStringLiteral("addcl"), QStringLiteral("--count"), QStringLiteral("2"),
                 QStringLiteral("--keep-partial")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
        QVERIFY2(r.out.contains("Added 1 host to the swarm addcl") &&
                     r.out.contains("kept (--keep-partial)"),
                 r.out.constData());
        QVERIFY2(QRegularExpression(QStringLiteral("addcl-5 .*failed at node-addcl-5"))
                     .match(QString::fromUtf8(r.out))
                     .hasMatch(),
                 r.out.constData());
        st = status();
        QCOMPARE(st.value(QLatin1String("nodes")).toArray().size(), 5);
        QCOMPARE(st.value(QLatin1String("ready")).toInt(), 5);

        // Ctrl+C once a new host is being added: it goes, the others stay; exit 130.
        auto err = std::make_shared<QByteArray>();
        auto sent = std::make_shared<bool>(false);
        r = add({QStringLiteral("addcl")}, [err, sent](QProcess &p) {
            QObject::connect(&p, &QProcess::readyReadStandardError, &p, [&p, err, sent] {
                *err += p.readAllStandardError();
                if (!*sent && err->contains("Host addcl-7: role accepted")) {
                    *sent = true;
                    ::kill(pid_t(p.processId()), SIGINT);
                }
            });
        });
        *err += r.err;
        QVERIFY2(*sent, err->constData());
        QVERIFY2(r.exitCode == 130, err->constData());
        QVERIFY2(err->contains("VM role addcl-7"), err->constData());
        st = status();
        QCOMPARE(st.value(QLatin1String("nodes")).toArray().size(), 5);
        QCOMPARE(st.value(QLatin1String("ready")).toInt(), 5);
        const auto roles = h.run({QStringLiteral("status"), QStringLiteral("addcl"),
                                  QStringLiteral("--management-ca"), h.caFile()});
        QCOMPARE(roles.out.count("ReadyRole"), 5);
        QVERIFY(!roles.out.contains("addcl-7"));
        QVERIFY2(h.run({QStringLiteral("cleanup")}).out.contains("Nothing to clean up"), "cleanup");

        // Bad input, each named.
        r = add({QStringLiteral("nosuchswarm")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("No swarm named nosuchswarm was found"), r.err.constData());
        r = add({QStringLiteral("addcl"), QStringLiteral("--count"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("at least 1"), r.err.constData());
        r = add({QStringLiteral("addcl"), QStringLiteral("--count"), QStringLiteral("20")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("at most 20") && r.err.contains("Add at most 15"),
                 r.err.constData());
        r = add({QStringLiteral("addcl"), QStringLiteral("Docker4Azure!")});
        QCOMPARE(r.exitCode, 2); // no password in argv
        QVERIFY2(r.err.contains("swarm add takes the NAME"), r.err.constData());
        r = h.run(createArgs(h, QStringLiteral("solocl")),
                  password(QStringLiteral("Docker4Azure!")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = add({QStringLiteral("solocl")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("solocl is a single Docker host"), r.err.constData());
        QVERIFY(QDir().mkpath(h.path(QStringLiteral("nokey"))));
        QVERIFY(QFile::copy(h.path(QStringLiteral("certs/ca.pem")),
                            h.path(QStringLiteral("nokey/ca.pem"))));
        r = h.run({QStringLiteral("swarm"), QStringLiteral("add"), QStringLiteral("addcl"),
                   QStringLiteral("--management-ca"), h.caFile(), QStringLiteral("-C"),
                   h.path(QStringLiteral("nokey")), QStringLiteral("--user"),
                   QStringLiteral("azureuser")},
                  password(QStringLiteral("Docker4Azure!")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("ca-key.pem") &&
                     r.err.contains("no server certificate can be issued"),
                 r.err.constData());
    }

    void badInputRefusedBeforeAnyRequest()
    {
        CliHarness h;
        QString error;
        QVERIFY2(
            h.startSimulator({QStringLiteral("--operation-delay"), QStringLiteral("50")}, &error),
            qPrintable(error));
        const QByteArray before = h.simulatorLog();
        const auto r =
            h.run({QStringLiteral("create"), QStringLiteral("--management-ca"), h.caFile(),
                   QStringLiteral("-p"), QStringLiteral("22"), QStringLiteral("x"),
                   QStringLiteral("Ubuntu-14_04"), QStringLiteral("root")},
                  password(QStringLiteral("weak")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("3 to 24 characters"));
        QVERIFY(r.err.contains("'root' is a reserved user name"));
        QVERIFY(r.err.contains("The password needs"));
        QVERIFY(r.err.contains("must differ from the SSH port"));
        QTest::qWait(200);
        QCOMPARE(h.simulatorLog(), before); // no request reached the simulator

        const auto badPort =
            h.run({QStringLiteral("create"), QStringLiteral("-p"), QStringLiteral("99999"),
                   QStringLiteral("host1"), QStringLiteral("img"), QStringLiteral("azureuser")},
                  password(QStringLiteral("Docker4Azure!")));
        QCOMPARE(badPort.exitCode, 2);
        QVERIFY(badPort.err.contains("--docker-port takes a port number"));

        // A password on the command line works but warns.
        const auto argvPassword =
            h.run(createArgs(h, QStringLiteral("taken")) << QStringLiteral("Docker4Azure!"));
        QCOMPARE(argvPassword.exitCode, 1);
        QVERIFY(argvPassword.err.contains("can be seen by other users"));
    }

    void failedOperationRollsBackAndSaysWhat()
    {
        CliHarness h;
        QString error;
        QVERIFY2(h.startSimulator(fastSimulator() << QStringLiteral("--fail-operation"), &error),
                 qPrintable(error));
        const auto r = h.run(createArgs(h, QStringLiteral("failhost")),
                             password(QStringLiteral("Docker4Azure!")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Port 22 is already in use"), r.err.constData());
        QVERIFY2(r.err.contains("Removed: "), r.err.constData());
        QVERIFY(r.err.contains("cloud service failhost"));
        QVERIFY(!QFileInfo::exists(h.path(QStringLiteral("certs")))); // made by this run, removed
        const auto status = h.run({QStringLiteral("status"), QStringLiteral("failhost"),
                                   QStringLiteral("--management-ca"), h.caFile()});
        QCOMPARE(status.exitCode, 1);
        const auto cleanup = h.run({QStringLiteral("cleanup")});
        QCOMPARE(cleanup.exitCode, 0);
        QVERIFY(cleanup.out.contains("Nothing to clean up"));
    }

    // Ctrl+C cancels and rolls back; a second Ctrl+C during the rollback stops at once, but says
    // what is left (from the journal) and that `docker-vm cleanup` removes it; exit 130.
    void secondInterruptDuringRollbackSaysWhatIsLeft()
    {
        CliHarness h;
        QString error;
        QVERIFY2(h.startSimulator({QStringLiteral("--quiet"), QStringLiteral("--operation-delay"),
                                   QStringLiteral("1500"), QStringLiteral("--boot-delay"),
                                   QStringLiteral("150"), QStringLiteral("--extension-delay"),
                                   QStringLiteral("150")},
                                  &error),
                 qPrintable(error));
        auto err = std::make_shared<QByteArray>();
        auto sent = std::make_shared<int>(0);
        const auto r =
            h.run(createArgs(h, QStringLiteral("sighost")),
                  password(QStringLiteral("Docker4Azure!")), 120000, [err, sent](QProcess &p) {
                      QObject::connect(&p, &QProcess::readyReadStandardError, &p, [&p, err, sent] {
                          *err += p.readAllStandardError();
                          // First: once Azure is creating the VM. Second: once the rollback runs.
                          if (*sent == 0 && err->contains("Wait for Azure to accept the VM")) {
                              ++*sent;
                              ::kill(pid_t(p.processId()), SIGINT);
                          } else if (*sent == 1 && err->contains("Remove what this run created")) {
                              ++*sent;
                              ::kill(pid_t(p.processId()), SIGINT);
                          }
                      });
                  });
        *err += r.err;
        qInfo().noquote() << "exit" << r.exitCode << "stderr:\n" + QString::fromUtf8(*err);
        QVERIFY2(r.finished, err->constData());
        QCOMPARE(*sent, 2);
        QVERIFY2(r.exitCode == 130, err->constData());
        QVERIFY2(err->contains("Interrupted again: stopped before the clean-up finished. Still "
                               "there:"),
                 err->constData());
        QVERIFY2(err->contains("cloud service sighost"), err->constData());
        QVERIFY2(err->contains("Run 'docker-vm cleanup' to remove them"), err->constData());

        // And it does.
        const auto cleanup =
            h.run({QStringLiteral("cleanup"), QStringLiteral("--management-ca"), h.caFile(),
                   QStringLiteral("--poll-interval"), QStringLiteral("100")});
        QVERIFY2(cleanup.exitCode == 0, cleanup.err.constData());
        QVERIFY2(cleanup.err.contains("cloud service sighost"), cleanup.err.constData());
        const auto again = h.run({QStringLiteral("cleanup")});
        QVERIFY2(again.out.contains("Nothing to clean up"), again.out.constData());
        const auto status = h.run({QStringLiteral("status"), QStringLiteral("sighost"),
                                   QStringLiteral("--management-ca"), h.caFile()});
        QCOMPARE(status.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliCreate)
#include "tst_cli_create.moc"
