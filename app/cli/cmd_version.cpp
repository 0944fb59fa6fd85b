#include "command.h"

#include <QCoreApplication>

namespace {

void runVersion(dockervm::cli::Invocation &inv)
{
    if (!inv.parse())
        return;
    inv.out() << "docker-vm " << QCoreApplication::applicationVersion() << '\n';
    inv.finish(0);
}

} // namespace

DOCKERVM_CLI_COMMAND(QStringList{QStringLiteral("version")},
                     QT_TRANSLATE_NOOP("cli", "Print the version."), runVersion);
