#include "identity/devicecodeflow.h"

#include "common/textsafety.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace dockervm::identity {

namespace {

const char kDeviceCodeGrant[] = "urn:ietf:params:oauth:grant-type:device_code";

QByteArray formBody(std::initializer_list<std::pair<QString, QString>> fields)
{
    QUrlQuery q;
    for (const auto &[k, v] : fields)
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    return q.query(QUrl::FullyEncoded).toLatin1();
}

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

DeviceCodeFlow::DeviceCodeFlow(QNetworkAccessManager *nam, CloudEndpoints endpoints,
                               QObject *parent)
    : DeviceCodeFlow(nam, std::move(endpoints), Options(), parent)
{}

DeviceCodeFlow::DeviceCodeFlow(QNetworkAccessManager *nam, CloudEndpoints endpoints,
                               Options options, QObject *parent)
    : QObject(parent), m_nam(nam), m_endpoints(std::move(endpoints)), m_options(options)
{
    qRegisterMetaType<DeviceCode>();
    qRegisterMetaType<DeviceCodeResult>();
    m_pollTimer.setSingleShot(true);
    m_expiryTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceCodeFlow::poll);
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] {
        fail(DeviceCodeResult::Error::Expired,
             tr("The sign-in code %1 expired before the sign-in was finished in the browser. "
                "Start the sign-in again for a new code.")
                 .arg(m_code.userCode));
    });
}

DeviceCodeFlow::~DeviceCodeFlow()
{
    m_running = false;
    if (m_reply) {
        QNetworkReply *r = m_reply;
        m_reply = nullptr;
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
    m_deviceCode.fill('\0');
}

QString DeviceCodeFlow::scope() const
{
    QString s = m_endpoints.scope();
    if (!m_options.extraScopes.isEmpty())
        s += QLatin1Char(' ') + m_options.extraScopes;
    return s;
}

void DeviceCodeFlow::start()
{
    if (m_running)
        return;
    m_running = true;
    m_polls = 0;
    m_transportFailures = 0;
    const QUrl url =
        Http::endpointUrl(m_endpoints, m_endpoints.tenant, QStringLiteral("devicecode"));
    QNetworkRequest request;
    QString error;
    if (!Http::formRequest(m_endpoints, url, m_options.requestTimeoutMs, &request, &error)) {
        QMetaObject::invokeMethod(
            this, [this, error] { fail(DeviceCodeResult::Error::Transport, error); },
            Qt::QueuedConnection);
        return;
    }
    qCInfo(lcIdentity) << "device code: asking" << url.toDisplayString() << "for a code";
    m_reply = m_nam->post(request, formBody({{QStringLiteral("client_id"), m_endpoints.clientId},
                                             {QStringLiteral("scope"), scope()}}));
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onDeviceCodeReply(reply); });
}

void DeviceCodeFlow::cancel()
{
    if (!m_running)
        return;
    fail(DeviceCodeResult::Error::Cancelled, tr("The sign-in was cancelled."));
}

void DeviceCodeFlow::onDeviceCodeReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply || !m_running)
        return;
    m_reply = nullptr;
    const QUrl url = reply->url();
    const int status = statusOf(reply);
    const QByteArray body = reply->readAll();
    if (status == 0) {
        fail(DeviceCodeResult::Error::Transport, Http::transportError(url, reply));
        return;
    }
    if (status != 200) {
        if (const auto e = parseOAuthError(body)) {
            failWithOAuth(*e);
            return;
        }
        fail(DeviceCodeResult::Error::Protocol,
             Http::unexpectedReply(
                 url, status, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray()));
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString userCode = o.value(QLatin1String("user_code")).toString();
    const QByteArray deviceCode = o.value(QLatin1String("device_code")).toString().toUtf8();
    QString uri = o.value(QLatin1String("verification_uri")).toString();
    if (uri.isEmpty())
        uri = o.value(QLatin1String("verification_url")).toString(); // older v1 replies
    const QUrl verification(uri, QUrl::StrictMode);
    const int expiresIn = o.value(QLatin1String("expires_in")).toInt(-1);
    if (userCode.isEmpty() || deviceCode.isEmpty() || expiresIn < 0 || !verification.isValid() ||
        (verification.scheme() != QLatin1String("https") &&
         verification.scheme() != QLatin1String("http"))) {
        fail(DeviceCodeResult::Error::Protocol,
             tr("The sign-in server %1 sent a device code reply without user_code, device_code, "
                "an http(s) verification_uri or expires_in. Check the authority URL.")
                 .arg(url.host()));
        return;
    }
    m_deviceCode = deviceCode;
    m_intervalSec = qMax(1, o.value(QLatin1String("interval")).toInt(5));
    m_code.userCode = neutralizeControls(userCode.left(64), LineBreaks::Escape);
    m_code.verificationUri = verification;
    m_code.intervalSec = m_intervalSec;
    m_code.expiresAt =
        QDateTime::currentDateTimeUtc().addMSecs(qint64(expiresIn) * m_options.secondMs);
    const QString message = o.value(QLatin1String("message")).toString();
    // The server words its message in its own language (English unless asked otherwise); when
    // the user interface has these instructions translated (Korean), they are shown instead, so
    // the page speaks one language.
    const char *instructions = QT_TR_NOOP("To sign in, open %1 in a web browser and enter the "
                                          "code %2.");
    const QString ours = tr(instructions);
    m_code.message = message.isEmpty() || ours != QLatin1String(instructions)
                         ? ours.arg(verification.toDisplayString(), m_code.userCode)
                         : neutralizeControls(message.left(1000), LineBreaks::Escape);
    qCInfo(lcIdentity) << "device code: code issued, expires in" << expiresIn << "s, interval"
                       << m_intervalSec << "s";
    m_expiryTimer.start(qint64(expiresIn) * m_options.secondMs);
    scheduleNextPoll();
    emit codeReady(m_code);
}

void DeviceCodeFlow::scheduleNextPoll()
{
    m_pollTimer.start(m_intervalSec * m_options.secondMs);
}

void DeviceCodeFlow::poll()
{
    if (!m_running)
        return;
    const QUrl url = Http::endpointUrl(m_endpoints, m_endpoints.tenant, QStringLiteral("token"));
    QNetworkRequest request;
    QString error;
    if (!Http::formRequest(m_endpoints, url, m_options.requestTimeoutMs, &request, &error)) {
        fail(DeviceCodeResult::Error::Transport, error);
        return;
    }
    ++m_polls;
    const QDateTime started = QDateTime::currentDateTimeUtc();
    m_reply = m_nam->post(
        request, formBody({{QStringLiteral("grant_type"), QString::fromLatin1(kDeviceCodeGrant)},
                           {QStringLiteral("client_id"), m_endpoints.clientId},
                           {QStringLiteral("device_code"), QString::fromUtf8(m_deviceCode)}}));
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, started] { onTokenReply(reply, started); });
}

bool DeviceCodeFlow::transientFailure(const QString &why)
{
    ++m_transportFailures;
    if (m_transportFailures > m_options.transportRetries)
        return false;
    qCInfo(lcIdentity).noquote() << "device code: poll failed, retrying:" << why;
    scheduleNextPoll();
    return true;
}

void DeviceCodeFlow::onTokenReply(QNetworkReply *reply, const QDateTime &started)
{
    reply->deleteLater();
    if (reply != m_reply || !m_running)
        return;
    m_reply = nullptr;
    const QUrl url = reply->url();
    const int status = statusOf(reply);
    const QByteArray body = reply->readAll();
    if (status == 0 || status >= 500 || status == 429) {
        const QString why =
            status == 0
                ? Http::transportError(url, reply)
                : Http::unexpectedReply(
                      url, status, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
        if (!transientFailure(why)) {
            fail(DeviceCodeResult::Error::Transport,
                 tr("%1 (gave up after %n attempt(s)).", nullptr, m_transportFailures).arg(why));
        }
        return;
    }
    m_transportFailures = 0;
    if (status == 200) {
        DeviceCodeResult result;
        QString error;
        if (!parseTokenReply(body, started, &result.tokens, &error)) {
            fail(DeviceCodeResult::Error::Protocol,
                 tr("The sign-in server %1 finished the sign-in with a reply it cannot use: %2")
                     .arg(url.host(), error));
            return;
        }
        qCInfo(lcIdentity) << "device code: signed in, tenant" << result.tokens.claims.tenantId;
        finish(result);
        return;
    }
    const auto e = parseOAuthError(body);
    if (!e) {
        fail(DeviceCodeResult::Error::Protocol,
             Http::unexpectedReply(
                 url, status, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray()));
        return;
    }
    if (e->error == QLatin1String("authorization_pending")) {
        scheduleNextPoll();
        return;
    }
    if (e->error == QLatin1String("slow_down")) {
        m_intervalSec += m_options.slowDownStepSec;
        qCInfo(lcIdentity) << "device code: slow_down, polling every" << m_intervalSec << "s";
        scheduleNextPoll();
        return;
    }
    failWithOAuth(*e);
}

void DeviceCodeFlow::failWithOAuth(const OAuthError &e)
{
    using E = DeviceCodeResult::Error;
    const QString s = e.summary();
    if (e.error == QLatin1String("expired_token")) {
        fail(E::Expired,
             tr("The sign-in code expired before the sign-in was finished in the browser (%1). "
                "Start the sign-in again for a new code.")
                 .arg(s),
             e.error);
    } else if (e.error == QLatin1String("authorization_declined")) {
        fail(E::Declined,
             tr("The sign-in was declined in the browser (%1). Start it again and accept to "
                "continue.")
                 .arg(s),
             e.error);
    } else if (e.error == QLatin1String("bad_verification_code")) {
        fail(E::BadCode,
             tr("Microsoft Entra ID does not know this sign-in code (%1). Start the sign-in "
                "again.")
                 .arg(s),
             e.error);
    } else if (e.error == QLatin1String("invalid_grant")) {
        fail(E::InvalidGrant,
             tr("Microsoft Entra ID refused the sign-in (%1). Start it again; if it keeps "
                "failing, check that the account may sign in to tenant “%2”.")
                 .arg(s, m_endpoints.tenant),
             e.error);
    } else if (e.error == QLatin1String("invalid_client") ||
               e.error == QLatin1String("unauthorized_client")) {
        fail(E::Refused,
             tr("Microsoft Entra ID refused the application %1 (%2). Use an app registration "
                "that allows public client flows.")
                 .arg(m_endpoints.clientId, s),
             e.error);
    } else {
        fail(E::Refused,
             tr("Microsoft Entra ID refused the sign-in with “%1” (%2). Check the tenant and "
                "the application, then start again.")
                 .arg(neutralizeControls(e.error.left(60), LineBreaks::Escape), s),
             e.error);
    }
}

void DeviceCodeFlow::fail(DeviceCodeResult::Error error, const QString &message,
                          const QString &code)
{
    DeviceCodeResult r;
    r.error = error;
    r.message = message;
    r.errorCode = code;
    qCInfo(lcIdentity).noquote() << "device code: stopped:" << message;
    finish(r);
}

void DeviceCodeFlow::finish(DeviceCodeResult result)
{
    if (!m_running)
        return;
    m_running = false;
    m_pollTimer.stop();
    m_expiryTimer.stop();
    if (m_reply) {
        QNetworkReply *r = m_reply;
        m_reply = nullptr;
        r->abort();
    }
    m_deviceCode.fill('\0');
    m_deviceCode.clear();
    // Always from the event loop, never inside start()/cancel() of the caller.
    QMetaObject::invokeMethod(
        this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
}

} // namespace dockervm::identity
