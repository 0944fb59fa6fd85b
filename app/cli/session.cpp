#include "session.h"

#include "accounts/accounts.h"
#include "classic/accountstore.h"
#include "command.h"
#include "common/textsafety.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSocketNotifier>
#include <QSslCertificate>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <QtCore/qt_windows.h>

#include <atomic>
#include <iterator>
#include <vector>
#endif

namespace dockervm::cli {

void printKeyNotice(Invocation &inv, const QString &notice)
{
    if (!notice.isEmpty())
        inv.err() << "docker-vm: " << notice << Qt::endl;
}

void withManagementClient(Invocation &inv, QObject *parent,
                          std::function<void(classic::ManagementClient *)> then,
                          classic::ManagementClient::Options options)
{
    classic::AccountStore store;
    QString error;
    std::optional<classic::Subscription> subscription =
        inv.subscription().isEmpty() ? store.current() : store.find(inv.subscription(), &error);
    if (!subscription) {
        // A signed-in (ARM) account reached a command that has no Resource Manager path yet.
        const auto arm = inv.subscription().isEmpty()
                             ? accounts::Accounts().current()
                             : accounts::Accounts().find(inv.subscription());
        if (arm && arm->kind == cloud::Kind::ResourceManager) {
            inv.fail(QCoreApplication::translate(
                         "cli", "'docker-vm %1' works on classic (.publishsettings) subscriptions "
                                "only so far, and %2 (%3) is a signed-in Resource Manager "
                                "subscription. Name a classic one with --subscription ID, or "
                                "use create, status, resume, delete, cleanup, locations or images.")
                         .arg(inv.commandName(), arm->name, arm->id));
            return;
        }
        inv.fail(inv.subscription().isEmpty()
                     ? QCoreApplication::translate(
                           "cli", "No subscription is selected. Sign in with 'docker-vm login', "
                                  "or import one with 'docker-vm account import FILE'.")
                     : error);
        return;
    }
    if (!inv.managementCa().isEmpty()) {
        const auto cas = QSslCertificate::fromPath(inv.managementCa(), QSsl::Pem);
        if (cas.isEmpty()) {
            inv.fail(QCoreApplication::translate("cli", "%1 holds no PEM certificate to trust "
                                                        "for the management endpoint.")
                         .arg(inv.managementCa()));
            return;
        }
        options.extraCaCertificates += cas;
    }
    store.loadKey(*subscription, parent,
                  [&inv, parent, options, then](const classic::Subscription &withKey,
                                                const classic::AccountStore::KeyOutcome &outcome) {
                      printKeyNotice(inv, outcome.notice);
                      if (!outcome.ok)
                          return inv.fail(outcome.error);
                      auto *nam = new QNetworkAccessManager(parent);
                      then(new classic::ManagementClient(nam, withKey, options, parent));
                  });
}

namespace {

int g_signalPipe[2] = {-1, -1};
volatile std::sig_atomic_t g_signals = 0;
volatile std::sig_atomic_t g_signalsHandled = 1; // later signals end the process at once

void signalHandler(int)
{
    g_signals = g_signals + 1;
    if (g_signals > g_signalsHandled)
        std::_Exit(130);
#ifdef Q_OS_UNIX
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
#endif
}

} // namespace

void onInterrupt(QObject *context, std::function<void()> handler, std::function<void()> again)
{
#ifdef Q_OS_UNIX
    if (g_signalPipe[0] < 0 && ::pipe(g_signalPipe) != 0)
        return;
    g_signalsHandled = again ? 2 : 1;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, context);
    auto count = std::make_shared<int>(0);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [handler, again, count] {
        char byte;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
        if (++*count == 1)
            handler();
        else if (again)
            again();
    });
    std::signal(SIGINT, signalHandler);
    std::signal(SIGTERM, signalHandler);
#else
    Q_UNUSED(context);
    Q_UNUSED(handler);
    Q_UNUSED(again);
#endif
}

QString readSecretFromTerminal(const QString &prompt)
{
#ifdef Q_OS_UNIX
    if (!::isatty(STDIN_FILENO))
        return {};
    std::fputs(neutralizeControls(prompt).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old{};
    ::tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    std::string line;
    std::getline(std::cin, line);
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fputs("\n", stderr);
    const QString secret = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return secret;
#elif defined(Q_OS_WIN)
    // A Windows console: echo off on the console input handle (SetConsoleMode without
    // ENABLE_ECHO_INPUT), the line read as UTF-16 (ReadConsoleW: Hangul and other non-ANSI input
    // survive), the mode restored afterwards, and also from the console control handler when
    // Ctrl+C or closing the window ends the process while the prompt waits (the input mode
    // belongs to the console, shared with the shell, and would stay without echo).
    // Not a console (stdin redirected from a file or pipe, e.g. mintty's pipes): no prompt, as on
    // Unix without a terminal; the caller names --password-file and DOCKER_VM_PASSWORD.
    const HANDLE input = ::GetStdHandle(STD_INPUT_HANDLE);
    DWORD oldMode = 0;
    if (input == nullptr || input == INVALID_HANDLE_VALUE || !::GetConsoleMode(input, &oldMode))
        return {};

    const QString shown = neutralizeControls(prompt);
    const HANDLE error = ::GetStdHandle(STD_ERROR_HANDLE);
    DWORD errorMode = 0;
    const bool errorIsConsole =
        error != nullptr && error != INVALID_HANDLE_VALUE && ::GetConsoleMode(error, &errorMode);
    auto writeError = [&](const QString &text) {
        if (errorIsConsole) {
            DWORD written = 0;
            ::WriteConsoleW(error, reinterpret_cast<const wchar_t *>(text.utf16()),
                            DWORD(text.size()), &written, nullptr);
        } else {
            std::fputs(text.toUtf8().constData(), stderr);
            std::fflush(stderr);
        }
    };
    writeError(shown);

    // What the control handler needs, from its own thread: set before the mode changes.
    static std::atomic<HANDLE> s_input{nullptr};
    static std::atomic<DWORD> s_mode{0};
    s_input = input;
    s_mode = oldMode;
    struct ControlHandler
    {
        static BOOL WINAPI restore(DWORD)
        {
            const HANDLE h = s_input.load();
            if (h)
                ::SetConsoleMode(h, s_mode.load());
            return FALSE; // and on to the default handling: the process ends as before
        }
    };
    ::SetConsoleCtrlHandler(&ControlHandler::restore, TRUE);
    ::SetConsoleMode(input, (oldMode & ~DWORD(ENABLE_ECHO_INPUT)) | ENABLE_LINE_INPUT |
                                ENABLE_PROCESSED_INPUT);

    std::vector<wchar_t> line;
    line.reserve(1024); // no reallocation leaves copies of a normal password behind
    wchar_t chunk[256];
    bool ended = false;
    while (!ended) {
        DWORD read = 0;
        if (!::ReadConsoleW(input, chunk, DWORD(std::size(chunk)), &read, nullptr) || read == 0)
            break; // Ctrl+C (the handler restores), Ctrl+Z or a closed console
        for (DWORD i = 0; i < read && !ended; ++i) {
            if (chunk[i] == L'\r' || chunk[i] == L'\n')
                ended = true;
            else
                line.push_back(chunk[i]);
        }
    }
    ::SecureZeroMemory(chunk, sizeof chunk);
    ::SetConsoleMode(input, oldMode);
    ::SetConsoleCtrlHandler(&ControlHandler::restore, FALSE);
    s_input = nullptr;
    writeError(QStringLiteral("\n"));

    const QString secret = QString::fromWCharArray(line.data(), qsizetype(line.size()));
    if (!line.empty())
        ::SecureZeroMemory(line.data(), line.size() * sizeof(wchar_t));
    return ended ? secret : QString();
#else
    Q_UNUSED(prompt);
    return {};
#endif
}

} // namespace dockervm::cli
