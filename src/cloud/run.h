#pragma once

#include "cloud/vmspec.h"
#include "common/hostoverrides.h"
#include "docker/probereport.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace dockervm::cloud {

// The two clouds the wizard and the command line can create a Docker host on.
enum class Kind {
    Classic,         // Service Management API, .publishsettings, Docker VM extension (2014)
    ResourceManager, // Entra ID sign-in, Azure Resource Manager, cloud-init (today's Azure)
};
QString kindId(Kind kind);                         // "classic" / "arm", in files and JSON
std::optional<Kind> kindFromId(const QString &id); // accepts "classic", "arm"
QString kindLabel(Kind kind);                      // translated: "Classic (ASM)"

enum class StepState { Pending, Running, Done, Failed, Skipped, Cancelled };
QString stepStateId(StepState state); // "pending", "running", …

// The progress log's line for a request that is tried again: what is retried, why (in words: no
// server code or request id, those belong in the debug log), and when (in how many seconds, at
// what clock time). "Removing cloud service web1: Azure is busy with another operation on the
// same resource. Trying again in 5 s (at 17:55:03), attempt 2." No attempt number when
// failedAttempt is 0 (a wait the run itself decided on).
QString retryText(const QString &what, const QString &why, int failedAttempt, int delayMs);

// A long wait's row detail: what is waited for and since when. "the VM to start (waiting
// since 17:55:03)"; `elapsedMs`: how long the wait has lasted already.
QString waitingSince(const QString &what, qint64 elapsedMs = 0);

// One progress row of a run: a resource to make, a wait, the Docker check, the rollback. Rows
// come from the cloud's plan; the wizard and the command line show them as they are.
struct StepRow
{
    QString id;    // stable for logs, JSON and tests: "resource-group", "check-name", "rollback"
    QString label; // translated: "Resource group"
    StepState state = StepState::Pending;
    QString detail; // translated, never a secret
    qint64 elapsedMs = 0;
};

// One host of a multi-host run (VmSpec::nodes > 1): `NAME-i`, what it is reachable as, its
// place in the swarm, and whether it made it. A single-host run has no nodes (RunResult::nodes
// stays empty and the run's rows are the single host's).
struct NodeResult
{
    QString name;           // "web-2": the VM (ARM) / role (classic) name, and the row suffix
    QString hostName;       // its Docker host's DNS name: web-2.westus.cloudapp.azure.com
    int dockerPort = 0;     // its public mutual-TLS Docker port
    QString privateAddress; // "10.0.0.5": what the swarm advertises and listens on
    QString role;           // "manager" / "worker" (empty until the swarm step assigns it)
    bool ok = false;        // provisioned, answered Docker and (after the swarm step) joined
    QString failedStep;     // StepRow::id of the row that failed for it ("wait-vm-web-2")
    QString error;          // translated: why it failed; empty when ok
    QString swarmNodeId;    // its swarm node ID once it joined

    QJsonObject toJson() const; // name, host, port, privateAddress, role, ok, failedStep, error
};

// How a run ended. The same for both clouds.
struct RunResult
{
    bool ok = false;
    bool cancelled = false;
    QString failedStep; // StepRow::id of the step that failed
    QString error;      // translated: what failed, why, next step
    QList<FieldError> fieldErrors;
    QString hostName; // the Docker host's DNS name (<name>.cloudapp.net,
                      // <label>.<region>.cloudapp.azure.com)
    int dockerPort = 0;
    QString certDir;
    QStringList created;     // what this run made and kept (human text), for the summary
    QStringList removed;     // what rollback removed (human text)
    QStringList alreadyGone; // recorded as made by this run, but no longer there
    QStringList kept;        // made by this run, kept on purpose: "file … (why)"
    QStringList leftBehind;  // what rollback could not remove (human text)
    docker::ConnectionReport docker;
    // The redirections the Docker check used (demo: the simulated VM mapped to loopback). Hand
    // it to a later check of the same host. Empty in a real run.
    HostOverrides hostOverrides;
    qint64 elapsedMs = 0;
    // Multi-host runs only (empty for one host): every node in order NAME-1 … NAME-N, failed ones
    // included; hostName/dockerPort above are the swarm leader's.
    QList<NodeResult> nodes;
    QString swarmLeader; // node name of the leader (the first manager), once the swarm exists
    QString swarmId;
    // True when RunOptions::keepPartial kept a working swarm without some nodes (nodes[i].ok and
    // .error say which and why); ok is true then too.
    bool partial = false;
    // docker --tlsverify [--tlscacert … unless certDir is ~/.docker] -H tcp://host:port info
    QString dockerCommand() const;
};

// A create, resume, cleanup or delete of one cloud, as rows that change, log lines and one end.
// Cancel rolls back what this run made (and nothing else); stop() leaves everything to the
// journal for `docker-vm cleanup`.
class ProvisioningRun : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start() = 0;
    // Stops the current step and rolls back. No effect once finished or already rolling back.
    virtual void cancel() = 0;
    // Stops at once without rolling back: what exists stays in the journal. No signal follows.
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;
    virtual bool isRollingBack() const = 0;
    virtual QList<StepRow> rows() const = 0;
    virtual const RunResult &result() const = 0;
    virtual QString journalPath() const = 0;

signals:
    // A row's state, detail or figure changed.
    void rowChanged(int row);
    // Rows were added or removed (a plan that grows, e.g. one row per node).
    void rowsReset();
    // A line for the progress log. Never holds a secret.
    void message(const QString &text);
    void finished(bool ok);
};

// A run that fails at once (on start(), later on the event loop) with `error`: what a cloud hands
// out for a run it cannot do (Cloud::addSwarmNodes' default).
class FailedRun : public ProvisioningRun
{
    Q_OBJECT
public:
    FailedRun(QString error, QString failedStep, QObject *parent = nullptr);
    void start() override;
    void cancel() override {}
    void stop() override { m_running = false; }
    bool isRunning() const override { return m_running; }
    bool isRollingBack() const override { return false; }
    QList<StepRow> rows() const override { return {}; }
    const RunResult &result() const override { return m_result; }
    QString journalPath() const override { return {}; }

private:
    RunResult m_result;
    bool m_running = false;
};

} // namespace dockervm::cloud
