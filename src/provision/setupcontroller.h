#pragma once

#include "azure/accountstore.h"
#include "azure/managementclient.h"
#include "azure/models.h"
#include "azure/subscription.h"
#include "provision/provisioner.h"
#include "provision/unfinishedruns.h"
#include "provision/vmspec.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace dockervm::provision {

// The state of the wizard, without a widget: the single owner of what the user chose, of every
// remote call the wizard makes (through one ManagementClient on an injected or owned
// QNetworkAccessManager), of the busy state and of the error text per area. The wizard's pages
// are views: they read the properties below, call the intent methods, and listen to the NOTIFY
// signals. The command line can drive the same object headlessly (and the unit tests do).
class SetupController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Page currentPage READ currentPage WRITE setCurrentPage NOTIFY currentPageChanged)
    Q_PROPERTY(Mode mode READ mode WRITE setMode NOTIFY modeChanged)
    Q_PROPERTY(bool demo READ isDemo CONSTANT)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString subscriptionError READ subscriptionError NOTIFY subscriptionErrorChanged)
    Q_PROPERTY(
        QStringList subscriptionWarnings READ subscriptionWarnings NOTIFY subscriptionsChanged)
    Q_PROPERTY(QList<dockervm::azure::Subscription> subscriptions READ subscriptions NOTIFY
                   subscriptionsChanged)
    Q_PROPERTY(
        QString currentSubscriptionId READ currentSubscriptionId NOTIFY currentSubscriptionChanged)
    Q_PROPERTY(LoadState locationsState READ locationsState NOTIFY locationsChanged)
    Q_PROPERTY(QString locationsError READ locationsError NOTIFY locationsChanged)
    Q_PROPERTY(QList<dockervm::azure::Location> locations READ locations NOTIFY locationsChanged)
    Q_PROPERTY(QString location READ location WRITE setLocation NOTIFY locationChanged)
    Q_PROPERTY(LoadState imagesState READ imagesState NOTIFY imagesChanged)
    Q_PROPERTY(QString imagesError READ imagesError NOTIFY imagesChanged)
    Q_PROPERTY(QString imageFilter READ imageFilter WRITE setImageFilter NOTIFY imagesChanged)
    Q_PROPERTY(QList<dockervm::azure::OsImage> images READ images NOTIFY imagesChanged)
    Q_PROPERTY(QString imageName READ imageName WRITE setImageName NOTIFY imageNameChanged)
    Q_PROPERTY(QString imageWarning READ imageWarning NOTIFY imageNameChanged)
    Q_PROPERTY(QString dnsName READ dnsName WRITE setDnsName NOTIFY dnsNameChanged)
    Q_PROPERTY(QString hostName READ hostName NOTIFY dnsNameChanged)
    Q_PROPERTY(NameState nameState READ nameState NOTIFY nameStateChanged)
    Q_PROPERTY(QString nameMessage READ nameMessage NOTIFY nameStateChanged)
    Q_PROPERTY(QStringList vmSizes READ vmSizes NOTIFY locationChanged)
    Q_PROPERTY(QString vmSize READ vmSize WRITE setVmSize NOTIFY specChanged)
    Q_PROPERTY(QString userName READ userName WRITE setUserName NOTIFY specChanged)
    Q_PROPERTY(QString userNameError READ userNameError NOTIFY specChanged)
    Q_PROPERTY(QString password READ password WRITE setPassword NOTIFY passwordChanged)
    Q_PROPERTY(QString passwordConfirmation READ passwordConfirmation WRITE setPasswordConfirmation
                   NOTIFY passwordChanged)
    Q_PROPERTY(bool passwordsMatch READ passwordsMatch NOTIFY passwordChanged)
    Q_PROPERTY(int sshPort READ sshPort WRITE setSshPort NOTIFY portsChanged)
    Q_PROPERTY(int dockerPort READ dockerPort WRITE setDockerPort NOTIFY portsChanged)
    Q_PROPERTY(QString sshPortError READ sshPortError NOTIFY portsChanged)
    Q_PROPERTY(QString dockerPortError READ dockerPortError NOTIFY portsChanged)
    Q_PROPERTY(QString certDir READ certDir WRITE setCertDir NOTIFY certDirChanged)
    Q_PROPERTY(QString certReportText READ certReportText NOTIFY certDirChanged)
    Q_PROPERTY(bool certDirUsable READ certDirUsable NOTIFY certDirChanged)
    Q_PROPERTY(QString azureCommandLine READ azureCommandLine NOTIFY commandLinesChanged)
    Q_PROPERTY(QString dockerVmCommandLine READ dockerVmCommandLine NOTIFY commandLinesChanged)
    Q_PROPERTY(
        ProvisioningState provisioningState READ provisioningState NOTIFY provisioningStateChanged)
    Q_PROPERTY(QStringList logLines READ logLines NOTIFY logChanged)
    Q_PROPERTY(QString resultText READ resultText NOTIFY provisioningStateChanged)

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
    };
    Q_ENUM(Page)
    enum class Mode { NewHost, CheckExisting };
    Q_ENUM(Mode)
    enum class LoadState { Idle, Loading, Loaded, Failed };
    Q_ENUM(LoadState)
    enum class NameState { Unknown, Invalid, Checking, Available, Taken, Error };
    Q_ENUM(NameState)
    enum class ProvisioningState { NotStarted, Running, Cancelling, Succeeded, Failed, Cancelled };
    Q_ENUM(ProvisioningState)

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
        azure::ManagementClient::Options client;
        Provisioner::Options provisioner;
        certs::KeyType keyType = certs::KeyType::Rsa4096;
        int nameDebounceMs = 400;
    };

    struct StepRow
    {
        Provisioner::Step step = Provisioner::Step::Validate;
        QString label;
        Provisioner::StepState state = Provisioner::StepState::Pending;
        qint64 elapsedMs = 0;
        QString detail;
    };

    explicit SetupController(Options options, QObject *parent = nullptr);
    explicit SetupController(QObject *parent = nullptr);
    ~SetupController() override;

    const Options &options() const { return m_options; }
    bool isDemo() const { return m_options.demo; }
    bool isBusy() const;
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    azure::ManagementClient *managementClient() const { return m_client.get(); }

    // Earlier runs that left resources behind (from their journals), and their clean-up with the
    // current subscription. False when no subscription is selected yet.
    UnfinishedRuns *unfinishedRuns() const { return m_unfinished; }
    bool cleanUpUnfinishedRuns();

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

    // Subscription.
    QList<azure::Subscription> subscriptions() const { return m_subscriptions; }
    QList<azure::StoredAccount> accounts() const;
    QString currentSubscriptionId() const { return m_subscription.id; }
    azure::Subscription currentSubscription() const { return m_subscription; }
    QString subscriptionError() const { return m_subscriptionError; }
    QStringList subscriptionWarnings() const { return m_subscriptionWarnings; }
    // Parses and remembers (AccountStore) a .publishsettings file and selects its first
    // subscription. False with subscriptionError() set (names the file, the cause, the next
    // step). Synchronous: the file is at most 1 MiB.
    bool importPublishSettings(const QString &path);
    bool selectSubscription(const QString &id);
    void reloadSubscriptions();

    // Region.
    LoadState locationsState() const { return m_locationsState; }
    QString locationsError() const { return m_locationsError; }
    QList<azure::Location> locations() const { return m_locations; } // VM regions only
    QString location() const { return m_spec.location; }
    void setLocation(const QString &location);
    void loadLocations(); // also Retry

    // Image.
    LoadState imagesState() const { return m_imagesState; }
    QString imagesError() const { return m_imagesError; }
    QString imageFilter() const { return m_imageFilter; }
    void setImageFilter(const QString &filter);
    QList<azure::OsImage> images() const { return m_images; } // filtered, newest first
    QList<azure::OsImage> allImages() const { return m_allImages; }
    QString imageName() const { return m_spec.imageName; }
    void setImageName(const QString &name);
    QString imageWarning() const; // the selected image lacks the extension agent
    static bool isImageTooOld(const azure::OsImage &image);
    void loadImages(); // also Retry

    // Virtual machine.
    QString dnsName() const { return m_spec.dnsName; }
    void setDnsName(const QString &name); // debounced availability check
    QString hostName() const;
    NameState nameState() const { return m_nameState; }
    QString nameMessage() const { return m_nameMessage; }
    void checkNameNow();
    QStringList vmSizes() const;
    QString vmSize() const { return m_spec.size; }
    void setVmSize(const QString &size);
    QString userName() const { return m_spec.userName; }
    void setUserName(const QString &name);
    QString userNameError() const;
    QString password() const { return m_spec.password; }
    void setPassword(const QString &password);
    QString passwordConfirmation() const { return m_passwordConfirmation; }
    void setPasswordConfirmation(const QString &password);
    QList<PasswordRule> passwordChecklist() const; // includes "both entries match"
    bool passwordsMatch() const;
    bool isPasswordAcceptable() const;

    // Ports and certificates.
    int sshPort() const { return m_spec.sshPort; }
    void setSshPort(int port);
    int dockerPort() const { return m_spec.dockerPort; }
    void setDockerPort(int port);
    QString sshPortError() const;
    QString dockerPortError() const;
    QString certDir() const { return m_spec.certDir; }
    void setCertDir(const QString &dir);
    QString certReportText() const { return m_certReportText; }
    bool certDirUsable() const { return m_certDirUsable; }
    void refreshCertReport();

    // Review.
    VmSpec spec() const { return m_spec; }          // holds the password: never log it
    QString azureCommandLine() const;               // `azure vm docker create …`, password masked
    QString dockerVmCommandLine() const;            // `docker-vm create …`, password prompted
    QList<QPair<QString, QString>> summary() const; // (label, value) rows, translated

    // Provisioning.
    void startProvisioning();
    void cancelProvisioning();
    ProvisioningState provisioningState() const { return m_provisioningState; }
    QList<StepRow> steps() const { return m_steps; }
    QStringList logLines() const { return m_log; }
    Provisioner::Result result() const;
    QString resultText() const;
    Provisioner *provisioner() const { return m_provisioner; }

    // The existing host to check (Welcome → "check an existing host", and after Create).
    QString connectionHost() const;
    int connectionPort() const { return m_spec.dockerPort; }
    QString connectionCertDir() const;
    // Demo redirections for that check: the provisioner's (with the simulated VM mapped) after a
    // run, else Options::provisioner.hostOverrides. Empty in a real run.
    HostOverrides connectionHostOverrides() const;

    // Settings facade (window geometry, and what the pages remember).
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QSettings *settings() const { return m_settings.get(); }

signals:
    void currentPageChanged();
    void modeChanged();
    void busyChanged();
    void subscriptionErrorChanged();
    void subscriptionsChanged();
    void currentSubscriptionChanged();
    void locationsChanged();
    void locationChanged();
    void imagesChanged();
    void imageNameChanged();
    void dnsNameChanged();
    void nameStateChanged();
    void specChanged();
    void passwordChanged();
    void portsChanged();
    void certDirChanged();
    void commandLinesChanged();
    void provisioningStateChanged();
    void stepsChanged();
    void logChanged();
    void logLineAdded(const QString &line);
    // Any change that may flip isPageComplete().
    void completeChanged();
    // The check requestAdvance(page) started has passed: the wizard moves on.
    void advanceReady(dockervm::provision::SetupController::Page page);

private:
    void init();
    void updateBusy();
    void rebuildClient();
    void applyImageFilter();
    void setNameState(NameState state, const QString &message);
    void onNameReply();
    void finishAdvance(Page page, bool ok);
    void appendLog(const QString &line);
    void onStepChanged(Provisioner::Step step, Provisioner::StepState state, const QString &detail);
    void onProvisionerFinished(bool ok);
    void tickElapsed();
    void saveSetting(const QString &key, const QVariant &value);

    Options m_options;
    std::unique_ptr<QSettings> m_settings;
    QNetworkAccessManager *m_nam = nullptr;
    azure::AccountStore m_store;
    std::unique_ptr<azure::ManagementClient> m_client;
    UnfinishedRuns *m_unfinished = nullptr;

    Page m_page = Page::Welcome;
    Mode m_mode = Mode::NewHost;
    int m_pendingAdvance = -1;

    QList<azure::Subscription> m_subscriptions;
    azure::Subscription m_subscription;
    QString m_subscriptionError;
    QStringList m_subscriptionWarnings;

    LoadState m_locationsState = LoadState::Idle;
    QString m_locationsError;
    QList<azure::Location> m_locations;
    QPointer<azure::LocationsReply> m_locationsReply;

    LoadState m_imagesState = LoadState::Idle;
    QString m_imagesError;
    QString m_imageFilter;
    QList<azure::OsImage> m_allImages;
    QList<azure::OsImage> m_images;
    QPointer<azure::OsImagesReply> m_imagesReply;

    VmSpec m_spec;
    QString m_passwordConfirmation;
    NameState m_nameState = NameState::Unknown;
    QString m_nameMessage;
    QString m_nameChecked; // the name the reply in flight is about
    QTimer m_nameTimer;
    QPointer<azure::AvailabilityReply> m_nameReply;

    QString m_certReportText;
    bool m_certDirUsable = true;

    ProvisioningState m_provisioningState = ProvisioningState::NotStarted;
    QPointer<Provisioner> m_provisioner;
    QList<StepRow> m_steps;
    QStringList m_log;
    QElapsedTimer m_stepClock;
    QTimer m_elapsedTimer;
    bool m_busy = false;
};

} // namespace dockervm::provision
