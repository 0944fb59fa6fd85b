#include "cloud/run.h"

#include "docker/dockerenv.h"

#include <QCoreApplication>
#include <QTime>
#include <QTimer>

namespace dockervm::cloud {

QString kindId(Kind kind)
{
    return kind == Kind::ResourceManager ? QStringLiteral("arm") : QStringLiteral("classic");
}

std::optional<Kind> kindFromId(const QString &id)
{
    if (id == QLatin1String("arm"))
        return Kind::ResourceManager;
    if (id == QLatin1String("classic"))
        return Kind::Classic;
    return std::nullopt;
}

QString kindLabel(Kind kind)
{
    return kind == Kind::ResourceManager
               ? QCoreApplication::translate("Cloud", "Azure Resource Manager")
               : QCoreApplication::translate("Cloud", "Classic (Service Management)");
}

QString retryText(const QString &what, const QString &why, int failedAttempt, int delayMs)
{
    const int seconds = (delayMs + 999) / 1000;
    const QString at = QTime::currentTime().addMSecs(delayMs).toString(QStringLiteral("HH:mm:ss"));
    QString reason = why.trimmed();
    if (reason.isEmpty())
        reason = QCoreApplication::translate("Cloud", "The request did not succeed.");
    if (!reason.endsWith(QLatin1Char('.')))
        reason += QLatin1Char('.');
    if (failedAttempt <= 0)
        return QCoreApplication::translate("Cloud", "%1: %2 Trying again in %n s (at %3).", nullptr,
                                           seconds)
            .arg(what, reason, at);
    return QCoreApplication::translate("Cloud", "%1: %2 Trying again in %n s (at %3), attempt %4.",
                                       nullptr, seconds)
        .arg(what, reason, at)
        .arg(failedAttempt + 1);
}

QString waitingSince(const QString &what, qint64 elapsedMs)
{
    const QString since =
        QTime::currentTime().addMSecs(-int(elapsedMs)).toString(QStringLiteral("HH:mm:ss"));
    return QCoreApplication::translate("Cloud", "%1 (waiting since %2)").arg(what, since);
}

QString stepStateId(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return QStringLiteral("pending");
    case StepState::Running:
        return QStringLiteral("running");
    case StepState::Done:
        return QStringLiteral("done");
    case StepState::Failed:
        return QStringLiteral("failed");
    case StepState::Skipped:
        return QStringLiteral("skipped");
    case StepState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString RunResult::dockerCommand() const
{
    return docker::dockerInfoCommand(hostName, quint16(dockerPort), certDir, false);
}

} // namespace dockervm::cloud

namespace dockervm::cloud {

FailedRun::FailedRun(QString error, QString failedStep, QObject *parent) : ProvisioningRun(parent)
{
    m_result.error = std::move(error);
    m_result.failedStep = std::move(failedStep);
}

void FailedRun::start()
{
    if (m_running)
        return;
    m_running = true;
    QTimer::singleShot(0, this, [this] {
        if (!m_running)
            return;
        m_running = false;
        emit message(m_result.error);
        emit finished(false);
    });
}

} // namespace dockervm::cloud
