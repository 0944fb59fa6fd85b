// Provisioner: several hosts in one cloud service (VmSpec::nodes > 1), joined into a swarm.
// See provisioner.h for the flow; requests.h for the per-node ports.
#include "certs/x509.h"
#include "classic/deployment.h"
#include "classic/managementclient.h"
#include "classic/provisioner.h"
#include "classic/provisioner_impl.h"
#include "classic/requests.h"
#include "cloud/swarmsteps.h"
#include "common/logging.h"
#include "docker/dockerenv.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QThreadPool>

#include <optional>
#include <vector>

namespace dockervm::classic {
using namespace provisioner_detail;

QString Provisioner::nodeRowId(const QString &nodeName)
{
    return QStringLiteral("node-") + nodeName;
}

void Provisioner::initNodes()
{
    QStringList names;
    m_nodes.clear();
    for (int i = m_firstNode; i <= m_spec.nodes; ++i) {
        Node n;
        n.name = nodeRoleName(m_spec, i);
        n.sshPort = nodeSshPort(m_spec, i);
        n.dockerPort = nodeDockerPort(m_spec, i);
        names << n.name;
        m_nodes.push_back(std::move(n));
    }
    m_swarmRows = isAdd() ? cloud::SwarmSteps::plannedAddRows(m_spec.effectiveVmName(), names)
                          : cloud::SwarmSteps::plannedRows(names);
    syncNodeResults();
}

int Provisioner::rowIndex(Step step) const
{
    if (step == Step::Rollback && isMultiNode())
        return int(Step::Rollback) + int(m_nodes.size()) + int(m_swarmRows.size());
    return int(step);
}

void Provisioner::setNode(int index, cloud::StepState state, const QString &detail)
{
    Node &n = m_nodes[size_t(index)];
    if (state == cloud::StepState::Running && !n.clock.isValid())
        n.clock.start();
    n.state = state;
    n.detail = detail;
    qCInfo(lcProvision).noquote() << nodeRowId(n.name) << cloud::stepStateId(state) << detail;
    emit rowChanged(int(Step::Rollback) + index);
}

void Provisioner::syncNodeResults()
{
    QList<cloud::NodeResult> results;
    for (const Node &n : m_nodes) {
        cloud::NodeResult r;
        // Keep what the swarm step wrote (role, swarm node ID).
        for (const cloud::NodeResult &old : std::as_const(m_result.nodes))
            if (old.name == n.name)
                r = old;
        r.name = n.name;
        r.hostName = m_spec.hostName();
        r.dockerPort = n.dockerPort;
        r.privateAddress = n.privateAddress;
        if (n.failed) {
            r.ok = false;
            r.error = n.error;
            r.failedStep = nodeRowId(n.name);
        } else if (r.error.isEmpty()) {
            r.ok = n.dockerOk;
        }
        results << r;
    }
    m_result.nodes = results;
}

// Nodes 2..N (an add: every new node): their own server key and certificate for the same DNS
// name, signed by the run's CA (read from the folder), made on a worker thread (the keys in
// parallel, up to one per core) and kept in memory only.
void Provisioner::issueNodeCertificates()
{
    // A create's NAME-1 uses the folder's server pair; an add issues one for every new node.
    const int from = isAdd() ? 0 : 1;
    if (!isAdd()) {
        m_nodes.front().serverCertPem = m_tls.serverCertPem;
        m_nodes.front().serverKeyPem = m_tls.serverKeyPem;
    }
    setStep(Step::Certificates, StepState::Running,
            tr("server certificates for %1 more hosts (same CA, same DNS name %2)")
                .arg(int(m_nodes.size()) - from)
                .arg(m_spec.hostName()));
    struct Issued
    {
        QList<certs::IssuedCertificate> certs;
        QString error;
    };
    auto result = std::make_shared<Issued>();
    m_certCancel = std::make_shared<std::atomic<bool>>(false);
    m_issuingCerts = true;
    QThread *thread = QThread::create([result, cancel = m_certCancel, caPem = m_tls.caPem,
                                       caKeyPath = m_tls.caKeyPath, host = m_spec.hostName(),
                                       count = int(m_nodes.size()) - from, tls = m_options.tls] {
        QFile f(caKeyPath);
        if (!f.open(QIODevice::ReadOnly)) {
            result->error = tr("Cannot read the CA key %1 to sign the other hosts' "
                               "certificates: %2")
                                .arg(caKeyPath, f.errorString());
            return;
        }
        QByteArray caKey = f.readAll();
        // Every node's key at once (key generation is the slow part: RSA 4096 takes seconds),
        // as many at a time as there are cores; each stops at the cancel flag.
        certs::CertificateRequest req;
        req.usage = certs::CertificateRequest::Usage::Server;
        req.commonName = host;
        req.dnsNames = {host};
        req.validityDays = tls.validityDays;
        std::vector<std::optional<certs::IssuedCertificate>> issued(static_cast<size_t>(count));
        std::vector<QString> errors(static_cast<size_t>(count));
        {
            QThreadPool pool;
            pool.setMaxThreadCount(qBound(1, QThread::idealThreadCount(), count));
            for (int i = 0; i < count; ++i)
                pool.start([&, i] {
                    issued[size_t(i)] = certs::issueCertificate(req, tls.keyType, caPem, caKey,
                                                                &errors[size_t(i)], cancel.get());
                });
            pool.waitForDone(); // this worker thread's own join; never the GUI thread
        }
        caKey.fill('\0');
        for (int i = 0; i < count; ++i) {
            if (!issued[size_t(i)]) {
                result->error = errors[size_t(i)];
                return;
            }
            result->certs << *issued[size_t(i)];
        }
    });
    thread->setObjectName(QStringLiteral("NodeCertificates"));
    connect(thread, &QThread::finished, this, [this, result, from] {
        m_issuingCerts = false;
        if (m_cancelRequested || m_rollingBack || !m_running)
            return; // the run went on without them (cancel rolled back already)
        if (!result->error.isEmpty())
            return fail(result->error);
        for (int i = 0; i < result->certs.size(); ++i) {
            m_nodes[size_t(i + from)].serverCertPem = result->certs.at(i).certificatePem;
            m_nodes[size_t(i + from)].serverKeyPem = result->certs.at(i).privateKeyPem;
        }
        if (isAdd()) {
            setStep(Step::Certificates, StepState::Done,
                    tr("a server certificate for %1 per new host, signed by the swarm's CA; the "
                       "client certificate is unchanged")
                        .arg(m_spec.hostName()));
            m_nextRole = m_firstNode;
            setStep(Step::WaitOperation, StepState::Running);
            return addNextRole();
        }
        setStep(Step::Certificates, StepState::Done,
                tr("one CA and client certificate for all %1 hosts; a server certificate for "
                   "%2 per host")
                    .arg(m_spec.nodes)
                    .arg(m_spec.hostName()));
        findStorage();
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

QByteArray Provisioner::nodePrivateJson(int index) const
{
    certs::DockerTlsBundle b = m_tls;
    b.serverCertPem = m_nodes[size_t(index)].serverCertPem;
    b.serverKeyPem = m_nodes[size_t(index)].serverKeyPem;
    return m_spec.extension == ExtensionSchema::V1 ? b.v1PrivateConfigJson()
                                                   : b.classicPrivateConfigJson();
}

// Add Role for the next node, one at a time: Azure refuses a second role operation on a
// deployment while one runs (409 ConflictError, exclusive access).
void Provisioner::addNextRole()
{
    while (m_nextRole <= m_spec.nodes && m_nodes[size_t(m_nextRole - m_firstNode)].failed)
        ++m_nextRole;
    if (m_nextRole > m_spec.nodes) {
        setStep(Step::WaitOperation, StepState::Done,
                isAdd() ? tr("%n new role(s) in cloud service %1", nullptr, int(m_nodes.size()))
                              .arg(m_spec.dnsName)
                        : tr("%1 roles in cloud service %2").arg(m_spec.nodes).arg(m_spec.dnsName));
        setStep(Step::WaitRole, StepState::Running);
        m_stepTimer.start();
        return pollRoles();
    }
    const int index = m_nextRole - m_firstNode;
    Node &node = m_nodes[size_t(index)];
    const RoleConfig role =
        roleConfigFor(m_spec, m_nextRole, mediaLinkFor(m_blobEndpoint, node.name));
    const ExtensionConfig extension =
        extensionConfig(m_spec.extension, role.dockerPort, nodePrivateJson(index));
    setStep(Step::WaitOperation, StepState::Running,
            tr("adding role %1 (%2 of %3)").arg(node.name).arg(m_nextRole).arg(m_spec.nodes));
    setNode(index, cloud::StepState::Running,
            tr("adding the role: ssh %1, docker %2").arg(role.sshPort).arg(role.dockerPort));
    if (!journal(Journal::Kind::Role, node.name, Journal::State::Planned, m_spec.dnsName))
        return fail(tr("Could not write the provisioning journal."));
    call(request(&Api::post, addRolePath(m_spec), addRoleXml(m_spec, role, extension)),
         [this, index](classic::ManagementReply *r) {
             Node &n = m_nodes[size_t(index)];
             if (!r->ok()) {
                 journal(Journal::Kind::Role, n.name, Journal::State::Removed, m_spec.dnsName);
                 nodeFailed(index,
                            tr("Azure refused to add the role: %1").arg(r->error().toString()));
                 if (m_rollingBack)
                     return;
                 ++m_nextRole;
                 return addNextRole();
             }
             journal(Journal::Kind::Role, n.name, Journal::State::Created, m_spec.dnsName);
             setNode(index, cloud::StepState::Running,
                     tr("role accepted (request %1)").arg(r->requestId()));
             waitForOperation(r->requestId(), [this, index](const std::optional<QString> &error) {
                 if (error) {
                     nodeFailed(index, *error);
                     if (m_rollingBack)
                         return;
                 } else {
                     m_nodes[size_t(index)].roleMade = true;
                     setNode(index, cloud::StepState::Running, tr("VM accepted; booting"));
                 }
                 ++m_nextRole;
                 addNextRole();
             });
         });
}

void Provisioner::nodeFailed(int index, const QString &error)
{
    Node &n = m_nodes[size_t(index)];
    if (n.failed)
        return;
    n.failed = true;
    n.error = tr("%1: %2").arg(n.name, error);
    if (n.probe) {
        disconnect(n.probe, nullptr, this, nullptr);
        n.probe->cancel();
    }
    setNode(index, cloud::StepState::Failed, error);
    say(n.error);
    syncNodeResults();
    if (!m_options.keepPartial && isAdd())
        return fail(tr("Host %1 failed, so every new host is rolled back; the existing swarm is "
                       "not touched (use --keep-partial to keep the new hosts that work): %2")
                        .arg(n.name, error),
                    nodeRowId(n.name));
    if (!m_options.keepPartial)
        return fail(tr("Host %1 failed, so the whole run is rolled back (use --keep-partial to "
                       "keep the others' swarm): %2")
                        .arg(n.name, error),
                    nodeRowId(n.name));
}

// Get Deployment until every role is ready with its extension (or failed); each ready node's
// Docker check starts at once, in parallel with the others.
void Provisioner::pollRoles()
{
    call(request(&Api::getDeploymentBySlot, m_spec.dnsName, QStringLiteral("Production")),
         [this](classic::DeploymentReply *r) {
             auto again = [this] {
                 if (m_stepTimer.elapsed() > m_options.roleTimeoutMs) {
                     for (size_t i = 0; i < m_nodes.size(); ++i)
                         if (!m_nodes[i].failed && !m_nodes[i].ready)
                             nodeFailed(int(i),
                                        tr("not ready with a running Docker extension after %1 "
                                           "minutes")
                                            .arg(m_options.roleTimeoutMs / 60000.0, 0, 'f', 1));
                     if (!m_rollingBack)
                         nodesSettled();
                     return;
                 }
                 after(pollDelay(m_stepTimer.elapsed()), [this] { pollRoles(); });
             };
             if (!r->ok()) {
                 if (r->httpStatus() == 404 && ++m_missingDeploymentPolls <= 5)
                     return again();
                 return fail(tr("Could not read the deployment: %1").arg(r->error().summary()));
             }
             int ready = 0;
             for (size_t i = 0; i < m_nodes.size(); ++i) {
                 Node &node = m_nodes[i];
                 if (node.failed || node.ready) {
                     ready += node.ready ? 1 : 0;
                     continue;
                 }
                 const classic::RoleInstance *instance = r->deployment().instance(node.name);
                 if (!instance)
                     continue;
                 const auto extension = instance->dockerExtension();
                 const QString state =
                     extension ? tr("VM %1, Docker extension %2 %3")
                                     .arg(instance->instanceStatus, extension->handlerStatus,
                                          extension->settingStatus)
                               : tr("VM %1, guest agent %2")
                                     .arg(instance->instanceStatus, instance->guestAgentStatus);
                 if (state != node.lastState) {
                     node.lastState = state;
                     setNode(int(i), cloud::StepState::Running, state);
                 }
                 node.privateAddress = instance->ipAddress;
                 if (instance->hasFailed()) {
                     nodeFailed(int(i),
                                tr("the VM failed to start (%1). %2")
                                    .arg(instance->instanceStatus, instance->instanceStateDetails));
                     if (m_rollingBack)
                         return;
                     continue;
                 }
                 if (extension && extension->failed()) {
                     nodeFailed(int(i), tr("the Docker extension failed on the VM: %1")
                                            .arg(extension->failureMessage()));
                     if (m_rollingBack)
                         return;
                     continue;
                 }
                 if (!instance->isReady() || !extension || !extension->succeeded())
                     continue;
                 node.ready = true;
                 ++ready;
                 // Demo and simulator runs only: the simulated VIP is on loopback (see pollRole).
                 HostOverrides &hosts = m_result.hostOverrides;
                 if (hosts.mapsSimulatedEndpoints() &&
                     isLoopbackName(m_client->subscription().managementEndpoint.host())) {
                     for (const classic::InstanceEndpoint &ep : instance->endpoints)
                         if (ep.name == QLatin1String("docker") && isLoopbackName(ep.vip))
                             hosts.map(m_spec.hostName(), quint16(node.dockerPort),
                                       QHostAddress(ep.vip), quint16(ep.publicPort));
                 }
                 startNodeProbe(int(i));
             }
             int failed = 0;
             for (const Node &n : m_nodes)
                 failed += n.failed ? 1 : 0;
             if (ready + failed < int(m_nodes.size()))
                 return again();
             setStep(
                 Step::WaitRole, StepState::Done,
                 tr("%1 of %2 VMs ready with the Docker extension").arg(ready).arg(m_nodes.size()));
             nodesSettled();
         });
}

void Provisioner::startNodeProbe(int index)
{
    Node &node = m_nodes[size_t(index)];
    if (m_steps[int(Step::WaitDocker)].state == StepState::Pending)
        setStep(Step::WaitDocker, StepState::Running,
                tr("%1 hosts on %2, ports %3 to %4")
                    .arg(m_nodes.size())
                    .arg(m_spec.hostName())
                    .arg(m_nodes.front().dockerPort)
                    .arg(m_nodes.back().dockerPort));
    setNode(index, cloud::StepState::Running,
            tr("VM ready; waiting until Docker answers on %1")
                .arg(docker::dockerHostUrl(m_spec.hostName(), quint16(node.dockerPort))));
    docker::ProbeOptions options;
    options.host = m_spec.hostName();
    options.port = quint16(node.dockerPort);
    options.certDir = m_spec.effectiveCertDir();
    options.waitSeconds = m_options.dockerWaitSeconds;
    options.hostOverrides = m_result.hostOverrides;
    auto *probe = new docker::DockerProbe(options, this);
    node.probe = probe;
    ++m_probesRunning;
    connect(probe, &docker::DockerProbe::finished, this,
            [this, probe, index](const docker::ConnectionReport &report) {
                probe->deleteLater();
                --m_probesRunning;
                if (m_cancelRequested || m_rollingBack)
                    return;
                Node &n = m_nodes[size_t(index)];
                if (!report.ok) {
                    nodeFailed(index, tr("Docker did not answer over TLS: %1").arg(report.summary));
                    if (m_rollingBack)
                        return;
                } else {
                    n.dockerOk = true;
                    if (index == 0 || m_result.docker.server.serverVersion.isEmpty())
                        m_result.docker = report;
                    setNode(index, cloud::StepState::Done,
                            tr("Docker %1 answered on port %2 (private address %3)")
                                .arg(report.server.serverVersion)
                                .arg(n.dockerPort)
                                .arg(n.privateAddress));
                    syncNodeResults();
                }
                nodesSettled();
            });
    probe->start();
}

// Every node is ready and checked, or failed: on to the swarm (or the end).
void Provisioner::nodesSettled()
{
    if (m_rollingBack || m_swarmStarted)
        return;
    int ok = 0;
    for (const Node &n : m_nodes) {
        if (!n.failed && !n.dockerOk)
            return; // still booting or being checked
        ok += n.dockerOk ? 1 : 0;
    }
    setStep(Step::WaitDocker, ok > 0 ? StepState::Done : StepState::Failed,
            tr("%1 of %2 hosts answer Docker over TLS").arg(ok).arg(m_nodes.size()));
    if (ok == 0)
        return fail(tr("No host of %1 answered Docker; nothing is left to form a swarm.")
                        .arg(m_spec.dnsName));
    startSwarm();
}

void Provisioner::startSwarm()
{
    m_swarmStarted = true;
    syncNodeResults();
    cloud::SwarmStepInput in;
    for (const cloud::NodeResult &n : std::as_const(m_result.nodes))
        if (n.ok)
            in.nodes << n;
    in.managers = cloud::SwarmSteps::managersFor(m_spec.managers, int(in.nodes.size()));
    in.existing = m_existing; // an add: join their swarm (empty: make one)
    in.certDir = m_spec.effectiveCertDir();
    in.hostOverrides = m_result.hostOverrides;
    in.readyTimeoutMs = m_options.swarmReadyTimeoutMs;
    in.pollIntervalMs = m_options.swarmPollIntervalMs;
    auto *swarm = new cloud::SwarmSteps(in, this);
    m_swarm = swarm;
    connect(swarm, &cloud::SwarmSteps::rowUpdated, this, [this](const cloud::StepRow &row) {
        for (int i = 0; i < m_swarmRows.size(); ++i)
            if (m_swarmRows[i].id == row.id) {
                m_swarmRows[i] = row;
                emit rowChanged(int(Step::Rollback) + int(m_nodes.size()) + i);
            }
    });
    connect(swarm, &cloud::SwarmSteps::message, this, [this](const QString &text) { say(text); });
    connect(swarm, &cloud::SwarmSteps::finished, this,
            [this, swarm](const cloud::SwarmStepOutcome &o) {
                m_swarmInput = swarm->input();
                m_swarmOutcome = o;
                swarm->deleteLater();
                swarmFinished(o);
            });
    swarm->start();
}

void Provisioner::swarmFinished(const cloud::SwarmStepOutcome &outcome)
{
    if (m_cancelRequested || m_rollingBack)
        return;
    cloud::applySwarmOutcome(m_result, outcome);
    bool someFailed = !outcome.ok;
    for (const Node &n : m_nodes)
        someFailed = someFailed || n.failed;
    cloud::SwarmStepOutcome effective = outcome;
    effective.ok = !someFailed; // a node lost before the swarm step counts too
    switch (cloud::swarmDecision(effective, m_options.keepPartial)) {
    case cloud::SwarmDecision::Complete:
        return succeed();
    case cloud::SwarmDecision::RollBack:
        if (isAdd()) {
            QString failedRow =
                outcome.leader.isEmpty() ? cloud::swarmManagerRowId() : cloud::swarmReadyRowId();
            for (const Node &n : m_nodes)
                if (outcome.failed.contains(n.name)) {
                    failedRow = cloud::swarmJoinRowId(n.name);
                    break;
                }
            return fail(tr("No host was added to the swarm %1 (the new ones are rolled back; the "
                           "existing swarm is not touched): %2")
                            .arg(m_spec.dnsName, outcome.error.isEmpty()
                                                     ? tr("the swarm step failed")
                                                     : outcome.error),
                        failedRow);
        }
        return fail(outcome.error.isEmpty() ? tr("The swarm was not formed.") : outcome.error,
                    outcome.swarmMade ? cloud::swarmReadyRowId() : cloud::swarmInitRowId());
    case cloud::SwarmDecision::KeepPartial:
        break;
    }
    // Keep the swarm; the failed nodes' roles (and disks) go, then the leader forgets those that
    // had joined (else they stay in its node list as "down").
    m_result.partial = true;
    m_swarmOutcome = outcome;
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const cloud::NodeResult &r = m_result.nodes.at(qsizetype(i));
        if (!r.ok && !m_nodes[i].failed) {
            m_nodes[i].failed = true;
            m_nodes[i].error = r.error;
            setNode(int(i), cloud::StepState::Failed, r.error);
        }
    }
    removeFailedRoles();
}

void Provisioner::removeFailedRoles()
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        Node &n = m_nodes[i];
        if (!n.failed || n.removed)
            continue;
        n.removed = true;
        // A role that was never made (refused, or its operation failed) has nothing to remove.
        const bool exists = n.roleMade || n.ready;
        if (!exists)
            continue;
        say(tr("Removing the failed host %1 (keeping the others' swarm)…").arg(n.name));
        const QString name = n.name;
        call(request(&Api::del, deleteRolePath(m_spec.dnsName, name)),
             [this, name](classic::ManagementReply *r) {
                 auto next = [this, name](const QString &problem) {
                     if (problem.isEmpty()) {
                         m_result.removed << tr("VM role %1").arg(name);
                         journal(Journal::Kind::Role, name, Journal::State::Removed,
                                 m_spec.dnsName);
                     } else {
                         m_result.leftBehind << tr("VM role %1 (%2)").arg(name, problem);
                     }
                     removeFailedRoles();
                 };
                 if (r->httpStatus() == 404)
                     return next({});
                 if (!r->ok())
                     return next(r->error().summary());
                 if (r->requestId().isEmpty() || r->httpStatus() != 202)
                     return next({});
                 waitForOperation(r->requestId(), [next](const std::optional<QString> &error) {
                     next(error.value_or(QString()));
                 });
             });
        return;
    }
    QStringList failed;
    for (const Node &n : m_nodes)
        if (n.failed)
            failed << n.name;
    if (isAdd())
        return cloud::removeAddedNodes(
            m_swarmInput, m_swarmOutcome, failed, this,
            [this, failed](const QStringList &problems) {
                if (m_cancelRequested || m_rollingBack || !m_running)
                    return;
                for (const QString &p : problems)
                    say(p);
                say(tr("Added %1 of %2 new hosts to the swarm; removed %3.")
                        .arg(m_nodes.size() - size_t(failed.size()))
                        .arg(m_nodes.size())
                        .arg(failed.join(QStringLiteral(", "))));
                succeed();
            });
    cloud::forgetFailedNodes(m_swarmInput, m_swarmOutcome, this,
                             [this, failed](const QStringList &problems) {
                                 if (m_cancelRequested || m_rollingBack || !m_running)
                                     return;
                                 for (const QString &p : problems)
                                     say(p);
                                 say(tr("Kept the swarm of %1 hosts without %2.")
                                         .arg(m_nodes.size() - size_t(failed.size()))
                                         .arg(failed.join(QStringLiteral(", "))));
                                 succeed();
                             });
}

} // namespace dockervm::classic
