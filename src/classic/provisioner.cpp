#include "classic/provisioner.h"
#include "classic/provisioner_impl.h"

#include "certs/dockertlsfiles.h"
#include "classic/deployment.h"
#include "classic/managementclient.h"
#include "classic/requests.h"
#include "cloud/ownfiles.h"
#include "cloud/swarmsteps.h"
#include "common/hostoverrides.h"
#include "common/logging.h"
#include "common/pollschedule.h"
#include "docker/dockerenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QTimer>

#include <algorithm>

namespace dockervm::classic {

using namespace provisioner_detail;

namespace {

// The resource a rollback removes is still busy with the operation that was stopped.
QString stillBusyText(const Journal::Entry &entry, int delayMs)
{
    return cloud::retryText(
        Provisioner::tr("Removing %1").arg(Journal::describe(entry)),
        Provisioner::tr("It is still busy with the operation that was stopped."), 0, delayMs);
}

} // namespace

static_assert(int(Provisioner::StepState::Pending) == int(cloud::StepState::Pending) &&
              int(Provisioner::StepState::Running) == int(cloud::StepState::Running) &&
              int(Provisioner::StepState::Done) == int(cloud::StepState::Done) &&
              int(Provisioner::StepState::Failed) == int(cloud::StepState::Failed) &&
              int(Provisioner::StepState::Skipped) == int(cloud::StepState::Skipped) &&
              int(Provisioner::StepState::Cancelled) == int(cloud::StepState::Cancelled));

Provisioner::Provisioner(classic::ManagementClient *client, VmSpec spec, Options options,
                         QObject *parent)
    : cloud::ProvisioningRun(parent), m_client(client), m_spec(std::move(spec)),
      m_options(std::move(options))
{
    for (Step s : steps())
        m_steps.append({s, StepState::Pending, QString(), 0});
    m_result.hostName = m_spec.hostName();
    m_result.dockerPort = m_spec.dockerPort;
    m_result.certDir = m_spec.effectiveCertDir();
    m_result.hostOverrides = m_options.hostOverrides;
    if (isMultiNode())
        initNodes();
}

Provisioner::~Provisioner()
{
    // Dying is not cancelling: no rollback from a destructor. What this run made stays in the
    // journal for `docker-vm resume` or `docker-vm cleanup`.
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
}

QList<Provisioner::Step> Provisioner::steps()
{
    return {Step::Validate,     Step::CheckName,  Step::Certificates,  Step::Storage,
            Step::CloudService, Step::Deployment, Step::WaitOperation, Step::WaitRole,
            Step::WaitDocker,   Step::Rollback};
}

QString Provisioner::stepLabel(Step step)
{
    switch (step) {
    case Step::Validate:
        return tr("Check the settings");
    case Step::CheckName:
        return tr("Check that the DNS name is free");
    case Step::Certificates:
        return tr("Prepare the Docker TLS certificates");
    case Step::Storage:
        return tr("Find or create a storage account");
    case Step::CloudService:
        return tr("Create the cloud service");
    case Step::Deployment:
        return tr("Create the VM with the Docker extension");
    case Step::WaitOperation:
        return tr("Wait for Azure to accept the VM");
    case Step::WaitRole:
        return tr("Wait for the VM and the Docker extension");
    case Step::WaitDocker:
        return tr("Wait until Docker answers over TLS");
    case Step::Rollback:
        return tr("Remove what this run created");
    }
    return {};
}

QString Provisioner::stepId(Step step)
{
    switch (step) {
    case Step::Validate:
        return QStringLiteral("validate");
    case Step::CheckName:
        return QStringLiteral("check-name");
    case Step::Certificates:
        return QStringLiteral("certificates");
    case Step::Storage:
        return QStringLiteral("storage");
    case Step::CloudService:
        return QStringLiteral("cloud-service");
    case Step::Deployment:
        return QStringLiteral("deployment");
    case Step::WaitOperation:
        return QStringLiteral("wait-operation");
    case Step::WaitRole:
        return QStringLiteral("wait-role");
    case Step::WaitDocker:
        return QStringLiteral("wait-docker");
    case Step::Rollback:
        return QStringLiteral("rollback");
    }
    return {};
}

void Provisioner::setStep(Step step, StepState state, const QString &detail)
{
    StepInfo &info = m_steps[int(step)];
    // The certificate row of a one-host run runs beside the network steps: its own clock, and
    // m_current stays the network step.
    const bool side = isSideRow(step);
    QElapsedTimer &clock = side ? m_certClock : m_stepTimer;
    if (state == StepState::Running &&
        (side ? info.state != StepState::Running
              : (step != m_current || info.state != StepState::Running)))
        clock.start();
    if (state == StepState::Running && !side)
        m_current = step;
    info.state = state;
    if (!detail.isEmpty() || state == StepState::Running)
        info.detail = detail;
    info.elapsedMs = clock.isValid() ? clock.elapsed() : 0;
    qCInfo(lcProvision).noquote() << stepId(step) << QVariant::fromValue(state).toString()
                                  << detail;
    emit stepChanged(step, state, detail);
    emit rowChanged(rowIndex(step));
}

QList<cloud::StepRow> Provisioner::rows() const
{
    // StepState mirrors cloud::StepState value for value (static_asserts above).
    QList<cloud::StepRow> rows;
    rows.reserve(m_steps.size());
    for (const StepInfo &info : m_steps)
        rows.append({stepId(info.step), isAdd() ? addLabel(info.step) : stepLabel(info.step),
                     cloud::StepState(int(info.state)), info.detail, info.elapsedMs});
    if (isMultiNode()) {
        // The node rows and the swarm rows go before the rollback row.
        const cloud::StepRow rollbackRow = rows.takeLast();
        for (const Node &n : m_nodes)
            rows.append({nodeRowId(n.name), tr("Host %1").arg(n.name), n.state, n.detail,
                         n.clock.isValid() ? n.clock.elapsed() : 0});
        rows += m_swarmRows;
        rows.append(rollbackRow);
    }
    return rows;
}

void Provisioner::say(const QString &text)
{
    qCInfo(lcProvision).noquote() << text;
    emit message(text);
}

void Provisioner::clientGone()
{
    qCWarning(lcProvision) << "the management client is gone during" << stepId(m_current);
    if (!m_rollingBack)
        return fail(tr("\"%1\" stopped: the connection to the subscription was closed (the "
                       "subscription was switched or the program is closing).")
                        .arg(stepLabel(m_current)));
    // Rolling back: what is left stays in the journal for 'docker-vm cleanup'.
    if (m_rollbackQueue.isEmpty())
        return finishRun();
    rollbackDone(m_rollbackQueue.first(), Removal::Failed,
                 tr("the connection to the subscription was closed"));
}

void Provisioner::after(int ms, std::function<void()> fn)
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

bool Provisioner::journal(Journal::Kind kind, const QString &name, Journal::State state,
                          const QString &parent, const QByteArray &sha256)
{
    QString error;
    if (m_journal.record(kind, name, state, &error, parent, QString(), sha256))
        return true;
    say(error);
    return false;
}

int Provisioner::pollDelay(qint64 waitedMs) const
{
    // Every 250 ms for the first minute (an operation's end is noticed within that), then
    // slowing to the configured interval (see common/pollschedule.h for the rate).
    return pollDelayMs(waitedMs, m_options.pollIntervalMs);
}

QString Provisioner::servicePath() const
{
    return QStringLiteral("services/hostedservices/") + m_spec.dnsName;
}

void Provisioner::start()
{
    if (m_running)
        return;
    if (m_starter) {
        auto starter = std::move(m_starter);
        m_starter = nullptr;
        starter();
        return;
    }
    m_running = true;
    m_total.start();
    setStep(Step::Validate, StepState::Running);
    m_result.fieldErrors = validate(m_spec);
    if (m_spec.nodes != 1) {
        if (const QString e = cloud::validateNodes(m_spec.nodes, m_spec.managers); !e.isEmpty())
            m_result.fieldErrors.append({FieldError::Field::Nodes, e});
        else if (const QString p = nodePortsProblem(m_spec); !p.isEmpty())
            m_result.fieldErrors.append({FieldError::Field::DockerPort, p});
    }
    if (!m_client) {
        m_result.error = tr("No subscription is selected.");
    } else if (!m_result.fieldErrors.isEmpty()) {
        QStringList lines;
        for (const FieldError &e : std::as_const(m_result.fieldErrors))
            lines << e.message;
        m_result.error = lines.join(QLatin1Char('\n'));
    }
    if (!m_result.error.isEmpty())
        return refuse();
    m_journal = Journal(m_options.journalDir, m_spec, m_client->subscription().id);
    QString error;
    if (!m_journal.begin(&error)) {
        setStep(Step::Validate, StepState::Failed, error);
        m_result.error = error;
        m_running = false;
        QTimer::singleShot(0, this, [this] { emit finished(false); });
        return;
    }
    setStep(Step::Validate, StepState::Done);
    if (certificatesInParallel()) {
        // The keys take seconds: they are made while the network works.
        makeCertificates();
        if (m_failed)
            return;
    }
    checkName();
}

void Provisioner::refuse()
{
    // Nothing was sent and nothing exists: no rollback, no journal.
    setStep(Step::Validate, StepState::Failed, m_result.error);
    m_result.failedAt = Step::Validate;
    m_result.failedStep = stepId(Step::Validate);
    m_running = false;
    m_result.elapsedMs = m_total.elapsed();
    QTimer::singleShot(0, this, [this] { emit finished(false); });
}

void Provisioner::startWith(Mode mode, const Journal &journal)
{
    m_starter = [this, mode, journal] {
        if (mode == Mode::Cleanup) {
            cleanup(journal);
            return;
        }
        QString error;
        if (!resume(journal, &error))
            fail(error);
    };
}

bool Provisioner::canResume(const Journal &journal, QString *error)
{
    if (journal.operation() == Journal::Operation::SwarmAdd) {
        if (error)
            *error = tr("The unfinished run for %1 added hosts to its swarm; such a run is not "
                        "resumed. Run 'docker-vm cleanup' to remove the hosts it added (the "
                        "swarm's other hosts stay), then 'docker-vm swarm add %1' again.")
                         .arg(journal.dnsName());
        return false;
    }
    if (journal.spec().nodes > 1) {
        if (error)
            *error = tr("The run for %1 made %2 hosts; resuming a run of several hosts is not "
                        "supported. Run 'docker-vm cleanup' to remove what it left, then create "
                        "again.")
                         .arg(journal.dnsName())
                         .arg(journal.spec().nodes);
        return false;
    }
    const auto entries = journal.entries();
    const bool deployed = std::any_of(entries.begin(), entries.end(), [](const Journal::Entry &e) {
        return e.kind == Journal::Kind::Deployment && e.state == Journal::State::Created;
    });
    if (!deployed && error)
        *error = tr("The run for %1 stopped before its VM deployment was created; there is "
                    "nothing to wait for. Run 'docker-vm cleanup' to remove what it left.")
                     .arg(journal.dnsName());
    return deployed;
}

bool Provisioner::resume(const Journal &journal, QString *error)
{
    const auto entries = journal.entries();
    const bool deployed = std::any_of(entries.begin(), entries.end(), [](const Journal::Entry &e) {
        return e.kind == Journal::Kind::Deployment && e.state == Journal::State::Created;
    });
    if (!deployed) {
        if (error)
            *error = tr("The run for %1 stopped before its VM deployment was created; there is "
                        "nothing to wait for. Run 'docker-vm cleanup' to remove what it left.")
                         .arg(journal.dnsName());
        return false;
    }
    if (!m_client) {
        if (error)
            *error = tr("No subscription is selected.");
        return false;
    }
    if (m_running)
        return false;
    m_journal = journal;
    m_running = true;
    m_total.start();
    for (Step s : {Step::Validate, Step::CheckName, Step::Certificates, Step::Storage,
                   Step::CloudService, Step::Deployment, Step::WaitOperation})
        setStep(s, StepState::Skipped, tr("done by the earlier run"));
    setStep(Step::WaitRole, StepState::Running);
    pollRole();
    return true;
}

void Provisioner::cleanup(const Journal &journal)
{
    if (m_running)
        return;
    m_journal = journal;
    m_running = true;
    m_total.start();
    m_result.error = tr("Cleaning up the unfinished run for %1.").arg(journal.dnsName());
    m_current = Step::Rollback;
    rollback();
}

void Provisioner::checkName()
{
    setStep(Step::CheckName, StepState::Running, m_spec.hostName());
    call(request(&Api::checkHostedServiceName, m_spec.dnsName), [this](
                                                                    classic::AvailabilityReply *r) {
        if (!r->ok())
            return fail(tr("Could not check whether %1 is free: %2")
                            .arg(m_spec.hostName(), r->error().summary()));
        const classic::AvailabilityResponse availability = r->availability();
        if (!availability.available) {
            QString text =
                tr("The DNS name %1 is already taken. Choose another name.").arg(m_spec.hostName());
            if (!availability.reason.isEmpty())
                text += QLatin1Char(' ') + tr("Azure says: %1").arg(availability.reason);
            return fail(text);
        }
        setStep(Step::CheckName, StepState::Done, tr("%1 is free").arg(m_spec.hostName()));
        if (certificatesInParallel())
            return findStorage(); // the certificates are under way already
        makeCertificates();
    });
}

void Provisioner::makeCertificates()
{
    const QString dir = m_spec.effectiveCertDir();
    setStep(Step::Certificates, StepState::Running, dir);
    // The folder is journaled before it is made, so only a folder this run made is ever removed.
    const bool existed = QFileInfo::exists(dir);
    if (!existed && !journal(Journal::Kind::Folder, dir, Journal::State::Planned))
        return failAt(Step::Certificates,
                      tr("Could not write the provisioning journal; nothing was created."));
    QString error;
    bool created = false;
    if (!certs::tlsfiles::ensureOwnerOnlyDir(dir, &error, &created))
        return failAt(Step::Certificates, error);
    if (!existed)
        journal(Journal::Kind::Folder, dir,
                created ? Journal::State::Created : Journal::State::Removed);
    lockCertFolder([this] { startTlsJob(); });
}

void Provisioner::lockCertFolder(std::function<void()> then)
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
            return then(); // removal then works without it: a file is removed only by content
        return failAt(Step::Certificates, error);
    }
    if (!m_saidWaitingForLock) {
        m_saidWaitingForLock = true;
        const QString text = tr("Waiting for %1, which is using the certificate folder %2…")
                                 .arg(m_folderLock->holder(), QDir::toNativeSeparators(dir));
        say(text);
        if (!m_rollingBack)
            setStep(Step::Certificates, StepState::Running, text);
    }
    // Its own timer: a network step beside it keeps m_timer.
    const bool forRollback = m_rollingBack;
    QTimer::singleShot(200, this, [this, forRollback, then = std::move(then)]() mutable {
        // A wait of the create ends with a cancel or a failure (they roll back themselves).
        if (!m_running || (!forRollback && (m_cancelRequested || m_failed || m_rollingBack)))
            return;
        lockCertFolder(std::move(then));
    });
}

void Provisioner::unlockCertFolder()
{
    if (m_folderLock)
        m_folderLock->unlock();
}

void Provisioner::startTlsJob()
{
    const QString dir = m_spec.effectiveCertDir();
    setStep(Step::Certificates, StepState::Running, dir);
    // Planned before the job writes anything: a run that dies before it records what it wrote
    // leaves a trace, and cleanup reports such a file instead of removing it (no fingerprint).
    const QStringList candidates = {certs::tlsfiles::caKeyFileName(),
                                    certs::tlsfiles::caFileName(),
                                    certs::tlsfiles::clientKeyFileName(),
                                    certs::tlsfiles::clientCertFileName(),
                                    certs::DockerTlsStore::serverKeyFileName(m_spec.hostName()),
                                    certs::DockerTlsStore::serverCertFileName(m_spec.hostName())};
    for (const QString &name : candidates) {
        const QString path = QDir(dir).filePath(name);
        if (!QFileInfo::exists(path))
            journal(Journal::Kind::File, path, Journal::State::Planned);
    }
    auto *job = new certs::DockerTlsJob(dir, m_spec.hostName(), {}, m_options.tls, this);
    job->setTakeFolderLock(false); // held by this run
    m_tlsJob = job;
    connect(job, &certs::DockerTlsJob::progress, this, [this](const QString &text) {
        setStep(Step::Certificates, StepState::Running, text); // which key: RSA keys take seconds
    });
    connect(job, &certs::DockerTlsJob::finished, this,
            [this, job, dir](const certs::DockerTlsResult &result) {
                job->deleteLater();
                // Exactly the files the job wrote are this run's, each with its fingerprint.
                for (const certs::DockerTlsWrittenFile &w : result.written)
                    journal(Journal::Kind::File, w.path, Journal::State::Created, QString(),
                            w.sha256);
                for (const Journal::Entry &e : m_journal.entries()) {
                    if (e.kind == Journal::Kind::File && e.state == Journal::State::Planned)
                        journal(Journal::Kind::File, e.name, Journal::State::Removed);
                }
                unlockCertFolder();
                if (m_cancelRequested || result.cancelled || m_failed) {
                    if (m_steps[int(Step::Certificates)].state == StepState::Running)
                        setStep(Step::Certificates, StepState::Cancelled);
                    return rollback();
                }
                if (!result.ok)
                    return failAt(Step::Certificates, result.error);
                m_tls = result.bundle;
                m_certsReady = true;
                QString detail = result.bundle.reusedCa
                                     ? tr("reused the CA and client certificate in %1; new "
                                          "server certificate for %2")
                                           .arg(dir, m_spec.hostName())
                                     : tr("created a CA, a client certificate and a "
                                          "server certificate for %1 in %2")
                                           .arg(m_spec.hostName(), dir);
                if (result.bundle.reusedServer)
                    detail = tr("reused the certificates in %1 for %2").arg(dir, m_spec.hostName());
                setStep(Step::Certificates, StepState::Done, detail);
                if (isMultiNode())
                    return issueNodeCertificates();
                if (m_deploymentWaitsForCerts) {
                    m_deploymentWaitsForCerts = false;
                    createDeployment();
                }
            });
    job->start();
}

void Provisioner::findStorage()
{
    setStep(Step::Storage, StepState::Running,
            tr("looking for a portalvhds account in %1").arg(m_spec.location));
    call(request(&Api::listStorageServices), [this](classic::StorageServicesReply *r) {
        if (!r->ok())
            return fail(tr("Could not list the storage accounts: %1").arg(r->error().summary()));
        // The endpoints Azure gives this subscription's accounts show the storage suffix, so a
        // new account's blob endpoint needs no request of its own.
        for (const classic::StorageService &s : r->storageServices()) {
            if (const QString suffix = storageSuffixOf(s.blobEndpoint); !suffix.isEmpty()) {
                m_storageSuffix = suffix;
                break;
            }
        }
        if (const auto picked = classic::pickVhdStorage(r->storageServices(), m_spec.location)) {
            m_result.storageAccount = picked->name;
            m_blobEndpoint = picked->blobEndpoint;
            setStep(Step::Storage, StepState::Done, tr("reusing %1").arg(picked->name));
            return createCloudService();
        }
        createStorage();
    });
}

void Provisioner::createStorage()
{
    const QString name = newStorageAccountName();
    m_result.storageAccount = name;
    setStep(Step::Storage, StepState::Running,
            tr("creating %1 (Standard_LRS) in %2").arg(name, m_spec.location));
    if (!journal(Journal::Kind::StorageAccount, name, Journal::State::Planned))
        return fail(tr("Could not write the provisioning journal; nothing was created."));
    call(request(&Api::post, QStringLiteral("services/storageservices"),
                 createStorageServiceXml(name, m_spec.location)),
         [this, name](classic::ManagementReply *r) {
             if (!r->ok())
                 return fail(tr("Could not create the storage account %1: %2")
                                 .arg(name, r->error().summary()));
             journal(Journal::Kind::StorageAccount, name, Journal::State::Created);
             m_result.storageCreated = true;
             if (r->requestId().isEmpty())
                 return storageCreated();
             waitForOperation(r->requestId(), [this](const std::optional<QString> &error) {
                 if (error)
                     return fail(*error);
                 storageCreated();
             });
         });
}

void Provisioner::storageCreated()
{
    // Its blob endpoint is known without asking (Get Storage Account Properties says
    // https://<account>.blob.<suffix>/): the suffix the subscription's other accounts show, else
    // the cloud's.
    const QString name = m_result.storageAccount;
    const QString suffix =
        !m_storageSuffix.isEmpty()
            ? m_storageSuffix
            : storageDnsSuffix(m_client ? m_client->subscription().cloud : classic::Cloud::Public);
    m_blobEndpoint = blobEndpointFor(name, suffix);
    setStep(Step::Storage, StepState::Done, tr("created %1").arg(name));
    createCloudService();
}

void Provisioner::createCloudService()
{
    setStep(Step::CloudService, StepState::Running, m_spec.dnsName);
    if (!journal(Journal::Kind::CloudService, m_spec.dnsName, Journal::State::Planned))
        return fail(tr("Could not write the provisioning journal."));
    call(request(&Api::post, QStringLiteral("services/hostedservices"),
                 createHostedServiceXml(m_spec.dnsName, m_spec.location,
                                        tr("Docker host created by Docker VM Wizard"))),
         [this](classic::ManagementReply *r) {
             if (!r->ok()) {
                 // Not ours: a conflict means someone else holds the name; nothing to remove.
                 if (r->httpStatus() == 409)
                     journal(Journal::Kind::CloudService, m_spec.dnsName, Journal::State::Removed);
                 return fail(r->httpStatus() == 409
                                 ? tr("The DNS name %1 was taken while we were working: %2. Choose "
                                      "another name.")
                                       .arg(m_spec.hostName(), r->error().message)
                                 : tr("Could not create the cloud service %1: %2")
                                       .arg(m_spec.dnsName, r->error().summary()));
             }
             journal(Journal::Kind::CloudService, m_spec.dnsName, Journal::State::Created);
             setStep(Step::CloudService, StepState::Done, m_spec.hostName());
             createDeploymentWhenReady();
         });
}

void Provisioner::createDeploymentWhenReady()
{
    if (m_certsReady)
        return createDeployment();
    // The deployment carries the certificates: it goes out once the keys are made.
    m_deploymentWaitsForCerts = true;
    setStep(Step::Deployment, StepState::Running,
            tr("waiting for the Docker TLS certificates (the keys are still being made)"));
}

void Provisioner::createDeployment()
{
    const QString mediaLinkVm = isMultiNode() ? m_nodes.front().name : m_spec.effectiveVmName();
    const RoleConfig role = roleConfigFor(m_spec, 1, mediaLinkFor(m_blobEndpoint, mediaLinkVm));
    setStep(Step::Deployment, StepState::Running,
            tr("%1, %2, %3").arg(role.roleName, m_spec.size, m_spec.imageName));
    const QByteArray privateJson = isMultiNode() ? nodePrivateJson(0)
                                   : m_spec.extension == ExtensionSchema::V1
                                       ? m_tls.v1PrivateConfigJson()
                                       : m_tls.classicPrivateConfigJson();
    const ExtensionConfig extension =
        extensionConfig(m_spec.extension, role.dockerPort, privateJson);
    if (!journal(Journal::Kind::Deployment, m_spec.dnsName, Journal::State::Planned,
                 m_spec.dnsName))
        return fail(tr("Could not write the provisioning journal."));
    say(tr("Sending the deployment: role %1, image %2, endpoints ssh %3 and docker %4, extension "
           "%5 %6.")
            .arg(role.roleName, m_spec.imageName)
            .arg(role.sshPort)
            .arg(role.dockerPort)
            .arg(extension.publisher, extension.version));
    if (isMultiNode())
        setNode(0, cloud::StepState::Running, tr("creating the deployment with this role"));
    call(request(&Api::post, servicePath() + QStringLiteral("/deployments"),
                 createDeploymentXml(m_spec, role, extension)),
         [this](classic::ManagementReply *r) {
             if (!r->ok()) {
                 journal(Journal::Kind::Deployment, m_spec.dnsName, Journal::State::Removed,
                         m_spec.dnsName);
                 return fail(tr("Azure refused the VM deployment: %1").arg(r->error().toString()));
             }
             journal(Journal::Kind::Deployment, m_spec.dnsName, Journal::State::Created,
                     m_spec.dnsName);
             setStep(Step::Deployment, StepState::Done,
                     tr("accepted (request %1)").arg(r->requestId()));
             setStep(Step::WaitOperation, StepState::Running,
                     cloud::waitingSince(tr("Azure to accept the deployment")));
             waitForOperation(r->requestId(), [this](const std::optional<QString> &error) {
                 if (error)
                     return fail(*error);
                 if (isMultiNode()) {
                     m_nodes.front().roleMade = true;
                     setNode(0, cloud::StepState::Running, tr("VM accepted; booting"));
                     return addNextRole();
                 }
                 setStep(Step::WaitOperation, StepState::Done, tr("Azure accepted the deployment"));
                 setStep(Step::WaitRole, StepState::Running,
                         cloud::waitingSince(tr("the VM to start")));
                 m_stepTimer.start();
                 pollRole();
             });
         });
}

void Provisioner::waitForOperation(const QString &requestId, OperationDone done)
{
    QElapsedTimer started;
    started.start();
    pollOperation(requestId, std::move(done), started);
}

void Provisioner::pollOperation(const QString &requestId, OperationDone done, QElapsedTimer started)
{
    call(request(&Api::getOperationStatus, requestId),
         [this, requestId, done, started](classic::OperationReply *r) {
             if (!r->ok())
                 return done(tr("Could not read the status of operation %1: %2")
                                 .arg(requestId, r->error().summary()));
             const classic::Operation op = r->operation();
             switch (op.status) {
             case classic::Operation::Status::Succeeded:
                 return done(std::nullopt);
             case classic::Operation::Status::Failed:
                 return done(tr("Azure reports that the operation failed: %1 (%2)")
                                 .arg(op.errorMessage, op.errorCode.isEmpty()
                                                           ? QString::number(op.httpStatusCode)
                                                           : op.errorCode));
             default:
                 break;
             }
             if (started.elapsed() > m_options.operationTimeoutMs)
                 return done(tr("Operation %1 did not finish within %2 minutes.")
                                 .arg(requestId)
                                 .arg(m_options.operationTimeoutMs / 60000.0, 0, 'f', 1));
             after(pollDelay(started.elapsed()),
                   [this, requestId, done, started] { pollOperation(requestId, done, started); });
         });
}

void Provisioner::pollRole()
{
    call(
        request(&Api::getDeploymentBySlot, m_spec.dnsName, QStringLiteral("Production")),
        [this](classic::DeploymentReply *r) {
            auto again = [this] {
                if (m_stepTimer.elapsed() > m_options.roleTimeoutMs)
                    return fail(
                        tr("The VM was not ready with a running Docker extension after %1 minutes.")
                            .arg(m_options.roleTimeoutMs / 60000.0, 0, 'f', 1));
                after(pollDelay(m_stepTimer.elapsed()), [this] { pollRole(); });
            };
            if (!r->ok()) {
                // Right after the operation a deployment may briefly not be visible yet; one that
                // stays missing was removed by someone else.
                if (r->httpStatus() == 404 && ++m_missingDeploymentPolls <= 5)
                    return again();
                return fail(tr("Could not read the deployment: %1").arg(r->error().summary()));
            }
            const classic::RoleInstance *instance =
                r->deployment().instance(m_spec.effectiveVmName());
            if (!instance)
                return again();
            const auto extension = instance->dockerExtension();
            const QString state =
                extension ? tr("VM %1, Docker extension %2 %3")
                                .arg(instance->instanceStatus, extension->handlerStatus,
                                     extension->settingStatus)
                          : tr("VM %1, guest agent %2")
                                .arg(instance->instanceStatus, instance->guestAgentStatus);
            if (state != m_lastRoleState) {
                m_lastRoleState = state;
                setStep(Step::WaitRole, StepState::Running,
                        cloud::waitingSince(state, m_stepTimer.elapsed()));
            }
            if (instance->hasFailed())
                return fail(tr("The VM failed to start (%1). %2")
                                .arg(instance->instanceStatus, instance->instanceStateDetails));
            if (extension && extension->failed())
                return fail(tr("The Docker extension failed on the VM: %1")
                                .arg(extension->failureMessage()));
            if (!instance->isReady() || !extension || !extension->succeeded())
                return again();

            // Demo and simulator runs only (the injected overrides ask for it): the simulated
            // VIP is on loopback. Reach <name>.cloudapp.net there while still verifying the
            // certificate for that name. A real run never maps anything.
            HostOverrides &hosts = m_result.hostOverrides;
            if (hosts.mapsSimulatedEndpoints() &&
                isLoopbackName(m_client->subscription().managementEndpoint.host())) {
                for (const classic::InstanceEndpoint &ep : instance->endpoints) {
                    if (ep.name == QLatin1String("docker") && isLoopbackName(ep.vip))
                        hosts.map(m_spec.hostName(), quint16(m_spec.dockerPort),
                                  QHostAddress(ep.vip), quint16(ep.publicPort));
                }
            }
            setStep(Step::WaitRole, StepState::Done, state);
            if (!m_options.waitForDocker) {
                setStep(Step::WaitDocker, StepState::Skipped);
                return succeed();
            }
            waitForDocker();
        });
}

void Provisioner::waitForDocker()
{
    setStep(Step::WaitDocker, StepState::Running,
            cloud::waitingSince(
                tr("Docker on %1 to answer over TLS")
                    .arg(docker::dockerHostUrl(m_spec.hostName(), quint16(m_spec.dockerPort)))));
    docker::ProbeOptions options;
    options.host = m_spec.hostName();
    options.port = quint16(m_spec.dockerPort);
    options.certDir = m_spec.effectiveCertDir();
    options.waitSeconds = m_options.dockerWaitSeconds;
    options.hostOverrides = m_result.hostOverrides;
    options.portSetting = tr("the Docker port (%1)").arg(m_spec.dockerPort); // CLI and GUI
    options.certDirSetting = tr("the certificate folder");                   // CLI and GUI
    auto *probe = new docker::DockerProbe(options, this);
    m_probe = probe;
    connect(probe, &docker::DockerProbe::attemptFinished, this,
            [this](int attempt, docker::ProbeStage stage, const QString &diagnosis) {
                say(tr("Docker check %1: %2: %3")
                        .arg(attempt)
                        .arg(docker::stageLabel(stage), diagnosis));
            });
    connect(probe, &docker::DockerProbe::finished, this,
            [this, probe](const docker::ConnectionReport &report) {
                probe->deleteLater();
                m_result.docker = report;
                if (m_cancelRequested)
                    return;
                if (!report.ok)
                    return fail(tr("Docker did not answer over TLS: %1").arg(report.summary));
                setStep(Step::WaitDocker, StepState::Done,
                        tr("Docker %1 answered (API %2)")
                            .arg(report.server.serverVersion, report.server.apiVersion));
                succeed();
            });
    probe->start();
}

void Provisioner::succeed()
{
    if (isAdd()) {
        // The swarm is reached through the manager that was asked.
        m_result.hostName = m_spec.hostName();
        for (const cloud::NodeResult &n : std::as_const(m_existing))
            if (n.name == m_result.swarmLeader)
                m_result.dockerPort = n.dockerPort;
    }
    QString error;
    m_journal.setOutcome(Journal::Outcome::Succeeded, &error);
    m_journal.remove(&error); // the resources are wanted now; nothing to clean up
    m_result.ok = true;
    m_result.elapsedMs = m_total.elapsed();
    m_running = false;
    say(tr("Done in %1 s. Try: %2")
            .arg(m_result.elapsedMs / 1000.0, 0, 'f', 1)
            .arg(m_result.dockerCommand()));
    emit finished(true);
}

void Provisioner::fail(const QString &error, const QString &failedStepId)
{
    failAt(m_current, error, failedStepId);
}

void Provisioner::abortNetworkStep()
{
    if (m_timer)
        m_timer->stop();
    if (m_reply) {
        QPointer<classic::ManagementReply> reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
}

void Provisioner::failAt(Step step, const QString &error, const QString &failedStepId)
{
    if (m_rollingBack || m_failed)
        return;
    m_failed = true;
    m_result.error = error;
    m_result.failedAt = step;
    m_result.failedStep = failedStepId.isEmpty() ? stepId(step) : failedStepId;
    setStep(step, StepState::Failed, error);
    if (step != m_current && m_steps[int(m_current)].state == StepState::Running) {
        // The certificates failed beside a network step: that step stops here.
        abortNetworkStep();
        m_deploymentWaitsForCerts = false;
        setStep(m_current, StepState::Cancelled, tr("stopped: \"%1\" failed").arg(stepLabel(step)));
    }
    if (isMultiNode()) {
        // Nothing goes on for the other nodes: their probes and the swarm stop.
        for (Node &n : m_nodes)
            if (n.probe) {
                disconnect(n.probe, nullptr, this, nullptr);
                n.probe->cancel();
            }
        if (m_swarm) {
            disconnect(m_swarm, nullptr, this, nullptr);
            m_swarm->cancel();
        }
        if (m_certCancel)
            m_certCancel->store(true);
        syncNodeResults();
    }
    if (m_tlsJob && m_tlsJob->isRunning()) {
        // A network step failed while the keys are being made: they stop within moments and
        // nothing is written; the job's finished handler rolls back.
        m_tlsJob->cancel();
        setStep(Step::Certificates, StepState::Cancelled,
                tr("stopped: \"%1\" failed").arg(stepLabel(step)));
        return;
    }
    rollback();
}

void Provisioner::cancel()
{
    if (!m_running || m_rollingBack || m_cancelRequested)
        return;
    m_cancelRequested = true;
    m_result.cancelled = true;
    // What ran: the network step, and for one host the certificates beside it.
    const bool networkRunning = m_steps[int(m_current)].state == StepState::Running;
    const bool certsRunning = isSideRow(Step::Certificates) &&
                              m_steps[int(Step::Certificates)].state == StepState::Running;
    // The keys still being made are what the run waits for at the latest (the deployment needs
    // them), so a cancel then is reported at the certificate step.
    const Step during = certsRunning ? Step::Certificates : m_current;
    m_result.failedAt = during;
    m_result.failedStep = stepId(during);
    m_result.error = networkRunning && certsRunning
                         ? tr("Cancelled during \"%1\" and \"%2\".")
                               .arg(stepLabel(m_current), stepLabel(Step::Certificates))
                         : tr("Cancelled during \"%1\".").arg(stepLabel(during));
    say(m_result.error);
    if (m_timer)
        m_timer->stop();
    if (m_reply) {
        QPointer<classic::ManagementReply> reply = m_reply;
        m_reply = nullptr;
        reply->abort();
    }
    if (m_probe)
        m_probe->cancel();
    if (isMultiNode()) {
        for (Node &n : m_nodes) {
            if (n.probe) {
                disconnect(n.probe, nullptr, this, nullptr);
                n.probe->cancel();
            }
            if (n.state == cloud::StepState::Running)
                setNode(int(&n - m_nodes.data()), cloud::StepState::Cancelled, tr("cancelled"));
        }
        if (m_swarm) {
            disconnect(m_swarm, nullptr, this, nullptr);
            m_swarm->cancel();
        }
        if (m_certCancel)
            m_certCancel->store(true);
        syncNodeResults();
    }
    if (networkRunning && isSideRow(Step::Certificates))
        setStep(m_current, StepState::Cancelled);
    if (m_tlsJob && m_tlsJob->isRunning()) {
        m_tlsJob->cancel(); // key generation stops within moments
        say(tr("Stopping the certificate generation before cleaning up."));
        return; // its finished handler rolls back
    }
    if (certsRunning) // waiting for the certificate folder's lock
        setStep(Step::Certificates, StepState::Cancelled);
    if (m_steps[int(m_current)].state == StepState::Running || !isSideRow(Step::Certificates))
        setStep(m_current, StepState::Cancelled);
    rollback();
}

void Provisioner::stop()
{
    m_running = false;
    if (m_timer)
        m_timer->stop();
    if (m_reply) {
        QPointer<classic::ManagementReply> reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
    if (m_probe) {
        disconnect(m_probe, nullptr, this, nullptr);
        m_probe->cancel();
    }
    if (m_tlsJob) {
        disconnect(m_tlsJob, nullptr, this, nullptr);
        m_tlsJob->cancel();
    }
    for (Node &n : m_nodes)
        if (n.probe) {
            disconnect(n.probe, nullptr, this, nullptr);
            n.probe->cancel();
        }
    if (m_swarm) {
        disconnect(m_swarm, nullptr, this, nullptr);
        m_swarm->cancel();
    }
    if (m_certCancel)
        m_certCancel->store(true);
    unlockCertFolder();
}

void Provisioner::rollback()
{
    if (m_rollingBack)
        return;
    m_rollingBack = true;
    if (m_timer)
        m_timer->stop();
    if (isAdd() && m_swarmStarted && !m_addSwarmUndone) {
        // New nodes that joined (or may have) leave the swarm and leave its node list before
        // their roles go; the existing nodes are not touched.
        m_addSwarmUndone = true;
        if (m_swarm) { // cancelled or failed during the swarm step: its outcome so far
            m_swarmInput = m_swarm->input();
            m_swarmOutcome = m_swarm->outcome();
        }
        QStringList names;
        for (const Node &n : m_nodes)
            names << n.name;
        setStep(Step::Rollback, StepState::Running, tr("the new hosts leave the swarm"));
        cloud::removeAddedNodes(m_swarmInput, m_swarmOutcome, names, this,
                                [this](const QStringList &problems) {
                                    for (const QString &p : problems) {
                                        say(p);
                                        m_result.kept << p;
                                    }
                                    m_rollingBack = false;
                                    rollback();
                                });
        return;
    }
    m_sharedFilesInUse.reset();
    m_rollbackQueue = m_journal.leftovers();
    if (m_rollbackQueue.isEmpty()) {
        setStep(Step::Rollback, StepState::Skipped, tr("nothing was created"));
        return finishRun();
    }
    setStep(Step::Rollback, StepState::Running);
    m_rollbackClock.start();
    rollbackNext();
}

void Provisioner::rollbackNext()
{
    if (m_rollbackQueue.isEmpty())
        return finishRun();
    const Journal::Entry entry = m_rollbackQueue.first();
    switch (Journal::kindInfo(entry.kind).removal) {
    case Journal::Removal::OwnFile:
        // Files are removed under the folder's lock, so no other run is half way through
        // reusing them; the folder itself only once the lock (a file in it) is given back.
        if (m_folderLock && m_folderLock->isLocked())
            return rollbackLocal(entry);
        return lockCertFolder([this, entry] { rollbackLocal(entry); });
    case Journal::Removal::EmptyFolder:
        unlockCertFolder();
        return rollbackLocal(entry);
    case Journal::Removal::ArmDelete:
        // Not a classic resource: an ARM run's journal is cleaned up by its own cloud.
        return rollbackDone(entry, Removal::Failed,
                            tr("an Azure Resource Manager resource; clean it up with the "
                               "signed-in account"));
    case Journal::Removal::AzureDelete:
        break;
    }
    say(tr("Removing %1…").arg(Journal::describe(entry)));
    call(request(&Api::del, Journal::deletePath(entry)),
         [this, entry](classic::ManagementReply *r) {
             if (r->httpStatus() == 404)
                 return rollbackDone(entry, entry.state == Journal::State::Planned
                                                ? Removal::NotMade
                                                : Removal::AlreadyGone);
             if (!r->ok()) {
                 // The resource is still busy with the operation we interrupted (409 exclusive
                 // access, or a storage account whose disk is still being released): wait and try
                 // again.
                 const bool busy =
                     r->httpStatus() == 409 ||
                     (r->httpStatus() == 400 && entry.kind == Journal::Kind::StorageAccount);
                 if (busy && m_rollbackClock.isValid() &&
                     m_rollbackClock.elapsed() < m_options.operationTimeoutMs) {
                     qCDebug(lcProvision).noquote() << "busy:" << r->error().summary();
                     say(stillBusyText(entry, m_options.pollIntervalMs * 2));
                     return after(m_options.pollIntervalMs * 2, [this] { rollbackNext(); });
                 }
                 return rollbackDone(entry, Removal::Failed, r->error().summary());
             }
             if (r->requestId().isEmpty() || r->httpStatus() != 202)
                 return rollbackDone(entry, Removal::Removed);
             // Asynchronous delete: wait for its operation.
             waitForOperation(r->requestId(), [this, entry](const std::optional<QString> &error) {
                 if (error)
                     return rollbackDone(entry, Removal::Failed, *error);
                 rollbackDone(entry, Removal::Removed);
             });
         });
}

void Provisioner::rollbackLocal(const Journal::Entry &entry)
{
    LocalRemoval r;
    if (entry.kind == Journal::Kind::Folder) {
        r = removeOwnFolder(entry.name);
    } else if (isSharedTlsFile(entry.name) && !entry.sha256.isEmpty() &&
               QFileInfo::exists(entry.name)) {
        // The CA and the client pair serve every host made with them.
        if (!m_sharedFilesInUse)
            m_sharedFilesInUse =
                sharedTlsFilesInUse(QFileInfo(entry.name).absolutePath(),
                                    QFileInfo(m_journal.path()).absolutePath(), m_journal.path());
        r = m_sharedFilesInUse->isEmpty()
                ? removeOwnFile(entry.name, entry.sha256)
                : LocalRemoval{LocalRemoval::Outcome::Kept, *m_sharedFilesInUse};
    } else {
        r = removeOwnFile(entry.name, entry.sha256);
    }
    switch (r.outcome) {
    case LocalRemoval::Outcome::Removed:
        return rollbackDone(entry, Removal::Removed);
    case LocalRemoval::Outcome::AlreadyGone:
        return rollbackDone(entry, entry.state == Journal::State::Planned ? Removal::NotMade
                                                                          : Removal::AlreadyGone);
    case LocalRemoval::Outcome::NotMade:
        return rollbackDone(entry, Removal::NotMade);
    case LocalRemoval::Outcome::Kept:
        return rollbackDone(entry, Removal::Kept, r.reason);
    case LocalRemoval::Outcome::Failed:
        return rollbackDone(entry, Removal::Failed, r.reason);
    }
}

void Provisioner::rollbackDone(const Journal::Entry &entry, Removal outcome, const QString &detail)
{
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
        break; // planned, never made: nothing to report
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
    QString error;
    if (!m_journal.record(entry.kind, entry.name, state, &error, entry.parent, detail))
        say(error);
    rollbackNext();
}

void Provisioner::finishRun()
{
    unlockCertFolder();
    QString error;
    if (m_result.leftBehind.isEmpty()) {
        m_journal.setOutcome(Journal::Outcome::RolledBack, &error);
        m_journal.remove(&error);
        if (m_steps[int(Step::Rollback)].state == StepState::Running) {
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
        m_journal.setOutcome(Journal::Outcome::Failed, &error);
        setStep(Step::Rollback, StepState::Failed,
                tr("left behind: %1. Run 'docker-vm cleanup' to try again.")
                    .arg(m_result.leftBehind.join(QStringLiteral(", "))));
    }
    m_running = false;
    m_result.elapsedMs = m_total.elapsed();
    emit finished(false);
}

} // namespace dockervm::classic
