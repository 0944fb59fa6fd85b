#pragma once

#include "certs/dockertlsstore.h"
#include "classic/managementclient.h"
#include "classic/provisioner.h"
#include "cloud/cloud.h"
#include "identity/devicecodeflow.h"
#include "identity/endpoints.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace dockervm::wizard {

class Catalogue;
class ConnectionTarget;
class ProvisioningSession;
class SignIn;
class Subscriptions;

// The state of the wizard, without a widget: a thin façade over its parts, which the pages read
// and write directly —
//   subscriptions(): accounts, import, the current subscription and its client, the clean-up;
//   catalogue():     regions, images, sizes;
//   session():       the VM spec inputs and their validation, the review, the create run;
//   connection():    which host the connection page checks.
// The façade owns what spans the parts: the page the wizard is on, where Next goes, whether a
// page is complete, the asynchronous advance (the name check), the busy state, and the settings
// (what the pages remember, window geometry). The unit tests drive it headlessly.
class SetupController : public QObject
{
    Q_OBJECT
public:
    enum class Page {
        Welcome,
        Subscription,
        Region,
        Image,
        VirtualMachine,
        Docker,
        Review,
        Progress,
        Connection,
        SignIn, // today's Azure: after Welcome instead of Subscription (see Access)
    };
    Q_ENUM(Page)
    enum class Mode { NewHost, CheckExisting };
    Q_ENUM(Mode)
    // How the wizard reaches Azure: sign in (Entra ID, Resource Manager) or a .publishsettings
    // file (classic Service Management, as in the 2014 article).
    enum class Access { SignIn, PublishSettings };
    Q_ENUM(Access)

    struct Options
    {
        bool demo = false;
        // AccountStore folders; empty: the user's (DOCKERVM_CONFIG_DIR / AppConfigLocation).
        QString accountConfigDir;
        QString accountDataDir;
        // Settings file (INI); empty: the application's native QSettings.
        QString settingsFile;
        // The certificate folder proposed when the settings hold none; empty: ~/.docker.
        QString defaultCertDir;
        // Injected network manager (demo mode's loopback guard, tests); null: the controller
        // owns one.
        QNetworkAccessManager *networkAccessManager = nullptr;
        classic::ManagementClient::Options client;
        classic::Provisioner::Options provisioner;
        certs::KeyType keyType = certs::KeyType::Rsa4096;
        int nameDebounceMs = 400;
        // docker-vm-wizard --management-ca FILE: trusted for every account without its own.
        QString managementCaFile;
        // DOCKER_CONFIG for `docker context create` (demo mode: a folder of its own, so the real
        // ~/.docker is never written); empty: the docker CLI's default.
        QString dockerConfigDir;
        // Sign-in: the endpoints the sign-in page starts with (demo: the simulators') and the
        // device code flow's timing (tests).
        identity::CloudEndpoints signInEndpoints;
        identity::DeviceCodeFlow::Options signInFlow;
    };

    explicit SetupController(Options options, QObject *parent = nullptr);
    explicit SetupController(QObject *parent = nullptr);
    ~SetupController() override;

    const Options &options() const { return m_options; }
    bool isDemo() const { return m_options.demo; }

    Subscriptions *subscriptions() const { return m_subscriptions; }
    Catalogue *catalogue() const { return m_catalogue; }
    ProvisioningSession *session() const { return m_session; }
    ConnectionTarget *connection() const { return m_connection; }
    SignIn *signIn() const { return m_signIn; }
    // The current account's cloud, which the later pages go through (the catalogue, the name
    // check, the field rules, the create run); null while no usable account is chosen. Signing
    // in: an arm::ArmCloud for the subscription chosen on the sign-in page (opened as the command
    // line does: a token manager from the saved refresh token, the account's endpoints and
    // management CA); the classic import: a ClassicCloud over Subscriptions' client.
    cloud::Cloud *cloud() const;
    // Why the signed-in subscription's cloud could not be opened (no saved token, a bad CA
    // file…), translated; empty while it opens or opened.
    QString cloudError() const { return m_armError; }

    // Remote calls in flight (catalogue loads, the name check, a create run).
    bool isBusy() const { return m_busy; }

    // Navigation. The wizard asks the controller where to go and whether it may leave a page.
    Page currentPage() const { return m_page; }
    void setCurrentPage(Page page);
    Page nextPage(Page page) const;
    // Whether the page holds everything it needs for Next (drives QWizardPage::isComplete()).
    bool isPageComplete(Page page) const;
    // The async validatePage() idiom: true when the page may be left now. Otherwise false; when a
    // check had to be started (e.g. the name availability), advanceReady(page) follows once it
    // passed, or the error text of the area says why not.
    bool requestAdvance(Page page);
    bool isAdvancePending() const { return m_pendingAdvance >= 0; }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // Sign in by default; the .publishsettings import when the current account is a classic one
    // (the user came that way before).
    Access access() const { return m_access; }
    void setAccess(Access access);

    // Re-reads the subscriptions, preferring the one remembered in the settings.
    void reloadSubscriptions();
    // Remembers the choices and starts the create run (Review's Create).
    void startProvisioning();

    // Settings facade (window geometry, and what the pages remember).
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QSettings *settings() const { return m_settings.get(); }

signals:
    void currentPageChanged();
    // cloud() may return another cloud now (an ARM subscription opened, the access changed).
    void cloudChanged();
    void modeChanged();
    void accessChanged();
    void busyChanged();
    // Any change that may flip isPageComplete().
    void completeChanged();
    // The check requestAdvance(page) started has passed: the wizard moves on.
    void advanceReady(dockervm::wizard::SetupController::Page page);

private:
    void updateBusy();
    void onSubscriptionChanged();
    void finishAdvance(Page page, bool ok);
    void saveChoices();
    // Opens the ArmCloud of the sign-in page's chosen subscription (asynchronously).
    void openArmCloud();
    void onCloudChanged();
    void dropArmScope();

    Options m_options;
    std::unique_ptr<QSettings> m_settings;
    QNetworkAccessManager *m_nam = nullptr;
    Subscriptions *m_subscriptions = nullptr;
    Catalogue *m_catalogue = nullptr;
    ProvisioningSession *m_session = nullptr;
    ConnectionTarget *m_connection = nullptr;
    SignIn *m_signIn = nullptr;
    mutable std::unique_ptr<cloud::Cloud> m_cloud;
    // The signed-in subscription's cloud and what it runs on (token manager, client), all
    // children of m_armScope; replaced as a whole when another subscription is chosen.
    QObject *m_armScope = nullptr;
    cloud::Cloud *m_armCloud = nullptr;
    QString m_armAccountId; // the subscription m_armScope is (being) opened for
    QString m_armError;
    cloud::Kind m_defaultsKind = cloud::Kind::Classic; // the kind whose VM defaults apply

    Page m_page = Page::Welcome;
    Mode m_mode = Mode::NewHost;
    Access m_access = Access::SignIn;
    int m_pendingAdvance = -1;
    bool m_busy = false;
};

} // namespace dockervm::wizard
