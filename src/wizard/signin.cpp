#include "wizard/signin.h"

#include <QFileInfo>
#include <QSslCertificate>

namespace dockervm::wizard {

namespace {
QString checkServerUrl(const QString &field, const QString &text, QUrl *out)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.scheme() != QLatin1String("https") ||
        url.hasQuery() || url.hasFragment()) {
        return QCoreApplication::translate("SignIn",
                                           "%1: “%2” is not a server address. Give an https URL "
                                           "such as %3.")
            .arg(field, text,
                 field.contains(QLatin1String("Resource"))
                     ? QStringLiteral("https://management.usgovcloudapi.net")
                     : QStringLiteral("https://login.microsoftonline.us"));
    }
    *out = url;
    return {};
}
} // namespace

SignIn::SignIn(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_endpoints(m_options.endpoints)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        emit tick();
        if (secondsLeft() <= 0)
            m_tick.stop();
    });
    // Preselect the current account when it is an ARM one.
    if (const auto current = store().current();
        current && current->kind == cloud::Kind::ResourceManager)
        m_selected = current->id;
}

SignIn::~SignIn() = default;

accounts::Accounts SignIn::store() const
{
    return accounts::Accounts(m_options.accountConfigDir, m_options.accountDataDir,
                              m_options.filesOnly);
}

QString SignIn::setAuthority(const QString &url)
{
    if (url.trimmed().isEmpty()) {
        m_endpoints.authority = identity::CloudEndpoints().authority;
        return {};
    }
    return checkServerUrl(tr("Sign-in server"), url, &m_endpoints.authority);
}

QString SignIn::setArmEndpoint(const QString &url)
{
    if (url.trimmed().isEmpty()) {
        m_endpoints.armEndpoint = identity::CloudEndpoints().armEndpoint;
        return {};
    }
    return checkServerUrl(tr("Resource Manager endpoint"), url, &m_endpoints.armEndpoint);
}

QString SignIn::setTenant(const QString &tenant)
{
    const QString t = tenant.trimmed();
    if (t.contains(QLatin1Char('/')) || t.contains(QLatin1Char(' ')))
        return tr("Tenant: “%1” is not a tenant id or domain (such as contoso.onmicrosoft.com). "
                  "Leave it empty to sign in to your home tenant.")
            .arg(tenant);
    m_endpoints.tenant = t.isEmpty() ? identity::CloudEndpoints().tenant : t;
    return {};
}

QString SignIn::setManagementCaFile(const QString &path)
{
    if (path.trimmed().isEmpty()) {
        m_endpoints.managementCaFile.clear();
        return {};
    }
    const QFileInfo info(path.trimmed());
    if (!info.isFile() || !info.isReadable())
        return tr("Extra CA: “%1” is not a readable file. Choose the PEM file of the CA that "
                  "signed your sign-in and Resource Manager servers, or leave it empty.")
            .arg(path);
    if (QSslCertificate::fromPath(info.absoluteFilePath(), QSsl::Pem).isEmpty())
        return tr("Extra CA: “%1” holds no PEM certificate (-----BEGIN CERTIFICATE-----).")
            .arg(path);
    m_endpoints.managementCaFile = info.absoluteFilePath();
    return {};
}

QString SignIn::setClientId(const QString &clientId)
{
    const QString id = clientId.trimmed();
    m_endpoints.clientId = id.isEmpty() ? identity::CloudEndpoints().clientId : id;
    return {};
}

bool SignIn::isCustomCloud() const
{
    return !(m_endpoints == identity::CloudEndpoints());
}

void SignIn::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    emit phaseChanged();
}

void SignIn::setError(const QString &text, identity::DeviceCodeResult::Error kind)
{
    if (m_error == text && m_errorKind == kind)
        return;
    m_error = text;
    m_errorKind = kind;
    emit errorChanged();
}

void SignIn::start()
{
    if (isRunning())
        return;
    setError({}, identity::DeviceCodeResult::Error::None);
    m_code = identity::DeviceCode();
    emit codeChanged();
    accounts::SignInSession::Options o;
    o.flow = m_options.flow;
    o.configDir = m_options.accountConfigDir;
    o.dataDir = m_options.accountDataDir;
    o.filesOnly = m_options.filesOnly;
    // The wizard selects what the user picks; a first sign-in still makes its first current.
    o.makeCurrent = true;
    delete m_session;
    auto *session =
        new accounts::SignInSession(m_options.networkAccessManager, m_endpoints, o, this);
    m_session = session;
    connect(session, &accounts::SignInSession::codeReady, this,
            [this](const identity::DeviceCode &code) {
                m_code = code;
                emit codeChanged();
                m_tick.start();
                setPhase(Phase::WaitingForUser);
            });
    connect(session, &accounts::SignInSession::stateChanged, this,
            [this](accounts::SignInSession::State state) {
                if (state == accounts::SignInSession::State::ListingSubscriptions ||
                    state == accounts::SignInSession::State::Saving) {
                    m_tick.stop();
                    setPhase(Phase::Finishing);
                }
            });
    connect(session, &accounts::SignInSession::finished, this, &SignIn::onFinished);
    setPhase(Phase::RequestingCode);
    session->start();
}

void SignIn::onFinished(bool ok)
{
    m_tick.stop();
    accounts::SignInSession *session = m_session;
    if (!session)
        return;
    m_notice = session->notice();
    m_skipped = session->skippedTenants();
    if (session->state() == accounts::SignInSession::State::Cancelled) {
        session->deleteLater();
        setPhase(Phase::Idle);
        return;
    }
    if (!ok) {
        setError(session->errorMessage(), session->flowError());
        session->deleteLater();
        setPhase(Phase::Failed);
        return;
    }
    m_user = session->user();
    const QList<identity::ArmSubscription> saved = session->savedSubscriptions();
    session->deleteLater();
    emit accountsChanged();
    // The current account when it is one of these, else the first saved.
    QString pick = saved.first().subscriptionId;
    if (const auto current = store().current();
        current && current->kind == cloud::Kind::ResourceManager) {
        for (const identity::ArmSubscription &s : saved) {
            if (s.subscriptionId.compare(current->id, Qt::CaseInsensitive) == 0)
                pick = current->id;
        }
    }
    select(pick);
    setPhase(Phase::SignedIn);
    emit signedIn();
}

void SignIn::cancel()
{
    m_tick.stop();
    if (m_session && m_session->isRunning())
        m_session->cancel(); // onFinished → Idle
    else
        setPhase(Phase::Idle);
}

void SignIn::startOver()
{
    if (m_session && m_session->isRunning()) {
        // Wait for the cancellation to finish, then start with a fresh code.
        accounts::SignInSession *old = m_session;
        connect(
            old, &accounts::SignInSession::finished, this,
            [this] { QMetaObject::invokeMethod(this, &SignIn::start, Qt::QueuedConnection); },
            Qt::SingleShotConnection);
        old->cancel();
        return;
    }
    start();
}

int SignIn::secondsLeft() const
{
    if (!m_code.expiresAt.isValid())
        return 0;
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_code.expiresAt)));
}

int SignIn::pollIntervalSec() const
{
    return m_session ? m_session->pollIntervalSec() : m_code.intervalSec;
}

QString SignIn::statusText() const
{
    switch (m_phase) {
    case Phase::Idle:
        return {};
    case Phase::RequestingCode:
        return tr("Asking %1 for a sign-in code…").arg(m_endpoints.authority.host());
    case Phase::WaitingForUser: {
        const int left = secondsLeft();
        return tr("Waiting for you to sign in in the browser (checked every %n s); the code "
                  "expires in %1.",
                  "", pollIntervalSec())
            .arg(QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
    }
    case Phase::Finishing:
        return tr("Signed in. Looking up your subscriptions…");
    case Phase::SignedIn:
        return tr("Signed in as %1. Choose the subscription to create the Docker host in.")
            .arg(m_user);
    case Phase::Failed:
        return m_error;
    }
    return {};
}

QList<accounts::AccountInfo> SignIn::accounts() const
{
    QList<accounts::AccountInfo> arm;
    for (const accounts::AccountInfo &a : store().list()) {
        if (a.kind == cloud::Kind::ResourceManager)
            arm.append(a);
    }
    return arm;
}

std::optional<accounts::AccountInfo> SignIn::selected() const
{
    if (m_selected.isEmpty())
        return std::nullopt;
    for (const accounts::AccountInfo &a : accounts()) {
        if (a.id.compare(m_selected, Qt::CaseInsensitive) == 0)
            return a;
    }
    return std::nullopt;
}

bool SignIn::select(const QString &subscriptionId)
{
    accounts::AccountInfo info;
    info.kind = cloud::Kind::ResourceManager;
    info.id = subscriptionId;
    QString error;
    bool known = false;
    for (const accounts::AccountInfo &a : accounts())
        known = known || a.id.compare(subscriptionId, Qt::CaseInsensitive) == 0;
    if (!known) {
        setError(
            tr("No signed-in subscription has the id “%1”. Sign in again.").arg(subscriptionId),
            identity::DeviceCodeResult::Error::None);
        return false;
    }
    if (!store().setCurrent(info, &error)) {
        setError(error, identity::DeviceCodeResult::Error::None);
        return false;
    }
    if (m_selected != subscriptionId) {
        m_selected = subscriptionId;
        emit selectionChanged();
    }
    return true;
}

} // namespace dockervm::wizard
