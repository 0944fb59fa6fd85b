#include "identity/oauth.h"

#include "common/textsafety.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

Q_LOGGING_CATEGORY(lcIdentity, "dockervm.identity", QtWarningMsg)

namespace dockervm::identity {

namespace {

QString firstString(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QString v = o.value(QLatin1String(k)).toString();
        if (!v.isEmpty())
            return v;
    }
    return {};
}

// expires_in arrives as a number, and from some servers (older AD FS) as a string.
int intField(const QJsonObject &o, const char *key, int fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return v.toInt(fallback);
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

} // namespace

IdClaims decodeJwtClaims(const QByteArray &jwt)
{
    // Not verified on purpose: see IdClaims.
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() < 2)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded)
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
    if (!doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    IdClaims c;
    c.tenantId = o.value(QLatin1String("tid")).toString();
    c.objectId = o.value(QLatin1String("oid")).toString();
    c.userName = firstString(o, {"preferred_username", "upn", "unique_name", "email"});
    c.displayName = o.value(QLatin1String("name")).toString();
    return c;
}

QString OAuthError::summary() const
{
    QString line = description.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.isEmpty())
        line = error;
    if (line.size() > 400)
        line = line.left(400) + QChar(0x2026);
    return neutralizeControls(line, LineBreaks::Escape);
}

std::optional<OAuthError> parseOAuthError(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const QJsonValue err = o.value(QLatin1String("error"));
    if (!err.isString() || err.toString().isEmpty())
        return std::nullopt;
    OAuthError e;
    e.error = err.toString();
    // The MSAL fixtures glue "Trace ID:" to the text without a line break; cut there too.
    e.description = o.value(QLatin1String("error_description")).toString();
    const qsizetype trace = e.description.indexOf(QLatin1String("Trace ID:"));
    if (trace > 0 && !e.description.left(trace).contains(QLatin1Char('\n')))
        e.description.insert(trace, QLatin1Char('\n'));
    for (const QJsonValue &c : o.value(QLatin1String("error_codes")).toArray())
        e.codes.append(c.toInt());
    e.traceId = o.value(QLatin1String("trace_id")).toString();
    return e;
}

bool parseTokenReply(const QByteArray &body, const QDateTime &requestStart, TokenReply *out,
                     QString *error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject o = doc.object();
    *out = TokenReply();
    out->accessToken = o.value(QLatin1String("access_token")).toString().toUtf8();
    if (!doc.isObject() || out->accessToken.isEmpty()) {
        *error = Http::tr("The token reply carries no access_token.");
        return false;
    }
    const QString type = o.value(QLatin1String("token_type")).toString();
    if (!type.isEmpty() && type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0) {
        *error = Http::tr("The token reply is of type “%1”, not Bearer.")
                     .arg(neutralizeControls(type.left(40), LineBreaks::Escape));
        return false;
    }
    out->refreshToken = o.value(QLatin1String("refresh_token")).toString().toUtf8();
    out->lifetimeSec = qMax(0, intField(o, "expires_in", 3599));
    out->expiresAt = requestStart.toUTC().addSecs(out->lifetimeSec);
    out->scope = o.value(QLatin1String("scope")).toString();
    const QByteArray idToken = o.value(QLatin1String("id_token")).toString().toUtf8();
    out->claims = decodeJwtClaims(idToken);
    if (out->claims.isEmpty())
        out->claims = decodeJwtClaims(out->accessToken); // ARM access tokens are JWTs too
    return true;
}

bool Http::formRequest(const CloudEndpoints &endpoints, const QUrl &url, int timeoutMs,
                       QNetworkRequest *out, QString *error)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy); // a POST is never redirected
    if (!endpoints.managementCaFile.isEmpty()) {
        QFile file(endpoints.managementCaFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the CA file “%1” given for the sign-in server: %2. Check "
                        "the path or leave it out to trust only the system's CAs.")
                         .arg(endpoints.managementCaFile, file.errorString());
            return false;
        }
        const QList<QSslCertificate> cas = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (cas.isEmpty()) {
            *error = tr("The CA file “%1” given for the sign-in server holds no PEM certificate. "
                        "Pass a PEM file (-----BEGIN CERTIFICATE-----).")
                         .arg(endpoints.managementCaFile);
            return false;
        }
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(cas);
        request.setSslConfiguration(ssl);
    }
    *out = request;
    return true;
}

QUrl Http::endpointUrl(const CloudEndpoints &endpoints, const QString &tenant, const QString &leaf)
{
    QUrl url = endpoints.authority;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/") + leaf);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString Http::transportError(const QUrl &url, QNetworkReply *reply)
{
    const QString host = url.host();
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return tr("The sign-in server %1 did not answer in time. Check the network connection "
                  "and try again.")
            .arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The TLS connection to the sign-in server %1 failed (%2). If it uses its own CA "
                  "(Azure Stack Hub, a test server), pass that CA file.")
            .arg(host, neutralizeControls(reply->errorString(), LineBreaks::Escape));
    default:
        return tr("Cannot reach the sign-in server %1: %2. Check the network connection and the "
                  "authority URL, then try again.")
            .arg(host, neutralizeControls(reply->errorString(), LineBreaks::Escape));
    }
}

QString Http::unexpectedReply(const QUrl &url, int status, const QByteArray &contentType)
{
    return tr("The sign-in server %1 answered HTTP %2 (%3) with something that is not an OAuth "
              "reply. Check the authority URL (a proxy or captive portal may be in the way).")
        .arg(url.host())
        .arg(status)
        .arg(neutralizeControls(QString::fromLatin1(contentType.left(80)), LineBreaks::Escape));
}

} // namespace dockervm::identity
