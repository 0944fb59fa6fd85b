#include "cloud/run.h"

#include "docker/dockerenv.h"

#include <QCoreApplication>

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
