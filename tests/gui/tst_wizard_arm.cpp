// The real wizard, offscreen, on demo mode's Entra ID and ARM simulators: the start page offers
// "Sign in to Azure" and the classic import; the sign-in page shows the server's sentence, code
// and address, Copy code puts the code on the clipboard, the countdown runs, the demo approves
// the code by itself, and the saved subscriptions are listed with the chosen one made the shared
// current account. Expired codes say so and Start over asks for a fresh one; Advanced refuses a
// bad authority by name. Nothing leaves the machine (the loopback guard counts).
//
// Not yet here: the pages after sign-in still speak to the classic subscription only, so Next
// stays off on the sign-in page and the page names the command line instead (see the report of
// issue 10).
#include "accounts/accounts.h"
#include "sim/demoenvironment.h"
#include "sim/entrasim.h"
#include "ui/pages.h"
#include "ui/setupwizard.h"
#include "wizard/setupcontroller.h"
#include "wizard/signin.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dockervm;
using Controller = wizard::SetupController;
using Page = Controller::Page;
using Phase = wizard::SignIn::Phase;

class tst_WizardArm : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void signInThroughTheWizard();
    void expiredCodeAndStartOver();
    void advancedRefusesABadAuthority();
    void classicChoiceStillImports();

private:
    void make(int approveAfterMs);
    template <typename T> T *find(const QString &name) const
    {
        T *w = m_wizard->findChild<T *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }
    // On the indicator: a radio button's wide empty right part is no hit.
    static void clickRadio(QRadioButton *radio)
    {
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
    }
    QAbstractButton *nextButton() const { return m_wizard->button(QWizard::NextButton); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sim::DemoEnvironment> m_env;
    std::unique_ptr<Controller> m_controller;
    std::unique_ptr<ui::SetupWizard> m_wizard;
};

void tst_WizardArm::make(int approveAfterMs)
{
    m_dir = std::make_unique<QTemporaryDir>();
    sim::DemoEnvironment::Options envOptions;
    envOptions.baseDir = m_dir->path();
    envOptions.fastKeys = true;
    envOptions.deviceCodeApproveAfterMs = approveAfterMs;
    m_env = std::make_unique<sim::DemoEnvironment>(envOptions);
    QString error;
    QVERIFY2(m_env->start(&error), qPrintable(error));
    Controller::Options o;
    o.demo = true;
    o.accountConfigDir = m_env->accountConfigDir();
    o.accountDataDir = m_env->accountDataDir();
    o.settingsFile = m_env->settingsFile();
    o.defaultCertDir = m_env->certDir();
    o.networkAccessManager = m_env->networkAccessManager();
    o.client = m_env->clientOptions();
    o.provisioner = m_env->provisionerOptions();
    o.keyType = m_env->keyType();
    o.signInEndpoints = m_env->cloudEndpoints();
    m_controller = std::make_unique<Controller>(o);
    m_wizard = std::make_unique<ui::SetupWizard>(m_controller.get());
    m_wizard->show();
    QApplication::setActiveWindow(m_wizard.get());
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
}

void tst_WizardArm::init()
{
    make(800);
}

void tst_WizardArm::cleanup()
{
    if (m_env)
        QCOMPARE(m_env->networkAccessManager()->refusedCount(), 0);
    m_wizard.reset();
    m_controller.reset();
    m_env.reset();
    m_dir.reset();
}

void tst_WizardArm::signInThroughTheWizard()
{
    QCOMPARE(m_wizard->currentId(), int(Page::Welcome));
    auto *signInRadio = find<QRadioButton>(QStringLiteral("signInRadio"));
    auto *classicRadio = find<QRadioButton>(QStringLiteral("publishSettingsRadio"));
    QVERIFY(signInRadio->isVisible() && classicRadio->isVisible());
    QVERIFY(classicRadio->text().contains(QLatin1String(".publishsettings")));
    clickRadio(signInRadio);
    QCOMPARE(m_controller->access(), Controller::Access::SignIn);
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    QTRY_COMPARE(m_wizard->currentId(), int(Page::SignIn));

    // Entering the page asks for a code at once; the page shows what the server sent.
    wizard::SignIn *signIn = m_controller->signIn();
    QTRY_COMPARE_WITH_TIMEOUT(signIn->phase(), Phase::WaitingForUser, 15000);
    auto *code = find<QLabel>(QStringLiteral("signInCode"));
    QTRY_VERIFY(code->isVisible());
    QCOMPARE(code->text(), m_env->entra()->lastUserCode());
    QCOMPARE(find<QLabel>(QStringLiteral("signInMessage"))->text(), signIn->serverMessage());
    QVERIFY(find<QLabel>(QStringLiteral("signInAddress"))
                ->text()
                .contains(signIn->verificationUri().toString()));
    QVERIFY(
        find<QLabel>(QStringLiteral("signInStatus"))->text().contains(QLatin1String("expires")));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("copyCodeButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), signIn->userCode());
    QVERIFY(!nextButton()->isEnabled());

    // The demo approves the code by itself; the subscriptions appear, the first chosen.
    QTRY_COMPARE_WITH_TIMEOUT(signIn->phase(), Phase::SignedIn, 20000);
    auto *list = find<QListWidget>(QStringLiteral("armSubscriptionList"));
    QTRY_COMPARE(list->count(), 2);
    QVERIFY(list->currentItem());
    QVERIFY(list->currentItem()->text().contains(QLatin1String("Demo Subscription")));
    const accounts::Accounts store(m_env->accountConfigDir(), m_env->accountDataDir(), true);
    // The demo's classic subscription was current: the sign-in leaves it, the choice changes it.
    list->setCurrentRow(1);
    QTRY_COMPARE(store.current()->kind, cloud::Kind::ResourceManager);
    QCOMPARE(store.current()->id, list->item(1)->data(Qt::UserRole).toString());
    QVERIFY(find<QLabel>(QStringLiteral("signInCommandLine"))->isVisible());
    QVERIFY(find<QLabel>(QStringLiteral("signInCommandLine"))
                ->text()
                .contains(QLatin1String("docker-vm create")));
    // The later pages are classic-only still: Next stays off rather than use the wrong account.
    QVERIFY(!nextButton()->isEnabled());

    // Back to the start page and in again: the saved subscriptions are offered without a code.
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Welcome));
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    QTRY_COMPARE(m_wizard->currentId(), int(Page::SignIn));
    QCOMPARE(signIn->phase(), Phase::SignedIn);
    QCOMPARE(list->count(), 2);
    QCOMPARE(m_env->entra()->deviceCodeRequests(), 1);
}

void tst_WizardArm::expiredCodeAndStartOver()
{
    cleanup();
    make(-1); // nobody approves
    clickRadio(find<QRadioButton>(QStringLiteral("signInRadio")));
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    QTRY_COMPARE(m_wizard->currentId(), int(Page::SignIn));
    wizard::SignIn *signIn = m_controller->signIn();
    QTRY_COMPARE_WITH_TIMEOUT(signIn->phase(), Phase::WaitingForUser, 15000);
    const QString first = signIn->userCode();
    QVERIFY(m_env->entra()->expireCode(first));
    auto *error = find<QLabel>(QStringLiteral("signInError"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
    QVERIFY2(error->text().contains(QLatin1String("expired")), qPrintable(error->text()));
    auto *startOver = find<QPushButton>(QStringLiteral("signInStartOverButton"));
    QVERIFY(startOver->isVisible());
    QTest::mouseClick(startOver, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(signIn->phase(), Phase::WaitingForUser, 15000);
    QVERIFY(signIn->userCode() != first);
    QTRY_VERIFY(!error->isVisible());
    QCOMPARE(find<QLabel>(QStringLiteral("signInCode"))->text(), signIn->userCode());
    // Declined by the user in the browser: its own message.
    QVERIFY(m_env->entra()->decline(signIn->userCode()));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
    QVERIFY2(error->text().contains(QLatin1String("declined")), qPrintable(error->text()));
    QCOMPARE(find<QListWidget>(QStringLiteral("armSubscriptionList"))->count(), 0);
}

void tst_WizardArm::advancedRefusesABadAuthority()
{
    clickRadio(find<QRadioButton>(QStringLiteral("signInRadio")));
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    QTRY_COMPARE(m_wizard->currentId(), int(Page::SignIn));
    wizard::SignIn *signIn = m_controller->signIn();
    QTRY_COMPARE_WITH_TIMEOUT(signIn->phase(), Phase::WaitingForUser, 15000);
    auto *advanced = find<QAbstractButton>(QStringLiteral("signInAdvancedToggle"));
    if (!advanced->isChecked())
        QTest::mouseClick(advanced, Qt::LeftButton);
    auto *authority = find<QLineEdit>(QStringLiteral("authorityEdit"));
    authority->setText(QStringLiteral("login.example"));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("signInStartOverButton")), Qt::LeftButton);
    auto *error = find<QLabel>(QStringLiteral("signInAdvancedError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("Sign-in server")), qPrintable(error->text()));
    QVERIFY(error->text().contains(QLatin1String("login.example")));
    QCOMPARE(m_env->entra()->deviceCodeRequests(), 1); // no new request
}

void tst_WizardArm::classicChoiceStillImports()
{
    clickRadio(find<QRadioButton>(QStringLiteral("publishSettingsRadio")));
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Subscription));
    QCOMPARE(m_env->entra()->deviceCodeRequests(), 0);
}

QTEST_MAIN(tst_WizardArm)
#include "tst_wizard_arm.moc"
