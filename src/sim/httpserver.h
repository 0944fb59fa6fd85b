#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace dockervm::sim {

// One parsed HTTP/1.1 request. Header names are lower-case.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: path and query, percent-encoded
    QString path;      // decoded path without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QSslCertificate peerCertificate; // null without TLS or without a client certificate
    quint16 localPort = 0;

    QByteArray header(const QByteArray &lowerName) const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray reason; // derived from status when empty
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;             // answer after this long
    bool dropConnection = false; // close the socket without answering
    bool hang = false;           // never answer (the client's timeout must fire)

    static HttpResponse text(int status, const QByteArray &body,
                             const QByteArray &contentType = "text/plain; charset=utf-8");
    void setHeader(const QByteArray &name, const QByteArray &value);
};

// A small HTTP/1.1 server on loopback for the simulators: keep-alive, Content-Length bodies,
// optional TLS through QSslServer (the socket is handed out only after the handshake, so the
// peer certificate is known to the handler). Asynchronous throughout: no waitFor*.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    // Without a configuration the server speaks plain HTTP.
    void setSslConfiguration(const QSslConfiguration &config);
    void setHandler(Handler handler);

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 port() const;
    QString errorString() const;

    int requestCount() const { return m_requestCount; }
    int failedHandshakes() const { return m_failedHandshakes; }

signals:
    void requestServed(const QByteArray &method, const QString &path, int status);
    void handshakeFailed(const QString &reason);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const HttpRequest &request, const HttpResponse &response);

    std::unique_ptr<QTcpServer> m_server;
    QSslConfiguration m_ssl;
    bool m_useTls = false;
    Handler m_handler;
    int m_requestCount = 0;
    int m_failedHandshakes = 0;
};

} // namespace dockervm::sim
