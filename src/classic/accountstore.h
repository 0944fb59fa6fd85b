#pragma once

#include "classic/subscription.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace dockervm::classic {

// One remembered subscription with where and when it came from.
struct StoredAccount
{
    Subscription subscription; // privateKey null until loadKeys() (and when missing)
    QString sourceFile;        // the .publishsettings it was imported from
    QDateTime importedAt;      // UTC
    QSsl::KeyAlgorithm keyAlgorithm = QSsl::Rsa;
};

// Remembers imported subscriptions between runs.
//   <configDir>/accounts.json   id, name, endpoint, cloud, certificate (PEM), source file, import
//                               time, and the current subscription id. Never a private key.
//   private keys (PEM)          in the OS keychain (service "docker-vm", one item per
//                               subscription and data folder) when a keychain service answers;
//                               else (headless Linux without a Secret Service, or
//                               KeyStorage::Files, or DOCKERVM_SECRET_STORE=file) in
//                               <dataDir>/keys/<id>.key, folder 0700, file 0600 before any byte of
//                               the key is written. With the keychain, a key file found there is
//                               moved into the keychain and deleted once the keychain gave back the
//                               same bytes.
// Directories: the constructor arguments; when empty, $DOCKERVM_CONFIG_DIR / $DOCKERVM_DATA_DIR;
// when unset, QStandardPaths::AppConfigLocation / AppDataLocation. State is re-read from disk on
// every call, so two processes (wizard and command line) see each other's changes.
// The list is read synchronously; everything that touches a key is asynchronous (keychains answer
// over IPC): the callbacks run on the event loop, only while `context` lives.
class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(dockervm::classic::AccountStore)
public:
    enum class KeyStorage {
        Auto, // the keychain when one answers (asked once per process), else owner-only files
        Files // owner-only files, no notice (demo mode's throwaway store)
    };
    explicit AccountStore(QString configDir = {}, QString dataDir = {},
                          KeyStorage storage = KeyStorage::Auto);

    // How a key operation went. `notice` is set once per data folder, the first time keys go to
    // files because no keychain service answered: show it to the user.
    struct KeyOutcome
    {
        bool ok = true;
        QString error; // translated; names the subscription, the cause, the next step
        QString notice;
    };

    QString configDir() const { return m_configDir; }
    QString dataDir() const { return m_dataDir; }
    QString accountsFile() const;
    QString keyFile(const QString &id) const; // where the key lives without a keychain
    // The keychain item (service "docker-vm") of a subscription's key: one per id and data folder.
    QString keychainName(const QString &id) const;

    // Adds or replaces (same id) the given subscriptions; each must be valid (id, certificate,
    // key). When no current subscription is set, the first one becomes current. Keys first, then
    // the list: a failed key write leaves the list as it was.
    void importSubscriptions(const QList<Subscription> &subs, const QString &sourceFile,
                             QObject *context, std::function<void(const KeyOutcome &)> done);

    // The same, at once, for a KeyStorage::Files store (demo mode's throwaway subscription).
    bool importIntoFiles(const QList<Subscription> &subs, const QString &sourceFile,
                         QString *error);

    // Without private keys: see loadKeys().
    QList<Subscription> subscriptions() const;
    QList<StoredAccount> accounts() const; // same, with metadata

    // Fills in the private keys (null where none is kept). Migrates key files into the keychain.
    void loadKeys(const QList<StoredAccount> &accounts, QObject *context,
                  std::function<void(const QList<StoredAccount> &, const KeyOutcome &)> done) const;
    // One subscription with its key; outcome not ok when the key is missing or unreadable.
    void loadKey(const Subscription &subscription, QObject *context,
                 std::function<void(const Subscription &, const KeyOutcome &)> done) const;

    // By id (case-insensitive), else by exact name (case-insensitive) when that name is unique.
    // On failure *error says why (unknown, or which ids share the name).
    std::optional<Subscription> find(const QString &idOrName, QString *error = nullptr) const;

    // Accepts an id or a unique name.
    bool setCurrent(const QString &idOrName, QString *error);
    // Records `id` as current without looking it up here: the current account is shared by both
    // kinds (accounts/accounts.h), and an ARM subscription's id is not in this list.
    bool setCurrentId(const QString &id, QString *error);
    QString currentId() const; // empty when none
    std::optional<Subscription> current() const;

    // Forgets the subscription, then deletes its key. If it was current, the first remaining one
    // becomes current.
    void remove(const QString &id, QObject *context, std::function<void(const KeyOutcome &)> done);

private:
    struct Entry;
    struct State;
    bool readState(State *state, QString *error) const;
    bool writeState(const State &state, QString *error) const;
    StoredAccount toAccount(const Entry &entry) const;
    bool recordImport(const QList<Subscription> &subs, const QString &source, QString *error) const;

    struct Secrets;
    // Calls `then` with the key storage of this process (see KeyStorage) once it is known.
    void withSecrets(bool touchesKeys, QObject *context,
                     std::function<void(const Secrets &)> then) const;

    QString m_configDir;
    QString m_dataDir;
    KeyStorage m_storage;
};

} // namespace dockervm::classic
