#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace dockervm::testing {

// Runs the built `docker-vm` ($DOCKERVM_CLI) as a user would, with config, data and HOME in a
// private temporary folder; and runs `docker-vm simulator` as a separate process.
class CliHarness
{
public:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    CliHarness();
    ~CliHarness();

    bool isValid() const { return !m_cli.isEmpty() && m_dir.isValid(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QProcessEnvironment environment() const;

    Result run(const QStringList &args, const QProcessEnvironment &extra = {},
               int timeoutMs = 120000);

    // Starts `docker-vm simulator --port 0 --publishsettings … --ca-out …` plus `extraArgs`,
    // waits for its announcement and imports its subscription. False with *error otherwise.
    bool startSimulator(const QStringList &extraArgs, QString *error);
    void stopSimulator();
    QString publishSettings() const { return path(QStringLiteral("sim.publishsettings")); }
    QString caFile() const { return path(QStringLiteral("sim-ca.pem")); }
    QByteArray simulatorLog(); // what the simulator printed so far (one line per request)

private:
    QString m_cli;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_sim;
    QByteArray m_simLog;
};

} // namespace dockervm::testing
