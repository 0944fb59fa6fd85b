#pragma once

#include "classic/managementclient.h"
#include "sim/azuresimulator.h"

class QNetworkAccessManager;

namespace dockervm::testing {

// Client options for talking to an AzureSimulator in tests: its CA trusted, short backoff (10 ms
// doubling to 80 ms) so retry tests are quick, 10 s timeout.
classic::ManagementClient::Options asmSimulatorClientOptions(const sim::AzureSimulator &simulator);

// Counts the simulator's logged requests whose path ends with `pathSuffix` (and method, if given).
int asmRequestCount(const sim::AzureSimulator &simulator, const QString &pathSuffix,
                    const QByteArray &method = QByteArray());

} // namespace dockervm::testing
