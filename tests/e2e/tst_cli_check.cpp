// The built docker-vm against a simulated Docker host running in this test process: `check`
// (ok, wrong CA, nothing listening, --wait, --tls, --json, usage errors), `env` for bash,
// PowerShell and cmd, and `context create` with and without the docker CLI.
#include "certs_testpki.h"
#include "cli_harness.h"
#include "hostile_docker.h"

#include "certs/x509.h"
#include "sim/dockerhost.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dockervm;

namespace {

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

quint16 freePort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 p = s.serverPort();
    s.close();
    return p;
}

// Bytes that would drive a terminal: C0 controls but \n and \t, DEL, C1 (UTF-8 C2 80..9F), the
// bidi overrides and isolates (UTF-8 E2 80 AA..AE, E2 81 A6..A9). Empty when there is none.
QByteArray firstControl(const QByteArray &out)
{
    for (qsizetype i = 0; i < out.size(); ++i) {
        const auto b = uchar(out[i]);
        const auto next = [&](qsizetype k) {
            return i + k < out.size() ? uchar(out[i + k]) : 0;
        };
        if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F ||
            (b == 0xC2 && next(1) >= 0x80 && next(1) <= 0x9F) ||
            (b == 0xE2 && next(1) == 0x80 && next(2) >= 0xAA && next(2) <= 0xAE) ||
            (b == 0xE2 && next(1) == 0x81 && next(2) >= 0xA6 && next(2) <= 0xA9))
            return out.mid(qMax<qsizetype>(0, i - 20), 40).toPercentEncoding(" /:.,()-");
    }
    return {};
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return f.write(data) == data.size();
}

} // namespace

class TstCliCheck : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void checkOk();
    void checkJson();
    void checkWrongCa();
    void checkNothingListening();
    void checkWaitsForTheDaemon();
    void checkLegacyTls();
    void checkDaemonWithoutTlsverify();
    void checkWithoutConnectToResolvesName();
    void checkUsageErrors();
    void checkNeutralisesDaemonText();
    void checkNeutralisesDaemonErrorText();
    void checkJsonKeepsDaemonTextExact();
    void envBash();
    void envPowerShell();
    void envCmd();
    void contextCreateWithoutDocker();
    void contextCreateWithDocker();

private:
    CliRun runCli(const QStringList &args, const QProcessEnvironment &env = {},
                  const std::function<void(QProcess &)> &whileRunning = nullptr);
    QStringList checkArgs(quint16 hostPort, const QString &certDir) const;

    testing::CliHarness m_harness;
    QTemporaryDir m_tmp;
    TestPki m_good;
    TestPki m_other;
    std::unique_ptr<sim::DockerHost> m_host;
};

void TstCliCheck::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo::exists(qEnvironmentVariable("DOCKERVM_CLI")),
             "DOCKERVM_CLI must point to the built docker-vm");
    QVERIFY(m_harness.isValid());
    QVERIFY(m_tmp.isValid());
    QString error;
    QVERIFY2(m_good.create(m_tmp.filePath(QStringLiteral("good")),
                           {QStringLiteral("myvm.cloudapp.net")}, {}, certs::KeyType::EcdsaP256, 30,
                           &error),
             qPrintable(error));
    QVERIFY2(m_other.create(m_tmp.filePath(QStringLiteral("other")),
                            {QStringLiteral("myvm.cloudapp.net")}, {}, certs::KeyType::EcdsaP256,
                            30, &error),
             qPrintable(error));
    sim::DockerHost::Options o;
    o.caPem = m_good.ca.certificatePem;
    o.serverCertPem = m_good.server.certificatePem;
    o.serverKeyPem = m_good.server.privateKeyPem;
    o.name = QStringLiteral("myvm");
    m_host = std::make_unique<sim::DockerHost>(o);
    QVERIFY2(m_host->listen(), qPrintable(m_host->errorString()));
}

CliRun TstCliCheck::runCli(const QStringList &args, const QProcessEnvironment &env,
                           const std::function<void(QProcess &)> &whileRunning)
{
    // The simulated host lives in this process: the harness runs the event loop while the CLI
    // works.
    const testing::CliHarness::Result result = m_harness.run(args, env, 60000, whileRunning);
    CliRun r{result.finished, result.exitCode, QString::fromUtf8(result.out),
             QString::fromUtf8(result.err)};
    if (r.exitCode != 0)
        qDebug().noquote() << "docker-vm" << args.join(QLatin1Char(' ')) << "->" << r.exitCode
                           << "\n"
                           << r.out << r.err;
    return r;
}

QStringList TstCliCheck::checkArgs(quint16 hostPort, const QString &certDir) const
{
    return {QStringLiteral("check"),         QStringLiteral("myvm.cloudapp.net"),
            QStringLiteral("--docker-port"), QStringLiteral("4243"),
            QStringLiteral("--cert-dir"),    certDir,
            QStringLiteral("--connect-to"),  QStringLiteral("127.0.0.1:%1").arg(hostPort)};
}

void TstCliCheck::checkOk()
{
    const CliRun r = runCli(checkArgs(m_host->port(), m_good.dir));
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Checking Docker at tcp://myvm.cloudapp.net:4243")),
             qPrintable(r.out));
    for (const char *stage :
         {"Certificate files", "Name resolution", "TCP connection", "TLS handshake",
          "Client certificate", "GET /_ping", "GET /version", "GET /info"})
        QVERIFY2(r.out.contains(QStringLiteral("✓ ") + QLatin1String(stage)), stage);
    QVERIFY(!r.out.contains(QStringLiteral("✗")));
    QVERIFY2(r.out.contains(QStringLiteral("Docker 20.10.24 (API 1.41, oldest 1.12, used 1.41)")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Ubuntu 22.04.4 LTS (linux, x86_64)")));
    QVERIFY(r.out.contains(QStringLiteral("2 CPUs, 7.8 GiB memory")));
    QVERIFY(r.out.contains(QStringLiteral("3 (1 running, 0 paused, 2 stopped)")));
    QVERIFY(r.out.contains(QStringLiteral("myvm")));
    QVERIFY(r.out.contains(QStringLiteral("valid for myvm.cloudapp.net")));
    QVERIFY(r.err.isEmpty());
}

void TstCliCheck::checkJson()
{
    QStringList args = checkArgs(m_host->port(), m_good.dir);
    args << QStringLiteral("--json");
    const CliRun r = runCli(args);
    QCOMPARE(r.exitCode, 0);
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &pe).object();
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("host")).toString(), QStringLiteral("myvm.cloudapp.net"));
    QCOMPARE(o.value(QStringLiteral("stages")).toArray().size(), 8);
    const QJsonObject server = o.value(QStringLiteral("server")).toObject();
    QCOMPARE(server.value(QStringLiteral("serverVersion")).toString(), QStringLiteral("20.10.24"));
    QCOMPARE(server.value(QStringLiteral("running")).toInt(), 1);
}

void TstCliCheck::checkWrongCa()
{
    const QString dir = m_tmp.filePath(QStringLiteral("wrongca"));
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(writeFile(dir + QStringLiteral("/ca.pem"), m_other.ca.certificatePem));
    QVERIFY(writeFile(dir + QStringLiteral("/cert.pem"), m_good.client.certificatePem));
    QVERIFY(writeFile(dir + QStringLiteral("/key.pem"), m_good.client.privateKeyPem));
    const CliRun r = runCli(checkArgs(m_host->port(), dir));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(QStringLiteral("✓ TCP connection")));
    QVERIFY2(r.out.contains(QStringLiteral("✗ TLS handshake")), qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("is not signed by the CA in ") + dir +
                            QStringLiteral("/ca.pem")),
             qPrintable(r.err));
    QVERIFY(!r.out.contains(QStringLiteral("GET /_ping")));

    QStringList args = checkArgs(m_host->port(), dir);
    args << QStringLiteral("--json");
    const CliRun j = runCli(args);
    QCOMPARE(j.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("failure")).toString(),
             QStringLiteral("untrusted-certificate"));
    QCOMPARE(o.value(QStringLiteral("failedStage")).toString(), QStringLiteral("tls-handshake"));
}

void TstCliCheck::checkNothingListening()
{
    const quint16 port = freePort();
    const CliRun r = runCli(checkArgs(port, m_good.dir));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("✗ TCP connection")), qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("connection refused")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("--docker-port")));
}

void TstCliCheck::checkWaitsForTheDaemon()
{
    const quint16 port = freePort();
    QVERIFY(port);
    std::unique_ptr<sim::DockerHost> late;
    QStringList args = checkArgs(port, m_good.dir);
    args << QStringLiteral("--wait") << QStringLiteral("30");
    // Start the daemon once the CLI reported its first failed attempt.
    const CliRun r = runCli(args, {}, [&](QProcess &p) {
        connect(&p, &QProcess::readyReadStandardError, this, [&] {
            if (late)
                return;
            sim::DockerHost::Options o;
            o.caPem = m_good.ca.certificatePem;
            o.serverCertPem = m_good.server.certificatePem;
            o.serverKeyPem = m_good.server.privateKeyPem;
            late = std::make_unique<sim::DockerHost>(o);
            QVERIFY(late->listen(QHostAddress::LocalHost, port));
        });
    });
    QVERIFY(late);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(
        r.err.contains(QStringLiteral("attempt 1: TCP connection: Nothing accepts connections")),
        qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Docker 20.10.24")));
}

void TstCliCheck::checkLegacyTls()
{
    // A 2014-style server certificate: CN=*, no subjectAltName, from a CA we do not have.
    QString error;
    certs::CertificateRequest req;
    req.usage = certs::CertificateRequest::Usage::Server;
    req.commonName = QStringLiteral("*");
    const auto server =
        certs::issueCertificate(req, certs::KeyType::EcdsaP256, m_other.ca.certificatePem,
                                m_other.ca.privateKeyPem, &error);
    QVERIFY2(server, qPrintable(error));
    sim::DockerHost::Options o;
    o.caPem = m_good.ca.certificatePem;
    o.serverCertPem = server->certificatePem;
    o.serverKeyPem = server->privateKeyPem;
    o.mode = sim::DockerHost::Mode::Old;
    sim::DockerHost old(o);
    QVERIFY(old.listen());

    const CliRun verified = runCli(checkArgs(old.port(), m_good.dir));
    QCOMPARE(verified.exitCode, 1);
    QVERIFY(verified.out.contains(QStringLiteral("✗ TLS handshake")));

    QStringList args = checkArgs(old.port(), m_good.dir);
    args << QStringLiteral("--tls");
    const CliRun legacy = runCli(args);
    QCOMPARE(legacy.exitCode, 0);
    QVERIFY2(legacy.out.contains(QStringLiteral("LEGACY TLS: the server is NOT verified")),
             qPrintable(legacy.out));
    QVERIFY(legacy.out.contains(QStringLiteral("Docker 1.3.3 (API 1.15, used 1.15)")));
}

void TstCliCheck::checkDaemonWithoutTlsverify()
{
    // dockerd --tls (no --tlsverify): it takes our certificate, and anyone else's absence of
    // one. That is a security failure, not "verified mutual TLS".
    sim::DockerHost::Options o;
    o.caPem = m_good.ca.certificatePem;
    o.serverCertPem = m_good.server.certificatePem;
    o.serverKeyPem = m_good.server.privateKeyPem;
    o.requireClientCertificate = false;
    sim::DockerHost open(o);
    QVERIFY(open.listen());
    const CliRun r = runCli(checkArgs(open.port(), m_good.dir));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("✓ TLS handshake")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("✗ Client certificate")), qPrintable(r.out));
    QVERIFY(!r.out.contains(QStringLiteral("verified mutual TLS")));
    QVERIFY2(r.err.contains(QStringLiteral("without a client certificate")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("--tlsverify")), qPrintable(r.err));

    QStringList args = checkArgs(open.port(), m_good.dir);
    args << QStringLiteral("--json");
    const CliRun j = runCli(args);
    QCOMPARE(j.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(j.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("failure")).toString(),
             QStringLiteral("client-certificate-not-required"));
    QCOMPARE(json.value(QStringLiteral("failedStage")).toString(),
             QStringLiteral("client-certificate"));
}

void TstCliCheck::checkWithoutConnectToResolvesName()
{
    // No --connect-to: the name goes to the system resolver and no override is mentioned.
    const CliRun r = runCli({QStringLiteral("check"), QStringLiteral("localhost"),
                             QStringLiteral("--docker-port"), QString::number(m_host->port()),
                             QStringLiteral("--cert-dir"), m_good.dir, QStringLiteral("--tls")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("✓ Name resolution")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("override")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("127.0.0.1")), qPrintable(r.out));
}

void TstCliCheck::checkNeutralisesDaemonText()
{
    // Before the fix the daemon's ServerVersion and Name reached the terminal raw: ESC[2J cleared
    // the screen and "\r✓ forged" overwrote a line with a forged check mark.
    sim::DockerHost::Options o;
    o.caPem = m_good.ca.certificatePem;
    o.serverCertPem = m_good.server.certificatePem;
    o.serverKeyPem = m_good.server.privateKeyPem;
    sim::DockerHost hostile(o);
    QVERIFY(hostile.listen());
    hostile.httpServer()->setHandler(testing::hostileDockerHandler());
    const testing::CliHarness::Result r =
        m_harness.run(checkArgs(hostile.port(), m_good.dir), {}, 60000);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(firstControl(r.out).isEmpty(), firstControl(r.out).constData());
    QVERIFY2(firstControl(r.err).isEmpty(), firstControl(r.err).constData());
    const QString out = QString::fromUtf8(r.out);
    // Shown, as visible escapes, not hidden.
    QVERIFY2(out.contains(QStringLiteral("20.10.24\\x1b[2J\\x1b[H\\x1b]0;pwned\\x07\\x0d✓ forged")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("evil\\x1b[2J")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("\\u202egnp.exe\\u009b31m\\u007f")));
    for (const QString &line : out.split(QLatin1Char('\n')))
        QVERIFY2(!line.trimmed().startsWith(QStringLiteral("✓ forged")), qPrintable(line));
}

void TstCliCheck::checkNeutralisesDaemonErrorText()
{
    // An error excerpt (the body of a 500) is quoted in the failure: neutralised too.
    sim::DockerHost::Options o;
    o.caPem = m_good.ca.certificatePem;
    o.serverCertPem = m_good.server.certificatePem;
    o.serverKeyPem = m_good.server.privateKeyPem;
    sim::DockerHost hostile(o);
    QVERIFY(hostile.listen());
    hostile.httpServer()->setHandler(testing::hostileDockerHandler(true));
    const testing::CliHarness::Result r =
        m_harness.run(checkArgs(hostile.port(), m_good.dir), {}, 60000);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(firstControl(r.out).isEmpty(), firstControl(r.out).constData());
    QVERIFY2(firstControl(r.err).isEmpty(), firstControl(r.err).constData());
    const QByteArray both = r.out + r.err;
    QVERIFY2(QString::fromUtf8(both).contains(QStringLiteral("daemon error\\x1b[2J")),
             both.constData());
}

void TstCliCheck::checkJsonKeepsDaemonTextExact()
{
    // --json: the escapes stay valid JSON (\u202e), so a program reading it gets the exact text.
    sim::DockerHost::Options o;
    o.caPem = m_good.ca.certificatePem;
    o.serverCertPem = m_good.server.certificatePem;
    o.serverKeyPem = m_good.server.privateKeyPem;
    sim::DockerHost hostile(o);
    QVERIFY(hostile.listen());
    hostile.httpServer()->setHandler(testing::hostileDockerHandler());
    QStringList args = checkArgs(hostile.port(), m_good.dir);
    args << QStringLiteral("--json");
    const testing::CliHarness::Result r = m_harness.run(args, {}, 60000);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(firstControl(r.out).isEmpty(), firstControl(r.out).constData());
    QJsonParseError pe;
    const QJsonObject json = QJsonDocument::fromJson(r.out, &pe).object();
    QCOMPARE(pe.error, QJsonParseError::NoError);
    const QJsonObject server = json.value(QStringLiteral("server")).toObject();
    QCOMPARE(server.value(QStringLiteral("serverVersion")).toString(),
             testing::hostileText(QStringLiteral("20.10.24")));
    QCOMPARE(server.value(QStringLiteral("name")).toString(),
             testing::hostileText(QStringLiteral("evil")));
}

void TstCliCheck::checkUsageErrors()
{
    CliRun r = runCli({QStringLiteral("check")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("exactly one HOST")));

    r = runCli({QStringLiteral("check"), QStringLiteral("myvm.cloudapp.net"),
                QStringLiteral("--docker-port"), QStringLiteral("99999")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("--docker-port")));

    // The override only ever maps to loopback.
    r = runCli({QStringLiteral("check"), QStringLiteral("myvm.cloudapp.net"),
                QStringLiteral("--cert-dir"), m_good.dir, QStringLiteral("--connect-to"),
                QStringLiteral("10.1.2.3:2376")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("loopback")), qPrintable(r.err));
}

void TstCliCheck::envBash()
{
    const QString dir = m_tmp.filePath(QStringLiteral("it's a dir"));
    const CliRun r = runCli({QStringLiteral("env"), QStringLiteral("myvm.cloudapp.net"),
                             QStringLiteral("--docker-port"), QStringLiteral("2376"),
                             QStringLiteral("--cert-dir"), dir, QStringLiteral("--shell"),
                             QStringLiteral("bash")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("export DOCKER_HOST='tcp://myvm.cloudapp.net:2376'\n"
                                             "export DOCKER_TLS_VERIFY='1'\n"
                                             "export DOCKER_CERT_PATH='") +
                              QString(dir).replace(QStringLiteral("'"), QStringLiteral("'\\''")) +
                              QStringLiteral("'\n")),
             qPrintable(r.out));
    QVERIFY(r.err.contains(QStringLiteral("missing"))); // the folder is empty: a warning
    const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
    if (bash.isEmpty())
        QSKIP("bash is not installed; the text was checked");
    // What matters: the shell gets the exact values back.
    QProcess sh;
    sh.setProgram(bash);
    sh.setArguments({QStringLiteral("-c"),
                     QStringLiteral("eval \"$1\"; printf '%s|%s|%s' \"$DOCKER_HOST\" "
                                    "\"$DOCKER_TLS_VERIFY\" \"$DOCKER_CERT_PATH\""),
                     QStringLiteral("bash"), r.out});
    QSignalSpy done(&sh, &QProcess::finished);
    sh.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()),
             QStringLiteral("tcp://myvm.cloudapp.net:2376|1|") + dir);
}

void TstCliCheck::envPowerShell()
{
    const CliRun r = runCli({QStringLiteral("env"), QStringLiteral("myvm.cloudapp.net"),
                             QStringLiteral("--cert-dir"), m_good.dir, QStringLiteral("--shell"),
                             QStringLiteral("powershell")});
    QCOMPARE(r.exitCode, 0);
    const QString expected = QStringLiteral("$Env:DOCKER_HOST = 'tcp://myvm.cloudapp.net:4243'\n"
                                            "$Env:DOCKER_TLS_VERIFY = '1'\n"
                                            "$Env:DOCKER_CERT_PATH = '%1'\n")
                                 .arg(QDir::toNativeSeparators(m_good.dir));
    QVERIFY2(r.out.startsWith(expected), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("| Invoke-Expression")));
    QVERIFY(r.err.isEmpty());

    const CliRun quoted = runCli({QStringLiteral("env"), QStringLiteral("myvm.cloudapp.net"),
                                  QStringLiteral("--cert-dir"), QStringLiteral("/o'neil/certs"),
                                  QStringLiteral("--shell"), QStringLiteral("powershell")});
    QVERIFY2(quoted.out.contains(QStringLiteral("$Env:DOCKER_CERT_PATH = '/o''neil/certs'\n")),
             qPrintable(quoted.out));
}

void TstCliCheck::envCmd()
{
    const CliRun r = runCli({QStringLiteral("env"), QStringLiteral("myvm.cloudapp.net"),
                             QStringLiteral("--cert-dir"), QStringLiteral("/certs/a b&c"),
                             QStringLiteral("--shell"), QStringLiteral("cmd")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("set \"DOCKER_HOST=tcp://myvm.cloudapp.net:4243\"\n"
                                             "set \"DOCKER_TLS_VERIFY=1\"\n"
                                             "set \"DOCKER_CERT_PATH=%1\"\n")
                                  .arg(QDir::toNativeSeparators(QStringLiteral("/certs/a b&c")))),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("REM ")));

    const CliRun bad = runCli({QStringLiteral("env"), QStringLiteral("myvm.cloudapp.net"),
                               QStringLiteral("--shell"), QStringLiteral("fish")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QStringLiteral("--shell must be")));

    // cmd cannot set a value holding a double quote: a usage error, nothing printed.
    const CliRun quote = runCli({QStringLiteral("env"), QStringLiteral("myvm.cloudapp.net"),
                                 QStringLiteral("--cert-dir"), QStringLiteral("/certs/a\"b"),
                                 QStringLiteral("--shell"), QStringLiteral("cmd")});
    QCOMPARE(quote.exitCode, 2);
    QVERIFY2(quote.err.contains(QStringLiteral("double quote")), qPrintable(quote.err));
    QVERIFY(quote.out.isEmpty());
}

void TstCliCheck::contextCreateWithoutDocker()
{
    QProcessEnvironment env = m_harness.environment();
    const QString emptyBin = m_tmp.filePath(QStringLiteral("emptybin"));
    QVERIFY(QDir().mkpath(emptyBin));
    env.insert(QStringLiteral("PATH"), emptyBin);
    const CliRun r =
        runCli({QStringLiteral("context"), QStringLiteral("create"), QStringLiteral("myvm"),
                QStringLiteral("myvm.cloudapp.net"), QStringLiteral("--cert-dir"), m_good.dir},
               env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("not found on PATH")), qPrintable(r.err));
    const QString expected =
        QStringLiteral("docker context create myvm --description 'Docker VM Wizard: "
                       "myvm.cloudapp.net:4243' --docker "
                       "host=tcp://myvm.cloudapp.net:4243,ca=%1/ca.pem,cert=%1/cert.pem,key=%1/"
                       "key.pem\n")
            .arg(m_good.dir);
    QCOMPARE(r.out, expected);
}

void TstCliCheck::contextCreateWithDocker()
{
    const QString docker = QStandardPaths::findExecutable(QStringLiteral("docker"));
    if (docker.isEmpty())
        QSKIP("the docker CLI is not installed here");
    QProcessEnvironment env = m_harness.environment();
    const QString config = m_tmp.filePath(QStringLiteral("dockerconfig"));
    QVERIFY(QDir().mkpath(config));
    env.insert(QStringLiteral("DOCKER_CONFIG"), config);
    env.insert(QStringLiteral("HOME"), m_tmp.path());
    const CliRun r =
        runCli({QStringLiteral("context"), QStringLiteral("create"), QStringLiteral("myvm"),
                QStringLiteral("myvm.cloudapp.net"), QStringLiteral("--docker-port"),
                QStringLiteral("2376"), QStringLiteral("--cert-dir"), m_good.dir},
               env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Created docker context 'myvm'")), qPrintable(r.out));

    QProcess inspect;
    inspect.setProcessEnvironment(env);
    inspect.setProgram(docker);
    inspect.setArguments(
        {QStringLiteral("context"), QStringLiteral("inspect"), QStringLiteral("myvm")});
    QSignalSpy done(&inspect, &QProcess::finished);
    inspect.start();
    QVERIFY(done.wait(30000));
    QCOMPARE(inspect.exitCode(), 0);
    const QJsonArray a = QJsonDocument::fromJson(inspect.readAllStandardOutput()).array();
    QCOMPARE(a.size(), 1);
    const QJsonObject endpoint = a.first()
                                     .toObject()
                                     .value(QStringLiteral("Endpoints"))
                                     .toObject()
                                     .value(QStringLiteral("docker"))
                                     .toObject();
    QCOMPARE(endpoint.value(QStringLiteral("Host")).toString(),
             QStringLiteral("tcp://myvm.cloudapp.net:2376"));
    QCOMPARE(endpoint.value(QStringLiteral("SkipTLSVerify")).toBool(), false);

    // A second create with the same name fails, and says so.
    const CliRun again =
        runCli({QStringLiteral("context"), QStringLiteral("create"), QStringLiteral("myvm"),
                QStringLiteral("myvm.cloudapp.net"), QStringLiteral("--cert-dir"), m_good.dir},
               env);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("docker context create failed")),
             qPrintable(again.err));
}

QTEST_GUILESS_MAIN(TstCliCheck)
#include "tst_cli_check.moc"
