// wizard::SignIn (the sign-in page's view-model) against sim::EntraSimulator and sim::ArmSimulator
// over TLS on loopback: the code and address come from the server, the countdown runs, approval
// saves the tenant's enabled subscriptions and selects the first as the current account; expired
// and declined codes end in Failed with their own message and nothing saved; start over asks for
// a fresh code; the Advanced fields refuse bad values by name.
#include "arm_signin_harness.h"
#include "wizard/signin.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dockervm;
using Phase = wizard::SignIn::Phase;

class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void approvedSignInSavesAndSelects();
    void expiredCodeFailsAndStartOverGetsANewCode();
    void declinedCode();
    void advancedFieldsRefuseBadValues();

private:
    std::unique_ptr<wizard::SignIn> make();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ArmSignInHarness> m_azure;
    QNetworkAccessManager m_nam;
};

void TestSignIn::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_azure = std::make_unique<ArmSignInHarness>();
    sim::EntraSimulator::Options entra;
    entra.intervalSec = 1;
    entra.verificationUri = QStringLiteral("https://login.example.test/wizard-device");
    QString error;
    QVERIFY2(m_azure->start(entra, {}, &error), qPrintable(error));
}

void TestSignIn::cleanup()
{
    m_azure.reset();
    m_dir.reset();
}

std::unique_ptr<wizard::SignIn> TestSignIn::make()
{
    wizard::SignIn::Options o;
    o.networkAccessManager = &m_nam;
    o.accountConfigDir = m_dir->filePath(QStringLiteral("config"));
    o.accountDataDir = m_dir->filePath(QStringLiteral("data"));
    o.filesOnly = true;
    o.endpoints = m_azure->endpoints();
    return std::make_unique<wizard::SignIn>(o);
}

void TestSignIn::approvedSignInSavesAndSelects()
{
    auto signIn = make();
    QVERIFY(signIn->accounts().isEmpty());
    QSignalSpy ticks(signIn.get(), &wizard::SignIn::tick);
    QSignalSpy signedIn(signIn.get(), &wizard::SignIn::signedIn);
    signIn->start();
    QCOMPARE(signIn->phase(), Phase::RequestingCode);
    QTRY_COMPARE_WITH_TIMEOUT(signIn->phase(), Phase::WaitingForUser, 15000);
    QCOMPARE(signIn->userCode(), m_azure->entra.sim->lastUserCode());
    QCOMPARE(signIn->verificationUri(),
             QUrl(QStringLiteral("https://login.example.test/wizard-device")));
    QVERIFY(signIn->serverMessage().contains(signIn->userCode()));
    QVERIFY(signIn->secondsLeft() > 800 && signIn->secondsLeft() <= 900);
    QVERIFY2(signIn->statusText().contains(QLatin1String("expires in 1")),
             qPrintable(signIn->statusText()));
    QVERIFY(ticks.wait(3000)); // the countdown moves
    QVERIFY(m_azure->entra.sim->approve(signIn->userCode()));
    QVERIFY(signedIn.wait(15000));
    QCOMPARE(signIn->phase(), Phase::SignedIn);
    QCOMPARE(signIn->user(), QStringLiteral("ada@contoso.example"));
    const QList<accounts::AccountInfo> saved = signIn->accounts();
    QCOMPARE(saved.size(), 2);
    QVERIFY(signIn->selected().has_value());
    // The selection is the shared current account (what `docker-vm` commands use).
    const accounts::Accounts store(m_dir->filePath(QStringLiteral("config")),
                                   m_dir->filePath(QStringLiteral("data")), true);
    QCOMPARE(store.current()->id, signIn->selectedId());
    QVERIFY(signIn->select(saved.at(1).id));
    QCOMPARE(store.current()->id, saved.at(1).id);
    QVERIFY(!signIn->select(QStringLiteral("00000000-0000-0000-0000-000000000000")));
    QVERIFY(signIn->error().contains(QLatin1String("00000000-0000")));
    // A new view-model preselects the current ARM account.
    QCOMPARE(make()->selectedId(), saved.at(1).id);
}

void TestSignIn::expiredCodeFailsAndStartOverGetsANewCode()
{
    auto signIn = make();
    signIn->start();
    QTRY_COMPARE_WITH_TIMEOUT(signIn->phase(), Phase::WaitingForUser, 15000);
    const QString first = signIn->userCode();
    QVERIFY(m_azure->entra.sim->expireCode(first));
    QTRY_COMPARE_WITH_TIMEOUT(signIn->phase(), Phase::Failed, 15000);
    QCOMPARE(signIn->errorKind(), identity::DeviceCodeResult::Error::Expired);
    QVERIFY2(signIn->error().contains(QLatin1String("expired")), qPrintable(signIn->error()));
    QVERIFY(signIn->accounts().isEmpty());
    signIn->startOver();
    QTRY_COMPARE_WITH_TIMEOUT(signIn->phase(), Phase::WaitingForUser, 15000);
    QVERIFY(signIn->userCode() != first);
    QVERIFY(signIn->error().isEmpty());
    // Start over while waiting: the old code is dropped, a fresh one shown.
    const QString second = signIn->userCode();
    signIn->startOver();
    QTRY_VERIFY_WITH_TIMEOUT(
        signIn->phase() == Phase::WaitingForUser && signIn->userCode() != second, 15000);
    QCOMPARE(m_azure->entra.sim->deviceCodeRequests(), 3);
    signIn->cancel();
    QTRY_COMPARE(signIn->phase(), Phase::Idle);
}

void TestSignIn::declinedCode()
{
    auto signIn = make();
    signIn->start();
    QTRY_COMPARE_WITH_TIMEOUT(signIn->phase(), Phase::WaitingForUser, 15000);
    QVERIFY(m_azure->entra.sim->decline(signIn->userCode()));
    QTRY_COMPARE_WITH_TIMEOUT(signIn->phase(), Phase::Failed, 15000);
    QCOMPARE(signIn->errorKind(), identity::DeviceCodeResult::Error::Declined);
    QVERIFY(signIn->accounts().isEmpty());
}

void TestSignIn::advancedFieldsRefuseBadValues()
{
    auto signIn = make();
    const identity::CloudEndpoints before = signIn->endpoints();
    QVERIFY(signIn->setAuthority(QStringLiteral("login.microsoftonline.us"))
                .contains(QLatin1String("Sign-in server")));
    QVERIFY(signIn->setArmEndpoint(QStringLiteral("http://management.example"))
                .contains(QLatin1String("Resource Manager")));
    QVERIFY(signIn->setTenant(QStringLiteral("a/b")).contains(QLatin1String("Tenant")));
    QVERIFY(signIn->setManagementCaFile(m_dir->filePath(QStringLiteral("none.pem")))
                .contains(QLatin1String("none.pem")));
    QVERIFY(signIn->endpoints() == before);
    QVERIFY(signIn->setAuthority(QStringLiteral("https://login.microsoftonline.us")).isEmpty());
    QVERIFY(
        signIn->setArmEndpoint(QStringLiteral("https://management.usgovcloudapi.net")).isEmpty());
    QVERIFY(signIn->setTenant(QStringLiteral("contoso.onmicrosoft.com")).isEmpty());
    QCOMPARE(signIn->endpoints().tenant, QStringLiteral("contoso.onmicrosoft.com"));
    QVERIFY(signIn->isCustomCloud());
    // The token audience follows a known sovereign cloud's Resource Manager.
    QCOMPARE(accounts::knownArmResource(signIn->endpoints().armEndpoint),
             QStringLiteral("https://management.core.usgovcloudapi.net/"));
    QCOMPARE(accounts::knownArmResource(QUrl(QStringLiteral("https://management.azure.com"))),
             identity::CloudEndpoints().armResource);
    QVERIFY(accounts::knownArmResource(m_azure->arm->endpoint()).isEmpty());
    QVERIFY(signIn->setAuthority({}).isEmpty());
    QCOMPARE(signIn->endpoints().authority, identity::CloudEndpoints().authority);
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
