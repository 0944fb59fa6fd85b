#include "wizard/setupcontroller.h"

#include "classic/classiccloud.h"
#include "wizard/catalogue.h"
#include "wizard/connectiontarget.h"
#include "wizard/provisioningsession.h"
#include "wizard/signin.h"
#include "wizard/subscriptions.h"

#include "accounts/accounts.h"
#include "arm/armclient.h"
#include "arm/armcloud.h"
#include "identity/tokenmanager.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>

namespace dockervm::wizard {

namespace {

const QString kSubscriptionKey = QStringLiteral("classic/subscription");
const QString kRegionKey = QStringLiteral("classic/region");
const QString kSshPortKey = QStringLiteral("vm/sshPort");
const QString kSizeKey = QStringLiteral("vm/size");
const QString kUserKey = QStringLiteral("vm/user");
const QString kDockerPortKey = QStringLiteral("docker/port");
const QString kCertDirKey = QStringLiteral("docker/certDir");
const QString kGeometryKey = QStringLiteral("window/geometry");

// What the pages remember, per kind of cloud: the classic keys as they always were, "arm/…" for
// a signed-in subscription (its regions, sizes and port default differ).
QString keyFor(cloud::Kind kind, const QString &key)
{
    if (kind == cloud::Kind::Classic)
        return key;
    if (key == kRegionKey)
        return QStringLiteral("arm/region");
    return QStringLiteral("arm/") + key;
}

} // namespace

SetupController::SetupController(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    if (m_options.demo && m_options.dockerConfigDir.isEmpty()) {
        // Demo mode never writes a docker context into the real ~/.docker.
        const QString base = m_options.settingsFile.isEmpty()
                                 ? QDir::tempPath()
                                 : QFileInfo(m_options.settingsFile).absolutePath();
        m_options.dockerConfigDir = base + QStringLiteral("/docker-config");
    }
    m_settings = m_options.settingsFile.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(m_options.settingsFile, QSettings::IniFormat);
    m_nam = m_options.networkAccessManager ? m_options.networkAccessManager
                                           : new QNetworkAccessManager(this);

    Subscriptions::Options subscriptionOptions;
    subscriptionOptions.accountConfigDir = m_options.accountConfigDir;
    subscriptionOptions.accountDataDir = m_options.accountDataDir;
    subscriptionOptions.keyStorage = m_options.demo ? classic::AccountStore::KeyStorage::Files
                                                    : classic::AccountStore::KeyStorage::Auto;
    subscriptionOptions.networkAccessManager = m_nam;
    subscriptionOptions.client = m_options.client;
    subscriptionOptions.provisioner = m_options.provisioner;
    subscriptionOptions.managementCaFile = m_options.managementCaFile;
    subscriptionOptions.settings = m_settings.get();
    m_subscriptions = new Subscriptions(subscriptionOptions, this);

    m_catalogue = new Catalogue(this);
    // What runs on the classic client dies with it (the cloud over it is replaced).
    connect(m_subscriptions, &Subscriptions::clientAboutToChange, m_catalogue, &Catalogue::reset);
    m_catalogue->setLocation(m_settings->value(kRegionKey).toString());

    ProvisioningSession::Options sessionOptions;
    sessionOptions.provisioner = m_options.provisioner;
    sessionOptions.keyType = m_options.keyType;
    sessionOptions.nameDebounceMs = m_options.nameDebounceMs;
    sessionOptions.cloud = [this] {
        return cloud();
    };
    cloud::VmSpec &initial = sessionOptions.initial;
    initial.size = m_settings->value(kSizeKey, QStringLiteral("Small")).toString();
    initial.userName = m_settings->value(kUserKey).toString();
    initial.sshPort = m_settings->value(kSshPortKey, 22).toInt();
    initial.dockerPort = m_settings->value(kDockerPortKey, 4243).toInt();
    QString certDir = m_settings->value(kCertDirKey).toString();
    if (certDir.isEmpty())
        certDir = m_options.defaultCertDir.isEmpty() ? certs::DockerTlsStore::defaultDirectory()
                                                     : m_options.defaultCertDir;
    initial.certDir = certDir;
    m_session = new ProvisioningSession(m_subscriptions, m_catalogue, sessionOptions, this);
    m_connection = new ConnectionTarget(m_session, m_settings.get(), this);

    // One log for the progress page: the clean-up's and the catalogue's lines too.
    connect(m_subscriptions->unfinishedRuns(), &provision::UnfinishedRuns::message, m_session,
            &ProvisioningSession::appendLog);
    connect(m_catalogue, &Catalogue::logLine, m_session, &ProvisioningSession::appendLog);

    connect(m_subscriptions, &Subscriptions::currentChanged, this,
            &SetupController::onSubscriptionChanged);
    connect(m_session, &ProvisioningSession::nameCheckFinished, this,
            [this](bool available) { finishAdvance(Page::VirtualMachine, available); });
    connect(m_catalogue, &Catalogue::busyChanged, this, &SetupController::updateBusy);
    connect(m_session, &ProvisioningSession::busyChanged, this, &SetupController::updateBusy);

    // Everything that may flip isPageComplete().
    for (auto signal : {&Subscriptions::currentChanged, &Subscriptions::errorChanged})
        connect(m_subscriptions, signal, this, &SetupController::completeChanged);
    for (auto signal : {&Catalogue::locationsChanged, &Catalogue::locationChanged,
                        &Catalogue::imagesChanged, &Catalogue::imageNameChanged})
        connect(m_catalogue, signal, this, &SetupController::completeChanged);
    for (auto signal : {&ProvisioningSession::dnsNameChanged,
                        &ProvisioningSession::nameStateChanged, &ProvisioningSession::specChanged,
                        &ProvisioningSession::passwordChanged, &ProvisioningSession::portsChanged,
                        &ProvisioningSession::certDirChanged, &ProvisioningSession::stateChanged})
        connect(m_session, signal, this, &SetupController::completeChanged);
    connect(this, &SetupController::busyChanged, this, &SetupController::completeChanged);

    SignIn::Options signInOptions;
    signInOptions.networkAccessManager = m_nam;
    signInOptions.accountConfigDir = m_options.accountConfigDir;
    signInOptions.accountDataDir = m_options.accountDataDir;
    signInOptions.filesOnly = m_options.demo;
    signInOptions.endpoints = m_options.signInEndpoints;
    signInOptions.flow = m_options.signInFlow;
    m_signIn = new SignIn(signInOptions, this);
    for (auto signal : {&SignIn::phaseChanged, &SignIn::selectionChanged})
        connect(m_signIn, signal, this, &SetupController::completeChanged);
    connect(m_signIn, &SignIn::selectionChanged, this, &SetupController::openArmCloud);
    connect(this, &SetupController::cloudChanged, this, &SetupController::onCloudChanged);
    connect(m_subscriptions, &Subscriptions::currentChanged, this, [this] {
        if (m_access == Access::PublishSettings)
            emit cloudChanged();
    });
    const auto current =
        accounts::Accounts(m_options.accountConfigDir, m_options.accountDataDir, m_options.demo)
            .current();
    if (current && current->kind == cloud::Kind::Classic)
        m_access = Access::PublishSettings;

    reloadSubscriptions();
    m_session->refreshCertReport();
    if (m_access == Access::SignIn)
        openArmCloud();
}

SetupController::SetupController(QObject *parent) : SetupController(Options(), parent) {}

SetupController::~SetupController()
{
    // Nothing the parts say while they go may reach this half-destroyed controller (a part that
    // stops being busy in its destructor would call updateBusy() on the parts already gone).
    for (QObject *part : std::initializer_list<QObject *>{m_connection, m_session, m_catalogue,
                                                          m_subscriptions, m_signIn, m_armCloud}) {
        if (part)
            part->disconnect(this);
    }
    // The users of the client first (a run, a name check, the loads), then the client's owner.
    delete m_connection;
    delete m_session;
    delete m_catalogue;
    delete m_subscriptions;
    delete m_signIn;
    dropArmScope();
}

void SetupController::dropArmScope()
{
    if (!m_armScope)
        return;
    // The users first: the cloud (its jobs), then the client (its replies), then the token
    // manager they ask — the reverse of their making.
    QList<QPointer<QObject>> children;
    for (QObject *child : m_armScope->children())
        children.prepend(child);
    for (const QPointer<QObject> &child : children)
        delete child.data();
    delete m_armScope;
    m_armScope = nullptr;
    m_armCloud = nullptr;
}

void SetupController::updateBusy()
{
    const bool busy =
        m_catalogue->isBusy() || m_session->isBusy() || (m_armCloud && m_armCloud->isBusy());
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

cloud::Cloud *SetupController::cloud() const
{
    if (m_access == Access::SignIn)
        return m_armCloud;
    classic::ManagementClient *client = m_subscriptions->client();
    if (!client)
        return nullptr;
    auto *classicCloud = qobject_cast<classic::ClassicCloud *>(m_cloud.get());
    if (!classicCloud || classicCloud->client() != client) {
        // Every Linux image of the region: the image page's filter narrows them as it is typed
        // (it starts with the article's family, the cloud's defaults().imageName).
        auto made = std::make_unique<classic::ClassicCloud>(client, QString());
        made->setTlsAdvice(
            tr("If this is a simulator or a private endpoint, go Back to the Subscription page, "
               "open Advanced and choose its CA certificate file; otherwise check the system "
               "clock and the CA certificates of this computer."));
        m_cloud = std::move(made);
    }
    return m_cloud.get();
}

void SetupController::openArmCloud()
{
    const auto chosen = m_signIn->selected();
    const QString id = chosen ? chosen->id : QString();
    if (id == m_armAccountId && (m_armCloud || m_armScope))
        return;
    if (m_armCloud && m_armCloud->isBusy())
        return;     // a run or a load still uses it: the pages refuse to switch meanwhile
    dropArmScope(); // the previous subscription's cloud, client and token manager
    m_armError.clear();
    m_armAccountId = id;
    if (id.isEmpty()) {
        emit cloudChanged();
        return;
    }
    auto *scope = new QObject(this);
    m_armScope = scope;
    const accounts::Accounts all(m_options.accountConfigDir, m_options.accountDataDir,
                                 m_options.demo);
    const identity::ArmAccountStore store = all.armStore();
    QString error;
    const auto account = store.find(id, &error);
    if (!account) {
        m_armError = error;
        emit cloudChanged();
        return;
    }
    store.makeTokenManager(
        *account, m_nam, scope,
        [this, scope, account = *account](identity::TokenManager *tokens,
                                          const identity::ArmAccountStore::Outcome &o) {
            if (scope != m_armScope)
                return delete tokens;
            if (!tokens) {
                m_armError = o.error;
                emit cloudChanged();
                return;
            }
            tokens->setParent(scope);
            connect(tokens, &identity::TokenSource::signInRequired, this,
                    [this](const QString &why) {
                        m_session->appendLog(why + QLatin1Char(' ') +
                                             tr("Go back to the start page and sign in again."));
                    });
            arm::ArmClient::Options co;
            co.armEndpoint = account.endpoints.armEndpoint;
            co.extraCaFile = account.endpoints.managementCaFile.isEmpty()
                                 ? m_options.managementCaFile
                                 : account.endpoints.managementCaFile;
            auto *client = new arm::ArmClient(m_nam, tokens, co, scope);
            if (!client->setupError().isEmpty()) {
                m_armError = client->setupError();
                emit cloudChanged();
                return;
            }
            arm::ArmCloud::Options cloudOptions;
            cloudOptions.subscriptionId = account.subscriptionId;
            cloudOptions.subscriptionName = account.displayName;
            m_armCloud = new arm::ArmCloud(client, cloudOptions, scope);
            connect(m_armCloud, &cloud::Cloud::busyChanged, this, &SetupController::updateBusy);
            emit cloudChanged();
        });
}

void SetupController::onCloudChanged()
{
    cloud::Cloud *current = cloud();
    m_catalogue->setCloud(current);
    m_session->resetNameCheck();
    if (current && current->kind() != m_defaultsKind) {
        m_defaultsKind = current->kind();
        cloud::VmSpec defaults = current->defaults();
        // What this computer remembers of this kind of cloud (the pages' settings).
        defaults.size =
            m_settings->value(keyFor(m_defaultsKind, kSizeKey), defaults.size).toString();
        defaults.dockerPort =
            m_settings->value(keyFor(m_defaultsKind, kDockerPortKey), defaults.dockerPort).toInt();
        m_session->applyDefaults(defaults);
        m_catalogue->setLocation(m_settings->value(keyFor(m_defaultsKind, kRegionKey)).toString());
    }
    if (m_page == Page::Region && m_catalogue->locationsState() == Catalogue::LoadState::Idle)
        m_catalogue->loadLocations();
    else if (m_page == Page::Image && m_catalogue->imagesState() == Catalogue::LoadState::Idle)
        m_catalogue->loadImages();
    updateBusy();
    emit completeChanged();
}

void SetupController::onSubscriptionChanged()
{
    m_catalogue->reset();
    m_session->resetNameCheck();
    updateBusy();
    if (m_page == Page::Region)
        m_catalogue->loadLocations();
    else if (m_page == Page::Image)
        m_catalogue->loadImages();
}

void SetupController::reloadSubscriptions()
{
    m_subscriptions->reload(m_settings->value(kSubscriptionKey).toString());
}

// --- navigation -----------------------------------------------------------------------------

void SetupController::setCurrentPage(Page page)
{
    if (page == m_page)
        return;
    m_page = page;
    if (m_pendingAdvance >= 0 && m_pendingAdvance != int(page))
        m_pendingAdvance = -1;
    // Back before the run (Start over, a restart after a success): a new run begins there.
    if (page != Page::Progress && page != Page::Connection)
        m_session->forgetRun();
    switch (page) {
    case Page::Region:
        if (m_catalogue->locationsState() == Catalogue::LoadState::Idle)
            m_catalogue->loadLocations();
        break;
    case Page::Image:
        if (m_catalogue->imagesState() == Catalogue::LoadState::Idle)
            m_catalogue->loadImages();
        break;
    case Page::Docker:
    case Page::Review:
        m_session->refreshCertReport();
        break;
    default:
        break;
    }
    emit currentPageChanged();
}

SetupController::Page SetupController::nextPage(Page page) const
{
    switch (page) {
    case Page::Welcome:
        if (m_mode == Mode::CheckExisting)
            return Page::Connection;
        return m_access == Access::SignIn ? Page::SignIn : Page::Subscription;
    case Page::SignIn:
        return Page::Region;
    case Page::Connection:
        return Page::Connection;
    default:
        return Page(int(page) + 1);
    }
}

bool SetupController::isPageComplete(Page page) const
{
    if (m_pendingAdvance == int(page))
        return false;
    using State = ProvisioningSession::State;
    const State state = m_session->state();
    switch (page) {
    case Page::Welcome:
        return true;
    case Page::Subscription:
        return m_subscriptions->current().isValid();
    case Page::Region:
        return m_catalogue->locationsState() == Catalogue::LoadState::Loaded &&
               !m_catalogue->location().isEmpty();
    case Page::Image:
        // An image whose agent is too old for the Docker extension never gets past this page.
        return m_catalogue->imagesState() == Catalogue::LoadState::Loaded &&
               !m_catalogue->imageName().isEmpty() && m_catalogue->imageWarning().isEmpty();
    case Page::VirtualMachine:
        return m_session->isVirtualMachineComplete();
    case Page::Docker:
        return m_session->isDockerComplete();
    case Page::Review:
        return (state == State::NotStarted || state == State::Failed ||
                state == State::Cancelled) &&
               m_catalogue->imageWarning().isEmpty();
    case Page::Progress:
        return state == State::Succeeded;
    case Page::Connection:
        return true;
    case Page::SignIn:
        // A subscription is chosen and its cloud opened (a saved token, a usable endpoint).
        return !m_signIn->isRunning() && m_signIn->selected().has_value() && m_armCloud &&
               m_armCloud->accountId() == m_signIn->selectedId();
    }
    return false;
}

bool SetupController::requestAdvance(Page page)
{
    if (!isPageComplete(page))
        return false;
    switch (page) {
    case Page::Subscription:
        m_settings->setValue(kSubscriptionKey, m_subscriptions->currentId());
        return true;
    case Page::Region:
        m_settings->setValue(keyFor(m_defaultsKind, kRegionKey), m_catalogue->location());
        return true;
    case Page::VirtualMachine:
        if (m_session->isNameConfirmed())
            return true;
        m_pendingAdvance = int(page);
        emit completeChanged();
        m_session->checkNameNow();
        return false;
    case Page::Review:
        startProvisioning();
        return m_session->state() == ProvisioningSession::State::Running;
    default:
        return true;
    }
}

void SetupController::finishAdvance(Page page, bool ok)
{
    if (m_pendingAdvance != int(page))
        return;
    m_pendingAdvance = -1;
    emit completeChanged();
    if (ok && isPageComplete(page))
        emit advanceReady(page);
}

void SetupController::setAccess(Access access)
{
    if (access == m_access)
        return;
    m_access = access;
    emit accessChanged();
    if (access == Access::SignIn)
        openArmCloud();
    emit cloudChanged();
}

void SetupController::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    emit modeChanged();
}

// --- the run and the settings ---------------------------------------------------------------

void SetupController::startProvisioning()
{
    if (m_session->canStart())
        saveChoices();
    m_session->start();
}

void SetupController::saveChoices()
{
    const cloud::VmSpec spec = m_session->spec();
    const cloud::Kind kind = m_defaultsKind;
    if (kind == cloud::Kind::Classic)
        m_settings->setValue(kSubscriptionKey, m_subscriptions->currentId());
    m_settings->setValue(keyFor(kind, kRegionKey), spec.location);
    m_settings->setValue(keyFor(kind, kSizeKey), spec.size);
    m_settings->setValue(kUserKey, spec.userName);
    m_settings->setValue(kSshPortKey, spec.sshPort);
    m_settings->setValue(keyFor(kind, kDockerPortKey), spec.dockerPort);
    m_settings->setValue(kCertDirKey, spec.certDir);
}

QByteArray SetupController::windowGeometry() const
{
    return m_settings->value(kGeometryKey).toByteArray();
}

void SetupController::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometryKey, geometry);
}

} // namespace dockervm::wizard
