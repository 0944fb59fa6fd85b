// `docker-vm certs create/show` end to end: the real binary ($DOCKERVM_CLI) on a temporary folder.
#include "cli_harness.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <map>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

std::map<QString, QByteArray> snapshot(const QString &dir)
{
    std::map<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files[QDir(dir).relativeFilePath(path)] = f.readAll();
    }
    return files;
}

int mode(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
#else
    Q_UNUSED(path);
    return -1;
#endif
}

} // namespace

class TestCliCerts : public QObject
{
    Q_OBJECT

private:
    dockervm::testing::CliHarness m_harness; // HOME is its home/

    Run run(const QStringList &args)
    {
        const dockervm::testing::CliHarness::Result result = m_harness.run(args);
        Run r{result.exitCode, QString::fromUtf8(result.out), QString::fromUtf8(result.err)};
        // Key material never reaches the terminal.
        if (r.out.contains(QLatin1String("PRIVATE KEY")) ||
            r.err.contains(QLatin1String("PRIVATE KEY")))
            r.exitCode = -99;
        return r;
    }

    static QString dump(const Run &r)
    {
        return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3")
            .arg(r.exitCode)
            .arg(r.out, r.err);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString cli = qEnvironmentVariable("DOCKERVM_CLI");
        QVERIFY2(!cli.isEmpty() && QFileInfo(cli).isExecutable(),
                 "DOCKERVM_CLI must name the built docker-vm");
        QVERIFY(m_harness.isValid());
        QVERIFY(QDir().mkpath(m_harness.path(QStringLiteral("home"))));
    }

    void createShowReuse()
    {
        const QString dir = m_harness.path(QStringLiteral("certs/.docker"));
        Run r = run({QStringLiteral("certs"), QStringLiteral("create"), QStringLiteral("--host"),
                     QStringLiteral("myvm.cloudapp.net"), QStringLiteral("--ip"),
                     QStringLiteral("127.0.0.1"), QStringLiteral("--cert-dir"), dir,
                     QStringLiteral("--key-type"), QStringLiteral("ecdsa-p256"),
                     QStringLiteral("--days"), QStringLiteral("30")});
        QVERIFY2(r.exitCode == 0, qPrintable(dump(r)));
        QVERIFY2(r.out.contains(QStringLiteral("myvm.cloudapp.net-server-cert.pem")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--tlsverify")));
        QVERIFY2(r.out.contains(QStringLiteral("--tlscacert %1/ca.pem --tlscert %1/cert.pem "
                                               "--tlskey %1/key.pem -H "
                                               "tcp://myvm.cloudapp.net:4243 info")
                                    .arg(dir)),
                 qPrintable(r.out));
        const QDir d(dir);
        for (const QString &name :
             {QStringLiteral("ca.pem"), QStringLiteral("ca-key.pem"), QStringLiteral("cert.pem"),
              QStringLiteral("key.pem"), QStringLiteral("myvm.cloudapp.net-server-cert.pem"),
              QStringLiteral("myvm.cloudapp.net-server-key.pem")}) {
            QVERIFY2(QFileInfo::exists(d.filePath(name)), qPrintable(name));
#ifdef Q_OS_UNIX
            QCOMPARE(mode(d.filePath(name)), 0600);
#endif
        }
#ifdef Q_OS_UNIX
        QCOMPARE(mode(dir), 0700);
#endif
        QProcess verify;
        verify.setProcessChannelMode(QProcess::MergedChannels);
        verify.start(QStringLiteral("openssl"),
                     {QStringLiteral("verify"), QStringLiteral("-CAfile"),
                      d.filePath(QStringLiteral("ca.pem")),
                      d.filePath(QStringLiteral("myvm.cloudapp.net-server-cert.pem")),
                      d.filePath(QStringLiteral("cert.pem"))});
        QVERIFY(verify.waitForFinished(30000));
        QVERIFY2(verify.exitCode() == 0, verify.readAll().constData());

        // Second host: CA and client byte for byte.
        const auto before = snapshot(dir);
        r = run({QStringLiteral("certs"), QStringLiteral("create"), QStringLiteral("--host"),
                 QStringLiteral("second.example"), QStringLiteral("--cert-dir"), dir,
                 QStringLiteral("--key-type"), QStringLiteral("ecdsa-p256"),
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(dump(r)));
        const QJsonObject created = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(created.value(QStringLiteral("reusedCa")).toBool(), true);
        QCOMPARE(created.value(QStringLiteral("reusedClient")).toBool(), true);
        QCOMPARE(created.value(QStringLiteral("reusedServer")).toBool(), false);
        QCOMPARE(QFileInfo(created.value(QStringLiteral("serverCert")).toString()).fileName(),
                 QStringLiteral("second.example-server-cert.pem"));
        const auto after = snapshot(dir);
        for (const auto &[name, bytes] : before)
            QVERIFY2(after.at(name) == bytes, qPrintable(name));
        QCOMPARE(after.size(), before.size() + 2);

        // show, as text and JSON.
        r = run(
            {QStringLiteral("certs"), QStringLiteral("show"), QStringLiteral("--cert-dir"), dir});
        QVERIFY2(r.exitCode == 0, qPrintable(dump(r)));
        QVERIFY(r.out.contains(QStringLiteral("myvm.cloudapp.net")));
        QVERIFY(r.out.contains(QStringLiteral("second.example")));
        QVERIFY(r.out.contains(QStringLiteral("expires")));
        QVERIFY(r.out.contains(QStringLiteral("No problems found.")));
        r = run({QStringLiteral("certs"), QStringLiteral("show"), QStringLiteral("--cert-dir"), dir,
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(dump(r)));
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("ok")).toBool(), true);
        const QJsonArray hosts = shown.value(QStringLiteral("hosts")).toArray();
        QCOMPARE(hosts.size(), 2);
        QCOMPARE(hosts.at(0).toObject().value(QStringLiteral("host")).toString(),
                 QStringLiteral("myvm.cloudapp.net"));
        QCOMPARE(hosts.at(0)
                     .toObject()
                     .value(QStringLiteral("cert"))
                     .toObject()
                     .value(QStringLiteral("ipAddresses")),
                 QJsonValue(QJsonArray{QStringLiteral("127.0.0.1")}));
        QVERIFY(!shown.value(QStringLiteral("ca"))
                     .toObject()
                     .value(QStringLiteral("notAfter"))
                     .toString()
                     .isEmpty());
        QCOMPARE(shown.value(QStringLiteral("caKey"))
                     .toObject()
                     .value(QStringLiteral("mode"))
                     .toString(),
                 QStringLiteral("0600"));

        // A broken folder: a key that is not the certificate's.
        {
            QFile key(d.filePath(QStringLiteral("key.pem")));
            QFile other(d.filePath(QStringLiteral("second.example-server-key.pem")));
            QVERIFY(other.open(QIODevice::ReadOnly));
            const QByteArray otherKey = other.readAll();
            QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
            key.write(otherKey);
        }
        const auto broken = snapshot(dir);
        r = run(
            {QStringLiteral("certs"), QStringLiteral("show"), QStringLiteral("--cert-dir"), dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("key.pem is not the private key of")),
                 qPrintable(dump(r)));
        r = run({QStringLiteral("certs"), QStringLiteral("show"), QStringLiteral("--cert-dir"), dir,
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray problems = QJsonDocument::fromJson(r.out.toUtf8())
                                        .object()
                                        .value(QStringLiteral("problems"))
                                        .toArray();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("key-mismatch"));
        r = run({QStringLiteral("certs"), QStringLiteral("create"), QStringLiteral("--host"),
                 QStringLiteral("third.example"), QStringLiteral("--cert-dir"), dir,
                 QStringLiteral("--key-type"), QStringLiteral("ecdsa-p256")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("nothing was changed")), qPrintable(dump(r)));
        QVERIFY(r.err.contains(QStringLiteral("--regenerate")));
        QCOMPARE(snapshot(dir), broken);

        // --regenerate moves the old set to a dated backup folder.
        r = run({QStringLiteral("certs"), QStringLiteral("create"), QStringLiteral("--host"),
                 QStringLiteral("third.example"), QStringLiteral("--cert-dir"), dir,
                 QStringLiteral("--key-type"), QStringLiteral("ecdsa-p256"),
                 QStringLiteral("--regenerate")});
        QVERIFY2(r.exitCode == 0, qPrintable(dump(r)));
        QVERIFY2(r.out.contains(QStringLiteral("backup-")), qPrintable(r.out));
        const QStringList backups = d.entryList({QStringLiteral("backup-*")}, QDir::Dirs);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(snapshot(d.filePath(backups.first())), broken);
        r = run(
            {QStringLiteral("certs"), QStringLiteral("show"), QStringLiteral("--cert-dir"), dir});
        QVERIFY2(r.exitCode == 0, qPrintable(dump(r)));
        QVERIFY(r.out.contains(QStringLiteral("third.example")));
        QVERIFY(!r.out.contains(QStringLiteral("second.example")));
    }

    void defaultFolderIsHomeDocker()
    {
        Run r = run({QStringLiteral("certs"), QStringLiteral("show")});
        QVERIFY2(r.exitCode == 0, qPrintable(dump(r)));
        QVERIFY2(r.out.contains(QStringLiteral("No Docker TLS files yet")), qPrintable(r.out));
        r = run({QStringLiteral("certs"), QStringLiteral("create"), QStringLiteral("--host"),
                 QStringLiteral("home.example"), QStringLiteral("--key-type"),
                 QStringLiteral("ecdsa-p256")});
        QVERIFY2(r.exitCode == 0, qPrintable(dump(r)));
        QVERIFY(QFileInfo::exists(
            m_harness.path(QStringLiteral("home/.docker/home.example-server-cert.pem"))));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString dir = QDir::tempPath() + QStringLiteral("/never-created-by-tst_cli_certs");
        QTest::newRow("no host") << QStringList{QStringLiteral("--cert-dir"), dir}
                                 << QStringLiteral("--host");
        QTest::newRow("bad host") << QStringList{QStringLiteral("--host"), QStringLiteral("a/b"),
                                                 QStringLiteral("--cert-dir"), dir}
                                  << QStringLiteral("host name");
        QTest::newRow("bad ip") << QStringList{QStringLiteral("--host"),
                                               QStringLiteral("a.example"),
                                               QStringLiteral("--ip"),
                                               QStringLiteral("300.1.1.1"),
                                               QStringLiteral("--cert-dir"),
                                               dir}
                                << QStringLiteral("--ip");
        QTest::newRow("bad key type")
            << QStringList{QStringLiteral("--host"),     QStringLiteral("a.example"),
                           QStringLiteral("--key-type"), QStringLiteral("dsa"),
                           QStringLiteral("--cert-dir"), dir}
            << QStringLiteral("ecdsa-p256");
        QTest::newRow("bad days") << QStringList{QStringLiteral("--host"),
                                                 QStringLiteral("a.example"),
                                                 QStringLiteral("--days"),
                                                 QStringLiteral("0"),
                                                 QStringLiteral("--cert-dir"),
                                                 dir}
                                  << QStringLiteral("--days");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(QStringList{QStringLiteral("certs"), QStringLiteral("create")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(dump(r)));
        QVERIFY(!QFileInfo::exists(QDir::tempPath() +
                                   QStringLiteral("/never-created-by-tst_cli_certs")));
    }
};

QTEST_GUILESS_MAIN(TestCliCerts)
#include "tst_cli_certs.moc"
