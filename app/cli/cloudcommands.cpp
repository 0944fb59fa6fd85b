#include "cloudcommands.h"

#include "cloudsession.h"
#include "command.h"
#include "session.h"

#include "arm/armclient.h"
#include "arm/armcloud.h"
#include "classic/classiccloud.h"
#include "cloud/swarmremoval.h"
#include "cloud/swarmsteps.h"
#include "docker/swarm.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

namespace dockervm::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// "West US" (as the classic default and the portal say it) → "westus" (what ARM requests use).
QString armLocationName(const QString &text)
{
    QString name = text.trimmed().toLower();
    name.remove(QRegularExpression(QStringLiteral("\\s+")));
    return name;
}

bool readPortOption(Invocation &inv, const QString &option, int *port)
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

QJsonObject runJson(const cloud::RunResult &r, const QList<cloud::StepRow> &rows)
{
    QJsonArray nodes;
    for (const cloud::NodeResult &n : r.nodes)
        nodes.append(n.toJson());
    QJsonArray steps;
    for (const cloud::StepRow &row : rows)
        steps.append(QJsonObject{{QStringLiteral("id"), row.id},
                                 {QStringLiteral("label"), row.label},
                                 {QStringLiteral("state"), cloud::stepStateId(row.state)},
                                 {QStringLiteral("detail"), row.detail},
                                 {QStringLiteral("elapsedMs"), row.elapsedMs}});
    QJsonObject o{
        {QStringLiteral("ok"), r.ok},           {QStringLiteral("cancelled"), r.cancelled},
        {QStringLiteral("host"), r.hostName},   {QStringLiteral("port"), r.dockerPort},
        {QStringLiteral("certDir"), r.certDir}, {QStringLiteral("elapsedMs"), r.elapsedMs},
        {QStringLiteral("steps"), steps}};
    if (!r.nodes.isEmpty()) {
        o.insert(QStringLiteral("nodes"), nodes);
        o.insert(QStringLiteral("swarmLeader"), r.swarmLeader);
        o.insert(QStringLiteral("swarmId"), r.swarmId);
        o.insert(QStringLiteral("partial"), r.partial);
    }
    if (!r.ok) {
        o.insert(QStringLiteral("failedStep"), r.failedStep);
        o.insert(QStringLiteral("error"), r.error);
    }
    if (r.ok)
        o.insert(QStringLiteral("dockerCommand"), r.dockerCommand());
    return o;
}

// A multi-host run's nodes, as a table: NAME, HOST, PRIVATE, ROLE, STATE.
void printNodes(Invocation &inv, const cloud::RunResult &r)
{
    if (r.nodes.isEmpty())
        return;
    int w[3] = {4, 4, 7};
    for (const cloud::NodeResult &n : r.nodes) {
        w[0] = std::max(w[0], int(n.name.size()));
        w[1] = std::max(w[1], int(n.hostName.size()) + 6);
        w[2] = std::max(w[2], int(n.privateAddress.size()));
    }
    inv.out() << "  " << Tr::tr("NODE").leftJustified(w[0] + 2)
              << Tr::tr("DOCKER").leftJustified(w[1] + 2)
              << Tr::tr("PRIVATE").leftJustified(w[2] + 2) << Tr::tr("ROLE").leftJustified(9)
              << Tr::tr("STATE") << '\n';
    for (const cloud::NodeResult &n : r.nodes) {
        const QString state =
            n.ok ? (n.name == r.swarmLeader ? Tr::tr("leader") : Tr::tr("in the swarm"))
                 : Tr::tr("failed at %1: %2").arg(n.failedStep, n.error);
        inv.out()
            << "  " << n.name.leftJustified(w[0] + 2)
            << QStringLiteral("%1:%2").arg(n.hostName).arg(n.dockerPort).leftJustified(w[1] + 2)
            << n.privateAddress.leftJustified(w[2] + 2)
            << (n.role.isEmpty() ? QStringLiteral("-") : n.role).leftJustified(9) << state << '\n';
    }
}

// The nodes of a multi-host run that made it.
int okNodes(const cloud::RunResult &r)
{
    return int(std::count_if(r.nodes.begin(), r.nodes.end(),
                             [](const cloud::NodeResult &n) { return n.ok; }));
}

// A run that failed: what it removed, kept or left on stderr, then its error (and every field
// error it does not already name); the invocation ends with `exitCode`.
void failRun(Invocation &inv, const cloud::RunResult &r, int exitCode)
{
    printRunOutcome(inv, r);
    QString text = r.error;
    for (const cloud::FieldError &e : r.fieldErrors) {
        if (!text.contains(e.message))
            text += QLatin1Char('\n') + e.message;
    }
    inv.fail(text, exitCode);
}

// The end of a create or resume run: what failed and what it left, or the host, the Docker
// version it answered with over verified TLS, the certificates and how to use them.
void finishCreated(Invocation &inv, const cloud::RunResult &r, bool resumed = false,
                   const QList<cloud::StepRow> &rows = {})
{
    if (inv.json())
        inv.out() << QJsonDocument(runJson(r, rows)).toJson(QJsonDocument::Indented);
    if (!r.ok)
        return failRun(inv, r, r.cancelled ? 130 : 1);
    if (inv.json())
        return inv.finish(0);
    if (!r.nodes.isEmpty()) {
        const int in = okNodes(r);
        inv.out() << Tr::tr("Created a swarm of %1 host(s) in %2 s; leader %3.")
                         .arg(in)
                         .arg(r.elapsedMs / 1000.0, 0, 'f', 1)
                         .arg(r.swarmLeader)
                  << '\n';
        printNodes(inv, r);
        if (r.partial)
            inv.out() << Tr::tr("Some hosts failed and were removed; the swarm of the others was "
                                "kept (--keep-partial).")
                      << '\n';
    } else {
        inv.out() << (resumed ? Tr::tr("%1 is ready (resumed in %2 s).")
                              : Tr::tr("Created %1 in %2 s."))
                         .arg(r.hostName)
                         .arg(r.elapsedMs / 1000.0, 0, 'f', 1)
                  << '\n';
    }
    for (const QString &c : r.created)
        inv.out() << "  " << c << '\n';
    if (!r.docker.server.serverVersion.isEmpty())
        inv.out() << Tr::tr("Docker %1 answers on tcp://%2:%3 (TLS, verified).")
                         .arg(r.docker.server.serverVersion, r.hostName)
                         .arg(r.dockerPort)
                  << '\n';
    inv.out() << Tr::tr("Certificates: %1").arg(r.certDir) << '\n'
              << Tr::tr("Try it:") << '\n'
              << "  " << r.dockerCommand() << '\n';
    if (!r.nodes.isEmpty())
        inv.out()
            << "  "
            << QStringLiteral("docker-vm swarm status %1 -C %2")
                   .arg(r.hostName.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('-'), 0, -2),
                        r.certDir)
            << '\n';
    inv.finish(0);
}

// --ssh-key, --password-file, DOCKER_VM_PASSWORD or the prompt (never argv), as create and
// swarm add take them: a password only without an SSH key (then password sign-in is off).
// Fails the invocation and returns false when there is neither.
bool readCredentials(Invocation &inv, cloud::VmSpec &spec)
{
    const QCommandLineParser &p = inv.parser();
    if (p.isSet(QStringLiteral("ssh-key")))
        spec.sshKeyFile = QFileInfo(p.value(QStringLiteral("ssh-key"))).absoluteFilePath();

    // A password only without an SSH key (then password sign-in is off on the VM).
    const bool wantsPassword = p.isSet(QStringLiteral("password-file")) ||
                               qEnvironmentVariableIsSet("DOCKER_VM_PASSWORD") ||
                               spec.sshKeyFile.isEmpty();
    if (wantsPassword && !p.isSet(QStringLiteral("ssh-key"))) {
        spec.sshKeyFile.clear(); // an explicit password wins over the ~/.ssh default
        if (p.isSet(QStringLiteral("password-file"))) {
            QFile file(p.value(QStringLiteral("password-file")));
            if (!file.open(QIODevice::ReadOnly)) {
                inv.fail(Tr::tr("Cannot read the password file %1: %2")
                             .arg(file.fileName(), file.errorString()));
                return false;
            }
            spec.password = QString::fromUtf8(file.readLine()).trimmed();
        } else if (qEnvironmentVariableIsSet("DOCKER_VM_PASSWORD")) {
            spec.password = qEnvironmentVariable("DOCKER_VM_PASSWORD");
        } else {
            spec.password = readSecretFromTerminal(
                Tr::tr("Password for %1 on the VM: ")
                    .arg(spec.userName.isEmpty() ? Tr::tr("the administrator") : spec.userName));
            if (spec.password.isEmpty()) {
                inv.fail(Tr::tr("No SSH public key and no password: pass --ssh-key FILE, or a "
                                "password with --password-file, DOCKER_VM_PASSWORD or at the "
                                "prompt."),
                         2);
                return false;
            }
        }
    } else if (!spec.sshKeyFile.isEmpty()) {
        inv.err() << Tr::tr("Signing in to the VM with the SSH key %1 (password sign-in off).")
                         .arg(QDir::toNativeSeparators(spec.sshKeyFile))
                  << Qt::endl;
    }
    return true;
}

void startCreate(Invocation &inv, cloud::Cloud *cloud, const cloud::VmSpec &spec);

void validateAndCreate(Invocation &inv, cloud::Cloud *cloud, const cloud::VmSpec &spec)
{
    const QList<cloud::FieldError> errors = cloud->validate(spec);
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const cloud::FieldError &e : errors)
            lines << e.message;
        return inv.fail(lines.join(QLatin1Char('\n')), 2);
    }
    startCreate(inv, cloud, spec);
}

void startCreate(Invocation &inv, cloud::Cloud *cloud, const cloud::VmSpec &spec)
{
    cloud::RunOptions options = cloudRunOptions(inv, *cloud);
    options.waitForDocker = !inv.parser().isSet(QStringLiteral("no-wait"));
    options.tls.keyType = spec.keyType;
    options.keepPartial = inv.parser().isSet(QStringLiteral("keep-partial"));
    cloud::ProvisioningRun *run = cloud->create(spec, options, inv.scope());
    runOnTerminal(inv, run, [&inv](cloud::ProvisioningRun *p) {
        finishCreated(inv, p->result(), false, p->rows());
    });
}
} // namespace

void printSwarmNodes(Invocation &inv, const cloud::RunResult &r)
{
    printNodes(inv, r);
}

bool readNodeOptions(Invocation &inv, int *nodes, int *managers)
{
    const QCommandLineParser &p = inv.parser();
    bool ok = false;
    *nodes = p.value(QStringLiteral("nodes")).toInt(&ok);
    if (!ok) {
        inv.fail(Tr::tr("--nodes takes a number of hosts (1 to %1), not '%2'.")
                     .arg(cloud::kMaxNodes)
                     .arg(p.value(QStringLiteral("nodes"))),
                 2);
        return false;
    }
    *managers = cloud::defaultManagers(*nodes);
    if (p.isSet(QStringLiteral("managers"))) {
        *managers = p.value(QStringLiteral("managers")).toInt(&ok);
        if (!ok) {
            inv.fail(Tr::tr("--managers takes an odd number of swarm managers, not '%1'.")
                         .arg(p.value(QStringLiteral("managers"))),
                     2);
            return false;
        }
        if (*nodes == 1 && *managers != 1) {
            inv.fail(Tr::tr("--managers is for a swarm of several hosts; add --nodes N (N >= %1).")
                         .arg(qMax(2, *managers)),
                     2);
            return false;
        }
    }
    if (const QString why = cloud::validateNodes(*nodes, *managers); !why.isEmpty()) {
        inv.fail(why, 2);
        return false;
    }
    if (*nodes == 1 && p.isSet(QStringLiteral("keep-partial"))) {
        inv.fail(Tr::tr("--keep-partial is for a swarm of several hosts (--nodes N); a single host "
                        "that fails is always removed."),
                 2);
        return false;
    }
    return true;
}

void createOnCloud(Invocation &inv, cloud::Cloud *cloud)
{
    const QCommandLineParser &p = inv.parser();
    const QStringList args = inv.positional();
    if (args.size() != 3)
        return inv.fail(
            Tr::tr("create takes NAME IMAGE USER for a signed-in account (the password "
                   "comes from --password-file, DOCKER_VM_PASSWORD or the prompt, or use "
                   "--ssh-key); see 'docker-vm create --help'."),
            2);
    cloud::VmSpec spec = cloud->defaults();
    spec.dnsName = args[0];
    spec.imageName = args[1];
    spec.userName = args[2];
    if (!readNodeOptions(inv, &spec.nodes, &spec.managers))
        return;
    spec.location = armLocationName(p.value(QStringLiteral("location")));
    if (p.isSet(QStringLiteral("vm-size")))
        spec.size = p.value(QStringLiteral("vm-size"));
    if (p.isSet(QStringLiteral("vm-name")))
        spec.vmName = p.value(QStringLiteral("vm-name"));
    if (p.isSet(QStringLiteral("docker-cert-dir")))
        spec.certDir = QFileInfo(p.value(QStringLiteral("docker-cert-dir"))).absoluteFilePath();
    if (!readPortOption(inv, QStringLiteral("ssh"), &spec.sshPort))
        return;
    if (p.isSet(QStringLiteral("docker-port")) &&
        !readPortOption(inv, QStringLiteral("docker-port"), &spec.dockerPort))
        return;
    if (p.isSet(QStringLiteral("key-type"))) {
        const auto keyType = certs::keyTypeFromId(p.value(QStringLiteral("key-type")));
        if (!keyType)
            return inv.fail(Tr::tr("--key-type takes rsa4096, rsa2048 or ecdsa-p256, not '%1'.")
                                .arg(p.value(QStringLiteral("key-type"))),
                            2);
        spec.keyType = *keyType;
    }
    if (p.isSet(QStringLiteral("resource-group")))
        spec.resourceGroup = p.value(QStringLiteral("resource-group"));
    if (p.isSet(QStringLiteral("allow-from")))
        spec.allowFrom = p.value(QStringLiteral("allow-from"));
    if (!readCredentials(inv, spec))
        return;

    // IMAGE: "UbuntuLTS" (the newest supported Ubuntu LTS), a URN, or a part of an offered
    // image's label or URN. A full URN (publisher:offer:sku:version) is taken as given, as it is
    // when the list does not hold it: listing the images (several requests) would answer nothing.
    const QStringList urn = spec.imageName.split(QLatin1Char(':'));
    if (urn.size() == 4 && !urn.contains(QString()))
        return validateAndCreate(inv, cloud, spec);
    auto *context = new QObject(inv.scope());
    cloud->images(
        spec.location, context,
        [&inv, cloud, spec, context](const QList<cloud::Image> &images,
                                     const QString &error) mutable {
            context->deleteLater();
            if (!error.isEmpty())
                return inv.fail(
                    Tr::tr("Could not list the images of %1: %2").arg(spec.location, error));
            const QString wanted = spec.imageName;
            std::optional<cloud::Image> chosen;
            if (wanted.compare(QLatin1String("UbuntuLTS"), Qt::CaseInsensitive) == 0) {
                for (const cloud::Image &i : images) {
                    if (i.supported) {
                        chosen = i;
                        break;
                    }
                }
            } else {
                for (const cloud::Image &i : images) {
                    if (i.id.compare(wanted, Qt::CaseInsensitive) == 0) {
                        chosen = i;
                        break;
                    }
                }
                for (const cloud::Image &i : images) {
                    if (!chosen && (i.label.contains(wanted, Qt::CaseInsensitive) ||
                                    i.id.contains(wanted, Qt::CaseInsensitive)))
                        chosen = i;
                }
            }
            if (!chosen) {
                if (wanted.count(QLatin1Char(':')) != 3)
                    return inv.fail(
                        Tr::tr("No image matches '%1' in %2. Use UbuntuLTS, or list them "
                               "with 'docker-vm images -l %2'.")
                            .arg(wanted, spec.location),
                        2);
                // A full URN not in our list (another publisher): taken as given.
            } else {
                if (!chosen->supported)
                    inv.err() << Tr::tr("Warning: %1 is out of standard support (%2).")
                                     .arg(chosen->label, chosen->note)
                              << Qt::endl;
                if (chosen->id != wanted)
                    inv.err() << Tr::tr("Using the image %1 (%2).").arg(chosen->label, chosen->id)
                              << Qt::endl;
                spec.imageName = chosen->id;
            }
            validateAndCreate(inv, cloud, spec);
        });
}

void locationsOnCloud(Invocation &inv, cloud::Cloud *cloud)
{
    auto *context = new QObject(inv.scope());
    cloud->locations(
        context, [&inv, context](const QList<cloud::Location> &locations, const QString &error) {
            context->deleteLater();
            if (!error.isEmpty())
                return inv.fail(error);
            if (inv.json()) {
                QJsonArray array;
                for (const cloud::Location &l : locations)
                    array.append(QJsonObject{{QStringLiteral("name"), l.name},
                                             {QStringLiteral("displayName"), l.displayName}});
                inv.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
                return inv.finish(0);
            }
            int width = 4;
            for (const cloud::Location &l : locations)
                width = std::max(width, int(l.name.size()));
            inv.out() << Tr::tr("NAME").leftJustified(width + 2) << Tr::tr("DISPLAY NAME") << '\n';
            for (const cloud::Location &l : locations)
                inv.out() << l.name.leftJustified(width + 2) << l.displayName << '\n';
            inv.finish(0);
        });
}

void imagesOnCloud(Invocation &inv, cloud::Cloud *cloud, const QString &location)
{
    const QString where = armLocationName(location);
    auto *context = new QObject(inv.scope());
    cloud->images(
        where, context,
        [&inv, context, where](const QList<cloud::Image> &images, const QString &error) {
            context->deleteLater();
            if (!error.isEmpty())
                return inv.fail(Tr::tr("Could not list the images of %1: %2").arg(where, error));
            if (inv.json()) {
                QJsonArray array;
                for (const cloud::Image &i : images)
                    array.append(QJsonObject{
                        {QStringLiteral("id"), i.id},
                        {QStringLiteral("label"), i.label},
                        {QStringLiteral("generation"), i.generation},
                        {QStringLiteral("supported"), i.supported},
                        {QStringLiteral("note"), i.note},
                        {QStringLiteral("published"), i.published.toString(Qt::ISODate)},
                    });
                inv.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
                return inv.finish(0);
            }
            if (images.isEmpty()) {
                inv.err() << Tr::tr("No Ubuntu LTS image is offered in %1.").arg(where) << '\n';
                return inv.finish(0);
            }
            int width = 2;
            for (const cloud::Image &i : images)
                width = std::max(width, int(i.id.size()));
            inv.out() << Tr::tr("ID").leftJustified(width + 2) << Tr::tr("IMAGE") << '\n';
            for (const cloud::Image &i : images) {
                QString line = i.id.leftJustified(width + 2) + i.label;
                if (!i.supported)
                    line += QStringLiteral("  [") + Tr::tr("out of standard support") +
                            QLatin1Char(']');
                else if (!i.note.isEmpty())
                    line += QStringLiteral("  (") + i.note + QLatin1Char(')');
                inv.out() << line << '\n';
            }
            inv.out() << Tr::tr("'UbuntuLTS' in 'docker-vm create' means the first supported one.")
                      << '\n';
            inv.finish(0);
        });
}

void deleteOnCloud(Invocation &inv, cloud::Cloud *cloud, const QString &name)
{
    cloud::ProvisioningRun *run = cloud->remove(name, cloudRunOptions(inv, *cloud), inv.scope());
    inv.err() << Tr::tr("Deleting %1 with what this tool made for it…").arg(name) << Qt::endl;
    runOnTerminal(inv, run, [&inv, name](cloud::ProvisioningRun *p) {
        const cloud::RunResult &r = p->result();
        printRunOutcome(inv, r);
        if (!r.ok)
            return inv.fail(r.error, r.cancelled ? 130 : 1);
        inv.out() << Tr::tr("Deleted %1.").arg(name) << '\n';
        inv.finish(0);
    });
}

void statusOnArmCloud(Invocation &inv, cloud::Cloud *cloud, const QString &name)
{
    auto *arm = qobject_cast<arm::ArmCloud *>(cloud);
    if (!arm)
        return inv.fail(
            Tr::tr("status NAME on a signed-in account needs its Resource Manager cloud."));
    auto *context = new QObject(inv.scope());
    arm->status(name, context, [&inv, context](const arm::ArmHostStatus &s, const QString &error) {
        context->deleteLater();
        if (!error.isEmpty())
            return inv.fail(error);
        if (inv.json()) {
            inv.out() << QJsonDocument(s.toJson()).toJson(QJsonDocument::Indented);
            return inv.finish(0);
        }
        const QString unknown = Tr::tr("unknown");
        inv.out() << Tr::tr("Host %1 in resource group %2 (%3, %4)")
                         .arg(s.name, s.resourceGroup, s.location,
                              s.vmSize.isEmpty() ? unknown : s.vmSize)
                  << '\n';
        inv.out() << Tr::tr("  VM: provisioning %1, power %2")
                         .arg(s.provisioningState.isEmpty() ? unknown : s.provisioningState,
                              s.powerState.isEmpty() ? unknown : s.powerState)
                  << '\n';
        if (!s.fqdn.isEmpty() || !s.ipAddress.isEmpty())
            inv.out() << Tr::tr("  Address: %1 (%2)")
                             .arg(s.fqdn.isEmpty() ? unknown : s.fqdn,
                                  s.ipAddress.isEmpty() ? Tr::tr("no IP yet") : s.ipAddress)
                      << '\n';
        inv.out() << Tr::tr("  Resources in %1:").arg(s.resourceGroup) << '\n';
        for (const arm::ArmHostStatus::Resource &r : s.resources)
            inv.out() << "    " << r.type << ' ' << r.name << '\n';
        inv.finish(0);
    });
}

void resumeOnCloud(Invocation &inv, cloud::Cloud *cloud, const QString &name)
{
    QList<cloud::Journal> mine;
    QStringList names;
    for (const cloud::Journal &j : cloud::Journal::unfinished()) {
        if (j.cloud() != cloud->kind() ||
            j.accountId().compare(cloud->accountId(), Qt::CaseInsensitive) != 0)
            continue;
        names << j.dnsName();
        if (name.isEmpty() || j.dnsName().compare(name, Qt::CaseInsensitive) == 0 ||
            j.spec().hostName().compare(name, Qt::CaseInsensitive) == 0)
            mine << j;
    }
    const QString account = QStringLiteral("%1 (%2)").arg(cloud->accountName(), cloud->accountId());
    if (mine.isEmpty()) {
        if (names.isEmpty())
            return inv.fail(
                Tr::tr("No unfinished run to resume on %1. 'docker-vm cleanup --dry-run' "
                       "lists the unfinished runs of every account.")
                    .arg(account));
        return inv.fail(Tr::tr("No unfinished run for %1 on %2; its unfinished runs are: %3.")
                            .arg(name, account, names.join(QStringLiteral(", "))));
    }
    if (mine.size() > 1)
        return inv.fail(Tr::tr("%1 has %2 unfinished runs (%3): name the one to resume, e.g. "
                               "'docker-vm resume %4'.")
                            .arg(account)
                            .arg(mine.size())
                            .arg(names.join(QStringLiteral(", ")), names.first()),
                        2);
    QString error;
    cloud::ProvisioningRun *run =
        cloud->resume(mine.first(), cloudRunOptions(inv, *cloud), inv.scope(), &error);
    if (!run)
        return inv.fail(error);
    inv.err() << Tr::tr("Resuming the run for %1…").arg(mine.first().spec().hostName()) << Qt::endl;
    runOnTerminal(inv, run,
                  [&inv](cloud::ProvisioningRun *p) { finishCreated(inv, p->result(), true); });
}

void addRunOptions(Invocation &inv)
{
    QCommandLineOption simulated(
        QStringLiteral("simulated-endpoints"),
        Tr::tr(
            "Demo/tests only: against the simulator on loopback, reach the VM's Docker port at the "
            "loopback address the simulated deployment reports, still verifying the certificate "
            "for <name>.cloudapp.net."));
    simulated.setFlags(QCommandLineOption::HiddenFromHelp);
    inv.parser().addOption(simulated);
    inv.parser().addOptions({
        {QStringLiteral("poll-interval"),
         Tr::tr("Milliseconds between status polls (default 5000)."), QStringLiteral("MS"),
         QStringLiteral("5000")},
        {QStringLiteral("docker-wait"),
         Tr::tr("Seconds to wait for Docker to answer (default 600)."), QStringLiteral("SECONDS"),
         QStringLiteral("600")},
    });
}

namespace {
// The end of a swarm add: the new hosts (or what failed and what was removed).
void finishAdded(Invocation &inv, const QString &name, const cloud::RunResult &r,
                 const QList<cloud::StepRow> &rows)
{
    if (inv.json())
        inv.out() << QJsonDocument(runJson(r, rows)).toJson(QJsonDocument::Indented);
    if (!r.ok) {
        const bool badInput = r.failedStep == QLatin1String("validate") || !r.fieldErrors.isEmpty();
        return failRun(inv, r, r.cancelled ? 130 : badInput ? 2 : 1);
    }
    printRunOutcome(inv, r);
    if (inv.json())
        return inv.finish(0);
    const int in = okNodes(r);
    inv.out() << Tr::tr("Added %n host(s) to the swarm %1 in %2 s (asked the manager %3).", nullptr,
                        in)
                     .arg(name)
                     .arg(r.elapsedMs / 1000.0, 0, 'f', 1)
                     .arg(r.swarmLeader)
              << '\n';
    printNodes(inv, r);
    if (r.partial)
        inv.out() << Tr::tr("Some new hosts failed and were removed; the ones that joined were "
                            "kept (--keep-partial).")
                  << '\n';
    inv.out() << Tr::tr("Certificates: %1 (the same CA and client certificate)").arg(r.certDir)
              << '\n'
              << Tr::tr("Try it:") << '\n'
              << "  " << QStringLiteral("docker-vm swarm status %1 -C %2").arg(name, r.certDir)
              << '\n';
    inv.finish(0);
}
} // namespace

void swarmAddOnCloud(Invocation &inv, cloud::Cloud *cloud, const QString &name, int count)
{
    const QCommandLineParser &p = inv.parser();
    cloud::VmSpec spec = cloud->defaults();
    spec.dnsName = name;
    spec.userName = p.value(QStringLiteral("user"));
    if (p.isSet(QStringLiteral("docker-cert-dir")))
        spec.certDir = QFileInfo(p.value(QStringLiteral("docker-cert-dir"))).absoluteFilePath();
    if (p.isSet(QStringLiteral("key-type"))) {
        const auto keyType = certs::keyTypeFromId(p.value(QStringLiteral("key-type")));
        if (!keyType)
            return inv.fail(Tr::tr("--key-type takes rsa4096, rsa2048 or ecdsa-p256, not '%1'.")
                                .arg(p.value(QStringLiteral("key-type"))),
                            2);
        spec.keyType = *keyType;
    }
    if (!cloud->supportsSshKeys()) {
        spec.sshKeyFile.clear();
        if (p.isSet(QStringLiteral("ssh-key")))
            return inv.fail(Tr::tr("--ssh-key is for signed-in (Resource Manager) subscriptions; "
                                   "the swarm's VMs on a classic subscription sign in with a "
                                   "password (--password-file, DOCKER_VM_PASSWORD or the "
                                   "prompt)."),
                            2);
    }
    // The certificate folder first: without ca-key.pem nothing can be added, so no prompt.
    if (const QString problem = cloud::caProblemForAdd(spec.effectiveCertDir()); !problem.isEmpty())
        return inv.fail(problem, 2);
    if (!readCredentials(inv, spec))
        return;
    cloud::RunOptions options = cloudRunOptions(inv, *cloud);
    options.tls.keyType = spec.keyType;
    options.keepPartial = p.isSet(QStringLiteral("keep-partial"));
    cloud::ProvisioningRun *run = cloud->addSwarmNodes(spec, count, options, inv.scope());
    inv.err() << Tr::tr("Adding %n host(s) to the swarm %1…", nullptr, count).arg(name) << Qt::endl;
    runOnTerminal(inv, run, [&inv, name](cloud::ProvisioningRun *r) {
        finishAdded(inv, name, r->result(), r->rows());
    });
}

void cleanupOnCloud(Invocation &inv, cloud::Cloud *cloud, const QList<cloud::Journal> &journals)
{
    auto queue = std::make_shared<QList<cloud::Journal>>(journals);
    auto failures = std::make_shared<int>(0);
    // The step holds itself weakly (a strong self-capture is a reference cycle); the running
    // run's connection keeps it alive.
    auto next = std::make_shared<std::function<void()>>();
    *next = [&inv, cloud, queue, failures, self = std::weak_ptr<std::function<void()>>(next)] {
        const auto keep = self.lock();
        if (!keep)
            return;
        if (queue->isEmpty())
            return inv.finish(*failures ? 1 : 0);
        const cloud::Journal j = queue->takeFirst();
        if (j.cloud() != cloud->kind() ||
            j.accountId().compare(cloud->accountId(), Qt::CaseInsensitive) != 0) {
            inv.err() << Tr::tr("Skipping %1: it was made with %2 account %3; run cleanup with "
                                "--subscription %4.")
                             .arg(j.dnsName(), cloud::kindLabel(j.cloud()), j.accountId(),
                                  (j.cloud() == cloud::Kind::ResourceManager
                                       ? QStringLiteral("arm:")
                                       : QStringLiteral("classic:")) +
                                      j.accountId())
                      << Qt::endl;
            ++*failures;
            return (*keep)();
        }
        cloud::ProvisioningRun *run = cloud->cleanup(j, cloudRunOptions(inv, *cloud), inv.scope());
        QObject::connect(run, &cloud::ProvisioningRun::message, inv.scope(),
                         [&inv](const QString &t) { inv.err() << t << Qt::endl; });
        QObject::connect(run, &cloud::ProvisioningRun::finished, inv.scope(),
                         [&inv, run, failures, keep](bool) {
                             run->deleteLater();
                             if (!run->result().leftBehind.isEmpty())
                                 ++*failures;
                             printRunOutcome(inv, run->result());
                             (*keep)();
                         });
        run->start();
    };
    (*next)();
}

namespace {

using SwarmNodes = QList<cloud::SwarmMember>;

quint16 memberPort(const cloud::SwarmMember &n, quint16 defaultPort)
{
    return n.dockerPort > 0 ? quint16(n.dockerPort) : defaultPort;
}

docker::EngineEndpoint nodeEndpoint(const cloud::SwarmMember &n, quint16 defaultPort,
                                    const SwarmStatusRequest &request)
{
    docker::EngineEndpoint endpoint;
    endpoint.host = n.hostName;
    endpoint.port = memberPort(n, defaultPort);
    endpoint.certDir = request.certDir;
    endpoint.timeoutMs = request.timeoutMs;
    // Demo/tests only: the simulated VM's Docker at its loopback public IP.
    if (request.simulated && isLoopbackName(n.publicAddress))
        endpoint.hostOverrides.map(n.hostName, endpoint.port, QHostAddress(n.publicAddress),
                                   endpoint.port);
    return endpoint;
}

// The nodes of the swarm NAME as its cloud lists them, NAME-1 first.
void swarmNodes(Invocation &inv, cloud::Cloud *cloud, const QString &name,
                std::function<void(const SwarmNodes &)> then)
{
    auto *context = new QObject(inv.scope());
    cloud->swarmMembers(name, context,
                        [&inv, context, then](const SwarmNodes &nodes, const QString &error) {
                            context->deleteLater();
                            if (!error.isEmpty())
                                return inv.fail(error);
                            then(nodes);
                        });
}

// Asks the nodes in order (except `skip`) until one answers as a manager (GET /info, GET
// /nodes); fails the invocation naming every node's answer when none does.
void askManagers(Invocation &inv, const QString &name, const SwarmNodes &nodes, quint16 port,
                 const SwarmStatusRequest &request, const QString &skip,
                 std::function<void(const docker::SwarmStatusReport &,
                                    const docker::EngineEndpoint &, const QString &)>
                     found)
{
    auto errors = std::make_shared<QStringList>();
    // The function holds itself only weakly; each pending status holds it.
    auto ask = std::make_shared<std::function<void(int)>>();
    const std::weak_ptr<std::function<void(int)>> weakAsk = ask;
    *ask = [&inv, nodes, port, request, errors, weakAsk, name, skip, found](int i) {
        const auto self = weakAsk.lock();
        while (i < nodes.size() && nodes.at(i).name.compare(skip, Qt::CaseInsensitive) == 0)
            ++i;
        if (!self || i >= nodes.size())
            return inv.fail(Tr::tr("No node of %1 answered as a swarm manager:\n  %2")
                                .arg(name, errors->join(QStringLiteral("\n  "))));
        const docker::EngineEndpoint endpoint = nodeEndpoint(nodes.at(i), port, request);
        const QString nodeName = nodes.at(i).name;
        auto *status = new docker::SwarmStatus(endpoint, nodeName, inv.scope());
        QObject::connect(status, &docker::SwarmStatus::finished, status,
                         [status, self, errors, i, nodeName, endpoint,
                          found](const docker::SwarmStatusReport &report) {
                             status->deleteLater();
                             if (!report.ok) {
                                 *errors << Tr::tr("%1: %2").arg(nodeName, report.error.message);
                                 return (*self)(i + 1);
                             }
                             found(report, endpoint, nodeName);
                         });
        status->start();
    };
    (*ask)(0);
}

} // namespace

void withCloud(Invocation &inv, std::function<void(cloud::Cloud *)> then)
{
    if (routeToArmCloud(inv, then))
        return;
    withManagementClient(inv, inv.scope(), [&inv, then](classic::ManagementClient *client) {
        then(new classic::ClassicCloud(client, QStringLiteral("Ubuntu-14_04"), inv.scope()));
    });
}

void swarmStatusOnCloud(Invocation &inv, cloud::Cloud *cloud, const QString &name,
                        const SwarmStatusRequest &request)
{
    const quint16 port =
        request.dockerPort ? request.dockerPort : quint16(cloud->defaults().dockerPort);
    swarmNodes(inv, cloud, name, [&inv, name, port, request](const SwarmNodes &nodes) {
        askManagers(inv, name, nodes, port, request, {},
                    [&inv, name](const docker::SwarmStatusReport &report,
                                 const docker::EngineEndpoint &, const QString &asked) {
                        if (inv.json()) {
                            QJsonObject o = report.toJson();
                            o.insert(QStringLiteral("askedNode"), asked);
                            inv.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
                            return inv.finish(0);
                        }
                        inv.out() << Tr::tr("Swarm of %1, asked %2 (leader: %3):")
                                         .arg(name, asked, report.leaderHostname)
                                  << '\n'
                                  << report.toText();
                        inv.finish(0);
                    });
    });
}

void swarmRemoveOnCloud(Invocation &inv, cloud::Cloud *cloud, const QString &name,
                        const QString &node, const SwarmStatusRequest &request)
{
    const quint16 port =
        request.dockerPort ? request.dockerPort : quint16(cloud->defaults().dockerPort);
    QPointer<cloud::Cloud> guard(cloud);
    swarmNodes(inv, cloud, name, [&inv, guard, name, node, port, request](const SwarmNodes &nodes) {
        cloud::SwarmRemovalInput in;
        in.swarmName = name;
        in.node = node;
        for (const cloud::SwarmMember &n : nodes)
            in.nodes.append({n.name, nodeEndpoint(n, port, request)});
        if (inv.parser().isSet(QStringLiteral("poll-interval")))
            in.pollIntervalMs =
                qBound(10, inv.parser().value(QStringLiteral("poll-interval")).toInt(), 1000);
        auto *removal = new cloud::SwarmNodeRemoval(in, inv.scope());
        QObject::connect(removal, &cloud::SwarmNodeRemoval::message, inv.scope(),
                         [&inv](const QString &text) { inv.err() << text << Qt::endl; });
        QObject::connect(
            removal, &cloud::SwarmNodeRemoval::finished, inv.scope(),
            [&inv, guard, removal, name](const cloud::SwarmRemovalResult &result) {
                removal->deleteLater();
                if (!result.ok)
                    return inv.fail(result.error, result.refused ? 2 : 1);
                if (!guard)
                    return inv.fail(Tr::tr("The connection to the subscription was closed."));
                const QString victim = result.node;
                cloud::RunOptions o;
                if (inv.parser().isSet(QStringLiteral("poll-interval")))
                    o.pollIntervalMs =
                        qMax(10, inv.parser().value(QStringLiteral("poll-interval")).toInt());
                cloud::ProvisioningRun *run = guard->removeSwarmNode(name, victim, o, inv.scope());
                inv.err() << Tr::tr("Deleting the VM %1 with what only it uses…").arg(victim)
                          << Qt::endl;
                runOnTerminal(inv, run, [&inv, victim](cloud::ProvisioningRun *p) {
                    const cloud::RunResult &r = p->result();
                    printRunOutcome(inv, r);
                    if (!r.ok)
                        return inv.fail(r.error, r.cancelled ? 130 : 1);
                    inv.out() << Tr::tr("Removed %1 from the swarm and deleted its VM.").arg(victim)
                              << '\n';
                    inv.finish(0);
                });
            });
        removal->start();
    });
}

} // namespace dockervm::cli
