// docker-vm swarm status: the swarm as one of its managers sees it (nodes, roles, availability,
// leader, engine versions), over the same verified mutual TLS as `docker-vm check`.
#include "cloudcommands.h"
#include "cloudsession.h"
#include "command.h"
#include "dockertarget.h"

#include "cloud/swarmsteps.h"
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

void runSwarmAdd(Invocation &inv)
{
    inv.parser().addOptions({
        {QStringLiteral("count"),
         Tr::tr("Add K hosts (default 1); the swarm may have at most %1 hosts in all, as create "
                "--nodes.")
             .arg(cloud::kMaxNodes),
         QStringLiteral("K"), QStringLiteral("1")},
        {QStringLiteral("user"),
         Tr::tr("Administrator name for the new VMs: the one the swarm was created with "
                "(needed on a classic subscription, whose API does not say it; a signed-in "
                "account reads it from the existing VMs)."),
         QStringLiteral("USER")},
        {{QStringLiteral("C"), QStringLiteral("docker-cert-dir")},
         Tr::tr("The swarm's certificate folder (default ~/.docker): ca.pem and ca-key.pem sign "
                "the new hosts' server certificates; cert.pem and key.pem stay the client's."),
         QStringLiteral("DIR")},
        {QStringLiteral("key-type"),
         Tr::tr("Key type of the new server certificates: rsa4096 (default), rsa2048, "
                "ecdsa-p256."),
         QStringLiteral("TYPE"), QStringLiteral("rsa4096")},
        {QStringLiteral("password-file"),
         Tr::tr("Read the new VMs' password from this file (first line); else "
                "DOCKER_VM_PASSWORD or the prompt."),
         QStringLiteral("FILE")},
        {QStringLiteral("ssh-key"),
         Tr::tr("Signed-in accounts: OpenSSH public key file for the user (default: "
                "~/.ssh/id_*.pub when present; then password sign-in is off)."),
         QStringLiteral("FILE")},
        {QStringLiteral("keep-partial"),
         Tr::tr("When some new hosts fail to come up or to join, keep the ones that joined "
                "(default: remove every new host; the existing swarm is never changed).")},
    });
    cli::addRunOptions(inv);
    if (!inv.parse(QStringLiteral("NAME")))
        return;
    if (inv.positional().size() != 1)
        return inv.fail(Tr::tr("swarm add takes the NAME given to 'docker-vm create --nodes N', "
                               "e.g. 'docker-vm swarm add web --count 2'."),
                        2);
    const QString name = inv.positional().first();
    bool ok = false;
    const int count = inv.parser().value(QStringLiteral("count")).toInt(&ok);
    if (!ok)
        return inv.fail(Tr::tr("--count takes the number of hosts to add (1 to %1), not '%2'.")
                            .arg(cloud::kMaxNodes - 1)
                            .arg(inv.parser().value(QStringLiteral("count"))),
                        2);
    // The upper bound depends on the swarm's size: the cloud checks it once it has read it.
    if (const QString why = cloud::validateAddCount(count, 0); !why.isEmpty())
        return inv.fail(why, 2);
    if (name.contains(QLatin1Char('.')))
        return inv.fail(Tr::tr("swarm add takes the swarm's NAME (e.g. 'web'), not a host name "
                               "('%1').")
                            .arg(name),
                        2);
    cli::withCloud(
        inv, [&inv, name, count](cloud::Cloud *c) { cli::swarmAddOnCloud(inv, c, name, count); });
}

} // namespace

DOCKERVM_CLI_COMMAND((QStringList{QStringLiteral("swarm"), QStringLiteral("add")}),
                     QT_TRANSLATE_NOOP("cli", "Add K more worker hosts NAME-(n+1) … to the swarm "
                                              "NAME made with 'create --nodes N', with the same "
                                              "CA and client certificate; the existing hosts "
                                              "are not changed."),
                     runSwarmAdd);

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
