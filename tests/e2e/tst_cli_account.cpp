// `docker-vm account ...` end to end: the built binary ($DOCKERVM_CLI) run with its config and
// data folders in temporary directories, importing legacy-PKCS#12 publish settings made by the
// `openssl` command and by PublishSettings::writeSchema2 (what the simulator writes).
#include "classic/publishsettings.h"
#include "cli_harness.h"
#include "ps_testcerts.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace dockervm;
using namespace dockervm::classic;
using namespace dockervm::testsupport;

namespace {
const QString kId1 = QStringLiteral("db1ab6f0-4769-4b27-930e-01e2ef9c123c");
const QString kId2 = QStringLiteral("db1ab6f0-4769-4b27-930e-01e2ef9c124d");

struct Run
{
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class TestCliAccount : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void emptyList();
    void importListUseRemove();
    void importSimulatorStyleFile();
    void expiredCertificateWarnsButImports();
    void badFiles_data();
    void badFiles();
    void usageErrors();
    void groupWordShowsItsCommands();
    void importRefusesFifo();
    void duplicatesWarnOnce();

private:
    Run run(const QStringList &args);
    QString writeFile(const QString &name, const QByteArray &data);

    QString configDir() const { return m_harness->path(QStringLiteral("config")); }
    QString dataDir() const { return m_harness->path(QStringLiteral("data")); }

    QTemporaryDir m_files;
    std::unique_ptr<testing::CliHarness> m_harness; // fresh config and data folders per test
    PsKeyPair m_pair;
    QString m_legacyFile;
};

void TestCliAccount::initTestCase()
{
    const QString cli = qEnvironmentVariable("DOCKERVM_CLI");
    QVERIFY2(!cli.isEmpty() && QFile::exists(cli), "DOCKERVM_CLI must name the built docker-vm");
    QVERIFY(m_files.isValid());
    m_pair = psSelfSigned(QStringLiteral("Windows Azure Tools"));
    // Schema 1.0, two subscriptions sharing one `openssl pkcs12 -export -legacy -passout pass:`.
    m_legacyFile = writeFile(QStringLiteral("legacy.publishsettings"),
                             psSchema1(QStringLiteral("https://management.core.windows.net/"),
                                       psLegacyBase64(m_pair),
                                       {{kId1, QStringLiteral("Account"), {}, {}},
                                        {kId2, QStringLiteral("Other"), {}, {}}}));
}

void TestCliAccount::init()
{
    m_harness = std::make_unique<testing::CliHarness>();
    QVERIFY(m_harness->isValid());
}

QString TestCliAccount::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_files.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(data);
    return path;
}

Run TestCliAccount::run(const QStringList &args)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    const testing::CliHarness::Result result = m_harness->run(args, env, 60000);
    Run r;
    if (!result.finished) {
        r.err = QStringLiteral("docker-vm did not finish: ") + QString::fromUtf8(result.err);
        return r;
    }
    r.code = result.exitCode;
    r.out = QString::fromUtf8(result.out);
    r.err = QString::fromUtf8(result.err);
    // Never a private key on the terminal.
    if (r.out.contains(QLatin1String("PRIVATE KEY")) ||
        r.err.contains(QLatin1String("PRIVATE KEY")))
        r.code = -99;
    return r;
}

void TestCliAccount::emptyList()
{
    Run r = run({QStringLiteral("account"), QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("account import")), qPrintable(r.out));
    r = run({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isArray());
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
}

void TestCliAccount::importListUseRemove()
{
    Run r = run({QStringLiteral("account"), QStringLiteral("import"), m_legacyFile});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Imported subscription Account (%1)").arg(kId1)),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Imported subscription Other (%1)").arg(kId2)),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Current subscription: Account")), qPrintable(r.out));
    QVERIFY(r.err.isEmpty());

    // The key landed owner-only in the data folder; accounts.json in the config folder.
    const QString key = dataDir() + QStringLiteral("/keys/") + kId1 + QStringLiteral(".key");
    QVERIFY(QFile::exists(key));
    QCOMPARE(QFile::permissions(key) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(QFile::exists(configDir() + QStringLiteral("/accounts.json")));

    r = run({QStringLiteral("account"), QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).contains(QLatin1String("ID")) &&
                 lines.at(0).contains(QLatin1String("CERT EXPIRES")),
             qPrintable(r.out));
    QVERIFY2(lines.at(1).startsWith(QLatin1Char('*')) && lines.at(1).contains(kId1),
             qPrintable(r.out));
    QVERIFY(lines.at(2).startsWith(QLatin1Char(' ')) && lines.at(2).contains(kId2));
    QVERIFY(lines.at(1).contains(QLatin1String("public")));
    QVERIFY(lines.at(1).contains(QLatin1String("https://management.core.windows.net")));
    QVERIFY(lines.at(1).contains(m_pair.certPem.isEmpty()
                                     ? QString()
                                     : QSslCertificate(m_pair.certPem, QSsl::Pem)
                                           .expiryDate()
                                           .toUTC()
                                           .toString(QStringLiteral("yyyy-MM-dd"))));

    r = run({QStringLiteral("account"), QStringLiteral("use"), QStringLiteral("Other")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(kId2));

    r = run({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(QLatin1String("id")).toString(), kId1);
    QCOMPARE(list.at(0).toObject().value(QLatin1String("current")).toBool(), false);
    QCOMPARE(list.at(1).toObject().value(QLatin1String("current")).toBool(), true);
    QCOMPARE(list.at(1).toObject().value(QLatin1String("cloud")).toString(),
             QStringLiteral("public"));
    QCOMPARE(list.at(1).toObject().value(QLatin1String("hasPrivateKey")).toBool(), true);
    QCOMPARE(list.at(1).toObject().value(QLatin1String("sourceFile")).toString(), m_legacyFile);

    r = run({QStringLiteral("account"), QStringLiteral("remove"), kId2});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(!QFile::exists(dataDir() + QStringLiteral("/keys/") + kId2 + QStringLiteral(".key")));
    QVERIFY2(r.out.contains(QStringLiteral("Current subscription: Account")), qPrintable(r.out));
    r = run({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);

    r = run({QStringLiteral("account"), QStringLiteral("use"), QStringLiteral("nope")});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QLatin1String("nope")), qPrintable(r.err));
    r = run({QStringLiteral("account"), QStringLiteral("remove"), kId2});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(kId2), qPrintable(r.err));
}

void TestCliAccount::importSimulatorStyleFile()
{
    const PsKeyPair ec = psSelfSigned(QStringLiteral("sim"), PsKeyKind::EcP256);
    QString error;
    const QByteArray xml = PublishSettings::writeSchema2(
        {psSubscription(QStringLiteral("00000000-0000-0000-0000-00000000c0de"),
                        QStringLiteral("Simulator"), QStringLiteral("https://127.0.0.1:44300"), ec),
         psSubscription(kId1, QStringLiteral("China"),
                        QStringLiteral("https://management.core.chinacloudapi.cn"), m_pair)},
        &error);
    QVERIFY2(!xml.isEmpty(), qPrintable(error));
    const QString path = writeFile(QStringLiteral("sim.publishsettings"), xml);
    Run r =
        run({QStringLiteral("account"), QStringLiteral("import"), path, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray imported = o.value(QLatin1String("imported")).toArray();
    QCOMPARE(imported.size(), 2);
    QCOMPARE(imported.at(0).toObject().value(QLatin1String("cloud")).toString(),
             QStringLiteral("custom"));
    QCOMPARE(imported.at(0).toObject().value(QLatin1String("endpoint")).toString(),
             QStringLiteral("https://127.0.0.1:44300"));
    QCOMPARE(imported.at(0).toObject().value(QLatin1String("current")).toBool(), true);
    QCOMPARE(imported.at(1).toObject().value(QLatin1String("cloud")).toString(),
             QStringLiteral("china"));
}

void TestCliAccount::expiredCertificateWarnsButImports()
{
    const PsKeyPair old = psSelfSigned(QStringLiteral("old"), PsKeyKind::Rsa2048, -800, 365);
    const QString path = writeFile(
        QStringLiteral("expired.publishsettings"),
        psSchema2({{kId1, QStringLiteral("Old"),
                    QStringLiteral("https://management.core.windows.net"), psLegacyBase64(old)}}));
    Run r = run({QStringLiteral("account"), QStringLiteral("import"), path});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("warning")) && r.err.contains(QLatin1String("expired")),
             qPrintable(r.err));
    r = run({QStringLiteral("account"), QStringLiteral("list")});
    QVERIFY2(r.out.contains(QLatin1String("(expired)")), qPrintable(r.out));
}

void TestCliAccount::badFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("mentions");
    const QString data = qEnvironmentVariable("DOCKERVM_TEST_DATA");
    QTest::newRow("missing") << m_files.filePath(QStringLiteral("missing.publishsettings"))
                             << "does not exist";
    QTest::newRow("not-xml") << writeFile(QStringLiteral("bad.publishsettings"), "not xml at all")
                             << "not valid XML";
    QTest::newRow("wrong-root") << writeFile(QStringLiteral("root.publishsettings"),
                                             "<html><body/></html>")
                                << "<html>";
    QTest::newRow("cer")
        << writeFile(
               QStringLiteral("cer.publishsettings"),
               psSchema2({{kId1, QStringLiteral("Cer"),
                           QStringLiteral("https://management.core.windows.net"),
                           QString::fromLatin1(
                               QSslCertificate(m_pair.certPem, QSsl::Pem).toDer().toBase64())}}))
        << ".cer";
    QTest::newRow("fixture-corrupt-cert")
        << data + QStringLiteral("/asm/publishsettings/schema1-one-subscription.publishsettings")
        << "password";
}

void TestCliAccount::badFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, mentions);
    const Run r = run({QStringLiteral("account"), QStringLiteral("import"), file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith(QLatin1String("docker-vm: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY2(r.err.contains(file), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    // Nothing was remembered.
    QVERIFY(!QFile::exists(configDir() + QStringLiteral("/accounts.json")));
}

void TestCliAccount::usageErrors()
{
    Run r = run({QStringLiteral("account"), QStringLiteral("import")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("FILE")));
    r = run({QStringLiteral("account"), QStringLiteral("use")});
    QCOMPARE(r.code, 2);
    r = run({QStringLiteral("account"), QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("FILE")), qPrintable(r.out));
    // The usage line is what a user types, not the build path, and no placeholder section.
    QVERIFY2(r.out.startsWith(QLatin1String("Usage: docker-vm account import [options] FILE\n")),
             qPrintable(r.out));
    QVERIFY2(!r.out.contains(QLatin1String("Arguments:")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("--json")));
    r = run({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("-h")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith(QLatin1String("Usage: docker-vm account list [options]\n")),
             qPrintable(r.out));
}

void TestCliAccount::groupWordShowsItsCommands()
{
    // Before: "docker-vm: unknown command 'account'." for a group the usage lists.
    Run r = run({QStringLiteral("account")});
    QCOMPARE(r.code, 2);
    QVERIFY2(!r.err.contains(QLatin1String("unknown command")), qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QLatin1String("Usage: docker-vm account COMMAND")),
             qPrintable(r.out));
    for (const char *sub : {"account import", "account list", "account use", "account remove"})
        QVERIFY2(r.out.contains(QLatin1String(sub)), sub);
    QVERIFY(!r.out.contains(QLatin1String("certs create")));

    r = run({QStringLiteral("account"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("account import")));

    r = run({QStringLiteral("account"), QStringLiteral("frobnicate")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("unknown command 'account frobnicate'")),
             qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("account list")));

    r = run({QStringLiteral("nosuchthing")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("unknown command 'nosuchthing'")));
}

void TestCliAccount::importRefusesFifo()
{
#ifdef Q_OS_UNIX
    // Before: open() of a FIFO with no writer blocked for ever (the harness kills it at 60 s).
    const QString fifo = m_files.filePath(QStringLiteral("fifo.publishsettings"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const Run r = run({QStringLiteral("account"), QStringLiteral("import"), fifo});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("not a regular file")) && r.err.contains(fifo),
             qPrintable(r.err));
#else
    QSKIP("FIFOs are Unix");
#endif
}

void TestCliAccount::duplicatesWarnOnce()
{
    QList<PsSub> subs;
    for (int i = 0; i < 200; ++i)
        subs.append({kId1, QStringLiteral("Account"), {}, {}});
    const QString file = writeFile(QStringLiteral("dupes.publishsettings"),
                                   psSchema1(QStringLiteral("https://management.core.windows.net/"),
                                             psLegacyBase64(m_pair), subs));
    const Run r = run({QStringLiteral("account"), QStringLiteral("import"), file});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err.count(QLatin1String("warning:")), 1);
    QVERIFY2(r.err.contains(QLatin1String("appears 200 times")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliAccount)
#include "tst_cli_account.moc"
