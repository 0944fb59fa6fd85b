#pragma once

#include "azure/subscription.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dockervm::azure {

// One remembered subscription with where and when it came from.
struct StoredAccount
{
    Subscription subscription; // privateKey loaded from its key file (null if missing)
    QString sourceFile;        // the .publishsettings it was imported from
    QDateTime importedAt;      // UTC
};

// Remembers imported subscriptions between runs.
//   <configDir>/accounts.json   id, name, endpoint, cloud, certificate (PEM), source file, import
//                               time, and the current subscription id. Never a private key.
//   <dataDir>/keys/<id>.key     the private key, PEM; folder 0700, file 0600 before any byte of the
//                               key is written.
// Directories: the constructor arguments; when empty, $DOCKERVM_CONFIG_DIR / $DOCKERVM_DATA_DIR;
// when unset, QStandardPaths::AppConfigLocation / AppDataLocation. State is re-read from disk on
// every call, so two processes (wizard and command line) see each other's changes.
// (A later issue moves keys to the OS keychain: only writeKey/readKey/removeKey know about files.)
class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(dockervm::azure::AccountStore)
public:
    explicit AccountStore(QString configDir = {}, QString dataDir = {});

    QString configDir() const { return m_configDir; }
    QString dataDir() const { return m_dataDir; }
    QString accountsFile() const;
    QString keyFile(const QString &id) const;

    // Adds or replaces (same id) the given subscriptions; each must be valid (id, certificate,
    // key). When no current subscription is set, the first one becomes current.
    bool importSubscriptions(const QList<Subscription> &subs, QString *error,
                             const QString &sourceFile = QString());

    QList<Subscription> subscriptions() const; // keys loaded
    QList<StoredAccount> accounts() const;     // same, with metadata

    // By id (case-insensitive), else by exact name (case-insensitive) when that name is unique.
    // On failure *error says why (unknown, or which ids share the name).
    std::optional<Subscription> find(const QString &idOrName, QString *error = nullptr) const;

    // Accepts an id or a unique name.
    bool setCurrent(const QString &idOrName, QString *error);
    QString currentId() const; // empty when none
    std::optional<Subscription> current() const;

    // Forgets the subscription and deletes its key file. If it was current, the first remaining
    // one becomes current.
    bool remove(const QString &id, QString *error);

private:
    struct Entry;
    struct State;
    bool readState(State *state, QString *error) const;
    bool writeState(const State &state, QString *error) const;
    StoredAccount toAccount(const Entry &entry) const;

    // The secret storage: swap these for a keychain later.
    bool writeKey(const QString &id, const QSslKey &key, QString *error) const;
    QSslKey readKey(const QString &id, QSsl::KeyAlgorithm algorithm) const;
    bool removeKey(const QString &id, QString *error) const;

    QString m_configDir;
    QString m_dataDir;
};

} // namespace dockervm::azure
