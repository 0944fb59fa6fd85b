// DockerProbe against sim::DockerHost on loopback with real TLS and certificates made by our
// own code (certs/x509.h through TestPki): every stage's diagnosis, API negotiation with an old
// daemon, wait mode, legacy mode and the host override.
#include "certs_testpki.h"

#include "certs/x509.h"
#include "common/hostoverrides.h"
#include "docker/dockerprobe.h"
#include "sim/dockerhost.h"
#include "sim/httpserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace dockervm;
using namespace dockervm::docker;
using dockervm::certs::CertificateRequest;
using dockervm::certs::KeyType;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return f.write(data) == data.size();
}

quint16 freePort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 p = s.serverPort();
    s.close();
    return p;
}

// A TLS server on loopback that requires a client certificate from `caPem` and answers each
// request through `answer` (raw bytes, then optionally a clean TLS close). Counts requests by path.
class RawHttpsServer : public QObject
{
public:
    using Answer = std::function<QByteArray(const QByteArray &path, bool *closeAfter)>;
    RawHttpsServer(const TestPki &pki, Answer answer) : m_answer(std::move(answer))
    {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setLocalCertificate(QSslCertificate(pki.server.certificatePem));
        c.setPrivateKey(QSslKey(pki.server.privateKeyPem, QSsl::Ec));
        c.setCaCertificates(QSslCertificate::fromData(pki.ca.certificatePem));
        c.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_server.setSslConfiguration(c);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (auto *s = qobject_cast<QSslSocket *>(m_server.nextPendingConnection())) {
                s->setParent(this);
                connect(s, &QSslSocket::readyRead, this, [this, s] { onRead(s); });
                connect(s, &QSslSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    int count(const QByteArray &prefix) const
    {
        int n = 0;
        for (const auto &p : m_paths)
            n += p.startsWith(prefix) ? 1 : 0;
        return n;
    }

private:
    void onRead(QSslSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        qsizetype end;
        while ((end = buf.indexOf("\r\n\r\n")) >= 0) {
            const QByteArray path = buf.left(end).split(' ').value(1);
            buf.remove(0, end + 4);
            m_paths << path;
            bool close = false;
            s->write(m_answer(path, &close));
            if (close) {
                s->disconnectFromHost(); // close_notify, then FIN: a clean TLS close
                return;
            }
        }
    }

    QSslServer m_server;
    Answer m_answer;
    QHash<QSslSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_paths;
};

QByteArray dockerAnswer(const QByteArray &path)
{
    if (path == "/_ping")
        return "HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 2\r\n\r\nOK";
    if (path == "/version") {
        const QByteArray body =
            R"({"Version":"20.10.24","ApiVersion":"1.41","MinAPIVersion":"1.12","Os":"linux"})";
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
               QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }
    const QByteArray body = R"({"ServerVersion":"20.10.24","Name":"raw","Containers":0})";
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TstDockerProbe : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void happyPath();
    void simulatedHostFollowsItsImage_data();
    void simulatedHostFollowsItsImage();
    void oldDaemonNegotiatesApi();
    void oldDaemonWithoutApiVersionRetries();
    void wrongCa();
    void clientCertFromAnotherCa();
    void hostNameMismatch();
    void expiredServerCertificate();
    void plainHttpPort();
    void nothingListening();
    void waitUntilDaemonStarts();
    void legacyModeAcceptsCnOnlyCertificate();
    void hostOverrideVerifiesDnsName();
    void missingFiles();
    void keyNotMatchingCertificate();
    void cancelWhileWaiting();
    void demoModeRefusesUnmappedHosts();
    void tlsServerThatIsNotDocker();
    void daemonNotRequiringClientCertificate();
    void systemResolutionWithoutMap();
    void twoProbesWithDifferentMaps();
    void nonTlsBytesReportedAtOnce_data();
    void nonTlsBytesReportedAtOnce();
    void tlsAlertThenCloseReportedAtOnce();
    void truncatedBodyRetriedThenFails_data();
    void truncatedBodyRetriedThenFails();

private:
    std::unique_ptr<sim::DockerHost>
    startHost(const QByteArray &certPem, const QByteArray &keyPem,
              sim::DockerHost::Mode mode = sim::DockerHost::Mode::Modern, quint16 port = 0,
              bool omitApi = false);
    QString makeDir(const QString &name, const QByteArray &ca, const QByteArray &cert,
                    const QByteArray &key);
    ConnectionReport probe(ProbeOptions options, int timeoutMs = 30000);

    QTemporaryDir m_tmp;
    TestPki m_good;  // CA 1: server for localhost, myvm.cloudapp.net, 127.0.0.1 + client
    TestPki m_other; // CA 2
};

void TstDockerProbe::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    QString error;
    QVERIFY2(m_good.create(m_tmp.filePath(QStringLiteral("good")),
                           {QStringLiteral("localhost"), QStringLiteral("myvm.cloudapp.net")},
                           {QHostAddress(QHostAddress::LocalHost)}, KeyType::EcdsaP256, 30, &error),
             qPrintable(error));
    QVERIFY2(m_other.create(m_tmp.filePath(QStringLiteral("other")), {QStringLiteral("localhost")},
                            {QHostAddress(QHostAddress::LocalHost)}, KeyType::EcdsaP256, 30,
                            &error),
             qPrintable(error));
}

std::unique_ptr<sim::DockerHost> TstDockerProbe::startHost(const QByteArray &certPem,
                                                           const QByteArray &keyPem,
                                                           sim::DockerHost::Mode mode, quint16 port,
                                                           bool omitApi)
{
    sim::DockerHost::Options o;
    o.caPem = m_good.ca.certificatePem;
    o.serverCertPem = certPem;
    o.serverKeyPem = keyPem;
    o.mode = mode;
    o.omitApiVersion = omitApi;
    auto host = std::make_unique<sim::DockerHost>(o);
    if (!host->listen(QHostAddress::LocalHost, port)) {
        qWarning() << "DockerHost did not start:" << host->errorString();
        return nullptr;
    }
    return host;
}

QString TstDockerProbe::makeDir(const QString &name, const QByteArray &ca, const QByteArray &cert,
                                const QByteArray &key)
{
    const QString dir = m_tmp.filePath(name);
    QDir().mkpath(dir);
    if (!ca.isEmpty())
        writeFile(dir + QStringLiteral("/ca.pem"), ca);
    if (!cert.isEmpty())
        writeFile(dir + QStringLiteral("/cert.pem"), cert);
    if (!key.isEmpty())
        writeFile(dir + QStringLiteral("/key.pem"), key);
    return dir;
}

ConnectionReport TstDockerProbe::probe(ProbeOptions options, int timeoutMs)
{
    DockerProbe p(options);
    QSignalSpy finished(&p, &DockerProbe::finished);
    p.start();
    if (finished.isEmpty() && !finished.wait(timeoutMs)) {
        qWarning() << "probe did not finish";
        return {};
    }
    if (finished.size() != 1)
        qWarning() << "finished emitted" << finished.size() << "times";
    const auto report = finished.first().first().value<ConnectionReport>();
    for (const auto &s : report.stages)
        qDebug().noquote() << (s.passed ? "  ok  " : "  FAIL") << stageId(s.stage) << s.detail;
    return report;
}

// Issue 12 point 15. Before: every simulated host said Ubuntu 22.04 / kernel 5.15, whatever
// image its VM was made from.
void TstDockerProbe::simulatedHostFollowsItsImage_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("os");
    QTest::addColumn<QString>("kernel");
    QTest::addColumn<QString>("docker");
    QTest::newRow("classic 14.04.1 (2014)")
        << QStringLiteral("b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04_1-LTS-amd64-server-"
                          "20140927-en-us-30GB")
        << QStringLiteral("Ubuntu 14.04.1 LTS") << QStringLiteral("3.13.0-36-generic")
        << QStringLiteral("18.06.3-ce");
    QTest::newRow("classic 12.04.5")
        << QStringLiteral("b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-12_04_5-LTS-amd64-server-"
                          "20140927-en-us-30GB")
        << QStringLiteral("Ubuntu 12.04.5 LTS") << QStringLiteral("3.13.0-170-generic")
        << QStringLiteral("1.12.6");
    QTest::newRow("arm 16.04 sku")
        << QStringLiteral("Canonical:UbuntuServer:16.04-LTS:latest")
        << QStringLiteral("Ubuntu 16.04.7 LTS") << QStringLiteral("4.15.0-1113-azure")
        << QStringLiteral("18.09.7");
    QTest::newRow("arm jammy sku")
        << QStringLiteral("Canonical:0001-com-ubuntu-server-jammy:22_04-lts-gen2:latest")
        << QStringLiteral("Ubuntu 22.04.4 LTS") << QStringLiteral("5.15.0-1057-azure")
        << QStringLiteral("20.10.24");
    QTest::newRow("arm focal by code name")
        << QStringLiteral("Canonical:0001-com-ubuntu-server-focal:gen2:latest")
        << QStringLiteral("Ubuntu 20.04.6 LTS") << QStringLiteral("5.15.0-1057-azure")
        << QStringLiteral("20.10.21");
    QTest::newRow("arm 24.04") << QStringLiteral(
                                      "Canonical:ubuntu-24_04-lts:server:24.04.202409250")
                               << QStringLiteral("Ubuntu 24.04.1 LTS")
                               << QStringLiteral("6.8.0-1017-azure") << QStringLiteral("24.0.7");
}

void TstDockerProbe::simulatedHostFollowsItsImage()
{
    QFETCH(QString, image);
    QFETCH(QString, os);
    QFETCH(QString, kernel);
    QFETCH(QString, docker);
    sim::DockerHost::Options o;
    o.caPem = m_good.ca.certificatePem;
    o.serverCertPem = m_good.server.certificatePem;
    o.serverKeyPem = m_good.server.privateKeyPem;
    o.image = image;
    sim::DockerHost host(o);
    QVERIFY2(host.listen(), qPrintable(host.errorString()));
    ProbeOptions p;
    p.host = QStringLiteral("localhost");
    p.port = host.port();
    p.certDir = m_good.dir;
    const ConnectionReport r = probe(p);
    QVERIFY2(r.ok, qPrintable(r.summary));
    QCOMPARE(r.server.os, os);
    QCOMPARE(r.server.kernel, kernel);
    QCOMPARE(r.server.serverVersion, docker);
    QCOMPARE(host.serverVersion(), docker);
}

void TstDockerProbe::happyPath()
{
    auto host = startHost(m_good.server.certificatePem, m_good.server.privateKeyPem);
    QVERIFY(host);
    ProbeOptions o;
    o.host = QStringLiteral("localhost");
    o.port = host->port();
    o.certDir = m_good.dir;
    const ConnectionReport r = probe(o);
    QVERIFY2(r.ok, qPrintable(r.summary));
    QCOMPARE(r.failure, ProbeFailure::None);
    QCOMPARE(r.attempts, 1);
    const QList<ProbeStage> expected{ProbeStage::CertificateFiles,  ProbeStage::Resolve,
                                     ProbeStage::Connect,           ProbeStage::TlsHandshake,
                                     ProbeStage::ClientCertificate, ProbeStage::Ping,
                                     ProbeStage::Version,           ProbeStage::Info};
    QCOMPARE(r.stages.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(r.stages[i].stage, expected[i]);
        QVERIFY(r.stages[i].passed);
    }
    const ServerFacts &f = r.server;
    QCOMPARE(f.serverVersion, QStringLiteral("20.10.24"));
    QCOMPARE(f.apiVersion, QStringLiteral("1.41"));
    QCOMPARE(f.minApiVersion, QStringLiteral("1.12"));
    QCOMPARE(f.negotiatedApiVersion, QStringLiteral("1.41"));
    QCOMPARE(f.os, QStringLiteral("Ubuntu 22.04.4 LTS"));
    QCOMPARE(f.osType, QStringLiteral("linux"));
    QCOMPARE(f.kernel, QStringLiteral("5.15.0-1057-azure"));
    QCOMPARE(f.architecture, QStringLiteral("x86_64"));
    QCOMPARE(f.ncpu, 2);
    QCOMPARE(f.memTotal, Q_INT64_C(8341037056));
    QCOMPARE(f.storageDriver, QStringLiteral("overlay2"));
    QCOMPARE(f.containers, 3);
    QCOMPARE(f.running, 1);
    QCOMPARE(f.paused, 0);
    QCOMPARE(f.stopped, 2);
    QCOMPARE(f.images, 4);
    QCOMPARE(f.name, QStringLiteral("docker-sim"));
    QVERIFY(r.stage(ProbeStage::TlsHandshake)->detail.contains(QStringLiteral("signed by ca.pem")));
    QVERIFY(r.stage(ProbeStage::ClientCertificate)->detail.contains(QStringLiteral("CN=client")));
    // The daemon was also asked without a client certificate, and refused.
    QVERIFY(r.stage(ProbeStage::ClientCertificate)
                ->detail.contains(QStringLiteral("refuses clients without a certificate")));
    QTRY_VERIFY(host->failedHandshakes() >= 1);
    const QJsonObject j = r.toJson();
    QCOMPARE(j.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(j.value(QStringLiteral("server"))
                 .toObject()
                 .value(QStringLiteral("serverVersion"))
                 .toString(),
             QStringLiteral("20.10.24"));
    QCOMPARE(j.value(QStringLiteral("stages")).toArray().size(), 8);
    // One connection served all three requests (keep-alive).
    QCOMPARE(host->requestCount(), 3);
}

void TstDockerProbe::oldDaemonNegotiatesApi()
{
    auto host = startHost(m_good.server.certificatePem, m_good.server.privateKeyPem,
                          sim::DockerHost::Mode::Old);
    QVERIFY(host);
    ProbeOptions o;
    o.host = QStringLiteral("localhost");
    o.port = host->port();
    o.certDir = m_good.dir;
    const ConnectionReport r = probe(o);
    QVERIFY2(r.ok, qPrintable(r.summary));
    QCOMPARE(r.server.serverVersion, QStringLiteral("1.3.3"));
    QCOMPARE(r.server.apiVersion, QStringLiteral("1.15"));
    QVERIFY(r.server.minApiVersion.isEmpty());
    QCOMPARE(r.server.negotiatedApiVersion, QStringLiteral("1.15"));
    QCOMPARE(r.server.os, QStringLiteral("Ubuntu 14.04.1 LTS"));
    QCOMPARE(r.server.storageDriver, QStringLiteral("aufs"));
    QCOMPARE(r.server.containers, 3);
    QCOMPARE(r.server.running, -1);
    QVERIFY(r.stage(ProbeStage::Version)->detail.contains(QStringLiteral("using API 1.15")));
}

void TstDockerProbe::oldDaemonWithoutApiVersionRetries()
{
    auto host = startHost(m_good.server.certificatePem, m_good.server.privateKeyPem,
                          sim::DockerHost::Mode::Old, 0, /*omitApi=*/true);
    QVERIFY(host);
    ProbeOptions o;
    o.host = QStringLiteral("localhost");
    o.port = host->port();
    o.certDir = m_good.dir;
    const ConnectionReport r = probe(o);
    QVERIFY2(r.ok, qPrintable(r.summary));
    QCOMPARE(r.server.negotiatedApiVersion, QStringLiteral("1.15"));
    const QString info = r.stage(ProbeStage::Info)->detail;
    QVERIFY2(info.contains(QStringLiteral("refused API 1.41")), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("don't have same version")), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("retried with its version 1.15")), qPrintable(info));
    QCOMPARE(host->requestCount(), 4);
}

void TstDockerProbe::wrongCa()
{
    auto host = startHost(m_good.server.certificatePem, m_good.server.privateKeyPem);
    QVERIFY(host);
    const QString dir = makeDir(QStringLiteral("wrongca"), m_other.ca.certificatePem,
                                m_good.client.certificatePem, m_good.client.privateKeyPem);
    ProbeOptions o;
    o.host = QStringLiteral("localhost");
    o.port = host->port();
    o.certDir = dir;
    const ConnectionReport r = probe(o);
    QVERIFY(!r.ok);
    QCOMPARE(r.failure, ProbeFailure::UntrustedCertificate);
    QCOMPARE(r.failedStage, ProbeStage::TlsHandshake);
    const QString d = r.stage(ProbeStage::TlsHandshake)->detail;
    QVERIFY2(
        d.contains(QStringLiteral("is not signed by the CA in ") + dir + QStringLiteral("/ca.pem")),
        qPrintable(d));
    QVERIFY2(d.contains(QStringLiteral("CN=Test CA")), qPrintable(d));
    QVERIFY(r.stage(ProbeStage::Connect)->passed);
    QVERIFY(!r.stage(ProbeStage::Ping));
}

void TstDockerProbe::clientCertFromAnotherCa()
{
    auto host = startHost(m_good.server.certificatePem, m_good.server.privateKeyPem);
    QVERIFY(host);
    const QString dir = makeDir(QStringLiteral("otherclient"), m_good.ca.certificatePem,
                                m_other.client.certificatePem, m_other.client.privateKeyPem);
    ProbeOptions o;
    o.host = QStringLiteral("localhost");
    o.port = host->port();
    o.certDir = dir;
    const ConnectionReport r = probe(o);
    QVERIFY(!r.ok);
    QCOMPARE(r.failure, ProbeFailure::ClientCertificateRefused);
    QCOMPARE(r.failedStage, ProbeStage::ClientCertificate);
    QVERIFY(r.stage(ProbeStage::TlsHandshake)->passed);
    const QString d = r.stage(ProbeStage::ClientCertificate)->detail;
    QVERIFY2(d.contains(QStringLiteral("refused our client certificate ") + dir +
                        QStringLiteral("/cert.pem")),
             qPrintable(d));
    QVERIFY2(d.contains(QStringLiteral("--tlscacert")), qPrintable(d));
    QVERIFY2(d.contains(QStringLiteral("key.pem")), qPrintable(d));
    QTRY_VERIFY(host->failedHandshakes() >= 1); // the refusal came from the server side
    QCOMPARE(host->requestCount(), 0);
}

void TstDockerProbe::hostNameMismatch()
{
    QString error;
    CertificateRequest req;
    req.usage = CertificateRequest::Usage::Server;
    req.commonName = QStringLiteral("othervm.cloudapp.net");
    req.dnsNames = {QStringLiteral("othervm.cloudapp.net")};
    const auto server = certs::issueCertificate(req, KeyType::EcdsaP256, m_good.ca.certificatePem,
                                                m_good.ca.privateKeyPem, &error);
    QVERIFY2(server, qPrintable(error));
    auto host = startHost(server->certificatePem, server->privateKeyPem);
    QVERIFY(host);
    ProbeOptions o;
    o.host = QStringLiteral("localhost");
    o.port = host->port();
    o.certDir = m_good.dir;
    const ConnectionReport r = probe(o);
    QVERIFY(!r.ok);
    QCOMPARE(r.failure, ProbeFailure::HostNameMismatch);
    QCOMPARE(r.failedStage, ProbeStage::TlsHandshake);
    const QString d = r.stage(ProbeStage::TlsHandshake)->detail;
    QVERIFY2(d.contains(QStringLiteral("valid for DNS:othervm.cloudapp.net")), qPrintable(d));
    QVERIFY2(d.contains(QStringLiteral("not for localhost")), qPrintable(d));
}

void TstDockerProbe::expiredServerCertificate()
{
    QString error;
    CertificateRequest req;
    req.usage = CertificateRequest::Usage::Server;
    req.commonName = QStringLiteral("localhost");
    req.dnsNames = {QStringLiteral("localhost")};
    req.notBefore = QDateTime::currentDateTimeUtc().addDays(-10);
    req.validityDays = 2;
    const auto server = certs::issueCertificate(req, KeyType::EcdsaP256, m_good.ca.certificatePem,
                                                m_good.ca.privateKeyPem, &error);
    QVERIFY2(server, qPrintable(error));
    auto host = startHost(server->certificatePem, server->privateKeyPem);
    QVERIFY(host);
    ProbeOptions o;
    o.host = QStringLiteral("localhost");
    o.port = host->port();
    o.certDir = m_good.dir;
    const ConnectionReport r = probe(o);
    QVERIFY(!r.ok);
    QCOMPARE(r.failure, ProbeFailure::CertificateExpired);
    QCOMPARE(r.failedStage, ProbeStage::TlsHandshake);
    const QString d = r.stage(ProbeStage::TlsHandshake)->detail;
    const QString expiry = req.notBefore.addDays(2).toString(QStringLiteral("yyyy-MM-dd"));
    QVERIFY2(d.contains(QStringLiteral("expired on ") + expiry), qPrintable(d));
}

void TstDockerProbe::plainHttpPort()
{
    sim::HttpServer plain;
    plain.setHandler([](const sim::HttpRequest &) {
        return sim::HttpResponse::text(404, "404 page not found\n");
    });
    QVERIFY(plain.listen());
    ProbeOptions o;
    o.host = QStringLiteral("localhost");
    o.port = plain.port();
    o.certDir = m_good.dir;
    o.stageTimeoutMs = 8000;
    const ConnectionReport r = probe(o);
    QVERIFY(!r.ok);
    QCOMPARE(r.failure, ProbeFailure::PlainHttp); // told by the plain-HTTP sniff, not a timeout
    QCOMPARE(r.failedStage, ProbeStage::TlsHandshake);
    const QString d = r.stage(ProbeStage::TlsHandshake)->detail;
    QVERIFY2(d.contains(QStringLiteral("speaks plain HTTP, not TLS")), qPrintable(d));
    QVERIFY2(d.contains(QStringLiteral("HTTP/1.1 404")), qPrintable(d));
}

void TstDockerProbe::nothingListening()
{
    const quint16 port = freePort();
    QVERIFY(port);
    ProbeOptions o;
    o.host = QStringLiteral("localhost");
    o.port = port;
    o.certDir = m_good.dir;
    const ConnectionReport r = probe(o);
    QVERIFY(!r.ok);
    QCOMPARE(r.failure, ProbeFailure::ConnectionRefused);
    QCOMPARE(r.failedStage, ProbeStage::Connect);
    QCOMPARE(r.attempts, 1);
    const QString d = r.stage(ProbeStage::Connect)->detail;
    QVERIFY2(d.contains(QStringLiteral("connection refused")), qPrintable(d));
    QVERIFY2(d.contains(QString::number(port)), qPrintable(d));
}

void TstDockerProbe::waitUntilDaemonStarts()
{
    const quint16 port = freePort();
    QVERIFY(port);
    ProbeOptions o;
    o.host = QStringLiteral("localhost");
    o.port = port;
    o.certDir = m_good.dir;
    o.waitSeconds = 30;
    DockerProbe p(o);
    QSignalSpy attempts(&p, &DockerProbe::attemptFinished);
    QSignalSpy finished(&p, &DockerProbe::finished);
    std::unique_ptr<sim::DockerHost> host;
    QTimer::singleShot(1000, this, [&] {
        host = startHost(m_good.server.certificatePem, m_good.server.privateKeyPem,
                         sim::DockerHost::Mode::Modern, port);
    });
    p.start();
    QVERIFY(finished.wait(30000));
    const auto r = finished.first().first().value<ConnectionReport>();
    QVERIFY(host);
    QVERIFY2(r.ok, qPrintable(r.summary));
    QVERIFY2(r.attempts > 1, qPrintable(QString::number(r.attempts)));
    QCOMPARE(attempts.size(), r.attempts);
    QCOMPARE(attempts.first().at(0).toInt(), 1);
    QCOMPARE(attempts.first().at(1).value<ProbeStage>(), ProbeStage::Connect);
    QVERIFY(attempts.first().at(2).toString().contains(QStringLiteral("connection refused")));
    QCOMPARE(attempts.last().at(1).value<ProbeStage>(), ProbeStage::Info);
    QCOMPARE(r.server.serverVersion, QStringLiteral("20.10.24"));
}

void TstDockerProbe::legacyModeAcceptsCnOnlyCertificate()
{
    // Like the 2014 tool: CN=* and no subjectAltName.
    QString error;
    CertificateRequest req;
    req.usage = CertificateRequest::Usage::Server;
    req.commonName = QStringLiteral("*");
    const auto server = certs::issueCertificate(req, KeyType::EcdsaP256, m_other.ca.certificatePem,
                                                m_other.ca.privateKeyPem, &error);
    QVERIFY2(server, qPrintable(error));
    auto host = startHost(server->certificatePem, server->privateKeyPem);
    QVERIFY(host);

    ProbeOptions o;
    o.host = QStringLiteral("localhost");
    o.port = host->port();
    o.certDir = m_good.dir;
    const ConnectionReport verified = probe(o);
    QVERIFY(!verified.ok);
    QCOMPARE(verified.failedStage, ProbeStage::TlsHandshake);
    QVERIFY2(verified.stage(ProbeStage::TlsHandshake)
                 ->detail.contains(QStringLiteral("no subjectAltName")),
             qPrintable(verified.stage(ProbeStage::TlsHandshake)->detail));

    // Legacy mode needs no ca.pem and does not verify the server.
    const QString dir = makeDir(QStringLiteral("legacy"), {}, m_good.client.certificatePem,
                                m_good.client.privateKeyPem);
    o.certDir = dir;
    o.mode = ProbeOptions::Mode::LegacyTls;
    const ConnectionReport legacy = probe(o);
    QVERIFY2(legacy.ok, qPrintable(legacy.summary));
    QVERIFY(
        legacy.stage(ProbeStage::TlsHandshake)->detail.contains(QStringLiteral("NOT verified")));
    QVERIFY(legacy.summary.contains(QStringLiteral("legacy")));
    QCOMPARE(legacy.toJson().value(QStringLiteral("mode")).toString(),
             QStringLiteral("legacy-tls"));
}

void TstDockerProbe::hostOverrideVerifiesDnsName()
{
    auto host = startHost(m_good.server.certificatePem, m_good.server.privateKeyPem);
    QVERIFY(host);
    ProbeOptions o;
    QVERIFY(o.hostOverrides.map(QStringLiteral("myvm.cloudapp.net"), 4243,
                                QHostAddress(QHostAddress::LocalHost), host->port()));
    QVERIFY(o.hostOverrides.map(QStringLiteral("evil.cloudapp.net"), 4243,
                                QHostAddress(QHostAddress::LocalHost), host->port()));
    o.host = QStringLiteral("myvm.cloudapp.net");
    o.port = 4243;
    o.certDir = m_good.dir;
    const ConnectionReport r = probe(o);
    QVERIFY2(r.ok, qPrintable(r.summary));
    QVERIFY(r.stage(ProbeStage::Resolve)->detail.contains(QStringLiteral("host override")));
    QVERIFY(
        r.stage(ProbeStage::TlsHandshake)->detail.contains(QStringLiteral("myvm.cloudapp.net")));

    // The same server reached as another name fails verification: the name is what is checked.
    o.host = QStringLiteral("evil.cloudapp.net");
    const ConnectionReport evil = probe(o);
    QVERIFY(!evil.ok);
    QCOMPARE(evil.failure, ProbeFailure::HostNameMismatch);
    QVERIFY(evil.stage(ProbeStage::TlsHandshake)
                ->detail.contains(QStringLiteral("not for evil.cloudapp.net")));
}

void TstDockerProbe::missingFiles()
{
    const QString dir = makeDir(QStringLiteral("empty"), {}, {}, {});
    ProbeOptions o;
    o.host = QStringLiteral("localhost");
    o.port = 1; // never contacted
    o.certDir = dir;
    o.waitSeconds = 10;
    const ConnectionReport r = probe(o, 5000);
    QVERIFY(!r.ok);
    QCOMPARE(r.failure, ProbeFailure::CertificateFiles);
    QCOMPARE(r.attempts, 0);
    QCOMPARE(r.stages.size(), 1);
    QVERIFY2(r.summary.contains(dir + QStringLiteral("/ca.pem does not exist")),
             qPrintable(r.summary));
    QVERIFY(r.summary.contains(QStringLiteral("key.pem does not exist")));
    QVERIFY(r.summary.contains(QStringLiteral("docker-vm certs create --host localhost")));
}

void TstDockerProbe::keyNotMatchingCertificate()
{
    const QString dir = makeDir(QStringLiteral("mismatchkey"), m_good.ca.certificatePem,
                                m_good.client.certificatePem, m_other.client.privateKeyPem);
    ProbeOptions o;
    o.host = QStringLiteral("localhost");
    o.port = 1;
    o.certDir = dir;
    const ConnectionReport r = probe(o, 5000);
    QVERIFY(!r.ok);
    QCOMPARE(r.failure, ProbeFailure::CertificateFiles);
    QVERIFY2(r.summary.contains(QStringLiteral("does not belong to")), qPrintable(r.summary));
}

void TstDockerProbe::demoModeRefusesUnmappedHosts()
{
    // Demo mode: a real host name is refused before any lookup, at once even in wait mode, while
    // loopback and mapped names still work.
    ProbeOptions o;
    o.hostOverrides.setLoopbackOnly(true);
    o.host = QStringLiteral("docker.example.com");
    o.port = 4243;
    o.certDir = m_good.dir;
    o.waitSeconds = 30;
    const ConnectionReport r = probe(o, 5000);
    QVERIFY(!r.ok);
    QCOMPARE(r.failedStage, ProbeStage::Resolve);
    QCOMPARE(r.attempts, 1);
    QVERIFY2(r.summary.contains(QStringLiteral("Demo mode")) ||
                 r.stage(ProbeStage::Resolve)->detail.contains(QStringLiteral("Demo mode")),
             qPrintable(r.summary));

    auto host = startHost(m_good.server.certificatePem, m_good.server.privateKeyPem);
    QVERIFY(host);
    o.host = QStringLiteral("myvm.cloudapp.net");
    o.waitSeconds = 0;
    QVERIFY(o.hostOverrides.map(o.host, 4243, QHostAddress(QHostAddress::LocalHost), host->port()));
    QVERIFY(probe(o).ok);
    o.host = QStringLiteral("localhost");
    o.port = host->port();
    QVERIFY(probe(o).ok);
}

void TstDockerProbe::cancelWhileWaiting()
{
    const quint16 port = freePort();
    ProbeOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    o.certDir = m_good.dir;
    o.waitSeconds = 60;
    DockerProbe p(o);
    QSignalSpy finished(&p, &DockerProbe::finished);
    connect(&p, &DockerProbe::attemptFinished, &p, [&p](int attempt) {
        if (attempt == 2)
            p.cancel();
    });
    p.start();
    QVERIFY(finished.wait(20000));
    const auto r = finished.first().first().value<ConnectionReport>();
    QCOMPARE(r.failure, ProbeFailure::Cancelled);
    QCOMPARE(r.attempts, 2);
    QVERIFY(!p.isRunning());
    QCOMPARE(finished.size(), 1);
}

void TstDockerProbe::tlsServerThatIsNotDocker()
{
    // A web server with a valid certificate on the port that even requires our client
    // certificate: TLS passes, /_ping gives it away.
    sim::HttpServer web;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(m_good.server.certificatePem));
    config.setPrivateKey(QSslKey(m_good.server.privateKeyPem, QSsl::Ec));
    config.setCaCertificates(QSslCertificate::fromData(m_good.ca.certificatePem));
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    web.setSslConfiguration(config);
    web.setHandler([](const sim::HttpRequest &) {
        return sim::HttpResponse::text(200, "<html>It works!</html>", "text/html");
    });
    QVERIFY(web.listen());
    ProbeOptions o;
    o.host = QStringLiteral("localhost");
    o.port = web.port();
    o.certDir = m_good.dir;
    const ConnectionReport r = probe(o);
    QVERIFY(!r.ok);
    QCOMPARE(r.failure, ProbeFailure::UnexpectedAnswer);
    QCOMPARE(r.failedStage, ProbeStage::Ping);
    QVERIFY2(r.summary.contains(QStringLiteral("does not look like a Docker daemon")),
             qPrintable(r.summary));
}

void TstDockerProbe::daemonNotRequiringClientCertificate()
{
    // A daemon started with --tls instead of --tlsverify serves anyone: our certificate being
    // "accepted" proves nothing. The probe asks again without a certificate and fails the stage.
    sim::DockerHost::Options ho;
    ho.caPem = m_good.ca.certificatePem;
    ho.serverCertPem = m_good.server.certificatePem;
    ho.serverKeyPem = m_good.server.privateKeyPem;
    ho.requireClientCertificate = false;
    sim::DockerHost host(ho);
    QVERIFY(host.listen());
    ProbeOptions o;
    o.host = QStringLiteral("localhost");
    o.port = host.port();
    o.certDir = m_good.dir;
    o.waitSeconds = 20; // a security failure is final: no retries
    const ConnectionReport r = probe(o);
    QVERIFY(!r.ok);
    QCOMPARE(failureId(r.failure), QStringLiteral("client-certificate-not-required"));
    QCOMPARE(r.failedStage, ProbeStage::ClientCertificate);
    QCOMPARE(r.attempts, 1);
    QVERIFY(r.stage(ProbeStage::TlsHandshake)->passed);
    const StageResult *cc = r.stage(ProbeStage::ClientCertificate);
    QVERIFY(cc && !cc->passed);
    QVERIFY2(cc->detail.contains(QStringLiteral("without a client certificate")),
             qPrintable(cc->detail));
    QVERIFY2(cc->detail.contains(QStringLiteral("--tlsverify")), qPrintable(cc->detail));
    QVERIFY(!r.summary.contains(QStringLiteral("verified mutual TLS")));
}

void TstDockerProbe::systemResolutionWithoutMap()
{
    // No map given: the name goes to the system resolver and the report says nothing of an
    // override, even though another probe in this process had one (see the test above).
    auto host = startHost(m_good.server.certificatePem, m_good.server.privateKeyPem);
    QVERIFY(host);
    ProbeOptions mapped;
    mapped.host = QStringLiteral("myvm.cloudapp.net");
    mapped.certDir = m_good.dir;
    QVERIFY(mapped.hostOverrides.map(mapped.host, mapped.port,
                                     QHostAddress(QHostAddress::LocalHost), host->port()));
    QVERIFY(probe(mapped).ok);

    ProbeOptions o;
    o.host = QStringLiteral("localhost");
    o.port = host->port();
    o.certDir = m_good.dir;
    QVERIFY(o.hostOverrides.isEmpty());
    const ConnectionReport r = probe(o);
    QVERIFY2(r.ok, qPrintable(r.summary));
    const QString resolve = r.stage(ProbeStage::Resolve)->detail;
    QVERIFY2(resolve.contains(QStringLiteral("127.0.0.1")), qPrintable(resolve));
    QVERIFY2(!resolve.contains(QStringLiteral("override")), qPrintable(resolve));
}

void TstDockerProbe::twoProbesWithDifferentMaps()
{
    // Two probes at once, the same name mapped to two different daemons: each sees its own.
    sim::DockerHost::Options ho;
    ho.caPem = m_good.ca.certificatePem;
    ho.serverCertPem = m_good.server.certificatePem;
    ho.serverKeyPem = m_good.server.privateKeyPem;
    ho.name = QStringLiteral("first");
    sim::DockerHost first(ho);
    ho.name = QStringLiteral("second");
    sim::DockerHost second(ho);
    QVERIFY(first.listen());
    QVERIFY(second.listen());
    ProbeOptions a;
    a.host = QStringLiteral("myvm.cloudapp.net");
    a.certDir = m_good.dir;
    ProbeOptions b = a;
    QVERIFY(
        a.hostOverrides.map(a.host, a.port, QHostAddress(QHostAddress::LocalHost), first.port()));
    QVERIFY(
        b.hostOverrides.map(b.host, b.port, QHostAddress(QHostAddress::LocalHost), second.port()));
    DockerProbe pa(a), pb(b);
    QSignalSpy fa(&pa, &DockerProbe::finished), fb(&pb, &DockerProbe::finished);
    pa.start();
    pb.start();
    QVERIFY(fa.size() == 1 || fa.wait(30000));
    QVERIFY(fb.size() == 1 || fb.wait(30000));
    QVERIFY2(pa.report().ok, qPrintable(pa.report().summary));
    QVERIFY2(pb.report().ok, qPrintable(pb.report().summary));
    QCOMPARE(pa.report().server.name, QStringLiteral("first"));
    QCOMPARE(pb.report().server.name, QStringLiteral("second"));
    QCOMPARE(first.requestCount(), 3);
    QCOMPARE(second.requestCount(), 3);
}

void TstDockerProbe::nonTlsBytesReportedAtOnce_data()
{
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<bool>("closeAfter");
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ssh banner, stays open")
        << QByteArray("SSH-2.0-OpenSSH_8.9p1 Ubuntu-3\r\n") << false << QStringLiteral("not-tls")
        << QStringLiteral("SSH-2.0-OpenSSH_8.9p1");
    QTest::newRow("garbage, then close")
        << QByteArray("220 mail.example.com ESMTP ready\r\n") << true << QStringLiteral("not-tls")
        << QStringLiteral("220 mail.example.com");
    QTest::newRow("plain HTTP answer, then close")
        << QByteArray("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n") << true
        << QStringLiteral("plain-http") << QStringLiteral("plain HTTP");
}

void TstDockerProbe::nonTlsBytesReportedAtOnce()
{
    // A service that is not TLS greets every connection. The probe must say what is there when
    // the handshake breaks, not wait for the stage timeout ("did not finish").
    QFETCH(QByteArray, greeting);
    QFETCH(bool, closeAfter);
    QFETCH(QString, failure);
    QFETCH(QString, expected);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            s->write(greeting);
            if (closeAfter)
                s->disconnectFromHost();
        }
    });
    ProbeOptions o;
    o.host = QStringLiteral("localhost");
    o.port = server.serverPort();
    o.certDir = m_good.dir;
    o.stageTimeoutMs = 120000; // the verdict must come from what the server did, not the timer
    const ConnectionReport r = probe(o, 20000);
    QVERIFY2(r.attempts == 1, "no report before the (long) stage timeout");
    QVERIFY(!r.ok);
    QCOMPARE(r.failedStage, ProbeStage::TlsHandshake);
    QCOMPARE(failureId(r.failure), failure);
    const QString d = r.stage(ProbeStage::TlsHandshake)->detail;
    QVERIFY2(d.contains(expected), qPrintable(d));
    QVERIFY2(!d.contains(QStringLiteral("did not finish")), qPrintable(d));
}

void TstDockerProbe::tlsAlertThenCloseReportedAtOnce()
{
    // A TLS server that dislikes our hello: a fatal handshake_failure alert, then it closes.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                // TLS record: alert (21), TLS 1.2, length 2: fatal (2), handshake_failure (40)
                s->write(QByteArray::fromHex("15030300020228"));
                s->disconnectFromHost();
            });
        }
    });
    ProbeOptions o;
    o.host = QStringLiteral("localhost");
    o.port = server.serverPort();
    o.certDir = m_good.dir;
    o.stageTimeoutMs = 120000;
    const ConnectionReport r = probe(o, 20000);
    QVERIFY2(r.attempts == 1, "no report before the (long) stage timeout");
    QVERIFY(!r.ok);
    QCOMPARE(r.failedStage, ProbeStage::TlsHandshake);
    QCOMPARE(r.failure, ProbeFailure::TlsError);
    const QString d = r.stage(ProbeStage::TlsHandshake)->detail;
    QVERIFY2(d.contains(QStringLiteral("closed the connection during the TLS handshake")),
             qPrintable(d));
    QVERIFY2(d.contains(QStringLiteral("alert")) && d.contains(QStringLiteral("handshake failure")),
             qPrintable(d));
}

void TstDockerProbe::truncatedBodyRetriedThenFails_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("stage");
    QTest::newRow("Content-Length not reached")
        << QByteArray("/version")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      "400\r\n\r\n{\"Version\":\"20.10.24\",\"ApiVersion\":\"1.41\"}")
        << int(ProbeStage::Version);
    QTest::newRow("chunked, no last chunk")
        << QByteArray("/v1.41/info")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: "
                      "chunked\r\n\r\n29\r\n{\"ServerVersion\":\"20.10.24\",\"Name\":\"raw\"}"
                      "\r\n")
        << int(ProbeStage::Info);
}

void TstDockerProbe::truncatedBodyRetriedThenFails()
{
    // The daemon closes the connection cleanly (TLS close_notify) in the middle of a body. That
    // is not an answer: the probe asks again (bounded), then reports a truncated reply.
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, answer);
    QFETCH(int, stage);
    RawHttpsServer server(m_good, [&](const QByteArray &p, bool *close) {
        if (p != path)
            return dockerAnswer(p);
        *close = true;
        return answer;
    });
    QVERIFY(server.listen());
    ProbeOptions o;
    o.host = QStringLiteral("localhost");
    o.port = server.port();
    o.certDir = m_good.dir;
    const ConnectionReport r = probe(o);
    QVERIFY(!r.ok);
    QCOMPARE(int(r.failedStage), stage);
    QCOMPARE(failureId(r.failure), QStringLiteral("truncated-reply"));
    QVERIFY2(r.summary.contains(QStringLiteral("truncated reply")), qPrintable(r.summary));
    QCOMPARE(server.count(path), 3); // the first request and two retries
    QCOMPARE(r.attempts, 1);

    // A server that finishes the body on a retry passes.
    int served = 0;
    RawHttpsServer flaky(m_good, [&](const QByteArray &p, bool *close) {
        if (p != path || ++served > 1)
            return dockerAnswer(p);
        *close = true;
        return answer;
    });
    QVERIFY(flaky.listen());
    o.port = flaky.port();
    const ConnectionReport ok = probe(o);
    QVERIFY2(ok.ok, qPrintable(ok.summary));
    QCOMPARE(flaky.count(path), 2);
}

QTEST_GUILESS_MAIN(TstDockerProbe)
#include "tst_dockerprobe.moc"
