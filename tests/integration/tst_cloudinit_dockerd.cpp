// REAL DOCKERD: the cloud-config we send to Azure (arm::DockerCloudConfig), worked out by
// sim::dockerFromCustomData, and exactly the files it yields given to a real dockerd; then our
// DockerProbe must get `info` over mutual TLS, verifying the server certificate for the VM's
// FQDN (<label>.westus.cloudapp.azure.com, reached on loopback through HostOverrides).
//
// What the test changes, and nothing else (the VM's paths are not ours to write):
//   - every file lands under a temporary root: /etc/docker/x → ROOT/etc/docker/x, and the TLS
//     paths in daemon.json say so;
//   - daemon.json's hosts: unix:///var/run/docker.sock → unix://ROOT/var/run/docker.sock,
//     tcp://0.0.0.0:2376 → tcp://127.0.0.1:<free port>;
//   - the drop-in's --containerd=/run/containerd/containerd.sock is left out (dockerd launches
//     its own containerd under --exec-root), and tests/support/real_dockerd adds its loopback-only
//     flags: --iptables=false --ip6tables=false --bridge=none --storage-driver=vfs --data-root
//     --exec-root --pidfile --config-file (no -H, no --tls*: those come from daemon.json).
// And the other way round: the real dockerd started the packaged way (-H fd://) with that
// daemon.json refuses with the words dockerFromCustomData predicts for a cloud-config without
// the drop-in.
//
// Without root or dockerd every test is skipped with a warning "REAL DOCKERD TESTS SKIPPED".
#include "arm/cloudinit.h"
#include "arm/yaml.h"
#include "certs_testpki.h"
#include "common/hostoverrides.h"
#include "docker/dockerprobe.h"
#include "real_dockerd.h"
#include "sim/cloudinitboot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/stat.h>

using namespace dockervm;
using namespace dockervm::docker;
using dockervm::testsupport::RealDockerd;
using dockervm::testsupport::RealDockerdSpec;

namespace {

const QString kFqdn = QStringLiteral("dvmcloudinit.westus.cloudapp.azure.com");
constexpr quint16 kVmPort = arm::DockerCloudConfig::kDefaultDockerPort;

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions mode)
{
    if (!QDir().mkpath(QFileInfo(path).path()))
        return false;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const bool ok = f.write(data) == data.size();
    f.close();
    return ok && QFile::setPermissions(path, mode);
}

} // namespace

class TstCloudInitDockerd : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void probeGetsInfoOverMutualTlsForTheFqdn();
    void dockerdServesTheUnixSocketFromDaemonJson();
    void anotherNameIsRefused();
    void packagedUnitWithThisDaemonJsonIsRefusedAsPredicted();

private:
    ProbeOptions probeOptions(const QString &host) const;
    QString mapHost(const QString &host) const;
    QByteArray mappedDaemonJson(const QByteArray &original) const;

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_root; // the VM's "/"
    TestPki m_pki;
    sim::DockerFromCloudInit m_boot;
    quint16 m_port = 0;
    std::unique_ptr<RealDockerd> m_dockerd;
};

void TstCloudInitDockerd::initTestCase()
{
    if (const QString why = RealDockerd::hostSkipReason(); !why.isEmpty()) {
        RealDockerd::warnSkipped(why);
        QSKIP("REAL DOCKERD TESTS SKIPPED (see the warning above)");
    }
    // Short: containerd's socket under --exec-root and the unix socket must fit 108 bytes.
    m_tmp = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/cid-XXXXXX"));
    QVERIFY(m_tmp->isValid());
    m_root = m_tmp->path() + QStringLiteral("/vm");

    // CA, server (SAN = the VM's FQDN) and client, with our certs library.
    QString error;
    QVERIFY2(m_pki.create(m_tmp->path() + QStringLiteral("/client"), {kFqdn}, {},
                          certs::KeyType::EcdsaP256, 30, &error),
             qPrintable(error));

    arm::DockerCloudConfig config;
    config.caPem = m_pki.ca.certificatePem;
    config.serverCertPem = m_pki.server.certificatePem;
    config.serverKeyPem = m_pki.server.privateKeyPem;
    config.fqdn = kFqdn;
    const auto customData = config.customDataBase64(&error);
    QVERIFY2(customData, qPrintable(error));

    m_boot = sim::dockerFromCustomData(*customData);
    QVERIFY2(m_boot.ok, qPrintable(m_boot.error));
    QCOMPARE(m_boot.tlsPort, int(kVmPort));

    // The files as cloud-init writes them, under ROOT.
    const auto rw = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto r = QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QVERIFY(
        writeFile(m_root + QLatin1String(arm::DockerCloudConfig::kCaPath), m_boot.caPem, rw | r));
    QVERIFY(writeFile(m_root + QLatin1String(arm::DockerCloudConfig::kServerCertPath),
                      m_boot.serverCertPem, rw | r));
    QVERIFY(writeFile(m_root + QLatin1String(arm::DockerCloudConfig::kServerKeyPath),
                      m_boot.serverKeyPem, rw));
    QVERIFY(writeFile(m_root + QLatin1String(arm::DockerCloudConfig::kDaemonJsonPath),
                      m_boot.daemonJson, rw | r));
    QVERIFY(QDir().mkpath(m_root + QStringLiteral("/var/run")));

    m_port = RealDockerd::freePort();
    QVERIFY(m_port);

    RealDockerdSpec spec;
    spec.name = kFqdn;
    spec.tlsPort = m_port;
    spec.baseDir = m_tmp->path() + QStringLiteral("/d");
    spec.tlsFromDaemonJson = true;
    spec.daemonJson = mappedDaemonJson(m_boot.daemonJson);
    for (const QString &arg : m_boot.execStartArgs)
        if (!arg.startsWith(QLatin1String("--containerd")))
            spec.extraArgs.append(arg);
    qInfo().noquote() << "daemon.json given to dockerd:\n" << spec.daemonJson;
    m_dockerd = std::make_unique<RealDockerd>(spec);
    QString reason;
    if (!m_dockerd->waitUntilAnswering(probeOptions(kFqdn), 90000, &reason)) {
        const QByteArray log = m_dockerd->logTail();
        m_dockerd.reset();
        // A configuration dockerd refuses is the cloud-config's fault: fail. Anything else (no
        // cgroups, no kernel support on this host) is the host's: skip, loudly.
        if (log.contains("unable to configure the Docker daemon") || log.contains("X509") ||
            log.contains("CA certificate"))
            QFAIL(
                qPrintable(QStringLiteral("dockerd refused the cloud-config's files: ") + reason));
        RealDockerd::warnSkipped(reason);
        QSKIP("REAL DOCKERD TESTS SKIPPED: dockerd did not come up (see the warning above)");
    }
}

void TstCloudInitDockerd::cleanupTestCase()
{
    if (m_dockerd)
        m_dockerd->stop();
    m_dockerd.reset();
}

QString TstCloudInitDockerd::mapHost(const QString &host) const
{
    if (host.startsWith(QLatin1String("unix://")))
        return QStringLiteral("unix://") + m_root + host.mid(7);
    if (host.startsWith(QLatin1String("tcp://")))
        return QStringLiteral("tcp://127.0.0.1:%1").arg(m_port);
    return host;
}

QByteArray TstCloudInitDockerd::mappedDaemonJson(const QByteArray &original) const
{
    QJsonObject o = QJsonDocument::fromJson(original).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("hosts")) {
            QJsonArray hosts;
            for (const QJsonValue &h : it.value().toArray())
                hosts.append(mapHost(h.toString()));
            it.value() = hosts;
        } else if (it.value().isString() && it.value().toString().startsWith(QLatin1Char('/'))) {
            it.value() = QString(m_root + it.value().toString());
        }
    }
    return QJsonDocument(o).toJson();
}

ProbeOptions TstCloudInitDockerd::probeOptions(const QString &host) const
{
    ProbeOptions o;
    o.host = host; // the peer verify name
    o.port = kVmPort;
    o.certDir = m_pki.dir; // ca.pem, cert.pem, key.pem
    o.hostOverrides.map(host, kVmPort, QHostAddress(QHostAddress::LocalHost), m_port);
    return o;
}

void TstCloudInitDockerd::probeGetsInfoOverMutualTlsForTheFqdn()
{
    DockerProbe probe(probeOptions(kFqdn));
    QSignalSpy finished(&probe, &DockerProbe::finished);
    probe.start();
    QVERIFY(finished.wait(60000));
    const auto report = finished.first().first().value<ConnectionReport>();
    for (const auto &s : report.stages)
        qInfo().noquote() << (s.passed ? "  ok  " : "  FAIL") << stageId(s.stage) << s.detail;
    QVERIFY2(report.ok, qPrintable(report.summary));
    QVERIFY(!report.server.serverVersion.isEmpty());
    QCOMPARE(report.server.storageDriver, QStringLiteral("vfs"));
    QVERIFY(report.stage(ProbeStage::TlsHandshake)->passed);
    // tlsverify from daemon.json: the same request without a client certificate was refused.
    const QString cc = report.stage(ProbeStage::ClientCertificate)->detail;
    QVERIFY2(cc.contains(QStringLiteral("refuses clients without a certificate")), qPrintable(cc));
    qInfo().noquote() << "Docker" << report.server.serverVersion << "answered" << kFqdn
                      << "over mutual TLS";
}

void TstCloudInitDockerd::dockerdServesTheUnixSocketFromDaemonJson()
{
    // Both entries of "hosts" took effect, not only the tcp one.
    const QString socket = m_root + QStringLiteral("/var/run/docker.sock");
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socket), 10000);
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(socket).constData(), &st), 0);
    QVERIFY(S_ISSOCK(st.st_mode));
}

void TstCloudInitDockerd::anotherNameIsRefused()
{
    const QString other = QStringLiteral("someoneelse.westus.cloudapp.azure.com");
    DockerProbe probe(probeOptions(other));
    QSignalSpy finished(&probe, &DockerProbe::finished);
    probe.start();
    QVERIFY(finished.wait(60000));
    const auto report = finished.first().first().value<ConnectionReport>();
    QVERIFY(!report.ok);
    QCOMPARE(report.failure, ProbeFailure::HostNameMismatch);
    const QString d = report.stage(ProbeStage::TlsHandshake)->detail;
    QVERIFY2(d.contains(QStringLiteral("DNS:") + kFqdn), qPrintable(d));
}

void TstCloudInitDockerd::packagedUnitWithThisDaemonJsonIsRefusedAsPredicted()
{
    // What the simulator says about a cloud-config without the drop-in…
    arm::DockerCloudConfig config;
    config.caPem = m_pki.ca.certificatePem;
    config.serverCertPem = m_pki.server.certificatePem;
    config.serverKeyPem = m_pki.server.privateKeyPem;
    arm::yaml::Node tree = config.tree();
    QList<arm::yaml::Node> files = tree.value(QStringLiteral("write_files"))->items();
    files.removeLast(); // the drop-in
    tree.insert(QStringLiteral("write_files"), arm::yaml::Node::sequence(files));
    const sim::DockerFromCloudInit predicted = sim::dockerFromCustomData(
        QByteArray("#cloud-config\n" + arm::yaml::write(tree)).toBase64());
    QVERIFY(!predicted.ok);

    // …and what the real dockerd says, started as the packaged unit starts it (-H fd://, the
    // --containerd flag left out as above) with the same daemon.json (mapped).
    const QString base = m_tmp->path() + QStringLiteral("/n");
    QVERIFY(QDir().mkpath(base));
    const QString configFile = base + QStringLiteral("/daemon.json");
    QVERIFY(writeFile(configFile, mappedDaemonJson(m_boot.daemonJson),
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QProcess dockerd;
    dockerd.setProgram(RealDockerd::dockerdPath());
    dockerd.setArguments({QStringLiteral("-H"), QStringLiteral("fd://"),
                          QStringLiteral("--config-file=") + configFile,
                          QStringLiteral("--iptables=false"), QStringLiteral("--ip6tables=false"),
                          QStringLiteral("--bridge=none"), QStringLiteral("--storage-driver=vfs"),
                          QStringLiteral("--data-root=") + base + QStringLiteral("/data"),
                          QStringLiteral("--exec-root=") + base + QStringLiteral("/exec"),
                          QStringLiteral("--pidfile=") + base + QStringLiteral("/docker.pid")});
    dockerd.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy done(&dockerd, &QProcess::finished);
    dockerd.start();
    if (!done.wait(60000)) {
        dockerd.kill();
        done.wait(10000);
        QFAIL("dockerd -H fd:// with hosts in daemon.json kept running; it should refuse");
    }
    QVERIFY(dockerd.exitCode() != 0);
    const QString real = QString::fromUtf8(dockerd.readAll());

    QString expected = predicted.error;
    expected.replace(QLatin1String(arm::DockerCloudConfig::kDaemonJsonPath), configFile);
    for (const QString &h :
         {QStringLiteral("unix:///var/run/docker.sock"), QStringLiteral("tcp://0.0.0.0:2376")})
        expected.replace(h, mapHost(h));
    qInfo().noquote() << "real dockerd:" << real.trimmed();
    QVERIFY2(real.contains(expected),
             qPrintable(QStringLiteral("expected: %1\nreal: %2").arg(expected, real)));
}

QTEST_GUILESS_MAIN(TstCloudInitDockerd)
#include "tst_cloudinit_dockerd.moc"
