// docker-vm check / env / context create: the Docker side of a VM from the command line, through
// the same DockerProbe the wizard's connection panel uses.
#include "command.h"
#include "dockertarget.h"

#include "common/hostoverrides.h"
#include "docker/dockerenv.h"
#include "docker/dockerprobe.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

using dockervm::cli::addConnectionOptions;
using dockervm::cli::DockerTarget;
using dockervm::cli::Invocation;
using dockervm::cli::kDefaultDockerPort;
using dockervm::cli::readTarget;
namespace docker = dockervm::docker;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// --- check -------------------------------------------------------------------------------------

void printFacts(QTextStream &out, const docker::ServerFacts &f)
{
    QString head =
        Tr::tr("Docker %1")
            .arg(f.serverVersion.isEmpty() ? Tr::tr("(version unknown)") : f.serverVersion);
    QStringList api;
    if (!f.apiVersion.isEmpty())
        api << Tr::tr("API %1").arg(f.apiVersion);
    if (!f.minApiVersion.isEmpty())
        api << Tr::tr("oldest %1").arg(f.minApiVersion);
    if (!f.negotiatedApiVersion.isEmpty())
        api << Tr::tr("used %1").arg(f.negotiatedApiVersion);
    if (!api.isEmpty())
        head += QStringLiteral(" (") + api.join(QStringLiteral(", ")) + QLatin1Char(')');
    out << head << '\n';
    auto row = [&out](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out << "  " << dockervm::padToColumns(label, 12) << value << '\n';
    };
    QStringList osParts;
    if (!f.osType.isEmpty() && f.osType != f.os)
        osParts << f.osType;
    if (!f.architecture.isEmpty())
        osParts << f.architecture;
    QString os = f.os;
    if (!osParts.isEmpty())
        os += QStringLiteral(" (") + osParts.join(QStringLiteral(", ")) + QLatin1Char(')');
    row(Tr::tr("OS"), os.trimmed());
    row(Tr::tr("Kernel"), f.kernel);
    QStringList hw;
    if (f.ncpu >= 0)
        hw << Tr::tr("%n CPU(s)", nullptr, f.ncpu);
    if (f.memTotal >= 0)
        hw << Tr::tr("%1 memory").arg(docker::formatBytes(f.memTotal));
    row(Tr::tr("Hardware"), hw.join(QStringLiteral(", ")));
    row(Tr::tr("Storage"), f.storageDriver);
    if (f.containers >= 0) {
        QString c = QString::number(f.containers);
        if (f.running >= 0)
            c += Tr::tr(" (%1 running, %2 paused, %3 stopped)")
                     .arg(f.running)
                     .arg(qMax(0, f.paused))
                     .arg(qMax(0, f.stopped));
        row(Tr::tr("Containers"), c);
    }
    if (f.images >= 0)
        row(Tr::tr("Images"), QString::number(f.images));
    row(Tr::tr("Name"), f.name);
}

void runCheck(Invocation &inv)
{
    addConnectionOptions(inv);
    const QCommandLineOption connectTo = dockervm::cli::connectToOption();
    inv.parser().addOptions({
        {QStringLiteral("tls"),
         Tr::tr("LEGACY: like 'docker --tls', send the client certificate but do NOT verify the "
                "server (for hosts made by the 2014 tool with CN=* certificates).")},
        {QStringLiteral("wait"),
         Tr::tr("Keep trying until Docker answers or SECONDS pass (every 0.25 s for the first "
                "minute, then less often, up to every 3 s)."),
         QStringLiteral("SECONDS"), QStringLiteral("0")},
        {QStringLiteral("timeout"), Tr::tr("Give up on a single stage after SECONDS (default 10)."),
         QStringLiteral("SECONDS"), QStringLiteral("10")},
        connectTo,
    });
    if (!inv.parse(QStringLiteral("HOST")))
        return;
    if (inv.positional().size() != 1) {
        inv.fail(Tr::tr("check takes exactly one HOST, e.g. 'docker-vm check myvm.cloudapp.net'."),
                 2);
        return;
    }
    DockerTarget t;
    if (!readTarget(inv, inv.positional().first(), &t))
        return;
    bool ok = false;
    const int wait = inv.parser().value(QStringLiteral("wait")).toInt(&ok);
    if (!ok || wait < 0) {
        inv.fail(Tr::tr("--wait takes a number of seconds, not '%1'.")
                     .arg(inv.parser().value(QStringLiteral("wait"))),
                 2);
        return;
    }
    const double timeout = inv.parser().value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || timeout <= 0) {
        inv.fail(Tr::tr("--timeout takes a positive number of seconds."), 2);
        return;
    }
    dockervm::HostOverrides overrides; // none unless --connect-to: the system resolves HOST
    if (!dockervm::cli::readConnectTo(inv, connectTo, t, &overrides))
        return;

    docker::ProbeOptions options;
    options.host = t.host;
    options.port = t.port;
    options.certDir = t.certDir;
    options.mode = inv.parser().isSet(QStringLiteral("tls")) ? docker::ProbeOptions::Mode::LegacyTls
                                                             : docker::ProbeOptions::Mode::Verify;
    options.waitSeconds = wait;
    options.stageTimeoutMs = int(timeout * 1000);
    options.hostOverrides = overrides;

    auto *probe = new docker::DockerProbe(options, inv.scope());
    if (!inv.json()) {
        inv.out() << Tr::tr("Checking Docker at %1 ").arg(docker::dockerHostUrl(t.host, t.port))
                  << (options.mode == docker::ProbeOptions::Mode::Verify
                          ? Tr::tr("(TLS, server verified against %1)")
                                .arg(
                                    QDir::toNativeSeparators(t.certDir + QStringLiteral("/ca.pem")))
                          : Tr::tr("(LEGACY TLS: the server is NOT verified)"))
                  << '\n';
        inv.out().flush();
        if (wait > 0) {
            QObject::connect(
                probe, &docker::DockerProbe::attemptFinished, probe,
                [&inv, probe](int attempt, docker::ProbeStage stage, const QString &diagnosis) {
                    if (stage == docker::ProbeStage::Info &&
                        probe->report().failure == docker::ProbeFailure::None)
                        return;
                    inv.err() << Tr::tr("attempt %1: %2: %3")
                                     .arg(attempt)
                                     .arg(docker::stageLabel(stage), diagnosis)
                              << '\n';
                    inv.err().flush();
                });
        }
    }
    QObject::connect(probe, &docker::DockerProbe::finished, probe,
                     [&inv, probe](const docker::ConnectionReport &report) {
                         probe->deleteLater();
                         if (inv.json()) {
                             inv.out()
                                 << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
                             inv.finish(report.ok ? 0 : 1);
                             return;
                         }
                         for (const auto &s : report.stages) {
                             inv.out()
                                 << "  " << (s.passed ? QStringLiteral("✓") : QStringLiteral("✗"))
                                 << ' ' << dockervm::padToColumns(docker::stageLabel(s.stage), 19)
                                 << ' ' << s.detail << '\n';
                         }
                         if (report.ok) {
                             printFacts(inv.out(), report.server);
                             inv.out() << report.summary << '\n';
                             inv.finish(0);
                         } else {
                             if (!report.server.serverVersion.isEmpty())
                                 printFacts(inv.out(), report.server);
                             inv.fail(report.summary, 1);
                         }
                     });
    probe->start();
}

// --- env -----------------------------------------------------------------------------------------

void runEnv(Invocation &inv)
{
    addConnectionOptions(inv);
    const QString defaultShell = docker::shellId(docker::defaultShell());
    inv.parser().addOption({QStringLiteral("shell"),
                            Tr::tr("Print for this shell: bash (also sh, zsh), powershell or cmd "
                                   "(default %1).")
                                .arg(defaultShell),
                            QStringLiteral("SHELL"), defaultShell});
    if (!inv.parse(QStringLiteral("HOST")))
        return;
    if (inv.positional().size() != 1) {
        inv.fail(Tr::tr("env takes exactly one HOST, e.g. 'docker-vm env myvm.cloudapp.net'."), 2);
        return;
    }
    DockerTarget t;
    if (!readTarget(inv, inv.positional().first(), &t))
        return;
    const QString certPath = QDir::toNativeSeparators(t.certDir);
    QStringList missing;
    for (const char *f : {"ca.pem", "cert.pem", "key.pem"}) {
        if (!QFileInfo::exists(t.certDir + QLatin1Char('/') + QLatin1String(f)))
            missing << QLatin1String(f);
    }
    if (!missing.isEmpty()) {
        inv.err() << Tr::tr("docker-vm: warning: %1 missing in %2; docker will fail until they are "
                            "there ('docker-vm certs create --host %3 --cert-dir %2').")
                         .arg(missing.join(QStringLiteral(", ")), certPath, t.host)
                  << '\n';
    }
    const QString shellName = inv.parser().value(QStringLiteral("shell")).toLower();
    const std::optional<docker::Shell> shell = docker::shellFromId(shellName);
    if (!shell) {
        inv.fail(Tr::tr("--shell must be bash, powershell or cmd, not '%1'.").arg(shellName), 2);
        return;
    }
    QString error;
    const QString script = docker::environmentScript(t.host, t.port, t.certDir, *shell, &error);
    if (script.isEmpty()) {
        inv.fail(error, 2);
        return;
    }
    // The command that reproduces this output, quoted for the shell it is meant for.
    QStringList self{QStringLiteral("docker-vm"), QStringLiteral("env"), t.host};
    if (t.port != kDefaultDockerPort)
        self << QStringLiteral("--docker-port") << QString::number(t.port);
    if (inv.parser().isSet(QStringLiteral("cert-dir")))
        self << QStringLiteral("--cert-dir") << certPath;
    QTextStream &out = inv.out();
    out << script;
    switch (*shell) {
    case docker::Shell::Bash:
        out << Tr::tr("# Run this command to configure your shell:") << '\n'
            << "# eval \"$(" << docker::commandLine(self, *shell) << ")\"\n";
        break;
    case docker::Shell::PowerShell:
        out << Tr::tr("# Run this command to configure your shell:") << '\n'
            << "# & " << docker::commandLine(self, *shell)
            << " --shell powershell | Invoke-Expression\n";
        break;
    case docker::Shell::Cmd:
        out << "REM " << Tr::tr("Run this command to configure your shell:") << '\n'
            << "REM     @FOR /f \"tokens=*\" %i IN ('" << docker::commandLine(self, *shell)
            << " --shell cmd') DO @%i\n";
        break;
    }
    inv.finish(0);
}

// --- context create ------------------------------------------------------------------------------

void runContextCreate(Invocation &inv)
{
    addConnectionOptions(inv);
    if (!inv.parse(QStringLiteral("NAME HOST")))
        return;
    if (inv.positional().size() != 2) {
        inv.fail(Tr::tr("context create takes NAME and HOST, e.g. 'docker-vm context create myvm "
                        "myvm.cloudapp.net'."),
                 2);
        return;
    }
    const QString name = inv.positional().at(0);
    if (!docker::isValidContextName(name)) {
        inv.fail(
            Tr::tr("'%1' is not a valid docker context name (letters, digits, _ . + -, starting "
                   "with a letter or digit).")
                .arg(name),
            2);
        return;
    }
    DockerTarget t;
    if (!readTarget(inv, inv.positional().at(1), &t))
        return;
    const QStringList args =
        docker::contextCreateArguments(name, t.host, t.port, t.certDir, false,
                                       Tr::tr("Docker VM Wizard: %1:%2").arg(t.host).arg(t.port));
    const QString command =
        docker::commandLine(QStringList{QStringLiteral("docker")} + args, docker::defaultShell());

    const QString dockerExe = QStandardPaths::findExecutable(QStringLiteral("docker"));
    if (dockerExe.isEmpty()) {
        inv.err() << Tr::tr("The docker command is not installed here (not found on PATH), so no "
                            "context was created. Run this where docker is installed:")
                  << '\n';
        inv.out() << command << '\n';
        inv.finish(0);
        return;
    }
    auto *process = new QProcess(qApp);
    process->setProgram(dockerExe);
    process->setArguments(args);
    QObject::connect(process, &QProcess::errorOccurred, process,
                     [&inv, process, dockerExe, command](QProcess::ProcessError error) {
                         if (error != QProcess::FailedToStart)
                             return;
                         process->deleteLater();
                         inv.fail(Tr::tr("Cannot run %1: %2. Run this yourself:\n%3")
                                      .arg(dockerExe, process->errorString(), command));
                     });
    QObject::connect(
        process, &QProcess::finished, process,
        [&inv, process, name, command](int exitCode, QProcess::ExitStatus status) {
            process->deleteLater();
            const QString out = QString::fromLocal8Bit(process->readAllStandardOutput()).trimmed();
            const QString err = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
            if (status != QProcess::NormalExit || exitCode != 0) {
                inv.fail(Tr::tr("docker context create failed (exit code %1): %2\nThe "
                                "command was:\n%3")
                             .arg(exitCode)
                             .arg(err.isEmpty() ? out : err, command),
                         1);
                return;
            }
            inv.out() << Tr::tr("Created docker context '%1'. Use it with 'docker "
                                "--context %1 info' or make it the default with 'docker "
                                "context use %1'.")
                             .arg(name)
                      << '\n';
            inv.finish(0);
        });
    process->start();
}

} // namespace

DOCKERVM_CLI_COMMAND(QStringList{QStringLiteral("check")},
                     QT_TRANSLATE_NOOP("cli", "Check a host's Docker TLS endpoint stage by stage "
                                              "(exit 0 only when info answered)."),
                     runCheck);
DOCKERVM_CLI_COMMAND(QStringList{QStringLiteral("env")},
                     QT_TRANSLATE_NOOP("cli", "Print DOCKER_HOST, DOCKER_TLS_VERIFY and "
                                              "DOCKER_CERT_PATH for a host."),
                     runEnv);
DOCKERVM_CLI_COMMAND((QStringList{QStringLiteral("context"), QStringLiteral("create")}),
                     QT_TRANSLATE_NOOP("cli", "Create a docker context for a host (or print the "
                                              "command when docker is not installed)."),
                     runContextCreate);
