#include "identity/tokenmanager.h"

#include "common/textsafety.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace dockervm::identity {

TokenManager::TokenManager(QNetworkAccessManager *nam, CloudEndpoints endpoints,
                           QByteArray refreshToken, QObject *parent)
    : TokenManager(nam, std::move(endpoints), std::move(refreshToken), Options(), parent)
{}

TokenManager::TokenManager(QNetworkAccessManager *nam, CloudEndpoints endpoints,
                           QByteArray refreshToken, Options options, QObject *parent)
    : TokenManager(nam, std::move(endpoints),
                   std::make_shared<Chain>(Chain{std::move(refreshToken), {}}), std::move(options),
                   parent)
{}

TokenManager::TokenManager(QNetworkAccessManager *nam, CloudEndpoints endpoints,
                           std::shared_ptr<Chain> chain, Options options, QObject *parent)
    : TokenSource(parent), m_nam(nam), m_endpoints(std::move(endpoints)), m_chain(std::move(chain)),
      m_options(std::move(options))
{}

TokenManager::~TokenManager()
{
    if (m_reply) {
        QNetworkReply *r = m_reply;
        m_reply = nullptr;
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
    m_access.token.fill('\0');
}

void TokenManager::setRefreshTokenSink(RefreshTokenSink sink)
{
    m_chain->sink = std::move(sink);
}

void TokenManager::setAccessToken(const AccessToken &token, int lifetimeSec)
{
    m_access = token;
    m_issuedAt = token.expiresAt.addSecs(-qMax(0, lifetimeSec));
}

bool TokenManager::hasRefreshToken() const
{
    return !m_chain->refreshToken.isEmpty();
}

TokenManager *TokenManager::forTenant(const QString &tenantId, QObject *parent) const
{
    CloudEndpoints e = m_endpoints;
    e.tenant = tenantId;
    return new TokenManager(m_nam, e, m_chain, m_options, parent);
}

QDateTime TokenManager::now() const
{
    return m_options.clock ? m_options.clock().toUTC() : QDateTime::currentDateTimeUtc();
}

bool TokenManager::needsRefresh(const QDateTime &issued, const QDateTime &expires,
                                const QDateTime &now)
{
    if (!expires.isValid() || now >= expires)
        return true;
    const qint64 lifetime = issued.isValid() ? qMax<qint64>(0, issued.secsTo(expires)) : 0;
    // 20 % of the lifetime, at least 5 minutes, but never more than half the lifetime.
    const qint64 margin = qMax(lifetime / 5, qMin<qint64>(300, lifetime / 2));
    return now >= expires.addSecs(-margin);
}

void TokenManager::accessToken(QObject *context, Callback done)
{
    const Waiter w{context, std::move(done)};
    if (m_access.isValid() && !needsRefresh(m_issuedAt, m_access.expiresAt, now())) {
        post(w, m_access, {});
        return;
    }
    m_waiters.append(w);
    if (!m_reply)
        startRefresh();
}

void TokenManager::invalidate(const QByteArray &rejected)
{
    if (!rejected.isEmpty() && rejected == m_access.token) {
        qCInfo(lcIdentity) << "token manager: access token for tenant" << m_endpoints.tenant
                           << "refused by the server; the next call refreshes it";
        m_access = AccessToken();
        m_issuedAt = QDateTime();
    }
}

void TokenManager::post(const Waiter &w, const AccessToken &token, const TokenError &error)
{
    if (!w.context)
        return;
    Callback done = w.done;
    QMetaObject::invokeMethod(
        w.context, [done, token, error] { done(token, error); }, Qt::QueuedConnection);
}

void TokenManager::deliver(const AccessToken &token, const TokenError &error)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters)
        post(w, token, error);
}

void TokenManager::startRefresh()
{
    if (m_chain->refreshToken.isEmpty()) {
        const QString why =
            tr("There is no saved sign-in for tenant %1. Sign in again.").arg(m_endpoints.tenant);
        deliver({}, TokenError{TokenError::Kind::SignInRequired, why});
        QMetaObject::invokeMethod(
            this, [this, why] { emit signInRequired(why); }, Qt::QueuedConnection);
        return;
    }
    const QUrl url = Http::endpointUrl(m_endpoints, m_endpoints.tenant, QStringLiteral("token"));
    QNetworkRequest request;
    QString error;
    if (!Http::formRequest(m_endpoints, url, m_options.requestTimeoutMs, &request, &error)) {
        deliver({}, TokenError{TokenError::Kind::Transient, error});
        return;
    }
    QUrlQuery form;
    auto add = [&form](const QString &k, const QByteArray &v) {
        form.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(v))));
    };
    add(QStringLiteral("grant_type"), QByteArrayLiteral("refresh_token"));
    add(QStringLiteral("client_id"), m_endpoints.clientId.toUtf8());
    add(QStringLiteral("refresh_token"), m_chain->refreshToken);
    add(QStringLiteral("scope"), m_endpoints.scope().toUtf8());
    ++m_refreshes;
    qCInfo(lcIdentity) << "token manager: refreshing the access token for tenant"
                       << m_endpoints.tenant;
    const QDateTime started = now();
    m_reply = m_nam->post(request, form.query(QUrl::FullyEncoded).toLatin1());
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, started] { onRefreshReply(reply, started); });
}

void TokenManager::onRefreshReply(QNetworkReply *reply, const QDateTime &started)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const QUrl url = reply->url();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();

    auto transient = [this](const QString &why) {
        // The current token still works for a while: hand it out rather than fail.
        if (m_access.isValid() && now().secsTo(m_access.expiresAt) > 30) {
            qCInfo(lcIdentity).noquote()
                << "token manager: refresh failed, the current token is still valid:" << why;
            deliver(m_access, {});
            return;
        }
        deliver({}, TokenError{TokenError::Kind::Transient, why});
    };

    if (status == 0) {
        transient(Http::transportError(url, reply));
        return;
    }
    if (status == 200) {
        TokenReply t;
        QString error;
        if (!parseTokenReply(body, started, &t, &error)) {
            transient(tr("The sign-in server %1 answered the token refresh with a reply it cannot "
                         "use: %2")
                          .arg(url.host(), error));
            return;
        }
        m_access = AccessToken{t.accessToken, t.expiresAt};
        m_issuedAt = started;
        if (!t.claims.isEmpty())
            m_claims = t.claims;
        if (!t.refreshToken.isEmpty() && t.refreshToken != m_chain->refreshToken) {
            m_chain->refreshToken = t.refreshToken;
            if (m_chain->sink)
                m_chain->sink(t.refreshToken);
        }
        qCInfo(lcIdentity) << "token manager: new access token for tenant" << m_endpoints.tenant
                           << "valid until" << t.expiresAt.toString(Qt::ISODate);
        deliver(m_access, {});
        return;
    }
    const auto e = parseOAuthError(body);
    if (!e) {
        transient(Http::unexpectedReply(
            url, status, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray()));
        return;
    }
    static const QStringList signInAgain{
        QStringLiteral("invalid_grant"), QStringLiteral("interaction_required"),
        QStringLiteral("login_required"), QStringLiteral("consent_required")};
    if (signInAgain.contains(e->error)) {
        const QString why = tr("The saved sign-in for tenant %1 no longer works (%2). Sign in "
                               "again.")
                                .arg(m_endpoints.tenant, e->summary());
        qCInfo(lcIdentity).noquote() << "token manager:" << why;
        m_access = AccessToken();
        deliver({}, TokenError{TokenError::Kind::SignInRequired, why});
        emit signInRequired(why);
        return;
    }
    if (status >= 500 || e->error == QLatin1String("temporarily_unavailable")) {
        transient(tr("The sign-in server %1 is not available right now (%2). Try again later.")
                      .arg(url.host(), e->summary()));
        return;
    }
    deliver({}, TokenError{TokenError::Kind::Transient,
                           tr("The sign-in server %1 refused to refresh the access token with "
                              "“%2” (%3). Check the application id and the tenant.")
                               .arg(url.host(),
                                    neutralizeControls(e->error.left(60), LineBreaks::Escape),
                                    e->summary())});
}

} // namespace dockervm::identity
