#pragma once

#include "identity/endpoints.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QObject;

namespace dockervm::identity {

class TokenManager;

// One subscription as ARM lists it (GET /subscriptions): what save() takes.
struct ArmSubscription
{
    QString subscriptionId;
    QString displayName;
    QString tenantId;
    QString state; // "Enabled", "Disabled", "Warned", "PastDue", "Deleted"
};

// Who signed in where: the key of a refresh token. `tenantId` is the tenant the device code flow
// ended in (the id_token's tid); the refresh token is redeemed against other tenants from there.
struct ArmSignIn
{
    QString user;     // preferred_username
    QString tenantId; // home tenant of the sign-in
    CloudEndpoints endpoints;
};

// A remembered ARM subscription ("account"). No secrets.
struct ArmAccount
{
    QString subscriptionId;
    QString displayName;
    QString tenantId; // the subscription's tenant
    QString user;
    QString state;
    QString signInTenant; // the sign-in's tenant (ArmSignIn::tenantId)
    // authority, clientId, armEndpoint, armResource, managementCaFile as signed in with; tenant =
    // the subscription's tenant (what a TokenManager for this account asks tokens for).
    CloudEndpoints endpoints;
    QDateTime savedAt; // UTC

    QString id() const { return subscriptionId; }
    bool isEnabled() const
    {
        return state.compare(QLatin1String("Enabled"), Qt::CaseInsensitive) == 0;
    }
    ArmSignIn signIn() const;
};

// Remembers ARM subscriptions and the sign-ins they came from between runs.
//   <configDir>/arm-accounts.json  the subscriptions: id, name, tenant, user, state, authority,
//                                  ARM endpoint and resource, client id, CA file. Never a token.
//   refresh tokens                 one per sign-in (user + sign-in tenant + authority), in the OS
//                                  keychain (service "docker-vm") when a keychain service answers,
//                                  else (no Secret Service, SecretStorage::Files or
//                                  DOCKERVM_SECRET_STORE=file) in <dataDir>/tokens/<hash>.token,
//                                  folder 0700, file 0600 before the first byte.
// Directories as classic::AccountStore: the constructor arguments; when empty, $DOCKERVM_CONFIG_DIR
// / $DOCKERVM_DATA_DIR; when unset, QStandardPaths::AppConfigLocation / AppDataLocation. The list
// is re-read from disk on every call (wizard and command line see each other's changes). Everything
// touching a token is asynchronous: callbacks run on the event loop, only while `context` lives.
// Which account is "current" is not kept here.
class ArmAccountStore
{
    Q_DECLARE_TR_FUNCTIONS(dockervm::identity::ArmAccountStore)
public:
    enum class SecretStorage {
        Auto, // the keychain when one answers (asked once per process), else owner-only files
        Files // owner-only files, no notice (demo mode)
    };
    struct Outcome
    {
        bool ok = true;
        QString error;  // translated: names the thing, the cause, the next step
        QString notice; // once per data folder: tokens went to files because no keychain answered
    };

    explicit ArmAccountStore(QString configDir = {}, QString dataDir = {},
                             SecretStorage storage = SecretStorage::Auto);

    QString configDir() const { return m_configDir; }
    QString dataDir() const { return m_dataDir; }
    QString accountsFile() const;
    // Where the sign-in's refresh token lives without a keychain, and its keychain item name.
    QString tokenFile(const ArmSignIn &signIn) const;
    QString keychainName(const ArmSignIn &signIn) const;

    // Stores the refresh token of `signIn`, then adds or replaces (same subscription id) the
    // subscriptions as accounts of that sign-in. A failed token write leaves the list as it was.
    void save(const ArmSignIn &signIn, const QList<ArmSubscription> &subscriptions,
              const QByteArray &refreshToken, QObject *context,
              std::function<void(const Outcome &)> done) const;

    QList<ArmAccount> accounts(QString *error = nullptr) const;
    // By subscription id (case-insensitive), else by display name when that name is unique.
    std::optional<ArmAccount> find(const QString &idOrName, QString *error = nullptr) const;
    // Forgets the account; the sign-in's refresh token goes too once no account uses it.
    void remove(const QString &id, QObject *context,
                std::function<void(const Outcome &)> done) const;

    void loadRefreshToken(const ArmAccount &account, QObject *context,
                          std::function<void(const QByteArray &token, const Outcome &)> done) const;
    // Replaces the sign-in's refresh token (after a rotation).
    void saveRefreshToken(const ArmSignIn &signIn, const QByteArray &refreshToken, QObject *context,
                          std::function<void(const Outcome &)> done) const;

    // A TokenManager for the account's tenant from the saved refresh token; every rotated refresh
    // token is written back. The caller owns the manager (nullptr with outcome.error on failure:
    // no token saved → sign in again).
    void makeTokenManager(const ArmAccount &account, QNetworkAccessManager *nam, QObject *context,
                          std::function<void(TokenManager *, const Outcome &)> done) const;

private:
    struct Secrets;
    void withSecrets(bool writing, QObject *context,
                     std::function<void(const Secrets &)> then) const;
    bool readAccounts(QList<ArmAccount> *out, QString *error) const;
    bool writeAccounts(const QList<ArmAccount> &accounts, QString *error) const;
    static QString signInHash(const ArmSignIn &signIn);

    QString m_configDir;
    QString m_dataDir;
    SecretStorage m_storage;
};

} // namespace dockervm::identity
