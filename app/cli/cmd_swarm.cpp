// docker-vm swarm status: the swarm as one of its managers sees it (nodes, roles, availability,
// leader, engine versions), over the same verified mutual TLS as `docker-vm check`.
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
    inv.parser().addOptions({
        {QStringLiteral("timeout"),
         Tr::tr("Give up on a single request after SECONDS (default 30)."),
         QStringLiteral("SECONDS"), QStringLiteral("30")},
        connectTo,
    });
    if (!inv.parse(QStringLiteral("HOST")))
        return;
    if (inv.positional().size() != 1) {
        inv.fail(Tr::tr("swarm status takes exactly one HOST, a manager of the swarm, e.g. "
                        "'docker-vm swarm status web-1.cloudapp.net'."),
                 2);
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

} // namespace

DOCKERVM_CLI_COMMAND((QStringList{QStringLiteral("swarm"), QStringLiteral("status")}),
                     QT_TRANSLATE_NOOP("cli", "Show a swarm as one of its managers sees it: "
                                              "nodes, roles, availability, leader, engine "
                                              "versions."),
                     runSwarmStatus);
