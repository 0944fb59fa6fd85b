// docker-vm: the command-line twin of the wizard. Thin: every command lives in its own file and
// uses the same core classes as the wizard.
#include "command.h"

#include "common/textsafety.h"
#include "i18n/language.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace dockervm::cli;

namespace {

// The commands of a group ("account": import, list, use, remove), for `docker-vm account`.
QList<Command> groupCommands(const QString &group)
{
    QList<Command> commands;
    for (const Command &c : Registry::all()) {
        if (c.words.size() > 1 && c.words.first() == group)
            commands.append(c);
    }
    std::sort(commands.begin(), commands.end(),
              [](const Command &a, const Command &b) { return a.words < b.words; });
    return commands;
}

void printGroupUsage(QTextStream &out, const QString &group, const QList<Command> &commands)
{
    out << QCoreApplication::translate("cli", "Usage: docker-vm %1 COMMAND [options]\n\n"
                                              "Commands:\n")
               .arg(group);
    for (const Command &c : commands)
        out << "  " << c.words.join(QLatin1Char(' ')).leftJustified(22) << ' ' << c.summaryText()
            << '\n';
    out << '\n'
        << QCoreApplication::translate(
               "cli", "Run 'docker-vm %1 COMMAND --help' for a command's options.\n")
               .arg(group);
}

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
        out << "  " << c.words.join(QLatin1Char(' ')).leftJustified(22) << ' ' << c.summaryText()
            << '\n';
    out << '\n'
        << QCoreApplication::translate("cli",
                                       "Run 'docker-vm COMMAND --help' for a command's options.\n")
        << '\n'
        << QCoreApplication::translate("cli", "Global option:\n") << "  "
        << QStringLiteral("--lang ko|en").leftJustified(22) << ' '
        << dockervm::i18n::languageOptionHelp() << '\n';
}

// Log lines (--verbose, warnings) carry server-provided text too: neutralised like out()/err().
void safeMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line =
        dockervm::neutralizeControls(qFormatLogMessage(type, context, message)).toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(safeMessageHandler);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DockerVmWizard"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("dockervm.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("docker-vm-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOCKERVM_VERSION));

    // The language first (--lang, DOCKER_VM_LANG, the system's), before any text is translated.
    QStringList arguments = QCoreApplication::arguments();
    const dockervm::i18n::Choice language = dockervm::i18n::chooseLanguage(&arguments);
    dockervm::i18n::installTranslators(&app, language);

    dockervm::SafeTerminalDevice outDevice(stdout);
    dockervm::SafeTerminalDevice errDevice(stderr);
    QTextStream out(&outDevice);
    QTextStream err(&errDevice);
    if (!language.error.isEmpty()) {
        err << "docker-vm: " << language.error << '\n';
        return 2;
    }
    const QStringList args = arguments.mid(1);
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
        // A group word ("account"): its commands, on stdout like the top-level usage; with
        // --help that is the answer (0), alone it is a usage error (2), with an unknown second
        // word that word is named.
        const QList<Command> group = groupCommands(args.first());
        if (!group.isEmpty()) {
            const QString second = args.value(1);
            if (second == QLatin1String("--help") || second == QLatin1String("-h")) {
                printGroupUsage(out, args.first(), group);
                return 0;
            }
            if (args.size() == 1 || second.startsWith(QLatin1Char('-'))) {
                printGroupUsage(out, args.first(), group);
                return 2;
            }
            err << QCoreApplication::translate("cli", "docker-vm: unknown command '%1 %2'.\n")
                       .arg(args.first(), second);
            printGroupUsage(err, args.first(), group);
            return 2;
        }
        err << QCoreApplication::translate("cli", "docker-vm: unknown command '%1'.\n")
                   .arg(args.first());
        printUsage(err);
        return 2;
    }
    auto invocation = std::make_unique<Invocation>(match->words, args.mid(match->words.size()),
                                                   match->summaryText());
    match->run(*invocation);
    if (invocation->isFinished())
        return invocation->exitCode();
    return QCoreApplication::exec();
}
