#pragma once

#include "sim/httpserver.h"
#include "sim/swarmsim.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>

namespace dockervm::sim {

// A simulated Docker daemon for demo mode and fast tests: a TLS server on loopback that, like
// `dockerd --tlsverify`, accepts only client certificates signed by the given CA and answers
// /_ping, /version and /info (versioned and not), and (Modern mode) swarm mode's /swarm and /nodes
// endpoints on the private network it is attached to (SwarmNetwork: the hosts of one simulator
// share it, so they can form one swarm on their private addresses).
class DockerHost : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Modern, // like Docker 20.10: API 1.41, oldest 1.12, /_ping headers, full /info
        Old,    // like Docker 1.3.3: API 1.15, no MinAPIVersion, old-shaped /info, 404 for newer
    };
    struct Options
    {
        QByteArray caPem;         // the CA client certificates must chain to
        QByteArray serverCertPem; // the daemon's certificate (+ chain)
        QByteArray serverKeyPem;
        Mode mode = Mode::Modern;
        bool requireClientCertificate = true; // --tlsverify; false = --tls on the daemon
        // Old mode only: leave ApiVersion out of /version, as the first daemons did, so a client
        // has to learn the version from the 404 "client and server don't have same version".
        bool omitApiVersion = false;
        QString name = QStringLiteral("docker-sim");
        int containersRunning = 1;
        int containersPaused = 0;
        int containersStopped = 2;
        int images = 4;
        // The private network of the simulator (shared by its hosts) and this host's address on
        // it. Without a network the host has one of its own (it can still init a swarm alone).
        std::shared_ptr<SwarmNetwork> swarmNetwork;
        QString privateAddress = QStringLiteral("10.0.0.4");
    };

    explicit DockerHost(Options options, QObject *parent = nullptr);
    ~DockerHost() override;

    // Listens on 127.0.0.1 (port 0: any free port). Returns false with errorString() set when
    // the PEM material is unusable or the port is taken.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    quint16 port() const;
    QString errorString() const;

    QString serverVersion() const;
    QString apiVersion() const;
    int requestCount() const;
    int failedHandshakes() const;
    HttpServer *httpServer() const { return m_server.get(); }
    SwarmNetwork *swarmNetwork() const { return m_swarm.get(); }
    int swarmHandle() const { return m_swarmHandle; } // this host on swarmNetwork()
    QString privateAddress() const { return m_options.privateAddress; }

signals:
    void requestServed(const QByteArray &method, const QString &path, int status);
    void handshakeFailed(const QString &reason);

private:
    HttpResponse handle(const HttpRequest &request) const;

    Options m_options;
    std::unique_ptr<HttpServer> m_server;
    std::shared_ptr<SwarmNetwork> m_swarm;
    int m_swarmHandle = 0;
    QString m_error;
};

} // namespace dockervm::sim
