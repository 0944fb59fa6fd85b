#pragma once

#include "accounts/accounts.h"
#include "accounts/signinsession.h"
#include "identity/devicecodeflow.h"
#include "identity/endpoints.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace dockervm::wizard {

// The sign-in page without a widget: the Entra ID device code flow as a state machine the page
// shows (the code, the address from the server's reply, the time left, what it waits for, what
// went wrong and "start over"), the Advanced endpoints (authority, Resource Manager endpoint,
// tenant, extra CA) and then the subscriptions the sign-in saved, to choose from. The work itself
// is accounts::SignInSession, the same as `docker-vm login`.
class SignIn : public QObject
{
    Q_OBJECT
public:
    enum class Phase {
        Idle,           // not started (or saved accounts to choose from)
        RequestingCode, // asking the sign-in server for a code
        WaitingForUser, // the code is shown; polling
        Finishing,      // signed in: listing tenants and subscriptions, saving
        SignedIn,       // subscriptions saved: choose one
        Failed,         // error(): expired, declined, refused, unreachable…; startOver()
    };
    Q_ENUM(Phase)

    struct Options
    {
        QNetworkAccessManager *networkAccessManager = nullptr; // required
        QString accountConfigDir; // empty: the user's (see accounts::Accounts)
        QString accountDataDir;
        bool filesOnly = false;                 // refresh tokens in owner-only files (demo)
        identity::CloudEndpoints endpoints;     // the defaults the Advanced fields start with
        identity::DeviceCodeFlow::Options flow; // tests shrink the poll timing
    };

    explicit SignIn(Options options, QObject *parent = nullptr);
    ~SignIn() override;

    // --- Advanced (apply to the next start) -----------------------------------------------------
    identity::CloudEndpoints endpoints() const { return m_endpoints; }
    // Each returns an empty string when the value is taken, else a translated message naming the
    // field and the fix (the value is not taken then).
    QString setAuthority(const QString &url);
    QString setArmEndpoint(const QString &url);
    QString setTenant(const QString &tenant); // empty: "organizations" (your home tenant)
    QString setManagementCaFile(const QString &path);
    QString setClientId(const QString &clientId);
    // True when any field differs from the public Azure cloud's defaults.
    bool isCustomCloud() const;

    // --- the flow ------------------------------------------------------------------------------
    void start();     // no effect while running
    void cancel();    // back to Idle (nothing saved)
    void startOver(); // cancel + start with a fresh code
    Phase phase() const { return m_phase; }
    bool isRunning() const
    {
        return m_phase == Phase::RequestingCode || m_phase == Phase::WaitingForUser ||
               m_phase == Phase::Finishing;
    }
    QString userCode() const { return m_code.userCode; }
    QUrl verificationUri() const { return m_code.verificationUri; }
    QString serverMessage() const { return m_code.message; } // the server's own sentence
    QDateTime expiresAt() const { return m_code.expiresAt; }
    int secondsLeft() const; // until the code expires; 0 when none
    int pollIntervalSec() const;
    // One line for the page: what happens now ("Waiting for you to sign in… the code expires in
    // 14:12"), translated.
    QString statusText() const;
    QString error() const { return m_error; }
    identity::DeviceCodeResult::Error errorKind() const { return m_errorKind; }
    QString notice() const { return m_notice; }
    QString user() const { return m_user; }
    QStringList skippedTenants() const { return m_skipped; }

    // --- choosing ------------------------------------------------------------------------------
    // The ARM accounts saved (by this sign-in and earlier ones), for the page's list.
    QList<accounts::AccountInfo> accounts() const;
    QString selectedId() const { return m_selected; }
    std::optional<accounts::AccountInfo> selected() const;
    // Makes the subscription the current account (shared with the command line). False with
    // error() set.
    bool select(const QString &subscriptionId);

signals:
    void phaseChanged();
    void codeChanged();
    void tick(); // once a second while a code is shown (secondsLeft() changed)
    void accountsChanged();
    void selectionChanged();
    void errorChanged();
    void signedIn();

private:
    void setPhase(Phase phase);
    void setError(const QString &text, identity::DeviceCodeResult::Error kind);
    void onFinished(bool ok);
    accounts::Accounts store() const;

    Options m_options;
    identity::CloudEndpoints m_endpoints;
    QPointer<accounts::SignInSession> m_session;
    identity::DeviceCode m_code;
    QTimer m_tick;
    Phase m_phase = Phase::Idle;
    QString m_error;
    identity::DeviceCodeResult::Error m_errorKind = identity::DeviceCodeResult::Error::None;
    QString m_notice;
    QString m_user;
    QStringList m_skipped;
    QString m_selected;
};

} // namespace dockervm::wizard
