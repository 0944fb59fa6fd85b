#include "accounts/accounts.h"

#include <QObject>
#include <QStringList>

namespace dockervm::accounts {

namespace {
const QLatin1String kArmPrefix("arm:");
const QLatin1String kClassicPrefix("classic:");
} // namespace

QString AccountInfo::qualifiedId() const
{
    return (kind == cloud::Kind::ResourceManager ? QString(kArmPrefix) : QString(kClassicPrefix)) +
           id;
}

Accounts::Accounts(QString configDir, QString dataDir, bool filesOnly)
    : m_configDir(std::move(configDir)), m_dataDir(std::move(dataDir)), m_filesOnly(filesOnly)
{}

classic::AccountStore Accounts::classicStore() const
{
    return classic::AccountStore(m_configDir, m_dataDir,
                                 m_filesOnly ? classic::AccountStore::KeyStorage::Files
                                             : classic::AccountStore::KeyStorage::Auto);
}

identity::ArmAccountStore Accounts::armStore() const
{
    return identity::ArmAccountStore(m_configDir, m_dataDir,
                                     m_filesOnly ? identity::ArmAccountStore::SecretStorage::Files
                                                 : identity::ArmAccountStore::SecretStorage::Auto);
}

AccountInfo Accounts::fromArm(const identity::ArmAccount &a)
{
    AccountInfo info;
    info.kind = cloud::Kind::ResourceManager;
    info.id = a.subscriptionId;
    info.name = a.displayName;
    info.endpoint = a.endpoints.armEndpoint.toString();
    info.user = a.user;
    info.tenantId = a.tenantId;
    info.state = a.state;
    info.savedAt = a.savedAt;
    return info;
}

AccountInfo Accounts::fromClassic(const classic::StoredAccount &a)
{
    AccountInfo info;
    info.kind = cloud::Kind::Classic;
    info.id = a.subscription.id;
    info.name = a.subscription.name;
    info.endpoint = a.subscription.managementEndpoint.toString();
    info.savedAt = a.importedAt;
    return info;
}

QList<AccountInfo> Accounts::list(QString *error) const
{
    QList<AccountInfo> all;
    QString armError;
    for (const identity::ArmAccount &a : armStore().accounts(&armError))
        all.append(fromArm(a));
    if (error)
        *error = armError;
    for (const classic::StoredAccount &a : classicStore().accounts())
        all.append(fromClassic(a));
    const QString current = currentQualifiedId();
    for (AccountInfo &a : all) {
        a.current = a.kind == cloud::Kind::ResourceManager
                        ? current.compare(a.qualifiedId(), Qt::CaseInsensitive) == 0
                        : current.compare(a.id, Qt::CaseInsensitive) == 0;
    }
    return all;
}

QString Accounts::currentQualifiedId() const
{
    return classicStore().currentId();
}

std::optional<AccountInfo> Accounts::current() const
{
    for (const AccountInfo &a : list()) {
        if (a.current)
            return a;
    }
    return std::nullopt;
}

std::optional<AccountInfo> Accounts::find(const QString &idOrName, QString *error) const
{
    QString wanted = idOrName.trimmed();
    std::optional<cloud::Kind> only;
    if (wanted.startsWith(kArmPrefix, Qt::CaseInsensitive)) {
        only = cloud::Kind::ResourceManager;
        wanted = wanted.mid(kArmPrefix.size());
    } else if (wanted.startsWith(kClassicPrefix, Qt::CaseInsensitive)) {
        only = cloud::Kind::Classic;
        wanted = wanted.mid(kClassicPrefix.size());
    }
    const QList<AccountInfo> all = list();
    auto pick = [&](auto matches) {
        QList<AccountInfo> hits;
        for (const AccountInfo &a : all) {
            if ((!only || a.kind == *only) && matches(a))
                hits.append(a);
        }
        return hits;
    };
    QList<AccountInfo> hits =
        pick([&](const AccountInfo &a) { return a.id.compare(wanted, Qt::CaseInsensitive) == 0; });
    if (hits.isEmpty()) {
        hits = pick(
            [&](const AccountInfo &a) { return a.name.compare(wanted, Qt::CaseInsensitive) == 0; });
    }
    if (hits.size() == 1)
        return hits.first();
    if (error) {
        if (hits.isEmpty()) {
            *error = tr("No account has the id or name “%1”. List them with 'docker-vm account "
                        "list'; sign in with 'docker-vm login' or import a .publishsettings file "
                        "with 'docker-vm account import FILE'.")
                         .arg(idOrName);
        } else {
            QStringList ids;
            for (const AccountInfo &a : hits)
                ids.append(a.qualifiedId());
            *error = tr("“%1” names more than one account: %2. Use one of these ids instead.")
                         .arg(idOrName, ids.join(QStringLiteral(", ")));
        }
    }
    return std::nullopt;
}

bool Accounts::setCurrent(const QString &idOrName, QString *error) const
{
    const auto found = find(idOrName, error);
    return found && setCurrent(*found, error);
}

bool Accounts::setCurrent(const AccountInfo &account, QString *error) const
{
    classic::AccountStore classic = classicStore();
    return classic.setCurrentId(
        account.kind == cloud::Kind::ResourceManager ? account.qualifiedId() : account.id, error);
}

bool Accounts::setCurrentIfNone(const AccountInfo &account, QString *error) const
{
    if (current())
        return true;
    return setCurrent(account, error);
}

void Accounts::remove(const AccountInfo &account, QObject *context,
                      std::function<void(const Outcome &)> done) const
{
    const Accounts self = *this;
    const bool wasCurrent = current().has_value() && current()->kind == account.kind &&
                            current()->id.compare(account.id, Qt::CaseInsensitive) == 0;
    auto after = [self, wasCurrent, done](bool ok, const QString &error, const QString &notice) {
        Outcome outcome{ok, error, notice};
        if (ok && wasCurrent) {
            // The classic store already moved "current" to its first remaining subscription;
            // otherwise (or for an ARM account) the first remaining account of either kind.
            if (!self.current()) {
                const QList<AccountInfo> rest = self.list();
                QString why;
                if (!self.classicStore().setCurrentId(
                        rest.isEmpty() ? QString()
                                       : (rest.first().kind == cloud::Kind::ResourceManager
                                              ? rest.first().qualifiedId()
                                              : rest.first().id),
                        &why))
                    outcome = Outcome{false, why, notice};
            }
        }
        done(outcome);
    };
    if (account.kind == cloud::Kind::ResourceManager) {
        armStore().remove(account.id, context,
                          [after](const identity::ArmAccountStore::Outcome &o) {
                              after(o.ok, o.error, o.notice);
                          });
    } else {
        classicStore().remove(account.id, context,
                              [after](const classic::AccountStore::KeyOutcome &o) {
                                  after(o.ok, o.error, o.notice);
                              });
    }
}

} // namespace dockervm::accounts
