#pragma once

#include "azure/managementclient.h"

#include <functional>

namespace dockervm::cli {

class Invocation;

// The management client for the subscription the invocation names (--subscription, else the
// current one), trusting --management-ca on top of the system store. nullptr after a failure,
// which has then been reported through inv.fail().
azure::ManagementClient *managementClientFor(Invocation &inv, QObject *parent,
                                             azure::ManagementClient::Options options = {});

// Calls `handler` on the event loop when SIGINT or SIGTERM arrives (self-pipe, no work in the
// signal handler). A second signal calls `again` when given (it should end the process soon);
// without `again`, and for a third signal, the process ends at once with 130.
void onInterrupt(QObject *context, std::function<void()> handler,
                 std::function<void()> again = nullptr);

// Reads a secret from the terminal without echo. Empty when stdin is not a terminal.
QString readSecretFromTerminal(const QString &prompt);

} // namespace dockervm::cli
