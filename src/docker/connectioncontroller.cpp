#include "docker/connectioncontroller.h"

#include "common/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTime>
#include <QTimer>

namespace dockervm::docker {
namespace {

constexpr int kContextTimeoutMs = 30000;

const QList<ProbeStage> &allStages()
{
    static const QList<ProbeStage> stages{ProbeStage::CertificateFiles,  ProbeStage::Resolve,
                                          ProbeStage::Connect,           ProbeStage::TlsHandshake,
                                          ProbeStage::ClientCertificate, ProbeStage::Ping,
                                          ProbeStage::Version,           ProbeStage::Info};
    return stages;
}

} // namespace

ConnectionController::ConnectionController(QObject *parent)
    : QObject(parent), m_certDir(defaultCertDir())
{
    m_processTimer = new QTimer(this);
    m_processTimer->setSingleShot(true);
    m_processTimer->setInterval(kContextTimeoutMs);
    resetRows();
}

ConnectionController::~ConnectionController()
{
    if (m_probe) {
        m_probe->disconnect(this);
        delete m_probe;
    }
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
    }
}

void ConnectionController::setHost(const QString &host)
{
    const QString h = host.trimmed();
    if (h == m_host)
        return;
    m_host = h;
    emit targetChanged();
}

void ConnectionController::setPort(int port)
{
    if (port == m_port || port <= 0 || port > 65535)
        return;
    m_port = port;
    emit targetChanged();
}

void ConnectionController::setCertDir(const QString &dir)
{
    if (dir == m_certDir)
        return;
    m_certDir = dir;
    emit targetChanged();
}

void ConnectionController::setLegacyTls(bool legacy)
{
    if (legacy == m_legacyTls)
        return;
    m_legacyTls = legacy;
    emit targetChanged();
}

void ConnectionController::setWaitSeconds(int seconds)
{
    seconds = qMax(0, seconds);
    if (seconds == m_waitSeconds)
        return;
    m_waitSeconds = seconds;
    emit targetChanged();
}

void ConnectionController::setStageTimeoutMs(int ms)
{
    m_stageTimeoutMs = qMax(1, ms);
}

void ConnectionController::setTarget(const QString &host, int port, const QString &certDir,
                                     bool legacyTls)
{
    const QString h = host.trimmed();
    const bool portOk = port > 0 && port <= 65535;
    if (h == m_host && (!portOk || port == m_port) && certDir == m_certDir &&
        legacyTls == m_legacyTls)
        return;
    m_host = h;
    if (portOk)
        m_port = port;
    m_certDir = certDir;
    m_legacyTls = legacyTls;
    emit targetChanged();
}

QString ConnectionController::targetUrl() const
{
    return dockerHostUrl(m_host, quint16(m_port));
}

QString ConnectionController::modeText() const
{
    if (m_legacyTls)
        return tr("legacy: server not verified (like docker --tls; for hosts made by the 2014 "
                  "tool)");
    return tr("TLS, server verified against %1 (like docker --tlsverify)")
        .arg(QDir::toNativeSeparators(QDir::cleanPath(m_certDir) + QStringLiteral("/ca.pem")));
}

QString ConnectionController::dockerCommand(Shell shell) const
{
    return dockerInfoCommand(m_host, quint16(m_port), m_certDir, m_legacyTls, shell);
}

QString ConnectionController::environment(Shell shell, QString *error) const
{
    return environmentScript(m_host, quint16(m_port), m_certDir, shell, error);
}

QString ConnectionController::contextCommand(const QString &name, Shell shell) const
{
    return commandLine(QStringList{QStringLiteral("docker")} +
                           contextCreateArguments(name, m_host, quint16(m_port), m_certDir,
                                                  m_legacyTls,
                                                  tr("Docker VM Wizard: %1").arg(targetUrl())),
                       shell);
}

QString ConnectionController::suggestedContextName() const
{
    QString name = m_host.section(QLatin1Char('.'), 0, 0).toLower();
    static const QRegularExpression bad(QStringLiteral("[^a-z0-9_.+-]"));
    name.replace(bad, QStringLiteral("-"));
    while (!name.isEmpty() && !name.front().isLetterOrNumber())
        name.remove(0, 1);
    return isValidContextName(name) ? name : QStringLiteral("docker-vm");
}

QUrl ConnectionController::certFolderUrl() const
{
    if (m_certDir.isEmpty())
        return {};
    return QUrl::fromLocalFile(QDir::cleanPath(QFileInfo(m_certDir).absoluteFilePath()));
}

QString ConnectionController::dockerExecutable()
{
    return QStandardPaths::findExecutable(QStringLiteral("docker"));
}

bool ConnectionController::isContextBusy() const
{
    return !m_process.isNull();
}

// --- the check -----------------------------------------------------------------------------------

void ConnectionController::resetRows()
{
    m_rows.clear();
    for (ProbeStage s : allStages())
        m_rows.append(StageRow{s, stageLabel(s), StageState::Pending, QString(), -1});
}

int ConnectionController::rowOf(ProbeStage stage) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].stage == stage)
            return i;
    }
    return -1;
}

void ConnectionController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ConnectionController::setSummary(const QString &summary)
{
    if (summary == m_summary)
        return;
    m_summary = summary;
    emit summaryChanged(summary);
}

void ConnectionController::log(const QString &line)
{
    const QString stamped =
        QTime::currentTime().toString(QStringLiteral("HH:mm:ss")) + QLatin1Char(' ') + line;
    m_log.append(stamped);
    emit attemptLogged(stamped);
}

void ConnectionController::start()
{
    if (isRunning())
        return;
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->deleteLater();
    }
    ProbeOptions options;
    options.host = m_host;
    options.port = quint16(m_port);
    options.certDir = m_certDir;
    options.mode = m_legacyTls ? ProbeOptions::Mode::LegacyTls : ProbeOptions::Mode::Verify;
    options.waitSeconds = m_waitSeconds;
    options.stageTimeoutMs = m_stageTimeoutMs;
    options.hostOverrides = m_hostOverrides;
    options.portSetting = m_portSetting.isEmpty() ? tr("the Docker port") : m_portSetting;
    options.certDirSetting =
        m_certDirSetting.isEmpty() ? tr("the certificate folder") : m_certDirSetting;

    auto *probe = new DockerProbe(options, this);
    m_probe = probe;
    connect(probe, &DockerProbe::stageChanged, this, &ConnectionController::onStageChanged);
    connect(probe, &DockerProbe::stageFinished, this, &ConnectionController::onStageFinished);
    connect(probe, &DockerProbe::attemptFinished, this, &ConnectionController::onAttemptFinished);
    connect(probe, &DockerProbe::finished, this, &ConnectionController::onProbeFinished);

    resetRows();
    emit stagesReset();
    m_report = ConnectionReport();
    emit serverFactsChanged();
    setState(State::Checking);
    if (m_waitSeconds > 0)
        setSummary(tr("Checking Docker at %1; waiting up to %n second(s) for it to answer…",
                      nullptr, m_waitSeconds)
                       .arg(targetUrl()));
    else
        setSummary(tr("Checking Docker at %1…").arg(targetUrl()));
    log(tr("Checking %1 with the certificates in %2 (%3)")
            .arg(targetUrl(), QDir::toNativeSeparators(m_certDir),
                 m_legacyTls ? tr("legacy, server not verified") : tr("server verified")));
    qCDebug(lcDocker) << "connection check started for" << targetUrl();
    probe->start();
}

void ConnectionController::retry()
{
    if (isRunning())
        cancel();
    start();
}

void ConnectionController::cancel()
{
    if (m_probe && m_probe->isRunning())
        m_probe->cancel(); // finished() follows synchronously
}

void ConnectionController::onStageChanged(ProbeStage stage)
{
    if (sender() != m_probe)
        return;
    if (stage == ProbeStage::Resolve) {
        // A new attempt (wait mode retries): the network stages start over.
        for (int i = 0; i < m_rows.size(); ++i) {
            StageRow &row = m_rows[i];
            if (row.stage == ProbeStage::CertificateFiles || row.state == StageState::Pending)
                continue;
            row.state = StageState::Pending;
            row.diagnosis.clear();
            row.elapsedMs = -1;
            emit stageUpdated(i);
        }
    }
    const int i = rowOf(stage);
    if (i < 0)
        return;
    m_rows[i].state = StageState::Running;
    m_rows[i].diagnosis.clear();
    m_rows[i].elapsedMs = -1;
    emit stageUpdated(i);
}

void ConnectionController::onStageFinished(const StageResult &result)
{
    if (sender() != m_probe)
        return;
    const int i = rowOf(result.stage);
    if (i < 0)
        return;
    m_rows[i].state = result.passed ? StageState::Passed : StageState::Failed;
    m_rows[i].diagnosis = result.detail;
    m_rows[i].elapsedMs = result.elapsedMs;
    emit stageUpdated(i);
}

void ConnectionController::onAttemptFinished(int attempt, ProbeStage stage,
                                             const QString &diagnosis)
{
    if (sender() != m_probe)
        return;
    log(tr("Attempt %1: %2: %3").arg(attempt).arg(stageLabel(stage), diagnosis));
    if (m_waitSeconds > 0 && m_probe->report().failure != ProbeFailure::None)
        setSummary(tr("Waiting for Docker at %1: attempt %2 stopped at %3. Trying again…")
                       .arg(targetUrl())
                       .arg(attempt)
                       .arg(stageLabel(stage)));
}

void ConnectionController::onProbeFinished(const ConnectionReport &report)
{
    if (sender() != m_probe)
        return;
    m_report = report;
    const bool cancelled = report.failure == ProbeFailure::Cancelled;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].state != StageState::Running)
            continue;
        // A running row's text was cleared when its stage started (onStageChanged).
        m_rows[i].state = cancelled ? StageState::Pending : StageState::Failed;
        m_rows[i].diagnosis = cancelled ? tr("Cancelled") : report.summary;
        emit stageUpdated(i);
    }
    emit serverFactsChanged();
    setSummary(report.summary);
    log(report.ok ? tr("Connected after %n attempt(s) in %1 s", nullptr, report.attempts)
                        .arg(double(report.elapsedMs) / 1000.0, 0, 'f', 1)
                  : report.summary);
    setState(report.ok ? State::Connected : cancelled ? State::Idle : State::Failed);
    qCDebug(lcDocker) << "connection check finished:" << failureId(report.failure);
    emit finished(report);
}

// --- docker context create -----------------------------------------------------------------------

void ConnectionController::createContext(const QString &name)
{
    if (isContextBusy())
        return;
    const QString trimmed = name.trimmed();
    ContextResult result;
    result.name = trimmed;
    if (!isValidContextName(trimmed)) {
        result.outcome = ContextResult::Outcome::Invalid;
        result.message = tr("'%1' is not a valid docker context name: use letters, digits and "
                            "_ . + -, starting with a letter or digit (for example '%2').")
                             .arg(trimmed, suggestedContextName());
        QTimer::singleShot(0, this, [this, result] { finishContext(result); });
        return;
    }
    result.command = contextCommand(trimmed);
    const QString exe = dockerExecutable();
    if (exe.isEmpty()) {
        result.outcome = ContextResult::Outcome::CommandOnly;
        result.message = tr("The docker command is not installed on this computer (not found on "
                            "PATH), so no context was created. Copy the command and run it where "
                            "docker is installed.");
        QTimer::singleShot(0, this, [this, result] { finishContext(result); });
        return;
    }

    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(exe);
    process->setArguments(contextCreateArguments(trimmed, m_host, quint16(m_port), m_certDir,
                                                 m_legacyTls,
                                                 tr("Docker VM Wizard: %1").arg(targetUrl())));
    process->setStandardInputFile(QProcess::nullDevice());
    if (!m_dockerConfigDir.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_CONFIG"), m_dockerConfigDir);
        process->setProcessEnvironment(env);
    }
    connect(process, &QProcess::errorOccurred, this,
            [this, process, result](QProcess::ProcessError e) {
                if (process != m_process || e != QProcess::FailedToStart)
                    return;
                ContextResult r = result;
                r.outcome = ContextResult::Outcome::Failed;
                r.message =
                    tr("Cannot run %1: %2. Run the command yourself.")
                        .arg(QDir::toNativeSeparators(process->program()), process->errorString());
                finishContext(r);
            });
    connect(
        process, &QProcess::finished, this,
        [this, process, result](int exitCode, QProcess::ExitStatus status) {
            if (process != m_process)
                return;
            const QString out = QString::fromLocal8Bit(process->readAllStandardOutput()).trimmed();
            const QString err = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
            ContextResult r = result;
            if (status == QProcess::NormalExit && exitCode == 0) {
                r.outcome = ContextResult::Outcome::Created;
                r.message = tr("Created docker context '%1'. Use it with 'docker --context "
                               "%1 info', or make it the default with 'docker context use "
                               "%1'.")
                                .arg(r.name);
            } else {
                r.outcome = ContextResult::Outcome::Failed;
                const QString why = !err.isEmpty() ? err : !out.isEmpty() ? out : tr("no message");
                r.message = status == QProcess::NormalExit
                                ? tr("docker context create failed (exit code %1): %2")
                                      .arg(exitCode)
                                      .arg(why)
                                : tr("docker context create stopped unexpectedly: %1").arg(why);
            }
            finishContext(r);
        });
    connect(m_processTimer, &QTimer::timeout, process, [this, process, result] {
        if (process != m_process)
            return;
        ContextResult r = result;
        r.outcome = ContextResult::Outcome::Failed;
        r.message = tr("docker context create did not finish within %1 s and was stopped. Run the "
                       "command yourself to see what it waits for.")
                        .arg(kContextTimeoutMs / 1000);
        finishContext(r);
    });
    qCDebug(lcDocker) << "running" << exe << "context create" << trimmed;
    process->start();
    m_processTimer->start();
    emit contextBusyChanged(true);
}

void ConnectionController::finishContext(ContextResult result)
{
    const bool wasBusy = isContextBusy();
    if (QProcess *p = m_process) {
        m_process = nullptr;
        m_processTimer->stop();
        m_processTimer->disconnect(p);
        p->disconnect(this);
        if (p->state() != QProcess::NotRunning)
            p->kill();
        p->deleteLater();
    }
    m_contextResult = result;
    qCDebug(lcDocker) << "context create" << result.name << "outcome" << int(result.outcome);
    if (wasBusy)
        emit contextBusyChanged(false);
    emit contextFinished(result);
}

} // namespace dockervm::docker
