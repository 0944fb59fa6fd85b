// identity::ArmAccountStore with the owner-only file secret store (DOCKERVM_SECRET_STORE=file):
// round trip, folder/file modes, no token in arm-accounts.json, find by id or unique name,
// remove drops the refresh token only when no account uses it, the token manager it makes writes
// rotated refresh tokens back (against sim::EntraSimulator over TLS).
#include "entra_harness.h"
#include "identity/armaccountstore.h"
#include "identity/devicecodeflow.h"
#include "identity/tokenmanager.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace dockervm;
using namespace dockervm::identity;

namespace {

int modeOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
#else
    Q_UNUSED(path);
    return 0600;
#endif
}

const QString kHome = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
const QString kOther = QStringLiteral("0b1f3e2a-5c1d-4e8f-9a6b-7c2d1e0f9a8b");

ArmSignIn ada(const CloudEndpoints &e = {})
{
    ArmSignIn s;
    s.user = QStringLiteral("ada@contoso.example");
    s.tenantId = kHome;
    s.endpoints = e;
    return s;
}

QList<ArmSubscription> subs()
{
    return {
        {QStringLiteral("11111111-1111-1111-1111-111111111111"), QStringLiteral("Dev"), kHome,
         QStringLiteral("Enabled")},
        {QStringLiteral("22222222-2222-2222-2222-222222222222"), QStringLiteral("Prod"), kOther,
         QStringLiteral("Disabled")},
    };
}

ArmAccountStore::Outcome
wait(std::function<void(std::function<void(const ArmAccountStore::Outcome &)>)> call)
{
    std::optional<ArmAccountStore::Outcome> out;
    call([&out](const ArmAccountStore::Outcome &o) { out = o; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10000))
        return ArmAccountStore::Outcome{false, QStringLiteral("timed out"), {}};
    return *out;
}

QByteArray loadToken(const ArmAccountStore &store, const ArmAccount &a, QObject *ctx,
                     ArmAccountStore::Outcome *outcome = nullptr)
{
    std::optional<QByteArray> token;
    store.loadRefreshToken(a, ctx, [&](const QByteArray &t, const ArmAccountStore::Outcome &o) {
        token = t;
        if (outcome)
            *outcome = o;
    });
    [[maybe_unused]] const bool inTime =
        QTest::qWaitFor([&token] { return token.has_value(); }, 10000);
    return token.value_or(QByteArray());
}

} // namespace

class TestArmAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void ownerOnlyFilesAndNoTokenInList();
    void findByIdOrName();
    void removeDropsTokenWhenUnused();
    void rejectsIncompleteSignIns();
    void directoriesFromEnvironment();
    void tokenManagerWritesRotationBack();
    void missingTokenAsksForSignIn();

private:
    QNetworkAccessManager m_nam;
};

void TestArmAccounts::initTestCase()
{
    QCOMPARE(qEnvironmentVariable("DOCKERVM_SECRET_STORE"), QStringLiteral("file"));
}

void TestArmAccounts::roundTrip()
{
    QTemporaryDir dir;
    CloudEndpoints e;
    e.authority = QUrl(QStringLiteral("https://login.example.test"));
    e.armEndpoint = QUrl(QStringLiteral("https://management.example.test"));
    e.clientId = QStringLiteral("my-app");
    e.managementCaFile = QStringLiteral("/etc/ca.pem");
    const ArmAccountStore store(dir.filePath(QStringLiteral("config")),
                                dir.filePath(QStringLiteral("data")));
    const auto saved = wait([&](auto done) { store.save(ada(e), subs(), "rt-1", this, done); });
    QVERIFY2(saved.ok, qPrintable(saved.error));

    // Another store object on the same folders (another process) sees it all.
    const ArmAccountStore again(dir.filePath(QStringLiteral("config")),
                                dir.filePath(QStringLiteral("data")));
    const QList<ArmAccount> list = again.accounts();
    QCOMPARE(list.size(), 2);
    const ArmAccount &dev = list.at(0);
    QCOMPARE(dev.subscriptionId, subs().at(0).subscriptionId);
    QCOMPARE(dev.displayName, QStringLiteral("Dev"));
    QCOMPARE(dev.tenantId, kHome);
    QCOMPARE(dev.user, QStringLiteral("ada@contoso.example"));
    QVERIFY(dev.isEnabled());
    QVERIFY(!list.at(1).isEnabled());
    QCOMPARE(dev.endpoints.authority, e.authority);
    QCOMPARE(dev.endpoints.armEndpoint, e.armEndpoint);
    QCOMPARE(dev.endpoints.clientId, QStringLiteral("my-app"));
    QCOMPARE(dev.endpoints.managementCaFile, QStringLiteral("/etc/ca.pem"));
    QCOMPARE(list.at(1).endpoints.tenant, kOther); // tokens for its own tenant
    QCOMPARE(list.at(1).signInTenant, kHome);
    QCOMPARE(loadToken(again, list.at(1), this), QByteArray("rt-1"));

    // A new sign-in of the same user replaces the token and the entries.
    QVERIFY(wait([&](auto done) { store.save(ada(e), subs().mid(0, 1), "rt-2", this, done); }).ok);
    QCOMPARE(again.accounts().size(), 2);
    QCOMPARE(loadToken(again, again.accounts().at(1), this), QByteArray("rt-2"));
}

void TestArmAccounts::ownerOnlyFilesAndNoTokenInList()
{
    QTemporaryDir dir;
    const ArmAccountStore store(dir.filePath(QStringLiteral("config")),
                                dir.filePath(QStringLiteral("data")));
    const QByteArray secret = "0.AXoAv4j5cvGGr0GRqy180BHbR-secret-refresh-token";
    QVERIFY(wait([&](auto done) { store.save(ada(), subs(), secret, this, done); }).ok);
    const QString tokenFile = store.tokenFile(ada());
    QVERIFY(QFile::exists(tokenFile));
    QCOMPARE(modeOf(tokenFile), 0600);
    QCOMPARE(modeOf(QFileInfo(tokenFile).absolutePath()), 0700);
    QFile list(store.accountsFile());
    QVERIFY(list.open(QIODevice::ReadOnly));
    const QByteArray json = list.readAll();
    QVERIFY(!json.contains(secret));
    QVERIFY(!json.contains("secret"));
    QVERIFY(json.contains("ada@contoso.example"));
    QFile f(tokenFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), secret);
}

void TestArmAccounts::findByIdOrName()
{
    QTemporaryDir dir;
    const ArmAccountStore store(dir.path(), dir.path());
    QVERIFY(wait([&](auto done) { store.save(ada(), subs(), "rt", this, done); }).ok);
    QCOMPARE(store.find(QStringLiteral("22222222-2222-2222-2222-222222222222"))->displayName,
             QStringLiteral("Prod"));
    QCOMPARE(store.find(QStringLiteral("dev"))->subscriptionId, subs().at(0).subscriptionId);
    QString error;
    QVERIFY(!store.find(QStringLiteral("nope"), &error));
    QVERIFY(error.contains(QLatin1String("nope")));
    ArmSignIn bob = ada();
    bob.user = QStringLiteral("bob@fabrikam.example");
    ArmSubscription dup{QStringLiteral("33333333-3333-3333-3333-333333333333"),
                        QStringLiteral("Dev"), kHome, QStringLiteral("Enabled")};
    QVERIFY(wait([&](auto done) { store.save(bob, {dup}, "rt-bob", this, done); }).ok);
    QVERIFY(!store.find(QStringLiteral("Dev"), &error));
    QVERIFY2(error.contains(dup.subscriptionId), qPrintable(error));
}

void TestArmAccounts::removeDropsTokenWhenUnused()
{
    QTemporaryDir dir;
    const ArmAccountStore store(dir.path(), dir.path());
    QVERIFY(wait([&](auto done) { store.save(ada(), subs(), "rt", this, done); }).ok);
    const QString tokenFile = store.tokenFile(ada());
    QVERIFY(wait([&](auto done) { store.remove(subs().at(0).subscriptionId, this, done); }).ok);
    QCOMPARE(store.accounts().size(), 1);
    QVERIFY(QFile::exists(tokenFile)); // Prod still uses the sign-in
    const auto missing = wait([&](auto done) { store.remove(QStringLiteral("nope"), this, done); });
    QVERIFY(!missing.ok);
    QVERIFY(missing.error.contains(QLatin1String("nope")));
    QVERIFY(wait([&](auto done) { store.remove(subs().at(1).subscriptionId, this, done); }).ok);
    QVERIFY(store.accounts().isEmpty());
    QVERIFY(!QFile::exists(tokenFile));
}

void TestArmAccounts::rejectsIncompleteSignIns()
{
    QTemporaryDir dir;
    const ArmAccountStore store(dir.path(), dir.path());
    auto noToken = wait([&](auto done) { store.save(ada(), subs(), QByteArray(), this, done); });
    QVERIFY(!noToken.ok);
    QVERIFY(noToken.error.contains(QLatin1String("refresh token")));
    auto noSubs = wait([&](auto done) { store.save(ada(), {}, "rt", this, done); });
    QVERIFY(!noSubs.ok);
    QVERIFY(noSubs.error.contains(QLatin1String("no Azure subscription")));
    QVERIFY(!QFile::exists(store.accountsFile()));
    QVERIFY(!QDir(dir.filePath(QStringLiteral("tokens"))).exists());
}

void TestArmAccounts::directoriesFromEnvironment()
{
    QTemporaryDir dir;
    qputenv("DOCKERVM_CONFIG_DIR", dir.filePath(QStringLiteral("c")).toUtf8());
    qputenv("DOCKERVM_DATA_DIR", dir.filePath(QStringLiteral("d")).toUtf8());
    const ArmAccountStore store;
    qunsetenv("DOCKERVM_CONFIG_DIR");
    qunsetenv("DOCKERVM_DATA_DIR");
    QCOMPARE(store.accountsFile(), dir.filePath(QStringLiteral("c/arm-accounts.json")));
    QVERIFY(store.tokenFile(ada()).startsWith(dir.filePath(QStringLiteral("d/tokens/"))));
}

void TestArmAccounts::tokenManagerWritesRotationBack()
{
    sim::EntraSimulator::Options o;
    sim::EntraUser u = sim::EntraSimulator::defaultUser();
    u.tenantIds.append(kOther);
    o.users = {u};
    EntraHarness h;
    QVERIFY(h.start(o));
    // A real sign-in first.
    DeviceCodeFlow::Options fo;
    fo.secondMs = 10;
    DeviceCodeFlow flow(&m_nam, h.endpoints(), fo);
    QSignalSpy done(&flow, &DeviceCodeFlow::finished);
    connect(&flow, &DeviceCodeFlow::codeReady, this,
            [&h](const DeviceCode &c) { h.sim->approve(c.userCode); });
    flow.start();
    QVERIFY(done.wait(10000));
    const DeviceCodeResult r = done.constFirst().constFirst().value<DeviceCodeResult>();
    QVERIFY(r.ok());

    QTemporaryDir dir;
    const ArmAccountStore store(dir.path(), dir.path());
    ArmSignIn signIn;
    signIn.user = r.tokens.claims.userName;
    signIn.tenantId = r.tokens.claims.tenantId;
    signIn.endpoints = h.endpoints();
    QVERIFY(wait([&](auto d) { store.save(signIn, subs(), r.tokens.refreshToken, this, d); }).ok);

    const ArmAccount prod = *store.find(QStringLiteral("Prod"));
    TokenManager *raw = nullptr;
    std::optional<ArmAccountStore::Outcome> made;
    store.makeTokenManager(prod, &m_nam, this,
                           [&](TokenManager *m, const ArmAccountStore::Outcome &oc) {
                               raw = m;
                               made = oc;
                           });
    QTRY_VERIFY_WITH_TIMEOUT(made.has_value(), 10000);
    QVERIFY2(made->ok, qPrintable(made->error));
    std::unique_ptr<TokenManager> manager(raw);
    std::optional<AccessToken> token;
    manager->accessToken(this, [&token](const AccessToken &t, const TokenError &) { token = t; });
    QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 10000);
    QVERIFY(token->isValid());
    QCOMPARE(h.sim->checkAccessToken(token->token).tenantId, kOther);
    // The rotated refresh token replaced the saved one; the old one can be revoked now.
    QTRY_VERIFY_WITH_TIMEOUT(loadToken(store, prod, this) != r.tokens.refreshToken, 10000);
    const QByteArray rotated = loadToken(store, prod, this);
    QVERIFY(h.sim->issuedRefreshTokens().contains(rotated));
    QCOMPARE(loadToken(store, *store.find(QStringLiteral("Dev")), this), rotated); // one sign-in
}

void TestArmAccounts::missingTokenAsksForSignIn()
{
    QTemporaryDir dir;
    const ArmAccountStore store(dir.path(), dir.path());
    QVERIFY(wait([&](auto done) { store.save(ada(), subs(), "rt", this, done); }).ok);
    QVERIFY(QFile::remove(store.tokenFile(ada())));
    ArmAccountStore::Outcome outcome;
    QVERIFY(loadToken(store, store.accounts().first(), this, &outcome).isEmpty());
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(QLatin1String("Sign in again")), qPrintable(outcome.error));
    std::optional<ArmAccountStore::Outcome> made;
    TokenManager *m = reinterpret_cast<TokenManager *>(1);
    store.makeTokenManager(store.accounts().first(), &m_nam, this,
                           [&](TokenManager *tm, const ArmAccountStore::Outcome &oc) {
                               m = tm;
                               made = oc;
                           });
    QTRY_VERIFY_WITH_TIMEOUT(made.has_value(), 10000);
    QVERIFY(!made->ok);
    QCOMPARE(m, nullptr);
}

QTEST_GUILESS_MAIN(TestArmAccounts)
#include "tst_armaccounts.moc"
