// The wizard's controller without any widget, against demo mode's in-process simulator.
#include "provision/setupcontroller.h"
#include "sim/azuresimulator.h"
#include "sim/demoenvironment.h"

#include <QDir>
#include <QFile>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dockervm;
using Controller = provision::SetupController;

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

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sim::DemoEnvironment> m_env;
    std::unique_ptr<Controller> m_c;
    Controller::Options m_options;
};

void tst_SetupController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    sim::DemoEnvironment::Options o;
    o.latencyMs = 0;
    o.fastKeys = true;
    o.baseDir = m_dir->path();
    m_env = std::make_unique<sim::DemoEnvironment>(o);
    QString error;
    QVERIFY2(m_env->start(&error), qPrintable(error));
    m_options = m_env->controllerOptions();
    m_options.nameDebounceMs = 100;
    m_c = std::make_unique<Controller>(m_options);
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
    QCOMPARE(m_c->subscriptions().size(), 1);
    QCOMPARE(m_c->currentSubscriptionId(), m_env->azure()->subscription().id);
    QVERIFY(m_c->isPageComplete(Controller::Page::Subscription));
    QCOMPARE(m_c->certDir(), m_env->certDir()); // never ~/.docker in demo mode
    QCOMPARE(m_c->dockerPort(), 4243);
    QCOMPARE(m_c->imageFilter(), QStringLiteral("Ubuntu-14_04"));
}

void tst_SetupController::loadsLocationsAndNewestImage()
{
    QSignalSpy busy(m_c.get(), &Controller::busyChanged);
    m_c->setCurrentPage(Controller::Page::Region); // starts the load
    QCOMPARE(m_c->locationsState(), Controller::LoadState::Loading);
    QVERIFY(m_c->isBusy());
    QTRY_COMPARE(m_c->locationsState(), Controller::LoadState::Loaded);
    QVERIFY(!m_c->isBusy());
    QVERIFY(busy.size() >= 2);
    QCOMPARE(m_c->location(), QStringLiteral("West US"));

    m_c->setCurrentPage(Controller::Page::Image);
    QTRY_COMPARE(m_c->imagesState(), Controller::LoadState::Loaded);
    const auto images = m_c->images();
    QVERIFY(!images.isEmpty());
    QCOMPARE(m_c->imageName(), images.first().name); // newest first, and new enough
    QVERIFY(!Controller::isImageTooOld(images.first()));
    for (int i = 1; i < images.size(); ++i)
        QVERIFY(images[i - 1].publishedDate >= images[i].publishedDate);

    m_c->setImageFilter(QStringLiteral("no-such-image"));
    QVERIFY(m_c->images().isEmpty());
    QVERIFY(!m_c->isPageComplete(Controller::Page::Image));
}

void tst_SetupController::nameCheckIsDebounced()
{
    m_env->azure()->clearRequestLog();
    for (const QString &partial : {QStringLiteral("my"), QStringLiteral("myv"),
                                   QStringLiteral("myvm"), QStringLiteral("myvm-1")})
        m_c->setDnsName(partial);
    QCOMPARE(m_c->nameState(), Controller::NameState::Checking);
    QCOMPARE(m_c->hostName(), QStringLiteral("myvm-1.cloudapp.net"));
    QTRY_COMPARE(m_c->nameState(), Controller::NameState::Available);
    int checks = 0;
    for (const auto &r : m_env->azure()->requestLog())
        checks += r.path.contains(QLatin1String("isavailable"), Qt::CaseInsensitive) ? 1 : 0;
    QCOMPARE(checks, 1);

    m_c->setDnsName(QStringLiteral("taken"));
    QTRY_COMPARE(m_c->nameState(), Controller::NameState::Taken);
    QVERIFY(m_c->nameMessage().contains(QLatin1String("taken.cloudapp.net")));
    m_c->setDnsName(QStringLiteral("x"));
    QCOMPARE(m_c->nameState(), Controller::NameState::Invalid);
}

void tst_SetupController::asyncAdvanceWaitsForTheNameCheck()
{
    m_c->setUserName(QStringLiteral("azureuser"));
    m_c->setPassword(QStringLiteral("Sw0rdfish-2014!"));
    m_c->setPasswordConfirmation(QStringLiteral("Sw0rdfish-2014!"));
    m_c->setDnsName(QStringLiteral("advance-me"));
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
    QVERIFY(m_c->dockerPortError().isEmpty());
    m_c->setDockerPort(22);
    QVERIFY(m_c->dockerPortError().contains(QLatin1String("SSH")));
    QVERIFY(!m_c->isPageComplete(Controller::Page::Docker));
    m_c->setDockerPort(2376);
    QVERIFY(m_c->isPageComplete(Controller::Page::Docker));
}

void tst_SetupController::commandLinesMaskThePassword()
{
    m_c->setCurrentPage(Controller::Page::Region);
    QTRY_COMPARE(m_c->locationsState(), Controller::LoadState::Loaded);
    m_c->setDnsName(QStringLiteral("mydockerhost"));
    m_c->setImageName(QStringLiteral(
        "b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04_1-LTS-amd64-server-20140924-en-us-30GB"));
    m_c->setUserName(QStringLiteral("azureuser"));
    m_c->setPassword(QStringLiteral("Sw0rdfish-2014!"));
    m_c->setCertDir(QDir::homePath() + QStringLiteral("/.docker"));
    QCOMPARE(
        m_c->azureCommandLine(),
        QStringLiteral(
            "azure vm docker create -e 22 -l \"West US\" -p 4243 mydockerhost "
            "b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04_1-LTS-amd64-server-20140924-en-us-30GB "
            "azureuser ****"));
    QCOMPARE(
        m_c->dockerVmCommandLine(),
        QStringLiteral(
            "docker-vm create -e 22 -l \"West US\" -p 4243 mydockerhost "
            "b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04_1-LTS-amd64-server-20140924-en-us-30GB "
            "azureuser"));
    m_c->setCertDir(m_dir->filePath(QStringLiteral("my certs")));
    m_c->setVmSize(QStringLiteral("Medium"));
    QVERIFY(m_c->dockerVmCommandLine().contains(
        QStringLiteral("-z Medium -C \"%1\"").arg(m_dir->filePath(QStringLiteral("my certs")))));
    // Pasted into bash, $ and backticks inside the double quotes must stay literal.
    m_c->setCertDir(m_dir->filePath(QStringLiteral("$HOME `id` \"q\"")));
    QVERIFY2(m_c->dockerVmCommandLine().contains(
                 QStringLiteral("-C \"%1/\\$HOME \\`id\\` \\\"q\\\"\"").arg(m_dir->path())),
             qPrintable(m_c->dockerVmCommandLine()));
    for (const auto &[label, value] : m_c->summary())
        QVERIFY(!value.contains(QLatin1String("Sw0rdfish")));
}

void tst_SetupController::badPublishSettingsNamesTheFile()
{
    const QString path = m_dir->filePath(QStringLiteral("empty.publishsettings"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QSignalSpy error(m_c.get(), &Controller::subscriptionErrorChanged);
    QVERIFY(!m_c->importPublishSettings(path));
    QCOMPARE(error.size(), 1);
    QVERIFY2(m_c->subscriptionError().contains(QLatin1String("empty.publishsettings")),
             qPrintable(m_c->subscriptionError()));
    QCOMPARE(m_c->subscriptions().size(), 1);
}

void tst_SetupController::settingsAreRemembered()
{
    m_c->setCurrentPage(Controller::Page::Region);
    QTRY_COMPARE(m_c->locationsState(), Controller::LoadState::Loaded);
    m_c->setLocation(QStringLiteral("North Europe"));
    QVERIFY(m_c->requestAdvance(Controller::Page::Region));
    m_c->setWindowGeometry(QByteArray("geometry-bytes"));
    m_c.reset();
    Controller again(m_options);
    QCOMPARE(again.location(), QStringLiteral("North Europe"));
    QCOMPARE(again.windowGeometry(), QByteArray("geometry-bytes"));
    QCOMPARE(again.currentSubscriptionId(), m_env->azure()->subscription().id);
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

QTEST_GUILESS_MAIN(tst_SetupController)
#include "tst_setupcontroller.moc"
