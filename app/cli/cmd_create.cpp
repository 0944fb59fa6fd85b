// docker-vm create / status / delete / cleanup / resume: `azure vm docker create`, done through
// the same Provisioner the wizard uses.
#include "cloudcommands.h"
#include "cloudsession.h"
#include "command.h"
#include "session.h"

#include "classic/deployment.h"
#include "classic/imagechoice.h"
#include "classic/managementclient.h"
#include "classic/models.h"
#include "classic/provisioner.h"
#include "cloud/journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <memory>

using namespace dockervm;
using classic::Provisioner;
using dockervm::cli::Invocation;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QString stateMark(Provisioner::StepState state)
{
    switch (state) {
    case Provisioner::StepState::Running:
        return QStringLiteral("…");
    case Provisioner::StepState::Done:
        return QStringLiteral("✓");
    case Provisioner::StepState::Failed:
        return QStringLiteral("✗");
    case Provisioner::StepState::Skipped:
        return QStringLiteral("-");
    case Provisioner::StepState::Cancelled:
        return QStringLiteral("⊘");
    case Provisioner::StepState::Pending:
        return QStringLiteral(" ");
    }
    return {};
}

// Progress on stderr, one line per step change; the log lines in --verbose only.
void reportProgress(Invocation &inv, Provisioner *p)
{
    QObject::connect(
        p, &Provisioner::stepChanged, p,
        [&inv, p](Provisioner::Step step, Provisioner::StepState state, const QString &detail) {
            const int index = int(Provisioner::steps().indexOf(step)) + 1;
            const auto &info = p->stepInfos()[int(step)];
            QString line = QStringLiteral("[%1/%2] %3 %4")
                               .arg(index)
                               .arg(Provisioner::steps().size())
                               .arg(stateMark(state), Provisioner::stepLabel(step));
            if (!detail.isEmpty())
                line += QStringLiteral(": ") + detail;
            if (state != Provisioner::StepState::Running && info.elapsedMs > 0)
                line += QStringLiteral(" (%1 s)").arg(info.elapsedMs / 1000.0, 0, 'f', 1);
            inv.err() << line << Qt::endl;
        });
    // Several hosts: the rows after the steps (one per node, then the swarm's) as they change.
    QObject::connect(p, &Provisioner::rowChanged, p, [&inv, p](int index) {
        if (!p->isMultiNode() || index < int(Provisioner::Step::Rollback))
            return;
        const QList<cloud::StepRow> rows = p->rows();
        if (index >= rows.size() - 1) // the rollback row: stepChanged prints it
            return;
        const cloud::StepRow &row = rows.at(index);
        QString line = QStringLiteral("    %1: %2").arg(row.label, cloud::stepStateId(row.state));
        if (!row.detail.isEmpty())
            line += QStringLiteral(", ") + row.detail;
        inv.err() << line << Qt::endl;
    });
    QObject::connect(p, &Provisioner::message, p, [&inv](const QString &text) {
        if (inv.verbose())
            inv.err() << "    " << text << Qt::endl;
    });
}

void printOutcome(Invocation &inv, const Provisioner &p)
{
    const Provisioner::Result &r = p.result();
    if (!r.removed.isEmpty())
        inv.err() << Tr::tr("Removed: %1").arg(r.removed.join(QStringLiteral(", "))) << Qt::endl;
    if (!r.alreadyGone.isEmpty())
        inv.err() << Tr::tr("Already gone: %1").arg(r.alreadyGone.join(QStringLiteral(", ")))
                  << Qt::endl;
    if (!r.kept.isEmpty())
        inv.err() << Tr::tr("Kept: %1").arg(r.kept.join(QStringLiteral(", "))) << Qt::endl;
    if (!r.leftBehind.isEmpty())
        inv.err() << Tr::tr("Could not remove: %1\nRun 'docker-vm cleanup' to try again.")
                         .arg(r.leftBehind.join(QStringLiteral(", ")))
                  << Qt::endl;
}

std::optional<cloud::ExtensionSchema> parseExtension(const QString &text)
{
    if (text == QLatin1String("classic") || text.isEmpty())
        return cloud::ExtensionSchema::Classic;
    if (text == QLatin1String("1.x") || text == QLatin1String("1"))
        return cloud::ExtensionSchema::V1;
    return std::nullopt;
}

bool readPort(Invocation &inv, const QString &option, int *port)
{
    bool ok = false;
    const int value = inv.parser().value(option).toInt(&ok);
    if (!ok || value < 0 || value > 65535) {
        inv.fail(Tr::tr("--%1 takes a port number from 1 to 65535, not '%2'.")
                     .arg(option, inv.parser().value(option)),
                 2);
        return false;
    }
    *port = value;
    return true;
}

void addTimingOptions(Invocation &inv)
{
    cli::addRunOptions(inv);
}

Provisioner::Options timingOptions(Invocation &inv)
{
    Provisioner::Options o;
    o.pollIntervalMs = qMax(10, inv.parser().value(QStringLiteral("poll-interval")).toInt());
    o.dockerWaitSeconds = qMax(1, inv.parser().value(QStringLiteral("docker-wait")).toInt());
    // Off unless asked for: a real run resolves the VM's name through the system.
    o.hostOverrides.setMapSimulatedEndpoints(
        inv.parser().isSet(QStringLiteral("simulated-endpoints")));
    return o;
}

// After a second Ctrl+C: what the run's journal still lists, and how to remove it; exit 130.
void stopNow(Invocation &inv, Provisioner &p)
{
    p.stop();
    QStringList left;
    QString error;
    if (const auto journal = cloud::Journal::load(p.journalPath(), &error)) {
        for (const cloud::Journal::Entry &e : journal->leftovers()) {
            // A planned entry may exist: its request may have reached Azure just now.
            left << (e.state == cloud::Journal::State::Planned
                         ? Tr::tr("%1 (if it was made)").arg(cloud::Journal::describe(e))
                         : cloud::Journal::describe(e));
        }
    }
    if (left.isEmpty()) {
        inv.err() << Tr::tr("Interrupted again: stopped. Nothing this run made is left.")
                  << Qt::endl;
    } else {
        inv.err() << Tr::tr("Interrupted again: stopped before the clean-up finished. Still there:")
                  << Qt::endl;
        for (const QString &line : std::as_const(left))
            inv.err() << "  " << line << Qt::endl;
        inv.err() << Tr::tr("Run 'docker-vm cleanup' to remove them (recorded in %1).")
                         .arg(QDir::toNativeSeparators(p.journalPath()))
                  << Qt::endl;
    }
    inv.finish(130);
}

void startProvisioner(Invocation &inv, Provisioner *p)
{
    reportProgress(inv, p);
    cli::onInterrupt(
        p,
        [&inv, p] {
            inv.err() << Tr::tr(
                             "Interrupted: cancelling and removing what was created (Ctrl+C again "
                             "to stop at once)…")
                      << Qt::endl;
            p->cancel();
        },
        [&inv, p] { stopNow(inv, *p); });
}

void runCreate(Invocation &inv)
{
    auto &parser = inv.parser();
    parser.addOptions({
        {{QStringLiteral("e"), QStringLiteral("ssh")},
         Tr::tr("Public SSH endpoint port (local 22); 0 for none."),
         QStringLiteral("PORT"),
         QStringLiteral("22")},
        {{QStringLiteral("l"), QStringLiteral("location")},
         Tr::tr("Region, e.g. \"West US\"."),
         QStringLiteral("LOCATION"),
         QStringLiteral("West US")},
        {{QStringLiteral("z"), QStringLiteral("vm-size")},
         Tr::tr("VM size (default Small)."),
         QStringLiteral("SIZE"),
         QStringLiteral("Small")},
        {{QStringLiteral("n"), QStringLiteral("vm-name")},
         Tr::tr("VM (role) name; default the DNS name."),
         QStringLiteral("VM_NAME")},
        {{QStringLiteral("p"), QStringLiteral("docker-port")},
         Tr::tr("Docker TLS port (default 4243)."),
         QStringLiteral("PORT"),
         QStringLiteral("4243")},
        {{QStringLiteral("C"), QStringLiteral("docker-cert-dir")},
         Tr::tr("Certificate folder (default ~/.docker)."),
         QStringLiteral("DIR")},
        {QStringLiteral("extension"),
         Tr::tr("Docker extension schema: classic (2014, default) or 1.x."),
         QStringLiteral("SCHEMA"), QStringLiteral("classic")},
        {QStringLiteral("key-type"),
         Tr::tr("Key type for new certificates: rsa4096 (default), rsa2048, ecdsa-p256."),
         QStringLiteral("TYPE"), QStringLiteral("rsa4096")},
        {QStringLiteral("password-file"),
         Tr::tr("Read the VM password from this file (first line)."), QStringLiteral("FILE")},
        {QStringLiteral("no-wait"),
         Tr::tr("Stop once Azure reports the extension ready; do not wait for Docker.")},
        // Signed-in (ARM) accounts only.
        {{QStringLiteral("g"), QStringLiteral("resource-group")},
         Tr::tr(
             "Signed-in accounts: put the host into this existing resource group (default: a new "
             "group named after the VM, removed with it)."),
         QStringLiteral("GROUP")},
        {QStringLiteral("ssh-key"),
         Tr::tr(
             "Signed-in accounts: OpenSSH public key file for the user (default: ~/.ssh/id_*.pub "
             "when present; then password sign-in is off)."),
         QStringLiteral("FILE")},
        {QStringLiteral("allow-from"),
         Tr::tr(
             "Signed-in accounts: address range (CIDR) allowed to reach the SSH and Docker ports "
             "(default any: the whole Internet, still behind TLS client certificates)."),
         QStringLiteral("CIDR")},
        // Several hosts joined into one Docker swarm (issue 11).
        {QStringLiteral("nodes"),
         Tr::tr("Create N hosts NAME-1 … NAME-N and join them into one Docker swarm (default 1: a "
                "single host)."),
         QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("managers"),
         Tr::tr("Swarm managers among the hosts, odd (default 1 for fewer than 3 hosts, else 3)."),
         QStringLiteral("M")},
        {QStringLiteral("keep-partial"),
         Tr::tr(
             "When some hosts fail to come up or to join, keep the swarm of the others (default: "
             "remove everything).")},
    });
    addTimingOptions(inv);
    if (!inv.parse(QStringLiteral("DNS_NAME IMAGE USER [PASSWORD]")))
        return;
    int nodes = 1;
    int managers = 1;
    if (!cli::readNodeOptions(inv, &nodes, &managers))
        return;
    // A signed-in account: the same command through its cloud::Cloud.
    if (cli::routeToArmCloud(inv, [&inv](cloud::Cloud *c) { cli::createOnCloud(inv, c); }))
        return;
    for (const QString &armOnly : {QStringLiteral("resource-group"), QStringLiteral("ssh-key"),
                                   QStringLiteral("allow-from")}) {
        if (parser.isSet(armOnly))
            return inv.fail(Tr::tr("--%1 is for signed-in (Resource Manager) subscriptions; the "
                                   "current one is a classic subscription. Sign in with 'docker-vm "
                                   "login' or pick one with --subscription.")
                                .arg(armOnly),
                            2);
    }
    const QStringList args = inv.positional();
    if (args.size() < 3 || args.size() > 4)
        return inv.fail(
            Tr::tr("create takes DNS_NAME IMAGE USER [PASSWORD]; see 'docker-vm create --help'."),
            2);

    cloud::VmSpec spec;
    spec.dnsName = args[0];
    spec.imageName = args[1];
    spec.userName = args[2];
    spec.nodes = nodes;
    spec.managers = managers;
    spec.location = parser.value(QStringLiteral("location"));
    spec.size = parser.value(QStringLiteral("vm-size"));
    spec.vmName = parser.value(QStringLiteral("vm-name"));
    if (parser.isSet(QStringLiteral("docker-cert-dir")))
        spec.certDir =
            QFileInfo(parser.value(QStringLiteral("docker-cert-dir"))).absoluteFilePath();
    if (!readPort(inv, QStringLiteral("ssh"), &spec.sshPort) ||
        !readPort(inv, QStringLiteral("docker-port"), &spec.dockerPort))
        return;
    const auto extension = parseExtension(parser.value(QStringLiteral("extension")));
    if (!extension)
        return inv.fail(Tr::tr("--extension takes 'classic' or '1.x', not '%1'.")
                            .arg(parser.value(QStringLiteral("extension"))),
                        2);
    spec.extension = *extension;
    const auto keyType = certs::keyTypeFromId(parser.value(QStringLiteral("key-type")));
    if (!keyType)
        return inv.fail(Tr::tr("--key-type takes rsa4096, rsa2048 or ecdsa-p256, not '%1'.")
                            .arg(parser.value(QStringLiteral("key-type"))),
                        2);
    spec.keyType = *keyType;

    // The password: argument (visible to other users: warn), file, environment, or prompt.
    if (args.size() == 4) {
        spec.password = args[3];
        inv.err()
            << Tr::tr("Warning: a password on the command line can be seen by other users of this "
                      "machine. Prefer the prompt, --password-file or DOCKER_VM_PASSWORD.")
            << Qt::endl;
    } else if (parser.isSet(QStringLiteral("password-file"))) {
        QFile file(parser.value(QStringLiteral("password-file")));
        if (!file.open(QIODevice::ReadOnly))
            return inv.fail(Tr::tr("Cannot read the password file %1: %2")
                                .arg(file.fileName(), file.errorString()));
        spec.password = QString::fromUtf8(file.readLine()).trimmed();
    } else if (qEnvironmentVariableIsSet("DOCKER_VM_PASSWORD")) {
        spec.password = qEnvironmentVariable("DOCKER_VM_PASSWORD");
    } else {
        spec.password =
            cli::readSecretFromTerminal(Tr::tr("Password for %1 on the VM: ").arg(spec.userName));
        if (spec.password.isEmpty())
            return inv.fail(Tr::tr("No password given. Pass it with --password-file, "
                                   "DOCKER_VM_PASSWORD or at the prompt."),
                            2);
    }

    // Refuse bad input before any request goes out.
    const auto errors = cloud::validate(spec);
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const auto &e : errors)
            lines << e.message;
        return inv.fail(lines.join(QLatin1Char('\n')), 2);
    }

    cli::withManagementClient(
        inv, inv.scope(), [&inv, &parser, spec](classic::ManagementClient *client) mutable {
            spec.dnsSuffix = classic::cloudServiceDnsSuffix(client->subscription().cloud);
            Provisioner::Options options = timingOptions(inv);
            options.waitForDocker = !parser.isSet(QStringLiteral("no-wait"));
            options.tls.keyType = spec.keyType;
            options.keepPartial = parser.isSet(QStringLiteral("keep-partial"));

            // IMAGE may be a full image name or a part of one ("Ubuntu-14_04"): the wizard's rule
            // picks (azure/imagechoice.h: offered in the region, newest with a new enough agent).
            auto *images = client->listOsImages();
            QObject::connect(
                images, &classic::ManagementReply::finished, qApp,
                [&inv, images, client, spec, options]() mutable {
                    images->deleteLater();
                    if (!images->ok())
                        return inv.fail(Tr::tr("Could not list the OS images: %1")
                                            .arg(images->error().toString()));
                    const auto chosen =
                        classic::chooseImage(images->images(), spec.imageName, spec.location);
                    if (!chosen)
                        return inv.fail(
                            Tr::tr("No Linux image matches '%1' in %2. List them with 'docker-vm "
                                   "images --filter TEXT'.")
                                .arg(spec.imageName, spec.location),
                            2);
                    if (chosen->name != spec.imageName) {
                        spec.imageName = chosen->name;
                        inv.err()
                            << Tr::tr("Using the newest matching image: %1").arg(spec.imageName)
                            << Qt::endl;
                    }
                    auto *p = new Provisioner(client, spec, options, inv.scope());
                    startProvisioner(inv, p);
                    QObject::connect(p, &Provisioner::finished, qApp, [&inv, p](bool ok) {
                        const Provisioner::Result &r = p->result();
                        if (!ok) {
                            printOutcome(inv, *p);
                            return inv.fail(r.error, r.cancelled ? 130 : 1);
                        }
                        if (r.nodes.isEmpty()) {
                            inv.out() << Tr::tr("Created %1 in %2 s.")
                                             .arg(r.hostName)
                                             .arg(r.elapsedMs / 1000.0, 0, 'f', 1)
                                      << '\n';
                        } else {
                            // Several hosts: role instances of one cloud service, one port each.
                            int in = 0;
                            for (const cloud::NodeResult &n : r.nodes)
                                in += n.ok ? 1 : 0;
                            inv.out()
                                << Tr::tr("Created a swarm of %1 host(s) in cloud service %2 in "
                                          "%3 s; leader %4.")
                                       .arg(in)
                                       .arg(r.hostName)
                                       .arg(r.elapsedMs / 1000.0, 0, 'f', 1)
                                       .arg(r.swarmLeader)
                                << '\n';
                            cli::printSwarmNodes(inv, r);
                            if (r.partial)
                                inv.out()
                                    << Tr::tr("Some hosts failed and were removed; the swarm of "
                                              "the others was kept (--keep-partial).")
                                    << '\n';
                        }
                        if (!r.docker.server.serverVersion.isEmpty())
                            inv.out() << Tr::tr("Docker %1 answers on tcp://%2:%3 (TLS, verified).")
                                             .arg(r.docker.server.serverVersion, r.hostName)
                                             .arg(r.dockerPort)
                                      << '\n';
                        inv.out() << Tr::tr("Certificates: %1").arg(r.certDir) << '\n'
                                  << Tr::tr("Try it:") << '\n'
                                  << "  " << r.dockerCommand() << '\n';
                        inv.finish(0);
                    });
                    p->start();
                });
        });
}

void runStatus(Invocation &inv)
{
    if (!inv.parse(QStringLiteral("DNS_NAME")))
        return;
    if (inv.positional().size() != 1)
        return inv.fail(Tr::tr("status takes one DNS name."), 2);
    if (cli::routeToArmCloud(inv, [&inv](cloud::Cloud *c) {
            cli::statusOnArmCloud(inv, c, inv.positional().first());
        }))
        return;
    cli::withManagementClient(inv, inv.scope(), [&inv](classic::ManagementClient *client) {
        const QString name = inv.positional().first();
        auto *reply = client->getDeploymentBySlot(name);
        QObject::connect(reply, &classic::ManagementReply::finished, qApp, [&inv, reply, name] {
            reply->deleteLater();
            if (reply->httpStatus() == 404)
                return inv.fail(Tr::tr("%1 has no VM deployment (Azure: %2).")
                                    .arg(name, reply->error().message));
            if (!reply->ok())
                return inv.fail(reply->error().toString());
            const classic::Deployment *d = &reply->deployment(); // parsed by the typed reply
            if (inv.json()) {
                QJsonArray roles;
                for (const auto &r : d->instances) {
                    const auto ext = r.dockerExtension();
                    roles.append(QJsonObject{
                        {QStringLiteral("role"), r.roleName},
                        {QStringLiteral("status"), r.instanceStatus},
                        {QStringLiteral("power"), r.powerState},
                        {QStringLiteral("dockerExtension"),
                         ext ? ext->handlerStatus + QLatin1Char('/') + ext->settingStatus
                             : QString()}});
                }
                inv.out() << QJsonDocument(QJsonObject{{QStringLiteral("name"), d->name},
                                                       {QStringLiteral("status"), d->status},
                                                       {QStringLiteral("url"), d->url},
                                                       {QStringLiteral("roles"), roles}})
                                 .toJson();
                return inv.finish(0);
            }
            inv.out() << Tr::tr("Deployment %1: %2 (%3)").arg(d->name, d->status, d->url) << '\n';
            for (const auto &r : d->instances) {
                inv.out() << Tr::tr("  VM %1: %2, power %3")
                                 .arg(r.roleName, r.instanceStatus, r.powerState)
                          << '\n';
                if (const auto ext = r.dockerExtension())
                    inv.out() << Tr::tr("  Docker extension %1: %2 / %3 %4")
                                     .arg(ext->version, ext->handlerStatus, ext->settingStatus,
                                          ext->settingMessage)
                              << '\n';
                for (const auto &ep : r.endpoints)
                    inv.out() << Tr::tr("  endpoint %1: %2:%3 -> %4")
                                     .arg(ep.name, ep.vip)
                                     .arg(ep.publicPort)
                                     .arg(ep.localPort)
                              << '\n';
            }
            inv.finish(0);
        });
    });
}

void runDelete(Invocation &inv)
{
    addTimingOptions(inv);
    if (!inv.parse(QStringLiteral("DNS_NAME")))
        return;
    if (inv.positional().size() != 1)
        return inv.fail(Tr::tr("delete takes one DNS name."), 2);
    if (cli::routeToArmCloud(
            inv, [&inv](cloud::Cloud *c) { cli::deleteOnCloud(inv, c, inv.positional().first()); }))
        return;
    cli::withManagementClient(inv, inv.scope(), [&inv](classic::ManagementClient *client) {
        const QString name = inv.positional().first();
        const int pollMs = timingOptions(inv).pollIntervalMs;
        inv.err() << Tr::tr("Deleting the cloud service %1 with its VM and disks…").arg(name)
                  << Qt::endl;
        auto *reply =
            client->del(QStringLiteral("services/hostedservices/%1?comp=media").arg(name));
        QObject::connect(
            reply, &classic::ManagementReply::finished, qApp, [&inv, reply, client, name, pollMs] {
                reply->deleteLater();
                if (!reply->ok())
                    return inv.fail(
                        Tr::tr("Could not delete %1: %2").arg(name, reply->error().toString()));
                if (reply->requestId().isEmpty() || reply->httpStatus() != 202) {
                    inv.out() << Tr::tr("Deleted %1.").arg(name) << '\n';
                    return inv.finish(0);
                }
                // The poller holds itself weakly: a strong self-capture was a reference cycle that
                // LeakSanitizer reported at exit (the pending reply and timer hold it strongly).
                auto poll = std::make_shared<std::function<void()>>();
                *poll = [&inv, client, name, pollMs, requestId = reply->requestId(),
                         self = std::weak_ptr<std::function<void()>>(poll)] {
                    auto keep = self.lock();
                    if (!keep)
                        return;
                    auto *op = client->getOperationStatus(requestId);
                    QObject::connect(
                        op, &classic::ManagementReply::finished, qApp,
                        [&inv, op, name, pollMs, keep] {
                            op->deleteLater();
                            if (!op->ok())
                                return inv.fail(op->error().toString());
                            const auto o = op->operation();
                            if (o.status == classic::Operation::Status::Succeeded) {
                                inv.out() << Tr::tr("Deleted %1 with its VM and disks.").arg(name)
                                          << '\n';
                                return inv.finish(0);
                            }
                            if (o.status == classic::Operation::Status::Failed)
                                return inv.fail(Tr::tr("Azure could not delete %1: %2")
                                                    .arg(name, o.errorMessage));
                            QTimer::singleShot(pollMs, qApp, [keep] { (*keep)(); });
                        });
                };
                (*poll)();
            });
    });
}

void runCleanup(Invocation &inv)
{
    inv.parser().addOption({QStringLiteral("dry-run"), Tr::tr("Only list what would be removed.")});
    addTimingOptions(inv);
    if (!inv.parse())
        return;
    auto journals = cloud::Journal::unfinished();
    if (journals.isEmpty()) {
        inv.out() << Tr::tr("Nothing to clean up: no unfinished run.") << '\n';
        return inv.finish(0);
    }
    for (const auto &j : std::as_const(journals)) {
        inv.out() << Tr::tr("Unfinished run for %1 (started %2):")
                         .arg(j.dnsName(), j.started().toString(Qt::ISODate))
                  << '\n';
        for (const auto &e : j.leftovers())
            inv.out() << "  " << cloud::Journal::kindId(e.kind) << ' ' << e.name << " ("
                      << cloud::Journal::stateId(e.state) << ")\n";
    }
    if (inv.parser().isSet(QStringLiteral("dry-run")))
        return inv.finish(0);
    if (cli::routeToArmCloud(
            inv, [&inv, journals](cloud::Cloud *c) { cli::cleanupOnCloud(inv, c, journals); }))
        return;
    cli::withManagementClient(
        inv, inv.scope(), [&inv, journals](classic::ManagementClient *client) {
            auto queue = std::make_shared<QList<cloud::Journal>>(journals);
            auto failures = std::make_shared<int>(0);
            // The step holds itself weakly (a strong self-capture is a reference cycle that
            // LeakSanitizer reports at exit); the pending provisioner's connection keeps it alive.
            auto next = std::make_shared<std::function<void()>>();
            *next = [&inv, client, queue, failures,
                     self = std::weak_ptr<std::function<void()>>(next)] {
                const auto keep = self.lock();
                if (!keep)
                    return;
                if (queue->isEmpty())
                    return inv.finish(*failures ? 1 : 0);
                const cloud::Journal j = queue->takeFirst();
                if (j.cloud() != cloud::Kind::Classic) {
                    inv.err() << Tr::tr("Skipping %1: it was made on Azure Resource Manager; run "
                                        "cleanup with --subscription arm:%2.")
                                     .arg(j.dnsName(), j.accountId())
                              << Qt::endl;
                    ++*failures;
                    return (*keep)();
                }
                if (j.subscriptionId() != client->subscription().id) {
                    inv.err()
                        << Tr::tr("Skipping %1: it was made with subscription %2; run cleanup with "
                                  "--subscription %2.")
                               .arg(j.dnsName(), j.subscriptionId())
                        << Qt::endl;
                    ++*failures;
                    return (*keep)();
                }
                auto *p = new Provisioner(client, j.spec(), timingOptions(inv), inv.scope());
                QObject::connect(p, &Provisioner::message, qApp,
                                 [&inv](const QString &t) { inv.err() << t << Qt::endl; });
                QObject::connect(p, &Provisioner::finished, qApp, [&inv, p, failures, keep] {
                    p->deleteLater();
                    if (!p->result().leftBehind.isEmpty())
                        ++*failures;
                    printOutcome(inv, *p);
                    (*keep)();
                });
                p->cleanup(j);
            };
            (*next)();
        });
}

void runResume(Invocation &inv)
{
    addTimingOptions(inv);
    if (!inv.parse(QStringLiteral("[DNS_NAME]")))
        return;
    if (inv.positional().size() > 1)
        return inv.fail(Tr::tr("resume takes one DNS name."), 2);
    // A signed-in (ARM) account: its unfinished run of that name, or its only one.
    if (cli::routeToArmCloud(inv, [&inv](cloud::Cloud *c) {
            cli::resumeOnCloud(inv, c, inv.positional().value(0));
        }))
        return;
    if (inv.positional().isEmpty())
        return inv.fail(Tr::tr("resume takes the DNS name of the run to resume on a classic "
                               "subscription; 'docker-vm cleanup --dry-run' lists the unfinished "
                               "runs."),
                        2);
    const QString name = inv.positional().first();
    QString error;
    const auto journal = cloud::Journal::load(
        QDir(cloud::Journal::defaultDirectory()).filePath(name + QStringLiteral(".json")), &error);
    if (!journal)
        return inv.fail(Tr::tr("No unfinished run for %1: %2").arg(name, error));
    cli::withManagementClient(inv, inv.scope(), [&inv, journal](classic::ManagementClient *client) {
        auto *p = new Provisioner(client, journal->spec(), timingOptions(inv), inv.scope());
        startProvisioner(inv, p);
        QObject::connect(p, &Provisioner::finished, qApp, [&inv, p](bool ok) {
            if (!ok) {
                printOutcome(inv, *p);
                return inv.fail(p->result().error);
            }
            inv.out() << Tr::tr("%1 is ready. Try it:").arg(p->result().hostName) << '\n'
                      << "  " << p->result().dockerCommand() << '\n';
            inv.finish(0);
        });
        QString why;
        if (!p->resume(*journal, &why))
            inv.fail(why);
    });
}

} // namespace

DOCKERVM_CLI_COMMAND(
    QStringList{QStringLiteral("create")},
    QT_TRANSLATE_NOOP("cli",
                      "Create a VM with the Docker extension and TLS (azure vm docker create)."),
    runCreate);
DOCKERVM_CLI_COMMAND(QStringList{QStringLiteral("status")},
                     QT_TRANSLATE_NOOP("cli",
                                       "Show a Docker VM's state (classic: deployment, role and "
                                       "extension; signed-in: resource group, resources, VM "
                                       "power state and address)."),
                     runStatus);
DOCKERVM_CLI_COMMAND(QStringList{QStringLiteral("delete")},
                     QT_TRANSLATE_NOOP("cli",
                                       "Delete a Docker VM's cloud service with its VM and disks."),
                     runDelete);
DOCKERVM_CLI_COMMAND(QStringList{QStringLiteral("cleanup")},
                     QT_TRANSLATE_NOOP("cli", "Remove what unfinished create runs left behind."),
                     runCleanup);
DOCKERVM_CLI_COMMAND(
    QStringList{QStringLiteral("resume")},
    QT_TRANSLATE_NOOP("cli", "Go on waiting for a create run that stopped after its deployment."),
    runResume);
