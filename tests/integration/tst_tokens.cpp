// identity::TokenManager against sim::EntraSimulator over real TLS on loopback: refresh before
// expiry (80 % of the lifetime, on a test clock), single flight, refresh token rotation reaching
// the sink, invalidate() after a 401, invalid_grant → SignInRequired + signal, another tenant.
#include "entra_harness.h"
#include "identity/devicecodeflow.h"
#include "identity/tokenmanager.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace dockervm;
using namespace dockervm::identity;
using sim::EntraSimulator;
using sim::EntraUser;

namespace {

struct Got
{
    AccessToken token;
    TokenError error;
};

std::optional<Got> fetch(TokenSource &source, QObject *context)
{
    std::optional<Got> got;
    source.accessToken(context, [&got](const AccessToken &t, const TokenError &e) {
        got = Got{t, e};
    });
    if (!QTest::qWaitFor([&got] { return got.has_value(); }, 10000))
        return std::nullopt;
    return got;
}

const QString kSecondTenant = QStringLiteral("0b1f3e2a-5c1d-4e8f-9a6b-7c2d1e0f9a8b");

EntraSimulator::Options twoTenants()
{
    EntraSimulator::Options o;
    EntraUser u = EntraSimulator::defaultUser();
    u.tenantIds.append(kSecondTenant);
    o.users = {u};
    o.intervalSec = 1;
    o.accessTokenLifetimeSec = 3600;
    return o;
}

} // namespace

class TestTokens : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refreshesBeforeExpiry();
    void singleFlight();
    void rotationReachesTheSink();
    void invalidateForcesRefresh();
    void revokedRefreshTokenNeedsSignIn();
    void expiredRefreshTokenNeedsSignIn();
    void otherTenant();
    void unknownTenantIsNotUsable();
    void transportFailureIsTransient();
    void refreshThresholds();
    void callbacksOnlyWhileContextLives();
    void logsNoSecrets();

private:
    // Signs in once through the device code flow and returns the refresh token.
    QByteArray signIn(EntraHarness &h);

    QNetworkAccessManager m_nam;
    QDateTime m_now;
};

void TestTokens::init()
{
    m_now = QDateTime::currentDateTimeUtc();
}

QByteArray TestTokens::signIn(EntraHarness &h)
{
    DeviceCodeFlow::Options o;
    o.secondMs = 10;
    DeviceCodeFlow flow(&m_nam, h.endpoints(), o);
    QSignalSpy ready(&flow, &DeviceCodeFlow::codeReady);
    QSignalSpy done(&flow, &DeviceCodeFlow::finished);
    flow.start();
    if (!ready.wait(10000))
        return {};
    h.sim->approve(h.sim->lastUserCode());
    if (!done.wait(10000))
        return {};
    return done.constFirst().constFirst().value<DeviceCodeResult>().tokens.refreshToken;
}

void TestTokens::refreshesBeforeExpiry()
{
    EntraHarness h;
    QVERIFY(h.start(twoTenants()));
    const QByteArray rt = signIn(h);
    QVERIFY(!rt.isEmpty());
    TokenManager::Options o;
    o.clock = [this] {
        return m_now;
    };
    CloudEndpoints e = h.endpoints();
    e.tenant = EntraSimulator::defaultUser().tenantIds.first();
    TokenManager tm(&m_nam, e, rt, o);
    const auto first = fetch(tm, this);
    QVERIFY(first && !first->error);
    QCOMPARE(tm.refreshCount(), 1);
    QVERIFY(h.sim->checkAccessToken(first->token.token).ok);
    QCOMPARE(h.sim->checkAccessToken(first->token.token).tenantId, e.tenant);
    QCOMPARE(tm.claims().userName, QStringLiteral("ada@contoso.example"));

    m_now = m_now.addSecs(60 * 47); // 78 %: the same token
    const auto second = fetch(tm, this);
    QVERIFY(second && !second->error);
    QCOMPARE(second->token.token, first->token.token);
    QCOMPARE(tm.refreshCount(), 1);

    m_now = m_now.addSecs(60 * 2); // 82 %: refreshed, before it expired
    const auto third = fetch(tm, this);
    QVERIFY(third && !third->error);
    QVERIFY(third->token.token != first->token.token);
    QCOMPARE(tm.refreshCount(), 2);
    QCOMPARE(h.sim->refreshRequests(), 2);
}

void TestTokens::singleFlight()
{
    EntraHarness h;
    QVERIFY(h.start(twoTenants()));
    const QByteArray rt = signIn(h);
    TokenManager tm(&m_nam, h.endpoints(), rt);
    std::optional<Got> a, b;
    tm.accessToken(this, [&a](const AccessToken &t, const TokenError &e) { a = Got{t, e}; });
    tm.accessToken(this, [&b](const AccessToken &t, const TokenError &e) { b = Got{t, e}; });
    QTRY_VERIFY_WITH_TIMEOUT(a && b, 10000);
    QVERIFY(!a->error && !b->error);
    QCOMPARE(a->token.token, b->token.token);
    QCOMPARE(h.sim->refreshRequests(), 1);
    QCOMPARE(tm.refreshCount(), 1);
}

void TestTokens::rotationReachesTheSink()
{
    EntraHarness h;
    QVERIFY(h.start(twoTenants()));
    const QByteArray rt = signIn(h);
    TokenManager tm(&m_nam, h.endpoints(), rt);
    QList<QByteArray> saved;
    tm.setRefreshTokenSink([&saved](const QByteArray &r) { saved.append(r); });
    QVERIFY(fetch(tm, this));
    QCOMPARE(saved.size(), 1);
    QVERIFY(saved.first() != rt);
    QVERIFY(h.sim->issuedRefreshTokens().contains(saved.first()));
    tm.invalidate(fetch(tm, this)->token.token);
    QVERIFY(fetch(tm, this));
    QCOMPARE(saved.size(), 2);
    QVERIFY(saved.at(1) != saved.at(0));
    // The newest one is used: revoking the first rotated token does not matter any more.
    h.sim->revokeRefreshToken(saved.at(0));
    tm.invalidate(fetch(tm, this)->token.token);
    const auto after = fetch(tm, this);
    QVERIFY(after && !after->error);
}

void TestTokens::invalidateForcesRefresh()
{
    EntraHarness h;
    QVERIFY(h.start(twoTenants()));
    TokenManager tm(&m_nam, h.endpoints(), signIn(h));
    const auto first = fetch(tm, this);
    QVERIFY(first && !first->error);
    tm.invalidate(QByteArrayLiteral("some other token")); // not ours: nothing happens
    QCOMPARE(fetch(tm, this)->token.token, first->token.token);
    QCOMPARE(tm.refreshCount(), 1);
    // ARM said 401 ExpiredAuthenticationToken for this one.
    h.sim->expireAccessToken(first->token.token);
    QVERIFY(h.sim->checkAccessToken(first->token.token).expired);
    tm.invalidate(first->token.token);
    const auto second = fetch(tm, this);
    QVERIFY(second && !second->error);
    QVERIFY(second->token.token != first->token.token);
    QVERIFY(h.sim->checkAccessToken(second->token.token).ok);
    QCOMPARE(tm.refreshCount(), 2);
}

void TestTokens::revokedRefreshTokenNeedsSignIn()
{
    EntraHarness h;
    QVERIFY(h.start(twoTenants()));
    TokenManager tm(&m_nam, h.endpoints(), signIn(h));
    QSignalSpy needed(&tm, &TokenSource::signInRequired);
    h.sim->revokeUser(QStringLiteral("ada@contoso.example"));
    const auto got = fetch(tm, this);
    QVERIFY(got);
    QCOMPARE(got->error.kind, TokenError::Kind::SignInRequired);
    QVERIFY2(got->error.message.contains(QLatin1String("AADSTS50173")),
             qPrintable(got->error.message));
    QVERIFY(!got->error.message.contains(QLatin1String("Trace ID")));
    QVERIFY(got->error.message.contains(QLatin1String("Sign in again")));
    QCOMPARE(needed.count(), 1);
    QCOMPARE(h.sim->deviceCodeRequests(), 1); // the one of signIn(): never started by itself
}

void TestTokens::expiredRefreshTokenNeedsSignIn()
{
    EntraHarness h;
    QVERIFY(h.start(twoTenants()));
    const QByteArray rt = signIn(h);
    h.sim->revokeRefreshToken(rt);
    TokenManager tm(&m_nam, h.endpoints(), rt);
    QSignalSpy needed(&tm, &TokenSource::signInRequired);
    const auto got = fetch(tm, this);
    QVERIFY(got);
    QCOMPARE(got->error.kind, TokenError::Kind::SignInRequired);
    QVERIFY(got->error.message.contains(QLatin1String("AADSTS70008")));
    QCOMPARE(needed.count(), 1);
}

void TestTokens::otherTenant()
{
    EntraHarness h;
    QVERIFY(h.start(twoTenants()));
    TokenManager home(&m_nam, h.endpoints(), signIn(h));
    QList<QByteArray> saved;
    home.setRefreshTokenSink([&saved](const QByteArray &r) { saved.append(r); });
    QVERIFY(fetch(home, this));
    std::unique_ptr<TokenManager> other(home.forTenant(kSecondTenant));
    const auto got = fetch(*other, this);
    QVERIFY(got && !got->error);
    QCOMPARE(h.sim->checkAccessToken(got->token.token).tenantId, kSecondTenant);
    QCOMPARE(other->claims().tenantId, kSecondTenant);
    QCOMPARE(saved.size(), 2); // both rotations reached the one sink
    QVERIFY(home.hasRefreshToken());
}

void TestTokens::unknownTenantIsNotUsable()
{
    EntraHarness h;
    QVERIFY(h.start(twoTenants()));
    TokenManager home(&m_nam, h.endpoints(), signIn(h));
    std::unique_ptr<TokenManager> other(
        home.forTenant(EntraSimulator::defaultUser().tenantIds.first() == kSecondTenant
                           ? QString()
                           : QStringLiteral("11111111-2222-3333-4444-555555555555")));
    const auto got = fetch(*other, this);
    QVERIFY(got && got->error);
    QVERIFY2(got->error.message.contains(QLatin1String("AADSTS90002")),
             qPrintable(got->error.message));
}

void TestTokens::transportFailureIsTransient()
{
    EntraHarness h;
    QVERIFY(h.start(twoTenants()));
    TokenManager tm(&m_nam, h.endpoints(), signIn(h));
    h.sim->dropNextRequests(5); // more than Qt's own resend of a dropped keep-alive request
    const auto got = fetch(tm, this);
    QVERIFY(got);
    QCOMPARE(got->error.kind, TokenError::Kind::Transient);
    QVERIFY2(got->error.message.contains(QLatin1String("127.0.0.1")),
             qPrintable(got->error.message));
    h.sim->dropNextRequests(0);
    const auto again = fetch(tm, this);
    QVERIFY(again && !again->error);
}

void TestTokens::refreshThresholds()
{
    const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const QDateTime hour = t0.addSecs(3600);
    QVERIFY(!TokenManager::needsRefresh(t0, hour, t0.addSecs(2879)));
    QVERIFY(TokenManager::needsRefresh(t0, hour, t0.addSecs(2880))); // 80 %
    const QDateTime day = t0.addSecs(86400); // long-lived: 80 % comes first too
    QVERIFY(!TokenManager::needsRefresh(t0, day, t0.addSecs(69119)));
    QVERIFY(TokenManager::needsRefresh(t0, day, t0.addSecs(69120)));
    const QDateTime tenMin = t0.addSecs(600); // 5 minutes left comes first
    QVERIFY(!TokenManager::needsRefresh(t0, tenMin, t0.addSecs(299)));
    QVERIFY(TokenManager::needsRefresh(t0, tenMin, t0.addSecs(300)));
    const QDateTime short_ = t0.addSecs(20); // shorter than 10 min: at half its lifetime
    QVERIFY(!TokenManager::needsRefresh(t0, short_, t0.addSecs(9)));
    QVERIFY(TokenManager::needsRefresh(t0, short_, t0.addSecs(10)));
    QVERIFY(TokenManager::needsRefresh(t0, hour, hour)); // expired
}

void TestTokens::callbacksOnlyWhileContextLives()
{
    EntraHarness h;
    QVERIFY(h.start(twoTenants()));
    TokenManager tm(&m_nam, h.endpoints(), signIn(h));
    bool called = false;
    auto context = std::make_unique<QObject>();
    tm.accessToken(context.get(),
                   [&called](const AccessToken &, const TokenError &) { called = true; });
    context.reset();
    const auto got = fetch(tm, this); // the same refresh, delivered to the live caller only
    QVERIFY(got && !got->error);
    QVERIFY(!called);
    QCOMPARE(tm.refreshCount(), 1);
}

namespace {
QStringList *g_log = nullptr;
void capture(QtMsgType, const QMessageLogContext &, const QString &text)
{
    if (g_log)
        g_log->append(text);
}
} // namespace

void TestTokens::logsNoSecrets()
{
    QStringList log;
    g_log = &log;
    QLoggingCategory::setFilterRules(QStringLiteral("dockervm.*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    EntraHarness h;
    QVERIFY(h.start(twoTenants()));
    const QByteArray rt = signIn(h);
    TokenManager tm(&m_nam, h.endpoints(), rt);
    const auto got = fetch(tm, this);
    h.sim->revokeUser(QStringLiteral("ada@contoso.example"));
    tm.invalidate(got->token.token);
    const auto failed = fetch(tm, this);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    g_log = nullptr;
    QVERIFY(got && !got->error);
    QVERIFY(failed && failed->error);
    QVERIFY(log.size() >= 5); // the category did log
    const QString all = log.join(QLatin1Char('\n'));
    QVERIFY(!all.contains(QString::fromLatin1(rt)));
    QVERIFY(!all.contains(QString::fromLatin1(got->token.token)));
    for (const QByteArray &t : h.sim->issuedRefreshTokens())
        QVERIFY(!all.contains(QString::fromLatin1(t)));
    QCOMPARE(h.sim->issuedDeviceCodes().size(), 1);
    QVERIFY(!all.contains(QString::fromLatin1(h.sim->issuedDeviceCodes().first())));
}

QTEST_GUILESS_MAIN(TestTokens)
#include "tst_tokens.moc"
