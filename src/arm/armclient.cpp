#include "arm/armclient.h"

#include "common/catrust.h"

#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcArm, "dockervm.arm", QtWarningMsg)

namespace dockervm::arm {
namespace {

constexpr qint64 kReadBufferBytes = 256 * 1024;
constexpr int kMinAttemptMs = 5000; // a replay starts only with this much budget left

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QString pathOf(const QUrl &url)
{
    return url.path(QUrl::FullyEncoded);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// ArmReply

ArmReply::ArmReply(ArmClient *client, QByteArray method, QUrl url, QByteArray body)
    : QObject(client->m_closing ? nullptr : client), m_client(client), m_method(std::move(method)),
      m_startUrl(std::move(url)), m_url(m_startUrl), m_requestBody(std::move(body))
{
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ArmReply::sendAttempt);
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &ArmReply::onDeadline);
}

ArmReply::~ArmReply()
{
    dropNetworkReply();
    if (!m_finished && m_client)
        m_client->replyDone(this);
}

QByteArray ArmReply::header(const QByteArray &name) const
{
    for (const auto &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QUrl ArmReply::asyncOperationUrl() const
{
    const QByteArray h = header("Azure-AsyncOperation").trimmed();
    if (h.isEmpty())
        return {};
    return m_url.resolved(QUrl::fromEncoded(h));
}

QUrl ArmReply::locationUrl() const
{
    const QByteArray h = header("Location").trimmed();
    if (h.isEmpty())
        return {};
    return m_url.resolved(QUrl::fromEncoded(h));
}

int ArmReply::retryAfterSeconds() const
{
    return parseRetryAfter(header("Retry-After"), QDateTime::currentDateTimeUtc());
}

QList<QPair<QByteArray, QByteArray>> ArmReply::rateLimitRemaining() const
{
    QList<QPair<QByteArray, QByteArray>> out;
    for (const auto &h : m_headers) {
        const QByteArray name = h.first.toLower();
        if (name.startsWith("x-ms-ratelimit-remaining-"))
            out.append({name, h.second});
    }
    return out;
}

void ArmReply::abort()
{
    if (m_finished)
        return;
    qCDebug(lcArm).noquote() << m_method << pathOf(m_startUrl) << "cancelled after" << m_attempts
                             << "attempt(s)";
    finishWith(ArmError::cancelled());
}

void ArmReply::closeFromClient()
{
    if (!m_finished)
        finishWith(ArmError::clientClosed());
}

void ArmReply::start()
{
    m_elapsed.start();
    sendAttempt();
}

void ArmReply::dropNetworkReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void ArmReply::sendAttempt()
{
    if (m_finished)
        return;
    if (!m_client || m_client->m_closing) {
        finishWith(ArmError::clientClosed());
        return;
    }
    if (!m_client->setupError().isEmpty()) {
        ArmError e = ArmError::fromNetworkError(QNetworkReply::SslHandshakeFailedError,
                                                m_client->setupError(), m_startUrl);
        e.message = m_client->setupError();
        finishWith(e);
        return;
    }
    if (!m_client->isArmHost(m_startUrl)) {
        qCWarning(lcArm).noquote()
            << "refused to send a token to"
            << m_startUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        finishWith(ArmError::hostRefused(m_startUrl, m_client->options().armEndpoint));
        return;
    }
    identity::TokenSource *tokens = m_client->tokenSource();
    if (!tokens) {
        finishWith(ArmError::signInRequired(tr("Not signed in to Azure.")));
        return;
    }
    const ArmClient::Options &o = m_client->options();
    ++m_attempts;
    m_hops = 0;
    m_receiving = false;
    // One deadline per attempt (token, redirects and reply), never extended by progress; the
    // call's budget cuts it short when less is left.
    const qint64 left = qint64(o.totalTimeoutMs) - m_elapsed.elapsed();
    m_attemptLimitMs = int(std::clamp<qint64>(left, 1, o.timeoutMs));
    m_deadline->start(m_attemptLimitMs);
    m_waitingForToken = true;
    const int attempt = m_attempts;
    tokens->accessToken(this, [this, attempt](const identity::AccessToken &token,
                                              const identity::TokenError &error) {
        if (m_finished || attempt != m_attempts || !m_waitingForToken)
            return; // aborted, timed out or superseded meanwhile
        m_waitingForToken = false;
        if (error) {
            switch (error.kind) {
            case identity::TokenError::Kind::SignInRequired:
                finishWith(ArmError::signInRequired(error.message));
                return;
            case identity::TokenError::Kind::Cancelled:
                finishWith(ArmError::cancelled());
                return;
            default:
                finishWith(ArmError::tokenUnavailable(error.message));
                return;
            }
        }
        if (!token.isValid()) {
            finishWith(ArmError::signInRequired(tr("No Azure access token is available.")));
            return;
        }
        sendWithToken(token.token);
    });
}

void ArmReply::sendWithToken(const QByteArray &token)
{
    m_token = token;
    m_url = m_startUrl;
    sendRequest();
}

void ArmReply::sendRequest()
{
    QNetworkAccessManager *nam = m_client ? m_client->networkAccessManager() : nullptr;
    if (!nam) {
        finishWith(ArmError::clientClosed());
        return;
    }
    const ArmClient::Options &o = m_client->options();
    // Checked again for every hop: the token goes to the ARM endpoint only.
    if (!m_client->isArmHost(m_url)) {
        finishWith(ArmError::hostRefused(m_url, o.armEndpoint));
        return;
    }
    QNetworkRequest request(m_url);
    request.setSslConfiguration(m_client->sslConfiguration());
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // The attempt's deadline bounds it; Qt's transfer timeout restarts with every byte.
    request.setTransferTimeout(0);
    const bool hasBody = !m_requestBody.isEmpty();
    if (hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json; charset=utf-8"));

    m_sslErrors.clear();
    m_body.clear();
    m_headers.clear();
    m_document = QJsonDocument();
    m_httpStatus = 0;
    m_receiving = false;
    QNetworkReply *reply = nullptr;
    if (m_method == "GET")
        reply = nam->get(request);
    else if (m_method == "DELETE" && !hasBody)
        reply = nam->deleteResource(request);
    else if (m_method == "HEAD")
        reply = nam->head(request);
    else
        reply = nam->sendCustomRequest(request, m_method, m_requestBody);
    m_reply = reply;
    reply->setReadBufferSize(
        std::min<qint64>(kReadBufferBytes, std::max<qint64>(o.maxReplyBytes, 1)));
    qCDebug(lcArm).noquote() << m_method << pathOf(m_url) << "attempt" << m_attempts
                             << (m_hops > 0 ? "(redirected)" : "");
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(reply, &QNetworkReply::metaDataChanged, this, &ArmReply::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &ArmReply::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ArmReply::onReplyFinished);
    connect(reply, &QObject::destroyed, this, [this] {
        if (!m_finished)
            finishWith(ArmError::clientClosed());
    });
}

bool ArmReply::overSizeCap(qint64 announced)
{
    const qint64 cap = m_client ? m_client->options().maxReplyBytes : 0;
    if (cap <= 0 || (announced >= 0 ? announced : m_body.size()) <= cap)
        return false;
    qCDebug(lcArm).noquote() << m_method << pathOf(m_url) << "reply over" << cap
                             << "bytes: announced" << announced << "read" << m_body.size();
    finishWith(ArmError::tooLarge(m_url, cap));
    return true;
}

void ArmReply::onMetaData()
{
    if (!m_reply || m_finished)
        return;
    m_receiving = true;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid())
        overSizeCap(length.toLongLong());
}

void ArmReply::onReadyRead()
{
    if (!m_reply || m_finished)
        return;
    m_receiving = true;
    readAvailable(m_reply);
    overSizeCap(-1);
}

void ArmReply::readAvailable(QNetworkReply *reply)
{
    if (!reply->isOpen())
        return;
    const qint64 cap = m_client ? m_client->options().maxReplyBytes : 0;
    if (cap > 0)
        m_body += reply->read(std::max<qint64>(0, cap + 1 - m_body.size()));
    else
        m_body += reply->readAll();
}

void ArmReply::onDeadline()
{
    if (m_finished)
        return;
    if (m_reply)
        readAvailable(m_reply);
    qCDebug(lcArm).noquote() << m_method << pathOf(m_url) << "attempt" << m_attempts
                             << "hit its deadline of" << m_attemptLimitMs << "ms"
                             << (m_waitingForToken ? "(waiting for a token)" : "");
    m_waitingForToken = false;
    dropNetworkReply();
    ArmError e = ArmError::timeout(m_url, m_attemptLimitMs, m_receiving);
    if (ArmClient::isIdempotent(m_method))
        retryOrFinish(e);
    else
        finishWith(e);
}

void ArmReply::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();
    if (!m_client) {
        finishWith(ArmError::clientClosed());
        return;
    }
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = reply->rawHeaderPairs();
    readAvailable(reply);
    if (overSizeCap(-1))
        return;
    const ArmClient::Options &o = m_client->options();
    const bool idempotent = ArmClient::isIdempotent(m_method);

    if (m_httpStatus == 0) {
        // A chain the extra CAs alone cannot vouch for: the same request again with the system
        // store trusted too (the handshake failed, so nothing of the request went out).
        if (reply->error() == QNetworkReply::SslHandshakeFailedError &&
            isUntrustedChain(m_sslErrors) && m_client->trustSystemStoreToo()) {
            sendRequest();
            return;
        }
        QStringList tls;
        for (const QSslError &e : std::as_const(m_sslErrors))
            tls << e.errorString();
        const ArmError e =
            ArmError::fromNetworkError(reply->error(), reply->errorString(), m_url, tls);
        qCDebug(lcArm).noquote() << m_method << pathOf(m_url) << "attempt" << m_attempts
                                 << "failed:" << reply->errorString();
        if (idempotent && e.kind == ArmError::Kind::Transport)
            retryOrFinish(e);
        else
            finishWith(e);
        return;
    }

    qCDebug(lcArm).noquote() << m_method << pathOf(m_url) << "->" << m_httpStatus << "attempt"
                             << m_attempts << "request" << requestId();

    if (isRedirect(m_httpStatus)) {
        const QUrl target = locationUrl();
        if (target.isEmpty()) {
            finishWith(ArmError::fromHttpReply(m_httpStatus, m_body, requestId(), correlationId()));
            return;
        }
        if (!m_client->isArmHost(target)) {
            finishWith(ArmError::hostRefused(target, o.armEndpoint));
            return;
        }
        if (m_hops >= o.maxRedirects) {
            ArmError e = ArmError::invalidReply(
                m_url, tr("more than %n redirect(s) in a row", nullptr, o.maxRedirects));
            finishWith(e);
            return;
        }
        ++m_hops;
        m_url = target;
        sendRequest(); // same method, body, token and deadline
        return;
    }

    if (m_httpStatus == 401) {
        ArmError e = ArmError::fromHttpReply(m_httpStatus, m_body, requestId(), correlationId());
        if (m_client->tokenSource())
            m_client->tokenSource()->invalidate(m_token);
        m_token.clear();
        if (m_tokenRefreshes == 0) {
            ++m_tokenRefreshes;
            m_deadline->stop();
            qCInfo(lcArm).noquote()
                << m_method << pathOf(m_url) << "401: replaying once with a new token" << e.code;
            const QPointer<ArmReply> self(this);
            emit retrying(m_attempts, e, 0);
            if (self && !m_finished)
                m_retryTimer->start(0);
            return;
        }
        const QByteArray challenge = header("WWW-Authenticate");
        ArmError s = ArmError::signInRequired(
            tr("Azure refused a freshly issued access token too (%1).")
                .arg(e.code.isEmpty() ? QStringLiteral("HTTP 401") : e.code));
        s.code = e.code;
        s.details = e.details;
        s.requestId = e.requestId;
        s.correlationId = e.correlationId;
        s.url = m_url.adjusted(QUrl::RemoveQuery);
        if (!challenge.isEmpty())
            qCDebug(lcArm).noquote() << "WWW-Authenticate:" << challenge;
        finishWith(s);
        return;
    }

    if (m_httpStatus < 200 || m_httpStatus >= 300) {
        ArmError e = ArmError::fromHttpReply(m_httpStatus, m_body, requestId(), correlationId(),
                                             header("Retry-After"));
        e.url = m_url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
        if (m_httpStatus == 429) {
            // Not processed: safe to replay whatever the method.
            const int seconds = e.retryAfterSeconds;
            const int delay = seconds >= 0 ? int(std::min<qint64>(qint64(seconds) * 1000, INT_MAX))
                                           : o.throttleDefaultMs;
            retryOrFinish(e, delay);
            return;
        }
        if (m_httpStatus == 409) {
            if (e.isRetryable()) // AnotherOperationInProgress: rejected, not done
                retryOrFinish(e);
            else
                finishWith(e);
            return;
        }
        if (idempotent && e.isRetryable())
            retryOrFinish(e);
        else
            finishWith(e);
        return;
    }

    const QByteArray trimmed = m_body.trimmed();
    if (!trimmed.isEmpty()) {
        QJsonParseError pe;
        m_document = QJsonDocument::fromJson(trimmed, &pe);
        if (pe.error != QJsonParseError::NoError || m_document.isNull()) {
            const QByteArray type = header("Content-Type");
            finishWith(ArmError::invalidReply(
                m_url, tr("the body is not JSON (%1 at offset %2; Content-Type %3)")
                           .arg(pe.errorString())
                           .arg(pe.offset)
                           .arg(type.isEmpty() ? tr("none") : QString::fromLatin1(type))));
            return;
        }
    }
    finishWith(ArmError());
}

void ArmReply::retryOrFinish(const ArmError &error, int delayMs)
{
    m_deadline->stop();
    if (!m_client) {
        finishWith(error);
        return;
    }
    const ArmClient::Options &o = m_client->options();
    const bool throttle = delayMs >= 0;
    int delay = delayMs;
    if (throttle) {
        if (m_throttleWaits >= o.maxThrottleRetries) {
            finishWith(ArmError::gaveUp(error, m_attempts, m_elapsed.elapsed()));
            return;
        }
        if (delay > o.throttleMaxMs) {
            qCDebug(lcArm).noquote() << m_method << pathOf(m_startUrl) << "throttled for" << delay
                                     << "ms: more than" << o.throttleMaxMs << "ms, not waiting";
            finishWith(error);
            return;
        }
    } else {
        const int retriesDone = m_attempts - 1 - m_throttleWaits - m_tokenRefreshes;
        if (retriesDone >= o.maxRetries) {
            finishWith(ArmError::gaveUp(error, m_attempts, m_elapsed.elapsed()));
            return;
        }
        delay = m_client->backoffDelayMs(retriesDone + 1);
    }
    const qint64 minAttemptMs = std::min(o.timeoutMs, kMinAttemptMs);
    if (m_elapsed.elapsed() + delay + minAttemptMs > o.totalTimeoutMs) {
        finishWith(ArmError::gaveUp(error, m_attempts, m_elapsed.elapsed()));
        return;
    }
    if (throttle)
        ++m_throttleWaits;
    qCInfo(lcArm).noquote() << m_method << pathOf(m_startUrl) << "will retry in" << delay
                            << "ms after" << error.summary();
    const QPointer<ArmReply> self(this);
    emit retrying(m_attempts, error, delay);
    if (!self || m_finished)
        return;
    m_retryTimer->start(delay);
}

void ArmReply::finishWith(const ArmError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_token.clear();
    m_waitingForToken = false;
    m_retryTimer->stop();
    m_deadline->stop();
    dropNetworkReply();
    if (error.isError() && error.kind != ArmError::Kind::Cancelled) {
        if (m_httpStatus != 0 && isExpectedStatus())
            qCDebug(lcArm).noquote()
                << m_method << pathOf(m_startUrl) << "answered" << m_httpStatus << "(expected)";
        else
            qCInfo(lcArm).noquote() << m_method << pathOf(m_startUrl) << "failed after"
                                    << m_attempts << "attempt(s):" << error.summary();
    }
    if (m_client)
        m_client->replyDone(this);
    const QPointer<ArmReply> self(this);
    emit finished();
    if (self && !self->parent())
        self->deleteLater();
}

// ---------------------------------------------------------------------------------------------
// ArmListReply

ArmListReply::ArmListReply(ArmClient *client, QUrl first)
    // Asked of a client being destroyed: parentless, finishes (Cancelled) and deletes itself.
    : QObject(client->m_closing ? nullptr : client), m_client(client)
{
    fetch(first); // the page request starts on the next turn: the caller can connect first
}

void ArmListReply::abort()
{
    if (m_finished)
        return;
    finishWith(ArmError::cancelled());
}

void ArmListReply::fetch(const QUrl &url)
{
    if (m_finished)
        return;
    if (!m_client) {
        finishWith(ArmError::clientClosed());
        return;
    }
    if (m_pages >= m_client->options().maxPages) {
        finishWith(ArmError::tooManyPages(url, m_pages));
        return;
    }
    m_current = m_client->getUrl(url);
    connect(m_current, &ArmReply::finished, this, &ArmListReply::onPage);
}

void ArmListReply::onPage()
{
    ArmReply *page = m_current;
    if (!page || m_finished)
        return;
    m_current = nullptr;
    page->deleteLater();
    if (!page->ok()) {
        finishWith(page->error());
        return;
    }
    ++m_pages;
    const QJsonDocument doc = page->document();
    if (doc.isArray()) { // image offers/SKUs/versions: a bare array, no paging
        for (const QJsonValue &v : doc.array())
            m_values.append(v);
        finishWith(ArmError());
        return;
    }
    const QJsonObject o = doc.object();
    const QJsonValue value = o.value(QLatin1String("value"));
    if (!value.isArray()) {
        finishWith(ArmError::invalidReply(page->url(), tr("a list without a \"value\" array")));
        return;
    }
    for (const QJsonValue &v : value.toArray())
        m_values.append(v);
    const QString next = o.value(QLatin1String("nextLink")).toString();
    if (next.isEmpty()) {
        finishWith(ArmError());
        return;
    }
    fetch(QUrl(next));
}

void ArmListReply::finishWith(const ArmError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (m_current) {
        ArmReply *r = m_current;
        m_current = nullptr;
        disconnect(r, nullptr, this, nullptr);
        r->abort();
        r->deleteLater();
    }
    const QPointer<ArmListReply> self(this);
    emit finished();
    if (self && !self->parent())
        self->deleteLater();
}

// ---------------------------------------------------------------------------------------------
// ArmClient

bool ArmClient::trustSystemStoreToo()
{
    if (!m_systemStorePending)
        return false;
    m_systemStorePending = false;
    // An explicit CA list switches Qt's on-demand loading off, so spell the store out.
    QList<QSslCertificate> cas = systemCaCertificatesOnce();
    cas += m_extraCas;
    m_ssl.setCaCertificates(cas);
    qCDebug(lcArm) << "the extra CAs do not vouch for the endpoint's chain; trusting the "
                      "system's CAs too";
    return true;
}

ArmClient::ArmClient(QNetworkAccessManager *nam, identity::TokenSource *tokens, Options options,
                     QObject *parent)
    : QObject(parent), m_nam(nam), m_tokens(tokens), m_options(std::move(options))
{
    Q_ASSERT(m_nam);
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    QList<QSslCertificate> extra = m_options.extraCaCertificates;
    if (!m_options.extraCaFile.isEmpty()) {
        QFile f(m_options.extraCaFile);
        if (!f.open(QIODevice::ReadOnly)) {
            m_setupError = tr("Cannot read the CA file %1: %2. Give the path of a PEM file with "
                              "the CA certificate of the Azure Resource Manager endpoint.")
                               .arg(m_options.extraCaFile, f.errorString());
        } else {
            const QList<QSslCertificate> fromFile =
                QSslCertificate::fromData(f.read(4 * 1024 * 1024), QSsl::Pem);
            if (fromFile.isEmpty())
                m_setupError = tr("The CA file %1 holds no PEM certificate. Give a file with "
                                  "\"-----BEGIN CERTIFICATE-----\" blocks.")
                                   .arg(m_options.extraCaFile);
            extra += fromFile;
        }
    }
    if (!extra.isEmpty()) {
        // The system store stays trusted, but is read only when a chain needs it
        // (common/catrust.h, trustSystemStoreToo()).
        m_ssl.setCaCertificates(extra);
        m_extraCas = extra;
        m_systemStorePending = true;
    }
    m_options.timeoutMs = std::max(1, m_options.timeoutMs);
    m_options.totalTimeoutMs = std::max(1, m_options.totalTimeoutMs);
    m_options.maxRetries = std::max(0, m_options.maxRetries);
    m_options.maxThrottleRetries = std::max(0, m_options.maxThrottleRetries);
    m_options.throttleDefaultMs = std::max(0, m_options.throttleDefaultMs);
    m_options.maxRedirects = std::max(0, m_options.maxRedirects);
    m_options.maxPages = std::max(1, m_options.maxPages);
    m_options.backoffBaseMs = std::max(0, m_options.backoffBaseMs);
    m_options.backoffMaxMs = std::max(m_options.backoffBaseMs, m_options.backoffMaxMs);
    if (m_options.armEndpoint.scheme() != QLatin1String("https"))
        m_setupError = tr("The Azure Resource Manager endpoint %1 is not an https URL.")
                           .arg(m_options.armEndpoint.toDisplayString());
}

ArmClient::~ArmClient()
{
    m_closing = true;
    while (!m_pending.isEmpty()) {
        ArmReply *reply = m_pending.first();
        reply->closeFromClient();
        m_pending.removeOne(reply);
    }
}

void ArmClient::replyDone(ArmReply *reply)
{
    if (!m_pending.removeOne(reply))
        return;
    if (m_pending.isEmpty() && !m_closing)
        emit busyChanged(false);
}

bool ArmClient::isArmHost(const QUrl &url) const
{
    const QUrl &ep = m_options.armEndpoint;
    if (!url.isValid() || url.isRelative() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() != QLatin1String("https") || ep.scheme() != url.scheme())
        return false;
    if (url.host().isEmpty() || url.host().compare(ep.host(), Qt::CaseInsensitive) != 0)
        return false;
    return url.port(443) == ep.port(443);
}

QUrl ArmClient::urlFor(const QString &path, const QString &apiVersion, const QString &query) const
{
    QString base = m_options.armEndpoint.toString(QUrl::FullyEncoded | QUrl::StripTrailingSlash |
                                                  QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString rel = path;
    if (!rel.startsWith(QLatin1Char('/')))
        rel.prepend(QLatin1Char('/'));
    QString q = QStringLiteral("api-version=") + apiVersion;
    if (!query.isEmpty())
        q += QLatin1Char('&') + query;
    QUrl url(base + rel, QUrl::TolerantMode);
    url.setQuery(q, QUrl::TolerantMode);
    return url;
}

bool ArmClient::isIdempotent(const QByteArray &method)
{
    return method == "GET" || method == "PUT" || method == "DELETE" || method == "HEAD";
}

int ArmClient::backoffDelayMs(int retry) const
{
    const int shift = std::clamp(retry - 1, 0, 20);
    const qint64 full =
        std::min<qint64>(m_options.backoffMaxMs, qint64(m_options.backoffBaseMs) << shift);
    if (full <= 1)
        return int(full);
    return int(QRandomGenerator::global()->bounded(full / 2, full + 1));
}

ArmReply *ArmClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    auto *reply = new ArmReply(this, method, url, body);
    if (!m_closing) {
        m_pending.append(reply);
        if (m_pending.size() == 1)
            emit busyChanged(true);
    }
    QTimer::singleShot(0, reply, [reply] { reply->start(); });
    return reply;
}

static QByteArray jsonBody(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

ArmReply *ArmClient::get(const QString &path, const QString &apiVersion, const QString &query)
{
    return send("GET", urlFor(path, apiVersion, query));
}

ArmReply *ArmClient::put(const QString &path, const QString &apiVersion, const QJsonObject &body)
{
    return send("PUT", urlFor(path, apiVersion), jsonBody(body));
}

ArmReply *ArmClient::patch(const QString &path, const QString &apiVersion, const QJsonObject &body)
{
    return send("PATCH", urlFor(path, apiVersion), jsonBody(body));
}

ArmReply *ArmClient::post(const QString &path, const QString &apiVersion, const QJsonObject &body)
{
    return send("POST", urlFor(path, apiVersion), jsonBody(body));
}

ArmReply *ArmClient::del(const QString &path, const QString &apiVersion)
{
    return send("DELETE", urlFor(path, apiVersion));
}

ArmReply *ArmClient::getUrl(const QUrl &url)
{
    return send("GET", url);
}

ArmListReply *ArmClient::list(const QString &path, const QString &apiVersion, const QString &query)
{
    return listUrl(urlFor(path, apiVersion, query));
}

ArmListReply *ArmClient::listUrl(const QUrl &url)
{
    return new ArmListReply(this, url);
}

} // namespace dockervm::arm
