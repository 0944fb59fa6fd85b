// The multi-host create of ArmProvisioner (VmSpec::nodes > 1): the shared resources, then every
// node's public IP, NIC, VM, VM wait and Docker wait in parallel, then the swarm
// (cloud::SwarmSteps). The single-host flow lives in armprovisioner.cpp and is not touched by
// anything here; rollback, cancel and the journal are shared.
#include "arm/apiversions.h"
#include "arm/armcatalogue.h"
#include "arm/armclient.h"
#include "arm/armoperation.h"
#include "arm/armprovisioner.h"
#include "arm/armprovisionerinternal.h"
#include "arm/cloudinit.h"
#include "certs/dockertlsfiles.h"
#include "cloud/swarmsteps.h"
#include "common/logging.h"
#include "docker/dockerenv.h"
#include "docker/dockerprobe.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QTimer>

#include <algorithm>

namespace dockervm::arm {

using cloud::Journal;
using cloud::StepState;

namespace {

using detail::instanceStatus;
using detail::minutes;

constexpr quint16 kSwarmPort = 2377;

} // namespace

QString ArmProvisioner::fqdnRange(int first) const
{
    // "web-2.… … web-5.…", or the one name when there is only one.
    const QString from = m_nodes[size_t(first)].fqdn;
    return int(m_nodes.size()) - first > 1 ? tr("%1 … %2").arg(from, m_nodes.back().fqdn) : from;
}

bool ArmProvisioner::nodeActive(int node) const
{
    return !m_stopped && !m_cancelRequested && !m_failed && !m_rollingBack && node >= 0 &&
           node < int(m_nodes.size()) && !m_nodes[size_t(node)].failed;
}

void ArmProvisioner::checkNodeName(int)
{
    // Every node's DNS label NAME-i must be free; asked all at once.
    setStep(Step::CheckName, StepState::Running, fqdnRange(0));
    if (!clientUsable(Step::CheckName))
        return;
    m_nameNode = int(m_nodes.size());
    for (const NodeRun &node : m_nodes) {
        const QString label = cloud::nodeName(m_spec.dnsName, node.number);
        const QString fqdn = node.fqdn;
        DnsLabelJob *job =
            m_catalogue->checkDnsLabel(m_setup.subscriptionId, m_spec.location, label);
        m_inflight.append(job);
        connect(job, &CatalogueJob::finished, this, [this, job, fqdn] {
            job->deleteLater();
            m_inflight.removeAll(job);
            if (m_stopped || m_cancelRequested || m_failed)
                return;
            if (!job->ok())
                return fail(Step::CheckName,
                            tr("Could not check whether the DNS name %1 is free: %2")
                                .arg(fqdn, errorText(job->error())));
            if (!job->available())
                return fail(Step::CheckName,
                            tr("The DNS name %1 is already used by another public IP in %2. Choose "
                               "another name (every host of the swarm gets the DNS label NAME-i, "
                               "and labels are unique per region).")
                                .arg(fqdn, m_spec.location));
            if (--m_nameNode > 0)
                return;
            setStep(Step::CheckName, StepState::Done, tr("free: %1").arg(fqdnRange(0)));
            if (adding())
                return startParallelNodes(); // the group and network exist
            resourceGroup();
        });
    }
}

void ArmProvisioner::startParallelNodes()
{
    // The certificates, the NSG, the VNet and every node's public IP: independent of each other.
    // Adding nodes: the NSG and the VNet exist (read by the run's first step).
    m_parallelLeft = (adding() ? 1 : 3) + int(m_nodes.size());
    m_nodesLeft = int(m_nodes.size());
    makeCertificates();
    if (m_failed || m_cancelRequested)
        return;
    const QJsonObject tags = bodies::tags(m_runId, m_names.vm);
    if (adding())
        return startNodePublicIps();
    putResource(Step::NetworkSecurityGroup, Journal::Kind::NetworkSecurityGroup, m_names.nsgId(),
                api::network(),
                bodies::withSwarmRules(bodies::networkSecurityGroup(
                    m_spec.location, tags, m_spec.sshPort, m_spec.dockerPort, m_spec.allowFrom)),
                [this](const QJsonObject &) {
                    setStep(Step::NetworkSecurityGroup, StepState::Done,
                            (m_spec.sshPort ? tr("%1: TCP %2 and %3 from %4")
                                                  .arg(m_names.nsg)
                                                  .arg(m_spec.sshPort)
                                                  .arg(m_spec.dockerPort)
                                                  .arg(m_spec.allowFrom)
                                            : tr("%1: TCP %2 from %3")
                                                  .arg(m_names.nsg)
                                                  .arg(m_spec.dockerPort)
                                                  .arg(m_spec.allowFrom)) +
                                tr("; swarm 2377/tcp, 7946/tcp+udp, 4789/udp only from %1")
                                    .arg(QString::fromLatin1(bodies::kSubnetPrefix)));
                    parallelDone(Step::NetworkSecurityGroup);
                });
    if (m_failed || m_cancelRequested)
        return;
    putResource(Step::VirtualNetwork, Journal::Kind::VirtualNetwork, m_names.vnetId(),
                api::network(), bodies::virtualNetwork(m_spec.location, tags, m_names.subnet),
                [this](const QJsonObject &) {
                    setStep(Step::VirtualNetwork, StepState::Done,
                            tr("%1 (%2), subnet %3 (%4)")
                                .arg(m_names.vnet, QString::fromLatin1(bodies::kVnetPrefix),
                                     m_names.subnet, QString::fromLatin1(bodies::kSubnetPrefix)));
                    parallelDone(Step::VirtualNetwork);
                });
    startNodePublicIps();
}

void ArmProvisioner::startNodePublicIps()
{
    const QJsonObject tags = bodies::tags(m_runId, m_names.vm);
    for (const NodeRun &n : m_nodes) {
        if (m_failed || m_cancelRequested)
            return;
        const int i = n.index;
        putResource(
            rowIndex(Step::PublicIp, i), Journal::Kind::PublicIpAddress, n.names.publicIpId(),
            api::network(),
            bodies::publicIp(m_spec.location, tags, cloud::nodeName(m_spec.dnsName, n.number)),
            [this, i](const QJsonObject &pip) {
                if (!nodeActive(i))
                    return;
                NodeRun &node = m_nodes[size_t(i)];
                const QJsonObject p = pip.value(QStringLiteral("properties")).toObject();
                const QString fqdn = p.value(QStringLiteral("dnsSettings"))
                                         .toObject()
                                         .value(QStringLiteral("fqdn"))
                                         .toString();
                node.publicAddress = p.value(QStringLiteral("ipAddress")).toString();
                if (!fqdn.isEmpty() && fqdn.compare(node.fqdn, Qt::CaseInsensitive) != 0)
                    say(tr("Azure names the public IP %1, not %2 as expected; the "
                           "certificate is for %2.")
                            .arg(fqdn, node.fqdn));
                setNodeStep(i, Step::PublicIp, StepState::Done,
                            tr("%1 (%2)").arg(node.fqdn, node.publicAddress));
                parallelDone(Step::PublicIp);
            },
            [this, i](const QString &error) {
                failNode(i, Step::PublicIp, error);
                if (!m_failed)
                    parallelDone(Step::PublicIp);
            });
    }
}

void ArmProvisioner::journalNodeTlsFiles(int i)
{
    // The shared files first: rollback goes newest first, so every server certificate is gone
    // before the CA and client files are weighed (they stay while a server certificate uses them).
    const QString dir = m_spec.effectiveCertDir();
    const QString host = m_nodes[size_t(i)].fqdn;
    QStringList candidates;
    if (i == 0 && !adding())
        candidates << certs::tlsfiles::caKeyFileName() << certs::tlsfiles::caFileName()
                   << certs::tlsfiles::clientKeyFileName() << certs::tlsfiles::clientCertFileName();
    candidates << certs::DockerTlsStore::serverKeyFileName(host)
               << certs::DockerTlsStore::serverCertFileName(host);
    for (const QString &name : std::as_const(candidates)) {
        const QString path = QDir(dir).filePath(name);
        if (!QFileInfo::exists(path))
            journal(Journal::Kind::File, path, Journal::State::Planned);
    }
}

void ArmProvisioner::startNodeTlsJob(int i)
{
    // One CA and one client certificate for all nodes: node 1's job makes them (or reuses those
    // in the folder) with its own server certificate; then every other node's server
    // certificate for its own FQDN, all at once (startOtherNodeTlsJobs).
    Q_ASSERT(i == 0);
    const QString dir = m_spec.effectiveCertDir();
    const QString host = m_nodes[size_t(i)].fqdn;
    setStep(Step::Certificates, StepState::Running,
            tr("%1: CA, client and server certificate for %2").arg(dir, host));
    journalNodeTlsFiles(i);
    certs::DockerTlsOptions tls = m_options.tls;
    tls.keyType = m_spec.keyType;
    auto *job = new certs::DockerTlsJob(dir, host, {}, tls, this);
    job->setTakeFolderLock(false); // held by this run
    m_tlsJob = job;
    connect(job, &certs::DockerTlsJob::finished, this,
            [this, job, i](const certs::DockerTlsResult &result) {
                job->deleteLater();
                for (const certs::DockerTlsWrittenFile &w : result.written)
                    journal(Journal::Kind::File, w.path, Journal::State::Created, w.sha256);
                for (const Journal::Entry &e : m_journal.entries())
                    if (e.kind == Journal::Kind::File && e.state == Journal::State::Planned)
                        journal(Journal::Kind::File, e.name, Journal::State::Removed);
                if (m_stopped)
                    return unlockCertFolder();
                if (m_cancelRequested || result.cancelled || m_failed) {
                    unlockCertFolder();
                    if (m_rows[rowIndex(Step::Certificates)].state == StepState::Running)
                        setStep(Step::Certificates, StepState::Cancelled);
                    return rollback();
                }
                if (!result.ok) {
                    unlockCertFolder();
                    return fail(Step::Certificates, result.error);
                }
                NodeRun &n = m_nodes[size_t(i)];
                n.serverCertPem = result.bundle.serverCertPem;
                n.serverKeyPem = result.bundle.serverKeyPem;
                m_tls = result.bundle;
                startOtherNodeTlsJobs();
            });
    job->start();
}

void ArmProvisioner::startOtherNodeTlsJobs()
{
    // Adding nodes: every new node's, signed by the CA in the folder (checked to be there).
    const int first = adding() ? 0 : 1;
    const QString dir = m_spec.effectiveCertDir();
    const int count = int(m_nodes.size());
    auto done = [this, dir] {
        unlockCertFolder();
        setStep(Step::Certificates, StepState::Done,
                (m_tls.reusedCa ? tr("reused the CA and client certificate in %1")
                                : tr("created a CA and a client certificate in %1"))
                        .arg(dir) +
                    tr("; a server certificate per host: %1").arg(fqdnRange(0)));
        parallelDone(Step::Certificates);
    };
    if (count <= first)
        return done();
    setStep(Step::Certificates, StepState::Running,
            tr("%1: server certificates for %2 (%3 at once)")
                .arg(dir, fqdnRange(first))
                .arg(count - first));
    // Each job writes only its own node's two files: the CA and client files exist now and are
    // read, never written, by these jobs.
    certs::DockerTlsOptions tls = m_options.tls;
    tls.keyType = m_spec.keyType;
    m_nodeTlsJobs.clear();
    m_nodeTlsError.clear();
    m_nodeTlsLeft = count - first;
    for (int i = first; i < count; ++i) {
        journalNodeTlsFiles(i);
        auto *job = new certs::DockerTlsJob(dir, m_nodes[size_t(i)].fqdn, {}, tls, this);
        job->setTakeFolderLock(false); // held by this run
        m_nodeTlsJobs << job;
        connect(job, &certs::DockerTlsJob::finished, this,
                [this, job, i, done](const certs::DockerTlsResult &result) {
                    job->deleteLater();
                    m_nodeTlsJobs.removeAll(job);
                    for (const certs::DockerTlsWrittenFile &w : result.written)
                        journal(Journal::Kind::File, w.path, Journal::State::Created, w.sha256);
                    if (!result.ok && !result.cancelled && m_nodeTlsError.isEmpty()) {
                        // One failed: the others stop, and the run fails once they have.
                        m_nodeTlsError = result.error;
                        for (const QPointer<certs::DockerTlsJob> &other : m_nodeTlsJobs)
                            if (other)
                                other->cancel();
                    }
                    if (result.ok) {
                        if (m_tls.caPem.isEmpty())
                            m_tls = result.bundle; // adding: the swarm's CA, read from the folder
                        NodeRun &n = m_nodes[size_t(i)];
                        n.serverCertPem = result.bundle.serverCertPem;
                        n.serverKeyPem = result.bundle.serverKeyPem;
                    }
                    if (--m_nodeTlsLeft > 0) {
                        // cancel() and fail() wait for the job m_tlsJob names: keep it one that
                        // still runs, so the last one's handler below rolls back once.
                        if (m_tlsJob == job || !m_tlsJob)
                            for (const QPointer<certs::DockerTlsJob> &other : m_nodeTlsJobs)
                                if (other && other->isRunning())
                                    m_tlsJob = other;
                        return;
                    }
                    m_tlsJob = nullptr;
                    for (const Journal::Entry &e : m_journal.entries())
                        if (e.kind == Journal::Kind::File && e.state == Journal::State::Planned)
                            journal(Journal::Kind::File, e.name, Journal::State::Removed);
                    if (m_stopped)
                        return unlockCertFolder();
                    if (m_cancelRequested || m_failed) {
                        unlockCertFolder();
                        if (m_rows[rowIndex(Step::Certificates)].state == StepState::Running)
                            setStep(Step::Certificates, StepState::Cancelled);
                        return rollback();
                    }
                    if (!m_nodeTlsError.isEmpty()) {
                        unlockCertFolder();
                        return fail(Step::Certificates, m_nodeTlsError);
                    }
                    done();
                });
    }
    m_tlsJob = m_nodeTlsJobs.first();
    for (const QPointer<certs::DockerTlsJob> &job : std::as_const(m_nodeTlsJobs))
        if (job)
            job->start();
}

void ArmProvisioner::createNodeNic(int i)
{
    if (!nodeActive(i))
        return;
    const NodeRun &node = m_nodes[size_t(i)];
    putResource(
        rowIndex(Step::NetworkInterface, i), Journal::Kind::NetworkInterface, node.names.nicId(),
        api::network(),
        bodies::networkInterface(m_spec.location, bodies::tags(m_runId, m_names.vm), node.names),
        [this, i](const QJsonObject &nic) {
            if (!nodeActive(i))
                return;
            NodeRun &n = m_nodes[size_t(i)];
            const QJsonArray configs = nic.value(QStringLiteral("properties"))
                                           .toObject()
                                           .value(QStringLiteral("ipConfigurations"))
                                           .toArray();
            n.privateAddress = configs.first()
                                   .toObject()
                                   .value(QStringLiteral("properties"))
                                   .toObject()
                                   .value(QStringLiteral("privateIPAddress"))
                                   .toString();
            if (n.privateAddress.isEmpty())
                return failNode(i, Step::NetworkInterface,
                                tr("Azure made the network interface %1 but reports no private "
                                   "address for it; the swarm needs one.")
                                    .arg(n.names.nic));
            m_result.nodes[i].privateAddress = n.privateAddress;
            setNodeStep(i, Step::NetworkInterface, StepState::Done,
                        tr("%1 (%2)").arg(n.names.nic, n.privateAddress));
            createNodeVm(i);
        },
        [this, i](const QString &error) { failNode(i, Step::NetworkInterface, error); });
}

void ArmProvisioner::createNodeVm(int i)
{
    const NodeRun &node = m_nodes[size_t(i)];
    DockerCloudConfig config;
    config.caPem = m_tls.caPem;
    config.serverCertPem = node.serverCertPem;
    config.serverKeyPem = node.serverKeyPem;
    config.dockerPort = quint16(m_spec.dockerPort);
    config.fqdn = node.fqdn;
    QString error;
    const auto customData = config.customDataBase64(&error);
    if (!customData)
        return failNode(
            i, Step::VirtualMachine,
            tr("Could not write the cloud-init document for %1: %2").arg(node.name, error));
    const QJsonObject body =
        bodies::virtualMachine(m_spec, bodies::tags(m_runId, m_names.vm), node.names, *customData);
    say(tr("Sending the VM %1: %2, image %3, cloud-init %4 bytes (Docker on port %5 with TLS "
           "for %6).")
            .arg(node.name, m_spec.size, m_spec.imageName)
            .arg(QByteArray::fromBase64(*customData).size())
            .arg(m_spec.dockerPort)
            .arg(node.fqdn));
    putResource(
        rowIndex(Step::VirtualMachine, i), Journal::Kind::VirtualMachine, node.names.vmId(),
        api::compute(), body,
        [this, i](const QJsonObject &) {
            if (!nodeActive(i))
                return;
            NodeRun &n = m_nodes[size_t(i)];
            setNodeStep(i, Step::VirtualMachine, StepState::Done,
                        tr("%1 (%2) created").arg(n.name, m_spec.size));
            setNodeStep(i, Step::WaitVm, StepState::Running);
            n.waitClock.start();
            pollNodeVm(i);
        },
        [this, i](const QString &why) { failNode(i, Step::VirtualMachine, why); });
}

void ArmProvisioner::pollNodeVm(int i)
{
    if (!nodeActive(i) || !clientUsable(rowIndex(Step::WaitVm, i)))
        return;
    const QString vmId = m_nodes[size_t(i)].names.vmId();
    track(rowIndex(Step::WaitVm, i),
          m_setup.client->get(vmId, api::compute(), QStringLiteral("$expand=instanceView")),
          [this, i](ArmReply *r) {
              if (!nodeActive(i))
                  return;
              NodeRun &node = m_nodes[size_t(i)];
              if (!r->ok())
                  return failNode(i, Step::WaitVm,
                                  tr("Could not read the state of the VM %1: %2")
                                      .arg(node.name, errorText(r->error())));
              QString provisioningMessage;
              const QString provisioning = instanceStatus(
                  r->json(), QStringLiteral("ProvisioningState/"), &provisioningMessage);
              const QString power = instanceStatus(r->json(), QStringLiteral("PowerState/"));
              const QString state = tr("provisioning %1, power %2")
                                        .arg(provisioning.isEmpty() ? tr("unknown") : provisioning,
                                             power.isEmpty() ? tr("unknown") : power);
              if (state != node.lastVmState) {
                  node.lastVmState = state;
                  setNodeStep(i, Step::WaitVm, StepState::Running, state);
              }
              if (provisioning == QLatin1String("failed"))
                  return failNode(i, Step::WaitVm,
                                  tr("Azure could not provision the VM %1: %2")
                                      .arg(node.name, provisioningMessage));
              if (provisioning == QLatin1String("succeeded") &&
                  (power == QLatin1String("stopped") || power == QLatin1String("deallocated")))
                  return failNode(i, Step::WaitVm,
                                  tr("The VM %1 is %2, not running.").arg(node.name, power));
              if (provisioning != QLatin1String("succeeded") || power != QLatin1String("running")) {
                  if (node.waitClock.elapsed() > m_options.vmReadyTimeoutMs)
                      return failNode(i, Step::WaitVm,
                                      tr("The VM %1 was not running after %2 minutes (%3).")
                                          .arg(node.name)
                                          .arg(m_options.vmReadyTimeoutMs / 60000.0, 0, 'f', 1)
                                          .arg(state));
                  const int delay =
                      int(qBound(qint64(qMin(100, m_options.pollIntervalMs)),
                                 node.waitClock.elapsed() / 3, qint64(m_options.pollIntervalMs)));
                  QTimer::singleShot(delay, this, [this, i] { pollNodeVm(i); });
                  return;
              }
              setNodeStep(i, Step::WaitVm, StepState::Done, state);
              readNodePublicIp(i);
          });
}

void ArmProvisioner::readNodePublicIp(int i)
{
    track(rowIndex(Step::WaitVm, i),
          m_setup.client->get(m_nodes[size_t(i)].names.publicIpId(), api::network()),
          [this, i](ArmReply *r) {
              if (!nodeActive(i))
                  return;
              NodeRun &node = m_nodes[size_t(i)];
              if (r->ok()) {
                  const QJsonObject p = r->json().value(QStringLiteral("properties")).toObject();
                  node.publicAddress =
                      p.value(QStringLiteral("ipAddress")).toString(node.publicAddress);
                  say(tr("%1 is reachable as %2 (%3), private address %4.")
                          .arg(node.name, node.fqdn, node.publicAddress, node.privateAddress));
              }
              if (!m_options.waitForDocker) {
                  setNodeStep(i, Step::WaitDocker, StepState::Skipped);
                  node.done = true;
                  m_result.nodes[i].ok = true;
                  return nodeFinished(i);
              }
              setNodeStep(i, Step::WaitDocker, StepState::Running,
                          tr("waiting for cloud-init and Docker (0:00)"));
              node.waitClock.start();
              auto *ticker = new QTimer(this);
              node.ticker = ticker;
              connect(ticker, &QTimer::timeout, this, [this, i] {
                  if (nodeActive(i))
                      setNodeStep(i, Step::WaitDocker, StepState::Running,
                                  tr("waiting for cloud-init and Docker (%1)")
                                      .arg(minutes(m_nodes[size_t(i)].waitClock.elapsed())));
              });
              ticker->start(1000);
              waitForNodeEndpoint(i);
          });
}

bool ArmProvisioner::mapSimulatedNode(const QString &fqdn, const QString &publicAddress,
                                      const QString &privateAddress)
{
    // Demo and simulator runs only, as for one host: the simulated VM serves Docker on loopback,
    // reached for its FQDN (the certificate is still verified for that name). When the
    // simulator's endpoint callback also places its private address:2377 on loopback (a real
    // dockerd in tests), that is mapped too and the swarm steps advertise the mapped address.
    // A real run maps nothing.
    HostOverrides &hosts = m_result.hostOverrides;
    const bool simulated = hosts.mapsSimulatedEndpoints() && m_setup.client &&
                           isLoopbackName(m_setup.client->options().armEndpoint.host());
    if (!simulated)
        return true;
    const quint16 port = quint16(m_spec.dockerPort);
    std::optional<HostOverrides::Target> target;
    if (m_setup.simulatedDockerEndpoint)
        target = m_setup.simulatedDockerEndpoint(fqdn, port);
    else if (isLoopbackName(publicAddress))
        target = HostOverrides::Target{QHostAddress(publicAddress), port};
    if (!target)
        return false;
    hosts.map(fqdn, port, target->address, target->port);
    // Where the simulated VM listens for the swarm, when not on the simulator's own swarm
    // network at its private address (a real dockerd the tests start for it).
    if (m_setup.simulatedDockerEndpoint && !privateAddress.isEmpty())
        if (const auto swarm = m_setup.simulatedDockerEndpoint(privateAddress, kSwarmPort))
            hosts.map(privateAddress, kSwarmPort, swarm->address, swarm->port);
    return true;
}

void ArmProvisioner::waitForNodeEndpoint(int i)
{
    if (!nodeActive(i))
        return;
    NodeRun &node = m_nodes[size_t(i)];
    if (mapSimulatedNode(node.fqdn, node.publicAddress, node.privateAddress))
        return waitForNodeDocker(i);
    if (node.waitClock.elapsed() > qint64(m_options.dockerWaitSeconds) * 1000)
        return failNode(i, Step::WaitDocker,
                        tr("Docker did not answer at %1 within %2: the simulated VM never "
                           "started Docker (its cloud-init did not finish).")
                            .arg(docker::dockerHostUrl(node.fqdn, quint16(m_spec.dockerPort)),
                                 minutes(node.waitClock.elapsed())));
    QTimer::singleShot(100, this, [this, i] { waitForNodeEndpoint(i); });
}

void ArmProvisioner::waitForNodeDocker(int i)
{
    NodeRun &node = m_nodes[size_t(i)];
    docker::ProbeOptions options;
    options.host = node.fqdn;
    options.port = quint16(m_spec.dockerPort);
    options.certDir = m_spec.effectiveCertDir();
    const qint64 left = qint64(m_options.dockerWaitSeconds) * 1000 - node.waitClock.elapsed();
    options.waitSeconds = int(qMax<qint64>(1, left / 1000));
    options.hostOverrides = m_result.hostOverrides;
    auto *probe = new docker::DockerProbe(options, this);
    node.probe = probe;
    const QString name = node.name;
    connect(probe, &docker::DockerProbe::attemptFinished, this,
            [this, name](int attempt, docker::ProbeStage stage, const QString &diagnosis) {
                say(tr("%1: Docker check %2: %3: %4")
                        .arg(name)
                        .arg(attempt)
                        .arg(docker::stageLabel(stage), diagnosis));
            });
    connect(probe, &docker::DockerProbe::finished, this,
            [this, probe, i](const docker::ConnectionReport &report) {
                probe->deleteLater();
                if (!nodeActive(i))
                    return;
                NodeRun &n = m_nodes[size_t(i)];
                if (n.ticker)
                    n.ticker->deleteLater();
                n.report = report;
                if (!report.ok)
                    return failNode(
                        i, Step::WaitDocker,
                        tr("Docker did not answer at %1 within %2 (%3). Sign in with ssh %4@%5 "
                           "and look at 'cloud-init status --long' and 'journalctl -u docker'.")
                            .arg(docker::dockerHostUrl(n.fqdn, quint16(m_spec.dockerPort)),
                                 minutes(n.waitClock.elapsed()), report.summary, m_spec.userName,
                                 n.fqdn));
                setNodeStep(i, Step::WaitDocker, StepState::Done,
                            tr("Docker %1 answered (API %2) after %3")
                                .arg(report.server.serverVersion, report.server.apiVersion,
                                     minutes(n.waitClock.elapsed())));
                n.done = true;
                m_result.nodes[i].ok = true;
                nodeFinished(i);
            });
    probe->start();
}

void ArmProvisioner::failNode(int i, Step step, const QString &error)
{
    if (!m_options.keepPartial)
        return failRow(rowIndex(step, i), error);
    if (!nodeActive(i))
        return;
    NodeRun &node = m_nodes[size_t(i)];
    node.failed = true;
    if (node.probe) {
        disconnect(node.probe, nullptr, this, nullptr);
        node.probe->cancel();
    }
    if (node.ticker)
        node.ticker->deleteLater();
    cloud::NodeResult &r = m_result.nodes[i];
    r.ok = false;
    r.error = error;
    r.failedStep = nodeStepId(step, node.name);
    setNodeStep(i, step, StepState::Failed, error);
    for (Step s : steps())
        if (isNodeStep(s) && s != step) {
            const int row = rowIndex(s, i);
            if (m_rows[row].state == StepState::Running)
                setRow(row, StepState::Cancelled, tr("stopped: %1 failed").arg(node.name));
            else if (m_rows[row].state == StepState::Pending)
                setRow(row, StepState::Skipped, tr("%1 failed").arg(node.name));
        }
    say(tr("%1 failed: %2 The other hosts go on (--keep-partial); %1's VM, network interface "
           "and public IP are removed.")
            .arg(node.name, error));
    nodeFinished(i);
}

void ArmProvisioner::nodeFinished(int)
{
    if (--m_nodesLeft == 0)
        afterNodes();
}

void ArmProvisioner::afterNodes()
{
    if (m_stopped || m_cancelRequested || m_failed || m_rollingBack)
        return;
    QList<int> failed;
    QStringList failedNames;
    for (const NodeRun &node : m_nodes)
        if (node.failed) {
            failed << node.index;
            failedNames << node.name;
        }
    // The swarm rows of nodes that never came up.
    for (const NodeRun &node : m_nodes)
        if (node.failed)
            for (int row = 0; row < m_rows.size(); ++row)
                if (m_rows[row].id == cloud::swarmJoinRowId(node.name))
                    setRow(row, StepState::Skipped, tr("%1 failed").arg(node.name));
    if (failed.size() == int(m_nodes.size())) {
        m_options.keepPartial = false; // nothing to keep
        const QString why = m_result.nodes.first().error;
        for (int row = 0; row < m_rows.size(); ++row)
            if (m_rows[row].id == m_result.nodes.first().failedStep) {
                return failRow(row, tr("None of the %1 hosts came up (%2: %3).")
                                        .arg(m_nodes.size())
                                        .arg(m_nodes.front().name, why));
            }
        return failRow(rowIndex(Step::Rollback),
                       tr("None of the %1 hosts came up.").arg(m_nodes.size()));
    }
    if (failed.isEmpty())
        return startSwarm();
    removeNodes(failed, [this] { startSwarm(); });
}

void ArmProvisioner::removeNodes(const QList<int> &nodes, std::function<void()> then)
{
    QStringList ids;
    QStringList names;
    for (int i : nodes) {
        const NodeRun &node = m_nodes[size_t(i)];
        ids << node.names.vmId().toLower() << node.names.nicId().toLower()
            << node.names.publicIpId().toLower();
        names << node.name;
    }
    QList<Journal::Entry> queue;
    for (const Journal::Entry &e : m_journal.leftovers())
        if (ids.contains(e.name.toLower()))
            queue << e;
    std::stable_sort(queue.begin(), queue.end(),
                     [this](const Journal::Entry &a, const Journal::Entry &b) {
                         return rollbackRank(a) < rollbackRank(b);
                     });
    if (queue.isEmpty())
        return then();
    setStep(Step::Rollback, StepState::Running,
            tr("removing the failed host(s) %1").arg(names.join(QStringLiteral(", "))));
    m_rollbackClock.start();
    m_rollbackQueue = queue;
    m_afterRemoval = [this, names, then] {
        if (m_result.leftBehind.isEmpty())
            setStep(Step::Rollback, StepState::Done,
                    tr("removed the failed host(s) %1").arg(names.join(QStringLiteral(", "))));
        else
            setStep(Step::Rollback, StepState::Failed,
                    tr("left behind: %1. Remove them in the portal or with 'az resource delete'.")
                        .arg(m_result.leftBehind.join(QStringLiteral(", "))));
        then();
    };
    rollbackNext();
}

void ArmProvisioner::startSwarm()
{
    if (m_stopped || m_cancelRequested || m_failed || m_rollingBack)
        return;
    cloud::SwarmStepInput in;
    for (const NodeRun &node : m_nodes)
        if (!node.failed)
            in.nodes << m_result.nodes[node.index];
    in.managers = m_spec.managers;
    // Adding nodes: join mode, every new node a worker of the swarm the existing nodes make.
    if (adding())
        in.existing = m_existing;
    in.certDir = m_spec.effectiveCertDir();
    in.hostOverrides = m_result.hostOverrides;
    in.readyTimeoutMs = m_options.swarmReadyTimeoutMs;
    in.pollIntervalMs = qBound(50, m_options.pollIntervalMs, 1000);
    if (!m_options.waitForDocker) {
        for (int row = 0; row < m_rows.size(); ++row)
            if (m_rows[row].id.startsWith(QLatin1String("swarm-")))
                setRow(row, StepState::Skipped, tr("Docker was not waited for"));
        return succeed();
    }
    auto *swarm = new cloud::SwarmSteps(in, this);
    m_swarm = swarm;
    m_swarmInput = in;
    connect(swarm, &cloud::SwarmSteps::rowUpdated, this, [this](const cloud::StepRow &row) {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].id == row.id) {
                m_rows[i] = row;
                emit rowChanged(i);
                return;
            }
    });
    connect(swarm, &cloud::SwarmSteps::message, this, [this](const QString &text) { say(text); });
    connect(swarm, &cloud::SwarmSteps::finished, this, &ArmProvisioner::swarmFinished);
    swarm->start();
}

void ArmProvisioner::swarmFinished(const cloud::SwarmStepOutcome &outcome)
{
    const cloud::SwarmStepInput swarmInput = m_swarm ? m_swarm->input() : cloud::SwarmStepInput{};
    if (m_swarm)
        m_swarm->deleteLater();
    m_swarmOutcome = outcome;
    if (m_stopped || m_cancelRequested || m_failed || m_rollingBack)
        return;
    cloud::applySwarmOutcome(m_result, outcome);
    for (const NodeRun &node : m_nodes)
        if (node.name == outcome.leader)
            m_result.docker = node.report;
    for (const cloud::NodeResult &node : std::as_const(m_existing))
        if (node.name == outcome.leader)
            m_result.hostName = node.hostName; // adding: the manager asked
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id.startsWith(QLatin1String("swarm-")) &&
            m_rows[row].state == StepState::Pending)
            setRow(row, StepState::Skipped);
    switch (cloud::swarmDecision(outcome, m_options.keepPartial)) {
    case cloud::SwarmDecision::Complete:
        return succeed();
    case cloud::SwarmDecision::KeepPartial: {
        QList<int> failed;
        for (const NodeRun &node : m_nodes)
            if (outcome.failed.contains(node.name)) {
                failed << node.index;
                m_nodes[size_t(node.index)].failed = true;
                say((adding() ? tr("%1 did not join the swarm: %2 The new nodes that joined are "
                                   "kept (--keep-partial); %1 is removed.")
                              : tr("%1 did not join the swarm: %2 The swarm of the other hosts "
                                   "is kept (--keep-partial); %1 is removed."))
                        .arg(node.name, outcome.failed.value(node.name)));
            }
        if (adding()) {
            // The failed new nodes leave the swarm while their VMs still run, then the VMs go.
            return forgetNewNodes(failed, [this, failed] {
                removeNodes(failed, [this] {
                    if (!m_stopped && !m_cancelRequested && !m_failed)
                        succeed();
                });
            });
        }
        // The failed nodes' VMs go, then the leader forgets those that had joined (else they
        // stay in its node list as "down").
        return removeNodes(failed, [this, swarmInput, outcome] {
            if (m_stopped || m_cancelRequested || m_failed)
                return;
            cloud::forgetFailedNodes(swarmInput, outcome, this,
                                     [this](const QStringList &problems) {
                                         if (m_stopped || m_cancelRequested || m_failed)
                                             return;
                                         for (const QString &p : problems)
                                             say(p);
                                         succeed();
                                     });
        });
    }
    case cloud::SwarmDecision::RollBack:
        break;
    }
    int row = -1;
    for (int i = 0; i < m_rows.size() && row < 0; ++i)
        if (m_rows[i].id.startsWith(QLatin1String("swarm-")) &&
            m_rows[i].state == StepState::Failed)
            row = i;
    QStringList why;
    for (auto it = outcome.failed.cbegin(); it != outcome.failed.cend(); ++it)
        why << tr("%1: %2").arg(it.key(), it.value());
    why.sort();
    const QString error =
        adding() ? tr("The new nodes could not join the swarm %1 (%2). %3 The new nodes are "
                      "removed; the existing nodes are unchanged. With --keep-partial the new "
                      "nodes that joined would have been kept.")
                       .arg(m_addName, outcome.error, why.join(QLatin1Char(' ')))
                 : tr("The swarm could not be made (%1). %2 Everything this run created is "
                      "removed; with --keep-partial the hosts that joined would have been kept.")
                       .arg(outcome.error, why.join(QLatin1Char(' ')));
    for (int i = 0; i < m_rows.size() && row < 0; ++i)
        if (m_rows[i].id == cloud::swarmReadyRowId())
            row = i;
    failRow(row, error);
}

void ArmProvisioner::stopNodeWork()
{
    // The parallel server certificate jobs stop within moments; the last one's handler rolls
    // back (or, after stop(), does nothing).
    for (const QPointer<certs::DockerTlsJob> &job : std::as_const(m_nodeTlsJobs))
        if (job) {
            if (m_stopped)
                disconnect(job, nullptr, this, nullptr);
            job->cancel();
        }
    for (NodeRun &node : m_nodes) {
        if (node.probe) {
            disconnect(node.probe, nullptr, this, nullptr);
            node.probe->cancel();
        }
        if (node.ticker)
            node.ticker->deleteLater();
    }
    if (m_swarm) {
        disconnect(m_swarm, nullptr, this, nullptr);
        m_swarm->cancel(); // the formation ends at once: its outcome is complete now
        // Adding nodes: what the join steps got to (the manager asked, the nodes that joined or
        // may have) tells the rollback which new nodes must leave the swarm again.
        if (adding())
            m_swarmOutcome = m_swarm->outcome();
        m_swarm->deleteLater();
    }
}

} // namespace dockervm::arm
