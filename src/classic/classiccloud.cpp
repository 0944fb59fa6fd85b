#include "classic/classiccloud.h"

#include "classic/deleterun.h"
#include "classic/deployment.h"
#include "classic/imagechoice.h"
#include "cloud/journal.h"

#include <algorithm>

namespace dockervm::classic {
namespace {

// `done` runs once, when `reply` finishes, and only while `context` lives; the reply is deleted
// either way.
template <typename Reply, typename Fn> void whenFinished(Reply *reply, QObject *context, Fn done)
{
    QObject::connect(reply, &ManagementReply::finished, reply, &QObject::deleteLater);
    QObject::connect(reply, &ManagementReply::finished, context, [reply, done] { done(reply); });
}

// Calls `fn` on the event loop (callbacks never run inside the call that asked), while `context`
// lives.
void later(QObject *context, std::function<void()> fn)
{
    QMetaObject::invokeMethod(context, std::move(fn), Qt::QueuedConnection);
}

} // namespace

ClassicCloud::ClassicCloud(ManagementClient *client, QString imageFilter, QObject *parent)
    : cloud::Cloud(parent), m_client(client), m_imageFilter(std::move(imageFilter))
{
    if (client)
        connect(client, &ManagementClient::busyChanged, this, &cloud::Cloud::busyChanged);
}

QString ClassicCloud::accountId() const
{
    return m_client ? m_client->subscription().id : QString();
}

QString ClassicCloud::accountName() const
{
    return m_client ? m_client->subscription().name : QString();
}

cloud::VmSpec ClassicCloud::defaults() const
{
    // The article's: Small, SSH 22, Docker 4243, cloudapp.net, and its image family (what the
    // wizard's image filter starts with).
    cloud::VmSpec spec;
    spec.imageName = QString(kDefaultImageFilter);
    return spec;
}

QString ClassicCloud::hostName(const cloud::VmSpec &spec) const
{
    // The cloud service's suffix of the subscription's cloud (cloudapp.net, chinacloudapp.cn…).
    cloud::VmSpec named = spec;
    if (m_client)
        named.dnsSuffix = cloudServiceDnsSuffix(m_client->subscription().cloud);
    return named.hostName();
}

QString ClassicCloud::createDescription(const cloud::VmSpec &spec) const
{
    return tr("In %1: the cloud service %2, a storage account for the disk when the subscription "
              "has none, and the virtual machine %3 with the Docker extension, which installs "
              "Docker with your certificates.")
        .arg(spec.location, hostName(spec), spec.effectiveVmName());
}

QString ClassicCloud::costNote(const cloud::VmSpec &spec) const
{
    return tr("On Azure the VM and its disk cost money while they exist: delete the host with "
              "`docker-vm delete %1` when you no longer need it.")
        .arg(spec.dnsName);
}

QList<cloud::FieldError> ClassicCloud::validate(const cloud::VmSpec &spec) const
{
    return cloud::validate(spec);
}

QString ClassicCloud::validateField(cloud::FieldError::Field field, const cloud::VmSpec &spec) const
{
    using F = cloud::FieldError::Field;
    switch (field) {
    case F::DnsName:
        return cloud::validateDnsName(spec.dnsName);
    case F::VmName:
        return cloud::validateVmName(spec.vmName);
    case F::UserName:
        return cloud::validateUserName(spec.userName);
    case F::Password:
        return cloud::validatePassword(spec.password);
    case F::SshPort:
        return cloud::validatePort(spec.sshPort, true);
    case F::DockerPort:
        return cloud::validatePort(spec.dockerPort, false);
    default:
        break;
    }
    for (const cloud::FieldError &e : cloud::validate(spec))
        if (e.field == field)
            return e.message;
    return {};
}

QList<cloud::PasswordRule> ClassicCloud::passwordChecklist(const QString &password) const
{
    return cloud::passwordChecklist(password);
}

QString ClassicCloud::errorText(AsmError error) const
{
    if (error.kind == AsmError::Kind::Tls && !error.tlsErrors.isEmpty() && !m_tlsAdvice.isEmpty())
        error.nextStep = m_tlsAdvice;
    return error.toString();
}

void ClassicCloud::locations(QObject *context, Callback<QList<cloud::Location>> done)
{
    if (!m_client)
        return later(context, [done] { done({}, tr("No subscription is selected.")); });
    QPointer<ClassicCloud> self(this);
    whenFinished(m_client->listLocations(), context, [self, done](LocationsReply *reply) {
        if (!reply->ok())
            return done({}, self ? self->errorText(reply->error()) : reply->error().toString());
        QList<cloud::Location> out;
        for (const Location &l : virtualMachineLocations(reply->locations())) {
            out.append({l.name, l.displayName.isEmpty() ? l.name : l.displayName});
            if (self && !l.vmRoleSizes.isEmpty())
                self->m_roleSizes.insert(l.name, l.vmRoleSizes);
        }
        done(out, QString());
    });
}

QList<cloud::Image> toCloudImages(const QList<OsImage> &candidates)
{
    QList<cloud::Image> out;
    for (const OsImage &i : candidates) {
        cloud::Image image;
        image.id = i.name;
        image.label = i.label.isEmpty() ? i.name : i.label;
        image.published = i.publishedDate;
        image.supported = !lacksExtensionAgent(i);
        image.description = i.description;
        image.diskSizeGb = i.logicalSizeInGB;
        if (!image.supported) {
            image.note = ClassicCloud::tr("published before %1: its Linux agent is too old for "
                                          "the Docker extension, so Docker would never start")
                             .arg(extensionAgentCutoff().date().toString(Qt::ISODate));
            image.tag = ClassicCloud::tr("too old");
        }
        out.append(image);
    }
    return out;
}

void ClassicCloud::images(const QString &location, QObject *context,
                          Callback<QList<cloud::Image>> done)
{
    if (!m_client)
        return later(context, [done] { done({}, tr("No subscription is selected.")); });
    QPointer<ClassicCloud> self(this);
    whenFinished(
        m_client->listOsImages(), context,
        [self, done, location, filter = m_imageFilter](OsImagesReply *reply) {
            if (!reply->ok())
                return done({}, self ? self->errorText(reply->error()) : reply->error().toString());
            done(toCloudImages(imageCandidates(reply->images(), filter, location)), QString());
        });
}

void ClassicCloud::sizes(const QString &location, const cloud::Image &, QObject *context,
                         Callback<QList<cloud::Size>> done)
{
    auto toSizes = [](const QStringList &names) {
        QList<cloud::Size> out;
        for (const QString &n : names)
            out.append({n, n, 0, 0});
        return out;
    };
    if (!m_client)
        return later(context,
                     [done, sizes = toSizes(cloud::roleSizes())] { done(sizes, QString()); });
    // The region's list as locations() read it: no second request.
    if (const auto known = m_roleSizes.constFind(location); known != m_roleSizes.constEnd())
        return later(context, [done, sizes = toSizes(*known)] { done(sizes, QString()); });
    whenFinished(m_client->listLocations(), context,
                 [done, location, toSizes](LocationsReply *reply) {
                     // The region's own list when it gives one; the classic sizes otherwise.
                     QStringList names = cloud::roleSizes();
                     if (reply->ok())
                         for (const Location &l : reply->locations())
                             if (l.name == location && !l.vmRoleSizes.isEmpty())
                                 names = l.vmRoleSizes;
                     done(toSizes(names), QString());
                 });
}

void ClassicCloud::checkName(const cloud::VmSpec &spec, QObject *context,
                             std::function<void(const cloud::NameCheck &)> done)
{
    const QString invalid = cloud::validateDnsName(spec.dnsName);
    if (!invalid.isEmpty() || !m_client) {
        const cloud::NameCheck check{
            false, invalid.isEmpty() ? tr("No subscription is selected.") : invalid,
            invalid.isEmpty()};
        return later(context, [done, check] { done(check); });
    }
    const QString host = spec.hostName();
    whenFinished(
        m_client->checkHostedServiceName(spec.dnsName), context,
        [done, host](AvailabilityReply *reply) {
            if (!reply->ok())
                return done({false,
                             tr("Could not check whether %1 is free: %2")
                                 .arg(host, reply->error().summary()),
                             true});
            if (reply->availability().available)
                return done({true, tr("%1 is available.").arg(host), false});
            const QString reason = reply->availability().reason.trimmed();
            const bool saysMore =
                !reason.isEmpty() &&
                !reason.contains(QLatin1String("already taken"), Qt::CaseInsensitive);
            done({false,
                  tr("%1 is already taken%2. Choose another DNS name.")
                      .arg(host, saysMore ? QStringLiteral(" (%1)").arg(reason) : QString()),
                  false});
        });
}

Provisioner::Options ClassicCloud::provisionerOptions(const cloud::RunOptions &options)
{
    Provisioner::Options o;
    o.pollIntervalMs = options.pollIntervalMs;
    o.operationTimeoutMs = options.operationTimeoutMs;
    o.roleTimeoutMs = options.vmReadyTimeoutMs;
    o.dockerWaitSeconds = options.dockerWaitSeconds;
    o.waitForDocker = options.waitForDocker;
    o.journalDir = options.journalDir;
    o.tls = options.tls;
    o.hostOverrides = options.hostOverrides;
    o.keepPartial = options.keepPartial;
    o.swarmReadyTimeoutMs = options.swarmReadyTimeoutMs;
    return o;
}

cloud::RunOptions ClassicCloud::runOptions(const Provisioner::Options &options)
{
    cloud::RunOptions o;
    o.pollIntervalMs = options.pollIntervalMs;
    o.operationTimeoutMs = options.operationTimeoutMs;
    o.vmReadyTimeoutMs = options.roleTimeoutMs;
    o.dockerWaitSeconds = options.dockerWaitSeconds;
    o.waitForDocker = options.waitForDocker;
    o.journalDir = options.journalDir;
    o.tls = options.tls;
    o.hostOverrides = options.hostOverrides;
    o.keepPartial = options.keepPartial;
    o.swarmReadyTimeoutMs = options.swarmReadyTimeoutMs;
    return o;
}

cloud::ProvisioningRun *ClassicCloud::create(const cloud::VmSpec &spec,
                                             const cloud::RunOptions &options, QObject *parent)
{
    return new Provisioner(m_client, spec, provisionerOptions(options), parent);
}

cloud::ProvisioningRun *ClassicCloud::resume(const cloud::Journal &journal,
                                             const cloud::RunOptions &options, QObject *parent,
                                             QString *error)
{
    if (!Provisioner::canResume(journal, error))
        return nullptr;
    auto *run = new Provisioner(m_client, journal.spec(), provisionerOptions(options), parent);
    run->startWith(Provisioner::Mode::Resume, journal);
    return run;
}

cloud::ProvisioningRun *ClassicCloud::cleanup(const cloud::Journal &journal,
                                              const cloud::RunOptions &options, QObject *parent)
{
    auto *run = new Provisioner(m_client, journal.spec(), provisionerOptions(options), parent);
    run->startWith(Provisioner::Mode::Cleanup, journal);
    return run;
}

cloud::ProvisioningRun *ClassicCloud::remove(const QString &name, const cloud::RunOptions &options,
                                             QObject *parent)
{
    return new DeleteRun(m_client, name, options.pollIntervalMs, parent);
}

void ClassicCloud::swarmMembers(const QString &name, QObject *context,
                                Callback<QList<cloud::SwarmMember>> done)
{
    if (!m_client)
        return later(context, [done] { done({}, tr("No subscription is selected.")); });
    const QString host = hostName([&] {
        cloud::VmSpec spec = defaults();
        spec.dnsName = name;
        return spec;
    }());
    whenFinished(
        m_client->getDeploymentBySlot(name), context, [name, host, done](DeploymentReply *reply) {
            if (!reply->ok()) {
                if (reply->httpStatus() == 404)
                    return done({},
                                tr("No Docker host named %1 was found: the cloud service %1 has "
                                   "no VM deployment in this subscription. 'docker-vm status "
                                   "%1' shows what there is.")
                                    .arg(name));
                return done({}, tr("Could not read the deployment of %1: %2")
                                    .arg(name, reply->error().toString()));
            }
            QList<cloud::SwarmMember> members;
            for (const RoleInstance &r : reply->deployment().instances) {
                cloud::SwarmMember m;
                m.name = r.roleName;
                m.hostName = host;
                for (const InstanceEndpoint &ep : r.endpoints)
                    if (ep.name == QLatin1String("docker")) {
                        m.dockerPort = ep.publicPort;
                        m.publicAddress = ep.vip;
                    }
                members << m;
            }
            std::sort(members.begin(), members.end(), [](const auto &a, const auto &b) {
                const int x = a.name.section(QLatin1Char('-'), -1).toInt();
                const int y = b.name.section(QLatin1Char('-'), -1).toInt();
                return x != y ? x < y : a.name < b.name;
            });
            if (members.isEmpty())
                return done({},
                            tr("The cloud service %1 has no VM role, so there is no node to ask.")
                                .arg(name));
            done(members, {});
        });
}

cloud::ProvisioningRun *ClassicCloud::removeSwarmNode(const QString &name, const QString &node,
                                                      const cloud::RunOptions &options,
                                                      QObject *parent)
{
    return new DeleteRun(m_client, name, options.pollIntervalMs, parent, node);
}

cloud::ProvisioningRun *ClassicCloud::addSwarmNodes(const cloud::VmSpec &spec, int count,
                                                    const cloud::RunOptions &options,
                                                    QObject *parent)
{
    auto *run = new Provisioner(m_client, spec, provisionerOptions(options), parent);
    run->prepareAdd(count);
    return run;
}

bool ClassicCloud::isBusy() const
{
    return m_client && m_client->isBusy();
}

} // namespace dockervm::classic
