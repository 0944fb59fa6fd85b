// docker-vm: the command-line twin of the wizard. Thin: every command lives in its own file and
// uses the same core classes as the wizard.
#include "command.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <algorithm>
#include <memory>

using namespace dockervm::cli;

namespace {

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate("cli",
                                       "Usage: docker-vm COMMAND [options]\n\n"
                                       "Create an Azure classic VM with the Docker extension "
                                       "and check its TLS Docker endpoint.\n\nCommands:\n");
    QList<Command> commands = Registry::all();
    std::sort(commands.begin(), commands.end(),
              [](const Command &a, const Command &b) { return a.words < b.words; });
    for (const Command &c : commands)
        out << "  " << c.words.join(QLatin1Char(' ')).leftJustified(22) << ' ' << c.summary << '\n';
    out << '\n'
        << QCoreApplication::translate("cli",
                                       "Run 'docker-vm COMMAND --help' for a command's options.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DockerVmWizard"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("dockervm.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("docker-vm-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOCKERVM_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("dockervm"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        printUsage(out);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        out << "docker-vm " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }

    // The longest registered command that the leading words spell.
    const Command *match = nullptr;
    for (const Command &c : Registry::all()) {
        if (c.words.size() <= args.size() && args.mid(0, c.words.size()) == c.words &&
            (!match || c.words.size() > match->words.size()))
            match = &c;
    }
    if (!match) {
        err << QCoreApplication::translate("cli", "docker-vm: unknown command '%1'.\n")
                   .arg(args.first());
        printUsage(err);
        return 2;
    }
    auto invocation =
        std::make_unique<Invocation>(match->words, args.mid(match->words.size()), match->summary);
    match->run(*invocation);
    if (invocation->isFinished())
        return invocation->exitCode();
    return QCoreApplication::exec();
}
