#pragma once

#include "arm/armclient.h"
#include "certs_testpki.h"
#include "identity/tokensource.h"
#include "sim/httpserver.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace dockervm::testing {

// tests/data/arm/<name>
QString armFixturePath(const QString &name);
QJsonObject armFixture(const QString &name);

// One recorded exchange of a *.scenario.json / recording fixture (see tests/data/arm/README.md).
struct ArmExchange
{
    QByteArray method;
    QString path;  // decoded path of the recorded URI
    QString query; // its query
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // JSON bodies compact, "" empty
};
QList<ArmExchange> armExchanges(const QString &fixture);

// Hands out "token-1" until it is invalidated, then "token-2", ... (always later, on the event
// loop, like a real token manager with a cache); counts requests and invalidations.
class FakeTokenSource : public identity::TokenSource
{
    Q_OBJECT
public:
    using TokenSource::TokenSource;
    void accessToken(QObject *context, Callback done) override;
    void invalidate(const QByteArray &rejected) override
    {
        invalidated.append(rejected);
        if (rejected == current)
            current.clear();
    }

    int issued = 0;
    int asked = 0;
    QByteArray current;
    QList<QByteArray> invalidated;
    identity::TokenError::Kind failWith = identity::TokenError::Kind::None;
};

// An ARM endpoint on https://127.0.0.1:<port> with a throwaway CA, replaying queued responses
// per method + path (the last one of a queue repeats) and logging every request. Recorded bodies
// and headers get https://management.azure.com rewritten to this server.
class ArmTestServer : public QObject
{
    Q_OBJECT
public:
    struct Logged
    {
        QByteArray method;
        QString path;
        QString query;
        QByteArray authorization;
        int status = 0;
    };

    explicit ArmTestServer(QObject *parent = nullptr);
    ~ArmTestServer() override;
    bool start(QString *error);

    quint16 port() const;
    QString baseUrl() const; // https://127.0.0.1:<port>
    QSslCertificate caCertificate() const;
    QString caFile() const { return m_pki.caCertPath; }
    // Options for a client of this server: short deadlines and backoff for tests.
    arm::ArmClient::Options clientOptions() const;

    QByteArray rewrite(QByteArray text) const; // management.azure.com -> this server
    sim::HttpResponse response(const ArmExchange &exchange) const;
    static sim::HttpResponse json(int status, const QByteArray &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static sim::HttpResponse armError(int status, const QString &code, const QString &message);

    void enqueue(const QByteArray &method, const QString &path, const sim::HttpResponse &r);
    void enqueue(const ArmExchange &exchange)
    {
        enqueue(exchange.method, exchange.path, response(exchange));
    }
    // Computed answers (checked before the queues).
    void route(const QByteArray &method, const QString &path,
               std::function<sim::HttpResponse(const sim::HttpRequest &)> handler);
    void clear();

    QList<Logged> log;
    int requests(const QByteArray &method, const QString &path) const;

private:
    sim::HttpResponse handle(const sim::HttpRequest &request);

    QTemporaryDir m_dir;
    TestPki m_pki;
    std::unique_ptr<sim::HttpServer> m_server;
    QHash<QString, QList<sim::HttpResponse>> m_queues;
    QHash<QString, std::function<sim::HttpResponse(const sim::HttpRequest &)>> m_routes;
};

} // namespace dockervm::testing
