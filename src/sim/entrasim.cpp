#include "sim/entrasim.h"

#include "common/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace dockervm::sim {

namespace {

QString guid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// User codes look like the service's: 8-9 upper-case letters and digits without look-alikes.
QString randomUserCode()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 9; ++i)
        code.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]));
    return code;
}

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

HttpResponse json(int status, const QJsonObject &o)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    r.setHeader("Cache-Control", "no-store, no-cache");
    r.setHeader("Pragma", "no-cache");
    return r;
}

} // namespace

EntraSimulator::EntraSimulator(QObject *parent) : EntraSimulator(Options(), parent) {}

EntraSimulator::EntraSimulator(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    if (m_options.users.isEmpty())
        m_options.users.append(defaultUser());
    for (EntraUser &u : m_options.users) {
        if (u.objectId.isEmpty())
            u.objectId = guid();
    }
}

EntraSimulator::~EntraSimulator() = default;

EntraUser EntraSimulator::defaultUser()
{
    EntraUser u;
    u.userName = QStringLiteral("ada@contoso.example");
    u.displayName = QStringLiteral("Ada Lovelace");
    u.objectId = QStringLiteral("6b3a9b1e-0000-4000-8000-00000000ada1");
    u.tenantIds = {QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47")};
    return u;
}

bool EntraSimulator::listen(const QSslConfiguration &tls, quint16 port, QString *error)
{
    m_server = std::make_unique<HttpServer>();
    m_tls = !tls.isNull();
    if (m_tls)
        m_server->setSslConfiguration(tls);
    m_server->setHandler([this](const HttpRequest &r) {
        if (auto answer = handle(r))
            return *answer;
        return json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("not_found")}});
    });
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = m_server->errorString();
        return false;
    }
    return true;
}

quint16 EntraSimulator::port() const
{
    return m_server ? m_server->port() : 0;
}

QUrl EntraSimulator::authority() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(port()));
}

std::optional<HttpResponse> EntraSimulator::handle(const HttpRequest &request)
{
    static const QRegularExpression route(
        QStringLiteral("^/([^/]+)/oauth2/v2\\.0/(devicecode|token)$"));
    const QRegularExpressionMatch m = route.match(request.path);
    if (!m.hasMatch())
        return std::nullopt;
    if (m_dropNext > 0) {
        --m_dropNext;
        HttpResponse r;
        r.dropConnection = true;
        return r;
    }
    if (request.method != "POST") {
        return error("invalid_request", 900561,
                     QStringLiteral("The endpoint only accepts POST requests. Received a %1 "
                                    "request.")
                         .arg(QString::fromLatin1(request.method)),
                     405);
    }
    const QString tenant = m.captured(1);
    if (!isKnownTenantSegment(tenant)) {
        return error("invalid_tenant", 90002,
                     QStringLiteral("Tenant '%1' not found. Check to make sure you have the "
                                    "correct tenant ID and are signing into the correct cloud.")
                         .arg(tenant));
    }
    if (!request.header("content-type").startsWith("application/x-www-form-urlencoded")) {
        return error("invalid_request", 900144,
                     QStringLiteral("The request body must contain the following parameter: "
                                    "'grant_type'."));
    }
    if (m.captured(2) == QLatin1String("devicecode"))
        return deviceCode(tenant, request);
    return token(tenant, request);
}

bool EntraSimulator::isKnownTenantSegment(const QString &segment) const
{
    if (m_options.genericTenants.contains(segment, Qt::CaseInsensitive))
        return true;
    for (const EntraUser &u : m_options.users) {
        if (u.tenantIds.contains(segment, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString EntraSimulator::resolveTenant(const QString &segment, const EntraUser &user) const
{
    if (m_options.genericTenants.contains(segment, Qt::CaseInsensitive))
        return user.tenantIds.value(0);
    for (const QString &t : user.tenantIds) {
        if (t.compare(segment, Qt::CaseInsensitive) == 0)
            return t;
    }
    return {};
}

const EntraUser *EntraSimulator::findUser(const QString &userName) const
{
    for (const EntraUser &u : m_options.users) {
        if (userName.isEmpty() || u.userName.compare(userName, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

HttpResponse EntraSimulator::error(const QByteArray &code, int aadsts, const QString &text,
                                   int status) const
{
    const QString trace = guid();
    const QString correlation = guid();
    const QString ts =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
    return json(status,
                QJsonObject{
                    {QStringLiteral("error"), QString::fromLatin1(code)},
                    {QStringLiteral("error_description"),
                     QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\n"
                                    "Timestamp: %5")
                         .arg(aadsts)
                         .arg(text, trace, correlation, ts)},
                    {QStringLiteral("error_codes"), QJsonArray{aadsts}},
                    {QStringLiteral("timestamp"), ts},
                    {QStringLiteral("trace_id"), trace},
                    {QStringLiteral("correlation_id"), correlation},
                    {QStringLiteral("error_uri"),
                     QStringLiteral("https://login.microsoftonline.com/error?code=%1").arg(aadsts)},
                });
}

HttpResponse EntraSimulator::deviceCode(const QString &tenant, const HttpRequest &request)
{
    ++m_deviceCodeRequests;
    const QUrlQuery form(QString::fromUtf8(request.body));
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    const QString scope = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    if (clientId.isEmpty()) {
        return error("invalid_request", 900144,
                     QStringLiteral("The request body must contain the following parameter: "
                                    "'client_id'."));
    }
    if (scope.isEmpty()) {
        return error("invalid_request", 900144,
                     QStringLiteral("The request body must contain the following parameter: "
                                    "'scope'."));
    }
    DeviceCode dc;
    dc.userCode = randomUserCode();
    dc.deviceCode = randomToken(96);
    dc.tenant = tenant;
    dc.clientId = clientId;
    dc.scope = scope;
    dc.issuedAt = QDateTime::currentDateTimeUtc();
    dc.expiresAt = dc.issuedAt.addSecs(m_options.deviceCodeExpiresInSec);
    m_deviceCodes.insert(dc.deviceCode, dc);
    m_lastUserCode = dc.userCode;
    qCInfo(lcSim).noquote() << "entra: device code" << dc.userCode << "issued for" << tenant;
    emit deviceCodeIssued(dc.userCode);
    const QString uri = m_options.verificationUri;
    return json(200, QJsonObject{
                         {QStringLiteral("user_code"), dc.userCode},
                         {QStringLiteral("device_code"), QString::fromLatin1(dc.deviceCode)},
                         {QStringLiteral("verification_uri"), uri},
                         {QStringLiteral("expires_in"), m_options.deviceCodeExpiresInSec},
                         {QStringLiteral("interval"), m_options.intervalSec},
                         {QStringLiteral("message"),
                          QStringLiteral("To sign in, use a web browser to open the page %1 and "
                                         "enter the code %2 to authenticate.")
                              .arg(uri, dc.userCode)},
                     });
}

HttpResponse EntraSimulator::token(const QString &tenant, const HttpRequest &request)
{
    ++m_tokenRequests;
    const QUrlQuery form(QString::fromUtf8(request.body));
    const QString grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    if (grant == QLatin1String("urn:ietf:params:oauth:grant-type:device_code"))
        return deviceCodeGrant(tenant, form);
    if (grant == QLatin1String("refresh_token"))
        return refreshGrant(tenant, form);
    if (grant.isEmpty()) {
        return error("invalid_request", 900144,
                     QStringLiteral("The request body must contain the following parameter: "
                                    "'grant_type'."));
    }
    return error("unsupported_grant_type", 70003,
                 QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grant));
}

HttpResponse EntraSimulator::deviceCodeGrant(const QString &tenant, const QUrlQuery &form)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_pollTimes.append(now);
    const QByteArray code =
        form.queryItemValue(QStringLiteral("device_code"), QUrl::FullyDecoded).toUtf8();
    auto it = m_deviceCodes.find(code);
    if (it == m_deviceCodes.end() || it->state == DeviceCode::State::Redeemed) {
        return error("bad_verification_code", 70019,
                     QStringLiteral("Verification code expired or not recognized."));
    }
    if (it->clientId != form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded)) {
        return error("invalid_grant", 70000,
                     QStringLiteral("Provided grant is invalid or malformed: the client does "
                                    "not match the device code."));
    }
    if (now >= it->expiresAt) {
        return error("expired_token", 70020,
                     QStringLiteral("The provided value for the input parameter 'device_code' "
                                    "is not valid. This device code has expired."));
    }
    if (it->state == DeviceCode::State::Declined) {
        return error("authorization_declined", 65004,
                     QStringLiteral("User declined to consent to access the app."));
    }
    if (it->state == DeviceCode::State::Pending && m_options.autoApproveAfterMs >= 0 &&
        it->issuedAt.msecsTo(now) >= m_options.autoApproveAfterMs) {
        it->state = DeviceCode::State::Approved;
        it->approvedUser = m_options.users.first().userName;
    }
    if (it->state == DeviceCode::State::Pending) {
        if (m_slowDownPending > 0) {
            --m_slowDownPending;
            return error("slow_down", 70016,
                         QStringLiteral("OAuth 2.0 device flow error. Polling too fast: slow "
                                        "down."));
        }
        return error("authorization_pending", 70016,
                     QStringLiteral("The provided request has not yet been authorized by the "
                                    "user. The user must input their code."));
    }
    const EntraUser *user = findUser(it->approvedUser);
    if (!user)
        return error("invalid_grant", 50034, QStringLiteral("The user account does not exist."));
    const QString tenantId = resolveTenant(tenant, *user);
    if (tenantId.isEmpty()) {
        return error("invalid_grant", 50020,
                     QStringLiteral("User account '%1' from identity provider does not exist "
                                    "in tenant '%2'.")
                         .arg(user->userName, tenant));
    }
    it->state = DeviceCode::State::Redeemed;
    return issueTokens(tenantId, *user, it->clientId, it->scope);
}

HttpResponse EntraSimulator::refreshGrant(const QString &tenant, const QUrlQuery &form)
{
    ++m_refreshRequests;
    const QByteArray rt =
        form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded).toUtf8();
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    const auto it = m_refreshTokens.constFind(rt);
    if (it == m_refreshTokens.constEnd() || it->revoked) {
        if (it != m_refreshTokens.constEnd() && it->revokedCode == 50173) {
            return error("invalid_grant", 50173,
                         QStringLiteral("The provided grant has expired due to it being revoked, "
                                        "a fresh auth token is needed. The user might have "
                                        "changed or reset their password."));
        }
        return error("invalid_grant", 70008,
                     QStringLiteral("The provided authorization code or refresh token has "
                                    "expired due to inactivity. Send a new interactive "
                                    "authorization request for this user and resource."));
    }
    if (it->clientId != clientId) {
        return error("invalid_grant", 70000,
                     QStringLiteral("Provided grant is invalid or malformed."));
    }
    const EntraUser *user = findUser(it->user);
    if (!user)
        return error("invalid_grant", 50034, QStringLiteral("The user account does not exist."));
    const QString tenantId = resolveTenant(tenant, *user);
    if (tenantId.isEmpty()) {
        return error("invalid_grant", 50020,
                     QStringLiteral("User account '%1' from identity provider does not exist "
                                    "in tenant '%2' and cannot access the application.")
                         .arg(user->userName, tenant));
    }
    m_refreshTokens[rt].used = true; // rotated: still valid (as the service does) until revoked
    return issueTokens(tenantId, *user, clientId,
                       form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded));
}

HttpResponse EntraSimulator::issueTokens(const QString &tenantId, const EntraUser &user,
                                         const QString &clientId, const QString &scope)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray access = randomToken(48);
    const QByteArray refresh = randomToken(96);
    m_accessTokens.insert(access, IssuedAccess{tenantId, user.userName,
                                               now.addSecs(m_options.accessTokenLifetimeSec)});
    m_refreshTokens.insert(refresh, RefreshGrant{user.userName, clientId, false, false, 0});
    // Unsigned ("alg":"none") id_token: clients decode it for display only.
    const QByteArray header = b64url(R"({"typ":"JWT","alg":"none"})");
    const QByteArray payload =
        b64url(QJsonDocument(
                   QJsonObject{
                       {QStringLiteral("aud"), clientId},
                       {QStringLiteral("iss"),
                        QStringLiteral("https://login.microsoftonline.com/%1/v2.0").arg(tenantId)},
                       {QStringLiteral("iat"), now.toSecsSinceEpoch()},
                       {QStringLiteral("exp"), now.addSecs(3600).toSecsSinceEpoch()},
                       {QStringLiteral("tid"), tenantId},
                       {QStringLiteral("oid"), user.objectId},
                       {QStringLiteral("preferred_username"), user.userName},
                       {QStringLiteral("name"), user.displayName},
                       {QStringLiteral("ver"), QStringLiteral("2.0")},
                   })
                   .toJson(QJsonDocument::Compact));
    emit tokenIssued(tenantId, user.userName);
    QStringList scopes = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    scopes.removeAll(QStringLiteral("offline_access"));
    return json(200,
                QJsonObject{
                    {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                    {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))},
                    {QStringLiteral("expires_in"), m_options.accessTokenLifetimeSec},
                    {QStringLiteral("ext_expires_in"), m_options.accessTokenLifetimeSec},
                    {QStringLiteral("access_token"), QString::fromLatin1(access)},
                    {QStringLiteral("refresh_token"), QString::fromLatin1(refresh)},
                    {QStringLiteral("id_token"), QString::fromLatin1(header + '.' + payload + '.')},
                });
}

bool EntraSimulator::approve(const QString &userCode, const QString &userName)
{
    const EntraUser *user = findUser(userName);
    if (!user)
        return false;
    for (DeviceCode &dc : m_deviceCodes) {
        if (dc.userCode == userCode && dc.state == DeviceCode::State::Pending) {
            dc.state = DeviceCode::State::Approved;
            dc.approvedUser = user->userName;
            return true;
        }
    }
    return false;
}

bool EntraSimulator::decline(const QString &userCode)
{
    for (DeviceCode &dc : m_deviceCodes) {
        if (dc.userCode == userCode && dc.state == DeviceCode::State::Pending) {
            dc.state = DeviceCode::State::Declined;
            return true;
        }
    }
    return false;
}

bool EntraSimulator::expireCode(const QString &userCode)
{
    for (DeviceCode &dc : m_deviceCodes) {
        if (dc.userCode == userCode) {
            dc.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
            return true;
        }
    }
    return false;
}

void EntraSimulator::injectSlowDown(int count)
{
    m_slowDownPending = count;
}

void EntraSimulator::dropNextRequests(int count)
{
    m_dropNext = count;
}

void EntraSimulator::revokeUser(const QString &userName)
{
    for (RefreshGrant &g : m_refreshTokens) {
        if (g.user.compare(userName, Qt::CaseInsensitive) == 0) {
            g.revoked = true;
            g.revokedCode = 50173;
        }
    }
}

void EntraSimulator::revokeRefreshToken(const QByteArray &refreshToken)
{
    auto it = m_refreshTokens.find(refreshToken);
    if (it != m_refreshTokens.end()) {
        it->revoked = true;
        it->revokedCode = 70008;
    }
}

void EntraSimulator::setAccessTokenLifetime(int seconds)
{
    m_options.accessTokenLifetimeSec = seconds;
}

void EntraSimulator::expireAccessToken(const QByteArray &accessToken)
{
    auto it = m_accessTokens.find(accessToken);
    if (it != m_accessTokens.end())
        it->expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
}

QList<QByteArray> EntraSimulator::issuedRefreshTokens() const
{
    return m_refreshTokens.keys();
}

TokenCheck EntraSimulator::checkAccessToken(const QByteArray &bearer) const
{
    TokenCheck c;
    const auto it = m_accessTokens.constFind(bearer);
    if (it == m_accessTokens.constEnd())
        return c;
    c.tenantId = it->tenantId;
    c.user = it->user;
    c.expired = QDateTime::currentDateTimeUtc() >= it->expiresAt;
    c.ok = !c.expired;
    return c;
}

} // namespace dockervm::sim
