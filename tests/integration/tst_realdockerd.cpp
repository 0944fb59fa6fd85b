// REAL DOCKERD: the Docker TLS material made by our own code (certs::DockerTlsStore, OpenSSL 3
// library calls, no openssl CLI) in front of a real dockerd started by this fixture on loopback,
// checked with the real docker CLI, our DockerProbe and `docker-vm check`.
//
// The fixture starts, once for the class (as root, when dockerd exists):
//   dockerd --tlsverify --tlscacert=DIR/ca.pem --tlscert=DIR/localhost-server-cert.pem
//           --tlskey=DIR/localhost-server-key.pem -H tcp://127.0.0.1:PORT
//           --iptables=false --ip6tables=false --bridge=none --storage-driver=vfs
//           --data-root=TMP/data --exec-root=TMP/exec --pidfile=TMP/docker.pid
//           --config-file=TMP/daemon.json
// (no unix socket; dockerd launches its own containerd under --exec-root; the starter is
// tests/support/real_dockerd.h, shared with tst_realswarm). Without root or
// dockerd, or when dockerd does not come up, every test is skipped with a warning that says
// "REAL DOCKERD TESTS SKIPPED".
#include "certs/dockertlsstore.h"
#include "certs/x509.h"
#include "common/hostoverrides.h"
#include "docker/dockerprobe.h"
#include "real_dockerd.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dockervm;
using namespace dockervm::docker;
using dockervm::testsupport::RealDockerd;
using dockervm::testsupport::RealDockerdSpec;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return f.write(data) == data.size();
}

struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

} // namespace

class TstRealDockerd : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void waitModeStartedBeforeDockerd(); // (e)
    void dockerCliAnswersInfo();         // (a)
    void probeReportsSameVersion();      // (b)
    void cliCheckReportsVersion();       // (c)
    void clientCertFromAnotherCa();      // (d)
    void wrongCa();                      // (d)
    void hostNameMismatch();

private:
    void skipAll(const QString &reason);
    RunResult run(const QString &program, const QStringList &args, int timeoutMs = 60000,
                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    ConnectionReport probe(ProbeOptions options, int timeoutMs = 60000);
    ProbeOptions baseOptions() const;
    QString dockerVersionViaCli();

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_certDir;
    QString m_otherDir;   // foreign CA and client
    QString m_wrongCaDir; // foreign ca.pem, our client
    QString m_dockerCli;
    quint16 m_port = 0;
    std::unique_ptr<RealDockerd> m_dockerd;
    ConnectionReport m_waitReport;
    int m_attemptsBeforeStart = 0;
    QString m_cliVersion;
};

void TstRealDockerd::skipAll(const QString &reason)
{
    RealDockerd::warnSkipped(reason);
}

void TstRealDockerd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (const QString why = RealDockerd::hostSkipReason(); !why.isEmpty()) {
        skipAll(why);
        QSKIP("REAL DOCKERD TESTS SKIPPED (see the warning above)");
    }
    m_dockerCli = RealDockerd::dockerCliPath();

    // A short base path: containerd's socket lives under --exec-root (108-byte socket paths).
    m_tmp = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/rdd-XXXXXX"));
    QVERIFY(m_tmp->isValid());
    const QString base = m_tmp->path();
    m_certDir = base + QStringLiteral("/certs");

    // Our certificates, through the product's store (default key type: RSA 4096, as Docker's
    // guide says).
    QElapsedTimer keyTimer;
    keyTimer.start();
    certs::DockerTlsStore store(m_certDir);
    const certs::DockerTlsResult tls =
        store.ensureForHost(QStringLiteral("localhost"), {QHostAddress(QHostAddress::LocalHost)});
    QVERIFY2(tls.ok, qPrintable(tls.error));
    qInfo() << "DockerTlsStore::ensureForHost (RSA 4096) took" << keyTimer.elapsed() << "ms";
    QVERIFY(QFileInfo::exists(m_certDir + QStringLiteral("/localhost-server-cert.pem")));

    // A second CA and its client, for the negative tests.
    QString error;
    certs::CertificateRequest caReq;
    caReq.usage = certs::CertificateRequest::Usage::CertificateAuthority;
    caReq.commonName = QStringLiteral("Some other CA");
    const auto otherCa =
        certs::createCertificateAuthority(caReq, certs::KeyType::EcdsaP256, &error);
    QVERIFY2(otherCa, qPrintable(error));
    certs::CertificateRequest clientReq;
    clientReq.usage = certs::CertificateRequest::Usage::Client;
    clientReq.commonName = QStringLiteral("client");
    const auto otherClient =
        certs::issueCertificate(clientReq, certs::KeyType::EcdsaP256, otherCa->certificatePem,
                                otherCa->privateKeyPem, &error);
    QVERIFY2(otherClient, qPrintable(error));
    m_otherDir = base + QStringLiteral("/other");
    m_wrongCaDir = base + QStringLiteral("/wrongca");
    QVERIFY(QDir().mkpath(m_otherDir) && QDir().mkpath(m_wrongCaDir));
    QVERIFY(writeFile(m_otherDir + QStringLiteral("/ca.pem"), tls.bundle.caPem));
    QVERIFY(writeFile(m_otherDir + QStringLiteral("/cert.pem"), otherClient->certificatePem));
    QVERIFY(writeFile(m_otherDir + QStringLiteral("/key.pem"), otherClient->privateKeyPem));
    QVERIFY(writeFile(m_wrongCaDir + QStringLiteral("/ca.pem"), otherCa->certificatePem));
    QVERIFY(writeFile(m_wrongCaDir + QStringLiteral("/cert.pem"), tls.bundle.clientCertPem));
    QVERIFY(writeFile(m_wrongCaDir + QStringLiteral("/key.pem"), tls.bundle.clientKeyPem));

    m_port = RealDockerd::freePort();
    QVERIFY(m_port);

    // (e) The probe waits before dockerd exists: its first attempt must be refused.
    ProbeOptions waitOptions = baseOptions();
    waitOptions.waitSeconds = 90;
    auto waitProbe = std::make_unique<DockerProbe>(waitOptions);
    QSignalSpy attempts(waitProbe.get(), &DockerProbe::attemptFinished);
    QSignalSpy waitFinished(waitProbe.get(), &DockerProbe::finished);
    waitProbe->start();
    QVERIFY(attempts.wait(20000));
    m_attemptsBeforeStart = int(attempts.size());

    RealDockerdSpec spec;
    spec.name = QStringLiteral("localhost");
    spec.tlsPort = m_port;
    spec.caCert = m_certDir + QStringLiteral("/ca.pem");
    spec.serverCert = m_certDir + QStringLiteral("/localhost-server-cert.pem");
    spec.serverKey = m_certDir + QStringLiteral("/localhost-server-key.pem");
    spec.baseDir = base;
    m_dockerd = std::make_unique<RealDockerd>(spec);
    QElapsedTimer startTimer;
    startTimer.start();
    QString launchError;
    if (!m_dockerd->start(&launchError)) {
        waitProbe->cancel();
        m_dockerd.reset();
        skipAll(launchError);
        QSKIP("REAL DOCKERD TESTS SKIPPED: dockerd could not be launched (see the warning above)");
    }

    if (!waitFinished.wait(95000)) {
        waitProbe->cancel();
    }
    QCOMPARE(waitFinished.size(), 1);
    m_waitReport = waitFinished.first().first().value<ConnectionReport>();
    if (!m_waitReport.ok && !m_dockerd->isRunning()) {
        const QString reason = m_dockerd->exitText();
        m_dockerd.reset();
        skipAll(reason);
        QSKIP("REAL DOCKERD TESTS SKIPPED: dockerd did not start (see the warning above)");
    }
    if (!m_waitReport.ok)
        qWarning().noquote() << "dockerd runs but the wait probe failed:" << m_waitReport.summary
                             << "\n"
                             << m_dockerd->logTail();
    else
        qInfo() << "dockerd answered info" << startTimer.elapsed() << "ms after start, after"
                << m_waitReport.attempts << "probe attempts";
}

void TstRealDockerd::cleanupTestCase()
{
    m_dockerd.reset(); // stops dockerd by pid, then any containerd it left behind
    if (m_tmp) {
        const QString path = m_tmp->path();
        m_tmp.reset(); // removes the tree (vfs data-root holds only empty layers here)
        if (QFileInfo::exists(path))
            qWarning() << "could not remove" << path << "completely";
    }
}

void TstRealDockerd::cleanup() {}

ProbeOptions TstRealDockerd::baseOptions() const
{
    ProbeOptions o;
    o.host = QStringLiteral("localhost");
    o.port = m_port;
    o.certDir = m_certDir;
    return o;
}

RunResult TstRealDockerd::run(const QString &program, const QStringList &args, int timeoutMs,
                              const QProcessEnvironment &env)
{
    RunResult r;
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setProcessEnvironment(env);
    QSignalSpy done(&p, &QProcess::finished);
    p.start();
    r.finished = done.wait(timeoutMs);
    if (!r.finished) {
        p.kill();
        done.wait(5000);
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

ConnectionReport TstRealDockerd::probe(ProbeOptions options, int timeoutMs)
{
    DockerProbe p(options);
    QSignalSpy finished(&p, &DockerProbe::finished);
    p.start();
    if (!finished.wait(timeoutMs))
        return {};
    const auto report = finished.first().first().value<ConnectionReport>();
    for (const auto &s : report.stages)
        qDebug().noquote() << (s.passed ? "  ok  " : "  FAIL") << stageId(s.stage) << s.detail;
    return report;
}

QString TstRealDockerd::dockerVersionViaCli()
{
    if (!m_cliVersion.isEmpty())
        return m_cliVersion;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_tmp->path() + QStringLiteral("/home");
    QDir().mkpath(home + QStringLiteral("/.docker"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("DOCKER_CONFIG"), home + QStringLiteral("/.docker"));
    for (const char *v : {"DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH"})
        env.remove(QLatin1String(v));
    const RunResult r = run(m_dockerCli,
                            {QStringLiteral("--tlsverify"),
                             QStringLiteral("--tlscacert=") + m_certDir + QStringLiteral("/ca.pem"),
                             QStringLiteral("--tlscert=") + m_certDir + QStringLiteral("/cert.pem"),
                             QStringLiteral("--tlskey=") + m_certDir + QStringLiteral("/key.pem"),
                             QStringLiteral("-H"), QStringLiteral("tcp://localhost:%1").arg(m_port),
                             QStringLiteral("info"), QStringLiteral("--format"),
                             QStringLiteral("{{.ServerVersion}}")},
                            60000, env);
    if (r.finished && r.exitCode == 0)
        m_cliVersion = QString::fromUtf8(r.out).trimmed();
    else
        qWarning() << "docker info failed:" << r.exitCode << r.err;
    return m_cliVersion;
}

void TstRealDockerd::waitModeStartedBeforeDockerd()
{
    QVERIFY2(m_waitReport.ok, qPrintable(m_waitReport.summary));
    QVERIFY(m_attemptsBeforeStart >= 1);
    QVERIFY2(m_waitReport.attempts > 1, qPrintable(QString::number(m_waitReport.attempts)));
    QVERIFY(!m_waitReport.server.serverVersion.isEmpty());
}

void TstRealDockerd::dockerCliAnswersInfo()
{
    if (m_dockerCli.isEmpty())
        QSKIP("the docker CLI is not installed; dockerd and our probe are still tested");
    const QString v = dockerVersionViaCli();
    QVERIFY2(!v.isEmpty(), "docker --tlsverify info with our files did not answer");
    qInfo().noquote() << "real docker CLI: ServerVersion" << v;

    // And the real CLI refuses what our probe refuses: a client certificate from another CA.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_tmp->path() + QStringLiteral("/home"));
    env.insert(QStringLiteral("DOCKER_CONFIG"), m_tmp->path() + QStringLiteral("/home/.docker"));
    env.remove(QStringLiteral("DOCKER_HOST"));
    const RunResult bad =
        run(m_dockerCli,
            {QStringLiteral("--tlsverify"),
             QStringLiteral("--tlscacert=") + m_otherDir + QStringLiteral("/ca.pem"),
             QStringLiteral("--tlscert=") + m_otherDir + QStringLiteral("/cert.pem"),
             QStringLiteral("--tlskey=") + m_otherDir + QStringLiteral("/key.pem"),
             QStringLiteral("-H"), QStringLiteral("tcp://localhost:%1").arg(m_port),
             QStringLiteral("version"), QStringLiteral("--format"),
             QStringLiteral("{{.Server.Version}}")},
            60000, env);
    QVERIFY(bad.finished);
    QVERIFY(bad.exitCode != 0);
    QVERIFY2(bad.err.contains("bad certificate"), bad.err.constData());
}

void TstRealDockerd::probeReportsSameVersion()
{
    const ConnectionReport r = probe(baseOptions());
    QVERIFY2(r.ok, qPrintable(r.summary));
    QCOMPARE(r.attempts, 1);
    QVERIFY(!r.server.serverVersion.isEmpty());
    QVERIFY(!r.server.apiVersion.isEmpty());
    QVERIFY(!r.server.negotiatedApiVersion.isEmpty());
    QCOMPARE(r.server.storageDriver, QStringLiteral("vfs"));
    QCOMPARE(r.server.osType, QStringLiteral("linux"));
    QVERIFY(r.server.ncpu > 0);
    QVERIFY(r.server.memTotal > 0);
    QVERIFY(r.server.containers >= 0);
    QVERIFY(r.server.running >= 0);
    // dockerd --tlsverify refused the same request made without a client certificate.
    const QString cc = r.stage(ProbeStage::ClientCertificate)->detail;
    QVERIFY2(cc.contains(QStringLiteral("refuses clients without a certificate")), qPrintable(cc));
    if (!m_dockerCli.isEmpty()) {
        const QString v = dockerVersionViaCli();
        QVERIFY(!v.isEmpty());
        QCOMPARE(r.server.serverVersion, v);
    }
    qInfo().noquote() << "probe:" << r.summary << "in" << r.elapsedMs << "ms";
}

void TstRealDockerd::cliCheckReportsVersion()
{
    const QString cli = qEnvironmentVariable("DOCKERVM_CLI");
    QVERIFY2(QFileInfo::exists(cli), "DOCKERVM_CLI does not point to the built docker-vm");
    const RunResult r = run(cli, {QStringLiteral("check"), QStringLiteral("localhost"),
                                  QStringLiteral("--docker-port"), QString::number(m_port),
                                  QStringLiteral("--cert-dir"), m_certDir});
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    const QString version = m_waitReport.server.serverVersion;
    QVERIFY2(out.contains(QStringLiteral("Docker ") + version), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("✓ TLS handshake")), qPrintable(out));
    QVERIFY(!out.contains(QStringLiteral("✗")));

    const RunResult j =
        run(cli, {QStringLiteral("check"), QStringLiteral("localhost"),
                  QStringLiteral("--docker-port"), QString::number(m_port),
                  QStringLiteral("--cert-dir"), m_certDir, QStringLiteral("--json")});
    QCOMPARE(j.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(j.out).object();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("server"))
                 .toObject()
                 .value(QStringLiteral("serverVersion"))
                 .toString(),
             version);
}

void TstRealDockerd::clientCertFromAnotherCa()
{
    ProbeOptions o = baseOptions();
    o.certDir = m_otherDir;
    const ConnectionReport r = probe(o);
    QVERIFY(!r.ok);
    QCOMPARE(r.failure, ProbeFailure::ClientCertificateRefused);
    QCOMPARE(r.failedStage, ProbeStage::ClientCertificate);
    QVERIFY(r.stage(ProbeStage::TlsHandshake)->passed);
    const QString d = r.stage(ProbeStage::ClientCertificate)->detail;
    QVERIFY2(d.contains(QStringLiteral("refused our client certificate")), qPrintable(d));
    QVERIFY2(d.contains(QStringLiteral("bad certificate")), qPrintable(d)); // Go's TLS alert
}

void TstRealDockerd::wrongCa()
{
    ProbeOptions o = baseOptions();
    o.certDir = m_wrongCaDir;
    const ConnectionReport r = probe(o);
    QVERIFY(!r.ok);
    QCOMPARE(r.failure, ProbeFailure::UntrustedCertificate);
    QCOMPARE(r.failedStage, ProbeStage::TlsHandshake);
    QVERIFY(r.stage(ProbeStage::TlsHandshake)
                ->detail.contains(QStringLiteral("is not signed by the CA in ") + m_wrongCaDir +
                                  QStringLiteral("/ca.pem")));
}

void TstRealDockerd::hostNameMismatch()
{
    // The daemon's certificate names localhost and 127.0.0.1; reach it as another name.
    ProbeOptions o = baseOptions();
    QVERIFY(o.hostOverrides.map(QStringLiteral("myvm.cloudapp.net"), 2376,
                                QHostAddress(QHostAddress::LocalHost), m_port));
    o.host = QStringLiteral("myvm.cloudapp.net");
    o.port = 2376;
    const ConnectionReport r = probe(o);
    QVERIFY(!r.ok);
    QCOMPARE(r.failure, ProbeFailure::HostNameMismatch);
    const QString d = r.stage(ProbeStage::TlsHandshake)->detail;
    QVERIFY2(d.contains(QStringLiteral("DNS:localhost")), qPrintable(d));
    QVERIFY2(d.contains(QStringLiteral("not for myvm.cloudapp.net")), qPrintable(d));
}

QTEST_GUILESS_MAIN(TstRealDockerd)
#include "tst_realdockerd.moc"
