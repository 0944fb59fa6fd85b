// How long `create --nodes N` takes against the ARM simulator for N = 1, 3, 5: the whole
// ArmProvisioner run (DNS checks, group, certificates, NSG, VNet, per node public IP, NIC, VM, VM
// wait, Docker over verified mutual TLS, then for N > 1 the swarm on the simulated Docker hosts'
// private network), with 100 ms per long-running operation and 500 ms of simulated cloud-init
// per VM. Nodes are provisioned in parallel, so the wall time should grow far slower than N.
// Prints numbers; asserts nothing about time.
#include "arm/armclient.h"
#include "arm/armcloud.h"
#include "arm_testserver.h"
#include "cloud/run.h"
#include "sim/armsimulator.h"

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
    QString error;
    qint64 certMs = -1; // the "certificates" row, from its first Running to Done
};

Run createOnce(int nodes, int index, certs::KeyType keyType = certs::KeyType::EcdsaP256)
{
    QTemporaryDir dir;
    sim::ArmSimulator::Options o;
    o.operationDelayMs = 100;
    o.groupDeleteDelayMs = 100;
    o.bootDelayMs = 500;
    o.regionalVcpuQuota = 100;
    sim::ArmSimulator sim(o);
    QString error;
    if (!sim.start(&error))
        qFatal("simulator: %s", qPrintable(error));
    const QString tenant = sim.tenantId();
    sim.setTokenChecker([tenant](const QByteArray &) {
        sim::ArmTokenCheck c;
        c.ok = true;
        c.tenantId = tenant;
        return c;
    });
    const QString caFile = dir.filePath(QStringLiteral("arm-ca.pem"));
    sim.writeCaFile(caFile);
    QNetworkAccessManager nam;
    testing::FakeTokenSource tokens;
    arm::ArmClient::Options co;
    co.armEndpoint = sim.endpoint();
    co.extraCaFile = caFile;
    arm::ArmClient client(&nam, &tokens, co);
    arm::ArmCloud::Options cloudOptions;
    cloudOptions.subscriptionId = sim.defaultSubscriptionId();
    arm::ArmCloud cloud(&client, cloudOptions);

    cloud::VmSpec spec = cloud.defaults();
    spec.dnsName = QStringLiteral("bench%1").arg(index);
    spec.location = QStringLiteral("westus");
    spec.imageName = QStringLiteral("Canonical:ubuntu-24_04-lts:server:latest");
    spec.userName = QStringLiteral("azureuser");
    spec.password = QStringLiteral("Docker4Azure!");
    spec.certDir = dir.filePath(QStringLiteral("certs"));
    spec.keyType = keyType;
    spec.nodes = nodes;
    spec.managers = nodes < 3 ? 1 : 3;
    cloud::RunOptions options;
    options.pollIntervalMs = 100;
    options.journalDir = dir.filePath(QStringLiteral("journal"));
    options.tls.keyType = spec.keyType;
    options.hostOverrides.setLoopbackOnly(true);
    options.hostOverrides.setMapSimulatedEndpoints(true);
    cloud::ProvisioningRun *run = cloud.create(spec, options, nullptr);
    QSignalSpy done(run, &cloud::ProvisioningRun::finished);
    QElapsedTimer clock;
    qint64 certStart = -1, certEnd = -1;
    QObject::connect(run, &cloud::ProvisioningRun::rowChanged, run, [&](int row) {
        const cloud::StepRow r = run->rows().value(row);
        if (r.id != QLatin1String("certificates"))
            return;
        if (r.state == cloud::StepState::Running && certStart < 0)
            certStart = clock.elapsed();
        if (r.state == cloud::StepState::Done)
            certEnd = clock.elapsed();
    });
    clock.start();
    run->start();
    done.wait(300000);
    Run r{!done.isEmpty() && done.first().first().toBool(), clock.elapsed(),
          int(sim.requestLog().size()), run->result().error,
          certStart >= 0 && certEnd >= 0 ? certEnd - certStart : -1};
    delete run;
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = qEnvironmentVariableIntValue("DOCKERVM_BENCH_RUNS") > 0
                         ? qEnvironmentVariableIntValue("DOCKERVM_BENCH_RUNS")
                         : 2;
    int index = 0;
    std::printf("create --nodes N against the ARM simulator (100 ms per operation, 500 ms "
                "cloud-init per VM), %d run(s) each\n",
                runs);
    std::printf("%-6s %-10s %-10s %-10s %s\n", "nodes", "best ms", "median ms", "requests",
                "ms per node");
    int failures = 0;
    for (int nodes : {1, 3, 5}) {
        QList<qint64> times;
        int requests = 0;
        for (int i = 0; i < runs; ++i) {
            const Run r = createOnce(nodes, ++index);
            if (!r.ok) {
                std::printf("  run failed (N = %d): %s\n", nodes, qPrintable(r.error));
                ++failures;
                continue;
            }
            times << r.ms;
            requests = r.requests;
        }
        if (times.isEmpty())
            continue;
        std::sort(times.begin(), times.end());
        std::printf("%-6d %-10lld %-10lld %-10d %.0f\n", nodes, times.first(),
                    times.at(times.size() / 2), requests, double(times.first()) / nodes);
    }
    // The certificates step alone with the default RSA 4096 keys: one CA, one client and one
    // server key per node (nodes 2..N are made in parallel, up to one per core).
    // One run unless DOCKERVM_BENCH_RUNS says more: RSA 4096 key searches dominate (CI time).
    const int certRuns = qEnvironmentVariableIntValue("DOCKERVM_BENCH_RUNS") > 0 ? runs : 1;
    std::printf("certificates step with RSA 4096 keys (default), %d run(s) each\n", certRuns);
    std::printf("%-6s %-10s %s\n", "nodes", "best ms", "median ms");
    for (int nodes : {1, 5}) {
        QList<qint64> times;
        for (int i = 0; i < certRuns; ++i) {
            const Run r = createOnce(nodes, ++index, certs::KeyType::Rsa4096);
            if (!r.ok || r.certMs < 0) {
                std::printf("  run failed (N = %d): %s\n", nodes, qPrintable(r.error));
                ++failures;
                continue;
            }
            times << r.certMs;
        }
        if (times.isEmpty())
            continue;
        std::sort(times.begin(), times.end());
        std::printf("%-6d %-10lld %lld\n", nodes, times.first(), times.at(times.size() / 2));
    }
    return failures == 0 ? 0 : 1;
}
