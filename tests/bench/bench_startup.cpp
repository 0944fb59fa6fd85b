// Start-up: how long `docker-vm` takes from exec to its first request (issue 9: ≤ 0.15 s). The
// account's management endpoint (and the Docker port of `check`) is a listener in this process
// that notes when the first connection comes in, then the command is killed: what is measured is
// only the program's own work before the network. Prints numbers; asserts nothing about time.
#include "certs/dockertlsstore.h"

#include "cli_harness.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace dockervm;
using dockervm::testing::CliHarness;

namespace {

// One run: ms from QProcess::start to the first connection (or, for a command that makes none,
// to its exit); -1 when neither came within the timeout.
qint64 firstRequestMs(const CliHarness &h, QTcpServer &server, const QStringList &args,
                      bool expectConnection)
{
    QProcess p;
    QProcessEnvironment env = h.environment();
    env.insert(QStringLiteral("DOCKER_VM_PASSWORD"), QStringLiteral("Docker4Azure!"));
    p.setProcessEnvironment(env);
    p.setProgram(qEnvironmentVariable("DOCKERVM_CLI"));
    p.setArguments(args);
    QEventLoop loop; // the bench's own loop (test code, not product code)
    qint64 ms = -1;
    QElapsedTimer clock;
    auto conn = QObject::connect(&server, &QTcpServer::newConnection, &loop, [&] {
        if (ms < 0)
            ms = clock.elapsed();
        while (QTcpSocket *s = server.nextPendingConnection())
            s->deleteLater();
        loop.quit();
    });
    QObject::connect(&p, &QProcess::finished, &loop, [&] {
        if (!expectConnection && ms < 0)
            ms = clock.elapsed();
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    clock.start();
    p.start();
    loop.exec();
    QObject::disconnect(conn);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
    }
    return ms;
}

void report(const char *what, QList<qint64> runs)
{
    std::sort(runs.begin(), runs.end());
    if (runs.isEmpty() || runs.first() < 0) {
        std::printf("  %-52s FAILED (no first request)\n", what);
        return;
    }
    std::printf("  %-52s median %4lld ms, min %4lld, max %4lld\n", what,
                static_cast<long long>(runs.at(runs.size() / 2)),
                static_cast<long long>(runs.first()), static_cast<long long>(runs.last()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariable("DOCKERVM_CLI").isEmpty()) {
        std::printf("DOCKERVM_CLI is not set; nothing measured\n");
        return 0;
    }
    const int runs = qEnvironmentVariableIntValue("DOCKERVM_BENCH_RUNS") > 0
                         ? qEnvironmentVariableIntValue("DOCKERVM_BENCH_RUNS")
                         : 9;
    CliHarness h;
    QString error;
    // The simulator only for its publish settings and CA: the account points at our listener.
    if (!h.launchSimulator({QStringLiteral("--quiet")}, &error))
        qFatal("simulator: %s", qPrintable(error));
    const QString simEndpoint = h.simulatorEndpoint();
    h.stopSimulator();
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        qFatal("listen: %s", qPrintable(server.errorString()));
    QFile in(h.publishSettings());
    if (!in.open(QIODevice::ReadOnly))
        qFatal("publish settings: %s", qPrintable(in.errorString()));
    QByteArray settings = in.readAll();
    settings.replace(simEndpoint.toUtf8(),
                     QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()).toUtf8());
    const QString ours = h.path(QStringLiteral("listener.publishsettings"));
    QFile out(ours);
    if (!out.open(QIODevice::WriteOnly) || out.write(settings) != settings.size())
        qFatal("cannot write %s", qPrintable(ours));
    out.close();
    if (h.run({QStringLiteral("account"), QStringLiteral("import"), ours}).exitCode != 0)
        qFatal("account import failed");
    // A Docker TLS folder for `check`.
    const QString certDir = h.path(QStringLiteral("certs"));
    certs::DockerTlsOptions tls;
    tls.keyType = certs::KeyType::EcdsaP256;
    if (!certs::DockerTlsStore(certDir).ensureForHost(QStringLiteral("localhost"), {}, tls).ok)
        qFatal("certificates");
    const QString port = QString::number(server.serverPort());
    const QString ca = h.caFile();

    struct Case
    {
        const char *what;
        QStringList args;
        bool connects = true;
    };
    const QList<Case> cases = {
        {"--version (exit, no request)", {QStringLiteral("--version")}, false},
        {"status NAME --management-ca FILE", {"status", "nohost", "--management-ca", ca}},
        {"status NAME (system CA store)", {"status", "nohost"}},
        {"images --management-ca FILE", {"images", "--management-ca", ca}},
        {"create NAME IMAGE USER --management-ca FILE",
         {"create", "--management-ca", ca, "-C", h.path(QStringLiteral("create-certs")),
          "--no-wait", "benchhost", "Ubuntu-14_04", "azureuser"}},
        {"check localhost --docker-port P -C DIR",
         {"check", "localhost", "--docker-port", port, "-C", certDir}},
    };
    std::printf("docker-vm from exec to its first request (%d runs each; median, min, max)\n",
                runs);
    bool ok = true;
    for (const Case &c : cases) {
        QList<qint64> times;
        for (int i = 0; i < runs; ++i)
            times << firstRequestMs(h, server, c.args, c.connects);
        ok &= !times.contains(-1);
        report(c.what, times);
    }
    return ok ? 0 : 1;
}
