// The wizard's controller without any widget, against demo mode's in-process simulator.
#include "classic/accountstore.h"
#include "classic/imagechoice.h"
#include "sim/azuresimulator.h"
#include "sim/demoenvironment.h"
#include "sim/provisioningsim.h"
#include "wizard/catalogue.h"
#include "wizard/provisioningsession.h"
#include "wizard/provisioningsteps.h"
#include "wizard/setupcontroller.h"
#include "wizard/subscriptions.h"

#include <QDir>
#include <QFile>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dockervm;
using Controller = wizard::SetupController;
using LoadState = wizard::Catalogue::LoadState;
using NameState = wizard::ProvisioningSession::NameState;
using RunState = wizard::ProvisioningSession::State;

namespace {

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

QByteArray fixture(const QString &name)
{
    QFile f(qEnvironmentVariable("DOCKERVM_TEST_DATA") + QStringLiteral("/asm/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_SetupController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void startsWithDemoSubscription();
    void loadsLocationsAndNewestImage();
    void nameCheckIsDebounced();
    void asyncAdvanceWaitsForTheNameCheck();
    void portsMustDiffer();
    void commandLinesMaskThePassword();
    void badPublishSettingsNamesTheFile();
    void settingsAreRemembered();
    void guardRefusesNonLoopback();
    void imagePickIsTheCliRule();
    void switchDuringCleanUpIsRefused();
    void switchDuringNameCheckIsRefused();
    void progressRowsAreTheProvisioners();

private:
    void start(sim::DemoEnvironment::Options o);
    static sim::DemoEnvironment::Options fastOptions();
    // A run that died (no rollback) after making its cloud service and deployment; its journal
    // stays behind as an unfinished run.
    void leaveUnfinishedRun(const QString &dnsName);
    // A second subscription in the demo account store (same key, another id).
    QString addSecondSubscription();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sim::DemoEnvironment> m_env;
    std::unique_ptr<Controller> m_c;
    Controller::Options m_options;
};

void tst_SetupController::init()
{
    sim::DemoEnvironment::Options o;
    o.latencyMs = 0;
    o.fastKeys = true;
    start(o);
}

sim::DemoEnvironment::Options tst_SetupController::fastOptions()
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

void tst_SetupController::start(sim::DemoEnvironment::Options o)
{
    m_c.reset();
    m_env.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    o.baseDir = m_dir->path();
    m_env = std::make_unique<sim::DemoEnvironment>(o);
    QString error;
    QVERIFY2(m_env->start(&error), qPrintable(error));
    m_options = demoOptions(*m_env);
    m_options.nameDebounceMs = 100;
    m_options.client.backoffBaseMs = 10;
    m_options.client.backoffMaxMs = 20;
    m_c = std::make_unique<Controller>(m_options);
    // The keys load asynchronously (they may be in the keychain); then the client exists.
    QTRY_VERIFY(m_c->subscriptions()->client());
}

void tst_SetupController::leaveUnfinishedRun(const QString &dnsName)
{
    cloud::VmSpec spec;
    spec.dnsName = dnsName;
    spec.location = QStringLiteral("West US");
    spec.imageName = QStringLiteral("img");
    spec.userName = QStringLiteral("azureuser");
    spec.password = QStringLiteral("Docker4Azure!");
    spec.certDir = m_env->certDir();
    classic::Provisioner::Options options = m_options.provisioner;
    options.tls.keyType = certs::KeyType::EcdsaP256;
    classic::Provisioner run(m_c->subscriptions()->client(), spec, options);
    run.start();
    QTRY_VERIFY_WITH_TIMEOUT(run.stepInfos()[int(classic::Provisioner::Step::WaitRole)].state ==
                                 classic::Provisioner::StepState::Running,
                             30000);
}

QString tst_SetupController::addSecondSubscription()
{
    classic::Subscription other = m_env->azure()->subscription();
    other.id = QStringLiteral("00000000-0000-4000-8000-000000000002");
    other.name = QStringLiteral("Other Subscription");
    classic::AccountStore store(m_env->accountConfigDir(), m_env->accountDataDir(),
                                classic::AccountStore::KeyStorage::Files);
    QString error;
    if (!store.importIntoFiles({other}, QString(), &error))
        qWarning("%s", qPrintable(error));
    return other.id;
}

void tst_SetupController::cleanup()
{
    m_c.reset();
    m_env.reset();
    m_dir.reset();
}

void tst_SetupController::startsWithDemoSubscription()
{
    QVERIFY(m_c->isDemo());
    QCOMPARE(m_c->subscriptions()->subscriptions().size(), 1);
    QCOMPARE(m_c->subscriptions()->currentId(), m_env->azure()->subscription().id);
    QVERIFY(m_c->isPageComplete(Controller::Page::Subscription));
    QCOMPARE(m_c->session()->certDir(), m_env->certDir()); // never ~/.docker in demo mode
    QCOMPARE(m_c->session()->dockerPort(), 4243);
    QCOMPARE(m_c->catalogue()->imageFilter(), QStringLiteral("Ubuntu-14_04"));
}

void tst_SetupController::loadsLocationsAndNewestImage()
{
    QSignalSpy busy(m_c.get(), &Controller::busyChanged);
    m_c->setCurrentPage(Controller::Page::Region); // starts the load
    QCOMPARE(m_c->catalogue()->locationsState(), wizard::Catalogue::LoadState::Loading);
    QVERIFY(m_c->isBusy());
    QTRY_COMPARE(m_c->catalogue()->locationsState(), wizard::Catalogue::LoadState::Loaded);
    QVERIFY(!m_c->isBusy());
    QVERIFY(busy.size() >= 2);
    QCOMPARE(m_c->catalogue()->location(), QStringLiteral("West US"));

    m_c->setCurrentPage(Controller::Page::Image);
    QTRY_COMPARE(m_c->catalogue()->imagesState(), wizard::Catalogue::LoadState::Loaded);
    const auto images = m_c->catalogue()->images();
    QVERIFY(!images.isEmpty());
    QCOMPARE(m_c->catalogue()->imageName(), images.first().id); // newest first, and new enough
    QVERIFY(images.first().supported);
    for (int i = 1; i < images.size(); ++i)
        QVERIFY(images[i - 1].published >= images[i].published);

    m_c->catalogue()->setImageFilter(QStringLiteral("no-such-image"));
    QVERIFY(m_c->catalogue()->images().isEmpty());
    QVERIFY(!m_c->isPageComplete(Controller::Page::Image));
}

void tst_SetupController::nameCheckIsDebounced()
{
    m_env->azure()->clearRequestLog();
    for (const QString &partial : {QStringLiteral("my"), QStringLiteral("myv"),
                                   QStringLiteral("myvm"), QStringLiteral("myvm-1")})
        m_c->session()->setDnsName(partial);
    QCOMPARE(m_c->session()->nameState(), wizard::ProvisioningSession::NameState::Checking);
    QCOMPARE(m_c->session()->hostName(), QStringLiteral("myvm-1.cloudapp.net"));
    QTRY_COMPARE(m_c->session()->nameState(), wizard::ProvisioningSession::NameState::Available);
    int checks = 0;
    for (const auto &r : m_env->azure()->requestLog())
        checks += r.path.contains(QLatin1String("isavailable"), Qt::CaseInsensitive) ? 1 : 0;
    QCOMPARE(checks, 1);

    m_c->session()->setDnsName(QStringLiteral("taken"));
    QTRY_COMPARE(m_c->session()->nameState(), wizard::ProvisioningSession::NameState::Taken);
    QVERIFY(m_c->session()->nameMessage().contains(QLatin1String("taken.cloudapp.net")));
    m_c->session()->setDnsName(QStringLiteral("x"));
    QCOMPARE(m_c->session()->nameState(), wizard::ProvisioningSession::NameState::Invalid);
}

void tst_SetupController::asyncAdvanceWaitsForTheNameCheck()
{
    m_c->session()->setUserName(QStringLiteral("azureuser"));
    m_c->session()->setPassword(QStringLiteral("Sw0rdfish-2014!"));
    m_c->session()->setPasswordConfirmation(QStringLiteral("Sw0rdfish-2014!"));
    m_c->session()->setDnsName(QStringLiteral("advance-me"));
    QVERIFY(m_c->isPageComplete(Controller::Page::VirtualMachine));
    QSignalSpy ready(m_c.get(), &Controller::advanceReady);
    QVERIFY(!m_c->requestAdvance(Controller::Page::VirtualMachine)); // check started
    QVERIFY(m_c->isAdvancePending());
    QVERIFY(!m_c->isPageComplete(Controller::Page::VirtualMachine)); // Next greyed meanwhile
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.first().first().value<Controller::Page>(), Controller::Page::VirtualMachine);
    QVERIFY(m_c->requestAdvance(Controller::Page::VirtualMachine)); // now at once
}

void tst_SetupController::portsMustDiffer()
{
    QVERIFY(m_c->session()->dockerPortError().isEmpty());
    m_c->session()->setDockerPort(22);
    QVERIFY(m_c->session()->dockerPortError().contains(QLatin1String("SSH")));
    QVERIFY(!m_c->isPageComplete(Controller::Page::Docker));
    m_c->session()->setDockerPort(2376);
    QVERIFY(m_c->isPageComplete(Controller::Page::Docker));
}

void tst_SetupController::commandLinesMaskThePassword()
{
    m_c->setCurrentPage(Controller::Page::Region);
    QTRY_COMPARE(m_c->catalogue()->locationsState(), wizard::Catalogue::LoadState::Loaded);
    m_c->session()->setDnsName(QStringLiteral("mydockerhost"));
    m_c->catalogue()->setImageName(QStringLiteral(
        "b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04_1-LTS-amd64-server-20140924-en-us-30GB"));
    m_c->session()->setUserName(QStringLiteral("azureuser"));
    m_c->session()->setPassword(QStringLiteral("Sw0rdfish-2014!"));
    m_c->session()->setCertDir(QDir::homePath() + QStringLiteral("/.docker"));
    QCOMPARE(
        m_c->session()->azureCommandLine(),
        QStringLiteral(
            "azure vm docker create -e 22 -l \"West US\" -p 4243 mydockerhost "
            "b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04_1-LTS-amd64-server-20140924-en-us-30GB "
            "azureuser ****"));
    QCOMPARE(
        m_c->session()->dockerVmCommandLine(),
        QStringLiteral(
            "docker-vm create -e 22 -l \"West US\" -p 4243 mydockerhost "
            "b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04_1-LTS-amd64-server-20140924-en-us-30GB "
            "azureuser"));
    m_c->session()->setCertDir(m_dir->filePath(QStringLiteral("my certs")));
    m_c->session()->setVmSize(QStringLiteral("Medium"));
    QVERIFY(m_c->session()->dockerVmCommandLine().contains(
        QStringLiteral("-z Medium -C \"%1\"").arg(m_dir->filePath(QStringLiteral("my certs")))));
    // Pasted into bash, $ and backticks inside the double quotes must stay literal.
    m_c->session()->setCertDir(m_dir->filePath(QStringLiteral("$HOME `id` \"q\"")));
    QVERIFY2(m_c->session()->dockerVmCommandLine().contains(
                 QStringLiteral("-C \"%1/\\$HOME \\`id\\` \\\"q\\\"\"").arg(m_dir->path())),
             qPrintable(m_c->session()->dockerVmCommandLine()));
    for (const auto &[label, value] : m_c->session()->summary())
        QVERIFY(!value.contains(QLatin1String("Sw0rdfish")));
}

void tst_SetupController::badPublishSettingsNamesTheFile()
{
    const QString path = m_dir->filePath(QStringLiteral("empty.publishsettings"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QSignalSpy error(m_c->subscriptions(), &wizard::Subscriptions::errorChanged);
    QVERIFY(!m_c->subscriptions()->importPublishSettings(path));
    QCOMPARE(error.size(), 1);
    QVERIFY2(m_c->subscriptions()->error().contains(QLatin1String("empty.publishsettings")),
             qPrintable(m_c->subscriptions()->error()));
    QCOMPARE(m_c->subscriptions()->subscriptions().size(), 1);
}

void tst_SetupController::settingsAreRemembered()
{
    m_c->setCurrentPage(Controller::Page::Region);
    QTRY_COMPARE(m_c->catalogue()->locationsState(), wizard::Catalogue::LoadState::Loaded);
    m_c->catalogue()->setLocation(QStringLiteral("North Europe"));
    QVERIFY(m_c->requestAdvance(Controller::Page::Region));
    m_c->setWindowGeometry(QByteArray("geometry-bytes"));
    m_c.reset();
    Controller again(m_options);
    QCOMPARE(again.catalogue()->location(), QStringLiteral("North Europe"));
    QCOMPARE(again.windowGeometry(), QByteArray("geometry-bytes"));
    QTRY_COMPARE(again.subscriptions()->currentId(), m_env->azure()->subscription().id);
}

void tst_SetupController::guardRefusesNonLoopback()
{
    auto *nam = m_env->networkAccessManager();
    QNetworkReply *reply =
        nam->get(QNetworkRequest(QUrl(QStringLiteral("https://management.core.windows.net/x"))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(2000));
    QCOMPARE(reply->error(), QNetworkReply::ContentAccessDenied);
    QCOMPARE(nam->refusedCount(), 1);
    QVERIFY(sim::LoopbackGuardNetworkAccessManager::isLoopbackHost(QStringLiteral("127.0.0.1")));
    QVERIFY(sim::LoopbackGuardNetworkAccessManager::isLoopbackHost(QStringLiteral("localhost")));
    QVERIFY(!sim::LoopbackGuardNetworkAccessManager::isLoopbackHost(QStringLiteral("10.0.0.1")));
    reply->deleteLater();
}

void tst_SetupController::imagePickIsTheCliRule()
{
    // `docker-vm create … Ubuntu-14_04` (app/cli/cmd_create.cpp) picks with classic::chooseImage()
    // from the listed images; the wizard's image page must pick the same for the same region.
    const QByteArray xml = fixture(QStringLiteral("list-os-images-2014-09.xml"));
    QVERIFY(!xml.isEmpty());
    const auto listed = classic::parseOsImages(xml);
    QVERIFY(listed);
    const QString filter = QString(classic::kDefaultImageFilter);
    const QString newest = QStringLiteral(
        "b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04_1-LTS-amd64-server-20140924-en-us-30GB");
    const auto cli = classic::chooseImage(*listed, filter, QStringLiteral("West US"));
    QVERIFY(cli);
    QCOMPARE(cli->name, newest);

    m_env->azure()->state().imagesXml = xml;
    m_c->setCurrentPage(Controller::Page::Region);
    QTRY_COMPARE(m_c->catalogue()->locationsState(), LoadState::Loaded);
    QCOMPARE(m_c->catalogue()->location(), QStringLiteral("West US"));
    m_c->setCurrentPage(Controller::Page::Image);
    QTRY_COMPARE(m_c->catalogue()->imagesState(), LoadState::Loaded);
    QCOMPARE(m_c->catalogue()->imageName(), cli->name);

    // Where they used to differ: the newest image is not offered in the region. The CLI took the
    // newest match anywhere (filterImages().first()); the wizard skipped it. Now both skip it.
    QByteArray notInWestUs = xml;
    const int at = notInWestUs.indexOf(newest.toUtf8());
    QVERIFY(at > 0);
    const int west = notInWestUs.lastIndexOf(";West US</Location>", at); // Location comes first
    QVERIFY(west > 0 && notInWestUs.lastIndexOf("<OSImage>", at) < west);
    notInWestUs.remove(west, int(qstrlen(";West US")));
    const auto doctored = classic::parseOsImages(notInWestUs);
    QVERIFY(doctored);
    QCOMPARE(classic::filterImages(*doctored, filter).first().name, newest); // the old CLI pick
    const auto cliNow = classic::chooseImage(*doctored, filter, QStringLiteral("West US"));
    QVERIFY(cliNow);
    QVERIFY(cliNow->name.contains(QLatin1String("20140909")));

    m_env->azure()->state().imagesXml = notInWestUs;
    m_c->catalogue()->reset();
    m_c->catalogue()->loadImages();
    QTRY_COMPARE(m_c->catalogue()->imagesState(), LoadState::Loaded);
    QCOMPARE(m_c->catalogue()->imageName(), cliNow->name);
    // And an exact name is taken as it is, by both.
    const QString exact = QStringLiteral(
        "b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04-LTS-amd64-server-20140724-en-us-30GB");
    QCOMPARE(classic::chooseImage(*listed, exact, QStringLiteral("West US"))->name, exact);
    m_c->catalogue()->setImageFilter(exact);
    QCOMPARE(m_c->catalogue()->imageName(), exact);
}

void tst_SetupController::switchDuringCleanUpIsRefused()
{
    // Before: the switch replaced the management client under the clean-up, which then never
    // finished (or a pending poll used the destroyed client).
    sim::DemoEnvironment::Options slow = fastOptions();
    slow.bootDelayMs = 60000; // the earlier run dies while its VM boots
    start(slow);
    leaveUnfinishedRun(QStringLiteral("died"));
    QVERIFY(!m_env->provisioning()->inventory().hostedServices.isEmpty());
    const QString other = addSecondSubscription();
    m_c = std::make_unique<Controller>(m_options);
    // The keys load asynchronously (they may be in the keychain); then the client exists.
    QTRY_VERIFY(m_c->subscriptions()->client());
    wizard::Subscriptions *subs = m_c->subscriptions();
    QCOMPARE(subs->subscriptions().size(), 2);
    const QString demoId = m_env->azure()->subscription().id;
    QVERIFY(subs->select(demoId));
    QVERIFY(!subs->unfinishedRuns()->isEmpty());
    QVERIFY(!subs->isBusy());

    QSignalSpy finished(subs->unfinishedRuns(), &provision::UnfinishedRuns::finished);
    QVERIFY(subs->cleanUpUnfinishedRuns());
    QVERIFY(subs->isBusy());
    QVERIFY(!subs->select(other));
    QCOMPARE(subs->errorKind(), wizard::Subscriptions::Error::ClientBusy);
    QVERIFY2(subs->error().contains(QLatin1String("clean-up")), qPrintable(subs->error()));
    QCOMPARE(subs->currentId(), demoId);
    QVERIFY(!subs->importPublishSettings(m_env->publishSettingsFile())); // would switch too
    QCOMPARE(subs->errorKind(), wizard::Subscriptions::Error::ClientBusy);

    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), true); // everything removed
    QVERIFY(m_env->provisioning()->inventory().hostedServices.isEmpty());
    QVERIFY(subs->unfinishedRuns()->isEmpty());
    QVERIFY(!subs->isBusy());
    QCOMPARE(subs->errorKind(), wizard::Subscriptions::Error::None); // the refusal clears
    QVERIFY(subs->select(other));
    QCOMPARE(subs->currentId(), other);
}

void tst_SetupController::switchDuringNameCheckIsRefused()
{
    const QString other = addSecondSubscription();
    m_c->reloadSubscriptions();
    wizard::Subscriptions *subs = m_c->subscriptions();
    QCOMPARE(subs->subscriptions().size(), 2);
    m_c->session()->setDnsName(QStringLiteral("check-me"));
    m_c->session()->checkNameNow();
    QVERIFY(subs->isBusy());
    QVERIFY(!subs->select(other));
    QCOMPARE(subs->errorKind(), wizard::Subscriptions::Error::ClientBusy);
    QTRY_COMPARE(m_c->session()->nameState(), NameState::Available);
    QVERIFY(!subs->isBusy());
    QVERIFY(subs->error().isEmpty());
    QVERIFY(subs->select(other));
    QCOMPARE(m_c->session()->nameState(), NameState::Unknown); // asked again on the new one
}

void tst_SetupController::progressRowsAreTheProvisioners()
{
    start(fastOptions());
    wizard::ProvisioningStepModel *rows = m_c->session()->steps();
    QCOMPARE(rows->rowCount(), 0); // nothing before a run
    m_c->setCurrentPage(Controller::Page::Region);
    QTRY_COMPARE(m_c->catalogue()->locationsState(), LoadState::Loaded);
    m_c->setCurrentPage(Controller::Page::Image);
    QTRY_COMPARE(m_c->catalogue()->imagesState(), LoadState::Loaded);
    m_c->session()->setDnsName(QStringLiteral("rows"));
    m_c->session()->setUserName(QStringLiteral("azureuser"));
    m_c->session()->setPassword(QStringLiteral("Sw0rdfish-2014!"));
    m_c->session()->setPasswordConfirmation(QStringLiteral("Sw0rdfish-2014!"));
    QSignalSpy changed(rows, &QAbstractItemModel::dataChanged);
    m_c->startProvisioning();
    QCOMPARE(m_c->session()->state(), RunState::Running);
    cloud::ProvisioningRun *p = m_c->session()->run();
    QVERIFY(p);
    // The run is the current account's cloud's: a classic subscription gives the classic run.
    QVERIFY(m_c->cloud());
    QCOMPARE(m_c->cloud()->kind(), cloud::Kind::Classic);
    QCOMPARE(m_c->cloud()->accountId(), m_c->subscriptions()->currentId());
    QVERIFY(qobject_cast<classic::Provisioner *>(p));
    QCOMPARE(rows->rowCount(), int(classic::Provisioner::steps().size()));
    QTRY_COMPARE_WITH_TIMEOUT(m_c->session()->state(), RunState::Succeeded, 60000);
    QVERIFY(changed.size() > 0);
    for (int r = 0; r < rows->rowCount(); ++r) {
        const cloud::StepRow info = p->rows().at(r);
        const QModelIndex index = rows->index(r);
        QCOMPARE(index.data(wizard::ProvisioningStepModel::IdRole).toString(), info.id);
        QCOMPARE(index.data(wizard::ProvisioningStepModel::StateRole).toInt(), int(info.state));
        QCOMPARE(index.data(wizard::ProvisioningStepModel::DetailRole).toString(), info.detail);
        QCOMPARE(index.data(Qt::DisplayRole).toString(), info.label);
        QCOMPARE(info.id, classic::Provisioner::stepId(classic::Provisioner::steps().at(r)));
    }
}

QTEST_GUILESS_MAIN(tst_SetupController)
#include "tst_setupcontroller.moc"
