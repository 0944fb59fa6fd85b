#include "real_swarm_nodes.h"

#include "certs/dockertlsstore.h"
#include "docker/swarm.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>

namespace dockervm::testsupport {

RealSwarmNodes::RealSwarmNodes(QString prefix, int firstHost, int count, QString tmpTag)
    : m_prefix(std::move(prefix)), m_firstHost(firstHost), m_count(count),
      m_tmpTag(std::move(tmpTag))
{}

RealSwarmNodes::~RealSwarmNodes()
{
    m_daemons.clear(); // each stops its dockerd, then the containerd it launched
    m_tmp.reset();
}

QHostAddress RealSwarmNodes::address(int i) const
{
    return QHostAddress(QStringLiteral("127.0.0.%1").arg(m_firstHost + i));
}

QString RealSwarmNodes::baseDir() const
{
    return m_tmp ? m_tmp->path() : QString();
}

QString RealSwarmNodes::start()
{
    auto skip = [](const QString &why) {
        RealDockerd::warnSkipped(why);
        return why;
    };
    if (const QString why = RealDockerd::hostSkipReason(); !why.isEmpty())
        return skip(why);
    // A short base path: containerd's socket lives under --exec-root (108-byte socket paths).
    m_tmp = std::make_unique<QTemporaryDir>(QDir::tempPath() + QLatin1Char('/') + m_tmpTag +
                                            QStringLiteral("-XXXXXX"));
    if (!m_tmp->isValid())
        return skip(QStringLiteral("cannot make a temporary folder: %1").arg(m_tmp->errorString()));
    const QString base = m_tmp->path();
    m_certDir = base + QStringLiteral("/certs");
    certs::DockerTlsStore store(m_certDir);
    certs::DockerTlsOptions certOptions;
    certOptions.keyType = certs::KeyType::EcdsaP256;
    for (int i = 0; i < m_count; ++i) {
        const auto tls = store.ensureForHost(nodeName(i), {address(i)}, certOptions);
        if (!tls.ok)
            return skip(QStringLiteral("certificates for %1: %2").arg(nodeName(i), tls.error));
    }
    QList<RealDockerd *> daemons;
    for (int i = 0; i < m_count; ++i) {
        if (RealDockerd::freePort(address(i)) == 0)
            return skip(QStringLiteral("cannot listen on %1 (loopback 127.0.0.0/8)")
                            .arg(address(i).toString()));
        RealDockerdSpec spec;
        spec.name = nodeName(i);
        spec.address = address(i);
        spec.caCert = m_certDir + QStringLiteral("/ca.pem");
        spec.serverCert =
            m_certDir + QLatin1Char('/') + certs::DockerTlsStore::serverCertFileName(nodeName(i));
        spec.serverKey =
            m_certDir + QLatin1Char('/') + certs::DockerTlsStore::serverKeyFileName(nodeName(i));
        spec.baseDir = base + QStringLiteral("/n%1").arg(i + 1);
        m_daemons.push_back(std::make_unique<RealDockerd>(spec));
        daemons << m_daemons.back().get();
    }
    for (auto *d : daemons) {
        QString error;
        if (!d->start(&error))
            return skip(error);
    }
    QList<docker::ProbeOptions> probes;
    for (int i = 0; i < m_count; ++i) {
        docker::ProbeOptions o;
        const docker::EngineEndpoint e = endpoint(i);
        o.host = e.host;
        o.port = e.port;
        o.certDir = e.certDir;
        o.hostOverrides = e.hostOverrides;
        probes << o;
    }
    QString reason;
    if (!RealDockerd::startAll(daemons, probes, 90000, &reason))
        return skip(reason);
    m_up = true;
    return {};
}

docker::EngineEndpoint RealSwarmNodes::endpoint(int i) const
{
    docker::EngineEndpoint e;
    e.host = nodeName(i);
    e.port = kPublicPort;
    e.certDir = m_certDir;
    e.timeoutMs = 60000; // a join or a manager's change waits for raft
    if (i < int(m_daemons.size()))
        e.hostOverrides.map(e.host, e.port, address(i), m_daemons.at(size_t(i))->tlsPort());
    return e;
}

QStringList RealSwarmNodes::leaveAll()
{
    std::vector<std::unique_ptr<docker::SwarmClient>> clients;
    int pending = 0;
    QStringList problems;
    for (int i = 0; i < m_count; ++i) {
        clients.push_back(std::make_unique<docker::SwarmClient>(endpoint(i), nodeName(i)));
        ++pending;
        clients.back()->leave(true, [&, i](const docker::SwarmOutcome<docker::SwarmDone> &o) {
            --pending;
            if (!o.ok() && o.error.kind != docker::SwarmErrorKind::NotInSwarm)
                problems << nodeName(i) + QStringLiteral(": ") + o.error.message;
        });
    }
    if (!QTest::qWaitFor([&] { return pending == 0; }, 90000))
        problems << QStringLiteral("a leave did not answer within 90 s");
    return problems;
}

RealSwarmNodes::CliResult RealSwarmNodes::dockerCli(int node, const QStringList &args) const
{
    return dockerCli(m_certDir, m_daemons.at(size_t(node))->hostUrl(),
                     baseDir() + QStringLiteral("/home"), args);
}

RealSwarmNodes::CliResult RealSwarmNodes::dockerCli(const QString &certDir, const QString &hostUrl,
                                                    const QString &home, const QStringList &args)
{
    CliResult r;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QDir().mkpath(home + QStringLiteral("/.docker"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("DOCKER_CONFIG"), home + QStringLiteral("/.docker"));
    for (const char *v : {"DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH"})
        env.remove(QLatin1String(v));
    QProcess p;
    p.setProgram(dockerCli());
    p.setArguments(QStringList{QStringLiteral("--tlsverify"),
                               QStringLiteral("--tlscacert=") + certDir + QStringLiteral("/ca.pem"),
                               QStringLiteral("--tlscert=") + certDir + QStringLiteral("/cert.pem"),
                               QStringLiteral("--tlskey=") + certDir + QStringLiteral("/key.pem"),
                               QStringLiteral("-H"), hostUrl} +
                   args);
    p.setProcessEnvironment(env);
    QSignalSpy done(&p, &QProcess::finished);
    p.start();
    r.finished = done.wait(60000);
    if (!r.finished) {
        p.kill();
        done.wait(5000);
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace dockervm::testsupport
