// docker-vm-wizard FILE.publishsettings (the desktop file's Exec=docker-vm-wizard %f): the real
// wizard, offscreen, opens on the subscription page with the file's subscription imported into a
// real account store on disk, or with the reason it could not import it next to the list.
#include "classic/accountstore.h"
#include "sim/azuresimulator.h"
#include "ui/setupwizard.h"
#include "wizard/setupcontroller.h"
#include "wizard/subscriptions.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dockervm;
using Page = wizard::SetupController::Page;
using Controller = wizard::SetupController;

class tst_OpenFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnSubscriptionPageWithFileImported();
    void brokenFileShowsWhyOnSubscriptionPage();
    void missingFileShowsWhyOnSubscriptionPage();

private:
    void makeWizard();
    template <typename T> T *find(const QString &name)
    {
        T *w = m_wizard->findChild<T *>(name);
        if (!w)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return w;
    }
    QString configDir() const { return m_dir->filePath(QStringLiteral("config")); }
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sim::AzureSimulator> m_azure;
    std::unique_ptr<Controller> m_controller;
    std::unique_ptr<ui::SetupWizard> m_wizard;
};

void tst_OpenFile::initTestCase()
{
    Q_INIT_RESOURCE(wizard);
    QStandardPaths::setTestModeEnabled(true);
}

void tst_OpenFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    sim::AzureSimulator::Options options;
    options.subscriptionName = QStringLiteral("Opened From The File Manager");
    m_azure = std::make_unique<sim::AzureSimulator>(options);
    QString error;
    QVERIFY2(m_azure->start(&error), qPrintable(error));
}

void tst_OpenFile::cleanup()
{
    m_wizard.reset();
    m_controller.reset();
    m_azure.reset();
    m_dir.reset();
}

// A wizard as docker-vm-wizard makes it for a real (not demo) user with nothing imported yet.
void tst_OpenFile::makeWizard()
{
    Controller::Options options;
    options.accountConfigDir = configDir();
    options.accountDataDir = dataDir();
    options.settingsFile = m_dir->filePath(QStringLiteral("settings.ini"));
    options.defaultCertDir = m_dir->filePath(QStringLiteral("certs"));
    m_controller = std::make_unique<Controller>(options);
    m_wizard = std::make_unique<ui::SetupWizard>(m_controller.get());
}

void tst_OpenFile::opensOnSubscriptionPageWithFileImported()
{
    const QString file = m_dir->filePath(QStringLiteral("Downloads/my.publishsettings"));
    QVERIFY(QDir().mkpath(QFileInfo(file).path()));
    QVERIFY(m_azure->writePublishSettings(file));
    makeWizard();
    QVERIFY(classic::AccountStore(configDir(), dataDir()).subscriptions().isEmpty());

    m_wizard->openPublishSettings(file);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));

    QCOMPARE(m_wizard->currentId(), int(Page::Subscription));
    QCOMPARE(m_controller->currentPage(), Page::Subscription);
    auto *list = find<QListWidget>(QStringLiteral("subscriptionList"));
    QTRY_COMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().contains(QLatin1String("Opened From The File Manager")),
             qPrintable(list->item(0)->text()));
    QCOMPARE(list->currentRow(), 0);
    QCOMPARE(m_controller->subscriptions()->currentId(), m_azure->subscription().id);
    QVERIFY(!find<QLabel>(QStringLiteral("subscriptionError"))->isVisible());
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());

    // Imported for good: in the account store on disk, as `docker-vm account import` would.
    const auto stored = classic::AccountStore(configDir(), dataDir()).subscriptions();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().id, m_azure->subscription().id);
}

void tst_OpenFile::brokenFileShowsWhyOnSubscriptionPage()
{
    // Something already imported: it stays, and the error about the opened file stays visible.
    const QString good = m_dir->filePath(QStringLiteral("good.publishsettings"));
    QVERIFY(m_azure->writePublishSettings(good));
    makeWizard();
    QVERIFY(m_controller->subscriptions()->importPublishSettings(good));
    // Stored asynchronously (the key may go to the keychain), then selected.
    QTRY_COMPARE(m_controller->subscriptions()->currentId(), m_azure->subscription().id);

    const QString broken = m_dir->filePath(QStringLiteral("broken.publishsettings"));
    {
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<PublishData><PublishProfile>not closed");
    }
    m_wizard->openPublishSettings(broken);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));

    QCOMPARE(m_wizard->currentId(), int(Page::Subscription));
    auto *error = find<QLabel>(QStringLiteral("subscriptionError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("broken.publishsettings")),
             qPrintable(error->text()));
    QCOMPARE(find<QListWidget>(QStringLiteral("subscriptionList"))->count(), 1);
    QCOMPARE(classic::AccountStore(configDir(), dataDir()).subscriptions().size(), 1);
}

void tst_OpenFile::missingFileShowsWhyOnSubscriptionPage()
{
    makeWizard();
    const QString missing = m_dir->filePath(QStringLiteral("gone.publishsettings"));
    m_wizard->openPublishSettings(missing);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));

    QCOMPARE(m_wizard->currentId(), int(Page::Subscription));
    auto *error = find<QLabel>(QStringLiteral("subscriptionError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("gone.publishsettings")) &&
                 error->text().contains(QLatin1String("does not exist")),
             qPrintable(error->text()));
    QCOMPARE(find<QListWidget>(QStringLiteral("subscriptionList"))->count(), 0);
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
}

QTEST_MAIN(tst_OpenFile)
#include "tst_openfile.moc"
