// docker-vm swarm status: the swarm as one of its managers sees it (nodes, roles, availability,
// leader, engine versions), over the same verified mutual TLS as `docker-vm check`.
#include "cloudcommands.h"
#include "cloudsession.h"
#include "command.h"
#include "dockertarget.h"

#include "docker/swarm.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace dockervm;
using dockervm::cli::Invocation;
namespace docker = dockervm::docker;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

void runSwarmStatus(Invocation &inv)
{
    cli::addConnectionOptions(inv);
    const QCommandLineOption connectTo = cli::connectToOption();
    QCommandLineOption simulated(
        QStringLiteral("simulated-endpoints"),
        Tr::tr("Demo/tests only: reach each node of NAME at its loopback public IP (simulator)."));
    simulated.setFlags(QCommandLineOption::HiddenFromHelp);
    inv.parser().addOptions({
        {QStringLiteral("timeout"),
         Tr::tr("Give up on a single request after SECONDS (default 30)."),
         QStringLiteral("SECONDS"), QStringLiteral("30")},
        connectTo,
        simulated,
    });
    if (!inv.parse(QStringLiteral("HOST|NAME")))
        return;
    if (inv.positional().size() != 1) {
        inv.fail(
            Tr::tr("swarm status takes exactly one HOST (a manager of the swarm, e.g. "
                   "'docker-vm swarm status web-1.westus.cloudapp.azure.com') or the NAME given "
                   "to 'docker-vm create --nodes N' (e.g. 'docker-vm swarm status web')."),
            2);
        return;
    }
    // NAME (no dot) on a signed-in account: the swarm made by `create --nodes N NAME …`.
    const QString target = inv.positional().first();
    if (!target.contains(QLatin1Char('.')) && !inv.parser().isSet(connectTo)) {
        cli::DockerTarget named;
        if (!cli::readTarget(inv, target, &named))
            return;
        cli::SwarmStatusRequest request;
        if (inv.parser().isSet(QStringLiteral("docker-port")))
            request.dockerPort = named.port; // else the cloud's default (ARM: 2376)
        request.certDir = named.certDir;
        bool okTimeout = false;
        const double seconds = inv.parser().value(QStringLiteral("timeout")).toDouble(&okTimeout);
        request.timeoutMs = okTimeout && seconds > 0 ? int(seconds * 1000) : 30000;
        request.simulated = inv.parser().isSet(QStringLiteral("simulated-endpoints"));
        // Either cloud: the account's cloud lists the nodes (no question which cloud it is).
        cli::withCloud(inv, [&inv, target, request](cloud::Cloud *c) {
            cli::swarmStatusOnCloud(inv, c, target, request);
        });
        return;
    }
    cli::DockerTarget t;
    if (!cli::readTarget(inv, inv.positional().first(), &t))
        return;
    bool ok = false;
    const double timeout = inv.parser().value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || timeout <= 0) {
        inv.fail(Tr::tr("--timeout takes a positive number of seconds, not '%1'.")
                     .arg(inv.parser().value(QStringLiteral("timeout"))),
                 2);
        return;
    }
    docker::EngineEndpoint endpoint;
    endpoint.host = t.host;
    endpoint.port = t.port;
    endpoint.certDir = t.certDir;
    endpoint.timeoutMs = int(timeout * 1000);
    if (!cli::readConnectTo(inv, connectTo, t, &endpoint.hostOverrides))
        return;

    auto *status = new docker::SwarmStatus(endpoint, t.host, inv.scope());
    QObject::connect(status, &docker::SwarmStatus::finished, status,
                     [&inv, status](const docker::SwarmStatusReport &report) {
                         status->deleteLater();
                         if (inv.json())
                             inv.out()
                                 << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
                         if (!report.ok) {
                             // Not a manager, not in a swarm, TLS or connection failure: the
                             // SwarmError's translated message names the host and the next step.
                             inv.fail(report.error.message, 1);
                             return;
                         }
                         if (!inv.json())
                             inv.out() << report.toText();
                         inv.finish(0);
                     });
    status->start();
}

void runSwarmRemove(Invocation &inv)
{
    cli::addConnectionOptions(inv);
    QCommandLineOption simulated(
        QStringLiteral("simulated-endpoints"),
        Tr::tr("Demo/tests only: reach each node of NAME at its loopback public IP (simulator)."));
    simulated.setFlags(QCommandLineOption::HiddenFromHelp);
    inv.parser().addOptions({
        {QStringLiteral("timeout"),
         Tr::tr("Give up on a single request after SECONDS (default 30)."),
         QStringLiteral("SECONDS"), QStringLiteral("30")},
        {QStringLiteral("poll-interval"),
         Tr::tr("Milliseconds between status polls (default 5000)."), QStringLiteral("MS"),
         QStringLiteral("5000")},
        simulated,
    });
    if (!inv.parse(QStringLiteral("NAME NODE")))
        return;
    if (inv.positional().size() != 2)
        return inv.fail(Tr::tr("swarm remove takes the swarm's NAME and the NODE to remove, e.g. "
                               "'docker-vm swarm remove web web-3'."),
                        2);
    const QString name = inv.positional().at(0);
    const QString node = inv.positional().at(1);
    cli::DockerTarget named;
    if (!cli::readTarget(inv, name, &named))
        return;
    cli::SwarmStatusRequest request;
    if (inv.parser().isSet(QStringLiteral("docker-port")))
        request.dockerPort = named.port;
    request.certDir = named.certDir;
    bool okTimeout = false;
    const double seconds = inv.parser().value(QStringLiteral("timeout")).toDouble(&okTimeout);
    request.timeoutMs = okTimeout && seconds > 0 ? int(seconds * 1000) : 30000;
    request.simulated = inv.parser().isSet(QStringLiteral("simulated-endpoints"));
    cli::withCloud(inv, [&inv, name, node, request](cloud::Cloud *c) {
        cli::swarmRemoveOnCloud(inv, c, name, node, request);
    });
}

} // namespace

DOCKERVM_CLI_COMMAND((QStringList{QStringLiteral("swarm"), QStringLiteral("remove")}),
                     QT_TRANSLATE_NOOP("cli", "Remove NODE from the swarm NAME: demote (a "
                                              "manager), drain, leave, and delete its VM with "
                                              "its disk (and, on Resource Manager, its network "
                                              "interface and public IP)."),
                     runSwarmRemove);

DOCKERVM_CLI_COMMAND((QStringList{QStringLiteral("swarm"), QStringLiteral("status")}),
                     QT_TRANSLATE_NOOP("cli", "Show a swarm as one of its managers sees it: "
                                              "nodes, roles, availability, leader, engine "
                                              "versions (HOST, or the NAME of a swarm made "
                                              "with 'create --nodes N')."),
                     runSwarmStatus);
