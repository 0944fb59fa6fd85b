#include "azure/accountstore.h"

#include "common/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace dockervm::azure {

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

constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

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

// Owner-only mode check (Unix); elsewhere the platform's ACLs decide.
bool hasMode(const QString &path, int mode)
{
#ifdef Q_OS_UNIX
    struct stat st;
    const QByteArray p = QFile::encodeName(path);
    return ::stat(p.constData(), &st) == 0 && (st.st_mode & 0777) == mode_t(mode);
#else
    Q_UNUSED(path);
    Q_UNUSED(mode);
    return true;
#endif
}

bool ensureDir(const QString &path, bool ownerOnly, QString *error)
{
    if (!QDir().mkpath(path)) {
        if (error) {
            *error = AccountStore::tr("Cannot create the folder “%1”. Check that its parent is "
                                      "writable.")
                         .arg(path);
        }
        return false;
    }
    if (ownerOnly) {
        if (!QFile::setPermissions(path, kOwnerDir) || !hasMode(path, 0700)) {
            if (error) {
                *error = AccountStore::tr("Cannot make the folder “%1” private to you (mode "
                                          "0700), so no private key is written there.")
                             .arg(path);
            }
            return false;
        }
    }
    return true;
}

// Writes through a QSaveFile whose temporary file is owner-only before the first byte.
bool writePrivateFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = AccountStore::tr("Cannot write “%1”: %2.").arg(path, file.errorString());
        }
        return false;
    }
    bool privateNow = file.setPermissions(kOwnerFile);
#ifdef Q_OS_UNIX
    struct stat st;
    privateNow = privateNow && ::fstat(file.handle(), &st) == 0 && (st.st_mode & 0777) == 0600;
#endif
    if (!privateNow) {
        file.cancelWriting();
        if (error) {
            *error = AccountStore::tr("Cannot make “%1” readable only by you (mode 0600); "
                                      "nothing was written.")
                         .arg(path);
        }
        return false;
    }
    if (file.write(data) != data.size() || !file.commit()) {
        if (error) {
            *error = AccountStore::tr("Cannot write “%1”: %2.").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace

AccountStore::AccountStore(QString configDir, QString dataDir)
    : m_configDir(pick(configDir, "DOCKERVM_CONFIG_DIR", QStandardPaths::AppConfigLocation)),
      m_dataDir(pick(dataDir, "DOCKERVM_DATA_DIR", QStandardPaths::AppDataLocation))
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
    if (state->indexOf(state->current) < 0)
        state->current.clear();
    return true;
}

bool AccountStore::writeState(const State &state, QString *error) const
{
    if (!ensureDir(m_configDir, false, error))
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
    return writePrivateFile(accountsFile(), QJsonDocument(root).toJson(QJsonDocument::Indented),
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
    a.subscription.privateKey = readKey(e.id, algorithmFromId(e.keyAlgorithm));
    a.sourceFile = e.sourceFile;
    a.importedAt = e.importedAt;
    return a;
}

bool AccountStore::importSubscriptions(const QList<Subscription> &subs, QString *error,
                                       const QString &sourceFile)
{
    for (const Subscription &s : subs) {
        if (!s.isValid()) {
            if (error) {
                *error = tr("Subscription “%1” lacks an id, a certificate or its private key; "
                            "nothing was imported.")
                             .arg(s.name.isEmpty() ? s.id : s.name);
            }
            return false;
        }
    }
    State state;
    if (!readState(&state, error))
        return false;
    const QString source =
        sourceFile.isEmpty() ? QString() : QFileInfo(sourceFile).absoluteFilePath();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Subscription &s : subs) {
        if (!writeKey(s.id, s.privateKey, error))
            return false;
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
    if (!writeState(state, error))
        return false;
    qCDebug(lcAzure) << "account store: imported" << subs.size() << "subscription(s) into"
                     << m_configDir;
    return true;
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

bool AccountStore::remove(const QString &id, QString *error)
{
    State state;
    if (!readState(&state, error))
        return false;
    const qsizetype i = state.indexOf(id.trimmed());
    if (i < 0) {
        if (error) {
            *error = tr("No subscription has the id “%1”. List them with 'docker-vm account "
                        "list'.")
                         .arg(id);
        }
        return false;
    }
    const QString realId = state.entries.at(i).id;
    state.entries.removeAt(i);
    if (state.current.compare(realId, Qt::CaseInsensitive) == 0)
        state.current = state.entries.isEmpty() ? QString() : state.entries.first().id;
    if (!writeState(state, error))
        return false;
    return removeKey(realId, error);
}

bool AccountStore::writeKey(const QString &id, const QSslKey &key, QString *error) const
{
    if (!ensureDir(m_dataDir, false, error) ||
        !ensureDir(m_dataDir + QStringLiteral("/keys"), true, error))
        return false;
    QByteArray pem = key.toPem();
    const bool ok = writePrivateFile(keyFile(id), pem, error);
    pem.fill('\0');
    return ok;
}

QSslKey AccountStore::readKey(const QString &id, QSsl::KeyAlgorithm algorithm) const
{
    QFile file(keyFile(id));
    if (!file.open(QIODevice::ReadOnly))
        return QSslKey();
#ifdef Q_OS_UNIX
    struct stat st;
    if (::fstat(file.handle(), &st) == 0 && (st.st_mode & 0077) != 0)
        qCWarning(lcAzure).noquote() << tr("The key file “%1” is readable by other users; make it "
                                           "private with: chmod 600 “%1”")
                                            .arg(file.fileName());
#endif
    QByteArray pem = file.readAll();
    QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
    pem.fill('\0');
    return key;
}

bool AccountStore::removeKey(const QString &id, QString *error) const
{
    QFile file(keyFile(id));
    if (file.exists() && !file.remove()) {
        if (error) {
            *error = tr("The subscription was forgotten, but its key file “%1” could not be "
                        "deleted (%2); delete it by hand.")
                         .arg(file.fileName(), file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace dockervm::azure
