// `docker-vm swarm add NAME --count K` on ARM (ArmProvisioner in Mode::AddNodes): read the swarm
// NAME that `create --nodes N` made — its group, the first node's VM (location, size, image,
// admin user, sign-in), that VM's NIC (subnet, NSG), its public IP (DNS label, suffix), the NSG
// (Docker and SSH ports, the swarm rules) and every node's public IP — then make the new nodes
// exactly as create makes a node (armprovisionernodes.cpp: public IP, NIC, VM with its own
// cloud-config, waits), in parallel, and join them to the swarm as workers (cloud::SwarmSteps in
// join mode). Nothing shared is created or changed: the group, VNet, subnet and NSG are reused.
#include "arm/apiversions.h"
#include "arm/armclient.h"
#include "arm/armcloud.h"
#include "arm/armprovisioner.h"
#include "arm/armrules.h"
#include "cloud/swarmsteps.h"
#include "common/logging.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace dockervm::arm {

using cloud::Journal;
using cloud::StepState;

namespace {

QJsonObject props(const QJsonObject &o)
{
    return o.value(QStringLiteral("properties")).toObject();
}

// The number n of a name NAME-n (with an optional suffix such as "-ip"); 0 when it is not one.
int nodeNumber(const QString &base, const QString &name, const QString &suffix = QString())
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,4}$"));
    if (!name.startsWith(base + QLatin1Char('-'), Qt::CaseInsensitive) ||
        !name.endsWith(suffix, Qt::CaseInsensitive))
        return 0;
    const QString n = name.mid(base.size() + 1, name.size() - base.size() - 1 - suffix.size());
    return digits.match(n).hasMatch() ? n.toInt() : 0;
}

QString lastSegment(const QString &id)
{
    return id.section(QLatin1Char('/'), -1);
}

// "<…>/virtualNetworks/<vnet>/subnets/<subnet>" → vnet, subnet.
QString segmentAfter(const QString &id, const QString &what)
{
    const QStringList parts = id.split(QLatin1Char('/'));
    for (int i = 0; i + 1 < parts.size(); ++i)
        if (parts[i].compare(what, Qt::CaseInsensitive) == 0)
            return parts[i + 1];
    return {};
}

} // namespace

void ArmProvisioner::prepareAddNodes(const QString &name, int count)
{
    m_mode = Mode::AddNodes;
    m_addName = name;
    m_addCount = count;
    // Until the swarm is read, the rows are the shared ones (then one set per new node).
    auto relabel = [this](Step step, const QString &label) {
        m_rows[int(step)].label = label;
    };
    relabel(Step::Validate, tr("Check the settings and the certificate folder"));
    relabel(Step::CheckName, tr("Check that the new nodes' DNS labels are free in the region"));
    relabel(Step::ResourceGroup, tr("Read the swarm %1: its group, nodes and network").arg(name));
    relabel(Step::Certificates, tr("Server certificates for the new nodes (the swarm's CA)"));
    relabel(Step::NetworkSecurityGroup,
            tr("Network security group of the swarm (reused: swarm ports only from the subnet)"));
    relabel(Step::VirtualNetwork, tr("Virtual network and subnet of the swarm (reused)"));
}

void ArmProvisioner::startAdd()
{
    setStep(Step::Validate, StepState::Running);
    QString error;
    if (!m_setup.client)
        error = tr("No Azure account is signed in.");
    else if (m_addCount < 1)
        error = cloud::validateAddCount(m_addCount, 0);
    else if (const QString ca = cloud::caProblemForAdd(m_spec.effectiveCertDir()); !ca.isEmpty())
        error = ca;
    if (!error.isEmpty()) {
        // Nothing was sent and nothing exists: no rollback, no journal.
        setStep(Step::Validate, StepState::Failed, error);
        m_result.error = error;
        m_result.failedStep = stepId(Step::Validate);
        m_running = false;
        m_result.elapsedMs = m_total.elapsed();
        QTimer::singleShot(0, this, [this] { emit finished(false); });
        return;
    }
    setStep(Step::Validate, StepState::Done,
            tr("%n new node(s); certificate folder %1", nullptr, m_addCount)
                .arg(m_spec.effectiveCertDir()));
    readSwarmGroup();
}

void ArmProvisioner::readSwarmGroup()
{
    setStep(Step::ResourceGroup, StepState::Running, tr("looking for %1").arg(m_addName));
    if (!clientUsable(Step::ResourceGroup))
        return;
    track(Step::ResourceGroup,
          m_setup.client->get(
              QStringLiteral("/subscriptions/%1/resourcegroups").arg(m_setup.subscriptionId),
              api::resources()),
          [this](ArmReply *r) {
              if (!r->ok())
                  return fail(
                      Step::ResourceGroup,
                      tr("Could not list the resource groups: %1").arg(errorText(r->error())));
              const QString groupId = bodies::hostGroupId(
                  r->json().value(QStringLiteral("value")).toArray(), m_addName);
              if (groupId.isEmpty())
                  return fail(Step::ResourceGroup,
                              tr("No swarm named %1 made by docker-vm was found in this "
                                 "subscription (no resource group tagged createdBy=docker-vm for "
                                 "it). Check the name with 'docker-vm status %1', or make a swarm "
                                 "with 'docker-vm create --nodes N'.")
                                  .arg(m_addName));
              readSwarmResources(groupId);
          });
}

void ArmProvisioner::readSwarmResources(const QString &groupId)
{
    const QString group = lastSegment(groupId);
    setStep(Step::ResourceGroup, StepState::Running, tr("reading the resources of %1").arg(group));
    if (!clientUsable(Step::ResourceGroup))
        return;
    track(
        Step::ResourceGroup,
        m_setup.client->get(groupId + QStringLiteral("/resources"), api::resources()),
        [this, group](ArmReply *r) {
            if (!r->ok())
                return fail(
                    Step::ResourceGroup,
                    tr("Could not list the resources of %1: %2").arg(group, errorText(r->error())));
            QMap<int, QString> vms; // node number -> VM id
            bool singleHost = false;
            int highest = 0;
            for (const QJsonValue &v : r->json().value(QStringLiteral("value")).toArray()) {
                const QJsonObject o = v.toObject();
                const QString type = o.value(QStringLiteral("type")).toString();
                const QString name = o.value(QStringLiteral("name")).toString();
                const bool vm =
                    type.compare(QLatin1String(bodies::kVmType), Qt::CaseInsensitive) == 0;
                if (vm && name.compare(m_addName, Qt::CaseInsensitive) == 0)
                    singleHost = true;
                // Every NAME-n in use (a VM, or what a removed or half-made node left: its IP,
                // NIC or disk) keeps its number: new nodes come after the highest.
                for (const char *suffix : {"", "-ip", "-nic", "-osdisk"}) {
                    const int n = nodeNumber(m_addName, name, QString::fromLatin1(suffix));
                    if (n > 0) {
                        highest = qMax(highest, n);
                        if (vm && !*suffix)
                            vms.insert(n, o.value(QStringLiteral("id")).toString());
                        break;
                    }
                }
            }
            if (vms.isEmpty()) {
                if (singleHost)
                    return fail(Step::ResourceGroup,
                                tr("%1 is a single Docker host, not a swarm: 'swarm add' adds "
                                   "workers to a swarm made by 'docker-vm create --nodes N'. "
                                   "Make a swarm with 'docker-vm create --nodes N NAME …'.")
                                    .arg(m_addName));
                return fail(Step::ResourceGroup,
                            tr("The resource group %1 has no VM named %2-1, %2-2, …: there is "
                               "no swarm %2 to add nodes to. Look at it with 'docker-vm status "
                               "%2'.")
                                .arg(group, m_addName));
            }
            m_existing.clear();
            for (auto it = vms.cbegin(); it != vms.cend(); ++it) {
                cloud::NodeResult n;
                n.name = lastSegment(it.value());
                n.ok = true;
                m_existing << n;
            }
            m_spec.resourceGroup = group;
            m_spec.vmName = m_addName;
            m_names = bodies::Names::forSpec(m_spec, m_setup.subscriptionId);
            m_names.group = group;
            m_highestNumber = highest;
            readFirstNodeVm(vms.first());
        });
}

void ArmProvisioner::readFirstNodeVm(const QString &vmId)
{
    setStep(Step::ResourceGroup, StepState::Running,
            tr("reading the VM %1 (size, image, user, sign-in)").arg(lastSegment(vmId)));
    if (!clientUsable(Step::ResourceGroup))
        return;
    track(
        Step::ResourceGroup, m_setup.client->get(vmId, api::compute()), [this, vmId](ArmReply *r) {
            if (!r->ok())
                return fail(Step::ResourceGroup,
                            tr("Could not read the VM %1: %2")
                                .arg(lastSegment(vmId), errorText(r->error())));
            const QJsonObject vm = r->json();
            const QJsonObject p = props(vm);
            const QJsonObject image = p.value(QStringLiteral("storageProfile"))
                                          .toObject()
                                          .value(QStringLiteral("imageReference"))
                                          .toObject();
            const QJsonObject os = p.value(QStringLiteral("osProfile")).toObject();
            const QJsonObject linuxConfig =
                os.value(QStringLiteral("linuxConfiguration")).toObject();
            m_spec.location = vm.value(QStringLiteral("location")).toString();
            m_spec.size = p.value(QStringLiteral("hardwareProfile"))
                              .toObject()
                              .value(QStringLiteral("vmSize"))
                              .toString();
            const QStringList urn{image.value(QStringLiteral("publisher")).toString(),
                                  image.value(QStringLiteral("offer")).toString(),
                                  image.value(QStringLiteral("sku")).toString(),
                                  image.value(QStringLiteral("version")).toString()};
            m_spec.imageName = urn.join(QLatin1Char(':'));
            m_spec.userName = os.value(QStringLiteral("adminUsername")).toString();
            m_existingUsesPassword =
                !linuxConfig.value(QStringLiteral("disablePasswordAuthentication")).toBool(false);
            m_existingSshKey.clear();
            const QJsonArray keys = linuxConfig.value(QStringLiteral("ssh"))
                                        .toObject()
                                        .value(QStringLiteral("publicKeys"))
                                        .toArray();
            if (!keys.isEmpty())
                m_existingSshKey =
                    keys.first().toObject().value(QStringLiteral("keyData")).toString().trimmed();
            QString nicId;
            for (const QJsonValue &v : p.value(QStringLiteral("networkProfile"))
                                           .toObject()
                                           .value(QStringLiteral("networkInterfaces"))
                                           .toArray()) {
                const QJsonObject nic = v.toObject();
                if (nicId.isEmpty() || props(nic).value(QStringLiteral("primary")).toBool())
                    nicId = nic.value(QStringLiteral("id")).toString();
            }
            if (m_spec.location.isEmpty() || m_spec.size.isEmpty() || urn.contains(QString()) ||
                m_spec.userName.isEmpty() || nicId.isEmpty())
                return fail(Step::ResourceGroup,
                            tr("Azure's description of the VM %1 lacks its location, size, image, "
                               "admin user or network interface, so the new nodes cannot be made "
                               "like it (a VM not made by 'docker-vm create'?).")
                                .arg(lastSegment(vmId)));
            m_spec.dnsSuffix = ArmCloud::dnsSuffixFor(m_spec.location);
            readFirstNodeNic(nicId);
        });
}

void ArmProvisioner::readFirstNodeNic(const QString &nicId)
{
    if (!clientUsable(Step::ResourceGroup))
        return;
    track(Step::ResourceGroup, m_setup.client->get(nicId, api::network()),
          [this, nicId](ArmReply *r) {
              if (!r->ok())
                  return fail(Step::ResourceGroup,
                              tr("Could not read the network interface %1: %2")
                                  .arg(lastSegment(nicId), errorText(r->error())));
              const QJsonObject p = props(r->json());
              const QJsonObject config =
                  props(p.value(QStringLiteral("ipConfigurations")).toArray().first().toObject());
              const QString subnetId = config.value(QStringLiteral("subnet"))
                                           .toObject()
                                           .value(QStringLiteral("id"))
                                           .toString();
              const QString nsgId = p.value(QStringLiteral("networkSecurityGroup"))
                                        .toObject()
                                        .value(QStringLiteral("id"))
                                        .toString();
              const QString pipId = config.value(QStringLiteral("publicIPAddress"))
                                        .toObject()
                                        .value(QStringLiteral("id"))
                                        .toString();
              const QString group = QStringLiteral("/resourceGroups/%1/").arg(m_names.group);
              const bool sameGroup = subnetId.contains(group, Qt::CaseInsensitive) &&
                                     nsgId.contains(group, Qt::CaseInsensitive);
              if (subnetId.isEmpty() || nsgId.isEmpty() || pipId.isEmpty() || !sameGroup)
                  return fail(
                      Step::ResourceGroup,
                      tr("The network interface %1 has no subnet, network security group or "
                         "public IP in the group %2, so the new nodes cannot join its network "
                         "the way 'docker-vm create --nodes N' made it.")
                          .arg(lastSegment(nicId), m_names.group));
              m_names.vnet = segmentAfter(subnetId, QStringLiteral("virtualNetworks"));
              m_names.subnet = segmentAfter(subnetId, QStringLiteral("subnets"));
              m_names.nsg = lastSegment(nsgId);
              readFirstNodeIp(pipId);
          });
}

void ArmProvisioner::readFirstNodeIp(const QString &publicIpId)
{
    if (!clientUsable(Step::ResourceGroup))
        return;
    track(Step::ResourceGroup, m_setup.client->get(publicIpId, api::network()),
          [this, publicIpId](ArmReply *r) {
              if (!r->ok())
                  return fail(Step::ResourceGroup,
                              tr("Could not read the public IP %1: %2")
                                  .arg(lastSegment(publicIpId), errorText(r->error())));
              const QJsonObject dns =
                  props(r->json()).value(QStringLiteral("dnsSettings")).toObject();
              const QString label = dns.value(QStringLiteral("domainNameLabel")).toString();
              const QString fqdn = dns.value(QStringLiteral("fqdn")).toString();
              // The swarm's DNS labels are <label>-i: the base is the label without "-i".
              const int dash = label.lastIndexOf(QLatin1Char('-'));
              const QString base = dash > 0 ? label.left(dash) : QString();
              if (base.isEmpty() || nodeNumber(base, label) == 0)
                  return fail(Step::ResourceGroup,
                              tr("The public IP %1 has the DNS label \"%2\", not <name>-<number> "
                                 "as 'docker-vm create --nodes N' names a node's; the new nodes' "
                                 "DNS names cannot be derived from it.")
                                  .arg(lastSegment(publicIpId), label));
              m_spec.dnsName = base;
              if (fqdn.startsWith(label + QLatin1Char('.'), Qt::CaseInsensitive))
                  m_spec.dnsSuffix = fqdn.mid(label.size() + 1);
              readSwarmNsg();
          });
}

void ArmProvisioner::readSwarmNsg()
{
    setStep(Step::NetworkSecurityGroup, StepState::Running, m_names.nsg);
    if (!clientUsable(Step::NetworkSecurityGroup))
        return;
    track(Step::NetworkSecurityGroup, m_setup.client->get(m_names.nsgId(), api::network()),
          [this](ArmReply *r) {
              if (!r->ok())
                  return fail(Step::NetworkSecurityGroup,
                              tr("Could not read the network security group %1: %2")
                                  .arg(m_names.nsg, errorText(r->error())));
              bool swarmRule = false;
              bool dockerRule = false;
              m_spec.sshPort = 0;
              for (const QJsonValue &v :
                   props(r->json()).value(QStringLiteral("securityRules")).toArray()) {
                  const QJsonObject rule = v.toObject();
                  const QString name = rule.value(QStringLiteral("name")).toString();
                  const QJsonObject p = props(rule);
                  const int port =
                      p.value(QStringLiteral("destinationPortRange")).toString().toInt();
                  if (name == QLatin1String(bodies::kDockerRuleName) && port > 0) {
                      dockerRule = true;
                      m_spec.dockerPort = port;
                      m_spec.allowFrom =
                          p.value(QStringLiteral("sourceAddressPrefix")).toString(m_spec.allowFrom);
                  } else if (name == QLatin1String(bodies::kSshRuleName) && port > 0) {
                      m_spec.sshPort = port;
                  } else if (name == QLatin1String("AllowSwarmManagementFromSubnet")) {
                      swarmRule = true;
                  }
              }
              if (!dockerRule || !swarmRule)
                  return fail(Step::NetworkSecurityGroup,
                              tr("The network security group %1 lacks the rule %2 that 'docker-vm "
                                 "create --nodes N' makes, so it is not a swarm's (or it was "
                                 "changed). Nothing was created.")
                                  .arg(m_names.nsg,
                                       dockerRule ? QStringLiteral("AllowSwarmManagementFromSubnet")
                                                  : QLatin1String(bodies::kDockerRuleName)));
              setStep(Step::NetworkSecurityGroup, StepState::Done,
                      tr("%1 (reused): Docker TCP %2 from %3; swarm ports only from the subnet")
                          .arg(m_names.nsg)
                          .arg(m_spec.dockerPort)
                          .arg(m_spec.allowFrom));
              setStep(Step::VirtualNetwork, StepState::Done,
                      tr("%1, subnet %2 (reused)").arg(m_names.vnet, m_names.subnet));
              QStringList ips;
              for (const cloud::NodeResult &n : std::as_const(m_existing))
                  ips << bodies::nodeNames(m_names, n.name).publicIpId();
              readExistingNodeIps(ips);
          });
}

void ArmProvisioner::readExistingNodeIps(QStringList publicIpIds)
{
    // Every existing node's DNS name (the swarm steps ask them for a manager), one at a time.
    if (publicIpIds.isEmpty())
        return beginAdd();
    if (!clientUsable(Step::ResourceGroup))
        return;
    const QString id = publicIpIds.takeFirst();
    track(Step::ResourceGroup, m_setup.client->get(id, api::network()),
          [this, id, publicIpIds](ArmReply *r) {
              if (!r->ok() && r->httpStatus() != 404) // 404: no IP, said by beginAdd()
                  return fail(Step::ResourceGroup,
                              tr("Could not read the public IP %1: %2")
                                  .arg(lastSegment(id), errorText(r->error())));
              QString node = lastSegment(id);
              node.chop(3); // "-ip"
              for (cloud::NodeResult &n : m_existing)
                  if (n.name == node && r->ok()) {
                      const QJsonObject p = props(r->json());
                      n.hostName = p.value(QStringLiteral("dnsSettings"))
                                       .toObject()
                                       .value(QStringLiteral("fqdn"))
                                       .toString();
                      n.dockerPort = m_spec.dockerPort;
                      mapSimulatedNode(n.hostName, p.value(QStringLiteral("ipAddress")).toString(),
                                       QString());
                  }
              readExistingNodeIps(publicIpIds);
          });
}

bool ArmProvisioner::checkAddCredentials(QString *error)
{
    // The user's SSH key, else the user's password, else the key the existing nodes take.
    if (m_spec.sshPublicKey.isEmpty() && !m_spec.sshKeyFile.isEmpty()) {
        const rules::SshPublicKey key = rules::readSshPublicKeyFile(m_spec.sshKeyFile);
        if (!key.ok()) {
            *error = key.error;
            return false;
        }
        m_spec.sshPublicKey = key.line;
    }
    if (m_spec.sshPublicKey.isEmpty() && m_spec.password.isEmpty()) {
        if (m_existingUsesPassword || m_existingSshKey.isEmpty()) {
            *error = tr("The nodes of %1 sign in as %2 with a password, and none was given for "
                        "the new nodes. Give one (--password-file, DOCKER_VM_PASSWORD or the "
                        "prompt) or an SSH key (--ssh-key).")
                         .arg(m_addName, m_spec.userName);
            return false;
        }
        m_spec.sshPublicKey = m_existingSshKey;
        m_spec.sshKeyFile = tr("the SSH key of %1").arg(m_existing.first().name);
        say(tr("The new nodes take the SSH key the existing nodes of %1 take.").arg(m_addName));
    }
    return true;
}

void ArmProvisioner::beginAdd()
{
    QString error;
    for (const cloud::NodeResult &n : std::as_const(m_existing))
        if (n.hostName.isEmpty())
            return fail(Step::ResourceGroup,
                        tr("The node %1 of %2 has no public IP with a DNS name, so its Docker "
                           "cannot be asked for the swarm. Look at it with 'docker-vm status %2'.")
                            .arg(n.name, m_addName));
    if (!checkAddCredentials(&error))
        return fail(Step::ResourceGroup, error);
    const int existing = int(m_existing.size());
    if (const QString e = cloud::validateAddCount(m_addCount, existing); !e.isEmpty())
        return fail(Step::ResourceGroup, e);
    m_spec.nodes = existing + m_addCount;
    m_spec.managers = 1;
    // What create would refuse for these values (the password rules, the key, the image URN …).
    const QList<cloud::FieldError> errors = rules::validate(m_spec);
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const cloud::FieldError &e : errors)
            lines << e.message;
        return fail(Step::ResourceGroup, lines.join(QLatin1Char('\n')));
    }
    // Its own journal file beside the create's; an unfinished add's is not overwritten.
    m_journal = Journal(m_options.journalDir, m_spec, m_setup.subscriptionId);
    m_journal.setOperation(Journal::Operation::SwarmAdd);
    if (QFileInfo::exists(m_journal.path()))
        return fail(Step::ResourceGroup,
                    tr("An unfinished 'swarm add' for %1 is recorded in %2. Remove what it left "
                       "with 'docker-vm cleanup' first, then add nodes.")
                        .arg(m_addName, m_journal.path()));
    m_journal.setCloud(cloud::Kind::ResourceManager, m_setup.subscriptionId);
    m_journal.setRunId(m_runId);
    if (!m_journal.begin(&error))
        return fail(Step::ResourceGroup, error);
    m_journalActive = true;

    // The new nodes' rows replace the placeholders.
    const QStringList existingNames = [this] {
        QStringList names;
        for (const cloud::NodeResult &n : std::as_const(m_existing))
            names << n.name;
        return names;
    }();
    planNodes(m_highestNumber + 1, m_addCount);
    m_result.hostName = m_existing.first().hostName;
    m_result.dockerPort = m_spec.dockerPort;
    emit rowsReset();
    setStep(Step::ResourceGroup, StepState::Done,
            tr("%1 in %2: %3 (%4, %5); new: %6 … %7")
                .arg(m_names.group, m_spec.location, existingNames.join(QStringLiteral(", ")),
                     m_spec.size, m_spec.imageName, m_nodes.front().name, m_nodes.back().name));
    checkNodeName(0);
}

void ArmProvisioner::forgetNewNodes(const QList<int> &nodes, std::function<void()> then)
{
    // Only nodes whose Docker answered can have joined; without a manager found, none did.
    QStringList names;
    for (int i : nodes)
        if (i >= 0 && i < int(m_nodes.size()) && m_nodes[size_t(i)].done)
            names << m_nodes[size_t(i)].name;
    if (names.isEmpty() || m_swarmOutcome.leader.isEmpty())
        return then();
    setStep(Step::Rollback, StepState::Running,
            tr("making %1 leave the swarm %2").arg(names.join(QStringLiteral(", ")), m_addName));
    cloud::removeAddedNodes(m_swarmInput, m_swarmOutcome, names, this,
                            [this, then](const QStringList &problems) {
                                if (m_stopped)
                                    return;
                                for (const QString &p : problems)
                                    say(p);
                                then();
                            });
}

} // namespace dockervm::arm
