#pragma once

#include "identity/armaccountstore.h"
#include "identity/devicecodeflow.h"
#include "identity/endpoints.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;

namespace dockervm::arm {
class ArmClient;
class ArmCatalogue;
} // namespace dockervm::arm
namespace dockervm::identity {
class TokenManager;
}

namespace dockervm::accounts {

// The token audience (ARM resource id) of a known cloud's Resource Manager endpoint: the public
// cloud's "https://management.core.windows.net/", Azure Government's
// "https://management.core.usgovcloudapi.net/", Azure operated by 21Vianet's
// "https://management.core.chinacloudapi.cn/" (azure-cli cloud.py active_directory_resource_id).
// Empty for any other endpoint (Azure Stack Hub, tests): the caller keeps what it has.
QString knownArmResource(const QUrl &armEndpoint);

// One sign-in to today's Azure, from the device code to saved accounts, for `docker-vm login` and
// the wizard's sign-in page alike:
//   1. identity::DeviceCodeFlow → codeReady() (show the message / code and the address), polls;
//   2. with the tokens: GET /tenants (unless a tenant was named), then GET /subscriptions in each
//      tenant (the refresh token redeemed for that tenant); tenants that refuse are skipped and
//      named in skippedTenants();
//   3. the Enabled subscriptions are saved as ARM accounts with the newest refresh token
//      (identity::ArmAccountStore), and the first becomes the current account unless one is.
// finished() comes exactly once, also after cancel(). Tokens are never logged.
class SignInSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        RequestingCode,       // POST /devicecode
        WaitingForUser,       // code shown, polling /token
        ListingSubscriptions, // signed in: tenants and subscriptions
        Saving,               // refresh token and accounts
        Done,
        Failed,
        Cancelled,
    };
    Q_ENUM(State)

    struct Options
    {
        identity::DeviceCodeFlow::Options flow;
        QString configDir; // empty: the stores' defaults
        QString dataDir;
        bool filesOnly = false;  // refresh tokens in owner-only files (demo mode)
        bool makeCurrent = true; // the first saved subscription becomes current unless one is
        int requestTimeoutMs = 60000;
    };

    SignInSession(QNetworkAccessManager *nam, identity::CloudEndpoints endpoints, Options options,
                  QObject *parent = nullptr);
    ~SignInSession() override;

    void start();
    void cancel();

    State state() const { return m_state; }
    bool isRunning() const;
    const identity::CloudEndpoints &endpoints() const { return m_endpoints; }
    identity::DeviceCode code() const { return m_code; }
    // The poll interval now (grows with slow_down).
    int pollIntervalSec() const;

    // After finished():
    identity::DeviceCodeResult::Error flowError() const { return m_flowError; }
    QString errorMessage() const { return m_error; }
    QString notice() const { return m_notice; } // tokens went to files (no keychain), once
    QString user() const { return m_user; }
    QString homeTenant() const { return m_homeTenant; }
    QList<identity::ArmSubscription> savedSubscriptions() const { return m_saved; }
    int hiddenNotEnabled() const { return m_hidden; }
    QStringList skippedTenants() const { return m_skipped; } // "tenant (why)"
    QString currentAccountId() const { return m_current; }   // qualified id after saving

signals:
    void stateChanged(dockervm::accounts::SignInSession::State state);
    void codeReady(const dockervm::identity::DeviceCode &code);
    void finished(bool ok);

private:
    void setState(State state);
    void onFlowFinished(const identity::DeviceCodeResult &result);
    void listTenants();
    void listSubscriptions(const QStringList &tenantIds);
    void nextTenant();
    void save();
    void fail(const QString &message);
    void end(State state);
    arm::ArmClient *makeClient(identity::TokenManager *tokens);

    QNetworkAccessManager *m_nam;
    identity::CloudEndpoints m_endpoints;
    Options m_options;
    State m_state = State::Idle;
    QPointer<identity::DeviceCodeFlow> m_flow;
    identity::DeviceCode m_code;
    identity::DeviceCodeResult::Error m_flowError = identity::DeviceCodeResult::Error::None;
    QObject *m_work = nullptr; // parent of the token managers, clients and jobs of this sign-in
    identity::TokenManager *m_tokens = nullptr;
    QByteArray m_refreshToken; // secret: the newest one
    QStringList m_tenantQueue;
    QList<identity::ArmSubscription> m_found;
    QList<identity::ArmSubscription> m_saved;
    QStringList m_skipped;
    QString m_firstError;
    int m_hidden = 0;
    QString m_user;
    QString m_homeTenant;
    QString m_error;
    QString m_notice;
    QString m_current;
};

} // namespace dockervm::accounts
