#include "cli_harness.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QSignalSpy>

namespace dockervm::testing {

CliHarness::CliHarness() : m_cli(qEnvironmentVariable("DOCKERVM_CLI")) {}

CliHarness::~CliHarness()
{
    stopSimulator();
}

QProcessEnvironment CliHarness::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKERVM_CONFIG_DIR"), path(QStringLiteral("config")));
    env.insert(QStringLiteral("DOCKERVM_DATA_DIR"), path(QStringLiteral("data")));
    env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("home/.config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("home/.local/share")));
    env.remove(QStringLiteral("DOCKER_VM_PASSWORD"));
    return env;
}

CliHarness::Result CliHarness::run(const QStringList &args, const QProcessEnvironment &extra,
                                   int timeoutMs,
                                   const std::function<void(QProcess &)> &beforeStart)
{
    QProcess p;
    QProcessEnvironment env = environment();
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    if (beforeStart)
        beforeStart(p);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(m_cli, args);
    Result r;
    if (!finished.wait(timeoutMs)) {
        p.kill();
        finished.wait(5000);
        r.err = "timed out";
        return r;
    }
    r.finished = true;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool CliHarness::launchSimulator(const QStringList &extraArgs, QString *error)
{
    stopSimulator();
    m_simLog.clear();
    m_announcement.clear();
    m_endpoint.clear();
    m_subscriptionId.clear();
    m_sim = std::make_unique<QProcess>();
    m_sim->setProcessEnvironment(environment());
    QSignalSpy output(m_sim.get(), &QProcess::readyReadStandardOutput);
    m_sim->start(m_cli, QStringList{QStringLiteral("simulator"), QStringLiteral("--port"),
                                    QStringLiteral("0"), QStringLiteral("--publishsettings"),
                                    publishSettings(), QStringLiteral("--ca-out"), caFile()} +
                            extraArgs);
    const QDeadlineTimer deadline(30000);
    for (;;) {
        m_simLog += m_sim->readAllStandardOutput();
        if (m_simLog.contains("Press Ctrl+C") || deadline.hasExpired() ||
            m_sim->state() == QProcess::NotRunning)
            break;
        output.wait(int(qBound(qint64(1), deadline.remainingTime(), qint64(1000))));
    }
    const qsizetype end = m_simLog.indexOf("Press Ctrl+C");
    if (end < 0) {
        *error = QString::fromUtf8(m_simLog + m_sim->readAllStandardError());
        return false;
    }
    m_announcement = QString::fromUtf8(m_simLog.left(end));
    static const QRegularExpression listening(
        QStringLiteral("listening on (https://127\\.0\\.0\\.1:\\d+)"));
    static const QRegularExpression subscription(QStringLiteral("subscription:\\s+(\\S+)"));
    m_endpoint = listening.match(m_announcement).captured(1);
    m_subscriptionId = subscription.match(m_announcement).captured(1);
    return true;
}

bool CliHarness::startSimulator(const QStringList &extraArgs, QString *error)
{
    if (!launchSimulator(extraArgs, error))
        return false;
    const Result imported =
        run({QStringLiteral("account"), QStringLiteral("import"), publishSettings()});
    if (imported.exitCode != 0) {
        *error = QString::fromUtf8(imported.err);
        return false;
    }
    return true;
}

void CliHarness::stopSimulator()
{
    if (!m_sim)
        return;
    if (m_sim->state() != QProcess::NotRunning) {
        m_sim->terminate();
        if (!m_sim->waitForFinished(10000))
            m_sim->kill();
    }
    m_simLog += m_sim->readAllStandardOutput();
    m_sim.reset();
}

QByteArray CliHarness::simulatorLog()
{
    if (m_sim)
        m_simLog += m_sim->readAllStandardOutput();
    return m_simLog;
}

} // namespace dockervm::testing
