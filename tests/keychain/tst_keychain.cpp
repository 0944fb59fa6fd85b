// Management keys in a real OS keychain: gnome-keyring's Secret Service on a private D-Bus session
// (tests/keychain/run-with-secret-service.sh starts it around this binary). Checks that an
// imported key lands in the keychain and nowhere under the data folder, that the command line
// then works against the simulator with it, that a key file from before is moved in only after the
// keychain gave it back byte for byte, that removal deletes the item, and that without a Secret
// Service the keys go to owner-only files with a one-time notice.
#include "classic/accountstore.h"
#include "classic/publishsettings.h"
#include "cli_harness.h"
#include "common/secretstore.h"
#include "ps_testcerts.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
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
using namespace dockervm::testing;
using namespace dockervm::testsupport;

namespace {

const QByteArray kNotice = "No keychain service is available";

// Files under `dir` whose bytes contain any of `needles`.
QStringList filesContaining(const QString &dir, const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QByteArray &n : needles) {
            if (!n.isEmpty() && bytes.contains(n)) {
                hits << path;
                break;
            }
        }
    }
    return hits;
}

// The PEM, its DER and the first line of its base64 body: the forms a leaked key would take.
QList<QByteArray> keyForms(const QSslKey &key)
{
    const QByteArray pem = key.toPem();
    const QList<QByteArray> lines = pem.split('\n');
    return {pem, key.toDer(), lines.size() > 1 ? lines.at(1) : QByteArray()};
}

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

// Reads a keychain item the way the product does (QtKeychain), waiting on the job's signal.
std::optional<QByteArray> readKeychain(const QString &name, SecretJob::Error *error = nullptr)
{
    auto store = SecretStore::keychain(QStringLiteral("docker-vm"));
    SecretJob *job = store->read(name);
    QSignalSpy spy(job, &SecretJob::finished);
    SecretJob::Error e = SecretJob::Error::Failed;
    QByteArray data;
    QObject::connect(job, &SecretJob::finished, job, [&](SecretJob *j) {
        e = j->error();
        data = j->data();
    });
    if (!spy.wait(30000))
        return std::nullopt;
    if (error)
        *error = e;
    if (e != SecretJob::Error::None)
        return std::nullopt;
    return data;
}

QByteArray secretToolSearch(const QString &attribute, const QString &value)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("search"), QStringLiteral("--all"), attribute, value});
    if (!p.waitForFinished(30000))
        return {};
    return p.readAllStandardOutput() + p.readAllStandardError();
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cliImportLandsInKeychainOnly();
    void keyFileIsMovedAfterReadBack();
    void removeDeletesTheItem();
    void fallbackWithoutSecretService();

private:
    PsKeyPair m_rsa;
};

void TestKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("DOCKERVM_SECRET_STORE");
    qunsetenv("DOCKERVM_CONFIG_DIR");
    qunsetenv("DOCKERVM_DATA_DIR");
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run through tests/keychain/run-with-secret-service.sh (ctest does)");
    // The wrapper started and unlocked gnome-keyring: from here on the keychain must work.
    std::optional<SecretStore::Availability> answer;
    SecretStore::probe(this, [&answer](SecretStore::Availability a) { answer = a; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
    QCOMPARE(*answer, SecretStore::Availability::Keychain);
    m_rsa = psSelfSigned(QStringLiteral("keychain-rsa"), PsKeyKind::Rsa2048);
}

void TestKeychain::cliImportLandsInKeychainOnly()
{
    CliHarness h;
    QVERIFY(h.isValid());
    QString error;
    QVERIFY2(h.launchSimulator({}, &error), qPrintable(error));
    const auto parsed = PublishSettings::load(h.publishSettings());
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage));
    const Subscription sub = parsed.subscriptions.first();

    const auto imported =
        h.run({QStringLiteral("account"), QStringLiteral("import"), h.publishSettings()});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY2(!imported.err.contains(kNotice), imported.err.constData());

    // In the keychain, byte for byte, read back through QtKeychain and found by secret-tool.
    const AccountStore store(h.path(QStringLiteral("config")), h.path(QStringLiteral("data")));
    const auto item = readKeychain(store.keychainName(sub.id));
    QVERIFY(item.has_value());
    QCOMPARE(*item, sub.privateKey.toPem());
    QVERIFY2(secretToolSearch(QStringLiteral("server"), QStringLiteral("docker-vm"))
                 .contains(store.keychainName(sub.id).toUtf8()),
             "secret-tool does not list the item");

    // Nowhere on disk under the data or config folder, in no form.
    QVERIFY(!QFile::exists(store.keyFile(sub.id)));
    for (const QString &dir : {h.path(QStringLiteral("data")), h.path(QStringLiteral("config"))}) {
        const QStringList leaks = filesContaining(dir, keyForms(sub.privateKey));
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
    }

    // The command line signs its requests with the key from the keychain.
    const auto locations =
        h.run({QStringLiteral("locations"), QStringLiteral("--management-ca"), h.caFile()});
    QVERIFY2(locations.exitCode == 0, locations.err.constData());
    QVERIFY2(locations.out.contains("NAME"), locations.out.constData());
    QVERIFY2(!locations.err.contains(kNotice), locations.err.constData());
    h.stopSimulator();
}

void TestKeychain::keyFileIsMovedAfterReadBack()
{
    QTemporaryDir cfg, data;
    const Subscription sub = psSubscription(
        QStringLiteral("4f1c0a52-0000-4000-8000-00000000a001"), QStringLiteral("Migrated"),
        QStringLiteral("https://management.core.windows.net"), m_rsa);
    // A key file as earlier versions left it.
    AccountStore before(cfg.path(), data.path(), AccountStore::KeyStorage::Files);
    QString error;
    QVERIFY2(before.importIntoFiles({sub}, QString(), &error), qPrintable(error));
    QVERIFY(QFile::exists(before.keyFile(sub.id)));

    AccountStore store(cfg.path(), data.path());
    std::optional<QList<StoredAccount>> loaded;
    AccountStore::KeyOutcome outcome;
    store.loadKeys(store.accounts(), this,
                   [&](const QList<StoredAccount> &l, const AccountStore::KeyOutcome &o) {
                       loaded = l;
                       outcome = o;
                   });
    QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 30000);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(outcome.notice.isEmpty());
    QCOMPARE(loaded->first().subscription.privateKey.toPem(), sub.privateKey.toPem());
    QVERIFY2(!QFile::exists(store.keyFile(sub.id)), "the key file stayed after the move");
    QCOMPARE(readKeychain(store.keychainName(sub.id)).value_or(QByteArray()),
             sub.privateKey.toPem());
    QVERIFY(filesContaining(data.path(), keyForms(sub.privateKey)).isEmpty());

    // Next time it comes from the keychain.
    std::optional<Subscription> again;
    store.loadKey(store.accounts().first().subscription, this,
                  [&](const Subscription &s, const AccountStore::KeyOutcome &o) {
                      QVERIFY2(o.ok, qPrintable(o.error));
                      again = s;
                  });
    QTRY_VERIFY_WITH_TIMEOUT(again.has_value(), 30000);
    QCOMPARE(again->privateKey.toPem(), sub.privateKey.toPem());
}

void TestKeychain::removeDeletesTheItem()
{
    QTemporaryDir cfg, data;
    const Subscription sub = psSubscription(
        QStringLiteral("4f1c0a52-0000-4000-8000-00000000a002"), QStringLiteral("Removed"),
        QStringLiteral("https://management.core.windows.net"), m_rsa);
    AccountStore store(cfg.path(), data.path());
    std::optional<AccountStore::KeyOutcome> done;
    store.importSubscriptions({sub}, QString(), this,
                              [&](const AccountStore::KeyOutcome &o) { done = o; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 30000);
    QVERIFY2(done->ok, qPrintable(done->error));
    QVERIFY(readKeychain(store.keychainName(sub.id)).has_value());

    done.reset();
    store.remove(sub.id, this, [&](const AccountStore::KeyOutcome &o) { done = o; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 30000);
    QVERIFY2(done->ok, qPrintable(done->error));
    SecretJob::Error error = SecretJob::Error::None;
    QVERIFY(!readKeychain(store.keychainName(sub.id), &error).has_value());
    QCOMPARE(error, SecretJob::Error::NotFound);
    QVERIFY(store.accounts().isEmpty());
}

void TestKeychain::fallbackWithoutSecretService()
{
    CliHarness h;
    QVERIFY(h.isValid());
    QString error;
    QVERIFY2(h.launchSimulator({}, &error), qPrintable(error));
    const Subscription sub = PublishSettings::load(h.publishSettings()).subscriptions.first();
    // A session bus address where nothing listens: no Secret Service to talk to.
    QProcessEnvironment noService;
    noService.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                     QStringLiteral("unix:path=") + h.path(QStringLiteral("no-bus")));

    const auto imported = h.run(
        {QStringLiteral("account"), QStringLiteral("import"), h.publishSettings()}, noService);
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QCOMPARE(imported.err.count(kNotice), 1);
    QCOMPARE(imported.err.count('\n'), 1); // one line

    const AccountStore store(h.path(QStringLiteral("config")), h.path(QStringLiteral("data")));
    QVERIFY(QFile::exists(store.keyFile(sub.id)));
    QCOMPARE(modeOf(store.keyFile(sub.id)), 0600);
    QCOMPARE(modeOf(h.path(QStringLiteral("data/keys"))), 0700);
    QVERIFY(!secretToolSearch(QStringLiteral("server"), QStringLiteral("docker-vm"))
                 .contains(store.keychainName(sub.id).toUtf8()));

    // Said once: the next commands are quiet and work with the key file.
    const auto locations = h.run(
        {QStringLiteral("locations"), QStringLiteral("--management-ca"), h.caFile()}, noService);
    QVERIFY2(locations.exitCode == 0, locations.err.constData());
    QVERIFY2(!locations.err.contains(kNotice), locations.err.constData());
    const auto list = h.run({QStringLiteral("account"), QStringLiteral("list")}, noService);
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QVERIFY2(!list.err.contains(kNotice), list.err.constData());
    QVERIFY2(!list.out.contains("key missing"), list.out.constData());

    // Once a keychain answers, the file moves into it on the next use.
    const auto withKeychain =
        h.run({QStringLiteral("locations"), QStringLiteral("--management-ca"), h.caFile()});
    QVERIFY2(withKeychain.exitCode == 0, withKeychain.err.constData());
    QVERIFY(!QFile::exists(store.keyFile(sub.id)));
    QCOMPARE(readKeychain(store.keychainName(sub.id)).value_or(QByteArray()),
             sub.privateKey.toPem());
    h.stopSimulator();
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
