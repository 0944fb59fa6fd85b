#include "provision/setupcontroller.h"

#include "azure/publishsettings.h"
#include "certs/dockertlsstore.h"
#include "common/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>

namespace dockervm::provision {

namespace {

const QString kSubscriptionKey = QStringLiteral("azure/subscription");
const QString kRegionKey = QStringLiteral("azure/region");
const QString kSshPortKey = QStringLiteral("vm/sshPort");
const QString kSizeKey = QStringLiteral("vm/size");
const QString kUserKey = QStringLiteral("vm/user");
const QString kDockerPortKey = QStringLiteral("docker/port");
const QString kCertDirKey = QStringLiteral("docker/certDir");
const QString kGeometryKey = QStringLiteral("window/geometry");

// Quotes an argument for a POSIX shell when it needs it.
QString shellQuote(const QString &arg)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@%+-]+$"));
    if (!arg.isEmpty() && plain.match(arg).hasMatch())
        return arg;
    // Double quotes (they read the same in bash, PowerShell and cmd for ordinary paths); inside
    // them bash still expands $ and backticks, so those are escaped along with the quote.
    QString escaped;
    for (const QChar c : arg) {
        if (c == QLatin1Char('"') || c == QLatin1Char('$') || c == QLatin1Char('`'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString nativeDir(const QString &dir)
{
    return QDir::toNativeSeparators(QDir::cleanPath(dir));
}

// What `azure vm docker create` and `docker-vm create` share, quoted for showing: -e, -l, -p,
// -z unless Small, the certificate folder under `certDirOption` unless ~/.docker, then the DNS
// name, image and user name (no password).
QStringList createArguments(const VmSpec &spec, const QString &certDirOption)
{
    QStringList args;
    args << QStringLiteral("-e") << QString::number(spec.sshPort);
    args << QStringLiteral("-l") << QLatin1Char('"') + spec.location + QLatin1Char('"');
    args << QStringLiteral("-p") << QString::number(spec.dockerPort);
    if (spec.size != QLatin1String("Small"))
        args << QStringLiteral("-z") << shellQuote(spec.size);
    if (QDir::cleanPath(spec.effectiveCertDir()) !=
        QDir::cleanPath(certs::DockerTlsStore::defaultDirectory()))
        args << certDirOption << shellQuote(nativeDir(spec.certDir));
    args << shellQuote(spec.dnsName) << shellQuote(spec.imageName) << shellQuote(spec.userName);
    return args;
}

} // namespace

SetupController::SetupController(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_store(m_options.accountConfigDir, m_options.accountDataDir)
{
    init();
}

SetupController::SetupController(QObject *parent) : SetupController(Options(), parent) {}

SetupController::~SetupController()
{
    if (m_provisioner)
        m_provisioner->disconnect(this);
}

void SetupController::init()
{
    m_settings = m_options.settingsFile.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(m_options.settingsFile, QSettings::IniFormat);
    m_nam = m_options.networkAccessManager ? m_options.networkAccessManager
                                           : new QNetworkAccessManager(this);
    m_imageFilter = QString(azure::kDefaultImageFilter);

    m_spec.keyType = m_options.keyType;
    m_spec.location = m_settings->value(kRegionKey).toString();
    m_spec.size = m_settings->value(kSizeKey, QStringLiteral("Small")).toString();
    m_spec.userName = m_settings->value(kUserKey).toString();
    m_spec.sshPort = m_settings->value(kSshPortKey, 22).toInt();
    m_spec.dockerPort = m_settings->value(kDockerPortKey, 4243).toInt();
    QString certDir = m_settings->value(kCertDirKey).toString();
    if (certDir.isEmpty())
        certDir = m_options.defaultCertDir.isEmpty() ? certs::DockerTlsStore::defaultDirectory()
                                                     : m_options.defaultCertDir;
    m_spec.certDir = certDir;

    m_unfinished = new UnfinishedRuns(m_options.provisioner.journalDir, this);
    connect(m_unfinished, &UnfinishedRuns::message, this, &SetupController::appendLog);

    m_nameTimer.setSingleShot(true);
    m_nameTimer.setInterval(m_options.nameDebounceMs);
    connect(&m_nameTimer, &QTimer::timeout, this, &SetupController::checkNameNow);
    m_elapsedTimer.setInterval(250);
    connect(&m_elapsedTimer, &QTimer::timeout, this, &SetupController::tickElapsed);

    // Everything that changes the command lines.
    for (auto signal : {&SetupController::locationChanged, &SetupController::imageNameChanged,
                        &SetupController::dnsNameChanged, &SetupController::specChanged,
                        &SetupController::portsChanged, &SetupController::certDirChanged}) {
        connect(this, signal, this, &SetupController::commandLinesChanged);
        connect(this, signal, this, &SetupController::completeChanged);
    }
    for (auto signal : {&SetupController::passwordChanged, &SetupController::nameStateChanged,
                        &SetupController::locationsChanged, &SetupController::imagesChanged,
                        &SetupController::currentSubscriptionChanged,
                        &SetupController::provisioningStateChanged, &SetupController::busyChanged})
        connect(this, signal, this, &SetupController::completeChanged);

    reloadSubscriptions();
    refreshCertReport();
}

// --- state ----------------------------------------------------------------------------------

bool SetupController::isBusy() const
{
    return m_busy;
}

void SetupController::updateBusy()
{
    const bool busy = (m_locationsReply && !m_locationsReply->isFinished()) ||
                      (m_imagesReply && !m_imagesReply->isFinished()) ||
                      (m_nameReply && !m_nameReply->isFinished()) ||
                      m_provisioningState == ProvisioningState::Running ||
                      m_provisioningState == ProvisioningState::Cancelling;
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void SetupController::setCurrentPage(Page page)
{
    if (page == m_page)
        return;
    m_page = page;
    if (m_pendingAdvance >= 0 && m_pendingAdvance != int(page))
        m_pendingAdvance = -1;
    switch (page) {
    case Page::Region:
        if (m_locationsState == LoadState::Idle)
            loadLocations();
        break;
    case Page::Image:
        if (m_imagesState == LoadState::Idle)
            loadImages();
        break;
    case Page::Docker:
    case Page::Review:
        refreshCertReport();
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
        return m_mode == Mode::CheckExisting ? Page::Connection : Page::Subscription;
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
    switch (page) {
    case Page::Welcome:
        return true;
    case Page::Subscription:
        return m_subscription.isValid();
    case Page::Region:
        return m_locationsState == LoadState::Loaded && !m_spec.location.isEmpty();
    case Page::Image:
        return m_imagesState == LoadState::Loaded && !m_spec.imageName.isEmpty();
    case Page::VirtualMachine:
        return validateDnsName(m_spec.dnsName).isEmpty() && m_nameState != NameState::Taken &&
               m_nameState != NameState::Invalid && !m_spec.userName.isEmpty() &&
               userNameError().isEmpty() && isPasswordAcceptable() && passwordsMatch() &&
               sshPortError().isEmpty();
    case Page::Docker:
        return dockerPortError().isEmpty() && m_certDirUsable && !m_spec.certDir.isEmpty();
    case Page::Review:
        return m_provisioningState == ProvisioningState::NotStarted ||
               m_provisioningState == ProvisioningState::Failed ||
               m_provisioningState == ProvisioningState::Cancelled;
    case Page::Progress:
        return m_provisioningState == ProvisioningState::Succeeded;
    case Page::Connection:
        return true;
    }
    return false;
}

bool SetupController::requestAdvance(Page page)
{
    if (!isPageComplete(page))
        return false;
    switch (page) {
    case Page::Subscription:
        saveSetting(kSubscriptionKey, m_subscription.id);
        return true;
    case Page::Region:
        saveSetting(kRegionKey, m_spec.location);
        return true;
    case Page::VirtualMachine:
        if (m_nameState == NameState::Available && m_nameChecked == m_spec.dnsName)
            return true;
        m_pendingAdvance = int(page);
        emit completeChanged();
        checkNameNow();
        return false;
    case Page::Review:
        startProvisioning();
        return m_provisioningState == ProvisioningState::Running;
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

void SetupController::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    emit modeChanged();
}

// --- subscription ---------------------------------------------------------------------------

QList<azure::StoredAccount> SetupController::accounts() const
{
    return m_store.accounts();
}

void SetupController::reloadSubscriptions()
{
    m_subscriptions = m_store.subscriptions();
    emit subscriptionsChanged();
    QString wanted = m_subscription.id;
    if (wanted.isEmpty())
        wanted = m_settings->value(kSubscriptionKey).toString();
    if (wanted.isEmpty() || !m_store.find(wanted))
        wanted = m_store.currentId();
    if (wanted.isEmpty() && !m_subscriptions.isEmpty())
        wanted = m_subscriptions.first().id;
    if (!wanted.isEmpty())
        selectSubscription(wanted);
}

bool SetupController::importPublishSettings(const QString &path)
{
    const azure::PublishSettingsResult parsed = azure::PublishSettings::load(path);
    auto setError = [this](const QString &text) {
        m_subscriptionError = text;
        emit subscriptionErrorChanged();
        emit completeChanged();
        return false;
    };
    if (!parsed.ok())
        return setError(parsed.errorMessage);
    QString error;
    if (!m_store.importSubscriptions(parsed.subscriptions, &error,
                                     QFileInfo(path).absoluteFilePath()))
        return setError(tr("The subscriptions in %1 could not be remembered: %2")
                            .arg(QDir::toNativeSeparators(path), error));
    m_subscriptionWarnings = parsed.warnings;
    m_subscriptionError.clear();
    emit subscriptionErrorChanged();
    qCInfo(lcUi) << "imported" << parsed.subscriptions.size() << "subscription(s) from" << path;
    m_subscriptions = m_store.subscriptions();
    emit subscriptionsChanged();
    selectSubscription(parsed.subscriptions.first().id);
    return true;
}

bool SetupController::selectSubscription(const QString &id)
{
    QString error;
    const auto found = m_store.find(id, &error);
    if (!found || !found->isValid()) {
        m_subscriptionError = found ? tr("The key of subscription %1 is missing. Import its "
                                         ".publishsettings file again.")
                                          .arg(id)
                                    : error;
        emit subscriptionErrorChanged();
        return false;
    }
    if (!m_subscriptionError.isEmpty()) {
        m_subscriptionError.clear();
        emit subscriptionErrorChanged();
    }
    if (found->id == m_subscription.id && m_client)
        return true;
    m_subscription = *found;
    m_store.setCurrent(m_subscription.id, nullptr);
    rebuildClient();
    emit currentSubscriptionChanged();
    return true;
}

void SetupController::rebuildClient()
{
    for (QPointer<azure::ManagementReply> reply :
         {QPointer<azure::ManagementReply>(m_locationsReply),
          QPointer<azure::ManagementReply>(m_imagesReply),
          QPointer<azure::ManagementReply>(m_nameReply)}) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
    if (m_provisioner && m_provisioner->isRunning())
        return; // never swap the client under a running create
    m_client = std::make_unique<azure::ManagementClient>(m_nam, m_subscription, m_options.client);
    m_spec.dnsSuffix = azure::cloudServiceDnsSuffix(m_subscription.cloud);
    m_locationsState = LoadState::Idle;
    m_locations.clear();
    m_locationsError.clear();
    m_imagesState = LoadState::Idle;
    m_allImages.clear();
    m_images.clear();
    m_imagesError.clear();
    emit locationsChanged();
    emit imagesChanged();
    if (!m_spec.dnsName.isEmpty())
        setNameState(NameState::Unknown, QString());
    emit dnsNameChanged();
    updateBusy();
    if (m_page == Page::Region)
        loadLocations();
    else if (m_page == Page::Image)
        loadImages();
}

// --- region ---------------------------------------------------------------------------------

void SetupController::loadLocations()
{
    if (!m_client) {
        m_locationsState = LoadState::Failed;
        m_locationsError = tr("No subscription is selected. Go back and import a "
                              ".publishsettings file.");
        emit locationsChanged();
        return;
    }
    if (m_locationsReply && !m_locationsReply->isFinished())
        return;
    m_locationsState = LoadState::Loading;
    m_locationsError.clear();
    auto *reply = m_client->listLocations();
    m_locationsReply = reply;
    connect(reply, &azure::ManagementReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->ok()) {
            m_locations = azure::virtualMachineLocations(reply->locations());
            m_locationsState = LoadState::Loaded;
            bool known = false;
            for (const auto &l : std::as_const(m_locations))
                known = known || l.name == m_spec.location;
            if (!known && !m_locations.isEmpty()) {
                QString pick = m_locations.first().name;
                for (const auto &l : std::as_const(m_locations))
                    if (l.name == QLatin1String("West US"))
                        pick = l.name;
                m_spec.location = pick;
                emit locationChanged();
            }
            if (m_locations.isEmpty()) {
                m_locationsState = LoadState::Failed;
                m_locationsError = tr("The subscription offers no region with virtual machines. "
                                      "Check the subscription in the Azure portal.");
            }
        } else {
            m_locationsState = LoadState::Failed;
            m_locationsError = reply->error().toString();
            appendLog(tr("Loading the regions failed: %1").arg(reply->error().summary()));
        }
        emit locationsChanged();
        updateBusy();
    });
    emit locationsChanged();
    updateBusy();
}

void SetupController::setLocation(const QString &location)
{
    if (location == m_spec.location)
        return;
    m_spec.location = location;
    emit locationChanged();
    if (m_imagesState == LoadState::Loaded)
        applyImageFilter();
}

// --- image ----------------------------------------------------------------------------------

void SetupController::loadImages()
{
    if (!m_client) {
        m_imagesState = LoadState::Failed;
        m_imagesError = tr("No subscription is selected. Go back and import a .publishsettings "
                           "file.");
        emit imagesChanged();
        return;
    }
    if (m_imagesReply && !m_imagesReply->isFinished())
        return;
    m_imagesState = LoadState::Loading;
    m_imagesError.clear();
    auto *reply = m_client->listOsImages();
    m_imagesReply = reply;
    connect(reply, &azure::ManagementReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->ok()) {
            m_allImages = reply->images();
            m_imagesState = LoadState::Loaded;
            applyImageFilter();
        } else {
            m_imagesState = LoadState::Failed;
            m_imagesError = reply->error().toString();
            appendLog(tr("Loading the images failed: %1").arg(reply->error().summary()));
            emit imagesChanged();
        }
        updateBusy();
    });
    emit imagesChanged();
    updateBusy();
}

void SetupController::setImageFilter(const QString &filter)
{
    if (filter == m_imageFilter)
        return;
    m_imageFilter = filter;
    applyImageFilter();
}

bool SetupController::isImageTooOld(const azure::OsImage &image)
{
    return azure::lacksExtensionAgent(image);
}

void SetupController::applyImageFilter()
{
    QList<azure::OsImage> filtered;
    for (const auto &image : azure::filterImages(m_allImages, m_imageFilter.trimmed(), true)) {
        if (!m_spec.location.isEmpty() && !image.locations.isEmpty() &&
            !image.locations.contains(m_spec.location))
            continue;
        filtered << image;
    }
    m_images = filtered;
    bool stillThere = false;
    for (const auto &image : std::as_const(m_images))
        stillThere = stillThere || image.name == m_spec.imageName;
    if (!stillThere) {
        QString pick;
        for (const auto &image : std::as_const(m_images)) {
            if (!isImageTooOld(image)) {
                pick = image.name;
                break;
            }
        }
        if (pick.isEmpty() && !m_images.isEmpty())
            pick = m_images.first().name;
        if (pick != m_spec.imageName) {
            m_spec.imageName = pick;
            emit imageNameChanged();
        }
    }
    emit imagesChanged();
}

void SetupController::setImageName(const QString &name)
{
    if (name == m_spec.imageName)
        return;
    m_spec.imageName = name;
    emit imageNameChanged();
}

QString SetupController::imageWarning() const
{
    for (const auto &image : m_allImages) {
        if (image.name == m_spec.imageName && isImageTooOld(image))
            return tr("%1 was published before %2: its Linux agent is too old for the Docker "
                      "extension, so Docker would never start. Choose a newer image.")
                .arg(image.label, QLocale().toString(azure::extensionAgentCutoff().date(),
                                                     QLocale::ShortFormat));
    }
    return QString();
}

// --- virtual machine ------------------------------------------------------------------------

QString SetupController::hostName() const
{
    return m_spec.dnsName.isEmpty() ? QString() : m_spec.hostName();
}

void SetupController::setDnsName(const QString &rawName)
{
    const QString name = rawName.trimmed().toLower();
    if (name == m_spec.dnsName)
        return;
    m_spec.dnsName = name;
    if (m_nameReply) {
        m_nameReply->disconnect(this);
        m_nameReply->abort();
        updateBusy();
    }
    m_nameChecked.clear();
    emit dnsNameChanged();
    if (name.isEmpty()) {
        m_nameTimer.stop();
        setNameState(NameState::Unknown, QString());
        return;
    }
    const QString invalid = validateDnsName(name);
    if (!invalid.isEmpty()) {
        m_nameTimer.stop();
        setNameState(NameState::Invalid, invalid);
        return;
    }
    setNameState(NameState::Checking, tr("Checking whether %1 is free…").arg(m_spec.hostName()));
    m_nameTimer.start();
}

void SetupController::checkNameNow()
{
    m_nameTimer.stop();
    const QString name = m_spec.dnsName;
    if (name.isEmpty() || !validateDnsName(name).isEmpty()) {
        finishAdvance(Page::VirtualMachine, false);
        return;
    }
    if (!m_client) {
        setNameState(NameState::Error, tr("No subscription is selected, so the name cannot be "
                                          "checked. Go back and choose one."));
        finishAdvance(Page::VirtualMachine, false);
        return;
    }
    if (m_nameReply) {
        m_nameReply->disconnect(this);
        m_nameReply->abort();
    }
    setNameState(NameState::Checking, tr("Checking whether %1 is free…").arg(m_spec.hostName()));
    auto *reply = m_client->checkHostedServiceName(name);
    m_nameReply = reply;
    m_nameChecked = name;
    connect(reply, &azure::ManagementReply::finished, this, [this, reply, name] {
        reply->deleteLater();
        if (name != m_spec.dnsName)
            return;
        if (!reply->ok()) {
            setNameState(NameState::Error,
                         tr("Could not check whether %1 is free: %2 Next checks again.")
                             .arg(m_spec.hostName(), reply->error().summary()));
        } else if (reply->availability().available) {
            setNameState(NameState::Available, tr("%1 is available.").arg(m_spec.hostName()));
        } else {
            const QString reason = reply->availability().reason;
            setNameState(NameState::Taken,
                         tr("%1 is already taken%2. Choose another DNS name.")
                             .arg(m_spec.hostName(), reason.isEmpty()
                                                         ? QString()
                                                         : QStringLiteral(" (%1)").arg(reason)));
        }
        updateBusy();
        finishAdvance(Page::VirtualMachine, m_nameState == NameState::Available);
    });
    updateBusy();
}

void SetupController::setNameState(NameState state, const QString &message)
{
    if (state == m_nameState && message == m_nameMessage)
        return;
    m_nameState = state;
    m_nameMessage = message;
    emit nameStateChanged();
}

QStringList SetupController::vmSizes() const
{
    for (const auto &l : m_locations) {
        if (l.name == m_spec.location && !l.vmRoleSizes.isEmpty())
            return l.vmRoleSizes;
    }
    return roleSizes();
}

void SetupController::setVmSize(const QString &size)
{
    if (size == m_spec.size)
        return;
    m_spec.size = size;
    emit specChanged();
}

void SetupController::setUserName(const QString &name)
{
    if (name == m_spec.userName)
        return;
    m_spec.userName = name;
    emit specChanged();
}

QString SetupController::userNameError() const
{
    return m_spec.userName.isEmpty() ? QString() : validateUserName(m_spec.userName);
}

void SetupController::setPassword(const QString &password)
{
    if (password == m_spec.password)
        return;
    m_spec.password = password;
    emit passwordChanged();
}

void SetupController::setPasswordConfirmation(const QString &password)
{
    if (password == m_passwordConfirmation)
        return;
    m_passwordConfirmation = password;
    emit passwordChanged();
}

QList<PasswordRule> SetupController::passwordChecklist() const
{
    QList<PasswordRule> rules = provision::passwordChecklist(m_spec.password);
    rules << PasswordRule{tr("Both entries match"), passwordsMatch()};
    return rules;
}

bool SetupController::passwordsMatch() const
{
    return !m_spec.password.isEmpty() && m_spec.password == m_passwordConfirmation;
}

bool SetupController::isPasswordAcceptable() const
{
    return validatePassword(m_spec.password).isEmpty();
}

// --- ports and certificates -----------------------------------------------------------------

void SetupController::setSshPort(int port)
{
    if (port == m_spec.sshPort)
        return;
    m_spec.sshPort = port;
    emit portsChanged();
}

void SetupController::setDockerPort(int port)
{
    if (port == m_spec.dockerPort)
        return;
    m_spec.dockerPort = port;
    emit portsChanged();
}

QString SetupController::sshPortError() const
{
    return validatePort(m_spec.sshPort, true);
}

QString SetupController::dockerPortError() const
{
    const QString invalid = validatePort(m_spec.dockerPort, false);
    if (!invalid.isEmpty())
        return invalid;
    if (m_spec.dockerPort == m_spec.sshPort)
        return tr("The Docker port %1 is also the SSH port. Each endpoint needs its own public "
                  "port: choose another one, e.g. 4243.")
            .arg(m_spec.dockerPort);
    return QString();
}

void SetupController::setCertDir(const QString &dir)
{
    if (dir == m_spec.certDir)
        return;
    m_spec.certDir = dir;
    refreshCertReport();
}

QString SetupController::connectionCertDir() const
{
    return m_spec.effectiveCertDir();
}

void SetupController::refreshCertReport()
{
    const QString dir = m_spec.effectiveCertDir();
    const QString shown = nativeDir(dir);
    const QString host = m_spec.dnsName.isEmpty() ? tr("the new host") : m_spec.hostName();
    const certs::DockerTlsReport report = certs::DockerTlsStore(dir).inspect();
    QString text;
    bool usable = true;
    const auto shared = report.sharedErrors();
    if (!report.dirExists || report.isEmpty()) {
        text = tr("Will create a CA, a client certificate and a server certificate for %1 in %2.")
                   .arg(host, shown);
    } else if (!shared.isEmpty()) {
        usable = false;
        QStringList lines;
        for (const auto &p : shared)
            lines << p.message;
        text = tr("Cannot use the certificates in %1:\n%2\nChoose another folder, or fix or move "
                  "these files.")
                   .arg(shown, lines.join(QLatin1Char('\n')));
    } else if (report.ca.exists && report.clientCert.exists) {
        const bool hasServer = !m_spec.dnsName.isEmpty() &&
                               report.host(m_spec.hostName().toLower()) &&
                               report.errorsForHost(m_spec.hostName().toLower()).isEmpty();
        text = hasServer ? tr("Will reuse the CA, the client certificate and the server "
                              "certificate for %1 from %2.")
                               .arg(host, shown)
                         : tr("Will reuse the CA and client certificate from %1 and create a "
                              "server certificate for %2.")
                               .arg(shown, host);
    } else {
        text = tr("Will create the missing CA or client certificate in %1, and a server "
                  "certificate for %2.")
                   .arg(shown, host);
    }
    for (const auto &p : report.problems) {
        if (p.severity == certs::DockerTlsProblem::Severity::Warning)
            text += QLatin1Char('\n') + p.message;
    }
    if (text == m_certReportText && usable == m_certDirUsable)
        return;
    m_certReportText = text;
    m_certDirUsable = usable;
    emit certDirChanged();
}

// --- review ---------------------------------------------------------------------------------

QString SetupController::azureCommandLine() const
{
    QStringList args{QStringLiteral("azure"), QStringLiteral("vm"), QStringLiteral("docker"),
                     QStringLiteral("create")};
    args << createArguments(m_spec, QStringLiteral("--docker-cert-dir")) << QStringLiteral("****");
    return args.join(QLatin1Char(' '));
}

QString SetupController::dockerVmCommandLine() const
{
    QStringList args{QStringLiteral("docker-vm"), QStringLiteral("create")};
    // The password is not an argument: docker-vm asks for it without echo.
    args << createArguments(m_spec, QStringLiteral("-C"));
    return args.join(QLatin1Char(' '));
}

QList<QPair<QString, QString>> SetupController::summary() const
{
    QString imageLabel = m_spec.imageName;
    for (const auto &image : m_allImages)
        if (image.name == m_spec.imageName && !image.label.isEmpty())
            imageLabel = QStringLiteral("%1 (%2)").arg(image.label, image.name);
    return {
        {tr("Subscription"), QStringLiteral("%1 (%2)").arg(m_subscription.name, m_subscription.id)},
        {tr("Region"), m_spec.location},
        {tr("Image"), imageLabel},
        {tr("Host name"), hostName()},
        {tr("Size"), m_spec.size},
        {tr("User"), m_spec.userName},
        {tr("Password"), m_spec.password.isEmpty() ? tr("(none)") : QStringLiteral("********")},
        {tr("SSH port"),
         m_spec.sshPort == 0 ? tr("no SSH endpoint") : QString::number(m_spec.sshPort)},
        {tr("Docker port"), QString::number(m_spec.dockerPort)},
        {tr("Certificates"), m_certReportText},
    };
}

// --- provisioning ---------------------------------------------------------------------------

bool SetupController::cleanUpUnfinishedRuns()
{
    if (!m_client || m_unfinished->isBusy())
        return false;
    m_unfinished->cleanUp(m_client.get(), m_options.provisioner);
    return true;
}

void SetupController::startProvisioning()
{
    if (m_provisioningState == ProvisioningState::Running ||
        m_provisioningState == ProvisioningState::Cancelling)
        return;
    if (!m_client) {
        appendLog(tr("No subscription is selected. Go back and choose one."));
        return;
    }
    if (m_provisioner) {
        m_provisioner->disconnect(this);
        m_provisioner->deleteLater();
    }
    saveSetting(kSubscriptionKey, m_subscription.id);
    saveSetting(kRegionKey, m_spec.location);
    saveSetting(kSizeKey, m_spec.size);
    saveSetting(kUserKey, m_spec.userName);
    saveSetting(kSshPortKey, m_spec.sshPort);
    saveSetting(kDockerPortKey, m_spec.dockerPort);
    saveSetting(kCertDirKey, m_spec.certDir);

    Provisioner::Options options = m_options.provisioner;
    options.tls.keyType = m_options.keyType;
    VmSpec spec = m_spec;
    spec.keyType = m_options.keyType;
    m_provisioner = new Provisioner(m_client.get(), spec, options, this);
    m_steps.clear();
    for (Provisioner::Step step : Provisioner::steps())
        m_steps << StepRow{
            step, Provisioner::stepLabel(step), Provisioner::StepState::Pending, 0, {}};
    m_log.clear();
    emit logChanged();
    emit stepsChanged();
    connect(m_provisioner, &Provisioner::stepChanged, this, &SetupController::onStepChanged);
    connect(m_provisioner, &Provisioner::message, this, &SetupController::appendLog);
    connect(m_provisioner, &Provisioner::finished, this, &SetupController::onProvisionerFinished);
    m_provisioningState = ProvisioningState::Running;
    emit provisioningStateChanged();
    updateBusy();
    appendLog(tr("Creating %1 in %2 from %3 as %4.")
                  .arg(m_spec.hostName(), m_spec.location, m_spec.imageName, m_spec.size));
    m_stepClock.start();
    m_elapsedTimer.start();
    m_provisioner->start();
}

void SetupController::cancelProvisioning()
{
    if (!m_provisioner || m_provisioningState != ProvisioningState::Running)
        return;
    m_provisioningState = ProvisioningState::Cancelling;
    emit provisioningStateChanged();
    appendLog(tr("Cancelling: removing what this run created…"));
    m_provisioner->cancel();
}

void SetupController::onStepChanged(Provisioner::Step step, Provisioner::StepState state,
                                    const QString &detail)
{
    for (StepRow &row : m_steps) {
        if (row.step != step)
            continue;
        const bool started = state == Provisioner::StepState::Running &&
                             row.state != Provisioner::StepState::Running;
        row.state = state;
        if (!detail.isEmpty())
            row.detail = detail;
        if (started)
            m_stepClock.restart();
        if (m_provisioner) {
            for (const auto &info : m_provisioner->stepInfos())
                if (info.step == step && info.elapsedMs > 0)
                    row.elapsedMs = info.elapsedMs;
        }
        if (state == Provisioner::StepState::Running && started)
            row.elapsedMs = 0;
    }
    emit stepsChanged();
}

void SetupController::tickElapsed()
{
    bool any = false;
    for (StepRow &row : m_steps) {
        if (row.state == Provisioner::StepState::Running) {
            row.elapsedMs = m_stepClock.elapsed();
            any = true;
        }
    }
    if (any)
        emit stepsChanged();
}

void SetupController::onProvisionerFinished(bool ok)
{
    m_elapsedTimer.stop();
    const Provisioner::Result r = m_provisioner->result();
    for (StepRow &row : m_steps) {
        for (const auto &info : m_provisioner->stepInfos())
            if (info.step == row.step) {
                row.state = info.state;
                if (info.elapsedMs > 0)
                    row.elapsedMs = info.elapsedMs;
                if (!info.detail.isEmpty())
                    row.detail = info.detail;
            }
    }
    emit stepsChanged();
    m_provisioningState =
        ok ? ProvisioningState::Succeeded
           : (r.cancelled ? ProvisioningState::Cancelled : ProvisioningState::Failed);
    for (const QString &line : r.removed)
        appendLog(tr("Removed: %1").arg(line));
    for (const QString &line : r.leftBehind)
        appendLog(tr("Could not remove: %1").arg(line));
    appendLog(resultText());
    emit provisioningStateChanged();
    updateBusy();
}

Provisioner::Result SetupController::result() const
{
    return m_provisioner ? m_provisioner->result() : Provisioner::Result();
}

QString SetupController::resultText() const
{
    if (!m_provisioner)
        return QString();
    const Provisioner::Result r = m_provisioner->result();
    QString removed;
    if (!r.removed.isEmpty())
        removed = tr("Removed: %1.").arg(r.removed.join(QStringLiteral(", ")));
    QString left;
    if (!r.leftBehind.isEmpty())
        left = tr("Still in Azure: %1. Remove it with `docker-vm cleanup` or in the Azure portal.")
                   .arg(r.leftBehind.join(QStringLiteral(", ")));
    const auto join = [](QStringList parts) {
        parts.removeAll(QString());
        return parts.join(QLatin1Char(' '));
    };
    switch (m_provisioningState) {
    case ProvisioningState::NotStarted:
        return QString();
    case ProvisioningState::Running:
        return tr("Creating %1…").arg(m_spec.hostName());
    case ProvisioningState::Cancelling:
        return tr("Cancelling and removing what was created…");
    case ProvisioningState::Succeeded:
        return tr("%1 is ready: Docker answers on port %2 with the certificates in %3.")
            .arg(r.hostName.isEmpty() ? m_spec.hostName() : r.hostName)
            .arg(r.dockerPort ? r.dockerPort : m_spec.dockerPort)
            .arg(nativeDir(r.certDir.isEmpty() ? m_spec.effectiveCertDir() : r.certDir));
    case ProvisioningState::Cancelled:
        return join({tr("Cancelled."),
                     r.removed.isEmpty() && r.leftBehind.isEmpty()
                         ? tr("Nothing had been created in Azure yet.")
                         : removed,
                     left});
    case ProvisioningState::Failed:
        return join({r.error, removed, left});
    }
    return QString();
}

HostOverrides SetupController::connectionHostOverrides() const
{
    if (m_provisioner)
        return m_provisioner->result().hostOverrides;
    return m_options.provisioner.hostOverrides;
}

QString SetupController::connectionHost() const
{
    if (!m_spec.dnsName.isEmpty())
        return m_spec.hostName();
    return m_settings->value(QStringLiteral("connection/host")).toString();
}

// --- log and settings -----------------------------------------------------------------------

void SetupController::appendLog(const QString &line)
{
    const QString stamped = QStringLiteral("%1  %2").arg(
        QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line);
    m_log << stamped;
    qCInfo(lcUi).noquote() << line;
    emit logLineAdded(stamped);
    emit logChanged();
}

void SetupController::saveSetting(const QString &key, const QVariant &value)
{
    m_settings->setValue(key, value);
}

QByteArray SetupController::windowGeometry() const
{
    return m_settings->value(kGeometryKey).toByteArray();
}

void SetupController::setWindowGeometry(const QByteArray &geometry)
{
    saveSetting(kGeometryKey, geometry);
}

} // namespace dockervm::provision
