#include "identity/armaccountstore.h"

#include "common/privatefile.h"
#include "common/secretstore.h"
#include "identity/oauth.h"
#include "identity/tokenmanager.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <memory>

namespace dockervm::identity {

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

QString normalizedAuthority(const QUrl &authority)
{
    QString s = authority.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
                    .toString(QUrl::FullyEncoded);
    return s.toLower();
}

void later(QObject *context, std::function<void()> f)
{
    QMetaObject::invokeMethod(context, std::move(f), Qt::QueuedConnection);
}

} // namespace

ArmSignIn ArmAccount::signIn() const
{
    ArmSignIn s;
    s.user = user;
    s.tenantId = signInTenant;
    s.endpoints = endpoints;
    s.endpoints.tenant = signInTenant;
    return s;
}

struct ArmAccountStore::Secrets
{
    std::shared_ptr<SecretStore> keychain; // null: tokens live in files
    std::shared_ptr<SecretStore> files;    // <dataDir>/tokens
    QString notice;
};

ArmAccountStore::ArmAccountStore(QString configDir, QString dataDir, SecretStorage storage)
    : m_configDir(pick(configDir, "DOCKERVM_CONFIG_DIR", QStandardPaths::AppConfigLocation)),
      m_dataDir(pick(dataDir, "DOCKERVM_DATA_DIR", QStandardPaths::AppDataLocation)),
      m_storage(storage)
{}

QString ArmAccountStore::accountsFile() const
{
    return m_configDir + QStringLiteral("/arm-accounts.json");
}

QString ArmAccountStore::signInHash(const ArmSignIn &signIn)
{
    const QString key = normalizedAuthority(signIn.endpoints.authority) + QLatin1Char('\n') +
                        signIn.tenantId.toLower() + QLatin1Char('\n') + signIn.user.toLower();
    return QString::fromLatin1(
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(40));
}

QString ArmAccountStore::tokenFile(const ArmSignIn &signIn) const
{
    return m_dataDir + QStringLiteral("/tokens/") + signInHash(signIn) + QStringLiteral(".token");
}

QString ArmAccountStore::keychainName(const ArmSignIn &signIn) const
{
    // One item per sign-in and data folder: a test's folder never shares the user's items.
    return QStringLiteral("entra-refresh-token %1 %2").arg(signInHash(signIn), m_dataDir);
}

bool ArmAccountStore::readAccounts(QList<ArmAccount> *out, QString *error) const
{
    out->clear();
    QFile file(accountsFile());
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("Cannot read the list of Azure sign-ins “%1”: %2.")
                         .arg(file.fileName(), file.errorString());
        }
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error) {
            *error = tr("The list of Azure sign-ins “%1” is damaged (%2). Move it away and sign "
                        "in again.")
                         .arg(file.fileName(), parseError.errorString());
        }
        return false;
    }
    const QJsonArray list = doc.object().value(QLatin1String("accounts")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        auto str = [&o](const char *k) {
            return o.value(QLatin1String(k)).toString();
        };
        ArmAccount a;
        a.subscriptionId = str("subscriptionId");
        if (a.subscriptionId.isEmpty())
            continue;
        a.displayName = str("displayName");
        a.tenantId = str("tenantId");
        a.user = str("user");
        a.state = str("state");
        a.signInTenant = str("signInTenant");
        a.endpoints.authority = QUrl(str("authority"));
        a.endpoints.tenant = a.tenantId;
        a.endpoints.clientId = str("clientId");
        a.endpoints.armEndpoint = QUrl(str("armEndpoint"));
        a.endpoints.armResource = str("armResource");
        a.endpoints.managementCaFile = str("managementCaFile");
        a.savedAt = QDateTime::fromString(str("savedAt"), Qt::ISODate);
        out->append(a);
    }
    return true;
}

bool ArmAccountStore::writeAccounts(const QList<ArmAccount> &accounts, QString *error) const
{
    if (!privatefile::ensureDir(m_configDir, false, error))
        return false;
    QJsonArray list;
    for (const ArmAccount &a : accounts) {
        list.append(QJsonObject{
            {QStringLiteral("subscriptionId"), a.subscriptionId},
            {QStringLiteral("displayName"), a.displayName},
            {QStringLiteral("tenantId"), a.tenantId},
            {QStringLiteral("user"), a.user},
            {QStringLiteral("state"), a.state},
            {QStringLiteral("signInTenant"), a.signInTenant},
            {QStringLiteral("authority"), a.endpoints.authority.toString()},
            {QStringLiteral("armEndpoint"), a.endpoints.armEndpoint.toString()},
            {QStringLiteral("armResource"), a.endpoints.armResource},
            {QStringLiteral("clientId"), a.endpoints.clientId},
            {QStringLiteral("managementCaFile"), a.endpoints.managementCaFile},
            {QStringLiteral("savedAt"), a.savedAt.toUTC().toString(Qt::ISODate)},
        });
    }
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("accounts"), list}};
    return privatefile::write(accountsFile(), QJsonDocument(root).toJson(QJsonDocument::Indented),
                              error);
}

QList<ArmAccount> ArmAccountStore::accounts(QString *error) const
{
    QList<ArmAccount> list;
    readAccounts(&list, error);
    return list;
}

std::optional<ArmAccount> ArmAccountStore::find(const QString &idOrName, QString *error) const
{
    QList<ArmAccount> list;
    if (!readAccounts(&list, error))
        return std::nullopt;
    const QString key = idOrName.trimmed();
    for (const ArmAccount &a : std::as_const(list)) {
        if (a.subscriptionId.compare(key, Qt::CaseInsensitive) == 0)
            return a;
    }
    QList<ArmAccount> named;
    for (const ArmAccount &a : std::as_const(list)) {
        if (a.displayName.compare(key, Qt::CaseInsensitive) == 0)
            named.append(a);
    }
    if (named.size() == 1)
        return named.first();
    if (error) {
        if (named.isEmpty()) {
            *error = tr("No Azure subscription has the id or name “%1”. Sign in again or pick "
                        "one from the list of accounts.")
                         .arg(key);
        } else {
            QStringList ids;
            for (const ArmAccount &a : std::as_const(named))
                ids.append(a.subscriptionId);
            *error = tr("Several Azure subscriptions are named “%1” (%2); give the id instead.")
                         .arg(key, ids.join(QStringLiteral(", ")));
        }
    }
    return std::nullopt;
}

void ArmAccountStore::withSecrets(bool writing, QObject *context,
                                  std::function<void(const Secrets &)> then) const
{
    const QString tokensDir = m_dataDir + QStringLiteral("/tokens");
    const QString dataDir = m_dataDir;
    auto files = std::shared_ptr<SecretStore>(SecretStore::files(tokensDir));
    if (m_storage == SecretStorage::Files) {
        later(context, [then, files] { then(Secrets{nullptr, files, {}}); });
        return;
    }
    SecretStore::probe(context, [then, files, tokensDir, dataDir,
                                 writing](SecretStore::Availability a) {
        if (a == SecretStore::Availability::Keychain) {
            then(Secrets{
                std::shared_ptr<SecretStore>(SecretStore::keychain(QStringLiteral("docker-vm"))),
                files,
                {}});
            return;
        }
        Secrets s{nullptr, files, {}};
        const QString marker = dataDir + QStringLiteral("/no-keychain-notice-shown-tokens");
        if (a == SecretStore::Availability::NoService && writing && !QFile::exists(marker)) {
            s.notice = tr("No keychain service is available (no Secret Service on the session "
                          "bus), so Azure sign-in tokens are kept in owner-only files in %1. "
                          "Install and unlock a keyring such as gnome-keyring to keep them in "
                          "the keychain.")
                           .arg(QDir::toNativeSeparators(tokensDir));
            QString ignored;
            if (privatefile::ensureDir(dataDir, false, &ignored))
                privatefile::write(marker, QByteArray(), &ignored);
        }
        then(s);
    });
}

void ArmAccountStore::saveRefreshToken(const ArmSignIn &signIn, const QByteArray &refreshToken,
                                       QObject *context,
                                       std::function<void(const Outcome &)> done) const
{
    const QString fileName = QFileInfo(tokenFile(signIn)).fileName();
    const QString item = keychainName(signIn);
    withSecrets(true, context, [=](const Secrets &secrets) {
        SecretStore *store = secrets.keychain ? secrets.keychain.get() : secrets.files.get();
        SecretJob *job = store->write(secrets.keychain ? item : fileName, refreshToken);
        const QString where = store->location();
        // The stores stay alive until the job finished (captured).
        QObject::connect(job, &SecretJob::finished, context, [=](SecretJob *j) {
            Q_UNUSED(secrets);
            if (j->ok())
                return done(Outcome{true, {}, secrets.notice});
            done(Outcome{false,
                         tr("Cannot store the Azure sign-in of %1 in %2: %3")
                             .arg(signIn.user, where, j->errorString()),
                         secrets.notice});
        });
    });
}

void ArmAccountStore::save(const ArmSignIn &signIn, const QList<ArmSubscription> &subscriptions,
                           const QByteArray &refreshToken, QObject *context,
                           std::function<void(const Outcome &)> done) const
{
    auto failNow = [context, done](const QString &text) {
        later(context, [done, text] { done(Outcome{false, text, {}}); });
    };
    if (signIn.user.isEmpty() || signIn.tenantId.isEmpty())
        return failNow(tr("The sign-in names no user or tenant; nothing was saved. Sign in "
                          "again."));
    if (refreshToken.isEmpty())
        return failNow(tr("The sign-in of %1 returned no refresh token (was offline_access "
                          "granted?); nothing was saved.")
                           .arg(signIn.user));
    if (subscriptions.isEmpty())
        return failNow(tr("%1 has no Azure subscription in the tenants it can reach; nothing was "
                          "saved. Ask for access to a subscription, then sign in again.")
                           .arg(signIn.user));
    for (const ArmSubscription &s : subscriptions) {
        if (s.subscriptionId.isEmpty() || s.tenantId.isEmpty())
            return failNow(tr("Subscription “%1” lacks an id or a tenant; nothing was saved.")
                               .arg(s.displayName));
    }
    QString error;
    QList<ArmAccount> probe;
    if (!readAccounts(&probe, &error))
        return failNow(error);
    const ArmAccountStore self = *this;
    saveRefreshToken(signIn, refreshToken, context, [=](const Outcome &written) {
        if (!written.ok)
            return done(written);
        QList<ArmAccount> list;
        QString why;
        if (!self.readAccounts(&list, &why))
            return done(Outcome{false, why, written.notice});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const ArmSubscription &s : subscriptions) {
            ArmAccount a;
            a.subscriptionId = s.subscriptionId;
            a.displayName = s.displayName;
            a.tenantId = s.tenantId;
            a.user = signIn.user;
            a.state = s.state;
            a.signInTenant = signIn.tenantId;
            a.endpoints = signIn.endpoints;
            a.endpoints.tenant = s.tenantId;
            a.savedAt = now;
            bool replaced = false;
            for (ArmAccount &old : list) {
                if (old.subscriptionId.compare(s.subscriptionId, Qt::CaseInsensitive) == 0) {
                    old = a;
                    replaced = true;
                }
            }
            if (!replaced)
                list.append(a);
        }
        if (!self.writeAccounts(list, &why))
            return done(Outcome{false, why, written.notice});
        qCInfo(lcIdentity) << "arm accounts: saved" << subscriptions.size()
                           << "subscription(s) of one sign-in into" << self.m_configDir;
        done(Outcome{true, {}, written.notice});
    });
}

void ArmAccountStore::loadRefreshToken(
    const ArmAccount &account, QObject *context,
    std::function<void(const QByteArray &, const Outcome &)> done) const
{
    const ArmSignIn signIn = account.signIn();
    const QString fileName = QFileInfo(tokenFile(signIn)).fileName();
    const QString item = keychainName(signIn);
    const QString who = account.user;
    const QString subscription =
        account.displayName.isEmpty() ? account.subscriptionId : account.displayName;
    withSecrets(false, context, [=](const Secrets &secrets) {
        auto finish = [=](SecretJob *j, const QString &where) {
            if (j->ok() && !j->data().isEmpty())
                return done(j->data(), Outcome{});
            if (j->ok() || j->error() == SecretJob::Error::NotFound) {
                return done({}, Outcome{false,
                                        tr("No saved sign-in of %1 for subscription “%2”. Sign in "
                                           "again.")
                                            .arg(who, subscription),
                                        {}});
            }
            done({}, Outcome{false,
                             tr("Cannot read the saved sign-in of %1 from %2: %3")
                                 .arg(who, where, j->errorString()),
                             {}});
        };
        auto fromFiles = [=] {
            SecretJob *f = secrets.files->read(fileName);
            QObject::connect(f, &SecretJob::finished, context,
                             [=](SecretJob *j) { finish(j, secrets.files->location()); });
        };
        if (!secrets.keychain)
            return fromFiles();
        SecretJob *k = secrets.keychain->read(item);
        QObject::connect(k, &SecretJob::finished, context, [=](SecretJob *j) {
            // Saved while no keychain answered: the file is still the place to look.
            if (j->error() == SecretJob::Error::NotFound)
                return fromFiles();
            finish(j, secrets.keychain->location());
        });
    });
}

void ArmAccountStore::remove(const QString &id, QObject *context,
                             std::function<void(const Outcome &)> done) const
{
    QList<ArmAccount> list;
    QString error;
    if (!readAccounts(&list, &error))
        return later(context, [done, error] { done(Outcome{false, error, {}}); });
    qsizetype index = -1;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).subscriptionId.compare(id.trimmed(), Qt::CaseInsensitive) == 0)
            index = i;
    }
    if (index < 0) {
        error = tr("No Azure subscription has the id “%1”; nothing was removed.").arg(id);
        return later(context, [done, error] { done(Outcome{false, error, {}}); });
    }
    const ArmAccount gone = list.takeAt(index);
    if (!writeAccounts(list, &error))
        return later(context, [done, error] { done(Outcome{false, error, {}}); });
    const QString hash = signInHash(gone.signIn());
    for (const ArmAccount &a : std::as_const(list)) {
        if (signInHash(a.signIn()) == hash)
            return later(context, [done] { done(Outcome{}); }); // the sign-in is still used
    }
    const QString fileName = QFileInfo(tokenFile(gone.signIn())).fileName();
    const QString item = keychainName(gone.signIn());
    withSecrets(false, context, [=](const Secrets &secrets) {
        SecretJob *f = secrets.files->remove(fileName);
        QObject::connect(f, &SecretJob::finished, context, [=](SecretJob *fj) {
            auto finish = [=](SecretJob *j, const QString &where) {
                if (j->ok() || j->error() == SecretJob::Error::NotFound)
                    return done(Outcome{});
                done(Outcome{false,
                             tr("The subscription was forgotten, but the sign-in token of %1 "
                                "could not be deleted from %2: %3")
                                 .arg(gone.user, where, j->errorString()),
                             {}});
            };
            if (!secrets.keychain || !fj->ok())
                return finish(fj, secrets.files->location());
            SecretJob *k = secrets.keychain->remove(item);
            QObject::connect(k, &SecretJob::finished, context,
                             [=](SecretJob *kj) { finish(kj, secrets.keychain->location()); });
        });
    });
}

void ArmAccountStore::makeTokenManager(
    const ArmAccount &account, QNetworkAccessManager *nam, QObject *context,
    std::function<void(TokenManager *, const Outcome &)> done) const
{
    const ArmAccountStore self = *this;
    loadRefreshToken(account, context, [=](const QByteArray &token, const Outcome &loaded) {
        if (!loaded.ok)
            return done(nullptr, loaded);
        auto *manager = new TokenManager(nam, account.endpoints, token);
        const ArmSignIn signIn = account.signIn();
        manager->setRefreshTokenSink([self, signIn, manager](const QByteArray &rotated) {
            self.saveRefreshToken(signIn, rotated, manager, [](const Outcome &o) {
                if (!o.ok)
                    qCWarning(lcIdentity).noquote() << o.error;
            });
        });
        done(manager, Outcome{});
    });
}

} // namespace dockervm::identity
