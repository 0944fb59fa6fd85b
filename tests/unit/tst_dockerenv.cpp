// dockerenv: the docker command, the environment per shell and the context arguments, checked as
// text and, where the shell or the docker CLI is installed, by running them for real.
#include "certs_testpki.h"

#include "docker/dockerenv.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dockervm::docker;

namespace {

// Runs `script` in bash and returns stdout (test code may block).
QString runBash(const QString &script, const QProcessEnvironment &env = {})
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(QStringLiteral("bash"), {QStringLiteral("--norc"), QStringLiteral("-c"), script});
    if (!p.waitForFinished(10000))
        return QStringLiteral("<bash did not finish>");
    if (p.exitCode() != 0)
        return QStringLiteral("<exit %1: %2>")
            .arg(p.exitCode())
            .arg(QString::fromLocal8Bit(p.readAllStandardError()));
    return QString::fromLocal8Bit(p.readAllStandardOutput());
}

const QString kHost = QStringLiteral("myvm.cloudapp.net");

} // namespace

class TstDockerEnv : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void shellIds();
    void hostUrl();
    void infoCommandLongForm();
    void infoCommandShortFormForDotDocker();
    void infoCommandLegacy();
    void infoCommandQuotingPerShell();
    void infoCommandRunsInBash();

    void bashEnvironment();
    void bashEnvironmentWithQuotesRunsInBash();
    void powerShellEnvironment();
    void powerShellTypographicQuotes();
    void cmdEnvironment();
    void cmdRefusesDoubleQuote();

    void contextNames();
    void contextArguments();
    void contextArgumentsCsvQuoting();
    void contextArgumentsLegacy();
    void contextAcceptedByRealDocker();

private:
    QTemporaryDir m_tmp;
};

void TstDockerEnv::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    // The short form of the docker command depends on it; tests choose it explicitly.
    qunsetenv("DOCKER_CERT_PATH");
}

void TstDockerEnv::shellIds()
{
    QCOMPARE(shellFromId(QStringLiteral("bash")), Shell::Bash);
    QCOMPARE(shellFromId(QStringLiteral("ZSH")), Shell::Bash);
    QCOMPARE(shellFromId(QStringLiteral("sh")), Shell::Bash);
    QCOMPARE(shellFromId(QStringLiteral("pwsh")), Shell::PowerShell);
    QCOMPARE(shellFromId(QStringLiteral("PowerShell")), Shell::PowerShell);
    QCOMPARE(shellFromId(QStringLiteral("cmd")), Shell::Cmd);
    QVERIFY(!shellFromId(QStringLiteral("fish")));
    for (Shell s : {Shell::Bash, Shell::PowerShell, Shell::Cmd}) {
        QCOMPARE(shellFromId(shellId(s)), s);
        QVERIFY(!shellDisplayName(s).isEmpty());
    }
}

void TstDockerEnv::hostUrl()
{
    QCOMPARE(dockerHostUrl(kHost, 4243), QStringLiteral("tcp://myvm.cloudapp.net:4243"));
    QCOMPARE(dockerHostUrl(QStringLiteral("::1"), 2376), QStringLiteral("tcp://[::1]:2376"));
}

void TstDockerEnv::infoCommandLongForm()
{
    QCOMPARE(dockerInfoCommand(kHost, 4243, QStringLiteral("/srv/certs"), false, Shell::Bash),
             QStringLiteral("docker --tlsverify --tlscacert /srv/certs/ca.pem --tlscert "
                            "/srv/certs/cert.pem --tlskey /srv/certs/key.pem -H "
                            "tcp://myvm.cloudapp.net:4243 info"));
    // A trailing slash or ./ does not leak into the paths.
    QCOMPARE(dockerInfoCommand(kHost, 4243, QStringLiteral("/srv/./certs/"), false, Shell::Bash),
             dockerInfoCommand(kHost, 4243, QStringLiteral("/srv/certs"), false, Shell::Bash));
}

void TstDockerEnv::infoCommandShortFormForDotDocker()
{
    const QString dotDocker = QDir::homePath() + QStringLiteral("/.docker");
    QVERIFY(isDockerDefaultCertDir(dotDocker));
    QVERIFY(isDockerDefaultCertDir(dotDocker + QLatin1Char('/')));
    QVERIFY(!isDockerDefaultCertDir(QStringLiteral("/srv/certs")));
    QCOMPARE(dockerInfoCommand(kHost, 4243, dotDocker, false, Shell::Bash),
             QStringLiteral("docker --tlsverify -H tcp://myvm.cloudapp.net:4243 info"));
    QCOMPARE(dockerInfoCommand(kHost, 4243, dotDocker, false, Shell::PowerShell),
             QStringLiteral("docker --tlsverify -H tcp://myvm.cloudapp.net:4243 info"));

    // With DOCKER_CERT_PATH pointing elsewhere, docker would read that folder: spell it out.
    qputenv("DOCKER_CERT_PATH", "/somewhere/else");
    const QString longForm = dockerInfoCommand(kHost, 4243, dotDocker, false, Shell::Bash);
    qunsetenv("DOCKER_CERT_PATH");
    QVERIFY2(longForm.contains(QStringLiteral("--tlscacert ")), qPrintable(longForm));
    QCOMPARE(defaultCertDir(), dotDocker);
}

void TstDockerEnv::infoCommandLegacy()
{
    QCOMPARE(dockerInfoCommand(kHost, 4243, QStringLiteral("/srv/certs"), true, Shell::Bash),
             QStringLiteral("docker --tls --tlscert /srv/certs/cert.pem --tlskey "
                            "/srv/certs/key.pem -H tcp://myvm.cloudapp.net:4243 info"));
    QCOMPARE(dockerInfoCommand(kHost, 4243, QDir::homePath() + QStringLiteral("/.docker"), true,
                               Shell::Bash),
             QStringLiteral("docker --tls -H tcp://myvm.cloudapp.net:4243 info"));
}

void TstDockerEnv::infoCommandQuotingPerShell()
{
    const QString dir = QStringLiteral("/home/o'brien/my certs");
    const QString bash = dockerInfoCommand(kHost, 4243, dir, false, Shell::Bash);
    QVERIFY2(bash.contains(QStringLiteral("--tlscacert '/home/o'\\''brien/my certs/ca.pem'")),
             qPrintable(bash));
    const QString ps = dockerInfoCommand(kHost, 4243, dir, false, Shell::PowerShell);
    QVERIFY2(ps.contains(QStringLiteral("--tlscacert '/home/o''brien/my certs/ca.pem'")),
             qPrintable(ps));
    const QString cmd = dockerInfoCommand(kHost, 4243, dir, false, Shell::Cmd);
    QVERIFY2(cmd.contains(QStringLiteral("--tlscacert \"/home/o'brien/my certs/ca.pem\"")),
             qPrintable(cmd));
    // Plain words stay bare in every shell.
    for (Shell s : {Shell::Bash, Shell::PowerShell, Shell::Cmd}) {
        const QString c = dockerInfoCommand(kHost, 4243, dir, false, s);
        QVERIFY(c.startsWith(QStringLiteral("docker --tlsverify --tlscacert ")));
        QVERIFY(c.endsWith(QStringLiteral(" -H tcp://myvm.cloudapp.net:4243 info")));
    }
}

void TstDockerEnv::infoCommandRunsInBash()
{
    if (QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty())
        QSKIP("bash is not installed");
    // A shell function stands in for docker and prints the words bash handed it.
    const QString dir = QStringLiteral("/tmp/it's a \"test\" $HOME `x` & more");
    const QString command = dockerInfoCommand(kHost, 4243, dir, false, Shell::Bash);
    const QString out = runBash(QStringLiteral("docker() { printf '%s\\n' \"$@\"; }; ") + command);
    const QStringList words = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(words,
             (QStringList{QStringLiteral("--tlsverify"), QStringLiteral("--tlscacert"),
                          dir + QStringLiteral("/ca.pem"), QStringLiteral("--tlscert"),
                          dir + QStringLiteral("/cert.pem"), QStringLiteral("--tlskey"),
                          dir + QStringLiteral("/key.pem"), QStringLiteral("-H"),
                          QStringLiteral("tcp://myvm.cloudapp.net:4243"), QStringLiteral("info")}));
}

void TstDockerEnv::bashEnvironment()
{
    QString error = QStringLiteral("stale");
    QCOMPARE(environmentScript(kHost, 4243, QStringLiteral("/srv/my certs"), Shell::Bash, &error),
             QStringLiteral("export DOCKER_HOST='tcp://myvm.cloudapp.net:4243'\n"
                            "export DOCKER_TLS_VERIFY='1'\n"
                            "export DOCKER_CERT_PATH='/srv/my certs'\n"));
    QVERIFY(error.isEmpty());
    QCOMPARE(environmentScript(kHost, 4243, QStringLiteral("/srv/it's"), Shell::Bash)
                 .split(QLatin1Char('\n'))
                 .at(2),
             QStringLiteral("export DOCKER_CERT_PATH='/srv/it'\\''s'"));
}

void TstDockerEnv::bashEnvironmentWithQuotesRunsInBash()
{
    if (QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty())
        QSKIP("bash is not installed");
    const QString dir = QStringLiteral("/tmp/o'brien \"x\" $(echo pwned) `id` \\ ; & | end");
    const QString script = environmentScript(kHost, 2376, dir, Shell::Bash);
    const QString out = runBash(
        script +
        QStringLiteral(
            "printf '%s\\n' \"$DOCKER_HOST\" \"$DOCKER_TLS_VERIFY\" \"$DOCKER_CERT_PATH\""));
    QCOMPARE(out, QStringLiteral("tcp://myvm.cloudapp.net:2376\n1\n") + dir + QLatin1Char('\n'));
}

void TstDockerEnv::powerShellEnvironment()
{
    QCOMPARE(
        environmentScript(kHost, 4243, QStringLiteral("/home/o'brien/my certs"), Shell::PowerShell),
        QStringLiteral("$Env:DOCKER_HOST = 'tcp://myvm.cloudapp.net:4243'\n"
                       "$Env:DOCKER_TLS_VERIFY = '1'\n"
                       "$Env:DOCKER_CERT_PATH = '/home/o''brien/my certs'\n"));
    // $ and ` are literal inside single quotes: nothing to escape.
    QCOMPARE(environmentScript(kHost, 4243, QStringLiteral("/a $x `b"), Shell::PowerShell)
                 .split(QLatin1Char('\n'))
                 .at(2),
             QStringLiteral("$Env:DOCKER_CERT_PATH = '/a $x `b'"));
}

void TstDockerEnv::powerShellTypographicQuotes()
{
    // PowerShell ends single-quoted strings at ‘ ’ ‚ ‛ too; doubling escapes them.
    const QString dir = QStringLiteral("/Bob\u2019s certs");
    QCOMPARE(powerShellQuote(dir), QStringLiteral("'/Bob\u2019\u2019s certs'"));
    QCOMPARE(powerShellQuote(QStringLiteral("\u2018a\u201Bb\u201A")),
             QStringLiteral("'\u2018\u2018a\u201B\u201Bb\u201A\u201A'"));
}

void TstDockerEnv::cmdEnvironment()
{
    QString error;
    QCOMPARE(environmentScript(kHost, 4243, QStringLiteral("/srv/R&D (new) 100^ <x>|y"), Shell::Cmd,
                               &error),
             QStringLiteral("set \"DOCKER_HOST=tcp://myvm.cloudapp.net:4243\"\n"
                            "set \"DOCKER_TLS_VERIFY=1\"\n"
                            "set \"DOCKER_CERT_PATH=/srv/R&D (new) 100^ <x>|y\"\n"));
    QVERIFY(error.isEmpty());
    // Single quotes need nothing in cmd.
    QVERIFY(environmentScript(kHost, 4243, QStringLiteral("/srv/o'brien"), Shell::Cmd)
                .contains(QStringLiteral("set \"DOCKER_CERT_PATH=/srv/o'brien\"\n")));
}

void TstDockerEnv::cmdRefusesDoubleQuote()
{
    QString error;
    QVERIFY(environmentScript(kHost, 4243, QStringLiteral("/srv/\"quoted\""), Shell::Cmd, &error)
                .isEmpty());
    QVERIFY2(error.contains(QStringLiteral("DOCKER_CERT_PATH")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("PowerShell")), qPrintable(error));
    QVERIFY(
        environmentScript(kHost, 4243, QStringLiteral("/srv/a\nb"), Shell::Cmd, &error).isEmpty());
}

void TstDockerEnv::contextNames()
{
    QVERIFY(isValidContextName(QStringLiteral("myvm")));
    QVERIFY(isValidContextName(QStringLiteral("my-vm.cloudapp_1+x")));
    QVERIFY(!isValidContextName(QString()));
    QVERIFY(!isValidContextName(QStringLiteral("-vm")));
    QVERIFY(!isValidContextName(QStringLiteral("my vm")));
    QVERIFY(!isValidContextName(QStringLiteral("a/b")));
}

void TstDockerEnv::contextArguments()
{
    QCOMPARE(contextCreateArguments(QStringLiteral("myvm"), kHost, 4243, QStringLiteral("/srv/c")),
             (QStringList{QStringLiteral("context"), QStringLiteral("create"),
                          QStringLiteral("myvm"), QStringLiteral("--docker"),
                          QStringLiteral("host=tcp://myvm.cloudapp.net:4243,ca=/srv/c/ca.pem,"
                                         "cert=/srv/c/cert.pem,key=/srv/c/key.pem")}));
    const QStringList withDescription =
        contextCreateArguments(QStringLiteral("myvm"), kHost, 4243, QStringLiteral("/srv/c"), false,
                               QStringLiteral("Docker VM Wizard"));
    QCOMPARE(withDescription.mid(3, 2),
             (QStringList{QStringLiteral("--description"), QStringLiteral("Docker VM Wizard")}));
    QCOMPARE(commandLine(QStringList{QStringLiteral("docker")} + withDescription, Shell::Bash),
             QStringLiteral("docker context create myvm --description 'Docker VM Wizard' --docker "
                            "host=tcp://myvm.cloudapp.net:4243,ca=/srv/c/ca.pem,"
                            "cert=/srv/c/cert.pem,key=/srv/c/key.pem"));
    // PowerShell would read the commas as an array: quoted there.
    QVERIFY(commandLine(withDescription, Shell::PowerShell)
                .endsWith(QStringLiteral(" --docker 'host=tcp://myvm.cloudapp.net:4243,"
                                         "ca=/srv/c/ca.pem,cert=/srv/c/cert.pem,"
                                         "key=/srv/c/key.pem'")));
}

void TstDockerEnv::contextArgumentsCsvQuoting()
{
    // docker reads --docker with a CSV reader: a field with a comma or quote is quoted.
    QCOMPARE(contextDockerEndpoint(kHost, 4243, QStringLiteral("/srv/a,b \"c\"")),
             QStringLiteral("host=tcp://myvm.cloudapp.net:4243,"
                            "\"ca=/srv/a,b \"\"c\"\"/ca.pem\","
                            "\"cert=/srv/a,b \"\"c\"\"/cert.pem\","
                            "\"key=/srv/a,b \"\"c\"\"/key.pem\""));
    QCOMPARE(contextDockerEndpoint(kHost, 4243, QStringLiteral("/srv/my certs")),
             QStringLiteral("host=tcp://myvm.cloudapp.net:4243,ca=/srv/my certs/ca.pem,"
                            "cert=/srv/my certs/cert.pem,key=/srv/my certs/key.pem"));
}

void TstDockerEnv::contextArgumentsLegacy()
{
    QCOMPARE(contextDockerEndpoint(kHost, 4243, QStringLiteral("/srv/c"), true),
             QStringLiteral("host=tcp://myvm.cloudapp.net:4243,cert=/srv/c/cert.pem,"
                            "key=/srv/c/key.pem,skip-tls-verify=true"));
}

void TstDockerEnv::contextAcceptedByRealDocker()
{
    const QString docker = QStandardPaths::findExecutable(QStringLiteral("docker"));
    if (docker.isEmpty())
        QSKIP("the docker CLI is not installed");
    // Certificates in a folder whose name needs CSV quoting; docker's own store in a temp dir.
    const QString dir = m_tmp.filePath(QStringLiteral("my, \"odd\" certs"));
    TestPki pki;
    QString error;
    QVERIFY2(pki.create(dir, {kHost}, {}, dockervm::certs::KeyType::EcdsaP256, 30, &error),
             qPrintable(error));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_CONFIG"), m_tmp.filePath(QStringLiteral("docker-config")));
    env.remove(QStringLiteral("DOCKER_HOST"));
    env.remove(QStringLiteral("DOCKER_CONTEXT"));

    QProcess create;
    create.setProcessEnvironment(env);
    create.start(docker, contextCreateArguments(QStringLiteral("csvtest"), kHost, 4243, dir, false,
                                                QStringLiteral("test")));
    QVERIFY(create.waitForFinished(20000));
    QVERIFY2(create.exitCode() == 0, create.readAllStandardError().constData());

    QProcess inspect;
    inspect.setProcessEnvironment(env);
    inspect.start(
        docker, {QStringLiteral("context"), QStringLiteral("inspect"), QStringLiteral("csvtest")});
    QVERIFY(inspect.waitForFinished(20000));
    QVERIFY2(inspect.exitCode() == 0, inspect.readAllStandardError().constData());
    const QJsonArray contexts = QJsonDocument::fromJson(inspect.readAllStandardOutput()).array();
    QCOMPARE(contexts.size(), 1);
    const QJsonObject endpoint = contexts.first()
                                     .toObject()
                                     .value(QStringLiteral("Endpoints"))
                                     .toObject()
                                     .value(QStringLiteral("docker"))
                                     .toObject();
    QCOMPARE(endpoint.value(QStringLiteral("Host")).toString(),
             QStringLiteral("tcp://myvm.cloudapp.net:4243"));
    QCOMPARE(endpoint.value(QStringLiteral("SkipTLSVerify")).toBool(), false);
    // docker copied our three files into its store.
    const QJsonObject storage =
        contexts.first().toObject().value(QStringLiteral("Storage")).toObject();
    const QString tlsPath = storage.value(QStringLiteral("TLSPath")).toString();
    QVERIFY2(QFile::exists(tlsPath + QStringLiteral("/docker/ca.pem")), qPrintable(tlsPath));
    QFile ca(tlsPath + QStringLiteral("/docker/ca.pem"));
    QVERIFY(ca.open(QIODevice::ReadOnly));
    QCOMPARE(ca.readAll(), pki.ca.certificatePem);
}

QTEST_GUILESS_MAIN(TstDockerEnv)
#include "tst_dockerenv.moc"
