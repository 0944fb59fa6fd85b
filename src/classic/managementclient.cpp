#include "classic/managementclient.h"

#include "common/catrust.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>

#include <algorithm>

namespace dockervm::classic {
namespace {

constexpr qint64 kReadBufferBytes = 256 * 1024;
constexpr int kMinAttemptMs = 5000; // a retry starts only with this much budget left (or timeoutMs)

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// ManagementReply

ManagementReply::ManagementReply(ManagementClient *client, QByteArray method, QString path,
                                 QByteArray body)
    // A reply asked of a client that is being destroyed has no parent: it finishes as
    // cancelled on the next turn and then deletes itself (see finishWith()).
    : QObject(client->m_closing ? nullptr : client), m_client(client), m_method(std::move(method)),
      m_path(std::move(path)), m_requestBody(std::move(body))
{
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ManagementReply::sendAttempt);
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &ManagementReply::onDeadline);
}

ManagementReply::~ManagementReply()
{
    dropNetworkReply();
    if (!m_finished && m_client)
        m_client->replyDone(this); // deleted by its owner before it finished
}

QByteArray ManagementReply::header(const QByteArray &name) const
{
    for (const auto &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void ManagementReply::abort()
{
    if (m_finished)
        return;
    qCDebug(lcAzure).noquote() << m_method << m_path << "cancelled after" << m_attempts
                               << "attempt(s)";
    finishWith(AsmError::cancelled());
}

void ManagementReply::closeFromClient()
{
    if (m_finished)
        return;
    qCDebug(lcAzure).noquote() << m_method << m_path << "cancelled: the client is closing";
    finishWith(AsmError::clientClosed());
}

bool ManagementReply::parseBody(const QByteArray &, QString *)
{
    return true;
}

void ManagementReply::consumeBody(const QByteArray &) {}

bool ManagementReply::endBody(QString *)
{
    return true;
}

void ManagementReply::decideStreaming(QNetworkReply *reply)
{
    if (m_decided)
        return;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return; // no status line yet
    m_decided = true;
    const int code = status.toInt();
    m_streaming = parsesIncrementally() && code >= 200 && code < 300;
    if (m_streaming)
        beginBody();
}

QString ManagementReply::describe() const
{
    return tr("%1 %2").arg(QString::fromLatin1(m_method), m_path);
}

void ManagementReply::start()
{
    m_elapsed.start();
    sendAttempt();
}

void ManagementReply::dropNetworkReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void ManagementReply::sendAttempt()
{
    if (m_finished)
        return;
    if (!m_client || m_client->m_closing) {
        finishWith(AsmError::clientClosed());
        return;
    }
    const ManagementClient::Options &o = m_client->options();
    m_url = m_client->urlFor(m_path); // every attempt starts at the subscription's endpoint
    ++m_attempts;
    m_hops = 0;
    // One deadline for the whole attempt, redirects included, never extended by progress; the
    // call's budget cuts it short when less time is left.
    const qint64 left = qint64(o.totalTimeoutMs) - m_elapsed.elapsed();
    m_limitedByBudget = left < o.timeoutMs;
    m_attemptLimitMs = int(std::clamp<qint64>(left, 1, o.timeoutMs));
    m_deadline->start(m_attemptLimitMs);
    sendRequest();
}

void ManagementReply::sendRequest()
{
    const ManagementClient::Options &o = m_client->options();
    QNetworkAccessManager *nam = m_client->networkAccessManager();
    if (!nam) {
        finishWith(AsmError::clientClosed());
        return;
    }
    QNetworkRequest request(m_url);
    request.setSslConfiguration(m_client->sslConfiguration());
    request.setRawHeader("x-ms-version", o.apiVersion.toLatin1());
    request.setRawHeader("Accept", "application/xml");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // ASM speaks HTTP/1.1 and may renegotiate TLS for the client certificate: no HTTP/2.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // No transfer timeout: it restarts with every byte, so a trickle would never end. The
    // attempt's deadline (m_deadline) bounds it instead.
    request.setTransferTimeout(0);
    const bool hasBody = m_method == "POST" || m_method == "PUT" || !m_requestBody.isEmpty();
    if (hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/xml; charset=utf-8"));

    m_sslErrors.clear();
    m_body.clear();
    m_bytesRead = 0;
    m_streaming = false;
    m_decided = false;
    m_headers.clear();
    m_httpStatus = 0;
    m_receiving = false;
    QNetworkReply *reply = nullptr;
    if (m_method == "GET")
        reply = nam->get(request);
    else if (m_method == "DELETE" && m_requestBody.isEmpty())
        reply = nam->deleteResource(request);
    else
        reply = nam->sendCustomRequest(request, m_method, m_requestBody);
    m_reply = reply;
    // Bounds what the network layer buffers ahead of onReadyRead(), too.
    reply->setReadBufferSize(
        std::min<qint64>(kReadBufferBytes, std::max<qint64>(o.maxReplyBytes, 1)));
    qCDebug(lcAzure).noquote() << m_method << m_url.path(QUrl::FullyEncoded) << "attempt"
                               << m_attempts << (m_hops > 0 ? "(redirected)" : "");
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(reply, &QNetworkReply::metaDataChanged, this, &ManagementReply::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &ManagementReply::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ManagementReply::onReplyFinished);
    // Deleted under us (its network manager went away): finish instead of waiting for nothing.
    connect(reply, &QObject::destroyed, this, [this] {
        if (!m_finished)
            finishWith(AsmError::clientClosed());
    });
}

bool ManagementReply::overSizeCap(qint64 announced)
{
    const qint64 cap = m_client ? m_client->options().maxReplyBytes : 0;
    if (cap <= 0 || (announced >= 0 ? announced : m_bytesRead) <= cap)
        return false;
    qCDebug(lcAzure).noquote() << m_method << m_url.path(QUrl::FullyEncoded) << "reply over" << cap
                               << "bytes: announced" << announced << "read" << m_bytesRead;
    finishWith(AsmError::tooLarge(describe(), cap, announced));
    return true;
}

void ManagementReply::onMetaData()
{
    if (!m_reply || m_finished)
        return;
    m_receiving = true;
    decideStreaming(m_reply);
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid())
        overSizeCap(length.toLongLong());
}

void ManagementReply::onReadyRead()
{
    if (!m_reply || m_finished)
        return;
    m_receiving = true;
    readAvailable(m_reply);
    overSizeCap(-1);
}

void ManagementReply::readAvailable(QNetworkReply *reply)
{
    if (!reply->isOpen())
        return;
    decideStreaming(reply);
    // Never read more than one byte over the cap, however much arrived at once.
    const qint64 cap = m_client ? m_client->options().maxReplyBytes : 0;
    const QByteArray chunk =
        cap > 0 ? reply->read(std::max<qint64>(0, cap + 1 - m_bytesRead)) : reply->readAll();
    m_bytesRead += chunk.size();
    if (m_streaming) {
        if (!chunk.isEmpty() && (cap <= 0 || m_bytesRead <= cap))
            consumeBody(chunk);
    } else {
        m_body += chunk;
    }
}

void ManagementReply::onDeadline()
{
    if (m_finished)
        return;
    if (m_reply)
        readAvailable(m_reply);
    const qint64 received = m_receiving ? m_bytesRead : -1;
    qCDebug(lcAzure).noquote() << m_method << m_url.path(QUrl::FullyEncoded) << "attempt"
                               << m_attempts << "hit its deadline of" << m_attemptLimitMs << "ms"
                               << (m_limitedByBudget ? "(the call's budget)" : "") << "after"
                               << received << "bytes";
    dropNetworkReply();
    retryOrFinish(AsmError::timeout(m_url, m_attemptLimitMs, received));
}

void ManagementReply::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();
    if (!m_client) {
        finishWith(AsmError::clientClosed());
        return;
    }

    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = reply->rawHeaderPairs();
    readAvailable(reply);
    if (overSizeCap(-1))
        return;
    const QNetworkReply::NetworkError netError = reply->error();
    const ManagementClient::Options &o = m_client->options();

    if (m_httpStatus == 0) {
        // A chain the extra CAs alone cannot vouch for: the same request again with the system
        // store trusted too (the handshake failed, so nothing of the request went out).
        if (netError == QNetworkReply::SslHandshakeFailedError && isUntrustedChain(m_sslErrors) &&
            m_client->trustSystemStoreToo()) {
            sendRequest();
            return;
        }
        AsmError e;
        if (netError == QNetworkReply::TimeoutError)
            e = AsmError::timeout(m_url, m_attemptLimitMs, m_receiving ? m_bytesRead : -1);
        else
            e = AsmError::fromNetworkError(netError, reply->errorString(), m_url, m_sslErrors);
        qCDebug(lcAzure).noquote()
            << m_method << m_url.path(QUrl::FullyEncoded) << "attempt" << m_attempts
            << "failed:" << asmErrorKindName(e.kind) << reply->errorString();
        retryOrFinish(e);
        return;
    }

    qCDebug(lcAzure).noquote() << m_method << m_url.path(QUrl::FullyEncoded) << "->" << m_httpStatus
                               << "attempt" << m_attempts;

    if (isRedirect(m_httpStatus)) {
        const QByteArray location = reply->rawHeader("Location");
        if (location.isEmpty()) {
            finishWith(AsmError::fromHttpReply(m_httpStatus, m_body, requestId()));
            return;
        }
        if (m_hops >= o.maxRedirects) {
            finishWith(AsmError::tooManyRedirects(m_url, m_hops));
            return;
        }
        const QUrl target = m_url.resolved(QUrl::fromEncoded(location));
        const QUrl endpoint = m_client->subscription().managementEndpoint;
        if (!ManagementClient::isSameManagementHost(endpoint, target)) {
            qCDebug(lcAzure).noquote()
                << m_method << "refused a redirect to"
                << target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
            finishWith(AsmError::redirectRefused(m_httpStatus, target, endpoint));
            return;
        }
        ++m_hops;
        ++m_redirects;
        qCDebug(lcAzure).noquote()
            << m_method << "redirected to"
            << target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        m_url = target;
        sendRequest(); // same method, same body, same TLS configuration, same deadline
        return;
    }

    if (m_httpStatus < 200 || m_httpStatus >= 300) {
        retryOrFinish(AsmError::fromHttpReply(m_httpStatus, m_body, requestId()));
        return;
    }

    QString parseError;
    bool parsed = false;
    if (parsesIncrementally()) {
        if (!m_streaming) { // the status was not known before the body (or there was none)
            m_streaming = m_decided = true;
            beginBody();
            consumeBody(std::exchange(m_body, QByteArray()));
        }
        parsed = endBody(&parseError);
    } else {
        parsed = parseBody(m_body, &parseError);
    }
    if (!parsed) {
        finishWith(AsmError::invalidReply(describe(), parseError));
        return;
    }
    finishWith(AsmError());
}

void ManagementReply::retryOrFinish(const AsmError &error)
{
    m_deadline->stop();
    if (!m_client || !error.isRetryable()) {
        finishWith(error);
        return;
    }
    const ManagementClient::Options &o = m_client->options();
    const int retriesDone = m_attempts - 1;
    const int delay = retriesDone < o.maxRetries ? m_client->backoffDelayMs(m_attempts) : 0;
    // A retry needs room in the budget for a useful attempt, not a sliver of one.
    const qint64 minAttemptMs = std::min(o.timeoutMs, kMinAttemptMs);
    if (retriesDone >= o.maxRetries ||
        m_elapsed.elapsed() + delay + minAttemptMs > o.totalTimeoutMs) {
        finishWith(AsmError::gaveUp(error, m_attempts, m_elapsed.elapsed()));
        return;
    }
    qCDebug(lcAzure).noquote() << m_method << m_path << "will retry in" << delay << "ms after"
                               << asmErrorKindName(error.kind) << error.httpStatus << error.code;
    const QPointer<ManagementReply> self(this);
    emit retrying(m_attempts, error, delay);
    if (!self || m_finished)
        return; // aborted or deleted by a receiver
    m_retryTimer->start(delay);
}

void ManagementReply::finishWith(const AsmError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_retryTimer->stop();
    m_deadline->stop();
    dropNetworkReply();
    if (error.isError() && error.kind != AsmError::Kind::Cancelled)
        qCDebug(lcAzure).noquote() << m_method << m_path << "failed after" << m_attempts
                                   << "attempt(s):" << error.summary();
    if (m_client)
        m_client->replyDone(this);
    const QPointer<ManagementReply> self(this);
    emit finished();
    if (self && !self->parent())
        self->deleteLater(); // asked of a closing client: nobody else owns it
}

bool LocationsReply::parseBody(const QByteArray &body, QString *error)
{
    auto parsed = parseLocations(body, error);
    if (!parsed)
        return false;
    m_locations = std::move(*parsed);
    return true;
}

QString LocationsReply::describe() const
{
    return tr("the list of locations");
}

OsImagesReply::~OsImagesReply() = default;

void OsImagesReply::beginBody()
{
    m_images.clear();
    m_parser = std::make_unique<OsImageListParser>();
}

void OsImagesReply::consumeBody(const QByteArray &chunk)
{
    if (m_parser)
        m_parser->addData(chunk);
}

bool OsImagesReply::endBody(QString *error)
{
    if (!m_parser)
        return false;
    const bool ok = m_parser->finish(error);
    if (ok)
        m_images = m_parser->takeImages();
    m_parser.reset();
    return ok;
}

QString OsImagesReply::describe() const
{
    return tr("the list of OS images");
}

bool AvailabilityReply::parseBody(const QByteArray &body, QString *error)
{
    auto parsed = parseAvailabilityResponse(body, error);
    if (!parsed)
        return false;
    m_result = *parsed;
    return true;
}

QString AvailabilityReply::describe() const
{
    return tr("the name availability check");
}

bool OperationReply::parseBody(const QByteArray &body, QString *error)
{
    auto parsed = parseOperation(body, error);
    if (!parsed)
        return false;
    m_operation = *parsed;
    return true;
}

QString OperationReply::describe() const
{
    return tr("the operation status");
}

bool StorageServicesReply::parseBody(const QByteArray &body, QString *error)
{
    auto parsed = parseStorageServices(body, error);
    if (!parsed)
        return false;
    m_accounts = std::move(*parsed);
    return true;
}

QString StorageServicesReply::describe() const
{
    return tr("the list of storage accounts");
}

bool StorageServiceReply::parseBody(const QByteArray &body, QString *error)
{
    auto parsed = parseStorageService(body, error);
    if (!parsed)
        return false;
    m_account = std::move(*parsed);
    return true;
}

QString StorageServiceReply::describe() const
{
    return tr("the storage account");
}

bool DeploymentReply::parseBody(const QByteArray &body, QString *error)
{
    auto parsed = parseDeployment(body, error);
    if (!parsed)
        return false;
    m_deployment = std::move(*parsed);
    return true;
}

QString DeploymentReply::describe() const
{
    return tr("the deployment");
}

// ---------------------------------------------------------------------------------------------
// ManagementClient

ManagementClient::ManagementClient(QNetworkAccessManager *nam, Subscription subscription,
                                   Options options, QObject *parent)
    : QObject(parent), m_nam(nam), m_subscription(std::move(subscription)),
      m_options(std::move(options))
{
    Q_ASSERT(m_nam);
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_subscription.certificate.isNull())
        m_ssl.setLocalCertificate(m_subscription.certificate);
    if (!m_subscription.privateKey.isNull())
        m_ssl.setPrivateKey(m_subscription.privateKey);
    if (!m_options.extraCaCertificates.isEmpty()) {
        // The system store stays trusted, but it is read only when a chain needs it
        // (trustSystemStoreToo()): reading it takes 0.25-0.4 s, most of a command's start-up,
        // and an endpoint given its own CA (--management-ca) rarely does.
        m_ssl.setCaCertificates(m_options.extraCaCertificates);
        m_systemStorePending = true;
    }
    m_options.timeoutMs = std::max(1, m_options.timeoutMs);
    m_options.totalTimeoutMs = std::max(1, m_options.totalTimeoutMs);
    m_options.maxRetries = std::max(0, m_options.maxRetries);
    m_options.maxRedirects = std::max(0, m_options.maxRedirects);
    m_options.backoffBaseMs = std::max(0, m_options.backoffBaseMs);
    m_options.backoffMaxMs = std::max(m_options.backoffBaseMs, m_options.backoffMaxMs);
}

bool ManagementClient::trustSystemStoreToo()
{
    if (!m_systemStorePending)
        return false;
    m_systemStorePending = false;
    // An explicit CA list switches Qt's on-demand loading off, so spell the store out. Read
    // once per process.
    QList<QSslCertificate> cas = systemCaCertificatesOnce();
    cas += m_options.extraCaCertificates;
    m_ssl.setCaCertificates(cas);
    qCDebug(lcAzure) << "the extra CAs do not vouch for the endpoint's chain; trusting the "
                        "system's CAs too";
    return true;
}

ManagementClient::ManagementClient(QNetworkAccessManager *nam, Subscription subscription,
                                   QObject *parent)
    : ManagementClient(nam, std::move(subscription), Options(), parent)
{}

ManagementClient::~ManagementClient()
{
    // Every pending reply finishes (Cancelled) while its owner can still hear it; the replies
    // themselves are deleted with this object right after. A receiver that sends a new request
    // from its slot gets a parentless reply that finishes the same way on the next turn.
    m_closing = true;
    while (!m_pending.isEmpty()) {
        ManagementReply *reply = m_pending.first();
        reply->closeFromClient(); // removes itself from m_pending
        m_pending.removeOne(reply);
    }
}

void ManagementClient::replyDone(ManagementReply *reply)
{
    if (!m_pending.removeOne(reply))
        return;
    if (m_pending.isEmpty() && !m_closing)
        emit busyChanged(false);
}

bool ManagementClient::isSameManagementHost(const QUrl &endpoint, const QUrl &target)
{
    if (!target.isValid() || target.scheme() != QLatin1String("https") ||
        endpoint.scheme() != target.scheme() || !target.userInfo().isEmpty())
        return false;
    if (target.port(443) != endpoint.port(443))
        return false;
    const QString host = endpoint.host().toLower();
    const QString to = target.host().toLower();
    if (host.isEmpty() || to.isEmpty())
        return false;
    if (to == host)
        return true;
    // A subdomain of a name, never of an address.
    return QHostAddress(host).isNull() && host.contains(QLatin1Char('.')) &&
           to.endsWith(QLatin1Char('.') + host);
}

QUrl ManagementClient::urlFor(const QString &path) const
{
    QString base =
        m_subscription.managementEndpoint.toString(QUrl::FullyEncoded | QUrl::StripTrailingSlash);
    QString rel = path;
    while (rel.startsWith(QLatin1Char('/')))
        rel.remove(0, 1);
    return QUrl(base + QLatin1Char('/') + m_subscription.id + QLatin1Char('/') + rel,
                QUrl::TolerantMode);
}

int ManagementClient::backoffDelayMs(int retry) const
{
    const int shift = std::clamp(retry - 1, 0, 20);
    const qint64 full =
        std::min<qint64>(m_options.backoffMaxMs, qint64(m_options.backoffBaseMs) << shift);
    if (full <= 1)
        return int(full);
    return int(QRandomGenerator::global()->bounded(full / 2, full + 1));
}

template <typename R>
R *ManagementClient::startReply(const QByteArray &method, const QString &path,
                                const QByteArray &body)
{
    auto *reply = new R(this, method, path, body);
    if (!m_closing) {
        m_pending.append(reply);
        if (m_pending.size() == 1)
            emit busyChanged(true);
    }
    // Start on the next turn of the event loop, so the caller can connect first.
    QTimer::singleShot(0, reply, [reply] { reply->start(); });
    return reply;
}

ManagementReply *ManagementClient::get(const QString &path)
{
    return send("GET", path);
}

ManagementReply *ManagementClient::post(const QString &path, const QByteArray &body)
{
    return send("POST", path, body);
}

ManagementReply *ManagementClient::put(const QString &path, const QByteArray &body)
{
    return send("PUT", path, body);
}

ManagementReply *ManagementClient::del(const QString &path)
{
    return send("DELETE", path);
}

ManagementReply *ManagementClient::send(const QByteArray &method, const QString &path,
                                        const QByteArray &body)
{
    return startReply<ManagementReply>(method, path, body);
}

LocationsReply *ManagementClient::listLocations()
{
    return startReply<LocationsReply>("GET", QStringLiteral("locations"), {});
}

OsImagesReply *ManagementClient::listOsImages()
{
    return startReply<OsImagesReply>("GET", QStringLiteral("services/images"), {});
}

AvailabilityReply *ManagementClient::checkHostedServiceName(const QString &name)
{
    return startReply<AvailabilityReply>(
        "GET",
        QStringLiteral("services/hostedservices/operations/isavailable/") +
            QString::fromLatin1(QUrl::toPercentEncoding(name)),
        {});
}

StorageServicesReply *ManagementClient::listStorageServices()
{
    return startReply<StorageServicesReply>("GET", QStringLiteral("services/storageservices"), {});
}

StorageServiceReply *ManagementClient::getStorageService(const QString &name)
{
    return startReply<StorageServiceReply>("GET",
                                           QStringLiteral("services/storageservices/") +
                                               QString::fromLatin1(QUrl::toPercentEncoding(name)),
                                           {});
}

DeploymentReply *ManagementClient::getDeploymentBySlot(const QString &service, const QString &slot)
{
    return startReply<DeploymentReply>(
        "GET",
        QStringLiteral("services/hostedservices/%1/deploymentslots/%2")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(service)),
                 QString::fromLatin1(QUrl::toPercentEncoding(slot))),
        {});
}

OperationReply *ManagementClient::getOperationStatus(const QString &requestId)
{
    return startReply<OperationReply>("GET",
                                      QStringLiteral("operations/") +
                                          QString::fromLatin1(QUrl::toPercentEncoding(requestId)),
                                      {});
}

} // namespace dockervm::classic
