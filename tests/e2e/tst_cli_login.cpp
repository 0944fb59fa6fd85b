// `docker-vm login` end to end: the built binary against sim::EntraSimulator (device code flow,
// real TLS on loopback, own test CA) and sim::ArmSimulator (tenants, subscriptions) living in this
// process, reached through --authority, --arm-endpoint and --management-ca. stdin is closed: the
// command needs no terminal. Then `account list/use/remove` over both kinds.
#include "arm_signin_harness.h"
#include "cli_harness.h"

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
#include <sys/stat.h>
#include <sys/types.h>
#endif

using namespace dockervm;

namespace {
// Not Microsoft's address: proves the command prints what the server said.
const QString kVerificationUri = QStringLiteral("https://login.example.test/device-7f3a");

QProcessEnvironment fileSecrets()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DOCKERVM_SECRET_STORE"), QStringLiteral("file"));
    return env;
}

void closeStdin(QProcess &p)
{
    p.setStandardInputFile(QProcess::nullDevice());
}
} // namespace

class TestCliLogin : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loginSavesSubscriptionsAndSharesCurrent();
    void tenantOptionListsOnlyThatTenant();
    void declinedCode();
    void expiredCode();
    void interruptCancels();
    void badOptions_data();
    void badOptions();
    void unreachableAuthority();

private:
    QStringList loginArgs(const QStringList &extra = {}) const;
    // Answers each device code as `mode` says once it is issued.
    void onCode(const std::function<void(const QString &userCode)> &what);

    std::unique_ptr<testing::CliHarness> m_cli;
    std::unique_ptr<ArmSignInHarness> m_azure;
};

void TestCliLogin::init()
{
    m_cli = std::make_unique<testing::CliHarness>();
    QVERIFY2(m_cli->isValid(), "DOCKERVM_CLI must name the built docker-vm");
    m_azure = std::make_unique<ArmSignInHarness>();
    sim::EntraSimulator::Options entra;
    entra.intervalSec = 1;
    entra.verificationUri = kVerificationUri;
    QString error;
    QVERIFY2(m_azure->start(entra, {}, &error), qPrintable(error));
}

void TestCliLogin::cleanup()
{
    m_azure.reset();
    m_cli.reset();
}

QStringList TestCliLogin::loginArgs(const QStringList &extra) const
{
    return QStringList{QStringLiteral("login"),
                       QStringLiteral("--authority"),
                       m_azure->entra.sim->authority().toString(),
                       QStringLiteral("--arm-endpoint"),
                       m_azure->arm->endpoint().toString(),
                       QStringLiteral("--management-ca"),
                       m_azure->caFile()} +
           extra;
}

void TestCliLogin::onCode(const std::function<void(const QString &)> &what)
{
    connect(m_azure->entra.sim.get(), &sim::EntraSimulator::deviceCodeIssued, this,
            [what](const QString &code) { QTimer::singleShot(300, [what, code] { what(code); }); });
}

void TestCliLogin::loginSavesSubscriptionsAndSharesCurrent()
{
    onCode([this](const QString &code) { QVERIFY(m_azure->entra.sim->approve(code)); });
    auto r = m_cli->run(loginArgs(), fileSecrets(), 60000, closeStdin);
    const QString out = QString::fromUtf8(r.out);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(err + out));
    // The server's message, with its address and the code it issued.
    QVERIFY2(err.contains(kVerificationUri), qPrintable(err));
    QVERIFY2(err.contains(m_azure->entra.sim->lastUserCode()), qPrintable(err));
    QVERIFY2(out.contains(QStringLiteral("Signed in as ada@contoso.example")), qPrintable(out));
    // The simulator's two enabled subscriptions are saved; the disabled one is left out (in the
    // English plural form the binary loads for one: "was").
    QVERIFY2(out.contains(QStringLiteral("Demo Subscription")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Read-only Subscription")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("Expired Trial")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("1 subscription not enabled was left out.")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Current account:")), qPrintable(out));
    // No token in the account list; the refresh token is an owner-only file.
    QFile list(m_cli->path(QStringLiteral("config/arm-accounts.json")));
    QVERIFY(list.open(QIODevice::ReadOnly));
    const QByteArray json = list.readAll();
    for (const QByteArray &token : m_azure->entra.sim->issuedRefreshTokens())
        QVERIFY(!json.contains(token));
    const QStringList tokenFiles =
        QDir(m_cli->path(QStringLiteral("data/tokens"))).entryList(QDir::Files);
    QCOMPARE(tokenFiles.size(), 1);
#ifdef Q_OS_UNIX
    struct stat st;
    QCOMPARE(
        ::stat(QFile::encodeName(m_cli->path(QStringLiteral("data/tokens/")) + tokenFiles.first())
                   .constData(),
               &st),
        0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
#endif

    // account list: both rows say "arm", the first saved one is current.
    r = m_cli->run({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")},
                   fileSecrets());
    QCOMPARE(r.exitCode, 0);
    QJsonArray accounts = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(accounts.size(), 2);
    QString readOnlyId;
    int current = 0;
    for (const QJsonValue &v : accounts) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("arm"));
        QCOMPARE(o.value(QLatin1String("user")).toString(), QStringLiteral("ada@contoso.example"));
        QCOMPARE(o.value(QLatin1String("endpoint")).toString(),
                 m_azure->arm->endpoint().toString());
        current += o.value(QLatin1String("current")).toBool() ? 1 : 0;
        if (o.value(QLatin1String("name")).toString() == QLatin1String("Read-only Subscription"))
            readOnlyId = o.value(QLatin1String("id")).toString();
    }
    QCOMPARE(current, 1);
    r = m_cli->run({QStringLiteral("account"), QStringLiteral("list")}, fileSecrets());
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).contains(QLatin1String("KIND")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(QLatin1String(" arm ")), qPrintable(lines.at(1)));

    // use / remove work on ARM accounts; removing the current one makes the other current.
    r = m_cli->run({QStringLiteral("account"), QStringLiteral("use"),
                    QStringLiteral("Read-only Subscription")},
                   fileSecrets());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains(readOnlyId.toUtf8()), r.out.constData());
    r = m_cli->run({QStringLiteral("account"), QStringLiteral("remove"), readOnlyId},
                   fileSecrets());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Current subscription: Demo Subscription"), r.out.constData());
    QCOMPARE(QDir(m_cli->path(QStringLiteral("data/tokens"))).entryList(QDir::Files).size(), 1);

    // A second login keeps the current account; removing the last account of the sign-in drops
    // its refresh token.
    r = m_cli->run(loginArgs({QStringLiteral("--json")}), fileSecrets(), 60000, closeStdin);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject second = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(second.value(QLatin1String("saved")).toArray().size(), 2);
    for (const QJsonValue &v : second.value(QLatin1String("saved")).toArray()) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QLatin1String("current")).toBool(),
                 o.value(QLatin1String("name")).toString() == QLatin1String("Demo Subscription"));
    }
    r = m_cli->run({QStringLiteral("account"), QStringLiteral("remove"), readOnlyId},
                   fileSecrets());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = m_cli->run(
        {QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Demo Subscription")},
        fileSecrets());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QDir(m_cli->path(QStringLiteral("data/tokens"))).entryList(QDir::Files).size(), 0);
    r = m_cli->run({QStringLiteral("account"), QStringLiteral("list")}, fileSecrets());
    QVERIFY2(r.out.contains("docker-vm login"), r.out.constData());
}

void TestCliLogin::tenantOptionListsOnlyThatTenant()
{
    onCode([this](const QString &code) { QVERIFY(m_azure->entra.sim->approve(code)); });
    const auto r = m_cli->run(
        loginArgs({QStringLiteral("--tenant"), m_azure->tenantId(), QStringLiteral("--json")}),
        fileSecrets(), 60000, closeStdin);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QLatin1String("tenantId")).toString(), m_azure->tenantId());
    QCOMPARE(o.value(QLatin1String("saved")).toArray().size(), 2);
    // No GET /tenants when a tenant is named.
    for (const QString &line : m_azure->arm->requestLog())
        QVERIFY2(!line.contains(QLatin1String("/tenants")), qPrintable(line));
}

void TestCliLogin::declinedCode()
{
    onCode([this](const QString &code) { QVERIFY(m_azure->entra.sim->decline(code)); });
    const auto r = m_cli->run(loginArgs(), fileSecrets(), 60000, closeStdin);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("declined"), r.err.constData());
    QVERIFY(!QFile::exists(m_cli->path(QStringLiteral("config/arm-accounts.json"))));
}

void TestCliLogin::expiredCode()
{
    onCode([this](const QString &code) { QVERIFY(m_azure->entra.sim->expireCode(code)); });
    const auto r = m_cli->run(loginArgs(), fileSecrets(), 60000, closeStdin);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("expired"), r.err.constData());
    QVERIFY2(r.err.contains("docker-vm login") || r.err.contains("again"), r.err.constData());
    QVERIFY(!QFile::exists(m_cli->path(QStringLiteral("config/arm-accounts.json"))));
}

void TestCliLogin::interruptCancels()
{
#ifdef Q_OS_UNIX
    auto err = std::make_shared<QByteArray>();
    const auto r = m_cli->run(loginArgs(), fileSecrets(), 60000, [err](QProcess &p) {
        closeStdin(p);
        QObject::connect(&p, &QProcess::readyReadStandardError, &p, [&p, err] {
            const bool first = !err->contains("Waiting for the sign-in");
            *err += p.readAllStandardError();
            if (first && err->contains("Waiting for the sign-in"))
                ::kill(pid_t(p.processId()), SIGINT);
        });
    });
    *err += r.err;
    QVERIFY2(r.finished, err->constData());
    QCOMPARE(r.exitCode, 130);
    QVERIFY2(err->contains("cancel"), err->constData());
    QVERIFY(!QFile::exists(m_cli->path(QStringLiteral("config/arm-accounts.json"))));
#else
    QSKIP("signals are Unix");
#endif
}

void TestCliLogin::badOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    QTest::newRow("authority not a URL")
        << QStringList{QStringLiteral("login"), QStringLiteral("--authority"),
                       QStringLiteral("login microsoft")}
        << QStringLiteral("--authority");
    QTest::newRow("arm endpoint with query")
        << QStringList{QStringLiteral("login"), QStringLiteral("--arm-endpoint"),
                       QStringLiteral("https://x.example?y=1")}
        << QStringLiteral("--arm-endpoint");
    QTest::newRow("missing CA file")
        << QStringList{QStringLiteral("login"), QStringLiteral("--management-ca"),
                       QStringLiteral("/nonexistent/ca.pem")}
        << QStringLiteral("/nonexistent/ca.pem");
    QTest::newRow("stray argument")
        << QStringList{QStringLiteral("login"), QStringLiteral("ada")} << QStringLiteral("login");
}

void TestCliLogin::badOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const auto r = m_cli->run(args, fileSecrets(), 30000, closeStdin);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(named), r.err.constData());
    QCOMPARE(m_azure->entra.sim->deviceCodeRequests(), 0);
}

void TestCliLogin::unreachableAuthority()
{
    // A port nothing listens on (the simulator's, after it stopped).
    const QString authority = m_azure->entra.sim->authority().toString();
    m_azure.reset();
    const auto r =
        m_cli->run({QStringLiteral("login"), QStringLiteral("--authority"), authority,
                    QStringLiteral("--arm-endpoint"), QStringLiteral("https://127.0.0.1:9")},
                   fileSecrets(), 60000, closeStdin);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("127.0.0.1"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliLogin)
#include "tst_cli_login.moc"
