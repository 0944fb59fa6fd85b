#include "real_dockerd.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>

#include <vector>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/mount.h>
#include <unistd.h>
#endif

namespace dockervm::testsupport {

namespace {

bool writePrivateFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return f.write(data) == data.size();
}

} // namespace

QString RealDockerd::findTool(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(
            name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"),
                   QStringLiteral("/usr/bin"), QStringLiteral("/usr/local/bin"),
                   QStringLiteral("/sbin")});
    return path;
}

QString RealDockerd::dockerdPath()
{
    return findTool(QStringLiteral("dockerd"));
}

QString RealDockerd::dockerCliPath()
{
    return findTool(QStringLiteral("docker"));
}

QString RealDockerd::hostSkipReason()
{
#ifndef Q_OS_UNIX
    return QStringLiteral("dockerd fixture needs a Unix host");
#else
    if (::geteuid() != 0)
        return QStringLiteral("not running as root (dockerd needs root)");
    if (dockerdPath().isEmpty())
        return QStringLiteral(
            "dockerd not found (install docker.io: scripts/setup.sh --with-docker)");
    return {};
#endif
}

quint16 RealDockerd::freePort(const QHostAddress &address)
{
    QTcpServer s;
    if (!s.listen(address, 0))
        return 0;
    const quint16 p = s.serverPort();
    s.close();
    return p;
}

void RealDockerd::warnSkipped(const QString &reason)
{
    qWarning().noquote() << "REAL DOCKERD TESTS SKIPPED:" << reason;
}

RealDockerd::RealDockerd(RealDockerdSpec spec) : m_spec(std::move(spec)) {}

RealDockerd::~RealDockerd()
{
    stop();
}

QString RealDockerd::logPath() const
{
    return m_spec.baseDir + QStringLiteral("/dockerd.log");
}

QString RealDockerd::hostUrl() const
{
    return QStringLiteral("tcp://%1:%2").arg(m_spec.address.toString()).arg(m_spec.tlsPort);
}

QStringList RealDockerd::arguments() const
{
    const QString base = m_spec.baseDir;
    QStringList args;
    if (!m_spec.tlsFromDaemonJson)
        args = QStringList{
            QStringLiteral("--tlsverify"),
            QStringLiteral("--tlscacert=") + m_spec.caCert,
            QStringLiteral("--tlscert=") + m_spec.serverCert,
            QStringLiteral("--tlskey=") + m_spec.serverKey,
            QStringLiteral("-H"),
            hostUrl(),
        };
    args += QStringList{
        QStringLiteral("--iptables=false"),
        QStringLiteral("--ip6tables=false"),
        QStringLiteral("--bridge=none"),
        QStringLiteral("--storage-driver=vfs"),
        QStringLiteral("--data-root=") + base + QStringLiteral("/data"),
        QStringLiteral("--exec-root=") + base + QStringLiteral("/exec"),
        QStringLiteral("--pidfile=") + base + QStringLiteral("/docker.pid"),
        QStringLiteral("--config-file=") + base + QStringLiteral("/daemon.json"),
    };
    args += m_spec.extraArgs;
    return args;
}

QByteArray RealDockerd::logTail(int bytes) const
{
    QFile f(logPath());
    if (!f.open(QIODevice::ReadOnly))
        return "(no log)";
    return f.readAll().right(bytes);
}

QString RealDockerd::exitText() const
{
    const int code = m_process ? m_process->exitCode() : -1;
    return QStringLiteral("dockerd %1 (%2) did not start (exit code %3). Its log ends with:\n%4")
        .arg(m_spec.name, hostUrl())
        .arg(code)
        .arg(QString::fromLocal8Bit(logTail()));
}

bool RealDockerd::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 RealDockerd::pid() const
{
    return m_process ? m_process->processId() : 0;
}

bool RealDockerd::start(QString *error)
{
    if (const QString why = hostSkipReason(); !why.isEmpty()) {
        *error = why;
        return false;
    }
    if (m_spec.baseDir.isEmpty() || !QDir().mkpath(m_spec.baseDir)) {
        *error = QStringLiteral("dockerd %1: cannot create its base directory '%2'")
                     .arg(m_spec.name, m_spec.baseDir);
        return false;
    }
    if (m_spec.tlsPort == 0)
        m_spec.tlsPort = freePort(m_spec.address);
    if (m_spec.tlsPort == 0) {
        *error = QStringLiteral("dockerd %1: no free port on %2 (is %2 on the loopback?)")
                     .arg(m_spec.name, m_spec.address.toString());
        return false;
    }
    if (!writePrivateFile(m_spec.baseDir + QStringLiteral("/daemon.json"), m_spec.daemonJson)) {
        *error = QStringLiteral("dockerd %1: cannot write its daemon.json").arg(m_spec.name);
        return false;
    }
    const QString program = dockerdPath();
    const QStringList args = arguments();
    qInfo().noquote() << "starting" << m_spec.name << ":" << program << args.join(QLatin1Char(' '));
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(program);
    m_process->setArguments(args);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(logPath());
    QSignalSpy started(m_process.get(), &QProcess::started);
    QSignalSpy failed(m_process.get(), &QProcess::errorOccurred);
    m_process->start();
    if (started.isEmpty() && !started.wait(10000)) {
        *error = QStringLiteral("dockerd %1 could not be launched: %2")
                     .arg(m_spec.name, m_process->errorString());
        m_process.reset();
        return false;
    }
    return true;
}

bool RealDockerd::waitUntilAnswering(const docker::ProbeOptions &options, int timeoutMs,
                                     QString *reason)
{
    RealDockerd *self = this;
    return startAll({self}, {options}, timeoutMs, reason);
}

bool RealDockerd::startAll(const QList<RealDockerd *> &daemons,
                           const QList<docker::ProbeOptions> &options, int timeoutMs,
                           QString *reason)
{
    Q_ASSERT(daemons.size() == options.size());
    QStringList problems;
    for (RealDockerd *d : daemons) {
        if (d->isRunning())
            continue;
        QString error;
        if (!d->start(&error))
            problems << error;
    }
    if (!problems.isEmpty()) {
        *reason = problems.join(QLatin1Char('\n'));
        return false;
    }
    std::vector<std::unique_ptr<docker::DockerProbe>> probes;
    std::vector<std::unique_ptr<QSignalSpy>> spies;
    for (qsizetype i = 0; i < daemons.size(); ++i) {
        docker::ProbeOptions o = options.at(i);
        o.waitSeconds = qMax(1, timeoutMs / 1000);
        probes.push_back(std::make_unique<docker::DockerProbe>(o));
        spies.push_back(
            std::make_unique<QSignalSpy>(probes.back().get(), &docker::DockerProbe::finished));
        probes.back()->start();
    }
    QElapsedTimer clock;
    clock.start();
    for (qsizetype i = 0; i < daemons.size(); ++i) {
        RealDockerd *d = daemons.at(i);
        QSignalSpy &spy = *spies.at(size_t(i));
        // A daemon that exits ends its wait early.
        while (spy.isEmpty() && d->isRunning() && clock.elapsed() < timeoutMs + 10000)
            spy.wait(500);
        if (spy.isEmpty()) {
            probes.at(size_t(i))->cancel();
            spy.wait(2000);
        }
        d->m_report = probes.at(size_t(i))->report();
        if (!d->m_report.ok) {
            if (!d->isRunning())
                problems << d->exitText();
            else
                problems << QStringLiteral("dockerd %1 (%2) runs but did not answer: %3. Its "
                                           "log ends with:\n%4")
                                .arg(d->m_spec.name, d->hostUrl(), d->m_report.summary,
                                     QString::fromLocal8Bit(d->logTail()));
        }
    }
    if (!problems.isEmpty()) {
        *reason = problems.join(QLatin1Char('\n'));
        return false;
    }
    return true;
}

void RealDockerd::stop(int graceMs)
{
#ifdef Q_OS_UNIX
    if (m_process && m_process->state() != QProcess::NotRunning) {
        QSignalSpy done(m_process.get(), &QProcess::finished);
        const qint64 pid = m_process->processId();
        ::kill(pid_t(pid), SIGTERM);
        if (!done.wait(graceMs)) {
            qWarning() << "dockerd" << m_spec.name << pid << "ignored SIGTERM for" << graceMs
                       << "ms; killing it";
            m_process->kill();
            done.wait(10000);
        }
    }
    if (m_process) {
        // dockerd stops the containerd it launched; after a SIGKILL it may be left behind.
        QFile pidFile(m_spec.baseDir + QStringLiteral("/exec/containerd/containerd.pid"));
        if (pidFile.open(QIODevice::ReadOnly)) {
            const int cpid = pidFile.readAll().trimmed().toInt();
            if (cpid > 1 && ::kill(cpid, 0) == 0) {
                qWarning() << "stopping the containerd dockerd" << m_spec.name
                           << "left behind:" << cpid;
                ::kill(cpid, SIGTERM);
            }
        }
    }
    // dockerd leaves the network namespaces of swarm's ingress sandbox bind-mounted under
    // exec-root/netns; without unmounting them the base directory cannot be removed.
    if (!m_spec.baseDir.isEmpty()) {
        QFile mounts(QStringLiteral("/proc/self/mounts"));
        if (mounts.open(QIODevice::ReadOnly)) {
            const QByteArray prefix = m_spec.baseDir.toLocal8Bit() + '/';
            QList<QByteArray> points;
            for (const QByteArray &line : mounts.readAll().split('\n')) {
                const QList<QByteArray> fields = line.split(' ');
                if (fields.size() > 1 && fields.at(1).startsWith(prefix))
                    points.prepend(fields.at(1)); // innermost first
            }
            for (const QByteArray &point : std::as_const(points))
                if (::umount2(point.constData(), MNT_DETACH) != 0)
                    qWarning() << "could not unmount" << point << "left by dockerd" << m_spec.name;
        }
    }
#endif
    m_process.reset();
}

} // namespace dockervm::testsupport
