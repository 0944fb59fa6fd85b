#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace dockervm::testing {

// Runs the built `docker-vm` ($DOCKERVM_CLI) as a user would, with config, data and HOME in a
// private temporary folder; and runs `docker-vm simulator` as a separate process.
class CliHarness
{
public:
    struct Result
    {
        bool finished = false; // false: it did not end within the timeout and was killed
        int exitCode = -1;     // -1 also when it crashed
        QByteArray out;
        QByteArray err;
    };

    CliHarness();
    ~CliHarness();

    bool isValid() const { return !m_cli.isEmpty() && m_dir.isValid(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QProcessEnvironment environment() const;

    // Runs docker-vm with environment() plus `extra` (which wins), while the event loop runs (so
    // servers living in the test process answer). `beforeStart` may configure the process, e.g.
    // connect to its output signals.
    Result run(const QStringList &args, const QProcessEnvironment &extra = {},
               int timeoutMs = 120000,
               const std::function<void(QProcess &)> &beforeStart = nullptr);

    // Starts `docker-vm simulator --port 0 --publishsettings … --ca-out …` plus `extraArgs` and
    // waits for its announcement. False with *error otherwise.
    bool launchSimulator(const QStringList &extraArgs, QString *error);
    // launchSimulator() and then `docker-vm account import` of its subscription.
    bool startSimulator(const QStringList &extraArgs, QString *error);
    void stopSimulator();
    QString publishSettings() const { return path(QStringLiteral("sim.publishsettings")); }
    QString caFile() const { return path(QStringLiteral("sim-ca.pem")); }
    QByteArray simulatorLog(); // what the simulator printed so far (one line per request)
    // From the simulator's announcement: the whole text up to "Press Ctrl+C", the management
    // endpoint (https://127.0.0.1:PORT) and the subscription id; empty when not announced.
    QString simulatorAnnouncement() const { return m_announcement; }
    QString simulatorEndpoint() const { return m_endpoint; }
    QString simulatorSubscriptionId() const { return m_subscriptionId; }

private:
    QString m_cli;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_sim;
    QByteArray m_simLog;
    QString m_announcement;
    QString m_endpoint;
    QString m_subscriptionId;
};

} // namespace dockervm::testing
