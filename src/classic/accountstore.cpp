#include "classic/accountstore.h"

#include "common/logging.h"
#include "common/privatefile.h"
#include "common/secretstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include <memory>

namespace dockervm::classic {

struct AccountStore::Entry
{
    QString id;
    QString name;
    QString endpoint;
    QString certificatePem;
    QString keyAlgorithm; // "rsa", "ec", "dsa"
    QString sourceFile;
    QDateTime importedAt;
};

struct AccountStore::State
{
    QList<Entry> entries;
    QString current;

    qsizetype indexOf(const QString &id) const
    {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (entries.at(i).id.compare(id, Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    }
};

namespace {

QString pick(const QString &explicitDir, const char *envName, QStandardPaths::StandardLocation loc)
{
    if (!explicitDir.isEmpty())
        return QDir::cleanPath(explicitDir);
    const QString env = qEnvironmentVariable(envName);
    if (!env.isEmpty())
        return QDir::cleanPath(env);
    return QStandardPaths::writableLocation(loc);
}

QString algorithmId(QSsl::KeyAlgorithm a)
{
    switch (a) {
    case QSsl::Ec:
        return QStringLiteral("ec");
    case QSsl::Dsa:
        return QStringLiteral("dsa");
    default:
        return QStringLiteral("rsa");
    }
}

QSsl::KeyAlgorithm algorithmFromId(const QString &id)
{
    if (id == QLatin1String("ec"))
        return QSsl::Ec;
    if (id == QLatin1String("dsa"))
        return QSsl::Dsa;
    return QSsl::Rsa;
}

} // namespace

AccountStore::AccountStore(QString configDir, QString dataDir, KeyStorage storage)
    : m_configDir(pick(configDir, "DOCKERVM_CONFIG_DIR", QStandardPaths::AppConfigLocation)),
      m_dataDir(pick(dataDir, "DOCKERVM_DATA_DIR", QStandardPaths::AppDataLocation)),
      m_storage(storage)
{}

QString AccountStore::accountsFile() const
{
    return m_configDir + QStringLiteral("/accounts.json");
}

QString AccountStore::keyFile(const QString &id) const
{
    // Subscription ids are GUIDs; anything else is hashed so it can never escape the folder.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"));
    QString base = id.toLower();
    if (!safe.match(id).hasMatch()) {
        base = QString::fromLatin1(
            QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex());
    }
    return m_dataDir + QStringLiteral("/keys/") + base + QStringLiteral(".key");
}

bool AccountStore::readState(State *state, QString *error) const
{
    *state = State();
    QFile file(accountsFile());
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("Cannot read the list of accounts “%1”: %2.")
                         .arg(file.fileName(), file.errorString());
        }
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull() || !doc.isObject()) {
        if (error) {
            *error = tr("The list of accounts “%1” is damaged (%2). Move it away and import your "
                        ".publishsettings file again.")
                         .arg(file.fileName(), parseError.errorString());
        }
        return false;
    }
    const QJsonObject root = doc.object();
    state->current = root.value(QLatin1String("current")).toString();
    const QJsonArray list = root.value(QLatin1String("subscriptions")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        Entry e;
        e.id = o.value(QLatin1String("id")).toString();
        if (e.id.isEmpty())
            continue;
        e.name = o.value(QLatin1String("name")).toString();
        e.endpoint = o.value(QLatin1String("endpoint")).toString();
        e.certificatePem = o.value(QLatin1String("certificate")).toString();
        e.keyAlgorithm = o.value(QLatin1String("keyAlgorithm")).toString();
        e.sourceFile = o.value(QLatin1String("sourceFile")).toString();
        e.importedAt =
            QDateTime::fromString(o.value(QLatin1String("importedAt")).toString(), Qt::ISODate);
        state->entries.append(e);
    }
    // "arm:<id>" is an ARM account (accounts::Accounts keeps the one current account of both
    // kinds here); this store never matches it.
    if (state->indexOf(state->current) < 0 &&
        !state->current.startsWith(QLatin1String("arm:"), Qt::CaseInsensitive))
        state->current.clear();
    return true;
}

bool AccountStore::writeState(const State &state, QString *error) const
{
    if (!privatefile::ensureDir(m_configDir, false, error))
        return false;
    QJsonArray list;
    for (const Entry &e : state.entries) {
        const QUrl endpoint(e.endpoint);
        list.append(QJsonObject{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("endpoint"), e.endpoint},
            {QStringLiteral("cloud"), cloudId(cloudForEndpoint(endpoint))},
            {QStringLiteral("certificate"), e.certificatePem},
            {QStringLiteral("keyAlgorithm"), e.keyAlgorithm},
            {QStringLiteral("sourceFile"), e.sourceFile},
            {QStringLiteral("importedAt"), e.importedAt.toUTC().toString(Qt::ISODate)},
        });
    }
    const QJsonObject root{
        {QStringLiteral("version"), 1},
        {QStringLiteral("current"), state.current},
        {QStringLiteral("subscriptions"), list},
    };
    return privatefile::write(accountsFile(), QJsonDocument(root).toJson(QJsonDocument::Indented),
                              error);
}

StoredAccount AccountStore::toAccount(const Entry &e) const
{
    StoredAccount a;
    a.subscription.id = e.id;
    a.subscription.name = e.name;
    a.subscription.managementEndpoint = QUrl(e.endpoint);
    a.subscription.cloud = cloudForEndpoint(a.subscription.managementEndpoint);
    a.subscription.certificate = QSslCertificate(e.certificatePem.toLatin1(), QSsl::Pem);
    a.subscription.privateKey = QSslKey();
    a.keyAlgorithm = algorithmFromId(e.keyAlgorithm);
    a.sourceFile = e.sourceFile;
    a.importedAt = e.importedAt;
    return a;
}

// The key storage of one store: the keychain (with the legacy key files to migrate) or files.
struct AccountStore::Secrets
{
    std::shared_ptr<SecretStore> keychain; // null: keys live in files
    std::shared_ptr<SecretStore> files;    // <dataDir>/keys
    QString notice;
};

QString AccountStore::keychainName(const QString &id) const
{
    // One item per subscription and data folder: two folders (a test's, the user's) never share.
    return QStringLiteral("azure-management-key %1 %2").arg(id.toLower(), m_dataDir);
}

void AccountStore::withSecrets(bool touchesKeys, QObject *context,
                               std::function<void(const Secrets &)> then) const
{
    const QString keysDir = m_dataDir + QStringLiteral("/keys");
    const QString dataDir = m_dataDir;
    auto files = std::shared_ptr<SecretStore>(SecretStore::files(keysDir));
    if (m_storage == KeyStorage::Files) {
        QMetaObject::invokeMethod(
            context,
            [then, files] {
                then(Secrets{nullptr, files, {}});
            },
            Qt::QueuedConnection);
        return;
    }
    SecretStore::probe(context, [then, files, keysDir, dataDir,
                                 touchesKeys](SecretStore::Availability a) {
        if (a == SecretStore::Availability::Keychain) {
            then(Secrets{
                std::shared_ptr<SecretStore>(SecretStore::keychain(QStringLiteral("docker-vm"))),
                files,
                {}});
            return;
        }
        Secrets s{nullptr, files, {}};
        // Said once per data folder: a marker next to the keys folder remembers it was said.
        const QString marker = dataDir + QStringLiteral("/no-keychain-notice-shown");
        if (a == SecretStore::Availability::NoService && touchesKeys && !QFile::exists(marker)) {
            s.notice = tr("No keychain service is available (no Secret Service on the session "
                          "bus), so private keys are kept in owner-only files in %1. Install and "
                          "unlock a keyring such as gnome-keyring to keep them in the keychain; "
                          "the files move there on the next use.")
                           .arg(QDir::toNativeSeparators(keysDir));
            QString ignored;
            if (privatefile::ensureDir(dataDir, false, &ignored))
                privatefile::write(marker, QByteArray(), &ignored);
        }
        then(s);
    });
}

namespace {

// Reads one key: in keychain mode a key file left from before is moved into the keychain first
// (written, read back, compared byte for byte, only then deleted).
void readOneKey(const std::shared_ptr<SecretStore> &keychain,
                const std::shared_ptr<SecretStore> &files, const QString &fileName,
                const QString &itemName, QObject *context,
                std::function<void(const QByteArray &pem, const QString &error)> done)
{
    SecretJob *fileRead = files->read(fileName);
    QObject::connect(fileRead, &SecretJob::finished, context, [=](SecretJob *job) {
        if (!keychain) {
            if (job->ok() || job->error() == SecretJob::Error::NotFound)
                done(job->data(), {});
            else
                done({}, job->errorString());
            return;
        }
        if (!job->ok()) {
            SecretJob *read = keychain->read(itemName);
            QObject::connect(read, &SecretJob::finished, context, [done](SecretJob *r) {
                if (r->ok() || r->error() == SecretJob::Error::NotFound)
                    done(r->data(), {});
                else
                    done({}, r->errorString());
            });
            return;
        }
        const QByteArray pem = job->data();
        auto keep = [done, pem, fileName](const QString &why) {
            qCWarning(lcAzure).noquote() << AccountStore::tr("The key file %1 stays where it is: "
                                                             "moving it into the keychain failed: "
                                                             "%2")
                                                .arg(fileName, why);
            done(pem, {});
        };
        SecretJob *write = keychain->write(itemName, pem);
        QObject::connect(write, &SecretJob::finished, context, [=](SecretJob *w) {
            if (!w->ok())
                return keep(w->errorString());
            SecretJob *back = keychain->read(itemName);
            QObject::connect(back, &SecretJob::finished, context, [=](SecretJob *r) {
                if (!r->ok())
                    return keep(r->errorString());
                if (r->data() != pem)
                    return keep(AccountStore::tr("the keychain gave back different bytes"));
                SecretJob *removal = files->remove(fileName);
                QObject::connect(removal, &SecretJob::finished, context, [=](SecretJob *d) {
                    if (!d->ok())
                        qCWarning(lcAzure).noquote() << d->errorString();
                    else
                        qCInfo(lcAzure) << "moved the key file" << fileName << "into the keychain";
                    done(pem, {});
                });
            });
        });
    });
}

} // namespace

bool AccountStore::recordImport(const QList<Subscription> &subs, const QString &source,
                                QString *error) const
{
    State state;
    if (!readState(&state, error))
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Subscription &s : subs) {
        Entry e;
        e.id = s.id;
        e.name = s.name;
        e.endpoint = s.managementEndpoint.toString();
        e.certificatePem = QString::fromLatin1(s.certificate.toPem());
        e.keyAlgorithm = algorithmId(s.privateKey.algorithm());
        e.sourceFile = source;
        e.importedAt = now;
        const qsizetype i = state.indexOf(s.id);
        if (i >= 0)
            state.entries[i] = e;
        else
            state.entries.append(e);
    }
    if (state.current.isEmpty() && !subs.isEmpty())
        state.current = subs.first().id;
    return writeState(state, error);
}

bool AccountStore::importIntoFiles(const QList<Subscription> &subs, const QString &sourceFile,
                                   QString *error)
{
    Q_ASSERT(m_storage == KeyStorage::Files);
    for (const Subscription &s : subs) {
        if (!s.isValid()) {
            *error = tr("Subscription “%1” lacks an id, a certificate or its private key; "
                        "nothing was imported.")
                         .arg(s.name.isEmpty() ? s.id : s.name);
            return false;
        }
        QByteArray pem = s.privateKey.toPem();
        const bool written =
            privatefile::ensureDir(m_dataDir + QStringLiteral("/keys"), true, error) &&
            privatefile::write(keyFile(s.id), pem, error);
        pem.fill('\0');
        if (!written)
            return false;
    }
    return recordImport(
        subs, sourceFile.isEmpty() ? QString() : QFileInfo(sourceFile).absoluteFilePath(), error);
}

void AccountStore::importSubscriptions(const QList<Subscription> &subs, const QString &sourceFile,
                                       QObject *context,
                                       std::function<void(const KeyOutcome &)> done)
{
    auto failNow = [context, done](const QString &text) {
        QMetaObject::invokeMethod(
            context,
            [done, text] {
                done(KeyOutcome{false, text, {}});
            },
            Qt::QueuedConnection);
    };
    for (const Subscription &s : subs) {
        if (!s.isValid()) {
            return failNow(tr("Subscription “%1” lacks an id, a certificate or its private key; "
                              "nothing was imported.")
                               .arg(s.name.isEmpty() ? s.id : s.name));
        }
    }
    QString error;
    State probeState;
    if (!readState(&probeState, &error))
        return failNow(error);
    const QString source =
        sourceFile.isEmpty() ? QString() : QFileInfo(sourceFile).absoluteFilePath();
    const AccountStore self = *this; // the callbacks may outlive this object
    withSecrets(!subs.isEmpty(), context, [=](const Secrets &secrets) {
        // One key after the other; the list is written when all keys are stored.
        auto index = std::make_shared<qsizetype>(0);
        auto step = std::make_shared<std::function<void()>>();
        std::weak_ptr<std::function<void()>> weakStep = step;
        *step = [=] {
            if (*index == subs.size()) {
                QString why;
                if (!self.recordImport(subs, source, &why))
                    return done(KeyOutcome{false, why, secrets.notice});
                qCDebug(lcAzure) << "account store: imported" << subs.size()
                                 << "subscription(s) into" << self.m_configDir
                                 << (secrets.keychain ? "keys in the keychain" : "keys in files");
                return done(KeyOutcome{true, {}, secrets.notice});
            }
            const Subscription &s = subs.at(*index);
            const QString fileName = QFileInfo(self.keyFile(s.id)).fileName();
            QByteArray pem = s.privateKey.toPem();
            SecretStore *target = secrets.keychain ? secrets.keychain.get() : secrets.files.get();
            SecretJob *write =
                target->write(secrets.keychain ? self.keychainName(s.id) : fileName, pem);
            pem.fill('\0');
            const auto next = weakStep.lock(); // held by the pending slot, not by itself
            QObject::connect(write, &SecretJob::finished, context, [=](SecretJob *job) {
                if (!job->ok()) {
                    return done(KeyOutcome{false,
                                           tr("The private key of subscription %1 could not be "
                                              "stored; nothing was imported: %2")
                                               .arg(s.id, job->errorString()),
                                           secrets.notice});
                }
                ++*index;
                if (!secrets.keychain) {
                    (*next)();
                    return;
                }
                // A key file left from before would be taken for newer on the next read.
                SecretJob *stale = secrets.files->remove(fileName);
                QObject::connect(stale, &SecretJob::finished, context,
                                 [next](SecretJob *) { (*next)(); });
            });
        };
        (*step)();
    });
}

void AccountStore::loadKeys(
    const QList<StoredAccount> &accounts, QObject *context,
    std::function<void(const QList<StoredAccount> &, const KeyOutcome &)> done) const
{
    const AccountStore self = *this;
    withSecrets(!accounts.isEmpty(), context, [=](const Secrets &secrets) {
        auto result = std::make_shared<QList<StoredAccount>>(accounts);
        auto outcome = std::make_shared<KeyOutcome>(KeyOutcome{true, {}, secrets.notice});
        auto index = std::make_shared<qsizetype>(0);
        auto step = std::make_shared<std::function<void()>>();
        std::weak_ptr<std::function<void()>> weakStep = step;
        *step = [=] {
            if (*index == result->size())
                return done(*result, *outcome);
            const auto next = weakStep.lock();
            const StoredAccount &a = result->at(*index);
            readOneKey(secrets.keychain, secrets.files,
                       QFileInfo(self.keyFile(a.subscription.id)).fileName(),
                       self.keychainName(a.subscription.id), context,
                       [=](const QByteArray &pem, const QString &error) {
                           StoredAccount &target = (*result)[*index];
                           if (!error.isEmpty()) {
                               outcome->ok = false;
                               outcome->error = tr("The private key of subscription %1 could not "
                                                   "be read: %2")
                                                    .arg(target.subscription.id, error);
                           } else if (!pem.isEmpty()) {
                               target.subscription.privateKey =
                                   QSslKey(pem, target.keyAlgorithm, QSsl::Pem, QSsl::PrivateKey);
                           }
                           ++*index;
                           (*next)();
                       });
        };
        (*step)();
    });
}

void AccountStore::loadKey(const Subscription &subscription, QObject *context,
                           std::function<void(const Subscription &, const KeyOutcome &)> done) const
{
    State state;
    QString error;
    const qsizetype i = readState(&state, &error) ? state.indexOf(subscription.id) : -1;
    QList<StoredAccount> one;
    if (i >= 0) {
        one.append(toAccount(state.entries.at(i)));
    } else if (error.isEmpty()) {
        error = tr("No subscription has the id “%1”. List them with 'docker-vm account list'.")
                    .arg(subscription.id);
    }
    if (one.isEmpty()) {
        QMetaObject::invokeMethod(
            context,
            [=] {
                done(subscription, KeyOutcome{false, error, {}});
            },
            Qt::QueuedConnection);
        return;
    }
    loadKeys(one, context,
             [subscription, done](const QList<StoredAccount> &loaded, const KeyOutcome &outcome) {
                 Subscription s = subscription;
                 s.privateKey = loaded.first().subscription.privateKey;
                 KeyOutcome o = outcome;
                 if (o.ok && s.privateKey.isNull()) {
                     o.ok = false;
                     o.error = tr("The private key of subscription %1 is missing. Import its "
                                  ".publishsettings file again.")
                                   .arg(s.id);
                 }
                 done(s, o);
             });
}

QList<StoredAccount> AccountStore::accounts() const
{
    State state;
    QString error;
    if (!readState(&state, &error)) {
        qCWarning(lcAzure).noquote() << error;
        return {};
    }
    QList<StoredAccount> out;
    for (const Entry &e : std::as_const(state.entries))
        out.append(toAccount(e));
    return out;
}

QList<Subscription> AccountStore::subscriptions() const
{
    QList<Subscription> out;
    for (const StoredAccount &a : accounts())
        out.append(a.subscription);
    return out;
}

std::optional<Subscription> AccountStore::find(const QString &idOrName, QString *error) const
{
    State state;
    if (!readState(&state, error))
        return std::nullopt;
    const qsizetype i = state.indexOf(idOrName.trimmed());
    if (i >= 0)
        return toAccount(state.entries.at(i)).subscription;
    QList<const Entry *> byName;
    for (const Entry &e : std::as_const(state.entries)) {
        if (e.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            byName.append(&e);
    }
    if (byName.size() == 1)
        return toAccount(*byName.first()).subscription;
    if (error) {
        if (byName.isEmpty()) {
            *error = state.entries.isEmpty()
                         ? tr("No subscription “%1”: none is imported yet. Import a "
                              ".publishsettings file first.")
                               .arg(idOrName)
                         : tr("No subscription has the id or name “%1”. List them with "
                              "'docker-vm account list'.")
                               .arg(idOrName);
        } else {
            QStringList ids;
            for (const Entry *e : byName)
                ids.append(e->id);
            *error = tr("Several subscriptions are named “%1” (%2); give the id instead.")
                         .arg(idOrName, ids.join(QStringLiteral(", ")));
        }
    }
    return std::nullopt;
}

bool AccountStore::setCurrent(const QString &idOrName, QString *error)
{
    const std::optional<Subscription> s = find(idOrName, error);
    if (!s)
        return false;
    State state;
    if (!readState(&state, error))
        return false;
    state.current = s->id;
    return writeState(state, error);
}

bool AccountStore::setCurrentId(const QString &id, QString *error)
{
    State state;
    if (!readState(&state, error))
        return false;
    state.current = id;
    return writeState(state, error);
}

QString AccountStore::currentId() const
{
    State state;
    if (!readState(&state, nullptr))
        return {};
    return state.current;
}

std::optional<Subscription> AccountStore::current() const
{
    State state;
    if (!readState(&state, nullptr))
        return std::nullopt;
    const qsizetype i = state.indexOf(state.current);
    if (i < 0 || state.current.isEmpty())
        return std::nullopt;
    return toAccount(state.entries.at(i)).subscription;
}

void AccountStore::remove(const QString &id, QObject *context,
                          std::function<void(const KeyOutcome &)> done)
{
    State state;
    QString error;
    const qsizetype i = readState(&state, &error) ? state.indexOf(id.trimmed()) : -1;
    if (i < 0 && error.isEmpty()) {
        error =
            tr("No subscription has the id “%1”. List them with 'docker-vm account list'.").arg(id);
    }
    QString realId;
    if (i >= 0) {
        realId = state.entries.at(i).id;
        state.entries.removeAt(i);
        if (state.current.compare(realId, Qt::CaseInsensitive) == 0)
            state.current = state.entries.isEmpty() ? QString() : state.entries.first().id;
        writeState(state, &error);
    }
    if (!error.isEmpty()) {
        QMetaObject::invokeMethod(
            context,
            [=] {
                done(KeyOutcome{false, error, {}});
            },
            Qt::QueuedConnection);
        return;
    }
    const QString fileName = QFileInfo(keyFile(realId)).fileName();
    const QString item = keychainName(realId);
    withSecrets(false, context, [=](const Secrets &secrets) {
        // The key file goes in every mode (a leftover from before the keychain), then the item.
        SecretJob *fileRemoval = secrets.files->remove(fileName);
        QObject::connect(fileRemoval, &SecretJob::finished, context, [=](SecretJob *f) {
            auto finish = [=](SecretJob *job) {
                if (job->ok() || job->error() == SecretJob::Error::NotFound)
                    return done(KeyOutcome{});
                done(KeyOutcome{false,
                                tr("The subscription was forgotten, but its private key could "
                                   "not be deleted from %1: %2")
                                    .arg(secrets.keychain ? secrets.keychain->location()
                                                          : secrets.files->location(),
                                         job->errorString()),
                                {}});
            };
            if (!secrets.keychain || !f->ok())
                return finish(f);
            SecretJob *itemRemoval = secrets.keychain->remove(item);
            QObject::connect(itemRemoval, &SecretJob::finished, context, finish);
        });
    });
}

} // namespace dockervm::classic
