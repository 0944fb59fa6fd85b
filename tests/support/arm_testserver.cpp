#include "arm_testserver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslKey>
#include <QTimer>
#include <QUrl>

namespace dockervm::testing {

QString armFixturePath(const QString &name)
{
    QString root = qEnvironmentVariable("DOCKERVM_TEST_DATA");
    if (root.isEmpty())
        root = QFileInfo(QStringLiteral(__FILE__)).dir().filePath(QStringLiteral("../data"));
    return QDir(root).filePath(QStringLiteral("arm/") + name);
}

QJsonObject armFixture(const QString &name)
{
    QFile f(armFixturePath(name));
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning() << "cannot read fixture" << f.fileName() << f.errorString();
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

QList<ArmExchange> armExchanges(const QString &fixture)
{
    QList<ArmExchange> out;
    for (const QJsonValue &v : armFixture(fixture).value(QLatin1String("exchanges")).toArray()) {
        const QJsonObject req = v.toObject().value(QLatin1String("request")).toObject();
        const QJsonObject resp = v.toObject().value(QLatin1String("response")).toObject();
        ArmExchange e;
        e.method = req.value(QLatin1String("method")).toString().toLatin1();
        const QUrl uri(req.value(QLatin1String("uri")).toString());
        e.path = uri.path();
        e.query = uri.query();
        e.status = resp.value(QLatin1String("status")).toInt();
        const QJsonObject headers = resp.value(QLatin1String("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (it.key() == QLatin1String("content-length"))
                continue; // recomputed by the server
            e.headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
        }
        const QJsonValue body = resp.value(QLatin1String("body"));
        if (body.isObject())
            e.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        else if (body.isArray())
            e.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
        else
            e.body = body.toString().toUtf8();
        out.append(e);
    }
    return out;
}

void FakeTokenSource::accessToken(QObject *context, Callback done)
{
    ++asked;
    QTimer::singleShot(0, context, [this, done] {
        if (failWith != identity::TokenError::Kind::None) {
            identity::TokenError e;
            e.kind = failWith;
            e.message = QStringLiteral("The fake token source refuses (test).");
            done({}, e);
            return;
        }
        if (current.isEmpty())
            current = QByteArray("token-") + QByteArray::number(++issued);
        done({current, QDateTime::currentDateTimeUtc().addSecs(3600)}, {});
    });
}

ArmTestServer::ArmTestServer(QObject *parent) : QObject(parent) {}
ArmTestServer::~ArmTestServer() = default;

bool ArmTestServer::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    if (!m_pki.create(m_dir.path(), {QStringLiteral("localhost")},
                      {QHostAddress(QHostAddress::LocalHost)}, certs::KeyType::EcdsaP256, 30,
                      error))
        return false;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificate(QSslCertificate(m_pki.server.certificatePem));
    ssl.setPrivateKey(QSslKey(m_pki.server.privateKeyPem, QSsl::Ec));
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server = std::make_unique<sim::HttpServer>();
    m_server->setSslConfiguration(ssl);
    m_server->setHandler([this](const sim::HttpRequest &r) { return handle(r); });
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        *error = m_server->errorString();
        return false;
    }
    return true;
}

quint16 ArmTestServer::port() const
{
    return m_server ? m_server->port() : 0;
}

QString ArmTestServer::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(port());
}

QSslCertificate ArmTestServer::caCertificate() const
{
    return QSslCertificate(m_pki.ca.certificatePem);
}

arm::ArmClient::Options ArmTestServer::clientOptions() const
{
    arm::ArmClient::Options o;
    o.armEndpoint = QUrl(baseUrl());
    o.extraCaCertificates = {caCertificate()};
    o.timeoutMs = 10000;
    o.totalTimeoutMs = 30000;
    o.backoffBaseMs = 10;
    o.backoffMaxMs = 40;
    o.throttleDefaultMs = 50;
    return o;
}

QByteArray ArmTestServer::rewrite(QByteArray text) const
{
    return text.replace("https://management.azure.com", baseUrl().toLatin1());
}

sim::HttpResponse ArmTestServer::response(const ArmExchange &exchange) const
{
    sim::HttpResponse r;
    r.status = exchange.status;
    for (const auto &h : exchange.headers)
        r.headers.append({h.first, rewrite(h.second)});
    r.body = rewrite(exchange.body);
    return r;
}

sim::HttpResponse ArmTestServer::json(int status, const QByteArray &body,
                                      const QList<QPair<QByteArray, QByteArray>> &headers)
{
    sim::HttpResponse r;
    r.status = status;
    r.body = body;
    r.headers = headers;
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

sim::HttpResponse ArmTestServer::armError(int status, const QString &code, const QString &message)
{
    const QJsonObject e{
        {QStringLiteral("error"),
         QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
    return json(status, QJsonDocument(e).toJson(QJsonDocument::Compact));
}

static QString key(const QByteArray &method, const QString &path)
{
    return QString::fromLatin1(method) + QLatin1Char(' ') + path.toLower();
}

void ArmTestServer::enqueue(const QByteArray &method, const QString &path,
                            const sim::HttpResponse &r)
{
    m_queues[key(method, path)].append(r);
}

void ArmTestServer::route(const QByteArray &method, const QString &path,
                          std::function<sim::HttpResponse(const sim::HttpRequest &)> handler)
{
    m_routes.insert(key(method, path), std::move(handler));
}

void ArmTestServer::clear()
{
    m_queues.clear();
    m_routes.clear();
    log.clear();
}

int ArmTestServer::requests(const QByteArray &method, const QString &path) const
{
    int n = 0;
    for (const Logged &l : log) {
        if (l.method == method && l.path.compare(path, Qt::CaseInsensitive) == 0)
            ++n;
    }
    return n;
}

sim::HttpResponse ArmTestServer::handle(const sim::HttpRequest &request)
{
    const QString k = key(request.method, request.path);
    sim::HttpResponse r;
    if (auto it = m_routes.find(k); it != m_routes.end()) {
        r = it.value()(request);
    } else if (auto q = m_queues.find(k); q != m_queues.end() && !q->isEmpty()) {
        r = q->size() > 1 ? q->takeFirst() : q->first();
    } else {
        r = armError(404, QStringLiteral("ResourceNotFound"),
                     QStringLiteral("The test server has no answer for %1 %2.")
                         .arg(QString::fromLatin1(request.method), request.path));
    }
    log.append({request.method, request.path, request.query.toString(QUrl::FullyDecoded),
                request.header("authorization"), r.status});
    return r;
}

} // namespace dockervm::testing
