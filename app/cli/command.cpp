#include "command.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

namespace dockervm::cli {

Invocation::Invocation(QStringList commandWords, QStringList arguments, QString summary)
    : m_words(std::move(commandWords)), m_arguments(std::move(arguments)),
      m_summary(std::move(summary)), m_out(&m_outDevice), m_err(&m_errDevice)
{
    m_parser.setApplicationDescription(m_summary);
    m_parser.addOptions({
        // Not addHelpOption(): its --help-all (Qt's own options) means nothing to a command.
        {{QStringLiteral("h"), QStringLiteral("help")},
         QCoreApplication::translate("cli", "Show this help.")},
        {QStringLiteral("json"), QCoreApplication::translate("cli", "Print results as JSON.")},
        {QStringLiteral("subscription"),
         QCoreApplication::translate(
             "cli", "Use this subscription (id or name) instead of the current one."),
         QStringLiteral("ID")},
        {QStringLiteral("management-ca"),
         QCoreApplication::translate(
             "cli", "Also trust this CA (PEM) for the management endpoint, e.g. a simulator's."),
         QStringLiteral("FILE")},
        {QStringLiteral("verbose"),
         QCoreApplication::translate("cli", "Log what happens to stderr.")},
    });
}

bool Invocation::parse(const QString &positionalSyntax)
{
    QStringList argv = m_arguments;
    argv.prepend(QStringLiteral("docker-vm ") + commandName());
    if (!m_parser.parse(argv)) {
        fail(
            m_parser.errorText() + QLatin1Char('\n') +
                QCoreApplication::translate("cli", "Try 'docker-vm %1 --help'.").arg(commandName()),
            2);
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        // Qt's usage line names the binary by its path and knows nothing of command words; the
        // rest (summary, options) is kept.
        const QString help = m_parser.helpText();
        const qsizetype eol = help.indexOf(QLatin1Char('\n'));
        QString usage =
            QCoreApplication::translate("cli", "Usage: docker-vm %1 [options]").arg(commandName());
        if (!positionalSyntax.isEmpty())
            usage += QLatin1Char(' ') + positionalSyntax;
        m_out << usage << (eol < 0 ? QStringLiteral("\n") : help.mid(eol));
        finish(0);
        return false;
    }
    if (verbose())
        QLoggingCategory::setFilterRules(QStringLiteral("dockervm.*=true"));
    return true;
}

void Invocation::fail(const QString &message, int exitCode)
{
    m_err << "docker-vm: " << message << '\n';
    finish(exitCode == 0 ? 1 : exitCode);
}

void Invocation::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = exitCode;
    m_out.flush();
    m_err.flush();
    // Leave the event loop on the next turn, so pending deleteLater()s and writes complete.
    QTimer::singleShot(0, qApp, [exitCode] { QCoreApplication::exit(exitCode); });
}

QString Command::summaryText() const
{
    return QCoreApplication::translate("cli", summary);
}

int Registry::add(Command command)
{
    auto &list = const_cast<QList<Command> &>(all());
    list.append(std::move(command));
    return int(list.size());
}

const QList<Command> &Registry::all()
{
    static QList<Command> commands;
    return commands;
}

} // namespace dockervm::cli
