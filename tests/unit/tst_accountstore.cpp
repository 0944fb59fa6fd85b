// AccountStore: round trip of imported subscriptions, owner-only key files (0600 in a 0700
// folder, never a key in accounts.json), current subscription, lookup by id or name, removal,
// environment overrides and the standard locations in test mode.
#include "classic/accountstore.h"
#include "ps_testcerts.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
const QString kId1 = QStringLiteral("db1ab6f0-4769-4b27-930e-01e2ef9c123c");
const QString kId2 = QStringLiteral("5e5a7b1c-0000-4000-8000-00000000beef");

int modeOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
#else
    Q_UNUSED(path);
    return 0;
#endif
}
// The store's key operations are asynchronous: these run one and wait for its callback.
bool importInto(AccountStore &store, const QList<Subscription> &subs, QString *error,
                const QString &source = QString())
{
    QObject context;
    std::optional<AccountStore::KeyOutcome> outcome;
    store.importSubscriptions(subs, source, &context,
                              [&outcome](const AccountStore::KeyOutcome &o) { outcome = o; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000))
        return false;
    *error = outcome->error;
    return outcome->ok;
}

bool removeFrom(AccountStore &store, const QString &id, QString *error)
{
    QObject context;
    std::optional<AccountStore::KeyOutcome> outcome;
    store.remove(id, &context, [&outcome](const AccountStore::KeyOutcome &o) { outcome = o; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000))
        return false;
    *error = outcome->error;
    return outcome->ok;
}

QList<StoredAccount> withKeys(const AccountStore &store)
{
    QObject context;
    std::optional<QList<StoredAccount>> loaded;
    store.loadKeys(
        store.accounts(), &context,
        [&loaded](const QList<StoredAccount> &l, const AccountStore::KeyOutcome &) { loaded = l; });
    [[maybe_unused]] const bool loadedInTime =
        QTest::qWaitFor([&loaded] { return loaded.has_value(); }, 10000);
    return loaded.value_or(QList<StoredAccount>());
}

Subscription withKey(const AccountStore &store, const QString &id)
{
    for (const StoredAccount &a : withKeys(store)) {
        if (a.subscription.id == id)
            return a.subscription;
    }
    return Subscription();
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyStore();
    void roundTrip();
    void keyFilesAreOwnerOnly();
    void noKeyInAccountsJson();
    void currentAndFind();
    void reimportReplaces();
    void remove();
    void refusesInvalid();
    void unsafeIdStaysInKeysFolder();
    void environmentOverrides();
    void standardLocationsInTestMode();
    void damagedAccountsFile();

private:
    QList<Subscription> twoSubs() const;
    PsKeyPair m_rsa;
    PsKeyPair m_ec;
};

void TestAccountStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("DOCKERVM_SECRET_STORE", "file"); // key files here; the keychain: integration/keychain
    qunsetenv("DOCKERVM_CONFIG_DIR");
    qunsetenv("DOCKERVM_DATA_DIR");
    m_rsa = psSelfSigned(QStringLiteral("store-rsa"), PsKeyKind::Rsa2048);
    m_ec = psSelfSigned(QStringLiteral("store-ec"), PsKeyKind::EcP256);
}

QList<Subscription> TestAccountStore::twoSubs() const
{
    return {psSubscription(kId1, QStringLiteral("Pay-As-You-Go"),
                           QStringLiteral("https://management.core.windows.net"), m_rsa),
            psSubscription(kId2, QStringLiteral("China"),
                           QStringLiteral("https://management.core.chinacloudapi.cn"), m_ec)};
}

void TestAccountStore::emptyStore()
{
    QTemporaryDir cfg, data;
    AccountStore store(cfg.path(), data.path());
    QVERIFY(store.subscriptions().isEmpty());
    QVERIFY(!store.current());
    QVERIFY(store.currentId().isEmpty());
    QString error;
    QVERIFY(!store.find(kId1, &error));
    QVERIFY2(error.contains(QLatin1String("Import")), qPrintable(error));
    QVERIFY(!store.setCurrent(kId1, &error));
    QVERIFY(!removeFrom(store, kId1, &error));
    QVERIFY(!QFile::exists(store.accountsFile())); // reading creates nothing
}

void TestAccountStore::roundTrip()
{
    QTemporaryDir cfg, data;
    const QList<Subscription> subs = twoSubs();
    {
        AccountStore store(cfg.path(), data.path());
        QString error;
        QVERIFY2(importInto(store, subs, &error, QStringLiteral("/tmp/x.publishsettings")),
                 qPrintable(error));
    }
    AccountStore store(cfg.path(), data.path()); // a fresh instance reads from disk
    QVERIFY(store.accounts().first().subscription.privateKey.isNull()); // the list holds no key
    const QList<StoredAccount> accounts = withKeys(store);
    QCOMPARE(accounts.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const Subscription &s = accounts.at(i).subscription;
        QCOMPARE(s.id, subs.at(i).id);
        QCOMPARE(s.name, subs.at(i).name);
        QCOMPARE(s.managementEndpoint, subs.at(i).managementEndpoint);
        QCOMPARE(s.cloud, subs.at(i).cloud);
        QCOMPARE(s.certificate, subs.at(i).certificate);
        QVERIFY(!s.privateKey.isNull());
        QCOMPARE(s.privateKey.algorithm(), subs.at(i).privateKey.algorithm());
        QCOMPARE(s.privateKey.toDer(), subs.at(i).privateKey.toDer());
        QVERIFY(s.isValid());
        QCOMPARE(accounts.at(i).sourceFile, QStringLiteral("/tmp/x.publishsettings"));
        QVERIFY(qAbs(accounts.at(i).importedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }
    QCOMPARE(store.subscriptions().size(), 2);
    QCOMPARE(store.subscriptions().at(1).cloud, Cloud::China);
    // The first import made the first subscription current.
    QCOMPARE(store.currentId(), kId1);
}

void TestAccountStore::keyFilesAreOwnerOnly()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX modes only");
#endif
    QTemporaryDir cfg, data;
    AccountStore store(cfg.path(), data.path());
    QString error;
    // A permissive umask must not leak into the key files.
    const mode_t old = ::umask(0);
    const bool ok = importInto(store, twoSubs(), &error);
    ::umask(old);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(modeOf(data.path() + QStringLiteral("/keys")), 0700);
    QCOMPARE(modeOf(store.keyFile(kId1)), 0600);
    QCOMPARE(modeOf(store.keyFile(kId2)), 0600);
    QCOMPARE(modeOf(store.accountsFile()), 0600);
    QVERIFY(store.keyFile(kId1).startsWith(data.path() + QStringLiteral("/keys/")));
    QVERIFY(store.keyFile(kId1).endsWith(kId1 + QStringLiteral(".key")));
    // Only the two keys, no leftover temporary files.
    QCOMPARE(
        QDir(data.path() + QStringLiteral("/keys")).entryList(QDir::Files | QDir::Hidden).size(),
        2);

    // A keys folder that someone opened up is closed again on the next write.
    QVERIFY(QFile::setPermissions(data.path() + QStringLiteral("/keys"),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                      QFileDevice::ExeOther));
    QVERIFY(importInto(store, twoSubs().mid(0, 1), &error));
    QCOMPARE(modeOf(data.path() + QStringLiteral("/keys")), 0700);
    QCOMPARE(modeOf(store.keyFile(kId1)), 0600);
}

void TestAccountStore::noKeyInAccountsJson()
{
    QTemporaryDir cfg, data;
    AccountStore store(cfg.path(), data.path());
    QString error;
    QVERIFY2(importInto(store, twoSubs(), &error), qPrintable(error));
    QFile f(store.accountsFile());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    QVERIFY(!json.contains("PRIVATE KEY"));
    QVERIFY(json.contains("BEGIN CERTIFICATE"));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QLatin1String("current")).toString(), kId1);
    const QJsonObject first =
        root.value(QLatin1String("subscriptions")).toArray().first().toObject();
    QCOMPARE(first.value(QLatin1String("cloud")).toString(), QStringLiteral("public"));
    QCOMPARE(first.value(QLatin1String("endpoint")).toString(),
             QStringLiteral("https://management.core.windows.net"));
    QVERIFY(first.contains(QLatin1String("importedAt")));
    QVERIFY(!cfg.path().isEmpty() && !store.accountsFile().startsWith(data.path()));
    // And nothing key-like in the config folder at all.
    for (const QString &name : QDir(cfg.path()).entryList(QDir::Files))
        QVERIFY2(!name.endsWith(QLatin1String(".key")), qPrintable(name));
}

void TestAccountStore::currentAndFind()
{
    QTemporaryDir cfg, data;
    AccountStore store(cfg.path(), data.path());
    QString error;
    QVERIFY(importInto(store, twoSubs(), &error));
    QCOMPARE(store.current()->id, kId1);

    QVERIFY2(store.setCurrent(QStringLiteral("china"), &error), qPrintable(error)); // by name
    QCOMPARE(store.currentId(), kId2);
    QCOMPARE(AccountStore(cfg.path(), data.path()).current()->name, QStringLiteral("China"));
    QVERIFY(store.setCurrent(kId1.toUpper(), &error)); // id, any case
    QCOMPARE(store.current()->id, kId1);

    QCOMPARE(store.find(kId2)->name, QStringLiteral("China"));
    QCOMPARE(store.find(QStringLiteral("Pay-As-You-Go"))->id, kId1);
    QVERIFY(!store.find(QStringLiteral("nope"), &error));
    QVERIFY2(error.contains(QLatin1String("nope")) && error.contains(QLatin1String("account list")),
             qPrintable(error));
    QVERIFY(!store.setCurrent(QStringLiteral("nope"), &error));
    QCOMPARE(store.currentId(), kId1);

    // Two subscriptions with one name: ambiguous, the error lists both ids.
    Subscription twin = twoSubs().at(1);
    twin.id = QStringLiteral("11111111-2222-3333-4444-555555555555");
    twin.name = QStringLiteral("Pay-As-You-Go");
    QVERIFY(importInto(store, {twin}, &error));
    QVERIFY(!store.find(QStringLiteral("pay-as-you-go"), &error));
    QVERIFY2(error.contains(kId1) && error.contains(twin.id), qPrintable(error));
    QCOMPARE(store.currentId(), kId1); // an import does not steal "current"
}

void TestAccountStore::reimportReplaces()
{
    QTemporaryDir cfg, data;
    AccountStore store(cfg.path(), data.path());
    QString error;
    QVERIFY(importInto(store, twoSubs(), &error));
    Subscription renewed =
        psSubscription(kId1, QStringLiteral("Renamed"),
                       QStringLiteral("https://management.core.windows.net"), m_ec);
    QVERIFY(importInto(store, {renewed}, &error));
    QCOMPARE(store.subscriptions().size(), 2);
    const Subscription s = withKey(store, kId1);
    QCOMPARE(s.name, QStringLiteral("Renamed"));
    QCOMPARE(s.certificate, renewed.certificate);
    QCOMPARE(s.privateKey.algorithm(), QSsl::Ec);
}

void TestAccountStore::remove()
{
    QTemporaryDir cfg, data;
    AccountStore store(cfg.path(), data.path());
    QString error;
    QVERIFY(importInto(store, twoSubs(), &error));
    QVERIFY(QFile::exists(store.keyFile(kId1)));
    QVERIFY2(removeFrom(store, kId1, &error), qPrintable(error));
    QVERIFY(!QFile::exists(store.keyFile(kId1)));
    QVERIFY(QFile::exists(store.keyFile(kId2)));
    QCOMPARE(store.subscriptions().size(), 1);
    QCOMPARE(store.currentId(), kId2); // current moved to what is left
    QVERIFY(!removeFrom(store, kId1, &error));
    QVERIFY2(error.contains(kId1), qPrintable(error));
    QVERIFY(removeFrom(store, kId2, &error));
    QVERIFY(store.subscriptions().isEmpty());
    QVERIFY(store.currentId().isEmpty());
}

void TestAccountStore::refusesInvalid()
{
    QTemporaryDir cfg, data;
    AccountStore store(cfg.path(), data.path());
    Subscription noKey = twoSubs().first();
    noKey.privateKey = QSslKey();
    QString error;
    QVERIFY(!importInto(store, {twoSubs().at(1), noKey}, &error));
    QVERIFY2(error.contains(QLatin1String("private key")), qPrintable(error));
    QVERIFY(store.subscriptions().isEmpty()); // all or nothing
}

void TestAccountStore::unsafeIdStaysInKeysFolder()
{
    QTemporaryDir cfg, data;
    AccountStore store(cfg.path(), data.path());
    Subscription evil = twoSubs().first();
    evil.id = QStringLiteral("../../evil");
    QString error;
    QVERIFY2(importInto(store, {evil}, &error), qPrintable(error));
    const QString key = store.keyFile(evil.id);
    QVERIFY2(key.startsWith(data.path() + QStringLiteral("/keys/")) &&
                 !key.contains(QLatin1String("..")),
             qPrintable(key));
    QVERIFY(QFile::exists(key));
    QVERIFY(!withKey(store, evil.id).privateKey.isNull());
}

void TestAccountStore::environmentOverrides()
{
    QTemporaryDir cfg, data;
    qputenv("DOCKERVM_CONFIG_DIR", cfg.path().toUtf8());
    qputenv("DOCKERVM_DATA_DIR", data.path().toUtf8());
    AccountStore store;
    qunsetenv("DOCKERVM_CONFIG_DIR");
    qunsetenv("DOCKERVM_DATA_DIR");
    QCOMPARE(store.configDir(), QDir::cleanPath(cfg.path()));
    QCOMPARE(store.dataDir(), QDir::cleanPath(data.path()));
    QString error;
    QVERIFY(importInto(store, twoSubs(), &error));
    QVERIFY(QFile::exists(cfg.path() + QStringLiteral("/accounts.json")));
    QVERIFY(QFile::exists(data.path() + QStringLiteral("/keys/") + kId1 + QStringLiteral(".key")));
}

void TestAccountStore::standardLocationsInTestMode()
{
    AccountStore store;
    QCOMPARE(store.configDir(),
             QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation));
    QCOMPARE(store.dataDir(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QVERIFY(store.configDir().contains(QLatin1String("qttest")));
}

void TestAccountStore::damagedAccountsFile()
{
    QTemporaryDir cfg, data;
    AccountStore store(cfg.path(), data.path());
    QFile f(store.accountsFile());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    QString error;
    QVERIFY(!importInto(store, twoSubs(), &error));
    QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
    QVERIFY(!store.find(kId1, &error));
    QVERIFY2(error.contains(store.accountsFile()), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
