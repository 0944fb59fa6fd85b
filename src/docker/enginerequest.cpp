#include "docker/enginerequest.h"

#include "common/logging.h"
#include "docker/clienttls.h"
#include "docker/probetexts.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QSslSocket>

namespace dockervm::docker {
namespace {

ProbeOptions probeOptionsFor(const EngineEndpoint &e)
{
    ProbeOptions o;
    o.host = e.peerVerifyName.isEmpty() ? e.host : e.peerVerifyName;
    o.port = e.port;
    o.certDir = e.certDir;
    o.hostOverrides = e.hostOverrides;
    return o;
}

} // namespace

QString EngineEndpoint::displayName() const
{
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

EngineRequest::EngineRequest(EngineEndpoint endpoint, QByteArray method, QString path,
                             QByteArray body, QObject *parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_method(std::move(method)),
      m_path(std::move(path)), m_requestBody(std::move(body))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(Failure::Timeout,
             tr("The daemon on %1 did not answer %2 %3 within %4 s.")
                 .arg(m_endpoint.displayName(), QString::fromLatin1(m_method), m_path,
                      QString::number(m_endpoint.timeoutMs / 1000.0, 'f', 1)));
    });
}

EngineRequest::~EngineRequest()
{
    abort();
}

void EngineRequest::abort()
{
    m_running = false;
    m_timer.stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void EngineRequest::start()
{
    m_running = true;
    m_failure = Failure::None;
    m_error.clear();
    m_reply.reset();
    m_timer.start(qMax(1, m_endpoint.timeoutMs));
    qCDebug(lcDocker) << m_method << m_path << "on" << m_endpoint.displayName();

    const auto target = m_endpoint.hostOverrides.lookup(m_endpoint.host, m_endpoint.port);
    if (target) {
        connectTo(target->address, target->port);
        return;
    }
    if (m_endpoint.hostOverrides.isLoopbackOnly() && !isLoopbackName(m_endpoint.host)) {
        // Deferred: finished() never arrives inside start().
        QTimer::singleShot(
            0, this, [this] { fail(Failure::Connect, texts::demoRefusesHost(m_endpoint.host)); });
        return;
    }
    QHostAddress literal;
    if (literal.setAddress(m_endpoint.host)) {
        connectTo(literal, m_endpoint.port);
        return;
    }
    m_lookupId = QHostInfo::lookupHost(m_endpoint.host, this, [this](const QHostInfo &info) {
        m_lookupId = -1;
        if (!m_running)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            const QString why = info.error() == QHostInfo::HostNotFound ? texts::nameNotFound()
                                                                        : info.errorString();
            fail(Failure::Connect, texts::resolveFailed(m_endpoint.host, why));
            return;
        }
        // IPv4 first: Docker's -H tcp://0.0.0.0:PORT listens on IPv4 only.
        QHostAddress chosen = info.addresses().first();
        for (const auto &a : info.addresses())
            if (a.protocol() == QAbstractSocket::IPv4Protocol) {
                chosen = a;
                break;
            }
        connectTo(chosen, m_endpoint.port);
    });
}

void EngineRequest::connectTo(const QHostAddress &address, quint16 port)
{
    const ProbeOptions options = probeOptionsFor(m_endpoint);
    ClientTls tls;
    QString detail;
    if (!loadClientTls(options, &tls, &detail)) {
        QTimer::singleShot(0, this, [this, detail] { fail(Failure::CertificateFiles, detail); });
        return;
    }
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    socket->setSslConfiguration(tls.withCertificate);
    socket->setPeerVerifyName(options.host);
    connect(socket, &QSslSocket::connected, this, [this] {
        if (m_socket)
            m_socket->startClientEncryption();
    });
    connect(socket, &QSslSocket::sslErrors, this,
            [this, options, caText = tls.caText](const QList<QSslError> &errors) {
                ProbeFailure ignored = ProbeFailure::None;
                m_sslErrorText = texts::sslErrors(
                    errors, m_socket ? m_socket->peerCertificate() : QSslCertificate(), options,
                    caText, &ignored);
            });
    connect(socket, &QSslSocket::alertReceived, this,
            [this](QSsl::AlertLevel level, QSsl::AlertType, const QString &description) {
                if (level == QSsl::AlertLevel::Fatal)
                    m_alertText = description;
            });
    connect(socket, &QSslSocket::encrypted, this, [this] {
        if (!m_socket)
            return;
        m_encrypted = true;
        const QByteArray host =
            m_endpoint.host.toUtf8() + ':' + QByteArray::number(m_endpoint.port);
        QByteArray head = m_method + ' ' + m_path.toUtf8() + " HTTP/1.1\r\nHost: " + host +
                          "\r\nUser-Agent: docker-vm/" +
                          QCoreApplication::applicationVersion().toUtf8() +
                          "\r\nAccept: application/json\r\nConnection: close\r\n";
        if (!m_requestBody.isEmpty() || m_method == "POST")
            head += "Content-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(m_requestBody.size()) + "\r\n";
        m_socket->write(head + "\r\n" + m_requestBody);
    });
    connect(socket, &QSslSocket::readyRead, this, &EngineRequest::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, [this] {
        if (!m_running)
            return;
        if (m_reply.state() == HttpReplyParser::State::Incomplete)
            m_reply.finishAtEof();
        done();
    });
    connect(socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (!m_running || !m_socket)
            return;
        if (error == QAbstractSocket::RemoteHostClosedError && m_encrypted)
            return; // disconnected() follows and judges the reply
        const QString where = m_endpoint.displayName();
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            fail(Failure::Connect, texts::connectionRefused(where, m_endpoint.port));
            return;
        case QAbstractSocket::HostNotFoundError:
        case QAbstractSocket::NetworkError:
            fail(Failure::Connect, texts::hostUnreachable(where, m_socket->errorString()));
            return;
        default:
            break;
        }
        if (!m_sslErrorText.isEmpty()) {
            fail(Failure::Tls, m_sslErrorText);
        } else if (!m_alertText.isEmpty()) {
            fail(Failure::Tls, m_encrypted ? tr("The daemon on %1 refused our client certificate "
                                                "from %2 (TLS alert \"%3\"). Run 'docker-vm "
                                                "check' for a diagnosis.")
                                                 .arg(where, m_endpoint.certDir, m_alertText)
                                           : texts::handshakeAlert(where, m_alertText));
        } else if (!m_encrypted) {
            fail(Failure::Tls, texts::handshakeFailed(where, m_socket->errorString()));
        } else {
            fail(Failure::Protocol, texts::cannotConnect(where, m_socket->errorString()));
        }
    });
    socket->connectToHost(address, port);
}

void EngineRequest::onReadyRead()
{
    if (!m_socket || !m_running)
        return;
    if (m_reply.feed(m_socket->readAll()) != HttpReplyParser::State::Incomplete)
        done();
}

void EngineRequest::done()
{
    if (!m_running)
        return;
    if (m_reply.state() != HttpReplyParser::State::Complete) {
        if (!m_encrypted) {
            fail(Failure::Tls, !m_alertText.isEmpty()
                                   ? texts::handshakeAlert(m_endpoint.displayName(), m_alertText)
                                   : texts::handshakeClosed(m_endpoint.displayName()));
            return;
        }
        if (!m_reply.receivedAnything() && !m_alertText.isEmpty()) {
            fail(Failure::Tls, tr("The daemon on %1 refused our client certificate from %2 (TLS "
                                  "alert \"%3\"). Run 'docker-vm check' for a diagnosis.")
                                   .arg(m_endpoint.displayName(), m_endpoint.certDir, m_alertText));
            return;
        }
        fail(Failure::Protocol,
             texts::invalidHttp(m_endpoint.displayName(), m_path,
                                m_reply.state() == HttpReplyParser::State::Error
                                    ? QString::fromUtf8(m_reply.errorText())
                                    : tr("the connection closed before the answer was complete")));
        return;
    }
    qCDebug(lcDocker) << m_method << m_path << "on" << m_endpoint.displayName() << "->"
                      << m_reply.status();
    abort();
    emit finished();
}

void EngineRequest::fail(Failure failure, const QString &text)
{
    if (!m_running)
        return;
    qCDebug(lcDocker) << m_method << m_path << "on" << m_endpoint.displayName()
                      << "failed:" << text;
    abort();
    m_failure = failure;
    m_error = text;
    emit finished();
}

} // namespace dockervm::docker
