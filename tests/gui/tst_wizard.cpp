// The real wizard, offscreen, driven by objectName and keyboard through demo mode's in-process
// simulators (real TLS on loopback): the whole flow to a connected panel, and the failure paths.
#include "classic/accountstore.h"
#include "docker/connectioncontroller.h"
#include "sim/azuresimulator.h"
#include "sim/demoenvironment.h"
#include "sim/dockerhost.h"
#include "sim/provisioningsim.h"
#include "ui/imagetablemodel.h"
#include "ui/pages.h"
#include "ui/setupwizard.h"
#include "wizard/catalogue.h"
#include "wizard/provisioningsession.h"
#include "wizard/provisioningsteps.h"
#include "wizard/setupcontroller.h"
#include "wizard/subscriptions.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <cmath>
#include <functional>
#include <memory>

using namespace dockervm;
using Page = wizard::SetupController::Page;
using Controller = wizard::SetupController;

namespace {
const QString kPassword = QStringLiteral("Sw0rdfish-2014!");

// Demo mode's plain values wired into the controller, as app/gui/main.cpp does.
Controller::Options demoOptions(const sim::DemoEnvironment &env)
{
    Controller::Options o;
    o.demo = true;
    o.accountConfigDir = env.accountConfigDir();
    o.accountDataDir = env.accountDataDir();
    o.settingsFile = env.settingsFile();
    o.defaultCertDir = env.certDir();
    o.networkAccessManager = env.networkAccessManager();
    o.client = env.clientOptions();
    o.provisioner = env.provisionerOptions();
    o.keyType = env.keyType();
    return o;
}
} // namespace

class tst_Wizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void wholeDemoFlowByKeyboard();
    void badPublishSettingsFile();
    void takenName();
    void weakPassword();
    void equalPorts();
    void regionServerErrorAndRetry();
    void cancelDuringProgressRollsBack();
    void checkExistingHostJumpsToConnection();
    void unfinishedRunIsOfferedForCleanUp();
    void switchDuringCleanUpIsRefused();

    // Issue 12: the wizard as a user expects it.
    void managementCaPerAccount();
    void managementCaFromCommandLine();
    void escWithUnsavedInputAsks();
    void closeDuringCreateAsksAndSaysWhat();
    void tooOldImageCannotBeTaken();
    void enterOnCheckPageRunsCheck();
    void checkPageStatusNeverStale();
    void stageDetailNeverOverlapsRowsAtMinimumSize();
    void mnemonicsUniquePerPage();
    void demoNeverWritesRealDockerConfig();
    void focusAtStartWithoutHelp();
    void accessibleNamesAndBuddies();
    void cancelResultNeverSqueezesSteps();
    void helpAndVersionWithoutDisplay();
    void imageTableShowsItsSort();
    void errorsReadableInHighContrast();

private:
    // An earlier run that died (no rollback) after creating its cloud service and deployment,
    // then a new wizard over the same folders.
    void leaveUnfinishedRunAndRestart();
    void makeWizard(sim::DemoEnvironment::Options envOptions = fastOptions());
    // A new controller and wizard over the same environment, with `tweak` applied to its options.
    void remakeWizard(const std::function<void(Controller::Options &)> &tweak);
    // The open confirmation box (window-modal), once it is there.
    QMessageBox *waitForConfirmation(const QString &objectName);
    // Every visible &-mnemonic on the current page (its buttons, buddied labels and tabs, and the
    // wizard's own buttons) is used once.
    void verifyMnemonicsUnique(const QString &where);
    void startCheckExisting();
    static sim::DemoEnvironment::Options fastOptions();
    template <typename T> T *find(const QString &name)
    {
        T *w = m_wizard->findChild<T *>(name);
        if (!w)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return w;
    }
    QAbstractButton *nextButton() const { return m_wizard->button(QWizard::NextButton); }
    void altRight() { QTest::keyClick(m_wizard.get(), Qt::Key_Right, Qt::AltModifier); }
    bool goTo(Page page);
    void fillVirtualMachine(const QString &dnsName);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sim::DemoEnvironment> m_env;
    std::unique_ptr<Controller> m_controller;
    std::unique_ptr<ui::SetupWizard> m_wizard;
};

void tst_Wizard::initTestCase()
{
    Q_INIT_RESOURCE(wizard);
    QStandardPaths::setTestModeEnabled(true);
}

sim::DemoEnvironment::Options tst_Wizard::fastOptions()
{
    sim::DemoEnvironment::Options o;
    o.latencyMs = 0;
    o.operationDelayMs = 80;
    o.bootDelayMs = 150;
    o.extensionDelayMs = 150;
    o.pollIntervalMs = 40;
    o.fastKeys = true;
    return o;
}

void tst_Wizard::makeWizard(sim::DemoEnvironment::Options envOptions)
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    envOptions.baseDir = m_dir->path();
    m_env = std::make_unique<sim::DemoEnvironment>(envOptions);
    QString error;
    QVERIFY2(m_env->start(&error), qPrintable(error));
    Controller::Options options = demoOptions(*m_env);
    options.nameDebounceMs = 40;
    options.client.backoffBaseMs = 10;
    options.client.backoffMaxMs = 20;
    m_controller = std::make_unique<Controller>(options);
    // The keys load asynchronously (they may be in the keychain); then the client exists.
    QTRY_VERIFY(m_controller->subscriptions()->client());
    m_wizard = std::make_unique<ui::SetupWizard>(m_controller.get());
    m_wizard->show();
    QApplication::setActiveWindow(m_wizard.get());
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
}

void tst_Wizard::init()
{
    makeWizard();
}

void tst_Wizard::cleanup()
{
    if (m_env) {
        // The loopback guard: nothing in any test left this machine.
        QCOMPARE(m_env->networkAccessManager()->refusedCount(), 0);
    }
    m_wizard.reset();
    m_controller.reset();
    m_env.reset();
    m_dir.reset();
}

bool tst_Wizard::goTo(Page page)
{
    while (m_wizard->currentId() != int(page)) {
        const int before = m_wizard->currentId();
        if (!QTest::qWaitFor(
                [&] {
                    return nextButton()->isEnabled() ||
                           m_wizard->button(QWizard::CommitButton)->isEnabled();
                },
                15000))
            return false;
        m_wizard->next();
        if (!QTest::qWaitFor([&] { return m_wizard->currentId() != before; }, 15000))
            return false;
    }
    return true;
}

void tst_Wizard::fillVirtualMachine(const QString &dnsName)
{
    auto *dns = find<QLineEdit>(QStringLiteral("dnsNameEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), dns);
    QTest::keyClicks(dns, dnsName);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), find<QComboBox>(QStringLiteral("sizeCombo")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), find<QLineEdit>(QStringLiteral("userEdit")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("azureuser"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), find<QLineEdit>(QStringLiteral("passwordEdit")));
    QTest::keyClicks(QApplication::focusWidget(), kPassword);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(),
                 find<QLineEdit>(QStringLiteral("confirmPasswordEdit")));
    QTest::keyClicks(QApplication::focusWidget(), kPassword);
}

void tst_Wizard::wholeDemoFlowByKeyboard()
{
    QCOMPARE(m_wizard->currentId(), int(Page::Welcome));
    QVERIFY(find<QLabel>(QStringLiteral("demoBanner"))->isVisible());
    QVERIFY(find<QWidget>(QStringLiteral("newHostRadio"))->hasFocus());

    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Subscription));
    auto *list = find<QListWidget>(QStringLiteral("subscriptionList"));
    QCOMPARE(list->count(), 1);
    QCOMPARE(find<QLabel>(QStringLiteral("subscriptionName"))->text(),
             QStringLiteral("Demo Subscription"));
    QVERIFY(find<QLabel>(QStringLiteral("certificateExpiry"))->text().size() > 0);

    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Region));
    auto *regions = find<QListWidget>(QStringLiteral("regionList"));
    QTRY_VERIFY(regions->count() > 0);
    QTRY_VERIFY(nextButton()->isEnabled());
    QCOMPARE(m_controller->catalogue()->location(), QStringLiteral("West US"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Enter advances
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Image));

    auto *filter = find<QLineEdit>(QStringLiteral("imageFilter"));
    QCOMPARE(filter->text(), QStringLiteral("Ubuntu-14_04"));
    QTRY_COMPARE(QApplication::focusWidget(), filter);
    auto *table = find<QTableView>(QStringLiteral("imageTable"));
    QTRY_VERIFY(table->model()->rowCount() > 0);
    QTRY_VERIFY(!m_controller->catalogue()->imageName().isEmpty());
    QVERIFY(m_controller->catalogue()->imageName().contains(QLatin1String("Ubuntu-14_04")));
    QVERIFY(m_controller->catalogue()->imageWarning().isEmpty()); // newest, not too old
    bool sawTooOld = false;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        sawTooOld = sawTooOld || table->model()->index(r, 0).data().toString().contains(
                                     QLatin1String("too old"));
    QVERIFY(sawTooOld);

    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::VirtualMachine));
    fillVirtualMachine(QStringLiteral("wizard-flow"));
    QTRY_COMPARE(m_controller->session()->nameState(),
                 wizard::ProvisioningSession::NameState::Available);
    QVERIFY(find<QLabel>(QStringLiteral("hostNameLabel"))
                ->text()
                .contains(QLatin1String("wizard-flow.cloudapp.net")));
    QTRY_VERIFY(nextButton()->isEnabled());
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Docker));
    QCOMPARE(find<QSpinBox>(QStringLiteral("dockerPortSpin"))->value(), 4243);
    QCOMPARE(QDir::fromNativeSeparators(find<QLineEdit>(QStringLiteral("certDirEdit"))->text()),
             m_env->certDir());
    QVERIFY(
        find<QLabel>(QStringLiteral("certReport"))->text().contains(QLatin1String("Will create")));

    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Review));
    const QString azureLine = find<QLineEdit>(QStringLiteral("azureCommand"))->text();
    QVERIFY2(
        azureLine.startsWith(QLatin1String("azure vm docker create -e 22 -l \"West US\" -p 4243 ")),
        qPrintable(azureLine));
    QVERIFY(azureLine.endsWith(QLatin1String(" azureuser ****")));
    QVERIFY(!azureLine.contains(kPassword));
    const QString cliLine = find<QLineEdit>(QStringLiteral("dockerVmCommand"))->text();
    QVERIFY(cliLine.startsWith(QLatin1String("docker-vm create ")));
    QVERIFY(!cliLine.contains(kPassword));
    QVERIFY(!find<QLabel>(QStringLiteral("reviewSummary"))->text().contains(kPassword));
    QVERIFY(m_wizard->button(QWizard::CommitButton)->isVisible());
    QCOMPARE(m_wizard->button(QWizard::CommitButton)->text(), QStringLiteral("&Create"));

    altRight(); // Create
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Progress));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->session()->state(),
                              wizard::ProvisioningSession::State::Succeeded, 60000);
    auto *steps = find<QTreeWidget>(QStringLiteral("stepList"));
    QVERIFY(steps->topLevelItemCount() >= 8);
    for (int i = 0; i < steps->topLevelItemCount(); ++i) {
        const auto state = cloud::StepState(steps->topLevelItem(i)->data(1, Qt::UserRole).toInt());
        QVERIFY2(state == cloud::StepState::Done || state == cloud::StepState::Skipped,
                 qPrintable(steps->topLevelItem(i)->text(0)));
    }
    QVERIFY(
        !find<QPlainTextEdit>(QStringLiteral("progressLog"))->toPlainText().contains(kPassword));
    QVERIFY(
        find<QLabel>(QStringLiteral("resultLabel"))->text().contains(QLatin1String("is ready")));
    // Nothing left to cancel: the button goes (it stayed, greyed, beside the finished host).
    QVERIFY(!find<QPushButton>(QStringLiteral("cancelProvisioningButton"))->isVisible());
    QVERIFY(!m_wizard->button(QWizard::BackButton)->isEnabled() ||
            !m_wizard->button(QWizard::BackButton)->isVisible());

    QTRY_VERIFY(nextButton()->isEnabled());
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Connection));
    auto *page = qobject_cast<ui::ConnectionPage *>(m_wizard->currentPage());
    QVERIFY(page);
    QTRY_COMPARE_WITH_TIMEOUT(page->connectionController()->state(),
                              docker::ConnectionController::State::Connected, 60000);
    sim::DockerHost *host = m_env->provisioning()->dockerHost(QStringLiteral("wizard-flow"));
    QVERIFY(host);
    const QString version = host->serverVersion();
    QVERIFY(!version.isEmpty());
    auto *versionLabel = find<QLabel>(QStringLiteral("serverVersionLabel"));
    QVERIFY(versionLabel);
    QTRY_VERIFY(versionLabel->text().contains(version));
    QVERIFY(find<QLabel>(QStringLiteral("summaryLabel"))->text().contains(version));
    // The server tab reports the release of the image chosen (14.04), not the simulator's
    // default (issue 12 point 15).
    QVERIFY2(find<QLabel>(QStringLiteral("osLabel"))->text().contains(QLatin1String("14.04")),
             qPrintable(find<QLabel>(QStringLiteral("osLabel"))->text()));
    QVERIFY2(find<QLabel>(QStringLiteral("kernelLabel"))->text().startsWith(QLatin1String("3.")),
             qPrintable(find<QLabel>(QStringLiteral("kernelLabel"))->text()));
    QVERIFY(QFile::exists(m_env->certDir() + QStringLiteral("/ca.pem")));
    QVERIFY(m_env->networkAccessManager()->allowedCount() > 0);
}

void tst_Wizard::badPublishSettingsFile()
{
    QVERIFY(goTo(Page::Subscription));
    const QString bad = m_dir->filePath(QStringLiteral("broken.publishsettings"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<PublishData><PublishProfile>not closed");
    }
    find<QPushButton>(QStringLiteral("importButton"))->click();
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY(
        (dialog = m_wizard->findChild<QFileDialog *>(QStringLiteral("publishSettingsDialog"))));
    QTRY_VERIFY(dialog->isVisible());
    dialog->selectFile(bad);
    QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
    auto *error = find<QLabel>(QStringLiteral("subscriptionError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("broken.publishsettings")) ||
                 error->text().contains(QLatin1String("XML")),
             qPrintable(error->text()));
    // The demo subscription stays selected; nothing else was imported.
    QCOMPARE(find<QListWidget>(QStringLiteral("subscriptionList"))->count(), 1);

    // A good file clears the error.
    const QString good = m_dir->filePath(QStringLiteral("good.publishsettings"));
    QVERIFY(m_env->azure()->writePublishSettings(good));
    QVERIFY(m_controller->subscriptions()->importPublishSettings(good));
    QTRY_VERIFY(!error->isVisible());
}

void tst_Wizard::takenName()
{
    QVERIFY(goTo(Page::VirtualMachine));
    fillVirtualMachine(QStringLiteral("taken"));
    auto *status = find<QLabel>(QStringLiteral("nameStatus"));
    QTRY_COMPARE(m_controller->session()->nameState(),
                 wizard::ProvisioningSession::NameState::Taken);
    QVERIFY2(status->text().contains(QLatin1String("taken")), qPrintable(status->text()));
    QVERIFY(!nextButton()->isEnabled());
    altRight();
    QCOMPARE(m_wizard->currentId(), int(Page::VirtualMachine));

    // Another name: debounced check, then Next.
    auto *dns = find<QLineEdit>(QStringLiteral("dnsNameEdit"));
    dns->setFocus();
    QTest::keyClicks(dns, QStringLiteral("-not"));
    QTRY_COMPARE(m_controller->session()->nameState(),
                 wizard::ProvisioningSession::NameState::Available);
    QTRY_VERIFY(nextButton()->isEnabled());
}

void tst_Wizard::weakPassword()
{
    QVERIFY(goTo(Page::VirtualMachine));
    auto *dns = find<QLineEdit>(QStringLiteral("dnsNameEdit"));
    QTest::keyClicks(dns, QStringLiteral("weak-pw"));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("userEdit")), QStringLiteral("azureuser"));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("passwordEdit")), QStringLiteral("abc"));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("confirmPasswordEdit")), QStringLiteral("abc"));
    QTRY_COMPARE(m_controller->session()->nameState(),
                 wizard::ProvisioningSession::NameState::Available);
    auto *checklist = find<QListWidget>(QStringLiteral("passwordChecklist"));
    QVERIFY(checklist->count() >= 5);
    int unmet = 0;
    for (int i = 0; i < checklist->count(); ++i)
        unmet += checklist->item(i)->data(Qt::UserRole).toBool() ? 0 : 1;
    QVERIFY(unmet >= 2); // length, upper case, digit, special
    QCOMPARE(checklist->item(checklist->count() - 1)->data(Qt::UserRole).toBool(), true); // match
    QVERIFY(!nextButton()->isEnabled());

    // Strengthen it: every rule met, Next enabled.
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("passwordEdit")), QStringLiteral("DEF-123!x"));
    QVERIFY(
        !checklist->item(checklist->count() - 1)->data(Qt::UserRole).toBool()); // no longer match
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("confirmPasswordEdit")),
                     QStringLiteral("DEF-123!x"));
    for (int i = 0; i < checklist->count(); ++i)
        QVERIFY2(checklist->item(i)->data(Qt::UserRole).toBool(),
                 qPrintable(checklist->item(i)->text()));
    QTRY_VERIFY(nextButton()->isEnabled());
}

void tst_Wizard::equalPorts()
{
    QVERIFY(goTo(Page::VirtualMachine));
    fillVirtualMachine(QStringLiteral("equal-ports"));
    QTRY_VERIFY(nextButton()->isEnabled());
    QVERIFY(goTo(Page::Docker));
    auto *port = find<QSpinBox>(QStringLiteral("dockerPortSpin"));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(port));
    port->selectAll();
    QTest::keyClicks(port, QStringLiteral("22"));
    auto *error = find<QLabel>(QStringLiteral("dockerPortError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(QLatin1String("SSH")));
    QVERIFY(!nextButton()->isEnabled());
    port->selectAll();
    QTest::keyClicks(port, QStringLiteral("2376"));
    QTRY_VERIFY(!error->isVisible());
    QVERIFY(nextButton()->isEnabled());
}

void tst_Wizard::regionServerErrorAndRetry()
{
    QVERIFY(goTo(Page::Subscription));
    sim::AzureFaults faults = m_env->azure()->faults();
    faults.fail503Next = 10; // more than the client's retries
    m_env->azure()->setFaults(faults);
    m_wizard->next();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Region));
    auto *error = find<QLabel>(QStringLiteral("regionError"));
    auto *retry = find<QPushButton>(QStringLiteral("regionRetry"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
    QVERIFY2(error->text().contains(QLatin1String("503")) ||
                 error->text().contains(QLatin1String("TooManyRequests")),
             qPrintable(error->text()));
    QVERIFY(retry->isVisible());
    QVERIFY(!nextButton()->isEnabled());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(retry));

    faults.fail503Next = 0;
    m_env->azure()->setFaults(faults);
    QTest::keyClick(retry, Qt::Key_Space);
    QTRY_VERIFY(find<QListWidget>(QStringLiteral("regionList"))->count() > 0);
    QVERIFY(!error->isVisible());
    QVERIFY(!retry->isVisible());
    QTRY_VERIFY(nextButton()->isEnabled());
}

void tst_Wizard::cancelDuringProgressRollsBack()
{
    cleanup();
    sim::DemoEnvironment::Options slow = fastOptions();
    slow.bootDelayMs = 60000; // the VM never gets ready during this test
    makeWizard(slow);

    QVERIFY(goTo(Page::VirtualMachine));
    fillVirtualMachine(QStringLiteral("cancel-me"));
    QTRY_VERIFY(nextButton()->isEnabled());
    QVERIFY(goTo(Page::Review));
    m_wizard->next(); // Create
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Progress));
    // Wait until the cloud service exists, so there is something to roll back.
    QTRY_VERIFY_WITH_TIMEOUT(!m_env->provisioning()->inventory().hostedServices.isEmpty(), 30000);
    auto *cancel = find<QPushButton>(QStringLiteral("cancelProvisioningButton"));
    QVERIFY(cancel->isEnabled());
    cancel->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->session()->state(),
                              wizard::ProvisioningSession::State::Cancelled, 60000);
    const QString result = find<QLabel>(QStringLiteral("resultLabel"))->text();
    QVERIFY2(result.contains(QLatin1String("Cancelled")) &&
                 result.contains(QLatin1String("Removed")),
             qPrintable(result));
    QVERIFY(result.contains(QLatin1String("cancel-me")));
    // The page's subtitle no longer offers a cancel that is over (seen in a real window).
    QVERIFY2(!m_wizard->currentPage()->subTitle().contains(QLatin1String("Cancel removes")),
             qPrintable(m_wizard->currentPage()->subTitle()));
    bool rollbackShown = false;
    auto *steps = find<QTreeWidget>(QStringLiteral("stepList"));
    for (int i = 0; i < steps->topLevelItemCount(); ++i)
        rollbackShown = rollbackShown || steps->topLevelItem(i)->data(0, Qt::UserRole).toString() ==
                                             QLatin1String("rollback");
    QVERIFY(rollbackShown);
    QVERIFY(find<QPlainTextEdit>(QStringLiteral("progressLog"))
                ->toPlainText()
                .contains(QLatin1String("Removed")));
    QTRY_VERIFY_WITH_TIMEOUT(m_env->provisioning()->inventory().hostedServices.isEmpty(), 30000);
    QVERIFY(m_env->provisioning()->inventory().deployments.isEmpty());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!cancel->isVisible());
    QVERIFY(find<QPushButton>(QStringLiteral("startOverButton"))->isVisible());
    QVERIFY(!nextButton()->isEnabled());

    // The input is still there after the cancel: Esc asks before it is lost (before: it closed
    // the wizard at once).
    m_wizard->reject();
    QMessageBox *box = waitForConfirmation(QStringLiteral("confirmDiscardDialog"));
    QVERIFY(box);
    QTest::keyClick(box, Qt::Key_Escape); // Stay
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(m_wizard->isVisible());

    // Start over keeps the choices.
    auto *startOver = find<QPushButton>(QStringLiteral("startOverButton"));
    QVERIFY(startOver->isVisible());
    startOver->click();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Welcome));
    QCOMPARE(m_controller->session()->dnsName(), QStringLiteral("cancel-me"));
}

void tst_Wizard::checkExistingHostJumpsToConnection()
{
    auto *check = find<QAbstractButton>(QStringLiteral("checkExistingRadio"));
    QTest::keyClick(m_wizard.get(), Qt::Key_H, Qt::AltModifier); // C&heck an existing host
    QTRY_VERIFY(check->isChecked());
    QCOMPARE(m_controller->mode(), Controller::Mode::CheckExisting);
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Connection));
    auto *host = find<QLineEdit>(QStringLiteral("checkHostEdit"));
    QVERIFY(host->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(host));
}

void tst_Wizard::leaveUnfinishedRunAndRestart()
{
    cleanup();
    sim::DemoEnvironment::Options slow = fastOptions();
    slow.bootDelayMs = 60000; // the earlier run dies while its VM boots
    makeWizard(slow);
    QVERIFY(!find<QLabel>(QStringLiteral("unfinishedBanner"))->isVisible());

    // An earlier run that died (no rollback) after creating its cloud service and deployment.
    {
        cloud::VmSpec spec;
        spec.dnsName = QStringLiteral("died");
        spec.location = QStringLiteral("West US");
        spec.imageName = QStringLiteral("img");
        spec.userName = QStringLiteral("azureuser");
        spec.password = QStringLiteral("Docker4Azure!");
        spec.certDir = m_env->certDir();
        classic::Provisioner::Options options = m_controller->options().provisioner;
        options.tls.keyType = certs::KeyType::EcdsaP256;
        classic::Provisioner run(m_controller->subscriptions()->client(), spec, options);
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.stepInfos()[int(classic::Provisioner::Step::WaitRole)].state ==
                                     classic::Provisioner::StepState::Running,
                                 30000);
    }
    QVERIFY(!m_env->provisioning()->inventory().hostedServices.isEmpty());

    // The next start says what exists and offers to remove it.
    m_wizard.reset();
    m_controller.reset();
    Controller::Options options = demoOptions(*m_env);
    options.client.backoffBaseMs = 10;
    m_controller = std::make_unique<Controller>(options);
    // The keys load asynchronously (they may be in the keychain); then the client exists.
    QTRY_VERIFY(m_controller->subscriptions()->client());
    m_wizard = std::make_unique<ui::SetupWizard>(m_controller.get());
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void tst_Wizard::unfinishedRunIsOfferedForCleanUp()
{
    leaveUnfinishedRunAndRestart();
    auto *banner = find<QLabel>(QStringLiteral("unfinishedBanner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("died.cloudapp.net")),
             qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QLatin1String("cloud service died")));
    auto *clean = find<QPushButton>(QStringLiteral("cleanUpButton"));
    QTRY_VERIFY(clean->isEnabled());
    clean->click();
    auto *status = find<QLabel>(QStringLiteral("cleanUpStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Removed")), 30000);
    QVERIFY2(status->text().contains(QLatin1String("cloud service died")),
             qPrintable(status->text()));
    QTRY_VERIFY(!banner->isVisible());
    QTRY_VERIFY(m_env->provisioning()->inventory().hostedServices.isEmpty());
    QVERIFY(m_env->provisioning()->inventory().deployments.isEmpty());
}

void tst_Wizard::switchDuringCleanUpIsRefused()
{
    // Before: selecting another subscription replaced the management client under the running
    // clean-up, which then never finished.
    classic::Subscription other = m_env->azure()->subscription();
    other.id = QStringLiteral("00000000-0000-4000-8000-000000000002");
    other.name = QStringLiteral("Other Subscription");
    leaveUnfinishedRunAndRestart();
    {
        classic::AccountStore store(m_env->accountConfigDir(), m_env->accountDataDir(),
                                    classic::AccountStore::KeyStorage::Files);
        QString error;
        QVERIFY2(store.importIntoFiles({other}, QString(), &error), qPrintable(error));
    }
    auto *clean = find<QPushButton>(QStringLiteral("cleanUpButton"));
    QTRY_VERIFY(clean->isEnabled());
    clean->click();
    QVERIFY(m_controller->subscriptions()->isBusy());

    m_wizard->next();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Subscription));
    auto *list = find<QListWidget>(QStringLiteral("subscriptionList"));
    QTRY_COMPARE(list->count(), 2);
    int otherRow = -1;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == other.id)
            otherRow = i;
    QVERIFY(otherRow >= 0);
    list->setCurrentRow(otherRow);
    auto *error = find<QLabel>(QStringLiteral("subscriptionError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("clean-up")), qPrintable(error->text()));
    // The list shows the subscription still in use.
    QTRY_COMPARE(list->currentItem()->data(Qt::UserRole).toString(),
                 m_env->azure()->subscription().id);
    QCOMPARE(find<QLabel>(QStringLiteral("subscriptionName"))->text(),
             QStringLiteral("Demo Subscription"));

    // The clean-up completes, the refusal goes away, and the switch works.
    auto *status = find<QLabel>(QStringLiteral("cleanUpStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Removed")), 30000);
    QTRY_VERIFY(m_env->provisioning()->inventory().hostedServices.isEmpty());
    QTRY_VERIFY(!error->isVisible());
    list->setCurrentRow(otherRow);
    QTRY_COMPARE(find<QLabel>(QStringLiteral("subscriptionName"))->text(),
                 QStringLiteral("Other Subscription"));
    QVERIFY(!error->isVisible());
}

void tst_Wizard::remakeWizard(const std::function<void(Controller::Options &)> &tweak)
{
    m_wizard.reset();
    m_controller.reset();
    Controller::Options options = demoOptions(*m_env);
    options.nameDebounceMs = 40;
    options.client.backoffBaseMs = 10;
    options.client.backoffMaxMs = 20;
    if (tweak)
        tweak(options);
    m_controller = std::make_unique<Controller>(options);
    m_wizard = std::make_unique<ui::SetupWizard>(m_controller.get());
    m_wizard->show();
    QApplication::setActiveWindow(m_wizard.get());
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    // The subscription's key loads asynchronously (keychain or file): Next waits for it.
    QTRY_VERIFY(m_controller->subscriptions()->client());
}

QMessageBox *tst_Wizard::waitForConfirmation(const QString &objectName)
{
    QMessageBox *box = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            return box && box->isVisible() && box->objectName() == objectName;
        },
        10000);
    if (!box || box->objectName() != objectName) {
        qWarning("no confirmation %s (active modal: %s)", qPrintable(objectName),
                 QApplication::activeModalWidget()
                     ? qPrintable(QApplication::activeModalWidget()->objectName())
                     : "none");
        return nullptr;
    }
    return box;
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

void tst_Wizard::verifyMnemonicsUnique(const QString &where)
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
    for (auto *b : m_wizard->findChildren<QAbstractButton *>())
        if (b->isVisible())
            add(b->text());
    for (auto *l : m_wizard->findChildren<QLabel *>())
        if (l->isVisible() && l->buddy())
            add(l->text());
    for (auto *t : m_wizard->findChildren<QTabWidget *>())
        if (t->isVisible())
            for (int i = 0; i < t->count(); ++i)
                add(t->tabText(i));
    QVERIFY2(clashes.isEmpty(), qPrintable(where + QStringLiteral(": ") + clashes.join(u"; ")));
}

void tst_Wizard::startCheckExisting()
{
    QTest::keyClick(m_wizard.get(), Qt::Key_H, Qt::AltModifier);
    QTRY_COMPARE(m_controller->mode(), Controller::Mode::CheckExisting);
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Connection));
    QTRY_COMPARE(QApplication::focusWidget(), find<QWidget>(QStringLiteral("checkHostEdit")));
}

// Issue 12 point 1. Before: no way to trust a private endpoint's CA in the wizard.
void tst_Wizard::managementCaPerAccount()
{
    const QString caPath = m_dir->filePath(QStringLiteral("management-ca.pem"));
    {
        QFile f(caPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_env->azure()->caCertificatePem());
    }
    // As a non-demo endpoint with its own CA: the system store only.
    remakeWizard([](Controller::Options &o) { o.client.extraCaCertificates.clear(); });
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Subscription));
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Region));
    auto *error = find<QLabel>(QStringLiteral("regionError"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
    // Worded for the wizard: where to go, not a command-line flag.
    QVERIFY2(error->text().contains(QLatin1String("Advanced")), qPrintable(error->text()));
    QVERIFY2(!error->text().contains(QLatin1String("--management-ca")), qPrintable(error->text()));

    QTest::keyClick(m_wizard.get(), Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Subscription));
    auto *box = find<QWidget>(QStringLiteral("advancedBox"));
    QVERIFY(!box->isVisible());
    QTest::keyClick(m_wizard.get(), Qt::Key_D, Qt::AltModifier); // A&dvanced
    QTRY_VERIFY(box->isVisible());
    auto *edit = find<QLineEdit>(QStringLiteral("managementCaEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(edit));
    verifyMnemonicsUnique(QStringLiteral("Subscription, Advanced open"));

    // Not a certificate: said, and nothing changes.
    const QString junk = m_dir->filePath(QStringLiteral("junk.pem"));
    {
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a certificate");
    }
    QTest::keyClicks(edit, junk);
    QTest::keyClick(edit, Qt::Key_Return); // applies; never Next
    auto *subError = find<QLabel>(QStringLiteral("subscriptionError"));
    QTRY_VERIFY(subError->isVisible());
    QVERIFY2(subError->text().contains(QLatin1String("junk.pem")) &&
                 subError->text().contains(QLatin1String("PEM")),
             qPrintable(subError->text()));
    QCOMPARE(m_wizard->currentId(), int(Page::Subscription));
    QVERIFY(m_controller->subscriptions()->managementCaFile().isEmpty());

    edit->selectAll();
    QTest::keyClicks(edit, caPath);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(m_controller->subscriptions()->managementCaFile(), caPath);
    QVERIFY(!subError->isVisible());
    QCOMPARE(m_wizard->currentId(), int(Page::Subscription));
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Region));
    QTRY_VERIFY_WITH_TIMEOUT(
        find<QListWidget>(QStringLiteral("regionList"))->count() > 0 || error->isVisible(), 15000);
    QVERIFY2(!error->isVisible(), qPrintable(error->text()));

    // Remembered for this account: the next start trusts it without asking.
    remakeWizard([](Controller::Options &o) { o.client.extraCaCertificates.clear(); });
    QCOMPARE(m_controller->subscriptions()->managementCaFile(), caPath);
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Subscription));
    QCOMPARE(
        QDir::fromNativeSeparators(find<QLineEdit>(QStringLiteral("managementCaEdit"))->text()),
        caPath);
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Region));
    QTRY_VERIFY_WITH_TIMEOUT(find<QListWidget>(QStringLiteral("regionList"))->count() > 0 ||
                                 find<QLabel>(QStringLiteral("regionError"))->isVisible(),
                             15000);
    QVERIFY2(find<QListWidget>(QStringLiteral("regionList"))->count() > 0,
             qPrintable(find<QLabel>(QStringLiteral("regionError"))->text()));
}

// Issue 12 point 1: docker-vm-wizard --management-ca FILE (main.cpp passes it as this option).
void tst_Wizard::managementCaFromCommandLine()
{
    const QString caPath = m_dir->filePath(QStringLiteral("cli-ca.pem"));
    {
        QFile f(caPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_env->azure()->caCertificatePem());
    }
    remakeWizard([&](Controller::Options &o) {
        o.client.extraCaCertificates.clear();
        o.managementCaFile = caPath;
    });
    QVERIFY(goTo(Page::Region));
    QTRY_VERIFY_WITH_TIMEOUT(find<QListWidget>(QStringLiteral("regionList"))->count() > 0, 15000);
    QVERIFY(!find<QLabel>(QStringLiteral("regionError"))->isVisible());
}

// Issue 12 point 2. Before: Esc closed the wizard and the input was lost, without a word.
void tst_Wizard::escWithUnsavedInputAsks()
{
    QVERIFY(goTo(Page::VirtualMachine));
    auto *dns = find<QLineEdit>(QStringLiteral("dnsNameEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dns));
    QTest::keyClicks(dns, QStringLiteral("keep-me"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QMessageBox *box = waitForConfirmation(QStringLiteral("confirmDiscardDialog"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("lost")), qPrintable(box->text()));
    // Esc in the box is "Stay" (the safe answer).
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(m_wizard->isVisible());
    QCOMPARE(m_controller->session()->dnsName(), QStringLiteral("keep-me"));

    // The window's close button asks the same; "Close" closes.
    m_wizard->close();
    box = waitForConfirmation(QStringLiteral("confirmDiscardDialog"));
    QVERIFY(box);
    QVERIFY(m_wizard->isVisible());
    box->findChild<QPushButton *>(QStringLiteral("confirmYesButton"))->click();
    QTRY_VERIFY(!m_wizard->isVisible());
    QCOMPARE(m_wizard->result(), int(QDialog::Rejected));
}

// Issue 12 points 2 and 16. Before: Esc during a create cancelled and deleted at once.
void tst_Wizard::closeDuringCreateAsksAndSaysWhat()
{
    cleanup();
    sim::DemoEnvironment::Options slow = fastOptions();
    slow.bootDelayMs = 60000; // the VM never gets ready during this test
    makeWizard(slow);
    QVERIFY(goTo(Page::VirtualMachine));
    fillVirtualMachine(QStringLiteral("ask-me"));
    QTRY_VERIFY(nextButton()->isEnabled());
    QVERIFY(goTo(Page::Review));
    m_wizard->next(); // Create
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Progress));
    QTRY_VERIFY_WITH_TIMEOUT(!m_env->provisioning()->inventory().hostedServices.isEmpty(), 30000);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QMessageBox *box = waitForConfirmation(QStringLiteral("confirmStopDialog"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("ask-me.cloudapp.net")) &&
                 box->text().contains(QLatin1String("every resource on the progress page")) &&
                 box->text().contains(QLatin1String("remove")),
             qPrintable(box->text()));
    box->findChild<QPushButton *>(QStringLiteral("confirmNoButton"))->click();
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(m_controller->session()->state(), wizard::ProvisioningSession::State::Running);
    QVERIFY(!m_env->provisioning()->inventory().hostedServices.isEmpty());

    // The close button: asks; "Stop and remove" rolls back and the window stays open.
    m_wizard->close();
    box = waitForConfirmation(QStringLiteral("confirmStopDialog"));
    QVERIFY(box);
    box->findChild<QPushButton *>(QStringLiteral("confirmYesButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->session()->state(),
                              wizard::ProvisioningSession::State::Cancelled, 60000);
    QVERIFY(m_wizard->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_env->provisioning()->inventory().hostedServices.isEmpty(), 30000);

    // Point 12: steps that never ran say so, and the title no longer says "Creating".
    QVERIFY2(!m_wizard->currentPage()->title().contains(QLatin1String("Creating")),
             qPrintable(m_wizard->currentPage()->title()));
    auto *steps = find<QTreeWidget>(QStringLiteral("stepList"));
    bool sawNotRun = false;
    for (int i = 0; i < steps->topLevelItemCount(); ++i) {
        QVERIFY2(steps->topLevelItem(i)->text(1) != QLatin1String("waiting"),
                 qPrintable(steps->topLevelItem(i)->text(0)));
        sawNotRun = sawNotRun || steps->topLevelItem(i)->text(1) == QLatin1String("not run");
    }
    QVERIFY(sawNotRun);
}

// Issue 12 point 3. Before: Next stayed enabled and Review showed no warning.
void tst_Wizard::tooOldImageCannotBeTaken()
{
    QVERIFY(goTo(Page::Image));
    auto *table = find<QTableView>(QStringLiteral("imageTable"));
    QTRY_VERIFY(table->model()->rowCount() > 0);
    QTRY_VERIFY(nextButton()->isEnabled());
    const QString good = m_controller->catalogue()->imageName();
    int oldRow = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, 0).data().toString().contains(QLatin1String("too old")))
            oldRow = r;
    QVERIFY(oldRow >= 0);
    table->setFocus();
    // By keyboard: down to the too-old row.
    QTest::keyClick(table, Qt::Key_Home);
    for (int i = 0; i < oldRow; ++i)
        QTest::keyClick(table, Qt::Key_Down);
    QTRY_VERIFY(m_controller->catalogue()->imageName() != good);
    auto *warning = find<QLabel>(QStringLiteral("imageWarning"));
    QTRY_VERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QLatin1String("never start")), qPrintable(warning->text()));
    QTRY_VERIFY(!nextButton()->isEnabled());
    altRight();
    QCOMPARE(m_wizard->currentId(), int(Page::Image));

    // A good image again: on to Review, then the old one chosen behind its back is flagged there.
    m_controller->catalogue()->setImageName(good);
    QTRY_VERIFY(nextButton()->isEnabled());
    QVERIFY(goTo(Page::VirtualMachine));
    fillVirtualMachine(QStringLiteral("old-image"));
    QTRY_VERIFY(nextButton()->isEnabled());
    QVERIFY(goTo(Page::Review));
    auto *reviewWarning = find<QLabel>(QStringLiteral("reviewImageWarning"));
    QVERIFY(!reviewWarning->isVisible());
    m_controller->catalogue()->setImageName(
        table->model()->index(oldRow, 0).data(ui::ImageTableModel::NameRole).toString());
    m_wizard->currentPage()->initializePage();
    QTRY_VERIFY(reviewWarning->isVisible());
    QTRY_VERIFY(!m_wizard->button(QWizard::CommitButton)->isEnabled());
}

// Issue 12 point 4. Before: Enter in the host field pressed Finish and closed the wizard.
void tst_Wizard::enterOnCheckPageRunsCheck()
{
    startCheckExisting();
    QTcpServer closed; // a free loopback port nobody listens on
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const int port = closed.serverPort();
    closed.close();
    auto *page = qobject_cast<ui::ConnectionPage *>(m_wizard->currentPage());
    QVERIFY(page);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("127.0.0.1"));
    auto *portSpin = find<QSpinBox>(QStringLiteral("checkPortSpin"));
    portSpin->setValue(port);
    QSignalSpy checks(page->connectionController(), &docker::ConnectionController::finished);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(checks.count(), 1, 30000);
    QVERIFY(m_wizard->isVisible());
    QCOMPARE(m_wizard->currentId(), int(Page::Connection));
    // Enter in the port and certificate fields checks too.
    for (const char *name : {"checkPortSpin", "checkCertDirEdit"}) {
        auto *field = find<QWidget>(QLatin1String(name));
        field->setFocus();
        QTest::keyClick(field, Qt::Key_Enter);
        QTRY_COMPARE_WITH_TIMEOUT(checks.count(), name[5] == 'P' ? 2 : 3, 30000);
        QVERIFY(m_wizard->isVisible());
    }
}

// Issue 12 point 5. Before: "Press Retry to check tcp://:4243" with Retry disabled, "(no host
// given)", the certificate folder of another target.
void tst_Wizard::checkPageStatusNeverStale()
{
    startCheckExisting();
    auto *host = find<QLineEdit>(QStringLiteral("checkHostEdit"));
    host->clear();
    auto *summary = find<QLabel>(QStringLiteral("summaryLabel"));
    auto *target = find<QLabel>(QStringLiteral("targetLabel"));
    auto *certs = find<QLabel>(QStringLiteral("certDirLabel"));
    auto *retry = find<QPushButton>(QStringLiteral("retryButton"));
    QTRY_VERIFY(!retry->isEnabled());
    QVERIFY2(!summary->text().contains(QLatin1String("tcp://:")), qPrintable(summary->text()));
    QVERIFY2(!summary->text().contains(QLatin1String("Retry")), qPrintable(summary->text()));
    QVERIFY2(!target->text().contains(QLatin1String("no host")), qPrintable(target->text()));
    QVERIFY(!find<QPushButton>(QStringLiteral("checkButton"))->isEnabled());

    // What is typed is what the block shows.
    QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
    auto *dir = find<QLineEdit>(QStringLiteral("checkCertDirEdit"));
    dir->clear();
    const QString typedDir = m_dir->filePath(QStringLiteral("typed-certs"));
    QTest::keyClicks(dir, QDir::toNativeSeparators(typedDir));
    find<QSpinBox>(QStringLiteral("checkPortSpin"))->setValue(4999);
    QTRY_COMPARE(target->text(), QStringLiteral("tcp://127.0.0.1:4999"));
    QCOMPARE(QDir::fromNativeSeparators(certs->text()), typedDir);
    QVERIFY(retry->isEnabled());
    QVERIFY2(summary->text().contains(QLatin1String("tcp://127.0.0.1:4999")),
             qPrintable(summary->text()));

    // After a check, another target: the old verdict is not shown for it.
    auto *page = qobject_cast<ui::ConnectionPage *>(m_wizard->currentPage());
    QSignalSpy checks(page->connectionController(), &docker::ConnectionController::finished);
    host->setFocus();
    QTest::keyClick(host, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(checks.count(), 1, 30000);
    QTRY_VERIFY(summary->text().contains(QLatin1String("Not connected")));
    QTest::keyClicks(host, QStringLiteral("0")); // 127.0.0.10
    QTRY_VERIFY2(!summary->text().contains(QLatin1String("Not connected")),
                 qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QLatin1String("127.0.0.10")));
}

// Issue 12 point 6. Before: a long failure detail was drawn over the stage rows.
void tst_Wizard::stageDetailNeverOverlapsRowsAtMinimumSize()
{
    startCheckExisting();
    m_wizard->resize(m_wizard->minimumSize());
    auto *page = qobject_cast<ui::ConnectionPage *>(m_wizard->currentPage());
    QSignalSpy checks(page->connectionController(), &docker::ConnectionController::finished);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("127.0.0.1"));
    find<QSpinBox>(QStringLiteral("checkPortSpin"))->setValue(1);
    // A certificate folder with a long path: the diagnosis repeats it.
    auto *dir = find<QLineEdit>(QStringLiteral("checkCertDirEdit"));
    dir->clear();
    QTest::keyClicks(dir, m_dir->filePath(QString(60, QLatin1Char('x')) + QStringLiteral("/") +
                                          QString(60, QLatin1Char('y'))));
    QTest::keyClick(dir, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(checks.count(), 1, 30000);
    auto *tabs = find<QTabWidget>(QStringLiteral("panelTabs"));
    tabs->setCurrentIndex(0);
    auto *stages = find<QTreeWidget>(QStringLiteral("stageList"));
    auto *detail = find<QLabel>(QStringLiteral("stageDetailLabel"));
    QTRY_VERIFY(!detail->text().isEmpty());
    // Worded for this page (issue 12 point 13): its field, not the command line's --cert-dir.
    QVERIFY2(detail->text().contains(QLatin1String("the Certificate folder field on this page")),
             qPrintable(detail->text()));
    QVERIFY2(!detail->text().contains(QLatin1String("(--cert-dir)")), qPrintable(detail->text()));
    QApplication::processEvents();
    QWidget *checksTab = find<QWidget>(QStringLiteral("checksTab"));
    const QRect rows(stages->mapTo(checksTab, QPoint(0, 0)), stages->size());
    // What of the detail is drawn (clipped by any scroll area) never covers a row.
    const QRect drawn =
        detail->visibleRegion().boundingRect().translated(detail->mapTo(checksTab, QPoint(0, 0)));
    // Laid out below the rows, not over them (it may be scrolled out of view at this size).
    QVERIFY2(detail->geometry().top() >= stages->geometry().bottom(),
             qPrintable(QStringLiteral("detail top %1, rows bottom %2")
                            .arg(detail->geometry().top())
                            .arg(stages->geometry().bottom())));
    QVERIFY2(!drawn.intersects(rows),
             qPrintable(QStringLiteral("detail %1,%2 %3x%4 over rows %5,%6 %7x%8")
                            .arg(drawn.x())
                            .arg(drawn.y())
                            .arg(drawn.width())
                            .arg(drawn.height())
                            .arg(rows.x())
                            .arg(rows.y())
                            .arg(rows.width())
                            .arg(rows.height())));
    // Scrolling brings it into view.
    qobject_cast<QScrollArea *>(checksTab)->ensureWidgetVisible(detail);
    QTRY_VERIFY(!detail->visibleRegion().isEmpty());
}

// Issue 12 point 7. Before: Alt+B (Browse…/Back), Alt+N (new host/Next) clashed.
void tst_Wizard::mnemonicsUniquePerPage()
{
    for (Page page : {Page::Welcome, Page::Subscription, Page::Region, Page::Image,
                      Page::VirtualMachine, Page::Docker, Page::Review}) {
        QVERIFY(goTo(page));
        if (page == Page::VirtualMachine) {
            fillVirtualMachine(QStringLiteral("mnemonics"));
            QTRY_VERIFY(nextButton()->isEnabled());
        }
        verifyMnemonicsUnique(
            QString::fromLatin1(QMetaEnum::fromType<Page>().valueToKey(int(page))));
    }
    m_wizard->next(); // Create
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Progress));
    verifyMnemonicsUnique(QStringLiteral("Progress"));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->session()->state(),
                              wizard::ProvisioningSession::State::Succeeded, 60000);
    verifyMnemonicsUnique(QStringLiteral("Progress, done"));
    QVERIFY(goTo(Page::Connection));
    auto *tabs = find<QTabWidget>(QStringLiteral("panelTabs"));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        verifyMnemonicsUnique(QStringLiteral("Connection, tab %1").arg(tabs->tabText(i)));
    }
    // Point 16: closing after a successful create reminds that the VM keeps running.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QMessageBox *box = waitForConfirmation(QStringLiteral("confirmCloseRunningDialog"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("mnemonics.cloudapp.net")) &&
                 box->text().contains(QLatin1String("billed")),
             qPrintable(box->text()));
    box->findChild<QPushButton *>(QStringLiteral("confirmNoButton"))->click();
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(m_wizard->isVisible());

    // The check page of "check an existing host", with its target fields.
    remakeWizard({});
    startCheckExisting();
    auto *checkTabs = find<QTabWidget>(QStringLiteral("panelTabs"));
    for (int i = 0; i < checkTabs->count(); ++i) {
        checkTabs->setCurrentIndex(i);
        verifyMnemonicsUnique(QStringLiteral("Check existing, tab %1").arg(checkTabs->tabText(i)));
    }
}

// Issue 12 point 9. Before: the demo's `docker context create` wrote into the real ~/.docker.
void tst_Wizard::demoNeverWritesRealDockerConfig()
{
    QTemporaryDir home;
    QTemporaryDir bin;
    QVERIFY(home.isValid() && bin.isValid());
    // A docker CLI that writes its context where the real one would.
    const QString fake = bin.filePath(QStringLiteral("docker"));
    {
        QFile f(fake);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\n"
                "dir=\"${DOCKER_CONFIG:-$HOME/.docker}/contexts/meta\"\n"
                "mkdir -p \"$dir\" && echo \"$*\" > \"$dir/created\"\n");
    }
    QVERIFY(QFile::setPermissions(fake, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldPath = qgetenv("PATH");
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("PATH", QFile::encodeName(bin.path()) + ':' + oldPath);
    auto restore = qScopeGuard([&] {
        qputenv("HOME", oldHome);
        qputenv("PATH", oldPath);
    });

    startCheckExisting();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("127.0.0.1"));
    auto *tabs = find<QTabWidget>(QStringLiteral("panelTabs"));
    tabs->setCurrentIndex(2);
    auto *page = qobject_cast<ui::ConnectionPage *>(m_wizard->currentPage());
    QSignalSpy done(page->connectionController(), &docker::ConnectionController::contextFinished);
    find<QPushButton>(QStringLiteral("createContextButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
    const auto result = done.first().first().value<docker::ConnectionController::ContextResult>();
    QVERIFY2(result.outcome == docker::ConnectionController::ContextResult::Outcome::Created,
             qPrintable(result.message));
    QVERIFY2(!QFileInfo::exists(home.filePath(QStringLiteral(".docker"))),
             "the demo wrote into ~/.docker");
    QVERIFY(QFileInfo::exists(m_controller->options().dockerConfigDir +
                              QStringLiteral("/contexts/meta/created")));
}

// Issue 12 point 18. Before: the wizard only had the focus when a test gave it.
void tst_Wizard::focusAtStartWithoutHelp()
{
    m_wizard.reset();
    m_controller.reset();
    QApplication::setActiveWindow(nullptr);
    m_controller = std::make_unique<Controller>(demoOptions(*m_env));
    m_wizard = std::make_unique<ui::SetupWizard>(m_controller.get());
    m_wizard->show(); // and nothing else
    QTRY_VERIFY(m_wizard->isActiveWindow());
    QTRY_COMPARE(QApplication::focusWidget(), find<QWidget>(QStringLiteral("newHostRadio")));
}

// Accessibility: every input has an accessible name or a buddy label, and Tab walks the VM page
// in reading order.
void tst_Wizard::accessibleNamesAndBuddies()
{
    auto check = [this](const QString &where) {
        QSet<QWidget *> buddied;
        for (auto *l : m_wizard->findChildren<QLabel *>())
            if (l->buddy())
                buddied.insert(l->buddy());
        QStringList missing;
        for (auto *w : m_wizard->currentPage()->findChildren<QWidget *>()) {
            const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QSpinBox *>(w) ||
                               qobject_cast<QComboBox *>(w) || qobject_cast<QListWidget *>(w) ||
                               qobject_cast<QTableView *>(w);
            if (!input || !w->isVisible() || w->focusPolicy() == Qt::NoFocus)
                continue;
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QSpinBox *>(w->parentWidget()))
                continue; // a spin box's own editor
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            if (!buddied.contains(w) || w->accessibleName().isEmpty())
                if (!buddied.contains(w) && w->accessibleName().isEmpty())
                    missing << w->objectName();
            if (!buddied.contains(w) && !qobject_cast<QTableView *>(w) &&
                !qobject_cast<QListWidget *>(w))
                missing << (w->objectName() + QStringLiteral(" (no buddy label)"));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(where + QStringLiteral(": ") + missing.join(u", ")));
    };
    for (Page page :
         {Page::Subscription, Page::Region, Page::Image, Page::VirtualMachine, Page::Docker}) {
        QVERIFY(goTo(page));
        if (page == Page::Subscription)
            find<QToolButton>(QStringLiteral("advancedToggle"))->setChecked(true);
        if (page == Page::VirtualMachine) {
            fillVirtualMachine(QStringLiteral("a11y"));
            QTRY_VERIFY(nextButton()->isEnabled());
        }
        check(QString::fromLatin1(QMetaEnum::fromType<Page>().valueToKey(int(page))));
    }
    // Tab order on the Docker page: port, folder, Browse.
    auto *port = find<QWidget>(QStringLiteral("dockerPortSpin"));
    QTRY_COMPARE(QApplication::focusWidget(), port);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), find<QWidget>(QStringLiteral("certDirEdit")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), find<QWidget>(QStringLiteral("certDirBrowse")));
}

// Issue 12 point 12. Before: after a cancel the list of removed paths (one word-wrapped label)
// took the room of the steps table at the minimum window size.
void tst_Wizard::cancelResultNeverSqueezesSteps()
{
    cleanup();
    sim::DemoEnvironment::Options slow = fastOptions();
    slow.bootDelayMs = 60000; // the VM never gets ready during this test
    makeWizard(slow);
    m_wizard->resize(m_wizard->minimumSize());

    QVERIFY(goTo(Page::VirtualMachine));
    fillVirtualMachine(QStringLiteral("squeeze-me"));
    QTRY_VERIFY(nextButton()->isEnabled());
    QVERIFY(goTo(Page::Docker));
    // A deep certificate folder, as a user's may be: every removed file names it.
    auto *dir = find<QLineEdit>(QStringLiteral("certDirEdit"));
    dir->selectAll();
    QTest::keyClicks(dir, m_dir->filePath(QStringLiteral("projects/clients/2014/azure/docker/"
                                                         "hosts/squeeze-me/certificates")));
    QTRY_VERIFY(nextButton()->isEnabled());
    QVERIFY(goTo(Page::Review));
    m_wizard->next(); // Create
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Progress));
    QTRY_VERIFY_WITH_TIMEOUT(!m_env->provisioning()->inventory().hostedServices.isEmpty(), 30000);
    find<QPushButton>(QStringLiteral("cancelProvisioningButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->session()->state(),
                              wizard::ProvisioningSession::State::Cancelled, 60000);
    m_wizard->resize(m_wizard->minimumSize());
    // The room is found inside the minimum size, not by growing the window.
    QTRY_COMPARE(m_wizard->size(), QSize(720, 560));
    auto *result = find<QLabel>(QStringLiteral("resultLabel"));
    QVERIFY2(result->text().count(QStringLiteral("certificates")) >= 4, qPrintable(result->text()));
    QApplication::processEvents();

    // Every step row is in view (the table keeps its height; the list scrolls instead).
    auto *steps = find<QTreeWidget>(QStringLiteral("stepList"));
    const int rows = steps->topLevelItemCount();
    QVERIFY(rows >= 8);
    const QRect lastRow = steps->visualItemRect(steps->topLevelItem(rows - 1));
    QVERIFY2(steps->viewport()->rect().contains(lastRow),
             qPrintable(QStringLiteral("steps viewport %1 px high, last row ends at %2")
                            .arg(steps->viewport()->height())
                            .arg(lastRow.bottom())));
    // The result list does not overlap the table, and all of it can be scrolled into view.
    QWidget *page = m_wizard->currentPage();
    const QRect table(steps->mapTo(page, QPoint(0, 0)), steps->size());
    const QRect drawn =
        result->visibleRegion().boundingRect().translated(result->mapTo(page, QPoint(0, 0)));
    QVERIFY(!drawn.isEmpty());
    QVERIFY(!drawn.intersects(table));
    auto *area = find<QScrollArea>(QStringLiteral("resultArea"));
    QVERIFY(area->isVisible());
    QVERIFY(area->verticalScrollBar()->maximum() > 0); // longer than its room: it scrolls
    area->ensureVisible(0, result->height() - 1);
    QTRY_VERIFY(result->visibleRegion().boundingRect().bottom() >= result->height() - 2);
    // And the log keeps room for a few lines.
    auto *log = find<QPlainTextEdit>(QStringLiteral("progressLog"));
    QVERIFY2(log->viewport()->height() >= 3 * log->fontMetrics().lineSpacing(),
             qPrintable(QString::number(log->viewport()->height())));
}

// Issue 12 point 17. Before: `docker-vm-wizard --help` aborted without a display ("could not
// connect to display"), as a QApplication needs one.
void tst_Wizard::helpAndVersionWithoutDisplay()
{
    const QString program = qEnvironmentVariable("DOCKERVM_WIZARD");
    QVERIFY2(QFileInfo::exists(program),
             "DOCKERVM_WIZARD must point to the built docker-vm-wizard");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE"})
        env.remove(QString::fromLatin1(name));
    for (const QString &option : {QStringLiteral("--help"), QStringLiteral("--version")}) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(program, {option});
        QVERIFY(p.waitForFinished(30000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 qPrintable(option + QStringLiteral(": ") + err));
        if (option == QLatin1String("--help"))
            QVERIFY2(out.contains(QLatin1String("Usage:")) && out.contains(QLatin1String("--demo")),
                     qPrintable(out));
        else
            QVERIFY2(out.contains(QLatin1String(DOCKERVM_VERSION)), qPrintable(out));
    }
}

// The image table is sortable, newest first, and its header says so; a click on a header sorts
// by that column and moves the indicator.
void tst_Wizard::imageTableShowsItsSort()
{
    QVERIFY(goTo(Page::Image));
    auto *table = find<QTableView>(QStringLiteral("imageTable"));
    QTRY_VERIFY(table->model()->rowCount() > 2);
    QHeaderView *header = table->horizontalHeader();
    QVERIFY(table->isSortingEnabled());
    QVERIFY(header->isSortIndicatorShown());
    QCOMPARE(header->sortIndicatorSection(), int(ui::ImageTableModel::PublishedColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QDateTime previous;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QDateTime published = table->model()
                                        ->index(r, ui::ImageTableModel::PublishedColumn)
                                        .data(ui::ImageTableModel::SortRole)
                                        .toDateTime();
        if (previous.isValid())
            QVERIFY2(published <= previous, qPrintable(published.toString(Qt::ISODate)));
        previous = published;
    }
    // The newest image is the one chosen, and it is the first row.
    QCOMPARE(table->model()->index(0, 0).data(ui::ImageTableModel::NameRole).toString(),
             m_controller->catalogue()->imageName());
    // Sorting by label: the indicator follows.
    const int labelX = header->sectionViewportPosition(ui::ImageTableModel::LabelColumn) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(labelX, header->height() / 2));
    QTRY_COMPARE(header->sortIndicatorSection(), int(ui::ImageTableModel::LabelColumn));
    QVERIFY(header->isSortIndicatorShown());
    // The chosen image stays chosen whatever the order.
    QCOMPARE(table->currentIndex().data(ui::ImageTableModel::NameRole).toString(),
             m_controller->catalogue()->imageName());
}

namespace {
// WCAG contrast ratio of two colours (1 … 21).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

// High contrast (white on black): the error texts were drawn in a fixed dark red (#b01c1c, a
// contrast of 3.0 on black). Now at least 4.5 (WCAG AA), on the light palette too.
void tst_Wizard::errorsReadableInHighContrast()
{
    const QPalette before = QApplication::palette();
    QPalette hc{QColor(Qt::white), QColor(Qt::black)};
    hc.setColor(QPalette::Window, Qt::black);
    hc.setColor(QPalette::Base, Qt::black);
    hc.setColor(QPalette::WindowText, Qt::white);
    hc.setColor(QPalette::Text, Qt::white);
    hc.setColor(QPalette::Highlight, Qt::yellow);
    hc.setColor(QPalette::HighlightedText, Qt::black);
    for (const QPalette &palette : {hc, before}) {
        cleanup();
        QApplication::setPalette(palette);
        makeWizard();
        QVERIFY(goTo(Page::Image));
        auto *table = find<QTableView>(QStringLiteral("imageTable"));
        QTRY_VERIFY(table->model()->rowCount() > 0);
        int oldRow = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, 0).data(ui::ImageTableModel::TooOldRole).toBool())
                oldRow = r;
        QVERIFY(oldRow >= 0);
        table->setCurrentIndex(table->model()->index(oldRow, 0));
        auto *warning = find<QLabel>(QStringLiteral("imageWarning"));
        QTRY_VERIFY(warning->isVisible());
        const double ratio = contrast(warning->palette().color(QPalette::WindowText),
                                      warning->palette().color(QPalette::Window));
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("contrast %1 (%2 on %3)")
                                .arg(ratio)
                                .arg(warning->palette().color(QPalette::WindowText).name(),
                                     warning->palette().color(QPalette::Window).name())));
    }
    QApplication::setPalette(before);
}

QTEST_MAIN(tst_Wizard)
#include "tst_wizard.moc"
