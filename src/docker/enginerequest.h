#pragma once

#include "common/hostoverrides.h"
#include "docker/httpreply.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QSslSocket;

namespace dockervm::docker {

// Where one Docker daemon's API is reached over verified mutual TLS, as `docker --tlsverify`
// reaches it: the certificate folder holds ca.pem, cert.pem and key.pem (the same files
// DockerProbe reads, loaded by loadClientTls), the server certificate must chain to ca.pem and
// carry peerVerifyName (host when empty). hostOverrides redirects host:port to a loopback
// address (demo and tests) and the name is still verified.
struct EngineEndpoint
{
    QString host;
    quint16 port = 2376;
    QString certDir;
    QString peerVerifyName; // empty: host
    HostOverrides hostOverrides;
    int timeoutMs = 30000; // per request, connect to last byte

    QString displayName() const; // "host:port"
};

// One HTTP/1.1 request to the Docker Engine API on its own mutual-TLS connection (Connection:
// close), parsed with HttpReplyParser. Asynchronous: start(), then exactly one finished() unless
// abort()ed first. Logs the method and path only, never the body (join tokens travel in bodies).
class EngineRequest : public QObject
{
    Q_OBJECT
public:
    enum class Failure {
        None,
        CertificateFiles, // ca.pem / cert.pem / key.pem missing or malformed
        Connect,          // name not found, refused, unreachable
        Tls,              // handshake failed, server not verified, client certificate refused
        Timeout,
        Protocol, // not HTTP, cut short
    };

    EngineRequest(EngineEndpoint endpoint, QByteArray method, QString path, QByteArray body = {},
                  QObject *parent = nullptr);
    ~EngineRequest() override;

    void start();
    void abort(); // no finished() after this

    // After finished(): Failure::None means an HTTP answer arrived (any status).
    Failure failure() const { return m_failure; }
    QString errorText() const { return m_error; } // translated, names the endpoint
    int status() const { return m_reply.status(); }
    QByteArray body() const { return m_reply.body(); }
    QByteArray header(const QByteArray &name) const { return m_reply.header(name); }
    QString method() const { return QString::fromLatin1(m_method); }
    QString path() const { return m_path; }
    const EngineEndpoint &endpoint() const { return m_endpoint; }

signals:
    void finished();

private:
    void connectTo(const QHostAddress &address, quint16 port);
    void fail(Failure failure, const QString &text);
    void done();
    void onReadyRead();

    EngineEndpoint m_endpoint;
    QByteArray m_method;
    QString m_path;
    QByteArray m_requestBody;
    QPointer<QSslSocket> m_socket;
    QTimer m_timer;
    int m_lookupId = -1;
    bool m_running = false;
    bool m_encrypted = false;
    QString m_sslErrorText;
    QString m_alertText;
    Failure m_failure = Failure::None;
    QString m_error;
    HttpReplyParser m_reply;
};

} // namespace dockervm::docker
