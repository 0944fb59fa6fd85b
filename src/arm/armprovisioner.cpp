#include "arm/armprovisioner.h"
#include "arm/armprovisionerinternal.h"

#include "arm/apiversions.h"
#include "arm/armcatalogue.h"
#include "arm/armclient.h"
#include "arm/armoperation.h"
#include "arm/armrules.h"
#include "arm/cloudinit.h"
#include "certs/dockertlsfiles.h"
#include "cloud/ownfiles.h"
#include "cloud/swarmsteps.h"
#include "common/logging.h"
#include "docker/dockerenv.h"
#include "docker/dockerprobe.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace dockervm::arm {

using cloud::Journal;
using cloud::StepState;

namespace {

QString apiFor(Journal::Kind kind)
{
    return kind == Journal::Kind::ResourceGroup    ? api::resources()
           : kind == Journal::Kind::VirtualMachine ? api::compute()
                                                   : api::network();
}

using detail::instanceStatus;
using detail::minutes;

} // namespace

ArmProvisioner::ArmProvisioner(Setup setup, cloud::VmSpec spec, cloud::RunOptions options,
                               QObject *parent)
    : cloud::ProvisioningRun(parent), m_setup(std::move(setup)), m_spec(std::move(spec)),
      m_options(std::move(options))
{
    m_names = bodies::Names::forSpec(m_spec, m_setup.subscriptionId);
    m_runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (m_spec.nodes > 1 && m_spec.nodes <= cloud::kMaxNodes) {
        planNodes(1, m_spec.nodes);
    } else {
        for (Step s : steps())
            m_rows.append({stepId(s), stepLabel(s), StepState::Pending, QString(), 0});
        for (int i = 0; i < m_rows.size(); ++i)
            m_stepClocks.append(QElapsedTimer());
    }
    m_result.hostName = multi() ? m_nodes.front().fqdn : m_spec.hostName();
    m_result.dockerPort = m_spec.dockerPort;
    m_result.certDir = m_spec.effectiveCertDir();
    m_result.hostOverrides = m_options.hostOverrides;
    if (m_setup.client)
        m_catalogue = new ArmCatalogue(m_setup.client, this);
}

ArmProvisioner::~ArmProvisioner()
{
    // Dying is not cancelling: what exists stays in the journal for resume or cleanup.
    if (m_running && !m_stopped)
        stop();
}

void ArmProvisioner::planNodes(int firstNumber, int count)
{
    // Several hosts: the shared rows, five per node, the swarm's, then the rollback. Adding
    // nodes: the same rows for the new nodes only (the shared rows read what exists).
    m_nodes.clear();
    m_result.nodes.clear();
    QList<cloud::StepRow> shared;
    for (int i = 0; i < m_rows.size() && i <= int(Step::VirtualNetwork); ++i)
        shared << m_rows[i];
    m_rows.clear();
    for (int i = 0; i < count; ++i) {
        NodeRun node;
        node.index = i;
        node.number = firstNumber + i;
        node.name = cloud::nodeName(m_names.vm, node.number);
        node.names = bodies::nodeNames(m_names, node.name);
        cloud::VmSpec nodeSpec = m_spec;
        nodeSpec.dnsName = cloud::nodeName(m_spec.dnsName, node.number);
        node.fqdn = nodeSpec.hostName();
        m_nodes.push_back(node);
        cloud::NodeResult r;
        r.name = node.name;
        r.hostName = node.fqdn;
        r.dockerPort = m_spec.dockerPort;
        m_result.nodes.append(r);
    }
    for (Step s : steps())
        if (int(s) <= int(Step::VirtualNetwork))
            m_rows.append(
                int(s) < shared.size()
                    ? shared[int(s)]
                    : cloud::StepRow{stepId(s), stepLabel(s), StepState::Pending, QString(), 0});
    QStringList names;
    for (const NodeRun &node : m_nodes) {
        names << node.name;
        for (Step s : steps())
            if (isNodeStep(s))
                m_rows.append({nodeStepId(s, node.name), tr("%1: %2").arg(node.name, stepLabel(s)),
                               StepState::Pending, QString(), 0});
    }
    m_rows += adding() ? cloud::SwarmSteps::plannedAddRows(m_addName, names)
                       : cloud::SwarmSteps::plannedRows(names);
    m_rows.append(
        {stepId(Step::Rollback), stepLabel(Step::Rollback), StepState::Pending, QString(), 0});
    const QList<QElapsedTimer> clocks = m_stepClocks;
    m_stepClocks.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_stepClocks.append(i <= int(Step::VirtualNetwork) ? clocks.value(i) : QElapsedTimer());
}

QList<ArmProvisioner::Step> ArmProvisioner::steps()
{
    return {Step::Validate,
            Step::CheckName,
            Step::ResourceGroup,
            Step::Certificates,
            Step::NetworkSecurityGroup,
            Step::VirtualNetwork,
            Step::PublicIp,
            Step::NetworkInterface,
            Step::VirtualMachine,
            Step::WaitVm,
            Step::WaitDocker,
            Step::Rollback};
}

QString ArmProvisioner::stepId(Step step)
{
    switch (step) {
    case Step::Validate:
        return QStringLiteral("validate");
    case Step::CheckName:
        return QStringLiteral("check-name");
    case Step::ResourceGroup:
        return QStringLiteral("resource-group");
    case Step::Certificates:
        return QStringLiteral("certificates");
    case Step::NetworkSecurityGroup:
        return QStringLiteral("network-security-group");
    case Step::VirtualNetwork:
        return QStringLiteral("virtual-network");
    case Step::PublicIp:
        return QStringLiteral("public-ip");
    case Step::NetworkInterface:
        return QStringLiteral("network-interface");
    case Step::VirtualMachine:
        return QStringLiteral("virtual-machine");
    case Step::WaitVm:
        return QStringLiteral("wait-vm");
    case Step::WaitDocker:
        return QStringLiteral("wait-docker");
    case Step::Rollback:
        return QStringLiteral("rollback");
    }
    return {};
}

QString ArmProvisioner::stepLabel(Step step)
{
    switch (step) {
    case Step::Validate:
        return tr("Check the settings");
    case Step::CheckName:
        return tr("Check that the DNS label is free in the region");
    case Step::ResourceGroup:
        return tr("Resource group");
    case Step::Certificates:
        return tr("Docker TLS certificates");
    case Step::NetworkSecurityGroup:
        return tr("Network security group (SSH and Docker ports)");
    case Step::VirtualNetwork:
        return tr("Virtual network and subnet");
    case Step::PublicIp:
        return tr("Public IP address with the DNS label");
    case Step::NetworkInterface:
        return tr("Network interface");
    case Step::VirtualMachine:
        return tr("Virtual machine with cloud-init");
    case Step::WaitVm:
        return tr("Wait until the VM runs");
    case Step::WaitDocker:
        return tr("Wait for cloud-init and Docker over TLS");
    case Step::Rollback:
        return tr("Remove what this run created");
    }
    return {};
}

bool ArmProvisioner::isNodeStep(Step step)
{
    return int(step) >= int(Step::PublicIp) && int(step) <= int(Step::WaitDocker);
}

QString ArmProvisioner::nodeStepId(Step step, const QString &nodeName)
{
    return stepId(step) + QLatin1Char('-') + nodeName;
}

int ArmProvisioner::rowIndex(Step step, int node) const
{
    if (!multi())
        return int(step);
    if (step == Step::Rollback)
        return int(m_rows.size()) - 1;
    if (isNodeStep(step)) {
        const int perNode = int(Step::WaitDocker) - int(Step::PublicIp) + 1;
        return int(Step::PublicIp) + qMax(0, node) * perNode + int(step) - int(Step::PublicIp);
    }
    return int(step);
}

void ArmProvisioner::setStep(Step step, StepState state, const QString &detail)
{
    setRow(rowIndex(step), state, detail);
}

void ArmProvisioner::setNodeStep(int node, Step step, StepState state, const QString &detail)
{
    setRow(rowIndex(step, node), state, detail);
}

void ArmProvisioner::setRow(int i, StepState state, const QString &detail)
{
    if (i < 0 || i >= m_rows.size())
        return;
    cloud::StepRow &row = m_rows[i];
    if (state == StepState::Running && row.state != StepState::Running)
        m_stepClocks[i].start();
    row.state = state;
    if (!detail.isEmpty() || state == StepState::Running)
        row.detail = detail;
    row.elapsedMs = m_stepClocks[i].isValid() ? m_stepClocks[i].elapsed() : 0;
    qCInfo(lcProvision).noquote() << row.id << cloud::stepStateId(state) << detail;
    emit rowChanged(i);
}

void ArmProvisioner::say(const QString &text)
{
    qCInfo(lcProvision).noquote() << text;
    emit message(text);
}

bool ArmProvisioner::journal(Journal::Kind kind, const QString &name, Journal::State state,
                             const QByteArray &sha256)
{
    QString error;
    if (m_journal.record(kind, name, state, &error, QString(), QString(), sha256))
        return true;
    say(error);
    return false;
}

void ArmProvisioner::after(int ms, std::function<void()> fn)
{
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    m_timer = timer;
    connect(timer, &QTimer::timeout, this, [timer, fn = std::move(fn)] {
        timer->deleteLater();
        fn();
    });
    timer->start(ms);
}

QString ArmProvisioner::errorText(const ArmError &error) const
{
    return error.userMessage();
}

bool ArmProvisioner::clientUsable(int step)
{
    if (m_setup.client)
        return true;
    if (m_rollingBack)
        return false;
    failRow(step, tr("\"%1\" stopped: the connection to the subscription was closed (the account "
                     "was switched or signed out, or the program is closing).")
                      .arg(m_rows.value(step).label));
    return false;
}

void ArmProvisioner::track(int step, ArmReply *reply, std::function<void(ArmReply *)> handler)
{
    m_inflight.append(reply);
    connect(reply, &ArmReply::retrying, this,
            [this, step](int attempt, const ArmError &error, int delayMs) {
                // In words: what, why, when. Codes and request ids go to the debug log only.
                qCDebug(lcProvision).noquote()
                    << "attempt" << attempt << "failed:" << error.summary();
                const QString what =
                    m_rollingBack && !m_rollbackQueue.isEmpty()
                        ? tr("Removing %1").arg(Journal::describe(m_rollbackQueue.first()))
                        : m_rows.value(step).label;
                say(cloud::retryText(what, error.userMessage().section(QLatin1Char('\n'), 0, 0),
                                     attempt, delayMs));
            });
    connect(reply, &ArmReply::finished, this, [this, step, reply, handler] {
        reply->deleteLater();
        m_inflight.removeAll(reply);
        if (m_stopped || (m_cancelRequested && !m_rollingBack) || (m_failed && !m_rollingBack))
            return; // cancel() or a failure elsewhere has taken over
        if (reply->error().kind == ArmError::Kind::Cancelled) {
            if (!m_rollingBack)
                return failRow(step, tr("\"%1\" stopped: the connection to the subscription was "
                                        "closed.")
                                         .arg(m_rows.value(step).label));
        }
        handler(reply);
    });
}

void ArmProvisioner::operation(int step, ArmReply *initial, const QString &finalPath,
                               const QString &apiVersion, int timeoutMs,
                               std::function<void(ArmOperation *)> handler)
{
    ArmOperation::Options o;
    o.timeoutMs = timeoutMs;
    o.pollStartMs = qMax(10, qMin(m_options.pollIntervalMs, 5000));
    o.maxPollMs = qMax(o.pollStartMs, qMin(m_options.pollIntervalMs * 6, 30000));
    o.finalResourcePath = finalPath;
    o.finalApiVersion = apiVersion;
    auto *op = new ArmOperation(m_setup.client, initial, o, this);
    m_inflight.append(op);
    connect(op, &ArmOperation::finished, this, [this, step, op, handler] {
        op->deleteLater();
        m_inflight.removeAll(op);
        if (m_stopped || (m_cancelRequested && !m_rollingBack) || (m_failed && !m_rollingBack))
            return;
        if (op->error().kind == ArmError::Kind::Cancelled && !m_rollingBack)
            return failRow(step,
                           tr("\"%1\" stopped: the connection to the subscription was closed.")
                               .arg(m_rows.value(step).label));
        handler(op);
    });
}

// --- the create ---------------------------------------------------------------------------

bool ArmProvisioner::prepareResume(const Journal &journal, QString *error)
{
    const auto entries = journal.entries();
    const auto vm = std::find_if(entries.begin(), entries.end(), [](const Journal::Entry &e) {
        return e.kind == Journal::Kind::VirtualMachine && e.state == Journal::State::Created;
    });
    if (vm == entries.end()) {
        if (error)
            *error = tr("The run for %1 stopped before its VM was sent to Azure; there is nothing "
                        "to wait for. Run 'docker-vm cleanup' to remove what it left.")
                         .arg(journal.spec().hostName());
        return false;
    }
    const auto vms = std::count_if(entries.begin(), entries.end(), [](const Journal::Entry &e) {
        return e.kind == Journal::Kind::VirtualMachine;
    });
    // A multi-host create or a `swarm add` (its spec counts the swarm's nodes) is never one host
    // to wait for, even when only one of its VMs was sent.
    if (journal.operation() == Journal::Operation::SwarmAdd) {
        if (error)
            *error = tr("The run for %1 added nodes to a swarm; it cannot be resumed. Run "
                        "'docker-vm cleanup' to remove the nodes it left, then run 'docker-vm "
                        "swarm add' again.")
                         .arg(journal.spec().hostName());
        return false;
    }
    if (vms > 1 || journal.spec().nodes > 1) {
        if (error)
            *error = tr("The run for %1 made several hosts (a swarm); resuming one is not "
                        "supported. Run 'docker-vm cleanup' to remove what it left, then create "
                        "the swarm again.")
                         .arg(journal.spec().hostName());
        return false;
    }
    m_mode = Mode::Resume;
    m_journal = journal;
    m_journalActive = true;
    m_spec = journal.spec();
    m_names = bodies::Names::forSpec(m_spec, m_setup.subscriptionId);
    m_names.group = vm->name.section(QLatin1Char('/'), 4, 4);
    m_runId = journal.runId();
    m_result.hostName = m_spec.hostName();
    m_result.dockerPort = m_spec.dockerPort;
    m_result.certDir = m_spec.effectiveCertDir();
    return true;
}

void ArmProvisioner::prepareCleanup(const Journal &journal)
{
    m_mode = Mode::Cleanup;
    m_journal = journal;
    m_journalActive = true;
    m_spec = journal.spec();
    m_result.hostName = m_spec.hostName();
}

void ArmProvisioner::prepareRemove(const QString &name)
{
    m_mode = Mode::Remove;
    m_removeName = name;
}

void ArmProvisioner::prepareRemoveNode(const QString &name, const QString &node)
{
    m_mode = Mode::RemoveNode;
    m_removeName = name;
    m_removeNode = node;
}

void ArmProvisioner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_total.start();
    switch (m_mode) {
    case Mode::Create:
        return validate();
    case Mode::Resume:
        for (Step s : {Step::Validate, Step::CheckName, Step::ResourceGroup, Step::Certificates,
                       Step::NetworkSecurityGroup, Step::VirtualNetwork, Step::PublicIp,
                       Step::NetworkInterface, Step::VirtualMachine})
            setStep(s, StepState::Skipped, tr("done by the earlier run"));
        setStep(Step::WaitVm, StepState::Running);
        return pollVm();
    case Mode::Cleanup:
        m_result.error = tr("Cleaning up the unfinished run for %1.").arg(m_spec.hostName());
        return rollback();
    case Mode::Remove:
    case Mode::RemoveNode:
        return findHostToRemove();
    case Mode::AddNodes:
        return startAdd();
    }
}

void ArmProvisioner::validate()
{
    setStep(Step::Validate, StepState::Running);
    m_result.fieldErrors = rules::validate(m_spec);
    if (!m_setup.client) {
        m_result.error = tr("No Azure account is signed in.");
    } else if (!m_result.fieldErrors.isEmpty()) {
        QStringList lines;
        for (const cloud::FieldError &e : std::as_const(m_result.fieldErrors))
            lines << e.message;
        m_result.error = lines.join(QLatin1Char('\n'));
    }
    if (m_spec.sshPublicKey.isEmpty() && !m_spec.sshKeyFile.isEmpty() && m_result.error.isEmpty()) {
        const rules::SshPublicKey key = rules::readSshPublicKeyFile(m_spec.sshKeyFile);
        m_spec.sshPublicKey = key.line; // validated above
    }
    if (!m_result.error.isEmpty()) {
        // Nothing was sent and nothing exists: no rollback, no journal.
        setStep(Step::Validate, StepState::Failed, m_result.error);
        m_result.failedStep = stepId(Step::Validate);
        m_running = false;
        m_result.elapsedMs = m_total.elapsed();
        QTimer::singleShot(0, this, [this] { emit finished(false); });
        return;
    }
    m_journal = Journal(m_options.journalDir, m_spec, m_setup.subscriptionId);
    m_journal.setCloud(cloud::Kind::ResourceManager, m_setup.subscriptionId);
    m_journal.setRunId(m_runId);
    QString error;
    if (!m_journal.begin(&error)) {
        setStep(Step::Validate, StepState::Failed, error);
        m_result.error = error;
        m_result.failedStep = stepId(Step::Validate);
        m_running = false;
        QTimer::singleShot(0, this, [this] { emit finished(false); });
        return;
    }
    m_journalActive = true;
    setStep(Step::Validate, StepState::Done);
    if (!multi()) {
        // The keys take seconds: they are made while the network works (the VM's customData is
        // the first place that needs them).
        makeCertificates();
        if (m_failed || m_cancelRequested)
            return;
    }
    checkName();
}

void ArmProvisioner::checkName()
{
    if (multi())
        return checkNodeName(0);
    setStep(Step::CheckName, StepState::Running, m_spec.hostName());
    if (!clientUsable(Step::CheckName))
        return;
    DnsLabelJob *job =
        m_catalogue->checkDnsLabel(m_setup.subscriptionId, m_spec.location, m_spec.dnsName);
    m_inflight.append(job);
    connect(job, &CatalogueJob::finished, this, [this, job] {
        job->deleteLater();
        m_inflight.removeAll(job);
        if (m_stopped || m_cancelRequested)
            return;
        if (!job->ok())
            return fail(Step::CheckName, tr("Could not check whether the DNS name %1 is free: %2")
                                             .arg(m_spec.hostName(), errorText(job->error())));
        if (!job->available())
            return fail(Step::CheckName,
                        tr("The DNS name %1 is already used by another public IP in %2. Choose "
                           "another DNS label (labels are unique per region).")
                            .arg(m_spec.hostName(), m_spec.location));
        setStep(Step::CheckName, StepState::Done, tr("%1 is free").arg(m_spec.hostName()));
        resourceGroup();
    });
}

void ArmProvisioner::resourceGroup()
{
    const bool existing = !m_spec.resourceGroup.isEmpty();
    setStep(Step::ResourceGroup, StepState::Running,
            existing ? tr("using the existing group %1").arg(m_names.group)
                     : tr("creating %1 in %2").arg(m_names.group, m_spec.location));
    if (!clientUsable(Step::ResourceGroup))
        return;
    ArmReply *probe = m_setup.client->get(m_names.groupId(), api::resources());
    if (!existing)
        probe->expectStatus(404); // a new group: not there yet is the normal answer
    track(Step::ResourceGroup, probe, [this, existing](ArmReply *r) {
        const bool found = r->ok();
        if (!found && r->httpStatus() != 404)
            return fail(Step::ResourceGroup, tr("Could not look up the resource group %1: %2")
                                                 .arg(m_names.group, errorText(r->error())));
        if (existing) {
            if (!found)
                return fail(Step::ResourceGroup,
                            tr("The resource group %1 does not exist in this subscription. "
                               "Create it first, or leave out -g to have a new group "
                               "made (and removed on failure).")
                                .arg(m_names.group));
            setStep(Step::ResourceGroup, StepState::Done,
                    tr("existing group %1 (kept on rollback; only this run's resources "
                       "are removed)")
                        .arg(m_names.group));
            return startParallel();
        }
        if (found)
            return fail(Step::ResourceGroup,
                        tr("A resource group named %1 already exists. Choose another VM "
                           "name, or put the host into that group with -g %1 (then only "
                           "this run's resources are removed on failure).")
                            .arg(m_names.group));
        createGroup();
    });
}

void ArmProvisioner::createGroup()
{
    const QString id = m_names.groupId();
    if (!journal(Journal::Kind::ResourceGroup, id, Journal::State::Planned))
        return fail(Step::ResourceGroup,
                    tr("Could not write the provisioning journal; nothing was created."));
    track(Step::ResourceGroup,
          m_setup.client->put(
              id, api::resources(),
              bodies::resourceGroup(m_spec.location, bodies::tags(m_runId, m_names.vm))),
          [this, id](ArmReply *r) {
              if (!r->ok()) {
                  if (r->httpStatus() >= 400 && r->httpStatus() < 500)
                      journal(Journal::Kind::ResourceGroup, id, Journal::State::Removed);
                  return fail(Step::ResourceGroup, tr("Could not create the resource group %1: %2")
                                                       .arg(m_names.group, errorText(r->error())));
              }
              journal(Journal::Kind::ResourceGroup, id, Journal::State::Created);
              m_groupCreated = true;
              setStep(Step::ResourceGroup, StepState::Done,
                      tr("created %1 in %2").arg(m_names.group, m_spec.location));
              startParallel();
          });
}

void ArmProvisioner::startParallel()
{
    if (multi())
        return startParallelNodes();
    // Independent of each other: the three network resources (the certificates are under way
    // since the start).
    m_parallelLeft = 3;
    const QJsonObject tags = bodies::tags(m_runId, m_names.vm);
    putResource(Step::NetworkSecurityGroup, Journal::Kind::NetworkSecurityGroup, m_names.nsgId(),
                api::network(),
                bodies::networkSecurityGroup(m_spec.location, tags, m_spec.sshPort,
                                             m_spec.dockerPort, m_spec.allowFrom),
                [this](const QJsonObject &) {
                    setStep(Step::NetworkSecurityGroup, StepState::Done,
                            m_spec.sshPort ? tr("%1: TCP %2 and %3 from %4")
                                                 .arg(m_names.nsg)
                                                 .arg(m_spec.sshPort)
                                                 .arg(m_spec.dockerPort)
                                                 .arg(m_spec.allowFrom)
                                           : tr("%1: TCP %2 from %3")
                                                 .arg(m_names.nsg)
                                                 .arg(m_spec.dockerPort)
                                                 .arg(m_spec.allowFrom));
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
    if (m_failed || m_cancelRequested)
        return;
    putResource(
        Step::PublicIp, Journal::Kind::PublicIpAddress, m_names.publicIpId(), api::network(),
        bodies::publicIp(m_spec.location, tags, m_spec.dnsName), [this](const QJsonObject &pip) {
            const QJsonObject p = pip.value(QStringLiteral("properties")).toObject();
            m_fqdn = p.value(QStringLiteral("dnsSettings"))
                         .toObject()
                         .value(QStringLiteral("fqdn"))
                         .toString();
            m_publicAddress = p.value(QStringLiteral("ipAddress")).toString();
            if (!m_fqdn.isEmpty() && m_fqdn.compare(m_spec.hostName(), Qt::CaseInsensitive) != 0)
                say(tr("Azure names the public IP %1, not %2 as expected; the "
                       "certificate is for %2.")
                        .arg(m_fqdn, m_spec.hostName()));
            setStep(Step::PublicIp, StepState::Done,
                    tr("%1 (%2)").arg(m_spec.hostName(), m_publicAddress));
            parallelDone(Step::PublicIp);
        });
}

void ArmProvisioner::parallelDone(Step step)
{
    Q_UNUSED(step);
    if (m_failed || m_cancelRequested)
        return;
    if (--m_parallelLeft == 0)
        createNic();
}

void ArmProvisioner::putResource(int step, Journal::Kind kind, const QString &id,
                                 const QString &apiVersion, const QJsonObject &body,
                                 std::function<void(const QJsonObject &)> done,
                                 std::function<void(const QString &)> failed)
{
    auto fail = [this, failed](int row, const QString &error) {
        if (failed)
            return failed(error);
        failRow(row, error);
    };
    setRow(step, StepState::Running, id.section(QLatin1Char('/'), -1));
    if (!clientUsable(step))
        return;
    if (!journal(kind, id, Journal::State::Planned))
        return fail(step, tr("Could not write the provisioning journal; %1 was not created.")
                              .arg(id.section(QLatin1Char('/'), -1)));
    const QString what = Journal::describe({kind, id, {}, {}, {}, {}, {}});
    track(
        step, m_setup.client->put(id, apiVersion, body),
        [this, step, kind, id, apiVersion, what, done, fail](ArmReply *r) {
            if (!r->ok()) {
                // A 4xx refusal made nothing; after 5xx or a lost connection it may exist.
                if (r->httpStatus() >= 400 && r->httpStatus() < 500)
                    journal(kind, id, Journal::State::Removed);
                return fail(step, tr("Azure refused the %1: %2").arg(what, errorText(r->error())));
            }
            journal(kind, id, Journal::State::Created);
            setRow(step, StepState::Running,
                   tr("%1: %2").arg(id.section(QLatin1Char('/'), -1),
                                    r->json()
                                        .value(QStringLiteral("properties"))
                                        .toObject()
                                        .value(QStringLiteral("provisioningState"))
                                        .toString(tr("accepted"))));
            const int timeout = kind == Journal::Kind::VirtualMachine
                                    ? m_options.vmReadyTimeoutMs
                                    : m_options.operationTimeoutMs;
            operation(
                step, r, id, apiVersion, timeout, [this, step, what, done, fail](ArmOperation *op) {
                    if (!op->ok())
                        return fail(
                            step,
                            tr("Creating the %1 failed: %2").arg(what, errorText(op->error())));
                    done(op->resource());
                });
        });
}

void ArmProvisioner::makeCertificates()
{
    const QString dir = m_spec.effectiveCertDir();
    setStep(Step::Certificates, StepState::Running, dir);
    const bool existed = QFileInfo::exists(dir);
    if (!existed && !journal(Journal::Kind::Folder, dir, Journal::State::Planned))
        return fail(Step::Certificates,
                    tr("Could not write the provisioning journal; nothing was created."));
    QString error;
    bool created = false;
    if (!certs::tlsfiles::ensureOwnerOnlyDir(dir, &error, &created))
        return fail(Step::Certificates, error);
    if (!existed)
        journal(Journal::Kind::Folder, dir,
                created ? Journal::State::Created : Journal::State::Removed);
    lockCertFolder([this] { startTlsJob(); });
}

void ArmProvisioner::lockCertFolder(std::function<void()> then)
{
    const QString dir = m_spec.effectiveCertDir();
    if (!m_folderLock)
        m_folderLock = std::make_unique<certs::CertFolderLock>(dir);
    if (m_folderLock->tryLock()) {
        m_saidWaitingForLock = false;
        return then();
    }
    if (!m_folderLock->heldByOther()) {
        const QString error = m_folderLock->errorString();
        m_folderLock.reset();
        if (m_rollingBack)
            return then(); // removal works without it: a file goes only by its content
        return fail(Step::Certificates, error);
    }
    if (!m_saidWaitingForLock) {
        m_saidWaitingForLock = true;
        const QString text = tr("Waiting for %1, which is using the certificate folder %2…")
                                 .arg(m_folderLock->holder(), QDir::toNativeSeparators(dir));
        say(text);
        if (!m_rollingBack)
            setStep(Step::Certificates, StepState::Running, text);
    }
    // Its own timer: the network requests of the parallel phase keep theirs.
    const bool forRollback = m_rollingBack;
    QTimer::singleShot(200, this, [this, forRollback, then = std::move(then)]() mutable {
        // A wait of the create ends with a cancel or failure (they roll back themselves).
        if (m_stopped || (!forRollback && (m_cancelRequested || m_failed || m_rollingBack)))
            return;
        lockCertFolder(std::move(then));
    });
}

void ArmProvisioner::unlockCertFolder()
{
    if (m_folderLock)
        m_folderLock->unlock();
}

void ArmProvisioner::startTlsJob()
{
    if (multi())
        return adding() ? startOtherNodeTlsJobs() : startNodeTlsJob(0);
    const QString dir = m_spec.effectiveCertDir();
    const QString host = m_spec.hostName();
    setStep(Step::Certificates, StepState::Running, dir);
    const QStringList candidates = {certs::tlsfiles::caKeyFileName(),
                                    certs::tlsfiles::caFileName(),
                                    certs::tlsfiles::clientKeyFileName(),
                                    certs::tlsfiles::clientCertFileName(),
                                    certs::DockerTlsStore::serverKeyFileName(host),
                                    certs::DockerTlsStore::serverCertFileName(host)};
    for (const QString &name : candidates) {
        const QString path = QDir(dir).filePath(name);
        if (!QFileInfo::exists(path))
            journal(Journal::Kind::File, path, Journal::State::Planned);
    }
    certs::DockerTlsOptions tls = m_options.tls;
    tls.keyType = m_spec.keyType; // ECDSA P-256 or RSA-2048 keeps customData small
    auto *job = new certs::DockerTlsJob(dir, host, {}, tls, this);
    job->setTakeFolderLock(false); // held by this run
    m_tlsJob = job;
    connect(job, &certs::DockerTlsJob::progress, this, [this](const QString &text) {
        setStep(Step::Certificates, StepState::Running, text); // which key: RSA keys take seconds
    });
    connect(job, &certs::DockerTlsJob::finished, this,
            [this, job, dir, host](const certs::DockerTlsResult &result) {
                job->deleteLater();
                for (const certs::DockerTlsWrittenFile &w : result.written)
                    journal(Journal::Kind::File, w.path, Journal::State::Created, w.sha256);
                for (const Journal::Entry &e : m_journal.entries()) {
                    if (e.kind == Journal::Kind::File && e.state == Journal::State::Planned)
                        journal(Journal::Kind::File, e.name, Journal::State::Removed);
                }
                unlockCertFolder();
                if (m_stopped)
                    return;
                if (m_cancelRequested || result.cancelled || m_failed) {
                    if (m_rows[rowIndex(Step::Certificates)].state == StepState::Running)
                        setStep(Step::Certificates, StepState::Cancelled);
                    return rollback();
                }
                if (!result.ok)
                    return fail(Step::Certificates, result.error);
                m_tls = result.bundle;
                QString detail = result.bundle.reusedCa
                                     ? tr("reused the CA and client certificate in %1; new "
                                          "server certificate for %2")
                                           .arg(dir, host)
                                     : tr("created a CA, a client certificate and a server "
                                          "certificate for %1 in %2")
                                           .arg(host, dir);
                if (result.bundle.reusedServer)
                    detail = tr("reused the certificates in %1 for %2").arg(dir, host);
                setStep(Step::Certificates, StepState::Done, detail);
                m_certsReady = true;
                if (m_vmWaitsForCerts) {
                    m_vmWaitsForCerts = false;
                    createVm();
                }
            });
    job->start();
}

void ArmProvisioner::createNic()
{
    if (multi()) {
        for (const NodeRun &node : m_nodes)
            if (!node.failed)
                createNodeNic(node.index);
        return;
    }
    putResource(
        Step::NetworkInterface, Journal::Kind::NetworkInterface, m_names.nicId(), api::network(),
        bodies::networkInterface(m_spec.location, bodies::tags(m_runId, m_names.vm), m_names),
        [this](const QJsonObject &nic) {
            const QJsonArray configs = nic.value(QStringLiteral("properties"))
                                           .toObject()
                                           .value(QStringLiteral("ipConfigurations"))
                                           .toArray();
            const QString privateIp = configs.first()
                                          .toObject()
                                          .value(QStringLiteral("properties"))
                                          .toObject()
                                          .value(QStringLiteral("privateIPAddress"))
                                          .toString();
            setStep(Step::NetworkInterface, StepState::Done,
                    privateIp.isEmpty() ? m_names.nic : tr("%1 (%2)").arg(m_names.nic, privateIp));
            createVmWhenReady();
        });
}

void ArmProvisioner::createVmWhenReady()
{
    if (m_certsReady)
        return createVm();
    // The VM's customData carries the certificates: it goes out once the keys are made.
    m_vmWaitsForCerts = true;
    setStep(Step::VirtualMachine, StepState::Running,
            tr("waiting for the Docker TLS certificates (the keys are still being made)"));
}

void ArmProvisioner::createVm()
{
    DockerCloudConfig config;
    config.caPem = m_tls.caPem;
    config.serverCertPem = m_tls.serverCertPem;
    config.serverKeyPem = m_tls.serverKeyPem;
    config.dockerPort = quint16(m_spec.dockerPort);
    config.fqdn = m_spec.hostName();
    QString error;
    const auto customData = config.customDataBase64(&error);
    if (!customData)
        return fail(Step::VirtualMachine,
                    tr("Could not write the cloud-init document for the VM: %1").arg(error));
    const QJsonObject body =
        bodies::virtualMachine(m_spec, bodies::tags(m_runId, m_names.vm), m_names, *customData);
    say(tr("Sending the VM: %1, %2, image %3, user %4 with %5, cloud-init %6 bytes (Docker on "
           "port %7 with TLS).")
            .arg(m_names.vm, m_spec.size, m_spec.imageName, m_spec.userName,
                 m_spec.sshPublicKey.isEmpty() ? tr("a password")
                                               : tr("the SSH key %1").arg(m_spec.sshKeyFile))
            .arg(QByteArray::fromBase64(*customData).size())
            .arg(m_spec.dockerPort));
    putResource(Step::VirtualMachine, Journal::Kind::VirtualMachine, m_names.vmId(), api::compute(),
                body, [this](const QJsonObject &) {
                    setStep(Step::VirtualMachine, StepState::Done,
                            tr("%1 (%2) created").arg(m_names.vm, m_spec.size));
                    setStep(Step::WaitVm, StepState::Running,
                            cloud::waitingSince(tr("the VM to start")));
                    m_waitClock.start();
                    pollVm();
                });
}

void ArmProvisioner::pollVm()
{
    if (!m_waitClock.isValid())
        m_waitClock.start();
    if (!clientUsable(Step::WaitVm))
        return;
    track(
        Step::WaitVm,
        m_setup.client->get(m_names.vmId(), api::compute(), QStringLiteral("$expand=instanceView")),
        [this](ArmReply *r) {
            if (!r->ok())
                return fail(Step::WaitVm, tr("Could not read the state of the VM %1: %2")
                                              .arg(m_names.vm, errorText(r->error())));
            QString provisioningMessage;
            const QString provisioning = instanceStatus(
                r->json(), QStringLiteral("ProvisioningState/"), &provisioningMessage);
            const QString power = instanceStatus(r->json(), QStringLiteral("PowerState/"));
            const QString state = tr("provisioning %1, power %2")
                                      .arg(provisioning.isEmpty() ? tr("unknown") : provisioning,
                                           power.isEmpty() ? tr("unknown") : power);
            if (state != m_lastVmState) {
                m_lastVmState = state;
                setStep(Step::WaitVm, StepState::Running,
                        cloud::waitingSince(state, m_waitClock.elapsed()));
            }
            if (provisioning == QLatin1String("failed"))
                return fail(Step::WaitVm, tr("Azure could not provision the VM %1: %2")
                                              .arg(m_names.vm, provisioningMessage));
            if (provisioning == QLatin1String("succeeded") &&
                (power == QLatin1String("stopped") || power == QLatin1String("deallocated")))
                return fail(Step::WaitVm,
                            tr("The VM %1 is %2, not running. Start it in the portal or with "
                               "'az vm start', then run 'docker-vm resume'.")
                                .arg(m_names.vm, power));
            if (provisioning != QLatin1String("succeeded") || power != QLatin1String("running")) {
                if (m_waitClock.elapsed() > m_options.vmReadyTimeoutMs)
                    return fail(Step::WaitVm,
                                tr("The VM %1 was not running after %2 minutes (%3).")
                                    .arg(m_names.vm)
                                    .arg(m_options.vmReadyTimeoutMs / 60000.0, 0, 'f', 1)
                                    .arg(state));
                const int delay =
                    int(qBound(qint64(qMin(100, m_options.pollIntervalMs)),
                               m_waitClock.elapsed() / 3, qint64(m_options.pollIntervalMs)));
                return after(delay, [this] { pollVm(); });
            }
            setStep(Step::WaitVm, StepState::Done, state);
            readPublicIp();
        });
}

void ArmProvisioner::readPublicIp()
{
    track(Step::WaitVm, m_setup.client->get(m_names.publicIpId(), api::network()),
          [this](ArmReply *r) {
              if (r->ok()) {
                  const QJsonObject p = r->json().value(QStringLiteral("properties")).toObject();
                  m_publicAddress = p.value(QStringLiteral("ipAddress")).toString(m_publicAddress);
                  m_fqdn = p.value(QStringLiteral("dnsSettings"))
                               .toObject()
                               .value(QStringLiteral("fqdn"))
                               .toString(m_fqdn);
                  say(tr("The VM is reachable as %1 (%2).")
                          .arg(m_fqdn.isEmpty() ? m_spec.hostName() : m_fqdn, m_publicAddress));
              }
              if (!m_options.waitForDocker) {
                  setStep(Step::WaitDocker, StepState::Skipped);
                  return succeed();
              }
              setStep(Step::WaitDocker, StepState::Running,
                      tr("waiting for cloud-init and Docker (0:00)"));
              m_waitClock.start();
              auto *ticker = new QTimer(this);
              m_ticker = ticker;
              connect(ticker, &QTimer::timeout, this, [this] {
                  setStep(Step::WaitDocker, StepState::Running,
                          tr("waiting for cloud-init and Docker (%1)")
                              .arg(minutes(m_waitClock.elapsed())));
              });
              ticker->start(1000);
              waitForSimulatedEndpoint();
          });
}

void ArmProvisioner::waitForSimulatedEndpoint()
{
    // Demo and simulator runs only: the simulated VM serves Docker on loopback. Reach the FQDN
    // there while still verifying the certificate for it. A real run never maps anything.
    HostOverrides &hosts = m_result.hostOverrides;
    const bool simulated = hosts.mapsSimulatedEndpoints() && m_setup.client &&
                           isLoopbackName(m_setup.client->options().armEndpoint.host());
    if (!simulated)
        return waitForDocker();
    if (!m_setup.simulatedDockerEndpoint) {
        // As on the classic path: the public IP the simulator reports is the loopback address
        // its VM serves Docker on.
        if (isLoopbackName(m_publicAddress))
            hosts.map(m_spec.hostName(), quint16(m_spec.dockerPort), QHostAddress(m_publicAddress),
                      quint16(m_spec.dockerPort));
        return waitForDocker();
    }
    if (const auto target =
            m_setup.simulatedDockerEndpoint(m_spec.hostName(), quint16(m_spec.dockerPort))) {
        hosts.map(m_spec.hostName(), quint16(m_spec.dockerPort), target->address, target->port);
        return waitForDocker();
    }
    if (m_waitClock.elapsed() > qint64(m_options.dockerWaitSeconds) * 1000) {
        if (m_ticker)
            m_ticker->deleteLater();
        return fail(Step::WaitDocker,
                    tr("Docker did not answer at %1 within %2: the simulated VM never started "
                       "Docker (its cloud-init did not finish).")
                        .arg(docker::dockerHostUrl(m_spec.hostName(), quint16(m_spec.dockerPort)),
                             minutes(m_waitClock.elapsed())));
    }
    after(100, [this] { waitForSimulatedEndpoint(); });
}

void ArmProvisioner::waitForDocker()
{
    docker::ProbeOptions options;
    options.host = m_spec.hostName();
    options.port = quint16(m_spec.dockerPort);
    options.certDir = m_spec.effectiveCertDir();
    const qint64 left = qint64(m_options.dockerWaitSeconds) * 1000 - m_waitClock.elapsed();
    options.waitSeconds = int(qMax<qint64>(1, left / 1000));
    options.hostOverrides = m_result.hostOverrides;
    options.portSetting = tr("the Docker port (%1)").arg(m_spec.dockerPort); // CLI and GUI
    options.certDirSetting = tr("the certificate folder");                   // CLI and GUI
    auto *probe = new docker::DockerProbe(options, this);
    m_probe = probe;
    connect(probe, &docker::DockerProbe::attemptFinished, this,
            [this](int attempt, docker::ProbeStage stage, const QString &diagnosis) {
                say(tr("Docker check %1 (%2): %3: %4")
                        .arg(attempt)
                        .arg(minutes(m_waitClock.elapsed()), docker::stageLabel(stage), diagnosis));
            });
    connect(
        probe, &docker::DockerProbe::finished, this,
        [this, probe](const docker::ConnectionReport &report) {
            probe->deleteLater();
            if (m_ticker)
                m_ticker->deleteLater();
            m_result.docker = report;
            if (m_cancelRequested || m_stopped)
                return;
            if (!report.ok)
                return fail(
                    Step::WaitDocker,
                    tr("Docker did not answer at %1 within %2 (%3). The VM runs, so "
                       "cloud-init is either still installing Docker or failed: sign in with "
                       "ssh %4@%5 and look at 'cloud-init status --long' and 'journalctl -u "
                       "docker', or give it longer with a larger Docker wait.")
                        .arg(docker::dockerHostUrl(m_spec.hostName(), quint16(m_spec.dockerPort)),
                             minutes(m_waitClock.elapsed()), report.summary, m_spec.userName,
                             m_spec.hostName()));
            setStep(Step::WaitDocker, StepState::Done,
                    tr("Docker %1 answered (API %2) after %3")
                        .arg(report.server.serverVersion, report.server.apiVersion,
                             minutes(m_waitClock.elapsed())));
            succeed();
        });
    probe->start();
}

void ArmProvisioner::succeed()
{
    if (multi()) {
        m_result.partial = std::any_of(m_result.nodes.cbegin(), m_result.nodes.cend(),
                                       [](const cloud::NodeResult &n) { return !n.ok; });
        QStringList members;
        for (const cloud::NodeResult &n : std::as_const(m_result.nodes))
            if (n.ok)
                members << tr("%1 (%2, %3)").arg(n.name, n.role, n.privateAddress);
        if (adding())
            say(tr("Added to the swarm %1 (manager asked: %2): %3.")
                    .arg(m_addName, m_result.swarmLeader, members.join(QStringLiteral(", "))));
        else
            say(tr("Swarm of %1 host(s), leader %2: %3.")
                    .arg(members.size())
                    .arg(m_result.swarmLeader, members.join(QStringLiteral(", "))));
        for (const cloud::NodeResult &n : std::as_const(m_result.nodes))
            if (!n.ok)
                say(tr("Not in the swarm: %1 (%2).").arg(n.name, n.error));
    }
    QString error;
    m_journal.setOutcome(Journal::Outcome::Succeeded, &error);
    m_journal.remove(&error); // everything is wanted now
    for (const Journal::Entry &e : m_journal.entries())
        if (e.state == Journal::State::Created && e.kind != Journal::Kind::File &&
            e.kind != Journal::Kind::Folder)
            m_result.created << Journal::describe(e);
    m_result.ok = true;
    m_result.elapsedMs = m_total.elapsed();
    m_running = false;
    say(tr("Done in %1 s. Try: %2")
            .arg(m_result.elapsedMs / 1000.0, 0, 'f', 1)
            .arg(m_result.dockerCommand()));
    emit finished(true);
}

void ArmProvisioner::failRow(int step, const QString &error)
{
    if (m_rollingBack || m_failed || m_cancelRequested || m_stopped)
        return;
    m_failed = true;
    m_result.error = error;
    m_result.failedStep = m_rows.value(step).id;
    setRow(step, StepState::Failed, error);
    // Stop what else is under way (the parallel phase); rollback removes whatever it made.
    const auto inflight = m_inflight;
    m_inflight.clear();
    for (const QPointer<QObject> &p : inflight) {
        if (auto *reply = qobject_cast<ArmReply *>(p.data()))
            reply->abort();
        else if (auto *op = qobject_cast<ArmOperation *>(p.data()))
            op->cancel();
        else if (auto *job = qobject_cast<CatalogueJob *>(p.data()))
            job->abort();
    }
    stopNodeWork();
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].state == StepState::Running && i != step)
            setRow(i, StepState::Cancelled, tr("stopped: %1 failed").arg(m_rows[step].label));
    if (m_timer)
        m_timer->stop();
    if (m_tlsJob && m_tlsJob->isRunning()) {
        m_tlsJob->cancel();
        return; // its finished handler rolls back
    }
    rollback();
}

void ArmProvisioner::cancel()
{
    if (!m_running || m_rollingBack || m_cancelRequested)
        return;
    m_cancelRequested = true;
    m_result.cancelled = true;
    QStringList running;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].state == StepState::Running)
            running << m_rows[i].label;
    m_result.failedStep = QString();
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].state == StepState::Running && m_result.failedStep.isEmpty())
            m_result.failedStep = m_rows[i].id;
    m_result.error = tr("Cancelled during \"%1\".")
                         .arg(running.isEmpty() ? tr("the start") : running.join(tr("\", \"")));
    say(m_result.error);
    if (m_timer)
        m_timer->stop();
    if (m_ticker)
        m_ticker->deleteLater();
    const auto inflight = m_inflight;
    m_inflight.clear();
    for (const QPointer<QObject> &p : inflight) {
        if (auto *reply = qobject_cast<ArmReply *>(p.data()))
            reply->abort();
        else if (auto *op = qobject_cast<ArmOperation *>(p.data()))
            op->cancel();
        else if (auto *job = qobject_cast<CatalogueJob *>(p.data()))
            job->abort();
    }
    if (m_probe)
        m_probe->cancel();
    stopNodeWork();
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].state == StepState::Running && i != rowIndex(Step::Certificates))
            setRow(i, StepState::Cancelled);
    if (m_tlsJob && m_tlsJob->isRunning()) {
        m_tlsJob->cancel();
        say(tr("Stopping the certificate generation before cleaning up."));
        return; // its finished handler rolls back
    }
    if (m_rows[rowIndex(Step::Certificates)].state == StepState::Running)
        setStep(Step::Certificates, StepState::Cancelled);
    if (m_mode == Mode::Remove || m_mode == Mode::RemoveNode || m_mode == Mode::Cleanup) {
        // Nothing of ours to undo: stop here, the journal (cleanup) still lists what is left.
        m_running = false;
        m_result.elapsedMs = m_total.elapsed();
        QTimer::singleShot(0, this, [this] { emit finished(false); });
        return;
    }
    rollback();
}

void ArmProvisioner::stop()
{
    m_stopped = true;
    m_running = false;
    if (m_timer)
        m_timer->stop();
    if (m_ticker)
        m_ticker->stop();
    const auto inflight = m_inflight;
    m_inflight.clear();
    for (const QPointer<QObject> &p : inflight) {
        if (!p)
            continue;
        disconnect(p, nullptr, this, nullptr);
        if (auto *reply = qobject_cast<ArmReply *>(p.data()))
            reply->abort();
        else if (auto *op = qobject_cast<ArmOperation *>(p.data()))
            op->cancel();
        else if (auto *job = qobject_cast<CatalogueJob *>(p.data()))
            job->abort();
    }
    if (m_probe) {
        disconnect(m_probe, nullptr, this, nullptr);
        m_probe->cancel();
    }
    if (m_tlsJob) {
        disconnect(m_tlsJob, nullptr, this, nullptr);
        m_tlsJob->cancel();
    }
    stopNodeWork();
    unlockCertFolder();
}

// --- rollback -----------------------------------------------------------------------------

int ArmProvisioner::rollbackRank(const Journal::Entry &entry) const
{
    // Reverse dependency order: the VM (its OS disk goes with it), then what it used.
    switch (entry.kind) {
    case Journal::Kind::VirtualMachine:
        return 0;
    case Journal::Kind::NetworkInterface:
        return 1;
    case Journal::Kind::PublicIpAddress:
        return 2;
    case Journal::Kind::VirtualNetwork:
        return 3;
    case Journal::Kind::NetworkSecurityGroup:
        return 4;
    case Journal::Kind::ResourceGroup:
        return -1; // alone, before the local files: everything in it goes with it
    default:
        return 6; // local files and folders, newest first among themselves
    }
}

void ArmProvisioner::rollback()
{
    if (m_rollingBack || m_stopped)
        return;
    m_rollingBack = true;
    m_afterRemoval = nullptr; // a keep-partial removal under way becomes the whole rollback
    if (m_timer)
        m_timer->stop();
    if (m_ticker)
        m_ticker->deleteLater();
    stopNodeWork();
    m_sharedFilesInUse.reset();
    if (adding() && !m_forgetDone) {
        // New nodes that joined (or may have: a join in flight) leave the swarm first, while
        // their VMs still run, so the existing swarm lists no "down" node afterwards.
        m_forgetDone = true;
        QList<int> all;
        for (const NodeRun &node : m_nodes)
            all << node.index;
        return forgetNewNodes(all, [this] { rollbackJournal(); });
    }
    rollbackJournal();
}

void ArmProvisioner::rollbackJournal()
{
    QList<Journal::Entry> queue = m_journal.leftovers(); // newest first
    // The group this run created takes everything in it along: one DELETE instead of many.
    const bool ownGroup = std::any_of(queue.begin(), queue.end(), [](const Journal::Entry &e) {
        return e.kind == Journal::Kind::ResourceGroup;
    });
    if (ownGroup)
        queue.erase(std::remove_if(queue.begin(), queue.end(),
                                   [](const Journal::Entry &e) {
                                       return e.kind != Journal::Kind::ResourceGroup &&
                                              Journal::kindInfo(e.kind).removal ==
                                                  Journal::Removal::ArmDelete;
                                   }),
                    queue.end());
    std::stable_sort(queue.begin(), queue.end(),
                     [this](const Journal::Entry &a, const Journal::Entry &b) {
                         return rollbackRank(a) < rollbackRank(b);
                     });
    m_rollbackQueue = queue;
    if (m_rollbackQueue.isEmpty()) {
        setStep(Step::Rollback, StepState::Skipped, tr("nothing was created"));
        return finishRun();
    }
    setStep(Step::Rollback, StepState::Running);
    m_rollbackClock.start();
    rollbackNext();
}

void ArmProvisioner::rollbackNext()
{
    if (m_stopped)
        return;
    if (m_rollbackQueue.isEmpty()) {
        if (m_afterRemoval) {
            auto then = std::exchange(m_afterRemoval, nullptr);
            return then();
        }
        return finishRun();
    }
    const Journal::Entry entry = m_rollbackQueue.first();
    switch (Journal::kindInfo(entry.kind).removal) {
    case Journal::Removal::OwnFile:
        if (m_folderLock && m_folderLock->isLocked())
            return rollbackLocal(entry);
        return lockCertFolder([this, entry] { rollbackLocal(entry); });
    case Journal::Removal::EmptyFolder:
        unlockCertFolder();
        return rollbackLocal(entry);
    case Journal::Removal::AzureDelete:
        return rollbackDone(entry, Removal::Failed,
                            tr("a classic (ASM) resource; clean it up with the classic account"));
    case Journal::Removal::ArmDelete:
        return deleteArm(entry);
    }
}

void ArmProvisioner::deleteGroup(const QString &groupId,
                                 std::function<void(Removal, const QString &)> done)
{
    if (!m_setup.client)
        return done(Removal::Failed, tr("the connection to the subscription was closed"));
    track(Step::Rollback, m_setup.client->del(groupId, api::resources()),
          [this, groupId, done](ArmReply *r) {
              if (r->httpStatus() == 404)
                  return done(Removal::AlreadyGone, QString());
              if (!r->ok())
                  return done(Removal::Failed, errorText(r->error()));
              say(tr("Azure is deleting the resource group %1 with everything in it…")
                      .arg(groupId.section(QLatin1Char('/'), -1)));
              operation(Step::Rollback, r, QString(), QString(), m_options.operationTimeoutMs,
                        [this, groupId, done](ArmOperation *op) {
                            if (!op->ok())
                                return done(Removal::Failed, errorText(op->error()));
                            // Gone for real: the group answers 404 now.
                            ArmReply *gone = m_setup.client->get(groupId, api::resources());
                            gone->expectStatus(404);
                            track(Step::Rollback, gone, [done](ArmReply *check) {
                                if (check->httpStatus() == 404)
                                    return done(Removal::Removed, QString());
                                done(Removal::Failed, check->ok()
                                                          ? tr("it still exists after its deletion "
                                                               "finished")
                                                          : check->error().userMessage());
                            });
                        });
          });
}

void ArmProvisioner::deleteArm(const Journal::Entry &entry)
{
    say(tr("Removing %1…").arg(Journal::describe(entry)));
    if (!m_setup.client)
        return rollbackDone(entry, Removal::Failed,
                            tr("the connection to the subscription was closed"));
    if (entry.kind == Journal::Kind::ResourceGroup) {
        return deleteGroup(entry.name, [this, entry](Removal outcome, const QString &detail) {
            if (outcome == Removal::Removed || outcome == Removal::AlreadyGone) {
                // Everything inside went with it.
                for (const Journal::Entry &e : m_journal.entries())
                    if (Journal::kindInfo(e.kind).removal == Journal::Removal::ArmDelete &&
                        e.kind != Journal::Kind::ResourceGroup &&
                        (e.state == Journal::State::Created || e.state == Journal::State::Planned ||
                         e.state == Journal::State::RemoveFailed))
                        m_journal.record(e.kind, e.name, Journal::State::Removed, nullptr,
                                         QString(), tr("with its resource group"));
            }
            rollbackDone(entry,
                         outcome == Removal::AlreadyGone && entry.state == Journal::State::Planned
                             ? Removal::NotMade
                             : outcome,
                         detail);
        });
    }
    track(Step::Rollback, m_setup.client->del(entry.name, apiFor(entry.kind)),
          [this, entry](ArmReply *r) {
              if (r->httpStatus() == 404 || r->httpStatus() == 204)
                  return rollbackDone(entry, entry.state == Journal::State::Planned
                                                 ? Removal::NotMade
                                                 : Removal::AlreadyGone);
              if (!r->ok()) {
                  // Still in use by what we just deleted (NicInUse and the like, until Azure
                  // has let go of it): wait and try again.
                  // Not when what uses it could not be removed: that will not change.
                  const ArmError::Category c = r->error().category();
                  if ((c == ArmError::Category::InUse ||
                       c == ArmError::Category::TransientConflict) &&
                      m_result.leftBehind.isEmpty() &&
                      m_rollbackClock.elapsed() < m_options.operationTimeoutMs) {
                      say(tr("%1 is still in use; trying again shortly.")
                              .arg(Journal::describe(entry)));
                      return after(qMax(100, m_options.pollIntervalMs), [this] { rollbackNext(); });
                  }
                  return rollbackDone(entry, Removal::Failed, errorText(r->error()));
              }
              operation(Step::Rollback, r, QString(), QString(), m_options.operationTimeoutMs,
                        [this, entry](ArmOperation *op) {
                            if (!op->ok())
                                return rollbackDone(entry, Removal::Failed, errorText(op->error()));
                            rollbackDone(entry, Removal::Removed);
                        });
          });
}

void ArmProvisioner::rollbackLocal(const Journal::Entry &entry)
{
    cloud::LocalRemoval r;
    if (entry.kind == Journal::Kind::Folder) {
        r = cloud::removeOwnFolder(entry.name);
    } else if (cloud::isSharedTlsFile(entry.name) && !entry.sha256.isEmpty() &&
               QFileInfo::exists(entry.name)) {
        if (!m_sharedFilesInUse)
            m_sharedFilesInUse = cloud::sharedTlsFilesInUse(
                QFileInfo(entry.name).absolutePath(), QFileInfo(m_journal.path()).absolutePath(),
                m_journal.path());
        r = m_sharedFilesInUse->isEmpty()
                ? cloud::removeOwnFile(entry.name, entry.sha256)
                : cloud::LocalRemoval{cloud::LocalRemoval::Outcome::Kept, *m_sharedFilesInUse};
    } else {
        r = cloud::removeOwnFile(entry.name, entry.sha256);
    }
    switch (r.outcome) {
    case cloud::LocalRemoval::Outcome::Removed:
        return rollbackDone(entry, Removal::Removed);
    case cloud::LocalRemoval::Outcome::AlreadyGone:
        return rollbackDone(entry, entry.state == Journal::State::Planned ? Removal::NotMade
                                                                          : Removal::AlreadyGone);
    case cloud::LocalRemoval::Outcome::NotMade:
        return rollbackDone(entry, Removal::NotMade);
    case cloud::LocalRemoval::Outcome::Kept:
        return rollbackDone(entry, Removal::Kept, r.reason);
    case cloud::LocalRemoval::Outcome::Failed:
        return rollbackDone(entry, Removal::Failed, r.reason);
    }
}

void ArmProvisioner::rollbackDone(const Journal::Entry &entry, Removal outcome,
                                  const QString &detail)
{
    if (!m_rollbackQueue.isEmpty())
        m_rollbackQueue.removeFirst();
    const QString what = Journal::describe(entry);
    Journal::State state = Journal::State::Removed;
    switch (outcome) {
    case Removal::Removed:
        m_result.removed << what;
        say(tr("Removed %1.").arg(what));
        break;
    case Removal::AlreadyGone:
        m_result.alreadyGone << what;
        say(tr("%1 was already gone.").arg(what));
        break;
    case Removal::NotMade:
        break;
    case Removal::Kept:
        state = Journal::State::Kept;
        m_result.kept << tr("%1 (%2)").arg(what, detail);
        say(tr("Kept %1: %2.").arg(what, detail));
        break;
    case Removal::Failed:
        state = Journal::State::RemoveFailed;
        m_result.leftBehind << tr("%1 (%2)").arg(what, detail);
        say(tr("Could not remove %1: %2").arg(what, detail));
        break;
    }
    if (m_journalActive) {
        QString error;
        if (!m_journal.record(entry.kind, entry.name, state, &error, entry.parent, detail))
            say(error);
    }
    rollbackNext();
}

void ArmProvisioner::finishRun()
{
    unlockCertFolder();
    QString error;
    if (m_result.leftBehind.isEmpty()) {
        if (m_journalActive) {
            m_journal.setOutcome(Journal::Outcome::RolledBack, &error);
            m_journal.remove(&error);
        }
        if (m_rows[rowIndex(Step::Rollback)].state == StepState::Running) {
            QStringList parts;
            if (!m_result.removed.isEmpty())
                parts << tr("removed %1").arg(m_result.removed.join(QStringLiteral(", ")));
            if (!m_result.alreadyGone.isEmpty())
                parts
                    << tr("already gone: %1").arg(m_result.alreadyGone.join(QStringLiteral(", ")));
            if (!m_result.kept.isEmpty())
                parts << tr("kept %1").arg(m_result.kept.join(QStringLiteral(", ")));
            setStep(Step::Rollback, StepState::Done,
                    parts.isEmpty() ? tr("nothing to remove") : parts.join(QStringLiteral("; ")));
        }
    } else {
        if (m_journalActive)
            m_journal.setOutcome(Journal::Outcome::Failed, &error);
        setStep(Step::Rollback, StepState::Failed,
                tr("left behind: %1. Run 'docker-vm cleanup' to try again.")
                    .arg(m_result.leftBehind.join(QStringLiteral(", "))));
    }
    m_running = false;
    m_result.elapsedMs = m_total.elapsed();
    const bool ok = (m_mode == Mode::Remove || m_mode == Mode::RemoveNode) &&
                    m_result.leftBehind.isEmpty() && m_result.error.isEmpty();
    m_result.ok = ok;
    emit finished(ok);
}

// --- delete NAME --------------------------------------------------------------------------

void ArmProvisioner::findHostToRemove()
{
    for (Step s : steps())
        if (s != Step::Rollback)
            setStep(s, StepState::Skipped);
    m_rollingBack = true; // every request from here on removes
    setStep(Step::Rollback, StepState::Running, tr("looking for %1").arg(m_removeName));
    if (!m_setup.client) {
        m_result.error = tr("No Azure account is signed in.");
        setStep(Step::Rollback, StepState::Failed, m_result.error);
        return finishRun();
    }
    m_rollbackClock.start();
    track(Step::Rollback,
          m_setup.client->get(
              QStringLiteral("/subscriptions/%1/resourcegroups").arg(m_setup.subscriptionId),
              api::resources()),
          [this](ArmReply *r) {
              if (!r->ok()) {
                  m_result.error =
                      tr("Could not list the resource groups: %1").arg(errorText(r->error()));
                  setStep(Step::Rollback, StepState::Failed, m_result.error);
                  return finishRun();
              }
              const QString groupId = bodies::hostGroupId(
                  r->json().value(QStringLiteral("value")).toArray(), m_removeName);
              if (groupId.isEmpty()) {
                  m_result.error =
                      tr("No Docker host named %1 made by docker-vm was found in this "
                         "subscription (no resource group tagged createdBy=docker-vm for it). A "
                         "host made into an existing group (-g) is removed with that group's "
                         "resources in the portal or with 'az resource delete'.")
                          .arg(m_removeName);
                  setStep(Step::Rollback, StepState::Failed, m_result.error);
                  return finishRun();
              }
              if (m_mode == Mode::RemoveNode) {
                  // One node: its VM first (the OS disk goes with it), then NIC and public IP.
                  bodies::Names shared = bodies::Names::forSpec(m_spec, m_setup.subscriptionId);
                  shared.group = groupId.section(QLatin1Char('/'), -1);
                  const bodies::Names node = bodies::nodeNames(shared, m_removeNode);
                  m_rollbackQueue = {{Journal::Kind::VirtualMachine,
                                      node.vmId(),
                                      {},
                                      Journal::State::Created,
                                      {},
                                      {},
                                      {}},
                                     {Journal::Kind::NetworkInterface,
                                      node.nicId(),
                                      {},
                                      Journal::State::Created,
                                      {},
                                      {},
                                      {}},
                                     {Journal::Kind::PublicIpAddress,
                                      node.publicIpId(),
                                      {},
                                      Journal::State::Created,
                                      {},
                                      {},
                                      {}}};
                  setStep(Step::Rollback, StepState::Running,
                          tr("removing %1 (VM, network interface, public IP) from %2")
                              .arg(m_removeNode, shared.group));
                  return rollbackNext();
              }
              const Journal::Entry entry{
                  Journal::Kind::ResourceGroup, groupId, {}, Journal::State::Created, {}, {}, {}};
              m_rollbackQueue = {entry};
              say(tr("Removing %1…").arg(Journal::describe(entry)));
              deleteGroup(groupId, [this, entry](Removal outcome, const QString &detail) {
                  rollbackDone(entry, outcome, detail);
              });
          });
}

} // namespace dockervm::arm
