// How long `create --nodes N` takes on the classic cloud against the simulator, N = 1, 3, 5:
// the whole Provisioner run to a swarm whose nodes are all ready (N = 1: one host, no swarm).
// The simulated Azure delays keep the demo's ratios, divided by five (operation 300 ms, boot
// 500 ms, extension 400 ms). Azure runs one role operation per deployment at a time, so the
// Add Role operations are serial; the VMs boot, the Docker checks and the joins run in parallel.
// Prints numbers; asserts nothing about time.
#include "classic/managementclient.h"
#include "classic/provisioner.h"
#include "sim/azuresimulator.h"
#include "sim/provisioningsim.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdio>

using namespace dockervm;

namespace {

struct Run
{
    bool ok = false;
    qint64 ms = 0;
    int requests = 0;
    qint64 certMs = -1; // the "certificates" row, from its first Running to Done
};

Run createOnce(int nodes, int index, certs::KeyType keyType = certs::KeyType::EcdsaP256)
{
    QTemporaryDir dir;
    sim::AzureSimulator azure;
    QString error;
    if (!azure.start(&error))
        qFatal("simulator: %s", qPrintable(error));
    sim::ProvisioningSimulator::Options po;
    po.operationDelayMs = 300;
    po.bootDelayMs = 500;
    po.extensionDelayMs = 400;
    sim::ProvisioningSimulator prov(&azure, po);
    QNetworkAccessManager nam;
    classic::ManagementClient::Options co;
    co.extraCaCertificates = {azure.caCertificate()};
    classic::ManagementClient client(&nam, azure.subscription(), co);

    cloud::VmSpec spec;
    spec.dnsName = QStringLiteral("benchswarm%1").arg(index);
    spec.location = QStringLiteral("West US");
    spec.imageName = QStringLiteral(
        "b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04_1-LTS-amd64-server-20140924-en-us-30GB");
    spec.userName = QStringLiteral("azureuser");
    spec.password = QStringLiteral("Docker4Azure!");
    spec.certDir = dir.filePath(QStringLiteral("certs"));
    spec.keyType = keyType;
    spec.nodes = nodes;
    spec.managers = nodes >= 3 ? 3 : 1;
    classic::Provisioner::Options options;
    options.pollIntervalMs = 100;
    options.swarmPollIntervalMs = 100;
    options.journalDir = dir.filePath(QStringLiteral("journal"));
    options.tls.keyType = keyType;
    options.hostOverrides.setLoopbackOnly(true);
    options.hostOverrides.setMapSimulatedEndpoints(true);
    classic::Provisioner p(&client, spec, options);
    QSignalSpy done(&p, &classic::Provisioner::finished);
    QElapsedTimer clock;
    qint64 certStart = -1, certEnd = -1;
    QObject::connect(&p, &classic::Provisioner::rowChanged, &p, [&](int row) {
        const cloud::StepRow r = p.rows().value(row);
        if (r.id != QLatin1String("certificates"))
            return;
        if (r.state == cloud::StepState::Running && certStart < 0)
            certStart = clock.elapsed();
        if (r.state == cloud::StepState::Done)
            certEnd = clock.elapsed();
    });
    clock.start();
    p.start();
    done.wait(300000);
    const bool ok = !done.isEmpty() && done.first().first().toBool();
    if (!ok)
        std::fprintf(stderr, "N=%d failed: %s\n", nodes, qPrintable(p.result().error));
    return {ok, clock.elapsed(), int(azure.requestLog().size()),
            certStart >= 0 && certEnd >= 0 ? certEnd - certStart : -1};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = qEnvironmentVariableIntValue("DOCKERVM_BENCH_RUNS") > 0
                         ? qEnvironmentVariableIntValue("DOCKERVM_BENCH_RUNS")
                         : 2;
    int index = 0;
    bool allOk = true;
    std::printf("classic create --nodes N against the simulator (operation 300 ms, boot 500 ms, "
                "extension 400 ms; %d runs each)\n",
                runs);
    qint64 one = 0;
    for (int nodes : {1, 3, 5}) {
        qint64 total = 0, best = -1, worst = 0;
        int requests = 0;
        for (int i = 0; i < runs; ++i) {
            const Run r = createOnce(nodes, ++index);
            allOk &= r.ok;
            total += r.ms;
            best = best < 0 ? r.ms : qMin(best, r.ms);
            worst = qMax(worst, r.ms);
            requests = r.requests;
        }
        const double mean = double(total) / runs;
        if (nodes == 1)
            one = qint64(mean);
        std::printf("  N=%d: mean %6.0f ms (min %lld, max %lld), %.2fx of N=1, %d management "
                    "requests\n",
                    nodes, mean, best, worst, one > 0 ? mean / double(one) : 1.0, requests);
    }
    // The certificates step alone with the default RSA 4096 keys: one CA, one client and one
    // server key per node (nodes 2..N are made in parallel, up to one per core).
    // One run unless DOCKERVM_BENCH_RUNS says more: RSA 4096 key searches dominate (CI time).
    const int certRuns = qEnvironmentVariableIntValue("DOCKERVM_BENCH_RUNS") > 0 ? runs : 1;
    std::printf("certificates step with RSA 4096 keys (default), %d run(s) each\n", certRuns);
    for (int nodes : {1, 5}) {
        qint64 best = -1, total = 0;
        for (int i = 0; i < certRuns; ++i) {
            const Run r = createOnce(nodes, ++index, certs::KeyType::Rsa4096);
            allOk &= r.ok && r.certMs >= 0;
            total += r.certMs;
            best = best < 0 ? r.certMs : qMin(best, r.certMs);
        }
        std::printf("  N=%d: mean %6.0f ms (min %lld)\n", nodes, double(total) / certRuns, best);
    }
    return allOk ? 0 : 1;
}
