#include "sim/armsimulator.h"

#include "arm/apiversions.h"
#include "certs/x509.h"
#include "common/logging.h"
#include "sim/armcore.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimeZone>
#include <QUuid>

static void initArmSimResources()
{
    Q_INIT_RESOURCE(arm_sim);
}

namespace dockervm::sim {
namespace arm {

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

static HttpResponse jsonBody(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    r.setHeader("Cache-Control", "no-cache");
    return r;
}

HttpResponse jsonResponse(int status, const QJsonObject &body)
{
    return jsonBody(status, toJson(body));
}

HttpResponse jsonResponse(int status, const QJsonArray &body)
{
    return jsonBody(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse errorResponse(int status, const QString &code, const QString &message,
                           bool withDetails)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (withDetails) // the network provider's errors carry an empty details list
        error.insert(QStringLiteral("details"), QJsonArray());
    return jsonResponse(status, QJsonObject{{QStringLiteral("error"), error}});
}

HttpResponse errorResponse(const ArmError &e, bool withDetails)
{
    return errorResponse(e.status, e.code, e.message, withDetails);
}

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz0000+00:00"));
}

QString kindType(ArmKind kind)
{
    switch (kind) {
    case ArmKind::ResourceGroup:
        return QStringLiteral("Microsoft.Resources/resourceGroups");
    case ArmKind::NetworkSecurityGroup:
        return QStringLiteral("Microsoft.Network/networkSecurityGroups");
    case ArmKind::VirtualNetwork:
        return QStringLiteral("Microsoft.Network/virtualNetworks");
    case ArmKind::PublicIpAddress:
        return QStringLiteral("Microsoft.Network/publicIPAddresses");
    case ArmKind::NetworkInterface:
        return QStringLiteral("Microsoft.Network/networkInterfaces");
    case ArmKind::VirtualMachine:
        return QStringLiteral("Microsoft.Compute/virtualMachines");
    }
    return {};
}

QString kindName(ArmKind kind)
{
    return kindType(kind).section(QLatin1Char('/'), 1);
}

namespace {

// api-versions: what the app sends (arm/apiversions.h) and what the recordings used.
const QSet<QString> &acceptedApiVersions()
{
    static const QSet<QString> versions = [] {
        QSet<QString> v{QStringLiteral("2018-01-01"), QStringLiteral("2019-09-01"),
                        QStringLiteral("2019-11-01"), QStringLiteral("2020-05-01"),
                        QStringLiteral("2020-06-01"), QStringLiteral("2021-04-01"),
                        QStringLiteral("2021-07-01"), QStringLiteral("2022-03-01"),
                        QStringLiteral("2022-05-01"), QStringLiteral("2022-12-01"),
                        QStringLiteral("2024-05-01"), QStringLiteral("2024-07-01"),
                        QStringLiteral("2024-11-01")};
        v << dockervm::arm::api::resources() << dockervm::arm::api::subscriptions()
          << dockervm::arm::api::locations() << dockervm::arm::api::network()
          << dockervm::arm::api::compute() << dockervm::arm::api::computeSkus();
        return v;
    }();
    return versions;
}

// "6/15/2026 8:22:51 AM", as in the recorded ExpiredAuthenticationToken message.
QString usTime(const QDateTime &t)
{
    return QLocale(QLocale::English, QLocale::UnitedStates)
        .toString(t.toUTC(), QStringLiteral("M/d/yyyy h:mm:ss AP"));
}

QByteArray wwwAuthenticate(const QString &tenant, const QString &description)
{
    return QStringLiteral("Bearer authorization_uri=\"https://login.windows.net/%1\", "
                          "error=\"invalid_token\", error_description=\"%2\"")
        .arg(tenant, description)
        .toUtf8();
}

} // namespace

Core::Core(ArmSimulator *f, ArmSimulator::Options o) : front(f), options(std::move(o))
{
    if (options.tenantId.isEmpty())
        options.tenantId = newGuid();
    if (options.subscriptions.isEmpty()) {
        options.subscriptions = {
            {newGuid(), QStringLiteral("Demo Subscription"), QStringLiteral("Enabled"), {}, true},
            {newGuid(),
             QStringLiteral("Read-only Subscription"),
             QStringLiteral("Enabled"),
             {},
             false},
            {newGuid(), QStringLiteral("Expired Trial"), QStringLiteral("Disabled"), {}, true},
        };
    }
    for (ArmSubscription &s : options.subscriptions)
        if (s.tenantId.isEmpty())
            s.tenantId = options.tenantId;
}

Core::~Core()
{
    hosts.clear();
}

const ArmSubscription *Core::subscription(const QString &id) const
{
    for (const ArmSubscription &s : options.subscriptions)
        if (s.id.compare(id, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

ArmTokenCheck Core::checkToken(const QByteArray &bearer) const
{
    if (tokenChecker)
        return tokenChecker(bearer);
    ArmTokenCheck check = testTokens.value(bearer);
    if (check.tenantId.isEmpty())
        return {};
    const bool expired = check.expiresOn <= QDateTime::currentDateTimeUtc();
    check.ok = !expired;
    check.expired = expired;
    return check;
}

HttpResponse Core::handle(const HttpRequest &request)
{
    HttpResponse r = [&] {
        Call call{request, {}, {}, {}, {}};
        const QByteArray host = request.header("host");
        call.baseUrl = QStringLiteral("https://") +
                       (host.isEmpty() ? QStringLiteral("127.0.0.1:%1").arg(server->port())
                                       : QString::fromLatin1(host));
        call.segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        call.apiVersion = request.query.queryItemValue(QStringLiteral("api-version"));

        for (const QString &p : std::as_const(faults.hangPaths))
            if (request.path.contains(p, Qt::CaseInsensitive)) {
                HttpResponse hang;
                hang.hang = true;
                return hang;
            }

        // Authentication first: ARM answers 401 before it looks at anything else.
        const QByteArray auth = request.header("authorization");
        // Wordings as users report them (azure-sdk-for-python#4124,
        // terraform-provider-azurerm#3612).
        if (!auth.isEmpty() && (!auth.startsWith("Bearer ") || auth.trimmed().size() <= 7)) {
            HttpResponse e = errorResponse(401, QStringLiteral("AuthenticationFailedInvalidHeader"),
                                           QStringLiteral("Authentication failed. The "
                                                          "'Authorization' header is provided in "
                                                          "an invalid format."));
            e.setHeader("WWW-Authenticate",
                        wwwAuthenticate(options.tenantId,
                                        QStringLiteral("The authentication failed because of "
                                                       "an invalid 'Authorization' header.")));
            return e;
        }
        if (auth.isEmpty()) {
            HttpResponse e = errorResponse(
                401, QStringLiteral("AuthenticationFailed"),
                QStringLiteral("Authentication failed. The 'Authorization' header is missing."));
            e.setHeader("WWW-Authenticate",
                        wwwAuthenticate(options.tenantId,
                                        QStringLiteral("The authentication failed because of "
                                                       "missing 'Authorization' header.")));
            return e;
        }
        call.token = checkToken(auth.mid(7).trimmed());
        if (call.token.expired) {
            const QDateTime expiry = call.token.expiresOn.isValid()
                                         ? call.token.expiresOn
                                         : QDateTime::currentDateTimeUtc().addSecs(-60);
            HttpResponse e = errorResponse(
                401, QStringLiteral("ExpiredAuthenticationToken"),
                QStringLiteral("The access token expiry UTC time '%1' is earlier than current UTC "
                               "time '%2'.")
                    .arg(usTime(expiry), usTime(QDateTime::currentDateTimeUtc())));
            e.setHeader("WWW-Authenticate",
                        wwwAuthenticate(call.token.tenantId.isEmpty() ? options.tenantId
                                                                      : call.token.tenantId,
                                        QStringLiteral("The access token has expired.")));
            return e;
        }
        if (!call.token.ok) {
            HttpResponse e = errorResponse(401, QStringLiteral("InvalidAuthenticationToken"),
                                           QStringLiteral("The access token is invalid."));
            e.setHeader(
                "WWW-Authenticate",
                wwwAuthenticate(options.tenantId, QStringLiteral("The access token is invalid.")));
            return e;
        }

        // Operation polls carry the api-version of the request that started them.
        if (call.apiVersion.isEmpty())
            return errorResponse(400, QStringLiteral("MissingApiVersionParameter"),
                                 QStringLiteral("The api-version query parameter (?api-version=) "
                                                "is required for all requests."));
        if (!acceptedApiVersions().contains(call.apiVersion))
            return errorResponse(
                400, QStringLiteral("InvalidApiVersionParameter"),
                QStringLiteral("The api-version '%1' is invalid. The supported versions are '%2'.")
                    .arg(call.apiVersion,
                         QStringList(acceptedApiVersions().values()).join(QLatin1Char(','))));

        const bool matches =
            faults.transientMethod.isEmpty() || faults.transientMethod == request.method;
        if (matches && faults.throttleNext > 0) {
            --faults.throttleNext;
            const QString s = call.segments.value(1);
            HttpResponse e = errorResponse(
                429, QStringLiteral("SubscriptionRequestsThrottled"),
                QStringLiteral("Number of requests for subscription '%1' and operation '%2' "
                               "exceeded the backend storage limit. Please try again after '%3' "
                               "seconds.")
                    .arg(s, QString::fromLatin1(request.method) + request.path.toUpper())
                    .arg(faults.retryAfterSeconds));
            e.setHeader("Retry-After", QByteArray::number(faults.retryAfterSeconds));
            const QByteArray kind = request.method == "GET"      ? "reads"
                                    : request.method == "DELETE" ? "deletes"
                                                                 : "writes";
            e.setHeader("x-ms-ratelimit-remaining-subscription-" + kind, "0");
            return e;
        }
        if (matches && faults.fail500Next > 0) {
            --faults.fail500Next;
            return errorResponse(500, QStringLiteral("InternalServerError"),
                                 QStringLiteral("Encountered internal server error. Diagnostic "
                                                "information: timestamp '%1', tracking id '%2'.")
                                     .arg(isoTime(QDateTime::currentDateTimeUtc()), newGuid()));
        }
        if (matches && faults.fail503Next > 0) {
            --faults.fail503Next;
            HttpResponse e = errorResponse(503, QStringLiteral("ServiceUnavailable"),
                                           QStringLiteral("The server is currently unable to "
                                                          "handle the request. Please retry."));
            e.setHeader("Retry-After", "1");
            return e;
        }

        const QStringList &seg = call.segments;
        auto is = [&seg](int i, const char *name) {
            return seg.value(i).compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
        };
        if (seg.size() == 1 && is(0, "tenants") && request.method == "GET")
            return tenants(call);
        if (seg.size() == 1 && is(0, "subscriptions") && request.method == "GET")
            return subscriptionsList(call);
        if (seg.size() < 2 || !is(0, "subscriptions"))
            return errorResponse(
                404, QStringLiteral("NotFound"),
                QStringLiteral("The requested path '%1' is not served here.").arg(request.path));

        const ArmSubscription *sub = subscription(seg.at(1));
        if (!sub || sub->tenantId.compare(call.token.tenantId, Qt::CaseInsensitive) != 0)
            return errorResponse(
                404, QStringLiteral("SubscriptionNotFound"),
                QStringLiteral("The subscription '%1' could not be found.").arg(seg.at(1)));
        const bool write = request.method != "GET" && request.method != "HEAD";
        if (write && !sub->canWrite) {
            const QString action =
                seg.size() >= 4 && is(2, "resourcegroups") && seg.size() == 4
                    ? QStringLiteral("Microsoft.Resources/subscriptions/resourcegroups/%1")
                          .arg(request.method == "DELETE" ? QStringLiteral("delete")
                                                          : QStringLiteral("write"))
                : seg.size() >= 8 ? QStringLiteral("%1/%2/%3")
                                        .arg(seg.at(5), seg.at(6),
                                             request.method == "DELETE" ? QStringLiteral("delete")
                                                                        : QStringLiteral("write"))
                                  : QStringLiteral("Microsoft.Resources/subscriptions/write");
            HttpResponse e = errorResponse(
                403, QStringLiteral("AuthorizationFailed"),
                QStringLiteral("The client '%1' with object id '%2' does not have authorization "
                               "to perform action '%3' over scope '%4' or the scope is invalid. "
                               "If access was recently granted, please refresh your credentials.")
                    .arg(call.token.user,
                         QUuid::createUuidV5(QUuid(), call.token.user)
                             .toString(QUuid::WithoutBraces),
                         action, request.path));
            e.setHeader("x-ms-failure-cause", "gateway");
            return e;
        }
        if (sub->state == QLatin1String("Disabled") && write)
            return errorResponse(409, QStringLiteral("ReadOnlyDisabledSubscription"),
                                 QStringLiteral("The subscription '%1' is disabled and therefore "
                                                "marked as read only. You cannot perform any "
                                                "write actions on this subscription until it is "
                                                "re-enabled.")
                                     .arg(sub->id));

        if (seg.size() == 2 && request.method == "GET")
            return subscriptionGet(call, *sub);
        if (seg.size() == 3 && is(2, "locations") && request.method == "GET")
            return locations(call, *sub);
        if (seg.size() == 4 && is(2, "operationresults"))
            return operationRoute(call, *sub);
        if (seg.size() >= 5 && is(2, "providers")) {
            if (is(3, "Microsoft.Compute") && seg.size() == 5 && is(4, "skus"))
                return resourceSkus(call, *sub);
            if (seg.size() >= 7 && is(4, "locations")) {
                if (is(6, "operations") || is(6, "operationResults"))
                    return operationRoute(call, *sub);
                if (is(3, "Microsoft.Compute") && is(6, "publishers"))
                    return images(call, *sub);
                if (is(3, "Microsoft.Compute") && is(6, "vmSizes"))
                    return vmSizes(call, *sub);
                if (is(3, "Microsoft.Network") && is(6, "CheckDnsNameAvailability"))
                    return dnsCheck(call, *sub);
            }
        }
        if (seg.size() == 3 && is(2, "resourcegroups") && request.method == "GET")
            return groupList(call, *sub);
        if (seg.size() == 4 && is(2, "resourcegroups"))
            return groupRoute(call, *sub);
        if (seg.size() == 5 && is(2, "resourcegroups") && is(4, "resources"))
            return groupResources(call, *sub);
        if (seg.size() == 8 && is(2, "resourcegroups") && is(4, "providers"))
            return resourceRoute(call, *sub);
        if (seg.size() == 10 && is(2, "resourcegroups") && is(4, "providers") &&
            is(5, "Microsoft.Network") && is(6, "networkSecurityGroups") && is(8, "securityRules"))
            return securityRuleRoute(call, *sub);
        return errorResponse(
            404, QStringLiteral("NotFound"),
            QStringLiteral("The requested path '%1' is not served here.").arg(request.path));
    }();

    // Throttling headers on every answer, counting down per subscription and request class.
    if (r.status != 429 && request.path.startsWith(QLatin1String("/subscriptions/"))) {
        const QString sub = request.path.section(QLatin1Char('/'), 2, 2).toLower();
        const char *kind = request.method == "GET" || request.method == "HEAD" ? "reads"
                           : request.method == "DELETE"                        ? "deletes"
                                                                               : "writes";
        const int start = qstrcmp(kind, "reads") == 0     ? 11999
                          : qstrcmp(kind, "deletes") == 0 ? 14999
                                                          : 1199;
        const QString key = sub + QLatin1Char('/') + QLatin1String(kind);
        int &left = remaining[key];
        if (left == 0)
            left = start + 1;
        left = qMax(1, left - 1);
        r.setHeader(QByteArray("x-ms-ratelimit-remaining-subscription-") + kind,
                    QByteArray::number(left));
    }
    r.setHeader("x-ms-request-id", newGuid().toLatin1());
    r.setHeader("x-ms-correlation-request-id", newGuid().toLatin1());
    if (!r.hang)
        r.delayMs += options.latencyMs;
    log << QStringLiteral("%1 %2 %3")
               .arg(QString::fromLatin1(request.method), request.path)
               .arg(r.hang ? 0 : r.status);
    if (log.size() > 2000)
        log.removeFirst();
    qCDebug(lcSim).noquote() << "ARM" << request.method << request.path << "->"
                             << (r.hang ? 0 : r.status);
    emit front->requestHandled(request.method, request.path, r.hang ? 0 : r.status);
    return r;
}

} // namespace arm

// --- the front ------------------------------------------------------------------------------

ArmSimulator::ArmSimulator(QObject *parent) : ArmSimulator(Options(), parent) {}

ArmSimulator::ArmSimulator(Options options, QObject *parent)
    : QObject(parent), m_core(std::make_unique<arm::Core>(this, std::move(options)))
{
    initArmSimResources();
}

ArmSimulator::~ArmSimulator()
{
    stop();
    m_core->hosts.clear();
}

bool ArmSimulator::start(QString *error)
{
    arm::Core &c = *m_core;
    if (isRunning())
        return true;
    if (c.caCertPem.isEmpty()) {
        using certs::CertificateRequest;
        CertificateRequest caReq;
        caReq.usage = CertificateRequest::Usage::CertificateAuthority;
        caReq.commonName = QStringLiteral("Docker VM Wizard ARM Simulator CA");
        caReq.organization = QStringLiteral("Docker VM Wizard (simulator)");
        caReq.validityDays = 30;
        const auto ca = certs::createCertificateAuthority(caReq, certs::KeyType::EcdsaP256, error);
        if (!ca)
            return false;
        CertificateRequest serverReq;
        serverReq.usage = CertificateRequest::Usage::Server;
        serverReq.commonName = QStringLiteral("localhost");
        serverReq.organization = caReq.organization;
        serverReq.dnsNames = {QStringLiteral("localhost")};
        serverReq.ipAddresses = {QHostAddress(QHostAddress::LocalHost),
                                 QHostAddress(QHostAddress::LocalHostIPv6)};
        if (c.options.address.isLoopback() && c.options.address != QHostAddress::LocalHost &&
            c.options.address != QHostAddress::LocalHostIPv6)
            serverReq.ipAddresses.append(c.options.address);
        serverReq.validityDays = 30;
        const auto server = certs::issueCertificate(serverReq, certs::KeyType::EcdsaP256,
                                                    ca->certificatePem, ca->privateKeyPem, error);
        if (!server)
            return false;
        c.caCertPem = ca->certificatePem;
        c.caKeyPem = ca->privateKeyPem;
        c.serverCertPem = server->certificatePem;
        c.serverKeyPem = server->privateKeyPem;
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setLocalCertificate(QSslCertificate(c.serverCertPem, QSsl::Pem));
    ssl.setPrivateKey(QSslKey(c.serverKeyPem, QSsl::Ec, QSsl::Pem));
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    c.tls = ssl;
    c.server = std::make_unique<HttpServer>();
    c.server->setSslConfiguration(ssl);
    c.server->setHandler([&c](const HttpRequest &r) { return c.handle(r); });
    if (!c.server->listen(c.options.address, c.options.port)) {
        if (error)
            *error = tr("the ARM simulator cannot listen on %1 port %2: %3")
                         .arg(c.options.address.toString())
                         .arg(c.options.port)
                         .arg(c.server->errorString());
        c.server.reset();
        return false;
    }
    qCDebug(lcSim).noquote() << "ARM simulator listening on" << endpoint().toString();
    return true;
}

void ArmSimulator::stop()
{
    if (m_core->server)
        m_core->server->close();
    m_core->server.reset();
}

bool ArmSimulator::isRunning() const
{
    return m_core->server && m_core->server->isListening();
}

quint16 ArmSimulator::port() const
{
    return m_core->server ? m_core->server->port() : 0;
}

QUrl ArmSimulator::endpoint() const
{
    QUrl u;
    u.setScheme(QStringLiteral("https"));
    u.setHost(m_core->options.address.toString());
    u.setPort(port());
    return u;
}

QByteArray ArmSimulator::caCertificatePem() const
{
    return m_core->caCertPem;
}

QSslCertificate ArmSimulator::caCertificate() const
{
    return QSslCertificate(m_core->caCertPem, QSsl::Pem);
}

bool ArmSimulator::writeCaFile(const QString &path, QString *error) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(m_core->caCertPem) != m_core->caCertPem.size() || !f.flush()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QSslConfiguration ArmSimulator::serverTlsConfiguration() const
{
    return m_core->tls;
}

ArmSimulator::Options ArmSimulator::options() const
{
    return m_core->options;
}

void ArmSimulator::setOptions(const Options &options)
{
    const Options old = m_core->options;
    m_core->options = options;
    if (m_core->options.tenantId.isEmpty())
        m_core->options.tenantId = old.tenantId;
    if (m_core->options.subscriptions.isEmpty())
        m_core->options.subscriptions = old.subscriptions;
    for (ArmSubscription &s : m_core->options.subscriptions)
        if (s.tenantId.isEmpty())
            s.tenantId = m_core->options.tenantId;
}

ArmFaults ArmSimulator::faults() const
{
    return m_core->faults;
}

void ArmSimulator::setFaults(const ArmFaults &faults)
{
    m_core->faults = faults;
}

QString ArmSimulator::tenantId() const
{
    return m_core->options.tenantId;
}

QList<ArmSubscription> ArmSimulator::subscriptions() const
{
    return m_core->options.subscriptions;
}

QString ArmSimulator::defaultSubscriptionId() const
{
    for (const ArmSubscription &s : std::as_const(m_core->options.subscriptions))
        if (s.state == QLatin1String("Enabled") && s.canWrite)
            return s.id;
    return {};
}

void ArmSimulator::setTokenChecker(TokenChecker checker)
{
    m_core->tokenChecker = std::move(checker);
}

QByteArray ArmSimulator::issueTestToken(const QString &user, qint64 validForSeconds)
{
    const QByteArray token = "simtoken." + QUuid::createUuid().toRfc4122().toHex();
    ArmTokenCheck check;
    check.tenantId = m_core->options.tenantId;
    check.user = user;
    check.expiresOn = QDateTime::currentDateTimeUtc().addSecs(validForSeconds);
    m_core->testTokens.insert(token, check);
    return token;
}

QStringList ArmSimulator::resourceGroups(const QString &subscriptionId) const
{
    QStringList names;
    for (const arm::Group &g : std::as_const(m_core->groups))
        if (subscriptionId.isEmpty() ||
            g.subscriptionId.compare(subscriptionId, Qt::CaseInsensitive) == 0)
            names << g.name;
    names.sort();
    return names;
}

QStringList ArmSimulator::resourceIds() const
{
    QStringList ids;
    for (const arm::Resource &r : std::as_const(m_core->resources))
        ids << r.id;
    ids.sort();
    return ids;
}

QList<ArmDockerEndpoint> ArmSimulator::dockerEndpoints() const
{
    return m_core->endpoints.values();
}

DockerHost *ArmSimulator::dockerHost(const QString &fqdn) const
{
    for (auto it = m_core->endpoints.cbegin(); it != m_core->endpoints.cend(); ++it)
        if (it->fqdn.compare(fqdn, Qt::CaseInsensitive) == 0) {
            const auto host = m_core->hosts.value(it.key());
            return host.get();
        }
    return nullptr;
}

void ArmSimulator::applyHostOverrides(HostOverrides &hosts) const
{
    for (auto it = m_core->endpoints.cbegin(); it != m_core->endpoints.cend(); ++it) {
        const ArmDockerEndpoint &e = it.value();
        if (!e.listening || e.fqdn.isEmpty())
            continue;
        hosts.map(e.fqdn, e.tlsPort, e.address, e.port);
        // A Docker started by Options::dockerStarter (a real dockerd) listens for the swarm on
        // its loopback address; a simulated Docker host is on the simulator's swarm network at
        // its private address, which needs no mapping.
        if (!e.privateAddress.isEmpty() && !m_core->hosts.contains(it.key()))
            hosts.map(e.privateAddress, 2377, e.address, 2377);
    }
}

QByteArray ArmSimulator::lastVmPutBody() const
{
    return m_core->lastVmPutBody;
}

QStringList ArmSimulator::requestLog() const
{
    return m_core->log;
}

void ArmSimulator::clear()
{
    m_core->hosts.clear();
    m_core->endpoints.clear();
    m_core->resources.clear();
    m_core->groups.clear();
    m_core->ops.clear();
    emit resourcesChanged();
}

} // namespace dockervm::sim
