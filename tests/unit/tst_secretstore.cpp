// SecretStore without a keychain service: the probe says so (a session bus address where nothing
// listens), keys then go to owner-only files and the store says so once per data folder, in the
// command line's store and in the wizard's Subscriptions; the file and memory stores' contracts.
#include "classic/accountstore.h"
#include "common/secretstore.h"
#include "ps_testcerts.h"
#include "wizard/subscriptions.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace dockervm;
using namespace dockervm::classic;
using namespace dockervm::testsupport;

namespace {

int modeOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
#else
    Q_UNUSED(path);
    return 0600;
#endif
}

struct JobResult
{
    SecretJob::Error error = SecretJob::Error::Failed;
    QByteArray data;
};

// Runs one job to its finished() signal.
JobResult run(SecretJob *job)
{
    JobResult r;
    bool done = false;
    QObject::connect(job, &SecretJob::finished, job, [&](SecretJob *j) {
        r.error = j->error();
        r.data = j->data();
        done = true;
    });
    [[maybe_unused]] const bool inTime = QTest::qWaitFor([&done] { return done; }, 10000);
    return r;
}

AccountStore::KeyOutcome importInto(AccountStore &store, const Subscription &sub)
{
    QObject context;
    std::optional<AccountStore::KeyOutcome> outcome;
    store.importSubscriptions({sub}, QString(), &context,
                              [&outcome](const AccountStore::KeyOutcome &o) { outcome = o; });
    [[maybe_unused]] const bool inTime =
        QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000);
    return outcome.value_or(AccountStore::KeyOutcome{false, QStringLiteral("timeout"), {}});
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void probeFindsNoService();
    void fileStoreIsOwnerOnly();
    void memoryStore();
    void noticeOnceWithoutKeychain();
    void wizardTakesTheNotice();

private:
    QTemporaryDir m_busDir;
    PsKeyPair m_rsa;
};

void TestSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("DOCKERVM_SECRET_STORE");
    // A session bus address where nothing listens: no Secret Service, whatever this machine has.
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            (QStringLiteral("unix:path=") + m_busDir.filePath(QStringLiteral("no-bus"))).toUtf8());
    m_rsa = psSelfSigned(QStringLiteral("secretstore-rsa"), PsKeyKind::Rsa2048);
}

void TestSecretStore::probeFindsNoService()
{
    std::optional<SecretStore::Availability> answer;
    SecretStore::probe(this, [&answer](SecretStore::Availability a) { answer = a; });
    QVERIFY(!answer); // never from inside the call
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
    QCOMPARE(*answer, SecretStore::Availability::NoService);
    // Remembered: asked once per process.
    std::optional<SecretStore::Availability> again;
    SecretStore::probe(this, [&again](SecretStore::Availability a) { again = a; });
    QVERIFY(!again);
    QTRY_VERIFY(again.has_value());
    QCOMPARE(*again, SecretStore::Availability::NoService);
}

void TestSecretStore::fileStoreIsOwnerOnly()
{
    QTemporaryDir dir;
    const QString keys = dir.filePath(QStringLiteral("keys"));
    auto store = SecretStore::files(keys);
    QCOMPARE(store->kind(), SecretStore::Kind::File);
    QCOMPARE(run(store->read(QStringLiteral("a.key"))).error, SecretJob::Error::NotFound);
    QCOMPARE(run(store->write(QStringLiteral("a.key"), "secret")).error, SecretJob::Error::None);
    QCOMPARE(modeOf(keys), 0700);
    QCOMPARE(modeOf(keys + QStringLiteral("/a.key")), 0600);
    const JobResult read = run(store->read(QStringLiteral("a.key")));
    QCOMPARE(read.error, SecretJob::Error::None);
    QCOMPARE(read.data, QByteArray("secret"));
    // Names never leave the folder.
    QCOMPARE(run(store->write(QStringLiteral("../escape"), "x")).error, SecretJob::Error::Failed);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("escape"))));
    QCOMPARE(run(store->remove(QStringLiteral("a.key"))).error, SecretJob::Error::None);
    QVERIFY(!QFile::exists(keys + QStringLiteral("/a.key")));
    QCOMPARE(run(store->remove(QStringLiteral("a.key"))).error, SecretJob::Error::None); // absent
}

void TestSecretStore::memoryStore()
{
    auto store = SecretStore::memory();
    QCOMPARE(run(store->read(QStringLiteral("t"))).error, SecretJob::Error::NotFound);
    QCOMPARE(run(store->write(QStringLiteral("t"), "token")).error, SecretJob::Error::None);
    QCOMPARE(run(store->read(QStringLiteral("t"))).data, QByteArray("token"));
    QCOMPARE(run(store->remove(QStringLiteral("t"))).error, SecretJob::Error::None);
    QCOMPARE(run(store->read(QStringLiteral("t"))).error, SecretJob::Error::NotFound);
}

void TestSecretStore::noticeOnceWithoutKeychain()
{
    QTemporaryDir cfg, data;
    AccountStore store(cfg.path(), data.path());
    const Subscription sub = psSubscription(
        QStringLiteral("7d2c0a52-0000-4000-8000-00000000b001"), QStringLiteral("Headless"),
        QStringLiteral("https://management.core.windows.net"), m_rsa);
    const AccountStore::KeyOutcome first = importInto(store, sub);
    QVERIFY2(first.ok, qPrintable(first.error));
    QVERIFY2(first.notice.contains(QLatin1String("No keychain service")), qPrintable(first.notice));
    QVERIFY2(first.notice.contains(data.filePath(QStringLiteral("keys"))),
             qPrintable(first.notice));
    QVERIFY(!first.notice.contains(QLatin1Char('\n'))); // one line on a terminal
    QCOMPARE(modeOf(store.keyFile(sub.id)), 0600);

    const AccountStore::KeyOutcome second = importInto(store, sub);
    QVERIFY2(second.ok, qPrintable(second.error));
    QVERIFY2(second.notice.isEmpty(), qPrintable(second.notice)); // said once per data folder

    // KeyStorage::Files (demo mode) never says it: files are its choice.
    QTemporaryDir cfg2, data2;
    AccountStore demo(cfg2.path(), data2.path(), AccountStore::KeyStorage::Files);
    const AccountStore::KeyOutcome quiet = importInto(demo, sub);
    QVERIFY2(quiet.ok, qPrintable(quiet.error));
    QVERIFY(quiet.notice.isEmpty());
}

void TestSecretStore::wizardTakesTheNotice()
{
    QTemporaryDir cfg, data;
    const Subscription sub = psSubscription(
        QStringLiteral("7d2c0a52-0000-4000-8000-00000000b002"), QStringLiteral("Headless wizard"),
        QStringLiteral("https://management.core.windows.net"), m_rsa);
    // A key file from an earlier run; no keychain now.
    QString error;
    QVERIFY2(AccountStore(cfg.path(), data.path(), AccountStore::KeyStorage::Files)
                 .importIntoFiles({sub}, QString(), &error),
             qPrintable(error));

    QNetworkAccessManager nam;
    wizard::Subscriptions::Options o;
    o.accountConfigDir = cfg.path();
    o.accountDataDir = data.path();
    o.networkAccessManager = &nam;
    wizard::Subscriptions subs(o);
    QSignalSpy loaded(&subs, &wizard::Subscriptions::keysLoaded);
    subs.reload();
    QVERIFY(!subs.client()); // the keys come asynchronously
    QVERIFY(loaded.wait(10000));
    QVERIFY(subs.client());
    QCOMPARE(subs.currentId(), sub.id);
    QVERIFY2(subs.keyStorageNotice().contains(QLatin1String("No keychain service")),
             qPrintable(subs.keyStorageNotice()));

    // A second wizard on the same folders: already said.
    wizard::Subscriptions later(o);
    QSignalSpy laterLoaded(&later, &wizard::Subscriptions::keysLoaded);
    later.reload();
    QVERIFY(laterLoaded.wait(10000));
    QVERIFY(later.client());
    QVERIFY(later.keyStorageNotice().isEmpty());
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
