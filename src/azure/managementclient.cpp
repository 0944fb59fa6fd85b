#include "azure/managementclient.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>

#include <algorithm>

namespace dockervm::azure {
namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// ManagementReply

ManagementReply::ManagementReply(ManagementClient *client, QByteArray method, QString path,
                                 QByteArray body)
    : QObject(client), m_client(client), m_method(std::move(method)), m_path(std::move(path)),
      m_requestBody(std::move(body))
{
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ManagementReply::sendAttempt);
}

ManagementReply::~ManagementReply()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
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
    m_retryTimer->stop();
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    qCDebug(lcAzure).noquote() << m_method << m_path << "cancelled after" << m_attempts
                               << "attempt(s)";
    finishWith(AsmError::cancelled());
}

bool ManagementReply::parseBody(const QByteArray &, QString *)
{
    return true;
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

void ManagementReply::sendAttempt()
{
    if (m_finished)
        return;
    if (!m_client) {
        finishWith(AsmError::cancelled());
        return;
    }
    m_url = m_client->urlFor(m_path); // every attempt starts at the subscription's endpoint
    ++m_attempts;
    m_hops = 0;
    sendRequest();
}

void ManagementReply::sendRequest()
{
    const ManagementClient::Options &o = m_client->options();
    QNetworkRequest request(m_url);
    request.setSslConfiguration(m_client->sslConfiguration());
    request.setRawHeader("x-ms-version", o.apiVersion.toLatin1());
    request.setRawHeader("Accept", "application/xml");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // ASM speaks HTTP/1.1 and may renegotiate TLS for the client certificate: no HTTP/2.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(o.timeoutMs);
    const bool hasBody = m_method == "POST" || m_method == "PUT" || !m_requestBody.isEmpty();
    if (hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/xml; charset=utf-8"));

    m_sslErrors.clear();
    QNetworkAccessManager *nam = m_client->networkAccessManager();
    if (m_method == "GET")
        m_reply = nam->get(request);
    else if (m_method == "DELETE" && m_requestBody.isEmpty())
        m_reply = nam->deleteResource(request);
    else
        m_reply = nam->sendCustomRequest(request, m_method, m_requestBody);
    qCDebug(lcAzure).noquote() << m_method << m_url.path(QUrl::FullyEncoded) << "attempt"
                               << m_attempts << (m_hops > 0 ? "(redirected)" : "");
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::finished, this, &ManagementReply::onReplyFinished);
}

void ManagementReply::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    disconnect(reply, nullptr, this, nullptr);
    if (m_finished || !m_client)
        return;

    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = reply->rawHeaderPairs();
    m_body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QNetworkReply::NetworkError netError = reply->error();
    const ManagementClient::Options &o = m_client->options();

    if (m_httpStatus == 0) {
        AsmError e;
        if (netError == QNetworkReply::OperationCanceledError ||
            netError == QNetworkReply::TimeoutError)
            e = AsmError::timeout(m_url, o.timeoutMs); // our abort() disconnects first
        else
            e = AsmError::fromNetworkError(netError, reply->errorString(), m_url, m_sslErrors);
        qCDebug(lcAzure).noquote()
            << m_method << m_url.path(QUrl::FullyEncoded) << "attempt" << m_attempts
            << "failed:" << asmErrorKindName(e.kind) << reply->errorString();
        if (!scheduleRetry(e))
            finishWith(e);
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
        if (target.scheme() != QLatin1String("https")) {
            AsmError e = AsmError::fromHttpReply(m_httpStatus, m_body, requestId());
            e.message = tr("refused a redirect to a non-HTTPS address: %1")
                            .arg(target.toDisplayString(QUrl::RemoveUserInfo));
            finishWith(e);
            return;
        }
        ++m_hops;
        ++m_redirects;
        qCDebug(lcAzure).noquote()
            << m_method << "redirected to"
            << target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        m_url = target;
        sendRequest(); // same method, same body, same TLS configuration
        return;
    }

    if (m_httpStatus < 200 || m_httpStatus >= 300) {
        const AsmError e = AsmError::fromHttpReply(m_httpStatus, m_body, requestId());
        if (!scheduleRetry(e))
            finishWith(e);
        return;
    }

    QString parseError;
    if (!parseBody(m_body, &parseError)) {
        finishWith(AsmError::invalidReply(describe(), parseError));
        return;
    }
    finishWith(AsmError());
}

bool ManagementReply::scheduleRetry(const AsmError &error)
{
    if (!m_client || !error.isRetryable())
        return false;
    const int retriesDone = m_attempts - 1;
    if (retriesDone >= m_client->options().maxRetries)
        return false;
    const int delay = m_client->backoffDelayMs(m_attempts);
    qCDebug(lcAzure).noquote() << m_method << m_path << "will retry in" << delay << "ms after"
                               << asmErrorKindName(error.kind) << error.httpStatus << error.code;
    emit retrying(m_attempts, error, delay);
    m_retryTimer->start(delay);
    return true;
}

void ManagementReply::finishWith(const AsmError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_retryTimer->stop();
    if (error.isError() && error.kind != AsmError::Kind::Cancelled)
        qCDebug(lcAzure).noquote() << m_method << m_path << "failed after" << m_attempts
                                   << "attempt(s):" << error.summary();
    emit finished();
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

bool OsImagesReply::parseBody(const QByteArray &body, QString *error)
{
    auto parsed = parseOsImages(body, error);
    if (!parsed)
        return false;
    m_images = std::move(*parsed);
    return true;
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
        // The system store stays trusted: Qt may load it on demand, which an explicit CA list
        // would switch off, so spell it out and add the extra CAs on top.
        // Reading the system store takes a while; it is read once per process.
        static const QList<QSslCertificate> systemCas = QSslConfiguration::systemCaCertificates();
        QList<QSslCertificate> cas = systemCas;
        cas += m_ssl.caCertificates();
        m_ssl.setCaCertificates(cas);
        m_ssl.addCaCertificates(m_options.extraCaCertificates);
    }
    m_options.maxRetries = std::max(0, m_options.maxRetries);
    m_options.maxRedirects = std::max(0, m_options.maxRedirects);
    m_options.backoffBaseMs = std::max(0, m_options.backoffBaseMs);
    m_options.backoffMaxMs = std::max(m_options.backoffBaseMs, m_options.backoffMaxMs);
}

ManagementClient::ManagementClient(QNetworkAccessManager *nam, Subscription subscription,
                                   QObject *parent)
    : ManagementClient(nam, std::move(subscription), Options(), parent)
{}

ManagementClient::~ManagementClient() = default;

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

OperationReply *ManagementClient::getOperationStatus(const QString &requestId)
{
    return startReply<OperationReply>("GET",
                                      QStringLiteral("operations/") +
                                          QString::fromLatin1(QUrl::toPercentEncoding(requestId)),
                                      {});
}

} // namespace dockervm::azure
