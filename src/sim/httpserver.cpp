#include "sim/httpserver.h"

#include "common/logging.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace dockervm::sim {
namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024;
const char kBufferProperty[] = "dockervm_http_buffer";

QByteArray reasonFor(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

HttpResponse HttpResponse::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", contentType);
    return r;
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

HttpServer::HttpServer(QObject *parent) : QObject(parent) {}

HttpServer::~HttpServer()
{
    close();
}

void HttpServer::setSslConfiguration(const QSslConfiguration &config)
{
    m_ssl = config;
    m_useTls = true;
}

void HttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_useTls) {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(m_ssl);
        server->setHandshakeTimeout(10000);
        connect(server.get(), &QSslServer::peerVerifyError, this,
                [](QSslSocket *, const QSslError &error) {
                    qCDebug(lcSim) << "peer verify error:" << error.errorString();
                });
        connect(server.get(), &QSslServer::errorOccurred, this,
                [this](QSslSocket *, QAbstractSocket::SocketError) {
                    ++m_failedHandshakes;
                    emit handshakeFailed(tr("connection failed during the TLS handshake"));
                });
        connect(server.get(), &QSslServer::sslErrors, this,
                [this](QSslSocket *, const QList<QSslError> &errors) {
                    ++m_failedHandshakes;
                    QStringList texts;
                    for (const auto &e : errors)
                        texts << e.errorString();
                    qCDebug(lcSim) << "TLS handshake refused:" << texts;
                    emit handshakeFailed(texts.join(QStringLiteral("; ")));
                });
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &HttpServer::onNewConnection);
    if (!m_server->listen(address, port)) {
        qCWarning(lcSim) << "cannot listen on" << address << port << m_server->errorString();
        return false;
    }
    return true;
}

void HttpServer::close()
{
    if (m_server)
        m_server->close();
}

bool HttpServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 HttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString HttpServer::errorString() const
{
    return m_server ? m_server->errorString() : QString();
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void HttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property(kBufferProperty).toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (buffer.size() > kMaxHeaderBytes) {
                respond(socket, HttpRequest(), HttpResponse::text(413, "header too large\n"));
                socket->disconnectFromHost();
                return;
            }
            break;
        }
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        HttpRequest request;
        if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
            respond(socket, HttpRequest(), HttpResponse::text(400, "malformed request line\n"));
            socket->disconnectFromHost();
            return;
        }
        request.method = requestLine[0];
        request.target = requestLine[1];
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name == "content-length")
                contentLength = value.toLongLong();
        }
        if (contentLength < 0 || contentLength > kMaxBodyBytes) {
            respond(socket, HttpRequest(), HttpResponse::text(413, "body too large\n"));
            socket->disconnectFromHost();
            return;
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            break;
        request.body = buffer.mid(headerEnd + 4, contentLength);
        buffer.remove(0, headerEnd + 4 + contentLength);

        const QUrl url = QUrl::fromEncoded("http://sim" + request.target);
        request.path = url.path();
        request.query = QUrlQuery(url);
        request.localPort = socket->localPort();
        if (auto *ssl = qobject_cast<QSslSocket *>(socket))
            request.peerCertificate = ssl->peerCertificate();

        ++m_requestCount;
        HttpResponse response =
            m_handler ? m_handler(request) : HttpResponse::text(404, "no handler\n");
        if (response.hang) {
            qCDebug(lcSim) << request.method << request.path << "-> (hanging)";
            socket->setProperty(kBufferProperty, QByteArray());
            return;
        }
        if (response.dropConnection) {
            qCDebug(lcSim) << request.method << request.path << "-> (connection dropped)";
            socket->abort();
            return;
        }
        if (response.delayMs > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(response.delayMs, this, [this, guard, request, response] {
                if (guard)
                    respond(guard, request, response);
            });
        } else {
            respond(socket, request, response);
        }
    }
    socket->setProperty(kBufferProperty, buffer);
}

void HttpServer::respond(QTcpSocket *socket, const HttpRequest &request,
                         const HttpResponse &response)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     (response.reason.isEmpty() ? reasonFor(response.status) : response.reason) +
                     "\r\n";
    bool hasLength = false;
    for (const auto &h : response.headers) {
        out += h.first + ": " + h.second + "\r\n";
        if (h.first.compare("content-length", Qt::CaseInsensitive) == 0)
            hasLength = true;
    }
    if (!hasLength)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "\r\n";
    if (request.method != "HEAD")
        out += response.body;
    socket->write(out);
    qCDebug(lcSim) << request.method << request.path << "->" << response.status;
    emit requestServed(request.method, request.path, response.status);
}

} // namespace dockervm::sim
