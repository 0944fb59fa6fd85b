#pragma once

// Real dockerds for integration tests: started as root on a loopback address with the TLS files
// a test made, each with its own data-root, exec-root, pidfile and config file under a (short)
// base directory, and the loopback-only flags
//   --iptables=false --ip6tables=false --bridge=none --storage-driver=vfs
// (no unix socket; dockerd launches its own containerd under --exec-root).
//
// Usage (in initTestCase):
//   if (const QString why = RealDockerd::hostSkipReason(); !why.isEmpty()) { warn; QSKIP(...) }
//   RealDockerd d(spec);
//   if (!d.start(&why)) ...                      // launches the process, does not wait
//   if (!d.waitUntilAnswering(probeOptions, 90000, &why)) { warn(why); QSKIP(...) }
// or RealDockerd::startAll() for several at once. stop() (also run by the destructor) ends
// dockerd by pid with SIGTERM (SIGKILL after a grace period) and then the containerd it launched.
// Every reason text starts with what went wrong and ends with the dockerd log tail.

#include "docker/dockerprobe.h"

#include <QHostAddress>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace dockervm::testsupport {

struct RealDockerdSpec
{
    QString name = QStringLiteral("dockerd");                     // for messages only
    QHostAddress address = QHostAddress(QHostAddress::LocalHost); // a 127.0.0.x address
    quint16 tlsPort = 0;                                          // 0: a free port is chosen
    QString caCert;                                               // --tlscacert
    QString serverCert;                                           // --tlscert
    QString serverKey;                                            // --tlskey
    QString baseDir; // data/, exec/, docker.pid, daemon.json, dockerd.log go here (kept short:
                     // containerd's socket path under exec/ must fit in 108 bytes)
    QStringList extraArgs; // e.g. swarm-related flags
    QByteArray daemonJson = "{}\n";
    // true: daemonJson itself holds "hosts", "tlsverify", "tlscacert", "tlscert" and "tlskey"
    // (with the tcp:// host on address:tlsPort), so none of them is passed as a flag; dockerd
    // refuses options given both ways (integration/cloudinit_dockerd).
    bool tlsFromDaemonJson = false;
};

class RealDockerd
{
public:
    // Empty when this host can run dockerd for tests; otherwise why not ("not running as root
    // (dockerd needs root)", "dockerd not found (install docker.io: scripts/setup.sh
    // --with-docker)", ...).
    static QString hostSkipReason();
    static QString dockerdPath();
    static QString dockerCliPath(); // empty when the docker CLI is not installed
    static QString findTool(const QString &name);
    static quint16 freePort(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    // Prints "REAL DOCKERD TESTS SKIPPED: <reason>" as a warning (callers then QSKIP).
    static void warnSkipped(const QString &reason);

    explicit RealDockerd(RealDockerdSpec spec);
    ~RealDockerd(); // stop()
    RealDockerd(const RealDockerd &) = delete;
    RealDockerd &operator=(const RealDockerd &) = delete;

    // Launches dockerd (does not wait for it). False with *error when it cannot be launched.
    bool start(QString *error);
    // Waits (QSignalSpy on our DockerProbe in wait mode) until `info` answers over `options`.
    // False with *reason (including the log tail) when it did not come up or exited.
    bool waitUntilAnswering(const docker::ProbeOptions &options, int timeoutMs, QString *reason);
    // Starts every daemon, then waits for all of them (probes run in parallel). options[i] is the
    // probe for daemons[i]. False with *reason naming the daemon(s) that did not come up.
    static bool startAll(const QList<RealDockerd *> &daemons,
                         const QList<docker::ProbeOptions> &options, int timeoutMs,
                         QString *reason);
    // SIGTERM, then SIGKILL after graceMs; then the containerd it launched (by its pidfile).
    void stop(int graceMs = 30000);

    bool isRunning() const;
    qint64 pid() const;
    const RealDockerdSpec &spec() const { return m_spec; }
    quint16 tlsPort() const { return m_spec.tlsPort; }
    QString hostUrl() const; // tcp://127.0.0.x:PORT
    QStringList arguments() const;
    QString logPath() const;
    QByteArray logTail(int bytes = 3000) const;
    QString exitText() const; // "dockerd node1 exited with code 1. Its log ends with: ..."
    const docker::ConnectionReport &lastReport() const { return m_report; }

private:
    RealDockerdSpec m_spec;
    std::unique_ptr<QProcess> m_process;
    docker::ConnectionReport m_report;
};

} // namespace dockervm::testsupport
