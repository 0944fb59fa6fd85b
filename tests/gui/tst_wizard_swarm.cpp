// Issue 11, the wizard part: several hosts as one Docker swarm, driven through the real wizard
// offscreen on demo mode's simulators (real mutual TLS on loopback to every simulated node).
// The VM page's "Number of hosts", "Managers" and "If some hosts fail" with their messages as the
// user types; the review's hosts, roles and ports and the docker-vm command with --nodes; the
// progress rows grouped by node; the connection panel's Swarm tab with the nodes as the leader
// lists them. Classic (one cloud service, a port pair per host) and Resource Manager (a VM and
// public IP per host). A host that fails with "keep the working swarm" is named in the panel; a
// cancel mid-way leaves nothing in the simulator and an empty journal.
#include "docker/connectioncontroller.h"
#include "sim/armsimulator.h"
#include "sim/demoenvironment.h"
#include "sim/dockerhost.h"
#include "sim/entrasim.h"
#include "sim/provisioningsim.h"
#include "sim/swarmsim.h"
#include "ui/connectionpanel.h"
#include "ui/pages.h"
#include "ui/setupwizard.h"
#include "wizard/catalogue.h"
#include "wizard/provisioningsession.h"
#include "wizard/setupcontroller.h"
#include "wizard/signin.h"
#include "wizard/subscriptions.h"
#include "wizard/swarmoverview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace dockervm;
using Controller = wizard::SetupController;
using Page = Controller::Page;
using State = wizard::ProvisioningSession::State;

namespace {
const QString kPassword = QStringLiteral("Sw0rdfish-2014!");
}

class tst_WizardSwarm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void vmPageRulesAsTheUserTypes();
    void classicThreeNodeSwarmToThePanel();
    void armThreeNodeSwarmToThePanel();
    void armNameCheckFollowsTheNumberOfHosts();
    void classicKeepPartialNamesTheFailedHost();
    void armKeepPartialNamesTheFailedHost();
    void cancelMidWayLeavesNothing();

private:
    void make(bool arm, const std::function<void(sim::DemoEnvironment::Options &)> &tweak = {});
    // Classic: Welcome → .publishsettings → … → the VM page filled in with `name`.
    void classicToVirtualMachine(const QString &name);
    // ARM: Welcome → sign in → … → the VM page with `label` and the default SSH key.
    void armToVirtualMachine(const QString &label);
    // On the VM page: N hosts, M managers, and what to do when some fail.
    void chooseHosts(int nodes, int managers, bool keepPartial);
    // VM → Docker → Review → Create.
    void reviewAndCreate();
    // The Progress page's group items and their children, by group id.
    QTreeWidgetItem *group(const QString &id) const;
    // The connection page, connected to the leader, showing its swarm's `rows` nodes.
    ui::ConnectionPanel *toSwarmPanel(int rows);
    QStringList journalFiles() const
    {
        return QDir(m_env->journalDir()).entryList(QDir::Files | QDir::NoDotAndDotDot);
    }
    bool goTo(Page page);
    void altRight() { QTest::keyClick(m_wizard.get(), Qt::Key_Right, Qt::AltModifier); }
    QAbstractButton *nextButton() const { return m_wizard->button(QWizard::NextButton); }
    template <typename T> T *find(const QString &name) const
    {
        T *w = m_wizard->findChild<T *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }
    static void setSpin(QSpinBox *spin, int value)
    {
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(value));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sim::DemoEnvironment> m_env;
    std::unique_ptr<Controller> m_controller;
    std::unique_ptr<ui::SetupWizard> m_wizard;
};

void tst_WizardSwarm::initTestCase()
{
    Q_INIT_RESOURCE(wizard);
    QStandardPaths::setTestModeEnabled(true);
}

void tst_WizardSwarm::make(bool arm,
                           const std::function<void(sim::DemoEnvironment::Options &)> &tweak)
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A home of our own: the ARM VM page proposes ~/.ssh/id_ed25519.pub from it.
    const QString home = m_dir->filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home + QStringLiteral("/.ssh")));
    qputenv("HOME", QFile::encodeName(home));
    {
        QFile key(home + QStringLiteral("/.ssh/id_ed25519.pub"));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl "
            "admin@example\n");
    }
    sim::DemoEnvironment::Options o;
    o.baseDir = m_dir->path();
    o.latencyMs = 0;
    o.operationDelayMs = 80;
    o.bootDelayMs = 150;
    o.extensionDelayMs = 150;
    o.pollIntervalMs = 40;
    o.fastKeys = true;
    o.deviceCodeApproveAfterMs = 300;
    o.armOperationDelayMs = 60;
    o.armGroupDeleteDelayMs = 60;
    o.armBootDelayMs = 150;
    if (tweak)
        tweak(o);
    m_env = std::make_unique<sim::DemoEnvironment>(o);
    QString error;
    QVERIFY2(m_env->start(&error), qPrintable(error));
    Controller::Options c;
    c.demo = true;
    c.accountConfigDir = m_env->accountConfigDir();
    c.accountDataDir = m_env->accountDataDir();
    c.settingsFile = m_env->settingsFile();
    c.defaultCertDir = m_env->certDir();
    c.networkAccessManager = m_env->networkAccessManager();
    c.client = m_env->clientOptions();
    c.client.backoffBaseMs = 10;
    c.client.backoffMaxMs = 20;
    c.provisioner = m_env->provisionerOptions();
    c.keyType = m_env->keyType();
    if (arm)
        c.signInEndpoints = m_env->cloudEndpoints();
    c.nameDebounceMs = 40;
    m_controller = std::make_unique<Controller>(c);
    m_wizard = std::make_unique<ui::SetupWizard>(m_controller.get());
    m_wizard->show();
    QApplication::setActiveWindow(m_wizard.get());
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
}

void tst_WizardSwarm::cleanup()
{
    if (m_env) // the loopback guard: nothing left this machine
        QCOMPARE(m_env->networkAccessManager()->refusedCount(), 0);
    m_wizard.reset();
    m_controller.reset();
    m_env.reset();
    m_dir.reset();
}

bool tst_WizardSwarm::goTo(Page page)
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

void tst_WizardSwarm::classicToVirtualMachine(const QString &name)
{
    QTRY_VERIFY(m_controller->subscriptions()->client());
    // The demo's current account is the classic one: Next goes the .publishsettings way.
    QVERIFY(goTo(Page::VirtualMachine));
    auto *dns = find<QLineEdit>(QStringLiteral("dnsNameEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), dns);
    QTest::keyClicks(dns, name);
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("userEdit")), QStringLiteral("azureuser"));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("passwordEdit")), kPassword);
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("confirmPasswordEdit")), kPassword);
    QTRY_COMPARE(m_controller->session()->nameState(),
                 wizard::ProvisioningSession::NameState::Available);
}

void tst_WizardSwarm::armToVirtualMachine(const QString &label)
{
    QTest::mouseClick(find<QRadioButton>(QStringLiteral("signInRadio")), Qt::LeftButton, {},
                      QPoint(8, 8));
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::SignIn));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->signIn()->phase(), wizard::SignIn::Phase::SignedIn,
                              20000);
    auto *list = find<QListWidget>(QStringLiteral("armSubscriptionList"));
    QTRY_VERIFY(list->count() > 0);
    list->setCurrentRow(0);
    QTRY_VERIFY(nextButton()->isEnabled());
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Region));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->catalogue()->location(), QStringLiteral("westus"),
                              15000);
    QTRY_VERIFY(nextButton()->isEnabled());
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Image));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->catalogue()->imagesState(),
                              wizard::Catalogue::LoadState::Loaded, 15000);
    QTRY_VERIFY(nextButton()->isEnabled());
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::VirtualMachine));
    QTRY_VERIFY_WITH_TIMEOUT(find<QComboBox>(QStringLiteral("sizeCombo"))->count() > 0, 15000);
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("dnsNameEdit")), label);
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("userEdit")), QStringLiteral("azureuser"));
}

void tst_WizardSwarm::chooseHosts(int nodes, int managers, bool keepPartial)
{
    setSpin(find<QSpinBox>(QStringLiteral("nodesSpin")), nodes);
    QTRY_COMPARE(m_controller->session()->nodes(), nodes);
    auto *managersSpin = find<QSpinBox>(QStringLiteral("managersSpin"));
    QTRY_VERIFY(managersSpin->isVisible());
    setSpin(managersSpin, managers);
    QTRY_COMPARE(m_controller->session()->managers(), managers);
    auto *onFailure = find<QComboBox>(QStringLiteral("onFailureCombo"));
    QVERIFY(onFailure->isVisible());
    QCOMPARE(onFailure->currentIndex(), 0); // remove everything by default
    onFailure->setFocus();
    if (keepPartial)
        QTest::keyClick(onFailure, Qt::Key_Down);
    QTRY_COMPARE(m_controller->session()->keepPartial(), keepPartial);
    QTRY_VERIFY(!find<QLabel>(QStringLiteral("nodesError"))->isVisible());
}

void tst_WizardSwarm::reviewAndCreate()
{
    QTRY_VERIFY_WITH_TIMEOUT(nextButton()->isEnabled(), 15000);
    QVERIFY(goTo(Page::Review));
    altRight(); // Create
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Progress));
}

QTreeWidgetItem *tst_WizardSwarm::group(const QString &id) const
{
    auto *steps = find<QTreeWidget>(QStringLiteral("stepList"));
    for (int i = 0; i < steps->topLevelItemCount(); ++i)
        if (steps->topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
            return steps->topLevelItem(i);
    return nullptr;
}

ui::ConnectionPanel *tst_WizardSwarm::toSwarmPanel(int rows)
{
    if (!QTest::qWaitFor([&] { return nextButton()->isEnabled(); }, 15000))
        return nullptr;
    altRight();
    if (!QTest::qWaitFor([&] { return m_wizard->currentId() == int(Page::Connection); }, 15000))
        return nullptr;
    auto *page = qobject_cast<ui::ConnectionPage *>(m_wizard->currentPage());
    if (!page)
        return nullptr;
    if (!QTest::qWaitFor(
            [&] {
                return page->connectionController()->state() ==
                       docker::ConnectionController::State::Connected;
            },
            60000))
        return nullptr;
    auto *panel = find<ui::ConnectionPanel>(QStringLiteral("connectionPanel"));
    auto *tabs = find<QTabWidget>(QStringLiteral("panelTabs"));
    // The Swarm tab is shown once the leader answered, and lists every node of the run.
    if (!QTest::qWaitFor([&] { return tabs->currentWidget()->objectName() == "swarmTab"; }, 15000))
        return nullptr;
    auto *list = find<QTreeWidget>(QStringLiteral("swarmNodeList"));
    if (!QTest::qWaitFor(
            [&] {
                return panel->swarm()->state() == wizard::SwarmOverview::State::Refreshed &&
                       list->topLevelItemCount() == rows;
            },
            30000))
        return nullptr;
    return panel;
}

// Number of hosts, managers and the failure choice: hidden for one host, messages as typed.
void tst_WizardSwarm::vmPageRulesAsTheUserTypes()
{
    make(false);
    classicToVirtualMachine(QStringLiteral("rules"));
    auto *nodes = find<QSpinBox>(QStringLiteral("nodesSpin"));
    auto *managers = find<QSpinBox>(QStringLiteral("managersSpin"));
    auto *onFailure = find<QComboBox>(QStringLiteral("onFailureCombo"));
    auto *names = find<QLabel>(QStringLiteral("nodeNamesLabel"));
    auto *error = find<QLabel>(QStringLiteral("nodesError"));
    // One host: the single-host flow, nothing more to choose.
    QCOMPARE(nodes->value(), 1);
    QVERIFY(nodes->isVisible());
    QVERIFY(!managers->isVisible() && !onFailure->isVisible() && !names->isVisible());
    QTRY_VERIFY(nextButton()->isEnabled());

    setSpin(nodes, 2);
    QTRY_VERIFY(managers->isVisible());
    QCOMPARE(managers->value(), 1); // default for fewer than 3
    QVERIFY(onFailure->isVisible());
    QVERIFY2(names->text().contains(QLatin1String("rules-1, rules-2")), qPrintable(names->text()));
    setSpin(nodes, 5);
    QTRY_COMPARE(managers->value(), 3); // default from 3 hosts on
    QVERIFY2(names->text().contains(QLatin1String("rules-5")), qPrintable(names->text()));
    QVERIFY(!error->isVisible());

    // More than the wizard offers: said, with the command line's way.
    setSpin(nodes, 12);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("at most 9")) &&
                 error->text().contains(QLatin1String("--nodes 12")),
             qPrintable(error->text()));
    QVERIFY(!nextButton()->isEnabled());
    setSpin(nodes, 3);
    QTRY_VERIFY(!error->isVisible());

    // An even number of managers, then more managers than hosts.
    setSpin(managers, 2);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("odd")), qPrintable(error->text()));
    QVERIFY(!nextButton()->isEnabled());
    setSpin(managers, 5);
    QTRY_VERIFY2(error->text().contains(QLatin1String("5 managers need at least 5 hosts")),
                 qPrintable(error->text()));
    QVERIFY(!nextButton()->isEnabled());
    setSpin(managers, 3);
    QTRY_VERIFY(!error->isVisible());
    QTRY_VERIFY(nextButton()->isEnabled());
    // The user chose the managers: more hosts leave them.
    setSpin(nodes, 7);
    QTRY_COMPARE(m_controller->session()->nodes(), 7);
    QCOMPARE(managers->value(), 3);

    // Back to one host: the swarm rows go, the command line has no --nodes.
    setSpin(nodes, 1);
    QTRY_VERIFY(!managers->isVisible());
    QVERIFY(!names->isVisible() && !error->isVisible());
    QVERIFY(!m_controller->session()->dockerVmCommandLine().contains(QLatin1String("--nodes")));

    // Classic: every host needs its own public ports on the one cloud service. A Docker port
    // whose run (2201, 2202, 2203) meets the extra SSH ports (2202, 2203) is refused on the
    // Docker page, by port and host.
    setSpin(nodes, 3);
    QTRY_COMPARE(m_controller->session()->nodes(), 3);
    QVERIFY(goTo(Page::Docker));
    auto *port = find<QSpinBox>(QStringLiteral("dockerPortSpin"));
    setSpin(port, 2201);
    auto *portError = find<QLabel>(QStringLiteral("dockerPortError"));
    QTRY_VERIFY(portError->isVisible());
    QVERIFY2(portError->text().contains(QLatin1String("2202")) &&
                 portError->text().contains(QLatin1String("used twice")),
             qPrintable(portError->text()));
    QVERIFY(!nextButton()->isEnabled());
    setSpin(port, 4243);
    QTRY_VERIFY(!portError->isVisible());
    QTRY_VERIFY(nextButton()->isEnabled());
}

void tst_WizardSwarm::classicThreeNodeSwarmToThePanel()
{
    make(false);
    m_wizard->resize(m_wizard->minimumSize());
    classicToVirtualMachine(QStringLiteral("swarmdemo"));
    chooseHosts(3, 1, false);
    QVERIFY(find<QLabel>(QStringLiteral("nodeNamesLabel"))
                ->text()
                .contains(QLatin1String("swarmdemo-1, swarmdemo-2, swarmdemo-3")));
    // Role instances of one cloud service: one DNS name.
    QVERIFY2(find<QLabel>(QStringLiteral("hostNameLabel"))
                 ->text()
                 .contains(QLatin1String("hosts will share swarmdemo.cloudapp.net")),
             qPrintable(find<QLabel>(QStringLiteral("hostNameLabel"))->text()));
    QTRY_VERIFY(nextButton()->isEnabled());
    QVERIFY(goTo(Page::Review));

    // Every host, its role and its ports: one cloud service, Docker port + i - 1, SSH 2200 + i.
    const QString summary = find<QLabel>(QStringLiteral("reviewSummary"))->text();
    for (const char *line : {"swarmdemo-1 (manager, leader): Docker swarmdemo.cloudapp.net:4243, "
                             "SSH port 22",
                             "swarmdemo-2 (worker): Docker swarmdemo.cloudapp.net:4244, SSH port "
                             "2202",
                             "swarmdemo-3 (worker): Docker swarmdemo.cloudapp.net:4245, SSH port "
                             "2203"})
        QVERIFY2(summary.contains(QLatin1String(line)), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("Remove everything")), qPrintable(summary));
    const QString cli = find<QLineEdit>(QStringLiteral("dockerVmCommand"))->text();
    QVERIFY2(cli.startsWith(QLatin1String("docker-vm create --nodes 3 --managers 1 ")),
             qPrintable(cli));
    QVERIFY(!cli.contains(QLatin1String("--keep-partial")));
    // The 2014 command made one host: no line for a swarm.
    QVERIFY(!find<QLineEdit>(QStringLiteral("azureCommand"))->isVisible());

    altRight(); // Create
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Progress));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->session()->state(), State::Succeeded, 90000);
    // Grouped: what the hosts share, one group per host, the swarm; every row done.
    for (const QString &id :
         {QStringLiteral("group:shared"), QStringLiteral("group:node:swarmdemo-1"),
          QStringLiteral("group:node:swarmdemo-2"), QStringLiteral("group:node:swarmdemo-3"),
          QStringLiteral("group:swarm")}) {
        QTreeWidgetItem *g = group(id);
        QVERIFY2(g, qPrintable(id));
        QVERIFY(g->childCount() > 0);
        QCOMPARE(cloud::StepState(g->data(1, Qt::UserRole).toInt()), cloud::StepState::Done);
        for (int i = 0; i < g->childCount(); ++i) {
            const auto st = cloud::StepState(g->child(i)->data(1, Qt::UserRole).toInt());
            QVERIFY2(st == cloud::StepState::Done || st == cloud::StepState::Skipped,
                     qPrintable(id + QLatin1Char(' ') + g->child(i)->text(0)));
        }
    }
    QCOMPARE(group(QStringLiteral("group:swarm"))->childCount(), 4); // init, 2 joins, ready
    // Readable at the minimum size: the hosts' groups closed once done, every visible row in
    // view at its full height (before: 17 flat rows squeezed into a dozen).
    auto *steps = find<QTreeWidget>(QStringLiteral("stepList"));
    QVERIFY(!group(QStringLiteral("group:node:swarmdemo-2"))->isExpanded());
    QVERIFY(group(QStringLiteral("group:swarm"))->isExpanded());
    QTreeWidgetItem *lastRow = group(QStringLiteral("group:swarm"))->child(3);
    QVERIFY2(steps->viewport()->rect().contains(steps->visualItemRect(lastRow)),
             qPrintable(QStringLiteral("viewport %1 px, last row ends at %2")
                            .arg(steps->viewport()->height())
                            .arg(steps->visualItemRect(lastRow).bottom())));
    QVERIFY(steps->visualItemRect(lastRow).height() >= steps->fontMetrics().height());
    const QString result = find<QLabel>(QStringLiteral("resultLabel"))->text();
    QVERIFY2(result.contains(QLatin1String("swarm swarmdemo of 3 hosts is ready")),
             qPrintable(result));

    // Closing now names the swarm's VMs (before: "the virtual machine swarmdemo.cloudapp.net").
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
    QCOMPARE(box->objectName(), QStringLiteral("confirmCloseRunningDialog"));
    QVERIFY2(box->text().contains(QStringLiteral("swarm swarmdemo (swarmdemo-1 … swarmdemo-3)")),
             qPrintable(box->text()));
    box->findChild<QPushButton *>(QStringLiteral("confirmNoButton"))->click();
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(m_wizard->isVisible());

    ui::ConnectionPanel *panel = toSwarmPanel(3);
    QVERIFY(panel);
    auto *list = find<QTreeWidget>(QStringLiteral("swarmNodeList"));
    int managers = 0, leaders = 0;
    for (int i = 0; i < 3; ++i) {
        QTreeWidgetItem *row = list->topLevelItem(i);
        QCOMPARE(row->text(0), QStringLiteral("swarmdemo-%1").arg(i + 1));
        QVERIFY2(row->text(1).startsWith(QStringLiteral("swarmdemo.cloudapp.net:%1").arg(4243 + i)),
                 qPrintable(row->text(1)));
        QVERIFY2(row->text(1).contains(QLatin1String("private 10.")), qPrintable(row->text(1)));
        QCOMPARE(row->text(4), QStringLiteral("active"));
        QCOMPARE(row->text(5), QStringLiteral("ready"));
        QVERIFY(!row->text(6).isEmpty() && row->text(6) != QStringLiteral("—"));
        managers += row->text(2) == QLatin1String("manager") ? 1 : 0;
        leaders += row->text(3).isEmpty() ? 0 : 1;
    }
    QCOMPARE(managers, 1);
    QCOMPARE(leaders, 1);
    QVERIFY(!list->topLevelItem(0)->text(3).isEmpty()); // swarmdemo-1 leads
    QVERIFY(!find<QLabel>(QStringLiteral("swarmPartialLabel"))->isVisible());
    QVERIFY2(
        find<QLabel>(QStringLiteral("swarmStatusLabel"))
            ->text()
            .contains(QLatin1String("3 nodes in the swarm (managers: 1, workers: 2), 3 ready")),
        qPrintable(find<QLabel>(QStringLiteral("swarmStatusLabel"))->text()));
    // The terminal's texts are the leader's.
    QVERIFY(find<QLabel>(QStringLiteral("swarmLeaderNote"))
                ->text()
                .contains(QLatin1String("swarmdemo-1 (swarmdemo.cloudapp.net:4243)")));
    QVERIFY(find<QPlainTextEdit>(QStringLiteral("dockerCommandText"))
                ->toPlainText()
                .contains(QLatin1String("swarmdemo.cloudapp.net:4243")));
    // Refresh asks the leader again.
    auto *refresh = find<QPushButton>(QStringLiteral("swarmRefreshButton"));
    const QDateTime first = panel->swarm()->refreshedAt();
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_VERIFY(panel->swarm()->refreshedAt() > first ||
                (panel->swarm()->state() == wizard::SwarmOverview::State::Refreshed &&
                 panel->swarm()->refreshedAt() != first));
    // While the tab is in view the leader is asked again by itself: a host that goes away shows
    // as down without a click (before: only Refresh updated the list).
    panel->setSwarmRefreshInterval(100);
    sim::DockerHost *third = m_env->provisioning()->dockerHost(QStringLiteral("swarmdemo"),
                                                               QStringLiteral("swarmdemo-3"));
    QVERIFY(third && third->swarmNetwork());
    third->swarmNetwork()->detach(third->swarmHandle());
    QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItem(2)->text(5), QStringLiteral("down"), 10000);
    QVERIFY2(
        find<QLabel>(QStringLiteral("swarmStatusLabel"))->text().contains(QLatin1String("2 ready")),
        qPrintable(find<QLabel>(QStringLiteral("swarmStatusLabel"))->text()));
}

void tst_WizardSwarm::armThreeNodeSwarmToThePanel()
{
    make(true);
    armToVirtualMachine(QStringLiteral("armswarm"));
    chooseHosts(3, 1, false);
    // A DNS label per host.
    QVERIFY2(find<QLabel>(QStringLiteral("hostNameLabel"))
                 ->text()
                 .contains(QStringLiteral("armswarm-1.westus.cloudapp.azure.com … "
                                          "armswarm-3.westus.cloudapp.azure.com")),
             qPrintable(find<QLabel>(QStringLiteral("hostNameLabel"))->text()));
    QTRY_VERIFY_WITH_TIMEOUT(nextButton()->isEnabled(), 15000);
    altRight();
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(Page::Docker), 15000);
    altRight();
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Review));
    // A VM, public IP and DNS label per host, the same ports on each.
    const QString summary = find<QLabel>(QStringLiteral("reviewSummary"))->text();
    for (int i = 1; i <= 3; ++i)
        QVERIFY2(
            summary.contains(QStringLiteral("armswarm-%1.westus.cloudapp.azure.com:2376").arg(i)),
            qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("for each of the 3 hosts")), qPrintable(summary));
    const QString cli = find<QLineEdit>(QStringLiteral("dockerVmCommand"))->text();
    QVERIFY2(cli.contains(QLatin1String("--nodes 3 --managers 1")), qPrintable(cli));
    altRight(); // Create
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Progress));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->session()->state(), State::Succeeded, 90000);
    for (int i = 1; i <= 3; ++i) {
        QTreeWidgetItem *g = group(QStringLiteral("group:node:armswarm-%1").arg(i));
        QVERIFY(g);
        QVERIFY(g->childCount() >= 3); // public IP, NIC, VM, …
        QCOMPARE(cloud::StepState(g->data(1, Qt::UserRole).toInt()), cloud::StepState::Done);
        // Under its group a row reads "Virtual machine", not "armswarm-2: Virtual machine".
        for (int c = 0; c < g->childCount(); ++c)
            QVERIFY2(!g->child(c)->text(0).startsWith(QLatin1String("armswarm-")),
                     qPrintable(g->child(c)->text(0)));
    }
    QVERIFY(group(QStringLiteral("group:swarm")));

    ui::ConnectionPanel *panel = toSwarmPanel(3);
    QVERIFY(panel);
    // The check is the leader's: armswarm-1's own DNS name.
    auto *page = qobject_cast<ui::ConnectionPage *>(m_wizard->currentPage());
    QCOMPARE(page->connectionController()->host(),
             QStringLiteral("armswarm-1.westus.cloudapp.azure.com"));
    auto *list = find<QTreeWidget>(QStringLiteral("swarmNodeList"));
    for (int i = 0; i < 3; ++i) {
        QTreeWidgetItem *row = list->topLevelItem(i);
        QCOMPARE(row->text(0), QStringLiteral("armswarm-%1").arg(i + 1));
        QVERIFY2(row->text(1).startsWith(
                     QStringLiteral("armswarm-%1.westus.cloudapp.azure.com:2376").arg(i + 1)),
                 qPrintable(row->text(1)));
        QCOMPARE(row->text(2), i == 0 ? QStringLiteral("manager") : QStringLiteral("worker"));
        QCOMPARE(row->text(5), QStringLiteral("ready"));
    }
    QVERIFY(!list->topLevelItem(0)->text(3).isEmpty());
    QVERIFY(find<QLabel>(QStringLiteral("swarmLeaderNote"))
                ->text()
                .contains(QLatin1String("armswarm-1.westus.cloudapp.azure.com:2376")));
}

// A host whose VM fails to start, with "keep the working swarm": the run succeeds with the two
// others, the progress page names the failed host, the panel lists it as failed and says so.
// Each host on Resource Manager has its own DNS label NAME-i: the VM page checks all of them,
// again whenever the number of hosts changes. Failed before: "pair.westus… is free" (NAME, which
// no host uses) while create then stopped at the taken pair-2.
void tst_WizardSwarm::armNameCheckFollowsTheNumberOfHosts()
{
    make(true,
         [](sim::DemoEnvironment::Options &o) { o.takenDnsLabels << QStringLiteral("pair-2"); });
    armToVirtualMachine(QStringLiteral("pair"));
    auto *session = m_controller->session();
    QTRY_COMPARE_WITH_TIMEOUT(session->nameState(),
                              wizard::ProvisioningSession::NameState::Available, 15000);
    setSpin(find<QSpinBox>(QStringLiteral("nodesSpin")), 3);
    QTRY_COMPARE_WITH_TIMEOUT(session->nameState(), wizard::ProvisioningSession::NameState::Taken,
                              15000);
    auto *message = find<QLabel>(QStringLiteral("nameStatus"));
    QTRY_VERIFY2(message->text().contains(QStringLiteral("pair-2.westus.cloudapp.azure.com")),
                 qPrintable(message->text()));
    QVERIFY(!nextButton()->isEnabled());
    // The page scrolls, and its status lines are as tall as their text at the width they have:
    // inside the scroll area plain wrapped labels were measured at the form's narrow preferred
    // width and got two or three lines' height for one line of text (gaps seen in a real window).
    // Nor spread apart in a taller window (the slack goes below the form).
    for (int extra : {0, 300}) {
        m_wizard->resize(m_wizard->width(), m_wizard->height() + extra);
        for (const char *name :
             {"hostNameLabel", "nameStatus", "allowFromNote", "nodeNamesLabel"}) {
            auto *label = find<QLabel>(QLatin1String(name));
            QTRY_VERIFY2(label->isVisible() && label->width() > 0, name);
            QTRY_COMPARE(label->height(), label->heightForWidth(label->width()));
        }
    }
    setSpin(find<QSpinBox>(QStringLiteral("nodesSpin")), 1);
    QTRY_COMPARE_WITH_TIMEOUT(session->nameState(),
                              wizard::ProvisioningSession::NameState::Available, 15000);
}

void tst_WizardSwarm::classicKeepPartialNamesTheFailedHost()
{
    make(false);
    auto options = m_env->provisioning()->options();
    options.failRoles = {QStringLiteral("partial-2")};
    m_env->provisioning()->setOptions(options);
    classicToVirtualMachine(QStringLiteral("partial"));
    chooseHosts(3, 1, true);
    QVERIFY(goTo(Page::Review));
    QVERIFY(find<QLineEdit>(QStringLiteral("dockerVmCommand"))
                ->text()
                .contains(QLatin1String("--keep-partial")));
    QVERIFY(find<QLabel>(QStringLiteral("reviewSummary"))
                ->text()
                .contains(QLatin1String("Keep the swarm of the hosts that work")));
    altRight(); // Create
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Progress));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->session()->state(), State::Succeeded, 90000);
    QVERIFY(m_controller->session()->result().partial);
    QTreeWidgetItem *failed = group(QStringLiteral("group:node:partial-2"));
    QVERIFY(failed);
    QCOMPARE(cloud::StepState(failed->data(1, Qt::UserRole).toInt()), cloud::StepState::Failed);
    QVERIFY(failed->isExpanded()); // open: it is the one to read
    const QString result = find<QLabel>(QStringLiteral("resultLabel"))->text();
    QVERIFY2(result.contains(QLatin1String("2 of its 3 hosts")) &&
                 result.contains(QLatin1String("partial-2")),
             qPrintable(result));

    ui::ConnectionPanel *panel = toSwarmPanel(3);
    QVERIFY(panel);
    auto *list = find<QTreeWidget>(QStringLiteral("swarmNodeList"));
    QTreeWidgetItem *row = list->topLevelItem(1);
    QCOMPARE(row->text(0), QStringLiteral("partial-2"));
    QVERIFY2(row->text(5).contains(QLatin1String("failed")), qPrintable(row->text(5)));
    QCOMPARE(list->topLevelItem(0)->text(5), QStringLiteral("ready"));
    QCOMPARE(list->topLevelItem(2)->text(5), QStringLiteral("ready"));
    auto *partial = find<QLabel>(QStringLiteral("swarmPartialLabel"));
    QVERIFY(partial->isVisible());
    QVERIFY2(partial->text().contains(QLatin1String("partial-2")), qPrintable(partial->text()));
    QVERIFY2(find<QLabel>(QStringLiteral("swarmStatusLabel"))
                 ->text()
                 .contains(QLatin1String("2 nodes in the swarm")),
             qPrintable(find<QLabel>(QStringLiteral("swarmStatusLabel"))->text()));
}

void tst_WizardSwarm::armKeepPartialNamesTheFailedHost()
{
    make(true);
    sim::ArmFaults faults;
    faults.failOperationOf.insert(
        QStringLiteral("armpart-3"),
        {200, QStringLiteral("AllocationFailed"),
         QStringLiteral("Allocation failed. We do not have sufficient capacity for the requested "
                        "VM size in this region.")});
    m_env->arm()->setFaults(faults);
    armToVirtualMachine(QStringLiteral("armpart"));
    chooseHosts(3, 1, true);
    QTRY_VERIFY_WITH_TIMEOUT(nextButton()->isEnabled(), 15000);
    reviewAndCreate();
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->session()->state(), State::Succeeded, 90000);
    QVERIFY(m_controller->session()->result().partial);
    QTreeWidgetItem *failed = group(QStringLiteral("group:node:armpart-3"));
    QVERIFY(failed);
    QCOMPARE(cloud::StepState(failed->data(1, Qt::UserRole).toInt()), cloud::StepState::Failed);

    ui::ConnectionPanel *panel = toSwarmPanel(3);
    QVERIFY(panel);
    auto *list = find<QTreeWidget>(QStringLiteral("swarmNodeList"));
    QVERIFY2(list->topLevelItem(2)->text(5).contains(QLatin1String("failed")),
             qPrintable(list->topLevelItem(2)->text(5)));
    auto *partial = find<QLabel>(QStringLiteral("swarmPartialLabel"));
    QVERIFY(partial->isVisible());
    QVERIFY2(partial->text().contains(QLatin1String("armpart-3")) &&
                 partial->text().contains(QLatin1String("Allocation failed")),
             qPrintable(partial->text()));
}

// Cancel while the hosts boot: every host's resources removed, no journal left.
void tst_WizardSwarm::cancelMidWayLeavesNothing()
{
    make(false, [](sim::DemoEnvironment::Options &o) { o.bootDelayMs = 60000; });
    classicToVirtualMachine(QStringLiteral("cancelswarm"));
    chooseHosts(3, 1, false);
    reviewAndCreate();
    QTRY_VERIFY_WITH_TIMEOUT(!m_env->provisioning()->inventory().roles.isEmpty(), 30000);
    auto *cancel = find<QPushButton>(QStringLiteral("cancelProvisioningButton"));
    QVERIFY(cancel->isEnabled());
    // Esc first: the question names the swarm and its hosts; "Keep creating" keeps creating.
    QTest::keyClick(m_wizard.get(), Qt::Key_Escape);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
    QCOMPARE(box->objectName(), QStringLiteral("confirmStopDialog"));
    QVERIFY2(box->text().contains(QStringLiteral("swarm cancelswarm (hosts cancelswarm-1 … "
                                                 "cancelswarm-3)")),
             qPrintable(box->text()));
    box->findChild<QPushButton *>(QStringLiteral("confirmNoButton"))->click();
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(m_controller->session()->state(), State::Running);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->session()->state(), State::Cancelled, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(m_env->provisioning()->inventory().hostedServices.isEmpty(), 30000);
    QVERIFY(m_env->provisioning()->inventory().roles.isEmpty());
    QTRY_VERIFY2(journalFiles().isEmpty(), qPrintable(journalFiles().join(u' ')));
    QVERIFY(group(QStringLiteral("rollback")));
    QVERIFY(
        find<QLabel>(QStringLiteral("resultLabel"))->text().contains(QLatin1String("Cancelled")));
}

QTEST_MAIN(tst_WizardSwarm)
#include "tst_wizard_swarm.moc"
