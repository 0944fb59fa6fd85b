#include "hostile_https.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

namespace dockervm::testing {
namespace {

constexpr qint64 kChunk = 64 * 1024;
constexpr qint64 kMaxQueued = 256 * 1024; // write more only below this much unsent

} // namespace

HostileHttpsServer::HostileHttpsServer(QObject *parent) : QObject(parent) {}

HostileHttpsServer::~HostileHttpsServer() = default;

bool HostileHttpsServer::start(QString *error)
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
    ssl.setPeerVerifyMode(QSslSocket::QueryPeer); // takes the client certificate, checks nothing
    m_server = std::make_unique<QSslServer>();
    m_server->setSslConfiguration(ssl);
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (m_server->hasPendingConnections()) {
            if (auto *socket = qobject_cast<QSslSocket *>(m_server->nextPendingConnection()))
                onConnection(socket);
        }
    });
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        *error = m_server->errorString();
        return false;
    }
    return true;
}

quint16 HostileHttpsServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

classic::Subscription HostileHttpsServer::subscription() const
{
    classic::Subscription s;
    s.id = QStringLiteral("0b5e1b6a-7c2e-4a8e-9a57-0d0d0d0d0d0d");
    s.name = QStringLiteral("Hostile Subscription");
    s.managementEndpoint = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port()));
    s.certificate = QSslCertificate(m_pki.client.certificatePem);
    s.privateKey = QSslKey(m_pki.client.privateKeyPem, QSsl::Ec);
    return s;
}

QSslCertificate HostileHttpsServer::caCertificate() const
{
    return QSslCertificate(m_pki.ca.certificatePem);
}

void HostileHttpsServer::onConnection(QSslSocket *socket)
{
    ++m_open;
    socket->setParent(this);
    auto head = std::make_shared<QByteArray>();
    connect(socket, &QSslSocket::disconnected, this, [this, socket] {
        --m_open;
        socket->deleteLater();
    });
    connect(socket, &QSslSocket::readyRead, this, [this, socket, head] {
        if (head->endsWith("\r\n\r\n"))
            return; // one request per connection; ignore anything after it
        head->append(socket->readAll());
        if (head->contains("\r\n\r\n"))
            onRequest(socket);
    });
}

void HostileHttpsServer::onRequest(QSslSocket *socket)
{
    ++m_requests;
    switch (behaviour) {
    case Behaviour::Silent:
        return;
    case Behaviour::Trickle: {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: " +
                      QByteArray::number(announcedBytes) + "\r\n\r\n");
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [this, socket] {
            if (socket->state() != QAbstractSocket::ConnectedState)
                return;
            socket->write("<");
            ++m_bodyBytes;
        });
        timer->start(trickleIntervalMs);
        return;
    }
    case Behaviour::HugeAnnounced:
    case Behaviour::HugeChunked: {
        const bool chunked = behaviour == Behaviour::HugeChunked;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\n" +
                      (chunked ? QByteArray("Transfer-Encoding: chunked\r\n")
                               : "Content-Length: " + QByteArray::number(hugeBytes) + "\r\n") +
                      "\r\n");
        struct Progress
        {
            qint64 sent = 0;
            bool ended = false;
        };
        auto progress = std::make_shared<Progress>();
        auto pump = [this, socket, chunked, progress] {
            static const QByteArray chunk(kChunk, 'x');
            qint64 *sent = &progress->sent;
            while (*sent < hugeBytes && socket->state() == QAbstractSocket::ConnectedState &&
                   socket->bytesToWrite() + socket->encryptedBytesToWrite() < kMaxQueued) {
                const qint64 n = std::min(kChunk, hugeBytes - *sent);
                if (chunked)
                    socket->write(QByteArray::number(n, 16) + "\r\n");
                socket->write(chunk.constData(), n);
                if (chunked)
                    socket->write("\r\n");
                *sent += n;
                m_bodyBytes += n;
            }
            if (chunked && *sent >= hugeBytes && !progress->ended) {
                socket->write("0\r\n\r\n");
                progress->ended = true;
            }
        };
        connect(socket, &QSslSocket::bytesWritten, this, pump);
        connect(socket, &QSslSocket::encryptedBytesWritten, this, pump);
        pump();
        return;
    }
    }
}

} // namespace dockervm::testing
