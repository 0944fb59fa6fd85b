#pragma once

#include "classic/accountstore.h"
#include "cloud/run.h"
#include "identity/armaccountstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace dockervm::accounts {

// One account of either kind, as `docker-vm account list` and the wizard's start page show it.
struct AccountInfo
{
    cloud::Kind kind = cloud::Kind::Classic;
    QString id;       // subscription id
    QString name;     // subscription name
    QString endpoint; // classic: management endpoint; ARM: Resource Manager endpoint
    QString user;     // ARM: who signed in; classic: empty (the certificate says who)
    QString tenantId; // ARM only
    QString state;    // ARM: Enabled, Disabled, …; classic: empty
    QDateTime savedAt;
    bool current = false;

    // "arm:<id>" / "classic:<id>": what the shared current-account field holds for ARM accounts
    // and what `account use` accepts to tell two kinds of the same subscription apart.
    QString qualifiedId() const;
};

// Both kinds of account behind one list with one current account:
//   classic  classic::AccountStore      accounts.json (+ keys), from .publishsettings files
//   ARM      identity::ArmAccountStore arm-accounts.json (+ refresh tokens), from `login`
// The current account is kept where the classic store always kept it (accounts.json "current"):
// a classic subscription by its plain id (as before), an ARM subscription as "arm:<id>" — which
// the classic store never matches, so classic code keeps seeing "no current classic
// subscription" then. Directories as the two stores (empty: environment, then the platform's).
class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(dockervm::accounts::Accounts)
public:
    struct Outcome
    {
        bool ok = true;
        QString error;
        QString notice;
    };

    explicit Accounts(QString configDir = {}, QString dataDir = {}, bool filesOnly = false);

    classic::AccountStore classicStore() const;
    identity::ArmAccountStore armStore() const;

    // ARM accounts first (today's Azure), then classic ones; each in its store's order.
    QList<AccountInfo> list(QString *error = nullptr) const;
    // The current account's qualified id ("arm:<id>" or a classic id); empty when none.
    QString currentQualifiedId() const;
    std::optional<AccountInfo> current() const;
    // By id, qualified id ("arm:…", "classic:…") or unique name, over both kinds. An id or name
    // both kinds know is refused as ambiguous (the message names the qualified ids to use).
    std::optional<AccountInfo> find(const QString &idOrName, QString *error = nullptr) const;
    bool setCurrent(const QString &idOrName, QString *error) const;
    bool setCurrent(const AccountInfo &account, QString *error) const;
    // Makes `account` current unless some account already is (a first import or sign-in).
    bool setCurrentIfNone(const AccountInfo &account, QString *error) const;
    // Forgets the account (and its key or, when no other account uses it, its refresh token). If
    // it was current, the first remaining account (either kind) becomes current.
    void remove(const AccountInfo &account, QObject *context,
                std::function<void(const Outcome &)> done) const;

    static AccountInfo fromArm(const identity::ArmAccount &a);
    static AccountInfo fromClassic(const classic::StoredAccount &a);

private:
    QString m_configDir;
    QString m_dataDir;
    bool m_filesOnly;
};

} // namespace dockervm::accounts
