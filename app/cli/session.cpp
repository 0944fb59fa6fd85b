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
#else
    Q_UNUSED(prompt);
    return {};
#endif
}

} // namespace dockervm::cli
