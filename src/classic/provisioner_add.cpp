// Provisioner: `docker-vm swarm add NAME --count K` on the classic cloud. See provisioner.h
// (prepareAdd) for the flow; provisioner_nodes.cpp does the per-node part it shares with create.
#include "classic/deployment.h"
#include "classic/managementclient.h"
#include "classic/provisioner.h"
#include "classic/provisioner_impl.h"
#include "classic/requests.h"
#include "cloud/swarmsteps.h"
#include "common/logging.h"

#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QUrl>

namespace dockervm::classic {
using namespace provisioner_detail;

void Provisioner::prepareAdd(int count)
{
    m_add = true;
    m_addCount = count;
    m_starter = [this] {
        startAdd();
    };
}

QString Provisioner::addLabel(Step step) const
{
    switch (step) {
    case Step::CheckName:
        return tr("Read the swarm's cloud service %1").arg(m_spec.dnsName);
    case Step::Certificates:
        return tr("Issue the new hosts' server certificates");
    case Step::WaitOperation:
        return tr("Add the new VMs to the cloud service");
    case Step::WaitRole:
        return tr("Wait for the new VMs and their Docker extension");
    case Step::Rollback:
        return tr("Remove the new hosts");
    default:
        return stepLabel(step);
    }
}

// Everything that can be known without a request: nothing is sent when it fails.
void Provisioner::startAdd()
{
    m_running = true;
    m_total.start();
    setStep(Step::Validate, StepState::Running);
    QList<FieldError> errors;
    if (const QString e = validateDnsName(m_spec.dnsName); !e.isEmpty())
        errors.append({FieldError::Field::DnsName, e});
    if (m_spec.userName.isEmpty())
        errors.append({FieldError::Field::UserName,
                       tr("Give the administrator name of the swarm's VMs with --user USER (the "
                          "one it was created with): the classic API does not return it for an "
                          "existing Linux VM.")});
    else if (const QString e = validateUserName(m_spec.userName); !e.isEmpty())
        errors.append({FieldError::Field::UserName, e});
    if (const QString e = validatePassword(m_spec.password); !e.isEmpty())
        errors.append({FieldError::Field::Password, e});
    if (const QString e = cloud::validateAddCount(m_addCount, 0); !e.isEmpty())
        errors.append({FieldError::Field::Nodes, e});
    if (const QString e = cloud::caProblemForAdd(m_spec.effectiveCertDir()); !e.isEmpty())
        errors.append({FieldError::Field::CertDir, e});
    m_result.fieldErrors = errors;
    QStringList lines;
    for (const FieldError &e : std::as_const(errors))
        lines << e.message;
    if (!m_client)
        lines.prepend(tr("No subscription is selected."));
    if (!lines.isEmpty()) {
        m_result.error = lines.join(QLatin1Char('\n'));
        return refuse();
    }
    setStep(Step::Validate, StepState::Done);
    readSwarmDeployment();
}

// Get Deployment: the swarm's roles NAME-i, what a new role copies from them (size, image, disk
// storage, extension, the per-node port plan), and where each existing node's Docker answers.
void Provisioner::readSwarmDeployment()
{
    setStep(Step::CheckName, StepState::Running, m_spec.hostName());
    call(request(&Api::getDeploymentBySlot, m_spec.dnsName, QStringLiteral("Production")),
         [this](classic::DeploymentReply *r) {
             const QString name = m_spec.dnsName;
             if (!r->ok()) {
                 if (r->httpStatus() == 404)
                     return fail(tr("No swarm named %1 was found: the cloud service %1 has no VM "
                                    "deployment in this subscription. 'docker-vm status %1' "
                                    "shows what there is; 'docker-vm create --nodes N %1 …' "
                                    "makes a swarm.")
                                     .arg(name));
                 return fail(
                     tr("Could not read the deployment of %1: %2").arg(name, r->error().summary()));
             }
             const classic::Deployment &d = r->deployment();
             // The swarm's roles: NAME-i (or VMNAME-i when create had --vm-name).
             const QRegularExpression numbered(QStringLiteral("^(.+)-(\\d+)$"));
             QString base;
             for (const RoleDescription &role : d.roles) {
                 const auto m = numbered.match(role.roleName);
                 if (!m.hasMatch())
                     continue;
                 if (base.isEmpty() || m.captured(1).compare(name, Qt::CaseInsensitive) == 0)
                     base = m.captured(1);
             }
             QMap<int, const RoleDescription *> members;
             for (const RoleDescription &role : d.roles) {
                 const auto m = numbered.match(role.roleName);
                 if (m.hasMatch() && m.captured(1).compare(base, Qt::CaseInsensitive) == 0 &&
                     role.endpoint(QStringLiteral("docker")))
                     members.insert(m.captured(2).toInt(), &role);
             }
             if (members.isEmpty()) {
                 QStringList roles;
                 for (const RoleDescription &role : d.roles)
                     roles << role.roleName;
                 return fail(tr("%1 is a single Docker host (VM role %2), not a swarm made with "
                                "'docker-vm create --nodes N'; swarm add adds hosts to such a "
                                "swarm only. Create a swarm with 'docker-vm create --nodes N'.")
                                 .arg(name, roles.join(QStringLiteral(", "))));
             }
             if (const QString e = cloud::validateAddCount(m_addCount, int(members.size()));
                 !e.isEmpty()) {
                 m_result.fieldErrors.append({FieldError::Field::Nodes, e}); // bad input
                 return fail(e);
             }
             // The first node is the template: size, image, storage, extension, ports.
             const int firstIndex = members.firstKey();
             const RoleDescription &tpl = *members.first();
             m_spec.vmName = base.compare(name, Qt::CaseInsensitive) == 0 ? QString() : base;
             m_spec.size = tpl.roleSize;
             m_spec.imageName = tpl.sourceImageName;
             m_spec.extension = ExtensionSchema::Classic;
             for (const auto &ext : tpl.extensions)
                 if (ext.publisher == QLatin1String("Microsoft.Azure.Extensions"))
                     m_spec.extension = ExtensionSchema::V1;
             // Node i's Docker port is dockerPort + (i - 1) (requests.h).
             m_spec.dockerPort = tpl.endpoint(QStringLiteral("docker"))->port - (firstIndex - 1);
             const RoleDescription *first = members.value(1);
             bool anySsh = false;
             for (const RoleDescription *m : std::as_const(members))
                 anySsh = anySsh || m->endpoint(QStringLiteral("ssh"));
             m_spec.sshPort = first && first->endpoint(QStringLiteral("ssh"))
                                  ? first->endpoint(QStringLiteral("ssh"))->port
                                  : (anySsh ? 22 : 0);
             const QUrl media(tpl.mediaLink);
             if (!media.isValid() || media.host().isEmpty())
                 return fail(tr("The disk of %1 names no storage account (%2), so a new VM's "
                                "disk has no place to go.")
                                 .arg(tpl.roleName, tpl.mediaLink));
             m_blobEndpoint =
                 media.scheme() + QStringLiteral("://") + media.host() + QLatin1Char('/');
             m_firstNode = members.lastKey() + 1;
             m_spec.nodes = m_firstNode + m_addCount - 1;
             // The new nodes' public ports must be free on the cloud service and fit.
             QHash<int, QString> used; // public port -> role
             for (const RoleDescription &role : d.roles)
                 for (const auto &e : role.endpoints)
                     used.insert(e.port, role.roleName);
             for (int i = m_firstNode; i <= m_spec.nodes; ++i) {
                 const int docker = nodeDockerPort(m_spec, i);
                 const int ssh = nodeSshPort(m_spec, i);
                 if (docker > 65535 || ssh > 65535)
                     return fail(tr("%1 would need the public port %2, but ports end at 65535. "
                                    "Add fewer hosts.")
                                     .arg(nodeRoleName(m_spec, i))
                                     .arg(qMax(docker, ssh)));
                 for (int port : {docker, ssh})
                     if (port != 0 && used.contains(port))
                         return fail(tr("%1 would need the public port %2, but %3 uses it on the "
                                        "cloud service %4. Remove that endpoint, or the host, "
                                        "first.")
                                         .arg(nodeRoleName(m_spec, i))
                                         .arg(port)
                                         .arg(used.value(port), name));
             }
             // The existing nodes, as the swarm step reaches them.
             HostOverrides &hosts = m_result.hostOverrides;
             const bool mapLoopback =
                 hosts.mapsSimulatedEndpoints() &&
                 isLoopbackName(m_client->subscription().managementEndpoint.host());
             QStringList existingNames;
             m_existing.clear();
             for (const RoleDescription *role : std::as_const(members)) {
                 cloud::NodeResult n;
                 n.name = role->roleName;
                 n.hostName = m_spec.hostName();
                 n.dockerPort = role->endpoint(QStringLiteral("docker"))->port;
                 n.ok = true;
                 if (const RoleInstance *instance = d.instance(role->roleName)) {
                     n.privateAddress = instance->ipAddress;
                     // Demo and simulator runs only: the simulated VIP is on loopback.
                     for (const InstanceEndpoint &ep : instance->endpoints)
                         if (mapLoopback && ep.name == QLatin1String("docker") &&
                             isLoopbackName(ep.vip))
                             hosts.map(m_spec.hostName(), quint16(n.dockerPort),
                                       QHostAddress(ep.vip), quint16(ep.publicPort));
                 }
                 m_existing << n;
                 existingNames << n.name;
             }
             initNodes();
             emit rowsReset();
             QStringList added;
             for (const Node &n : m_nodes)
                 added << n.name;
             setStep(Step::CheckName, StepState::Done,
                     tr("swarm hosts %1 (%2, image %3); new: %4")
                         .arg(existingNames.join(QStringLiteral(", ")), m_spec.size,
                              m_spec.imageName, added.join(QStringLiteral(", "))));
             beginAdd();
         });
}

// The journal (the new roles only), then the new nodes' certificates and roles.
void Provisioner::beginAdd()
{
    const QString existing = tr("the swarm's (%1)").arg(m_spec.dnsName);
    setStep(Step::Storage, StepState::Skipped,
            tr("the new disks go where the swarm's are: %1").arg(m_blobEndpoint));
    setStep(Step::CloudService, StepState::Skipped, existing);
    setStep(Step::Deployment, StepState::Skipped, existing);
    m_journal = Journal(m_options.journalDir, m_spec, m_client->subscription().id);
    m_journal.setOperation(Journal::Operation::SwarmAdd);
    QString error;
    if (QFile::exists(m_journal.path())) {
        const auto earlier = Journal::load(m_journal.path(), &error);
        if (earlier && !earlier->leftovers().isEmpty())
            return fail(tr("An earlier 'swarm add' of %1 did not finish and may have left hosts "
                           "behind (journal %2). Run 'docker-vm cleanup' first, then add again.")
                            .arg(m_spec.dnsName, m_journal.path()));
    }
    if (!m_journal.begin(&error))
        return fail(error);
    // The CA that signs the new nodes' server certificates; the key is read on the worker.
    const QString dir = m_spec.effectiveCertDir();
    QFile ca(dir + QStringLiteral("/ca.pem"));
    if (!ca.open(QIODevice::ReadOnly))
        return failAt(Step::Certificates,
                      tr("Cannot read the CA %1: %2").arg(ca.fileName(), ca.errorString()));
    m_tls.dir = dir;
    m_tls.caPem = ca.readAll();
    m_tls.caPath = ca.fileName();
    m_tls.caKeyPath = dir + QStringLiteral("/ca-key.pem");
    issueNodeCertificates();
}

} // namespace dockervm::classic
