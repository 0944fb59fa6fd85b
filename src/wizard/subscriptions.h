#pragma once

#include "classic/accountstore.h"
#include "classic/managementclient.h"
#include "classic/provisioner.h"
#include "classic/subscription.h"
#include "provision/unfinishedruns.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSslKey>
#include <QString>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace dockervm::wizard {

// The wizard's subscriptions: the imported accounts, the current subscription and the one
// ManagementClient every remote call of the wizard goes through, and the clean-up of runs that an
// earlier start left unfinished.
//
// Client lifetime is explicit: whoever uses client() for longer than a call (a name check, the
// clean-up, a create run) holds it with holdClient() until done. While anything holds it, a switch
// of subscription (which replaces the client) is refused with errorKind() ClientBusy and a message
// saying what to wait for; the refusal clears itself when the last holder lets go.
class Subscriptions : public QObject
{
    Q_OBJECT
public:
    enum class Error { None, Import, Store, KeyMissing, NotFound, ClientBusy, ManagementCa };
    Q_ENUM(Error)

    struct Options
    {
        QString accountConfigDir; // empty: the user's (see AccountStore)
        QString accountDataDir;
        classic::AccountStore::KeyStorage keyStorage = classic::AccountStore::KeyStorage::Auto;
        QNetworkAccessManager *networkAccessManager = nullptr; // required
        classic::ManagementClient::Options client;
        classic::Provisioner::Options provisioner; // for the clean-up (journal folder, timing)
        // A CA certificate file (PEM) trusted for every account's endpoint on top of the system
        // store (docker-vm-wizard --management-ca FILE); an account's own choice comes first.
        QString managementCaFile;
        // Where each account's CA file is remembered ("accounts/<id>/managementCa"); may be null.
        QSettings *settings = nullptr;
    };

    explicit Subscriptions(Options options, QObject *parent = nullptr);
    ~Subscriptions() override;

    QList<classic::Subscription> subscriptions() const { return m_subscriptions; } // without keys
    QList<classic::StoredAccount> accounts() const { return m_store.accounts(); }
    classic::Subscription current() const { return m_current; }
    QString currentId() const { return m_current.id; }
    Error errorKind() const { return m_errorKind; }
    QString error() const { return m_error; } // translated; empty with Error::None
    QStringList warnings() const { return m_warnings; }
    // Said once per data folder when keys go to owner-only files because no keychain service
    // answered (headless Linux); the subscription page shows it. Empty otherwise.
    QString keyStorageNotice() const { return m_keyNotice; }

    // Parses a .publishsettings file (synchronously: at most 1 MiB), then remembers its
    // subscriptions (AccountStore; asynchronously, the keys may go to the keychain) and selects the
    // first one: subscriptionsChanged() and currentChanged() follow, or errorChanged(). False at
    // once with error() set (names the file, the cause, the next step) when the file is refused.
    bool importPublishSettings(const QString &path);
    // Makes `id` current (a new client). False with error() set; refused while isBusy(). While
    // the keys are still loading (after reload()) the selection waits for them.
    bool select(const QString &id);
    // Re-reads the store, loads the keys (asynchronously), then selects the current subscription,
    // else `preferredId`, else the store's current one, else the first.
    void reload(const QString &preferredId = QString());
    bool isLoadingKeys() const { return m_loadingKeys; }

    classic::ManagementClient *client() const { return m_client.get(); }

    // The CA certificate file (PEM) trusted for the current account's management endpoint, for a
    // private endpoint or a simulator with its own CA: the account's remembered choice, else the
    // command line's. setManagementCaFile() checks the file, remembers it for the current account
    // (empty: forget) and makes a new client that trusts it; false with error() set
    // (Error::ManagementCa) when the file holds no certificate, or refused while isBusy().
    QString managementCaFile() const;
    bool setManagementCaFile(const QString &path);

    // Client users. holdClient() until the work is done; releaseClient() (or the user's
    // destruction) lets go. isBusy() while anything holds the client.
    void holdClient(QObject *user);
    void releaseClient(QObject *user);
    bool isBusy() const { return !m_users.isEmpty(); }

    // Earlier runs that left resources behind, and their clean-up with the current client.
    provision::UnfinishedRuns *unfinishedRuns() const { return m_unfinished; }
    // False when no subscription is selected or a clean-up runs already.
    bool cleanUpUnfinishedRuns();

signals:
    void subscriptionsChanged();
    void currentChanged();
    void errorChanged();
    // Before the current client goes away: abort what runs on it.
    void clientAboutToChange();
    void busyChanged();
    void keysLoaded(); // after reload(): client() exists when a usable subscription is selected

private:
    bool fail(Error kind, const QString &text);
    void clearError();
    QString busyMessage() const;
    QString accountCaFile(const QString &id) const;
    void makeClient();
    void takeKeyOutcome(const classic::AccountStore::KeyOutcome &outcome);

    Options m_options;
    classic::AccountStore m_store;
    std::unique_ptr<classic::ManagementClient> m_client;
    provision::UnfinishedRuns *m_unfinished = nullptr;
    QList<classic::Subscription> m_subscriptions;
    classic::Subscription m_current;
    Error m_errorKind = Error::None;
    QString m_error;
    QStringList m_warnings;
    QString m_keyNotice;
    QHash<QString, QSslKey> m_keys; // by lower-case id, as loaded from the store
    bool m_loadingKeys = false;
    QString m_pendingSelection;
    QSet<QObject *> m_users;
};

} // namespace dockervm::wizard
