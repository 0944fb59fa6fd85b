#include "asm_simulator.h"

namespace dockervm::testing {

classic::ManagementClient::Options asmSimulatorClientOptions(const sim::AzureSimulator &simulator)
{
    classic::ManagementClient::Options o;
    o.extraCaCertificates = {simulator.caCertificate()};
    o.timeoutMs = 10000;
    o.backoffBaseMs = 10;
    o.backoffMaxMs = 80;
    return o;
}

int asmRequestCount(const sim::AzureSimulator &simulator, const QString &pathSuffix,
                    const QByteArray &method)
{
    int n = 0;
    const QList<sim::AzureRequestRecord> log = simulator.requestLog();
    for (const sim::AzureRequestRecord &r : log) {
        if (r.path.endsWith(pathSuffix) && (method.isEmpty() || r.method == method))
            ++n;
    }
    return n;
}

} // namespace dockervm::testing
