#pragma once

// A row of real dockerds for swarm tests (tests/support/real_dockerd.h does one daemon): node i
// is named "<prefix><i+1>", listens on 127.0.0.<firstHost + i> with its own TLS port, data and
// exec root, and its server certificate for that name (ECDSA P-256, made by our certs library,
// one CA and client pair for all in certDir()). endpoint(i) is "<name>:2376" mapped by
// HostOverrides to the daemon's loopback address and TLS port, so the peer name is verified as in
// a real run; the swarm listens on <address>:2377.
//
//   RealSwarmNodes nodes(QStringLiteral("ad"), 54, 3, QStringLiteral("rsa"));
//   if (const QString why = nodes.start(); !why.isEmpty()) QSKIP(...);  // warned already
//   ... nodes.endpoint(i), nodes.leaveAll(), nodes.dockerCli(0, {"node", "ls"}) ...
//
// Each test file uses its own loopback addresses (see DEVELOPERS.md for who has which).
#include "docker/enginerequest.h"
#include "real_dockerd.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace dockervm::testsupport {

class RealSwarmNodes
{
public:
    static constexpr quint16 kPublicPort = 2376;

    // tmpTag: a few letters for the (short) temporary base folder.
    RealSwarmNodes(QString prefix, int firstHost, int count, QString tmpTag);
    ~RealSwarmNodes(); // stops every dockerd by pid, then any containerd it left behind

    // Makes the certificates and starts the daemons; empty when every one answers over mutual
    // TLS, else why not (already printed as "REAL DOCKERD TESTS SKIPPED: …"; the caller QSKIPs).
    QString start();
    bool isUp() const { return m_up; }

    int count() const { return m_count; }
    QString nodeName(int i) const { return m_prefix + QString::number(i + 1); }
    QHostAddress address(int i) const;
    docker::EngineEndpoint endpoint(int i) const; // timeoutMs 60 s: a join waits for raft
    QString certDir() const { return m_certDir; }
    QString baseDir() const;
    RealDockerd &daemon(int i) const { return *m_daemons.at(size_t(i)); }

    // POST /swarm/leave?force=true on every node; the problems (a node not in a swarm is fine).
    QStringList leaveAll();

    // The real docker CLI with the generated certificates against node i's daemon, in a home of
    // its own (no DOCKER_* variable of the caller). finished false when it did not end in 60 s.
    struct CliResult
    {
        bool finished = false;
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static QString dockerCli() { return RealDockerd::dockerCliPath(); } // empty: not installed
    CliResult dockerCli(int node, const QStringList &args) const;
    // The same for any daemon: hostUrl tcp://…, the client files in certDir, HOME under home.
    static CliResult dockerCli(const QString &certDir, const QString &hostUrl, const QString &home,
                               const QStringList &args);

private:
    QString m_prefix;
    int m_firstHost = 0;
    int m_count = 0;
    QString m_tmpTag;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_certDir;
    std::vector<std::unique_ptr<RealDockerd>> m_daemons;
    bool m_up = false;
};

} // namespace dockervm::testsupport
