#include "arm/armcloud.h"

#include "arm/apiversions.h"
#include "arm/armbodies.h"
#include "arm/armcatalogue.h"
#include "arm/armclient.h"
#include "arm/armrules.h"
#include "cloud/swarmsteps.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <optional>

namespace dockervm::arm {
namespace {

// Runs `fn` on the event loop while `context` lives (the interface's promise: always later).
template <typename Fn> void later(QObject *context, Fn fn)
{
    QTimer::singleShot(0, context, std::move(fn));
}

// Hands a finished job to `handle` while `context` lives; the job goes when it is done.
template <typename Job, typename Handle> void whenDone(Job *job, QObject *context, Handle handle)
{
    const QMetaObject::Connection done =
        QObject::connect(job, &CatalogueJob::finished, context, [job, handle] {
            job->deleteLater();
            handle(job);
        });
    // A context that dies first takes nothing with it: the job is aborted and deleted. The abort
    // finishes the job at once, while the context is half destroyed (QObject::destroyed comes
    // from ~QObject, after the derived destructors), so `handle` is cut off first: it must never
    // run for a context that is going away.
    QObject::connect(context, &QObject::destroyed, job, [job, done] {
        QObject::disconnect(done);
        job->abort();
        job->deleteLater();
    });
}

} // namespace

ArmCloud::ArmCloud(ArmClient *client, Options options, QObject *parent)
    : cloud::Cloud(parent), m_client(client), m_options(std::move(options))
{
    if (m_client) {
        m_catalogue = new ArmCatalogue(m_client, this);
        connect(m_client, &ArmClient::busyChanged, this, &ArmCloud::busyChanged);
    }
}

ArmCloud::~ArmCloud() = default;

QString ArmCloud::dnsSuffixFor(const QString &location)
{
    return location.toLower() + QStringLiteral(".cloudapp.azure.com");
}

cloud::VmSpec ArmCloud::normalised(cloud::VmSpec spec)
{
    if (!spec.location.isEmpty() &&
        (spec.dnsSuffix.isEmpty() || spec.dnsSuffix == QLatin1String("cloudapp.net") ||
         spec.dnsSuffix.endsWith(QLatin1String(".cloudapp.azure.com"))))
        spec.dnsSuffix = dnsSuffixFor(spec.location);
    return spec;
}

cloud::VmSpec ArmCloud::defaults() const
{
    cloud::VmSpec spec;
    spec.size = preferredSize();
    spec.sshPort = 22;
    spec.dockerPort = kDefaultDockerPort;
    spec.keyType =
        certs::KeyType::EcdsaP256; // small certificates: customData stays far below 64 KiB
    spec.allowFrom = QStringLiteral("*");
    spec.sshKeyFile = rules::defaultSshKeyFile();
    spec.dnsSuffix = QString(); // set from the region once chosen
    return spec;
}

QString ArmCloud::hostName(const cloud::VmSpec &spec) const
{
    return normalised(spec).hostName();
}

QString ArmCloud::createDescription(const cloud::VmSpec &spec) const
{
    const QString group =
        spec.resourceGroup.isEmpty()
            ? tr("a new resource group %1 (removed with the host)").arg(spec.effectiveVmName())
            : tr("the existing resource group %1").arg(spec.resourceGroup);
    if (spec.nodes > 1)
        return tr("In %1, in %2: a network security group (only the SSH and Docker ports from "
                  "outside), a virtual network with a subnet, and for each of the %3 hosts a "
                  "static "
                  "public IP address, a network interface and a virtual machine with its managed "
                  "disk. cloud-init installs Docker with your certificates.")
            .arg(group, spec.location)
            .arg(spec.nodes);
    return tr("In %1, in %2: a network security group (only the SSH and Docker ports), a virtual "
              "network with a subnet, a static public IP address named %3, a network interface "
              "and the virtual machine with its managed disk. cloud-init installs Docker with "
              "your certificates.")
        .arg(group, spec.location, hostName(spec));
}

QString ArmCloud::costNote(const cloud::VmSpec &spec) const
{
    if (spec.nodes > 1)
        return tr("On Azure every VM, its disk and its static public IP address cost money while "
                  "they exist, even when idle: delete the swarm's hosts with `docker-vm delete "
                  "%1` when you no longer need them.")
            .arg(spec.effectiveVmName());
    return tr("On Azure the VM, its disk and its static public IP address cost money while they "
              "exist, even when idle: delete the host with `docker-vm delete %1` when you no "
              "longer need it.")
        .arg(spec.effectiveVmName());
}

QList<cloud::FieldError> ArmCloud::validate(const cloud::VmSpec &spec) const
{
    return rules::validate(normalised(spec));
}

QString ArmCloud::validateField(cloud::FieldError::Field field, const cloud::VmSpec &spec) const
{
    return rules::validateField(field, normalised(spec));
}

QList<cloud::PasswordRule> ArmCloud::passwordChecklist(const QString &password) const
{
    return rules::passwordChecklist(password);
}

void ArmCloud::locations(QObject *context, Callback<QList<cloud::Location>> done)
{
    if (!m_catalogue)
        return later(context, [done] { done({}, tr("No Azure account is signed in.")); });
    whenDone(m_catalogue->locations(m_options.subscriptionId), context, [done](LocationsJob *job) {
        if (!job->ok())
            return done({}, job->error().userMessage());
        QList<cloud::Location> out;
        for (const Location &l : job->locations())
            out.append({l.name, l.displayName});
        done(out, QString());
    });
}

void ArmCloud::images(const QString &location, QObject *context, Callback<QList<cloud::Image>> done)
{
    if (!m_catalogue)
        return later(context, [done] { done({}, tr("No Azure account is signed in.")); });
    whenDone(m_catalogue->ubuntuImages(m_options.subscriptionId, location), context,
             [done](UbuntuImagesJob *job) {
                 if (!job->ok())
                     return done({}, job->error().userMessage());
                 const auto alias = job->alias();
                 QList<cloud::Image> out;
                 for (const UbuntuImage &i : job->images()) {
                     cloud::Image image;
                     image.id = i.urn();
                     image.label = i.displayName();
                     image.published = QDateTime(i.releaseDate, QTime(0, 0), Qt::UTC);
                     image.generation =
                         i.generation == 2 ? QStringLiteral("V2") : QStringLiteral("V1");
                     image.supported = !i.outOfStandardSupport;
                     if (i.outOfStandardSupport) {
                         image.note = tr("out of standard support since %1")
                                          .arg(i.standardSupportEnd.toString(Qt::ISODate));
                         image.tag = tr("out of support");
                     } else if (alias && alias->urn() == i.urn())
                         image.note = tr("newest (UbuntuLTS)");
                     out.append(image);
                 }
                 done(out, QString());
             });
}

void ArmCloud::sizes(const QString &location, const cloud::Image &image, QObject *context,
                     Callback<QList<cloud::Size>> done)
{
    if (!m_catalogue)
        return later(context, [done] { done({}, tr("No Azure account is signed in.")); });
    const int generation = image.generation == QLatin1String("V2")   ? 2
                           : image.generation == QLatin1String("V1") ? 1
                                                                     : 0;
    whenDone(m_catalogue->vmSizes(m_options.subscriptionId, location, generation), context,
             [done](VmSizesJob *job) {
                 if (!job->ok())
                     return done({}, job->error().userMessage());
                 QList<cloud::Size> out;
                 for (const VmSize &s : job->sizes()) {
                     const cloud::Size size{s.name, s.displayName(), s.vCpus, s.memoryGb};
                     if (s.name == preferredSize())
                         out.prepend(size); // the default first
                     else
                         out.append(size);
                 }
                 done(out, QString());
             });
}

void ArmCloud::checkName(const cloud::VmSpec &spec, QObject *context,
                         std::function<void(const cloud::NameCheck &)> done)
{
    const cloud::VmSpec s = normalised(spec);
    const QString invalid = rules::validateDnsLabel(s.dnsName);
    if (!invalid.isEmpty())
        return later(context, [done, invalid] { done({false, invalid, false}); });
    if (s.location.isEmpty())
        return later(context, [done] {
            done({false, tr("Choose a region first: DNS labels are unique per region."), true});
        });
    if (!m_catalogue)
        return later(context, [done] {
            done({false, tr("No Azure account is signed in."), true});
        });
    if (s.nodes > 1)
        return checkNodeNames(s, context, std::move(done));
    const QString host = s.hostName();
    const QString location = s.location;
    whenDone(m_catalogue->checkDnsLabel(m_options.subscriptionId, s.location, s.dnsName), context,
             [done, host, location](DnsLabelJob *job) {
                 if (!job->ok())
                     return done({false,
                                  tr("Could not check whether %1 is free: %2")
                                      .arg(host, job->error().userMessage()),
                                  true});
                 if (!job->available())
                     return done({false,
                                  tr("%1 is already used by another public IP in %2; choose "
                                     "another DNS label.")
                                      .arg(host, location),
                                  false});
                 done({true, tr("%1 is free").arg(host), false});
             });
}

void ArmCloud::checkNodeNames(const cloud::VmSpec &s, QObject *context,
                              std::function<void(const cloud::NameCheck &)> done)
{
    // A swarm's hosts are NAME-1 … NAME-N, each with its own public IP and DNS label: all of
    // them must be free (what create checks first), not NAME, which no host uses. Asked all at
    // once; the answer names the first taken label (in node order) or the first error.
    struct Pending
    {
        QList<std::optional<cloud::NameCheck>> answers;
        std::function<void(const cloud::NameCheck &)> done;
        bool finished = false;
    };
    auto pending = std::make_shared<Pending>();
    pending->answers.resize(s.nodes);
    pending->done = std::move(done);
    const QString first = cloud::nodeName(s.dnsName, 1) + QLatin1Char('.') + s.dnsSuffix;
    const QString last = cloud::nodeName(s.dnsName, s.nodes) + QLatin1Char('.') + s.dnsSuffix;
    const QString location = s.location;
    for (int i = 1; i <= s.nodes; ++i) {
        const QString invalid = rules::validateDnsLabel(cloud::nodeName(s.dnsName, i));
        if (!invalid.isEmpty())
            return later(context, [done = pending->done, invalid] {
                done({false, invalid, false});
            });
    }
    for (int i = 1; i <= s.nodes; ++i) {
        const QString label = cloud::nodeName(s.dnsName, i);
        const QString host = label + QLatin1Char('.') + s.dnsSuffix;
        whenDone(m_catalogue->checkDnsLabel(m_options.subscriptionId, location, label), context,
                 [pending, i, host, first, last, location](DnsLabelJob *job) {
                     if (pending->finished)
                         return;
                     if (!job->ok())
                         pending->answers[i - 1] =
                             cloud::NameCheck{false,
                                              tr("Could not check whether %1 is free: %2")
                                                  .arg(host, job->error().userMessage()),
                                              true};
                     else if (!job->available())
                         pending->answers[i - 1] = cloud::NameCheck{
                             false,
                             tr("%1 is already used by another public IP in %2; choose another DNS "
                                "label (each host of the swarm gets the label NAME-i).")
                                 .arg(host, location),
                             false};
                     else
                         pending->answers[i - 1] =
                             cloud::NameCheck{true, tr("%1 … %2 are free").arg(first, last), false};
                     // Answer once every label has, or at once when one is taken (nothing later can
                     // make the name usable).
                     const cloud::NameCheck &mine = *pending->answers[i - 1];
                     const bool all =
                         std::all_of(pending->answers.cbegin(), pending->answers.cend(),
                                     [](const auto &a) { return a.has_value(); });
                     if (!all && (mine.available || mine.error))
                         return;
                     pending->finished = true;
                     for (const auto &answer : std::as_const(pending->answers))
                         if (answer && !answer->available && !answer->error)
                             return pending->done(*answer);
                     for (const auto &answer : std::as_const(pending->answers))
                         if (answer && !answer->available)
                             return pending->done(*answer);
                     pending->done(mine);
                 });
    }
}

ArmProvisioner::Setup ArmCloud::setup() const
{
    return {m_client, m_options.subscriptionId, m_options.simulatedDockerEndpoint};
}

cloud::RunOptions ArmCloud::withArmDefaults(cloud::RunOptions options)
{
    // RunOptions' own default is the classic 10 minutes; cloud-init needs longer.
    if (options.dockerWaitSeconds == cloud::RunOptions().dockerWaitSeconds)
        options.dockerWaitSeconds = kDefaultDockerWaitSeconds;
    return options;
}

cloud::ProvisioningRun *ArmCloud::create(const cloud::VmSpec &spec,
                                         const cloud::RunOptions &options, QObject *parent)
{
    return new ArmProvisioner(setup(), normalised(spec), withArmDefaults(options), parent);
}

cloud::ProvisioningRun *ArmCloud::resume(const cloud::Journal &journal,
                                         const cloud::RunOptions &options, QObject *parent,
                                         QString *error)
{
    if (journal.cloud() != cloud::Kind::ResourceManager ||
        journal.accountId() != m_options.subscriptionId) {
        if (error)
            *error = tr("The unfinished run for %1 belongs to another account (%2); select that "
                        "account to resume it.")
                         .arg(journal.spec().hostName(), journal.accountId());
        return nullptr;
    }
    auto *run = new ArmProvisioner(setup(), journal.spec(), withArmDefaults(options), parent);
    if (!run->prepareResume(journal, error)) {
        delete run;
        return nullptr;
    }
    return run;
}

cloud::ProvisioningRun *ArmCloud::cleanup(const cloud::Journal &journal,
                                          const cloud::RunOptions &options, QObject *parent)
{
    auto *run = new ArmProvisioner(setup(), journal.spec(), options, parent);
    run->prepareCleanup(journal);
    return run;
}

cloud::ProvisioningRun *ArmCloud::remove(const QString &name, const cloud::RunOptions &options,
                                         QObject *parent)
{
    cloud::VmSpec spec;
    spec.dnsName = name;
    auto *run = new ArmProvisioner(setup(), spec, options, parent);
    run->prepareRemove(name);
    return run;
}

cloud::ProvisioningRun *ArmCloud::removeNode(const QString &name, const QString &node,
                                             const cloud::RunOptions &options, QObject *parent)
{
    cloud::VmSpec spec;
    spec.dnsName = name;
    auto *run = new ArmProvisioner(setup(), spec, options, parent);
    run->prepareRemoveNode(name, node);
    return run;
}

cloud::ProvisioningRun *ArmCloud::addSwarmNodes(const cloud::VmSpec &spec, int count,
                                                const cloud::RunOptions &options, QObject *parent)
{
    // The run reads the rest of the spec (location, size, image, user, ports, network) from the
    // swarm's nodes; planned as one host until it knows the new nodes' names.
    cloud::VmSpec s = spec;
    s.nodes = 1;
    s.vmName.clear();
    s.resourceGroup.clear();
    auto *run = new ArmProvisioner(setup(), s, withArmDefaults(options), parent);
    run->prepareAddNodes(spec.dnsName, count);
    return run;
}

QJsonObject ArmHostStatus::toJson() const
{
    QJsonArray nodeList;
    for (const Node &n : nodes)
        nodeList.append(QJsonObject{{QStringLiteral("name"), n.name},
                                    {QStringLiteral("fqdn"), n.fqdn},
                                    {QStringLiteral("ipAddress"), n.ipAddress}});
    QJsonArray list;
    for (const Resource &r : resources)
        list.append(QJsonObject{{QStringLiteral("id"), r.id},
                                {QStringLiteral("type"), r.type},
                                {QStringLiteral("name"), r.name}});
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("resourceGroup"), resourceGroup},
                       {QStringLiteral("location"), location},
                       {QStringLiteral("vmSize"), vmSize},
                       {QStringLiteral("provisioningState"), provisioningState},
                       {QStringLiteral("powerState"), powerState},
                       {QStringLiteral("fqdn"), fqdn},
                       {QStringLiteral("ipAddress"), ipAddress},
                       {QStringLiteral("resources"), list},
                       {QStringLiteral("nodes"), nodeList}};
}

namespace {

// GET `path` and hand the finished reply to `handle` while `context` lives.
void getThen(ArmClient *client, QObject *context, const QString &path, const QString &apiVersion,
             const QString &query, std::function<void(ArmReply *)> handle)
{
    ArmReply *reply = client->get(path, apiVersion, query);
    const QMetaObject::Connection done =
        QObject::connect(reply, &ArmReply::finished, context, [reply, handle] {
            reply->deleteLater();
            handle(reply);
        });
    // As in whenDone(): the abort finishes the reply at once, so `handle` is cut off first.
    QObject::connect(context, &QObject::destroyed, reply, [reply, done] {
        QObject::disconnect(done);
        reply->abort();
        reply->deleteLater();
    });
}

QString statusCode(const QJsonArray &statuses, const QString &prefix)
{
    for (const QJsonValue &v : statuses) {
        const QString code = v.toObject().value(QStringLiteral("code")).toString();
        if (code.startsWith(prefix))
            return code.mid(prefix.size());
    }
    return {};
}

} // namespace

void ArmCloud::swarmMembers(const QString &name, QObject *context,
                            Callback<QList<cloud::SwarmMember>> done)
{
    status(name, context, [name, done](const ArmHostStatus &st, const QString &error) {
        if (!error.isEmpty())
            return done({}, error);
        QList<cloud::SwarmMember> members;
        for (const ArmHostStatus::Node &n : st.nodes)
            if (!n.fqdn.isEmpty())
                members << cloud::SwarmMember{n.name, n.fqdn, 0, n.ipAddress};
        std::sort(members.begin(), members.end(), [](const auto &a, const auto &b) {
            const int x = a.name.section(QLatin1Char('-'), -1).toInt();
            const int y = b.name.section(QLatin1Char('-'), -1).toInt();
            return x != y ? x < y : a.name < b.name;
        });
        if (members.isEmpty())
            return done({}, tr("%1 (resource group %2) has no public IP with a DNS name, so "
                               "there is no node to ask. Is it a host made by 'docker-vm "
                               "create'?")
                                .arg(name, st.resourceGroup));
        done(members, {});
    });
}

void ArmCloud::status(const QString &name, QObject *context,
                      std::function<void(const ArmHostStatus &, const QString &)> done)
{
    ArmClient *client = m_client;
    if (!client)
        return later(context, [done] { done({}, tr("No Azure account is signed in.")); });
    auto st = std::make_shared<ArmHostStatus>();
    st->name = name;
    const QString sub = m_options.subscriptionId;
    const QPointer<ArmClient> guard(client);
    getThen(
        client, context, QStringLiteral("/subscriptions/%1/resourcegroups").arg(sub),
        api::resources(), {}, [=](ArmReply *groups) {
            if (!groups->ok())
                return done(*st, tr("Could not list the resource groups: %1")
                                     .arg(groups->error().userMessage()));
            const QString groupId =
                bodies::hostGroupId(groups->json().value(QStringLiteral("value")).toArray(), name);
            if (groupId.isEmpty())
                return done(*st, tr("No Docker host named %1 made by docker-vm was found in this "
                                    "subscription.")
                                     .arg(name));
            if (!guard)
                return done(*st, tr("The connection to the subscription was closed."));
            st->resourceGroup = groupId.section(QLatin1Char('/'), -1);
            getThen(
                guard, context, groupId + QStringLiteral("/resources"), api::resources(), {},
                [=](ArmReply *resources) {
                    if (!resources->ok())
                        return done(*st,
                                    tr("Could not list the resources of %1: %2")
                                        .arg(st->resourceGroup, resources->error().userMessage()));
                    QString vmId, pipId;
                    auto pipIds = std::make_shared<QStringList>();
                    for (const QJsonValue &v :
                         resources->json().value(QStringLiteral("value")).toArray()) {
                        const QJsonObject o = v.toObject();
                        ArmHostStatus::Resource r{o.value(QStringLiteral("id")).toString(),
                                                  o.value(QStringLiteral("type")).toString(),
                                                  o.value(QStringLiteral("name")).toString()};
                        if (r.type.compare(QLatin1String(bodies::kVmType), Qt::CaseInsensitive) ==
                            0)
                            vmId = r.id;
                        if (r.type.compare(QLatin1String(bodies::kPublicIpType),
                                           Qt::CaseInsensitive) == 0) {
                            pipId = r.id;
                            pipIds->append(r.id);
                        }
                        st->resources.append(r);
                    }
                    // Then every public IP, one after the other (the nodes of a swarm).
                    std::sort(pipIds->begin(), pipIds->end());
                    // The function holds itself only weakly; each pending GET holds it.
                    auto nextNode = std::make_shared<std::function<void()>>();
                    const std::weak_ptr<std::function<void()>> weakNext = nextNode;
                    *nextNode = [=]() {
                        const auto self = weakNext.lock();
                        if (!self || pipIds->isEmpty() || !guard)
                            return done(*st, QString());
                        const QString id = pipIds->takeFirst();
                        getThen(guard, context, id, api::network(), {}, [=](ArmReply *pip) {
                            if (pip->ok()) {
                                const QJsonObject p =
                                    pip->json().value(QStringLiteral("properties")).toObject();
                                QString node = id.section(QLatin1Char('/'), -1);
                                if (node.endsWith(QLatin1String("-ip")))
                                    node.chop(3);
                                st->nodes.append({node,
                                                  p.value(QStringLiteral("dnsSettings"))
                                                      .toObject()
                                                      .value(QStringLiteral("fqdn"))
                                                      .toString(),
                                                  p.value(QStringLiteral("ipAddress")).toString()});
                            }
                            (*self)();
                        });
                    };
                    if (vmId.isEmpty() || !guard)
                        return (*nextNode)();
                    getThen(
                        guard, context, vmId, api::compute(),
                        QStringLiteral("$expand=instanceView"), [=](ArmReply *vm) {
                            if (vm->ok()) {
                                const QJsonObject p =
                                    vm->json().value(QStringLiteral("properties")).toObject();
                                st->location =
                                    vm->json().value(QStringLiteral("location")).toString();
                                st->vmSize = p.value(QStringLiteral("hardwareProfile"))
                                                 .toObject()
                                                 .value(QStringLiteral("vmSize"))
                                                 .toString();
                                const QJsonArray statuses = p.value(QStringLiteral("instanceView"))
                                                                .toObject()
                                                                .value(QStringLiteral("statuses"))
                                                                .toArray();
                                st->provisioningState =
                                    statusCode(statuses, QStringLiteral("ProvisioningState/"))
                                        .toLower();
                                st->powerState =
                                    statusCode(statuses, QStringLiteral("PowerState/")).toLower();
                            }
                            if (pipId.isEmpty() || !guard)
                                return (*nextNode)();
                            getThen(guard, context, pipId, api::network(), {}, [=](ArmReply *pip) {
                                if (pip->ok()) {
                                    const QJsonObject p =
                                        pip->json().value(QStringLiteral("properties")).toObject();
                                    st->ipAddress = p.value(QStringLiteral("ipAddress")).toString();
                                    st->fqdn = p.value(QStringLiteral("dnsSettings"))
                                                   .toObject()
                                                   .value(QStringLiteral("fqdn"))
                                                   .toString();
                                }
                                (*nextNode)();
                            });
                        });
                });
        });
}

bool ArmCloud::isBusy() const
{
    return m_client && m_client->isBusy();
}

} // namespace dockervm::arm
