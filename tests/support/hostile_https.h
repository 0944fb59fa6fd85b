#pragma once

#include "certs_testpki.h"
#include "classic/subscription.h"

#include <QByteArray>
#include <QObject>
#include <QSslCertificate>
#include <QTemporaryDir>

#include <memory>

class QSslServer;
class QSslSocket;

namespace dockervm::testing {

// A hostile management endpoint for tests: HTTPS on 127.0.0.1 with a throwaway PKI (TestPki),
// answering every request in one chosen bad way. Bodies are generated as they are sent, never
// held in memory, and the server writes only while its socket's buffers are nearly empty, so
// bodyBytesSent() says how far a client let it get.
class HostileHttpsServer : public QObject
{
    Q_OBJECT
public:
    enum class Behaviour {
        Silent,        // reads the request, never answers
        Trickle,       // 200 with Content-Length, then one body byte every trickleIntervalMs
        HugeAnnounced, // 200 with Content-Length: hugeBytes, then streams the body
        HugeChunked,   // 200, Transfer-Encoding: chunked, streams hugeBytes of body
    };

    explicit HostileHttpsServer(QObject *parent = nullptr);
    ~HostileHttpsServer() override;

    // Creates the PKI and listens on 127.0.0.1 (any port). False with *error otherwise.
    bool start(QString *error);

    Behaviour behaviour = Behaviour::Silent;
    int trickleIntervalMs = 50;
    qint64 announcedBytes = 100000;               // Trickle's Content-Length
    qint64 hugeBytes = qint64(200) * 1024 * 1024; // HugeAnnounced / HugeChunked

    quint16 port() const;
    // A subscription whose endpoint is this server, with the PKI's client certificate.
    classic::Subscription subscription() const;
    QSslCertificate caCertificate() const;

    int requests() const { return m_requests; }          // request heads received
    qint64 bodyBytesSent() const { return m_bodyBytes; } // body bytes handed to sockets
    int openConnections() const { return m_open; }

private:
    void onConnection(QSslSocket *socket);
    void onRequest(QSslSocket *socket);

    QTemporaryDir m_dir;
    TestPki m_pki;
    std::unique_ptr<QSslServer> m_server;
    int m_requests = 0;
    qint64 m_bodyBytes = 0;
    int m_open = 0;
};

} // namespace dockervm::testing
