// The real wizard, offscreen, driven by objectName and keyboard through demo mode's in-process
// simulators (real TLS on loopback): the whole flow to a connected panel, and the failure paths.
#include "azure/accountstore.h"
#include "docker/connectioncontroller.h"
#include "sim/azuresimulator.h"
#include "sim/demoenvironment.h"
#include "sim/dockerhost.h"
#include "sim/provisioningsim.h"
#include "ui/pages.h"
#include "ui/setupwizard.h"
#include "wizard/catalogue.h"
#include "wizard/provisioningsession.h"
#include "wizard/provisioningsteps.h"
#include "wizard/setupcontroller.h"
#include "wizard/subscriptions.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

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

private:
    // An earlier run that died (no rollback) after creating its cloud service and deployment,
    // then a new wizard over the same folders.
    void leaveUnfinishedRunAndRestart();
    void makeWizard(sim::DemoEnvironment::Options envOptions = fastOptions());
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
        const auto state = provision::Provisioner::StepState(
            steps->topLevelItem(i)->data(1, Qt::UserRole).toInt());
        QVERIFY2(state == provision::Provisioner::StepState::Done ||
                     state == provision::Provisioner::StepState::Skipped,
                 qPrintable(steps->topLevelItem(i)->text(0)));
    }
    QVERIFY(
        !find<QPlainTextEdit>(QStringLiteral("progressLog"))->toPlainText().contains(kPassword));
    QVERIFY(
        find<QLabel>(QStringLiteral("resultLabel"))->text().contains(QLatin1String("is ready")));
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
    bool rollbackShown = false;
    auto *steps = find<QTreeWidget>(QStringLiteral("stepList"));
    for (int i = 0; i < steps->topLevelItemCount(); ++i)
        rollbackShown =
            rollbackShown ||
            provision::Provisioner::Step(steps->topLevelItem(i)->data(0, Qt::UserRole).toInt()) ==
                provision::Provisioner::Step::Rollback;
    QVERIFY(rollbackShown);
    QVERIFY(find<QPlainTextEdit>(QStringLiteral("progressLog"))
                ->toPlainText()
                .contains(QLatin1String("Removed")));
    QTRY_VERIFY_WITH_TIMEOUT(m_env->provisioning()->inventory().hostedServices.isEmpty(), 30000);
    QVERIFY(m_env->provisioning()->inventory().deployments.isEmpty());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!nextButton()->isEnabled());

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
        provision::VmSpec spec;
        spec.dnsName = QStringLiteral("died");
        spec.location = QStringLiteral("West US");
        spec.imageName = QStringLiteral("img");
        spec.userName = QStringLiteral("azureuser");
        spec.password = QStringLiteral("Docker4Azure!");
        spec.certDir = m_env->certDir();
        provision::Provisioner::Options options = m_controller->options().provisioner;
        options.tls.keyType = certs::KeyType::EcdsaP256;
        provision::Provisioner run(m_controller->subscriptions()->client(), spec, options);
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            run.stepInfos()[int(provision::Provisioner::Step::WaitRole)].state ==
                provision::Provisioner::StepState::Running,
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
    azure::Subscription other = m_env->azure()->subscription();
    other.id = QStringLiteral("00000000-0000-4000-8000-000000000002");
    other.name = QStringLiteral("Other Subscription");
    leaveUnfinishedRunAndRestart();
    {
        azure::AccountStore store(m_env->accountConfigDir(), m_env->accountDataDir(),
                                  azure::AccountStore::KeyStorage::Files);
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

QTEST_MAIN(tst_Wizard)
#include "tst_wizard.moc"
