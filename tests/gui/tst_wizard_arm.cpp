// The real wizard, offscreen, on demo mode's Entra ID and ARM simulators: the start page offers
// "Sign in to Azure" and the classic import; the sign-in page shows the server's sentence, code
// and address, Copy code puts the code on the clipboard, the countdown runs, the demo approves
// the code by itself, and the saved subscriptions are listed with the chosen one made the shared
// current account. Expired codes say so and Start over asks for a fresh one; Advanced refuses a
// bad authority by name. Nothing leaves the machine (the loopback guard counts).
// After sign-in the same pages go through the subscription's ArmCloud: region, Ubuntu LTS images
// (out-of-support ones refused), sizes of the region, the VM page's SSH key / allow-from /
// resource group, Docker port 2376, the review's facts, Create with its progress rows, and the
// connection page connected over real mutual TLS to the simulated VM's Docker. Failures (403 on
// the VM, cancel) roll back to nothing: no resource in the simulator, an empty journal folder.
#include "accounts/accounts.h"
#include "docker/connectioncontroller.h"
#include "sim/armsimulator.h"
#include "sim/demoenvironment.h"
#include "sim/dockerhost.h"
#include "sim/entrasim.h"
#include "ui/pages.h"
#include "ui/setupwizard.h"
#include "wizard/provisioningsteps.h"
#include "wizard/setupcontroller.h"
#include "wizard/signin.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace dockervm;
using Controller = wizard::SetupController;
using Page = Controller::Page;
using Phase = wizard::SignIn::Phase;

class tst_WizardArm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Q_INIT_RESOURCE(wizard); }
    void init();
    void cleanup();
    void signInThroughTheWizard();
    void expiredCodeAndStartOver();
    void advancedRefusesABadAuthority();
    void classicChoiceStillImports();
    void createOnArmToAConnectedPanel();
    void vmPageRulesOnArm();
    void closeWithNameCheckInFlight();
    void forbiddenVmFailsAndRollsBack();
    void cancelDuringCreateRollsBack();
    void secondRunAfterRestart();
    void mnemonicsReachTheirFields();

private:
    // Every visible &-mnemonic of the current page is unique (buttons, buddied labels, the
    // wizard's buttons), and each label's Alt+letter puts the focus on its field.
    void verifyMnemonics(const QString &where);
    // Region → Image → VM (filled) → Docker → Review, checking each page's mnemonics.
    void walkMnemonicsToReview(const QString &path, const QString &label);
    void make(int approveAfterMs, std::function<void(sim::DemoEnvironment::Options &)> tweak = {});
    // Welcome → sign in (the demo approves) → the first subscription chosen → Region.
    void signInToRegion();
    // Region → Image → VM page, with the DNS label, user and the default SSH key.
    void toVirtualMachine(const QString &label);
    // VM → Docker → Review → Create: the Progress page.
    void createFromVirtualMachine();
    QStringList journalFiles() const
    {
        return QDir(m_env->journalDir()).entryList(QDir::Files | QDir::NoDotAndDotDot);
    }
    void altRight() { QTest::keyClick(m_wizard.get(), Qt::Key_Right, Qt::AltModifier); }
    QString m_keyFile;
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

void tst_WizardArm::make(int approveAfterMs,
                         std::function<void(sim::DemoEnvironment::Options &)> tweak)
{
    m_dir = std::make_unique<QTemporaryDir>();
    // A home of our own: the VM page proposes ~/.ssh/id_ed25519.pub from it.
    const QString home = m_dir->filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home + QStringLiteral("/.ssh")));
    qputenv("HOME", QFile::encodeName(home));
    m_keyFile = home + QStringLiteral("/.ssh/id_ed25519.pub");
    {
        QFile key(m_keyFile);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl "
            "admin@example\n");
    }
    sim::DemoEnvironment::Options envOptions;
    envOptions.baseDir = m_dir->path();
    envOptions.fastKeys = true;
    envOptions.deviceCodeApproveAfterMs = approveAfterMs;
    envOptions.latencyMs = 0;
    envOptions.pollIntervalMs = 40;
    envOptions.armOperationDelayMs = 60;
    envOptions.armGroupDeleteDelayMs = 60;
    envOptions.armBootDelayMs = 150;
    if (tweak)
        tweak(envOptions);
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
    o.nameDebounceMs = 40;
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
    // The chosen subscription's cloud opens (its saved token): Next goes on with it.
    QTRY_VERIFY(nextButton()->isEnabled());
    QCOMPARE(m_controller->cloud()->kind(), cloud::Kind::ResourceManager);
    QCOMPARE(m_controller->cloud()->accountId(), list->item(1)->data(Qt::UserRole).toString());
    QCOMPARE(m_controller->nextPage(Page::SignIn), Page::Region);

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

void tst_WizardArm::signInToRegion()
{
    clickRadio(find<QRadioButton>(QStringLiteral("signInRadio")));
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::SignIn));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->signIn()->phase(), Phase::SignedIn, 20000);
    auto *list = find<QListWidget>(QStringLiteral("armSubscriptionList"));
    QTRY_VERIFY(list->count() > 0);
    list->setCurrentRow(0);
    QVERIFY(list->currentItem()->text().contains(QLatin1String("Demo Subscription")));
    QTRY_VERIFY(nextButton()->isEnabled());
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Region));
}

void tst_WizardArm::toVirtualMachine(const QString &label)
{
    signInToRegion();
    auto *regions = find<QListWidget>(QStringLiteral("regionList"));
    QTRY_VERIFY_WITH_TIMEOUT(regions->count() > 0, 15000);
    QTRY_COMPARE(m_controller->catalogue()->location(), QStringLiteral("westus"));
    QTRY_VERIFY(nextButton()->isEnabled());
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Image));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->catalogue()->imagesState(),
                              wizard::Catalogue::LoadState::Loaded, 15000);
    QTRY_VERIFY(nextButton()->isEnabled());
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::VirtualMachine));
    auto *size = find<QComboBox>(QStringLiteral("sizeCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(size->count() > 0, 15000);
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("dnsNameEdit")), label);
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("userEdit")), QStringLiteral("azureuser"));
}

void tst_WizardArm::createFromVirtualMachine()
{
    QTRY_VERIFY(nextButton()->isEnabled());
    altRight(); // the DNS label check, then on
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(Page::Docker), 15000);
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Review));
    altRight(); // Create
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Progress));
}

void tst_WizardArm::createOnArmToAConnectedPanel()
{
    signInToRegion();
    auto *regions = find<QListWidget>(QStringLiteral("regionList"));
    QTRY_VERIFY_WITH_TIMEOUT(regions->count() > 0, 15000);
    // The subscription's regions by their Resource Manager names; West US chosen.
    QTRY_COMPARE(m_controller->catalogue()->location(), QStringLiteral("westus"));
    QVERIFY(regions->currentItem());
    QCOMPARE(regions->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("westus"));
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Image));

    // Ubuntu LTS, newest first; the newest chosen; out-of-support ones marked and refused.
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->catalogue()->imagesState(),
                              wizard::Catalogue::LoadState::Loaded, 15000);
    auto *table = find<QTableView>(QStringLiteral("imageTable"));
    QVERIFY(table->model()->rowCount() >= 2);
    QVERIFY2(table->model()->index(0, 0).data().toString().contains(QLatin1String("24.04")),
             qPrintable(table->model()->index(0, 0).data().toString()));
    const QString newest = m_controller->catalogue()->imageName();
    QVERIFY2(newest.startsWith(QLatin1String("Canonical:")), qPrintable(newest));
    int oldRow = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, 0).data().toString().contains(QLatin1String("out of support")))
            oldRow = r;
    QVERIFY2(oldRow > 0, "no image marked out of support");
    table->selectRow(oldRow);
    auto *warning = find<QLabel>(QStringLiteral("imageWarning"));
    QTRY_VERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QLatin1String("standard support")),
             qPrintable(warning->text()));
    QVERIFY(!nextButton()->isEnabled());
    table->selectRow(0);
    QTRY_COMPARE(m_controller->catalogue()->imageName(), newest);
    QTRY_VERIFY(!warning->isVisible());
    QTRY_VERIFY(nextButton()->isEnabled());
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::VirtualMachine));

    // The cloud's defaults: its sizes for the region and image (Standard_B2s first), the SSH
    // key from ~/.ssh, allow from any with what that means, the region's DNS suffix.
    auto *size = find<QComboBox>(QStringLiteral("sizeCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(size->count() > 0, 15000);
    QCOMPARE(size->currentData().toString(), QStringLiteral("Standard_B2s"));
    QVERIFY(size->currentText().contains(QLatin1String("vCPU")));
    auto *key = find<QLineEdit>(QStringLiteral("sshKeyEdit"));
    QVERIFY(key->isVisible());
    QCOMPARE(key->text(), QDir::toNativeSeparators(m_keyFile));
    QVERIFY(find<QPushButton>(QStringLiteral("sshKeyBrowse"))->isVisible());
    auto *allow = find<QLineEdit>(QStringLiteral("allowFromEdit"));
    QCOMPARE(allow->text(), QStringLiteral("*"));
    QVERIFY(find<QLabel>(QStringLiteral("allowFromNote"))
                ->text()
                .contains(QLatin1String("whole internet")));
    QVERIFY(find<QLineEdit>(QStringLiteral("resourceGroupEdit"))->isVisible());
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("dnsNameEdit")), QStringLiteral("wizard-arm"));
    QTRY_VERIFY(find<QLabel>(QStringLiteral("hostNameLabel"))
                    ->text()
                    .contains(QLatin1String("wizard-arm.westus.cloudapp.azure.com")));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("userEdit")), QStringLiteral("azureuser"));
    // With the key, no password is needed.
    QTRY_VERIFY(nextButton()->isEnabled());
    altRight();
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(Page::Docker), 15000);
    QCOMPARE(find<QSpinBox>(QStringLiteral("dockerPortSpin"))->value(), 2376);
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Review));

    // What will be created, where, and that it costs money; no 2014 azure command.
    const QString summary = find<QLabel>(QStringLiteral("reviewSummary"))->text();
    QVERIFY2(summary.contains(QLatin1String("network security group")), qPrintable(summary));
    QVERIFY(summary.contains(QLatin1String("westus")));
    QVERIFY(summary.contains(QLatin1String("wizard-arm.westus.cloudapp.azure.com")));
    QVERIFY(
        find<QLabel>(QStringLiteral("reviewCost"))->text().contains(QLatin1String("cost money")));
    QVERIFY(!find<QLineEdit>(QStringLiteral("azureCommand"))->isVisible());
    const QString cli = find<QLineEdit>(QStringLiteral("dockerVmCommand"))->text();
    QVERIFY2(cli.contains(QLatin1String("--ssh-key")) && cli.contains(QLatin1String("-p 2376")),
             qPrintable(cli));

    altRight(); // Create
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Progress));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->session()->state(),
                              wizard::ProvisioningSession::State::Succeeded, 90000);
    auto *steps = find<QTreeWidget>(QStringLiteral("stepList"));
    QVERIFY(steps->topLevelItemCount() >= 6);
    for (int i = 0; i < steps->topLevelItemCount(); ++i) {
        const auto state = cloud::StepState(steps->topLevelItem(i)->data(1, Qt::UserRole).toInt());
        QVERIFY2(state == cloud::StepState::Done || state == cloud::StepState::Skipped,
                 qPrintable(steps->topLevelItem(i)->text(0)));
    }
    // The VM was created with the key, not a password.
    QVERIFY(m_env->arm()->lastVmPutBody().contains("ssh-ed25519"));

    QTRY_VERIFY(nextButton()->isEnabled());
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Connection));
    auto *page = qobject_cast<ui::ConnectionPage *>(m_wizard->currentPage());
    QVERIFY(page);
    QTRY_COMPARE_WITH_TIMEOUT(page->connectionController()->state(),
                              docker::ConnectionController::State::Connected, 60000);
    sim::DockerHost *host =
        m_env->arm()->dockerHost(QStringLiteral("wizard-arm.westus.cloudapp.azure.com"));
    QVERIFY(host);
    QTRY_VERIFY(
        find<QLabel>(QStringLiteral("summaryLabel"))->text().contains(host->serverVersion()));
}

void tst_WizardArm::vmPageRulesOnArm()
{
    toVirtualMachine(QStringLiteral("taken"));
    // A label another public IP uses in the region: the cloud's message, on the VM page.
    altRight();
    auto *status = find<QLabel>(QStringLiteral("nameStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("already used")), 15000);
    QVERIFY(status->text().contains(QLatin1String("taken.westus.cloudapp.azure.com")));
    QCOMPARE(m_wizard->currentId(), int(Page::VirtualMachine));
    QVERIFY(!nextButton()->isEnabled());

    // A file that is no public key: the cloud's rule names the file.
    const QString bad = m_dir->filePath(QStringLiteral("not-a-key.pub"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-----BEGIN OPENSSH PRIVATE KEY-----\n");
    }
    auto *key = find<QLineEdit>(QStringLiteral("sshKeyEdit"));
    key->selectAll();
    QTest::keyClicks(key, bad);
    auto *keyError = find<QLabel>(QStringLiteral("sshKeyError"));
    QTRY_VERIFY(keyError->isVisible());
    QVERIFY2(keyError->text().contains(QLatin1String("not-a-key.pub")),
             qPrintable(keyError->text()));
    // An allow-from that is no range.
    auto *allow = find<QLineEdit>(QStringLiteral("allowFromEdit"));
    allow->selectAll();
    QTest::keyClicks(allow, QStringLiteral("10.0.0.300/8"));
    auto *allowError = find<QLabel>(QStringLiteral("allowFromError"));
    QTRY_VERIFY(allowError->isVisible());
    QVERIFY(find<QLabel>(QStringLiteral("allowFromNote"))->text().contains(QLatin1String("Only")));

    // Without a key a password is needed (the cloud's rules), with a confirmation.
    key->selectAll();
    QTest::keyClick(key, Qt::Key_Backspace);
    allow->selectAll();
    QTest::keyClicks(allow, QStringLiteral("203.0.113.0/24"));
    QTRY_VERIFY(!allowError->isVisible());
    QTRY_VERIFY(!keyError->isVisible());
    auto *dns = find<QLineEdit>(QStringLiteral("dnsNameEdit"));
    dns->selectAll();
    QTest::keyClicks(dns, QStringLiteral("free-label"));
    QTest::qWait(0);
    QVERIFY(!nextButton()->isEnabled());
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("passwordEdit")),
                     QStringLiteral("Docker-VM-42!"));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("confirmPasswordEdit")),
                     QStringLiteral("Docker-VM-42!"));
    QTRY_VERIFY(nextButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->session()->nameState(),
                              wizard::ProvisioningSession::NameState::Available, 15000);
    QCOMPARE(m_controller->session()->spec().allowFrom, QStringLiteral("203.0.113.0/24"));
    QVERIFY(m_controller->session()->spec().sshKeyFile.isEmpty());
}

void tst_WizardArm::closeWithNameCheckInFlight()
{
    toVirtualMachine(QStringLiteral("slow-label"));
    // Every answer now takes a while, so the DNS label check is still in flight when the wizard
    // goes. Closing must abort it without calling back into the half-destroyed session (that
    // corrupted the heap: the abort finished the job synchronously inside QObject::destroyed).
    auto options = m_env->arm()->options();
    options.latencyMs = 3000;
    m_env->arm()->setOptions(options);
    auto *dns = find<QLineEdit>(QStringLiteral("dnsNameEdit"));
    dns->selectAll();
    QTest::keyClicks(dns, QStringLiteral("still-checking"));
    QTRY_COMPARE(m_controller->session()->nameState(),
                 wizard::ProvisioningSession::NameState::Checking);
    QTRY_VERIFY(m_controller->cloud()->isBusy());
    m_wizard.reset();
    m_controller.reset();
    // The aborted check's objects go on the event loop; nothing may call back.
    QTest::qWait(50);
}

void tst_WizardArm::forbiddenVmFailsAndRollsBack()
{
    cleanup();
    make(300);
    sim::ArmFaults faults;
    faults.failPut.insert(sim::ArmKind::VirtualMachine,
                          {403, QStringLiteral("AuthorizationFailed"),
                           QStringLiteral("The client 'admin@dockervmdemo.onmicrosoft.com' does "
                                          "not have authorization to perform action "
                                          "'Microsoft.Compute/virtualMachines/write'.")});
    m_env->arm()->setFaults(faults);
    toVirtualMachine(QStringLiteral("forbidden"));
    createFromVirtualMachine();
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->session()->state(),
                              wizard::ProvisioningSession::State::Failed, 60000);
    auto *result = find<QLabel>(QStringLiteral("resultLabel"));
    QTRY_VERIFY(result->isVisible());
    QVERIFY2(result->text().contains(QLatin1String("authorization")), qPrintable(result->text()));
    // The failed row says so.
    auto *steps = find<QTreeWidget>(QStringLiteral("stepList"));
    bool failedRow = false;
    for (int i = 0; i < steps->topLevelItemCount(); ++i)
        failedRow =
            failedRow || cloud::StepState(steps->topLevelItem(i)->data(1, Qt::UserRole).toInt()) ==
                             cloud::StepState::Failed;
    QVERIFY(failedRow);
    // Nothing left behind: no resource, no journal.
    QTRY_VERIFY_WITH_TIMEOUT(m_env->arm()->isEmpty(), 15000);
    QTRY_VERIFY2(journalFiles().isEmpty(), qPrintable(journalFiles().join(u' ')));
}

void tst_WizardArm::cancelDuringCreateRollsBack()
{
    cleanup();
    make(300);
    sim::ArmFaults faults;
    faults.hangOperation << sim::ArmKind::VirtualMachine;
    m_env->arm()->setFaults(faults);
    toVirtualMachine(QStringLiteral("cancelled"));
    createFromVirtualMachine();
    // Wait until the VM is being made (the group and network exist), then cancel.
    QTRY_VERIFY_WITH_TIMEOUT(m_env->arm()->lastVmPutBody().size() > 0, 30000);
    QVERIFY(!m_env->arm()->isEmpty());
    auto *cancel = find<QPushButton>(QStringLiteral("cancelProvisioningButton"));
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->session()->state(),
                              wizard::ProvisioningSession::State::Cancelled, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(m_env->arm()->isEmpty(), 15000);
    QTRY_VERIFY2(journalFiles().isEmpty(), qPrintable(journalFiles().join(u' ')));
    QVERIFY(
        find<QLabel>(QStringLiteral("resultLabel"))->text().contains(QLatin1String("Cancelled")));
}

// Issue 10. Before: after a run that succeeded, restarting the wizard in the same window (or
// the screenshot run's second pass) left the session's finished run in place, so Review's Create
// stayed disabled (docs/screenshots/17-arm-review.png) and no second host could be made.
void tst_WizardArm::secondRunAfterRestart()
{
    toVirtualMachine(QStringLiteral("first-run"));
    createFromVirtualMachine();
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->session()->state(),
                              wizard::ProvisioningSession::State::Succeeded, 90000);

    m_wizard->restart();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Welcome));
    // A new run begins: nothing of the finished one is shown as this one's.
    QCOMPARE(m_controller->session()->state(), wizard::ProvisioningSession::State::NotStarted);
    QCOMPARE(m_controller->session()->steps()->rowCount(), 0);
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::SignIn));
    QTRY_VERIFY(nextButton()->isEnabled());
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Region));
    QTRY_VERIFY_WITH_TIMEOUT(nextButton()->isEnabled(), 15000);
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Image));
    QTRY_VERIFY_WITH_TIMEOUT(nextButton()->isEnabled(), 15000);
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::VirtualMachine));
    // The name is the first host's now: checked again, not taken as confirmed.
    auto *dns = find<QLineEdit>(QStringLiteral("dnsNameEdit"));
    QCOMPARE(dns->text(), QStringLiteral("first-run"));
    QVERIFY(!m_controller->session()->isNameConfirmed());
    QTRY_VERIFY(nextButton()->isEnabled());
    altRight();
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->session()->nameState(),
                              wizard::ProvisioningSession::NameState::Taken, 15000);
    QCOMPARE(m_wizard->currentId(), int(Page::VirtualMachine));
    dns->selectAll();
    QTest::keyClicks(dns, QStringLiteral("second-run"));
    createFromVirtualMachine();
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->session()->state(),
                              wizard::ProvisioningSession::State::Succeeded, 90000);
    QVERIFY(m_env->arm()->dockerHost(QStringLiteral("first-run.westus.cloudapp.azure.com")));
    QVERIFY(m_env->arm()->dockerHost(QStringLiteral("second-run.westus.cloudapp.azure.com")));
}

namespace {
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return QChar();
}
} // namespace

void tst_WizardArm::verifyMnemonics(const QString &where)
{
    QHash<QChar, QString> seen;
    QStringList clashes;
    auto add = [&](const QString &text) {
        const QChar m = mnemonicOf(text);
        if (m.isNull())
            return;
        if (seen.contains(m))
            clashes << QStringLiteral("Alt+%1: \"%2\" and \"%3\"").arg(m, seen.value(m), text);
        else
            seen.insert(m, text);
    };
    QList<QLabel *> labels;
    for (auto *b : m_wizard->findChildren<QAbstractButton *>())
        if (b->isVisible())
            add(b->text());
    for (auto *l : m_wizard->findChildren<QLabel *>())
        if (l->isVisible() && l->buddy()) {
            add(l->text());
            labels << l;
        }
    QVERIFY2(clashes.isEmpty(), qPrintable(where + QStringLiteral(": ") + clashes.join(u"; ")));
    // Each label's letter reaches its field (a button's would press it: not here).
    for (QLabel *label : std::as_const(labels)) {
        const QChar m = mnemonicOf(label->text());
        if (m.isNull())
            continue;
        QWidget *buddy = label->buddy();
        if (!buddy->isVisible() || !buddy->isEnabled())
            continue; // nothing to reach yet (e.g. the list while the code is shown)
        QTest::keyClick(m_wizard.get(), Qt::Key(Qt::Key_A + (m.unicode() - u'a')), Qt::AltModifier);
        QTRY_VERIFY2(QApplication::focusWidget() == buddy,
                     qPrintable(where + QStringLiteral(": Alt+%1 (\"%2\") went to %3")
                                            .arg(m, label->text(),
                                                 QApplication::focusWidget()
                                                     ? QApplication::focusWidget()->objectName()
                                                     : QStringLiteral("nothing"))));
    }
}

// A failure inside the helper ends the test function too.
#define VERIFY_MNEMONICS(where)                                                                    \
    do {                                                                                           \
        verifyMnemonics(where);                                                                    \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

void tst_WizardArm::walkMnemonicsToReview(const QString &path, const QString &label)
{
    QTRY_VERIFY_WITH_TIMEOUT(nextButton()->isEnabled(), 15000);
    VERIFY_MNEMONICS(path + QStringLiteral(" Region"));
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Image));
    QTRY_VERIFY_WITH_TIMEOUT(nextButton()->isEnabled(), 15000);
    VERIFY_MNEMONICS(path + QStringLiteral(" Image"));
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::VirtualMachine));
    QTRY_VERIFY_WITH_TIMEOUT(find<QComboBox>(QStringLiteral("sizeCombo"))->count() > 0, 15000);
    VERIFY_MNEMONICS(path + QStringLiteral(" Virtual machine"));
    for (const auto &[name, text] :
         {std::pair{QStringLiteral("dnsNameEdit"), label},
          std::pair{QStringLiteral("userEdit"), QStringLiteral("azureuser")}}) {
        auto *edit = find<QLineEdit>(name);
        edit->selectAll(); // the first path's input is still there on the second
        QTest::keyClicks(edit, text);
    }
    if (!m_controller->session()->isPasswordAcceptable() ||
        m_controller->session()->sshKeyFile().isEmpty()) {
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("passwordEdit")),
                         QStringLiteral("Sw0rdfish-2026!"));
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("confirmPasswordEdit")),
                         QStringLiteral("Sw0rdfish-2026!"));
    }
    QTRY_VERIFY(nextButton()->isEnabled());
    altRight();
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(Page::Docker), 15000);
    VERIFY_MNEMONICS(path + QStringLiteral(" Docker"));
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Review));
    VERIFY_MNEMONICS(path + QStringLiteral(" Review"));
}

// Issue 10. Every page of both paths, by keyboard: each Alt+letter unique on its page and each
// label's letter on its field (the classic test checked uniqueness only, and no ARM page).
void tst_WizardArm::mnemonicsReachTheirFields()
{
    VERIFY_MNEMONICS(QStringLiteral("Welcome"));
    // The start page's account of what happens follows the way to Azure chosen (before: the
    // classic steps under "Sign in to Azure", seen on screenshot 11).
    auto *what = find<QLabel>(QStringLiteral("welcomeText"));
    clickRadio(find<QRadioButton>(QStringLiteral("publishSettingsRadio")));
    QTRY_VERIFY(what->text().contains(QLatin1String("publishsettings")));
    clickRadio(find<QRadioButton>(QStringLiteral("signInRadio")));
    QTRY_VERIFY2(what->text().contains(QLatin1String("Entra ID")) &&
                     !what->text().contains(QLatin1String("publishsettings")),
                 qPrintable(what->text()));
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::SignIn));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->signIn()->phase(), Phase::WaitingForUser, 20000);
    VERIFY_MNEMONICS(QStringLiteral("Sign-in, code shown"));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->signIn()->phase(), Phase::SignedIn, 20000);
    auto *list = find<QListWidget>(QStringLiteral("armSubscriptionList"));
    QTRY_VERIFY(list->count() > 0);
    list->setCurrentRow(0);
    QTRY_VERIFY(nextButton()->isEnabled());
    VERIFY_MNEMONICS(QStringLiteral("Sign-in, signed in"));
    // Both ways of the Advanced box (demo mode's endpoints open it from the start).
    auto *advanced = find<QAbstractButton>(QStringLiteral("signInAdvancedToggle"));
    advanced->click();
    QTRY_COMPARE(find<QWidget>(QStringLiteral("signInAdvancedBox"))->isVisible(),
                 advanced->isChecked());
    VERIFY_MNEMONICS(QStringLiteral("Sign-in, Advanced toggled"));
    advanced->click();
    QTRY_COMPARE(find<QWidget>(QStringLiteral("signInAdvancedBox"))->isVisible(),
                 advanced->isChecked());
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Region));
    walkMnemonicsToReview(QStringLiteral("ARM"), QStringLiteral("keys-arm"));
    if (QTest::currentTestFailed())
        return;
    // Review in the cloud's words: one command shown, so "the command below"; what is made.
    QVERIFY2(m_wizard->currentPage()->subTitle().contains(QLatin1String("the command below")),
             qPrintable(m_wizard->currentPage()->subTitle()));
    QVERIFY(find<QLabel>(QStringLiteral("reviewSummary"))
                ->text()
                .contains(QLatin1String("network security group")));

    // The classic pages of the same window.
    m_wizard->restart();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Welcome));
    clickRadio(find<QRadioButton>(QStringLiteral("publishSettingsRadio")));
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Subscription));
    QTRY_VERIFY_WITH_TIMEOUT(nextButton()->isEnabled(), 15000);
    VERIFY_MNEMONICS(QStringLiteral("Subscription"));
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Region));
    walkMnemonicsToReview(QStringLiteral("Classic"), QStringLiteral("keys-classic"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(m_wizard->currentPage()->subTitle().contains(QLatin1String("either command")),
             qPrintable(m_wizard->currentPage()->subTitle()));
    const QString summary = find<QLabel>(QStringLiteral("reviewSummary"))->text();
    QVERIFY2(summary.contains(QLatin1String("the cloud service keys-classic.cloudapp.net")),
             qPrintable(summary));
    QVERIFY(!summary.contains(QLatin1String("network security group")));
    QVERIFY(find<QLabel>(QStringLiteral("reviewCost"))
                ->text()
                .contains(QLatin1String("docker-vm delete keys-classic")));
}

QTEST_MAIN(tst_WizardArm)
#include "tst_wizard_arm.moc"
