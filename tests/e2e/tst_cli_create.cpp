// `docker-vm create` as the article's `azure vm docker create`, run as a user would: a separate
// simulator process, the real command line, real TLS, real files.
#include "cli_harness.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

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
