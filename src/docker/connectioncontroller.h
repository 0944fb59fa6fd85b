#pragma once

#include "docker/dockerenv.h"
#include "docker/dockerprobe.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

class QProcess;
class QTimer;

namespace dockervm::docker {

// The state behind the connection panel (wizard page 9 and "check an existing host"), without
// widgets: the target, one DockerProbe per run with its stages updated live, the server's facts,
// a log of attempts, the texts to copy, and `docker context create` run asynchronously. The panel
// is a view over this; tests drive it directly.
class ConnectionController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString host READ host WRITE setHost NOTIFY targetChanged)
    Q_PROPERTY(int port READ port WRITE setPort NOTIFY targetChanged)
    Q_PROPERTY(QString certDir READ certDir WRITE setCertDir NOTIFY targetChanged)
    Q_PROPERTY(bool legacyTls READ legacyTls WRITE setLegacyTls NOTIFY targetChanged)
    Q_PROPERTY(int waitSeconds READ waitSeconds WRITE setWaitSeconds NOTIFY targetChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY summaryChanged)
    Q_PROPERTY(bool contextBusy READ isContextBusy NOTIFY contextBusyChanged)

public:
    enum class State { Idle, Checking, Connected, Failed };
    Q_ENUM(State)
    enum class StageState { Pending, Running, Passed, Failed };
    Q_ENUM(StageState)

    struct StageRow
    {
        ProbeStage stage = ProbeStage::CertificateFiles;
        QString label; // translated, from stageLabel()
        StageState state = StageState::Pending;
        QString diagnosis; // the probe's detail: what passed, or why it failed and what to do
        qint64 elapsedMs = -1;
    };

    struct ContextResult
    {
        enum class Outcome {
            Created,     // docker context create succeeded
            Failed,      // docker ran and refused (message holds its error), or could not start
            CommandOnly, // docker is not on PATH: command is the exact text to run elsewhere
            Invalid,     // the name is not a valid docker context name
        };
        Outcome outcome = Outcome::Failed;
        QString name;
        QString message; // translated, for the status line
        QString command; // the full command line, for copying
    };

    explicit ConnectionController(QObject *parent = nullptr);
    ~ConnectionController() override;

    QString host() const { return m_host; }
    void setHost(const QString &host);
    int port() const { return m_port; }
    void setPort(int port);
    QString certDir() const { return m_certDir; }
    void setCertDir(const QString &dir);
    bool legacyTls() const { return m_legacyTls; }
    void setLegacyTls(bool legacy);
    int waitSeconds() const { return m_waitSeconds; }
    void setWaitSeconds(int seconds); // > 0: keep trying until Docker answers (see ProbeOptions)
    // Demo/test redirections for the probe (none by default: the system resolves the host).
    const HostOverrides &hostOverrides() const { return m_hostOverrides; }
    void setHostOverrides(const HostOverrides &overrides) { m_hostOverrides = overrides; }
    // Where the user set the port, named in the diagnosis ("Check the Port field …"); the
    // command line's "--docker-port" never reaches a window. Default: "the Docker port".
    void setPortSetting(const QString &words) { m_portSetting = words; }
    // The same for the certificate folder. Default: "the certificate folder".
    void setCertDirSetting(const QString &words) { m_certDirSetting = words; }
    int stageTimeoutMs() const { return m_stageTimeoutMs; }
    void setStageTimeoutMs(int ms);
    // All target fields at once (one targetChanged).
    void setTarget(const QString &host, int port, const QString &certDir, bool legacyTls = false);

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Checking; }
    const QList<StageRow> &stages() const { return m_rows; }
    const ServerFacts &serverFacts() const { return m_report.server; }
    bool hasServerFacts() const { return !m_report.server.serverVersion.isEmpty(); }
    const ConnectionReport &lastReport() const { return m_report; }
    QString summary() const { return m_summary; }
    const QStringList &attemptLog() const { return m_log; }

    // "tcp://myvm.cloudapp.net:4243"
    QString targetUrl() const;
    // "TLS, server verified against <dir>/ca.pem" or "legacy: server not verified (--tls)".
    QString modeText() const;
    QString dockerCommand(Shell shell = defaultShell()) const;
    // Empty with *error set when the values cannot be written for that shell.
    QString environment(Shell shell, QString *error = nullptr) const;
    // The `docker context create …` line for `name`, quoted for `shell`.
    QString contextCommand(const QString &name, Shell shell = defaultShell()) const;
    // A name derived from the host: "myvm" for myvm.cloudapp.net.
    QString suggestedContextName() const;
    QUrl certFolderUrl() const;
    // The docker program found on PATH (empty when not installed).
    static QString dockerExecutable();
    bool isContextBusy() const;
    const ContextResult &lastContextResult() const { return m_contextResult; }

public slots:
    // Starts a check (no-op while one runs).
    void start();
    // Cancels a running check, if any, and starts a new one.
    void retry();
    void cancel();
    // Runs `docker context create` through the docker CLI when it is on PATH; otherwise reports
    // the exact command to run elsewhere. Ends with contextFinished().
    void createContext(const QString &name);
    // DOCKER_CONFIG for the docker CLI that createContext() runs (demo mode: a folder of its own,
    // so the real ~/.docker is never written); empty: the CLI's default.
    void setDockerConfigDir(const QString &dir) { m_dockerConfigDir = dir; }
    QString dockerConfigDir() const { return m_dockerConfigDir; }

signals:
    void targetChanged();
    void stateChanged(dockervm::docker::ConnectionController::State state);
    void stagesReset();         // every row back to pending (a new run or attempt)
    void stageUpdated(int row); // one row changed
    void serverFactsChanged();
    void summaryChanged(const QString &summary);
    void attemptLogged(const QString &line);
    void finished(const dockervm::docker::ConnectionReport &report);
    void contextBusyChanged(bool busy);
    void contextFinished(const dockervm::docker::ConnectionController::ContextResult &result);

private:
    void resetRows();
    int rowOf(ProbeStage stage) const;
    void setState(State state);
    void setSummary(const QString &summary);
    void log(const QString &line);
    void onStageChanged(ProbeStage stage);
    void onStageFinished(const StageResult &result);
    void onAttemptFinished(int attempt, ProbeStage stage, const QString &diagnosis);
    void onProbeFinished(const ConnectionReport &report);
    void finishContext(ContextResult result);

    QString m_host;
    int m_port = 4243;
    QString m_certDir;
    QString m_dockerConfigDir;
    bool m_legacyTls = false;
    int m_waitSeconds = 0;
    int m_stageTimeoutMs = 10000;
    QString m_portSetting;
    QString m_certDirSetting;
    HostOverrides m_hostOverrides;

    State m_state = State::Idle;
    QList<StageRow> m_rows;
    ConnectionReport m_report;
    QString m_summary;
    QStringList m_log;
    QPointer<DockerProbe> m_probe;

    QPointer<QProcess> m_process;
    QTimer *m_processTimer = nullptr;
    ContextResult m_contextResult;
};

} // namespace dockervm::docker
