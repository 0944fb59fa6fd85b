#include "accounts/signinsession.h"

#include "accounts/accounts.h"
#include "arm/armcatalogue.h"
#include "arm/armclient.h"
#include "identity/oauth.h"
#include "identity/tokenmanager.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>

namespace dockervm::accounts {

namespace {
bool isGenericTenant(const QString &tenant)
{
    return tenant.isEmpty() ||
           tenant.compare(QLatin1String("organizations"), Qt::CaseInsensitive) == 0 ||
           tenant.compare(QLatin1String("common"), Qt::CaseInsensitive) == 0 ||
           tenant.compare(QLatin1String("consumers"), Qt::CaseInsensitive) == 0;
}
} // namespace

QString knownArmResource(const QUrl &armEndpoint)
{
    const QString host = armEndpoint.host().toLower();
    if (host == QLatin1String("management.azure.com"))
        return QStringLiteral("https://management.core.windows.net/");
    if (host == QLatin1String("management.usgovcloudapi.net"))
        return QStringLiteral("https://management.core.usgovcloudapi.net/");
    if (host == QLatin1String("management.chinacloudapi.cn"))
        return QStringLiteral("https://management.core.chinacloudapi.cn/");
    return {};
}

SignInSession::SignInSession(QNetworkAccessManager *nam, identity::CloudEndpoints endpoints,
                             Options options, QObject *parent)
    : QObject(parent), m_nam(nam), m_endpoints(std::move(endpoints)), m_options(std::move(options))
{
    // A sovereign cloud's Resource Manager takes tokens for its own audience only.
    if (m_endpoints.armResource == identity::CloudEndpoints().armResource) {
        const QString known = knownArmResource(m_endpoints.armEndpoint);
        if (!known.isEmpty())
            m_endpoints.armResource = known;
    }
}

SignInSession::~SignInSession()
{
    m_refreshToken.fill('\0');
}

bool SignInSession::isRunning() const
{
    return m_state != State::Idle && m_state != State::Done && m_state != State::Failed &&
           m_state != State::Cancelled;
}

int SignInSession::pollIntervalSec() const
{
    return m_flow ? m_flow->currentIntervalSec() : m_code.intervalSec;
}

void SignInSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SignInSession::start()
{
    if (isRunning())
        return;
    delete m_work;
    m_work = new QObject(this);
    m_found.clear();
    m_saved.clear();
    m_skipped.clear();
    m_hidden = 0;
    m_error.clear();
    m_notice.clear();
    m_firstError.clear();
    m_current.clear();
    m_flowError = identity::DeviceCodeResult::Error::None;
    m_code = identity::DeviceCode();
    auto *flow = new identity::DeviceCodeFlow(m_nam, m_endpoints, m_options.flow, m_work);
    m_flow = flow;
    connect(flow, &identity::DeviceCodeFlow::codeReady, this,
            [this](const identity::DeviceCode &code) {
                m_code = code;
                setState(State::WaitingForUser);
                emit codeReady(code);
            });
    connect(flow, &identity::DeviceCodeFlow::finished, this, &SignInSession::onFlowFinished);
    setState(State::RequestingCode);
    flow->start();
}

void SignInSession::cancel()
{
    if (!isRunning())
        return;
    if (m_flow && m_flow->isRunning()) {
        m_flow->cancel(); // finished(Cancelled) follows from the event loop
        return;
    }
    // Listing or saving: drop the requests (their callbacks die with m_work).
    delete m_work;
    m_work = nullptr;
    m_tokens = nullptr;
    m_error = tr("Sign-in cancelled; nothing was saved.");
    end(State::Cancelled);
}

void SignInSession::end(State state)
{
    m_refreshToken.fill('\0');
    m_refreshToken.clear();
    setState(state);
    emit finished(state == State::Done);
}

void SignInSession::fail(const QString &message)
{
    m_error = message;
    end(State::Failed);
}

void SignInSession::onFlowFinished(const identity::DeviceCodeResult &result)
{
    m_flowError = result.error;
    if (result.error == identity::DeviceCodeResult::Error::Cancelled) {
        m_error =
            result.message.isEmpty() ? tr("Sign-in cancelled; nothing was saved.") : result.message;
        return end(State::Cancelled);
    }
    if (!result.ok())
        return fail(result.message);
    m_user = result.tokens.claims.userName;
    m_homeTenant = result.tokens.claims.tenantId;
    if (m_homeTenant.isEmpty() && !isGenericTenant(m_endpoints.tenant))
        m_homeTenant = m_endpoints.tenant;
    if (m_homeTenant.isEmpty()) {
        return fail(tr("The sign-in server answered without saying which tenant you signed in to "
                       "(no “tid” claim); nothing was saved. Sign in with --tenant TENANT-ID."));
    }
    if (m_user.isEmpty())
        m_user = result.tokens.claims.objectId;
    m_refreshToken = result.tokens.refreshToken;
    if (m_refreshToken.isEmpty()) {
        return fail(tr("The sign-in of %1 returned no refresh token (was offline_access "
                       "granted?); nothing was saved.")
                        .arg(m_user));
    }
    identity::CloudEndpoints home = m_endpoints;
    home.tenant = m_homeTenant;
    m_tokens = new identity::TokenManager(m_nam, home, m_refreshToken, m_work);
    // Entra ID rotates the refresh token on every use: keep the newest for saving.
    m_tokens->setRefreshTokenSink([this](const QByteArray &rotated) { m_refreshToken = rotated; });
    m_tokens->setAccessToken(
        identity::AccessToken{result.tokens.accessToken, result.tokens.expiresAt},
        result.tokens.lifetimeSec);
    setState(State::ListingSubscriptions);
    if (!isGenericTenant(m_endpoints.tenant))
        return listSubscriptions({m_homeTenant});
    listTenants();
}

arm::ArmClient *SignInSession::makeClient(identity::TokenManager *tokens)
{
    arm::ArmClient::Options o;
    o.armEndpoint = m_endpoints.armEndpoint;
    o.extraCaFile = m_endpoints.managementCaFile;
    o.timeoutMs = m_options.requestTimeoutMs;
    return new arm::ArmClient(m_nam, tokens, o, m_work);
}

void SignInSession::listTenants()
{
    auto *client = makeClient(m_tokens);
    auto *catalogue = new arm::ArmCatalogue(client, m_work);
    arm::TenantsJob *job = catalogue->tenants();
    connect(job, &arm::CatalogueJob::finished, this, [this, job] {
        job->deleteLater();
        QStringList ids{m_homeTenant};
        if (job->ok()) {
            for (const arm::Tenant &t : job->tenants()) {
                if (!ids.contains(t.tenantId, Qt::CaseInsensitive))
                    ids.append(t.tenantId);
            }
        } else {
            // The home tenant's subscriptions are still worth listing.
            m_skipped.append(tr("other tenants (%1)").arg(job->error().userMessage()));
        }
        listSubscriptions(ids);
    });
}

void SignInSession::listSubscriptions(const QStringList &tenantIds)
{
    m_tenantQueue = tenantIds;
    nextTenant();
}

void SignInSession::nextTenant()
{
    if (m_tenantQueue.isEmpty()) {
        if (m_found.isEmpty()) {
            QString text = tr("%1 signed in, but no enabled Azure subscription was found in the "
                              "tenants this account can reach; nothing was saved.")
                               .arg(m_user);
            if (m_hidden > 0)
                text += QLatin1Char(' ') + tr("%n subscription(s) are not enabled.", "", m_hidden);
            if (!m_firstError.isEmpty())
                text += QLatin1Char(' ') + m_firstError;
            text += QLatin1Char(' ') +
                    tr("Ask an administrator for access to a subscription, then sign in again.");
            return fail(text);
        }
        return save();
    }
    const QString tenant = m_tenantQueue.takeFirst();
    identity::TokenManager *tokens = tenant.compare(m_homeTenant, Qt::CaseInsensitive) == 0
                                         ? m_tokens
                                         : m_tokens->forTenant(tenant, m_work);
    auto *client = makeClient(tokens);
    auto *catalogue = new arm::ArmCatalogue(client, m_work);
    arm::SubscriptionsJob *job = catalogue->subscriptions();
    connect(job, &arm::CatalogueJob::finished, this, [this, job, tenant] {
        job->deleteLater();
        if (!job->ok()) {
            const QString why = job->error().userMessage();
            m_skipped.append(tr("tenant %1 (%2)").arg(tenant, why));
            if (m_firstError.isEmpty())
                m_firstError = why;
        } else {
            m_hidden += job->hiddenNotEnabled();
            for (const arm::Subscription &s : job->subscriptions()) {
                bool known = false;
                for (const identity::ArmSubscription &f : std::as_const(m_found))
                    known = known ||
                            f.subscriptionId.compare(s.subscriptionId, Qt::CaseInsensitive) == 0;
                if (known || !s.isEnabled())
                    continue;
                m_found.append(identity::ArmSubscription{s.subscriptionId, s.displayName,
                                                         s.tenantId.isEmpty() ? tenant : s.tenantId,
                                                         s.state});
            }
        }
        nextTenant();
    });
}

void SignInSession::save()
{
    setState(State::Saving);
    const Accounts accounts(m_options.configDir, m_options.dataDir, m_options.filesOnly);
    identity::CloudEndpoints endpoints = m_endpoints;
    endpoints.tenant = m_homeTenant;
    const identity::ArmSignIn signIn{m_user, m_homeTenant, endpoints};
    accounts.armStore().save(signIn, m_found, m_refreshToken, m_work,
                             [this, accounts](const identity::ArmAccountStore::Outcome &outcome) {
                                 m_notice = outcome.notice;
                                 if (!outcome.ok)
                                     return fail(outcome.error);
                                 m_saved = m_found;
                                 QString error;
                                 if (m_options.makeCurrent) {
                                     AccountInfo first;
                                     first.kind = cloud::Kind::ResourceManager;
                                     first.id = m_saved.first().subscriptionId;
                                     if (!accounts.setCurrentIfNone(first, &error))
                                         return fail(error);
                                 }
                                 m_current = accounts.currentQualifiedId();
                                 end(State::Done);
                             });
}

} // namespace dockervm::accounts
