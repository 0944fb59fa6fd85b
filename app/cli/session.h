#pragma once

#include "classic/managementclient.h"

#include <functional>

namespace dockervm::cli {

class Invocation;

// Loads the subscription the invocation names (--subscription, else the current one) with its
// private key (asynchronously: the key may be in the keychain), then calls `then` on the event
// loop with a management client for it, parented to `parent` and trusting --management-ca on top
// of the system store. After a failure, reported through inv.fail(), `then` is not called.
void withManagementClient(Invocation &inv, QObject *parent,
                          std::function<void(classic::ManagementClient *)> then,
                          classic::ManagementClient::Options options = {});

// Prints the key store's one-time notice (keys kept in files: no keychain) as one line on stderr.
void printKeyNotice(Invocation &inv, const QString &notice);

// Calls `handler` on the event loop when SIGINT or SIGTERM arrives (self-pipe, no work in the
// signal handler). A second signal calls `again` when given (it should end the process soon);
// without `again`, and for a third signal, the process ends at once with 130.
void onInterrupt(QObject *context, std::function<void()> handler,
                 std::function<void()> again = nullptr);

// Reads a secret from the terminal without echo. Empty when stdin is not a terminal.
QString readSecretFromTerminal(const QString &prompt);

} // namespace dockervm::cli
