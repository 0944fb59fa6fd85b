// docker-vm simulator: the local Azure Service Management simulator in the foreground, for demos
// and tests. Writes a .publishsettings (legacy PKCS#12) and the CA to trust, then serves until
// SIGINT/SIGTERM.
#include "command.h"
#include "session.h"

#include "sim/azuresimulator.h"
#include "sim/provisioningsim.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <memory>

using namespace dockervm;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

bool parseRate(cli::Invocation &inv, const QString &option, double *rate)
{
    if (!inv.parser().isSet(option))
        return true;
    bool ok = false;
    const double v = inv.parser().value(option).toDouble(&ok);
    if (!ok || v < 0 || v > 1) {
        inv.fail(Tr::tr("--%1 takes a rate between 0 and 1 (e.g. 0.2), not '%2'.")
                     .arg(option, inv.parser().value(option)),
                 2);
        return false;
    }
    *rate = v;
    return true;
}

bool parseInt(cli::Invocation &inv, const QString &option, int min, int max, int *value)
{
    if (!inv.parser().isSet(option))
        return true;
    bool ok = false;
    const int v = inv.parser().value(option).toInt(&ok);
    if (!ok || v < min || v > max) {
        inv.fail(Tr::tr("--%1 takes a whole number from %2 to %3, not '%4'.")
                     .arg(option)
                     .arg(min)
                     .arg(max)
                     .arg(inv.parser().value(option)),
                 2);
        return false;
    }
    *value = v;
    return true;
}

void runSimulator(cli::Invocation &inv)
{
    inv.parser().addOptions({
        {QStringLiteral("port"), Tr::tr("Listen on this port of 127.0.0.1 (0: any free port)."),
         QStringLiteral("P"), QStringLiteral("0")},
        {QStringLiteral("publishsettings"),
         Tr::tr("Write the subscription's .publishsettings here (default: in the data folder)."),
         QStringLiteral("OUT")},
        {QStringLiteral("ca-out"),
         Tr::tr("Write the simulator's CA certificate (PEM) here, for --management-ca."),
         QStringLiteral("FILE")},
        {QStringLiteral("latency"), Tr::tr("Answer every request after MS milliseconds."),
         QStringLiteral("MS")},
        {QStringLiteral("fail-503"), Tr::tr("Answer this share of requests with 503 (0..1)."),
         QStringLiteral("RATE")},
        {QStringLiteral("redirect-every"),
         Tr::tr("Redirect every Nth request (307) to the same address, as Azure's front ends do."),
         QStringLiteral("N")},
        {QStringLiteral("drop-rate"), Tr::tr("Close this share of connections unanswered (0..1)."),
         QStringLiteral("RATE")},
        {QStringLiteral("seed"), Tr::tr("Seed for the fault rates (same seed, same faults)."),
         QStringLiteral("N")},
        {QStringLiteral("taken"),
         Tr::tr("A cloud service name to report as taken (repeatable; default: taken)."),
         QStringLiteral("NAME")},
        {QStringLiteral("quiet"), Tr::tr("Do not print each request.")},
        {QStringLiteral("operation-delay"),
         Tr::tr("Milliseconds an asynchronous operation stays InProgress (default 1500)."),
         QStringLiteral("MS"), QStringLiteral("1500")},
        {QStringLiteral("boot-delay"),
         Tr::tr("Milliseconds until a new VM is ReadyRole (default 2500)."), QStringLiteral("MS"),
         QStringLiteral("2500")},
        {QStringLiteral("extension-delay"),
         Tr::tr("Milliseconds until the Docker extension reports success (default 2500)."),
         QStringLiteral("MS"), QStringLiteral("2500")},
        {QStringLiteral("fail-operation"),
         Tr::tr("Make the create-deployment operation fail (\"Port 22 is already in use\").")},
        {QStringLiteral("extension-error"), Tr::tr("Make the Docker extension report an error.")},
        {QStringLiteral("fail-role"),
         Tr::tr("Make the VM role NAME fail to start (FailedStartingVM), e.g. web-2 of a create "
                "with --nodes (repeatable)."),
         QStringLiteral("NAME")},
        {QStringLiteral("old-docker"), Tr::tr("Simulate an old Docker 1.x daemon (API 1.15).")},
        {QStringLiteral("portalvhds"),
         Tr::tr("Seed a portalvhds storage account in this location."), QStringLiteral("LOCATION")},
    });
    if (!inv.parse())
        return;

    sim::AzureSimulator::Options options;
    int port = 0;
    int seed = int(options.faults.seed);
    if (!parseInt(inv, QStringLiteral("port"), 0, 65535, &port) ||
        !parseInt(inv, QStringLiteral("latency"), 0, 600000, &options.faults.latencyMs) ||
        !parseInt(inv, QStringLiteral("redirect-every"), 0, 1000000,
                  &options.faults.redirectEvery) ||
        !parseInt(inv, QStringLiteral("seed"), 0, 2147483647, &seed) ||
        !parseRate(inv, QStringLiteral("fail-503"), &options.faults.failureRate503) ||
        !parseRate(inv, QStringLiteral("drop-rate"), &options.faults.dropRate))
        return;
    sim::ProvisioningSimulator::Options provisioning;
    if (!parseInt(inv, QStringLiteral("operation-delay"), 0, 3600000,
                  &provisioning.operationDelayMs) ||
        !parseInt(inv, QStringLiteral("boot-delay"), 0, 3600000, &provisioning.bootDelayMs) ||
        !parseInt(inv, QStringLiteral("extension-delay"), 0, 3600000,
                  &provisioning.extensionDelayMs))
        return;
    provisioning.failOperation = inv.parser().isSet(QStringLiteral("fail-operation"));
    provisioning.extensionError = inv.parser().isSet(QStringLiteral("extension-error"));
    provisioning.failRoles = inv.parser().values(QStringLiteral("fail-role"));
    if (inv.parser().isSet(QStringLiteral("old-docker")))
        provisioning.dockerMode = sim::DockerHost::Mode::Old;
    provisioning.portalVhdsLocation = inv.parser().value(QStringLiteral("portalvhds"));
    options.port = quint16(port);
    options.faults.seed = quint32(seed);
    if (inv.parser().isSet(QStringLiteral("taken")))
        options.takenServiceNames = inv.parser().values(QStringLiteral("taken"));

    QString psPath = inv.parser().value(QStringLiteral("publishsettings"));
    QString caPath = inv.parser().value(QStringLiteral("ca-out"));
    if (psPath.isEmpty() || caPath.isEmpty()) {
        QString base = qEnvironmentVariable("DOCKERVM_DATA_DIR");
        if (base.isEmpty())
            base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        const QString dir = QDir(base).filePath(QStringLiteral("simulator"));
        if (!QDir().mkpath(dir)) {
            inv.fail(Tr::tr("Cannot create the folder %1 for the simulator's files; pass "
                            "--publishsettings and --ca-out.")
                         .arg(dir));
            return;
        }
        if (psPath.isEmpty())
            psPath = QDir(dir).filePath(QStringLiteral("simulator.publishsettings"));
        if (caPath.isEmpty())
            caPath = QDir(dir).filePath(QStringLiteral("simulator-ca.pem"));
    }
    psPath = QFileInfo(psPath).absoluteFilePath();
    caPath = QFileInfo(caPath).absoluteFilePath();

    auto *simulator = new sim::AzureSimulator(options, inv.scope());
    QString error;
    if (!simulator->start(&error)) {
        inv.fail(Tr::tr("The Azure simulator could not start: %1").arg(error));
        return;
    }
    // Storage, cloud services, deployments, operations and the VMs' simulated Docker hosts.
    new sim::ProvisioningSimulator(simulator, provisioning, simulator);
    if (!simulator->writePublishSettings(psPath, &error) ||
        !simulator->writeCaFile(caPath, &error)) {
        inv.fail(Tr::tr("The Azure simulator could not write its files: %1").arg(error));
        return;
    }

    const classic::Subscription sub = simulator->subscription();
    if (inv.json()) {
        const QJsonObject o{
            {QStringLiteral("endpoint"), simulator->endpoint().toString()},
            {QStringLiteral("port"), int(simulator->port())},
            {QStringLiteral("subscriptionId"), sub.id},
            {QStringLiteral("subscriptionName"), sub.name},
            {QStringLiteral("publishSettings"), psPath},
            {QStringLiteral("caCertificate"), caPath},
        };
        inv.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    } else {
        inv.out() << Tr::tr("Azure simulator listening on %1").arg(simulator->endpoint().toString())
                  << '\n'
                  << Tr::tr("  subscription:     %1 (%2)").arg(sub.id, sub.name) << '\n'
                  << Tr::tr("  publish settings: %1").arg(psPath) << '\n'
                  << Tr::tr("  CA certificate:   %1").arg(caPath) << '\n'
                  << Tr::tr("Try: docker-vm account import %1").arg(psPath) << '\n'
                  << Tr::tr("     docker-vm images --management-ca %1").arg(caPath) << '\n'
                  << Tr::tr("Press Ctrl+C to stop.") << '\n';
    }
    inv.out().flush();

    if (!inv.parser().isSet(QStringLiteral("quiet")) && !inv.json()) {
        QObject::connect(simulator, &sim::AzureSimulator::requestHandled, qApp,
                         [&inv](const QByteArray &method, const QString &path, int status) {
                             const QString what = status == 0    ? QStringLiteral("(hanging)")
                                                  : status == -1 ? QStringLiteral("(dropped)")
                                                                 : QString::number(status);
                             inv.out() << "  " << QString::fromLatin1(method) << ' ' << path
                                       << " -> " << what << '\n';
                             inv.out().flush();
                         });
    }
    cli::onInterrupt(qApp, [&inv, simulator] {
        simulator->stop();
        if (!inv.json())
            inv.out() << Tr::tr("Azure simulator stopped.") << '\n';
        inv.finish(0);
    });
}

} // namespace

DOCKERVM_CLI_COMMAND(QStringList{QStringLiteral("simulator")},
                     QT_TRANSLATE_NOOP("cli", "Run the local Azure simulator in the foreground."),
                     runSimulator);
