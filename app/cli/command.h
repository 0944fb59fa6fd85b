#pragma once

#include <QCommandLineParser>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include "common/textsafety.h"

#include <functional>

namespace dockervm::cli {

// One run of one `docker-vm` command. The parser already knows the global options (--json,
// --subscription, --management-ca, --verbose, --help); a command adds its own, calls parse(),
// does its work asynchronously and ends with finish(exitCode). Errors go to err(), results to
// out(). No command blocks the event loop. Both streams neutralise control characters on their
// way to the terminal (SafeTerminalDevice): text from a daemon or from Azure cannot move the
// cursor, clear the screen or forge a line.
class Invocation
{
public:
    Invocation(QStringList commandWords, QStringList arguments, QString summary);

    QCommandLineParser &parser() { return m_parser; }
    // Parses the arguments. On --help or a usage error it prints and finishes; returns false then.
    bool parse(const QString &positionalSyntax = QString());

    QStringList positional() const { return m_parser.positionalArguments(); }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    bool verbose() const { return m_parser.isSet(QStringLiteral("verbose")); }
    QString subscription() const { return m_parser.value(QStringLiteral("subscription")); }
    QString managementCa() const { return m_parser.value(QStringLiteral("management-ca")); }

    // Parent for what a command creates (clients, jobs, simulators): destroyed with the
    // invocation, before the application object, so nothing outlives the event loop's owner.
    QObject *scope() { return &m_scope; }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Prints "docker-vm: <message>" to stderr and finishes with the exit code.
    void fail(const QString &message, int exitCode = 1);
    void finish(int exitCode);
    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }
    QString commandName() const { return m_words.join(QLatin1Char(' ')); }

private:
    QStringList m_words;
    QStringList m_arguments;
    QString m_summary;
    QCommandLineParser m_parser;
    QObject m_scope;
    SafeTerminalDevice m_outDevice{stdout};
    SafeTerminalDevice m_errDevice{stderr};
    QTextStream m_out;
    QTextStream m_err;
    bool m_finished = false;
    int m_exitCode = 0;
};

struct Command
{
    QStringList words; // e.g. {"account", "import"}
    // Untranslated (QT_TRANSLATE_NOOP("cli", ...)): commands register during static
    // initialisation, before main() installs a translator; summaryText() translates when shown.
    const char *summary;
    std::function<void(Invocation &)> run;

    QString summaryText() const;
};

// Commands register themselves from their own .cpp file (see DOCKERVM_CLI_COMMAND), so adding a
// command never edits main.cpp.
class Registry
{
public:
    static int add(Command command);
    static const QList<Command> &all();
};

#define DOCKERVM_CLI_CONCAT2(a, b) a##b
#define DOCKERVM_CLI_CONCAT(a, b) DOCKERVM_CLI_CONCAT2(a, b)
#define DOCKERVM_CLI_COMMAND(words, summary, fn)                                                   \
    static const int DOCKERVM_CLI_CONCAT(dockervm_cli_registered_, __LINE__) =                     \
        ::dockervm::cli::Registry::add({words, summary, fn})

} // namespace dockervm::cli
