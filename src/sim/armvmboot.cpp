// The simulated VM's boot: once the VM PUT's operation succeeded and bootDelayMs has passed (the
// minutes cloud-init takes on Azure), its customData is read as cloud-init and dockerd would
// (sim::dockerFromCustomData) and a sim::DockerHost starts with exactly those TLS files on a
// loopback address of its own at the cloud-config's port. A cloud-config that would not bring
// Docker up with TLS means no Docker host, and the reason is logged and signalled.
#include "common/logging.h"
#include "sim/armcore.h"
#include "sim/cloudinitboot.h"

#include <QJsonArray>
#include <QTimer>

namespace dockervm::sim::arm {

const Resource *Core::publicIpOfVm(const Resource &vm) const
{
    for (const NicRef &nicRef : vm.refs) {
        const auto nic = resources.find(nicRef.id);
        if (nic == resources.end())
            continue;
        for (const NicRef &ref : nic->refs) {
            const auto pip = resources.find(ref.id);
            if (pip != resources.end() && pip->kind == ArmKind::PublicIpAddress)
                return &*pip;
        }
    }
    return nullptr;
}

void Core::scheduleBoot(const QString &vmKey)
{
    const QDateTime succeededAt = resources.value(vmKey).succeededAt;
    QTimer::singleShot(qMax(0, options.bootDelayMs), this, [this, vmKey, succeededAt] {
        const auto vm = resources.find(vmKey);
        // Gone, re-created or being deleted meanwhile: this boot is void.
        if (vm == resources.end() || vm->succeededAt != succeededAt || vm->deleting)
            return;
        boot(vmKey);
    });
}

void Core::boot(const QString &vmKey)
{
    const Resource &vm = resources[vmKey];
    ArmDockerEndpoint endpoint;
    endpoint.vmId = vm.id;
    const Resource *pip = publicIpOfVm(vm);
    endpoint.fqdn = pip ? pip->fqdn : QString();
    const QHostAddress pipAddress(pip ? pip->ipAddress : QString());
    for (const NicRef &nicRef : vm.refs) {
        const auto nic = resources.find(nicRef.id);
        if (nic == resources.end() || !endpoint.privateAddress.isEmpty())
            continue;
        endpoint.privateAddress = nic->body.value(QStringLiteral("properties"))
                                      .toObject()
                                      .value(QStringLiteral("ipConfigurations"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("properties"))
                                      .toObject()
                                      .value(QStringLiteral("privateIPAddress"))
                                      .toString();
    }
    auto fail = [&](const QString &why) {
        endpoint.bootError = why;
        endpoints.insert(vmKey, endpoint);
        qCWarning(lcSim).noquote()
            << "simulated VM" << vm.name << "booted, but Docker does not come up:" << why;
        emit front->dockerBootFailed(vm.id, why);
    };
    if (vm.customData.isEmpty())
        return fail(QStringLiteral("the VM has no customData, so cloud-init installs nothing"));
    const DockerFromCloudInit docker = options.cloudInitReader
                                           ? options.cloudInitReader(vm.customData)
                                           : dockerFromCustomData(vm.customData);
    if (!docker.ok)
        return fail(docker.error);
    endpoint.tlsPort = quint16(docker.tlsPort);

    if (options.dockerStarter) {
        const QHostAddress own = pipAddress.isLoopback()
                                     ? pipAddress
                                     : QHostAddress(QStringLiteral("127.0.%1.%2")
                                                        .arg(options.dockerSubnet + 1)
                                                        .arg(nextDockerHost++ % 250 + 2));
        if (const QString why = options.dockerStarter(docker, endpoint.fqdn, own); !why.isEmpty())
            return fail(why);
        endpoint.address = own;
        endpoint.port = endpoint.tlsPort;
        endpoint.listening = true;
        endpoints.insert(vmKey, endpoint);
        qCInfo(lcSim).noquote() << "VM" << resources[vmKey].name << "starts its own Docker on"
                                << own.toString() << endpoint.port << "for" << endpoint.fqdn;
        emit front->dockerHostStarted(endpoint.fqdn, endpoint.address, endpoint.port);
        return;
    }

    DockerHost::Options o;
    o.caPem = docker.caPem;
    o.serverCertPem = docker.serverCertPem;
    o.serverKeyPem = docker.serverKeyPem;
    o.name = resources[vmKey]
                 .body.value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("osProfile"))
                 .toObject()
                 .value(QStringLiteral("computerName"))
                 .toString();
    o.swarmNetwork = swarmNetwork;
    if (!endpoint.privateAddress.isEmpty())
        o.privateAddress = endpoint.privateAddress;
    auto host = std::make_shared<DockerHost>(o);
    const QHostAddress own = pipAddress.isLoopback()
                                 ? pipAddress
                                 : QHostAddress(QStringLiteral("127.0.%1.%2")
                                                    .arg(options.dockerSubnet + 1)
                                                    .arg(nextDockerHost++ % 250 + 2));
    if (host->listen(own, endpoint.tlsPort)) {
        endpoint.address = own;
    } else if (host->listen(QHostAddress::LocalHost, 0)) {
        endpoint.address = QHostAddress(QHostAddress::LocalHost);
    } else {
        return fail(
            QStringLiteral("the simulated Docker host cannot listen: %1").arg(host->errorString()));
    }
    endpoint.port = host->port();
    endpoint.listening = true;
    endpoints.insert(vmKey, endpoint);
    hosts.insert(vmKey, host);
    qCInfo(lcSim).noquote() << "simulated VM" << resources[vmKey].name << "runs Docker on"
                            << endpoint.address.toString() << endpoint.port << "for"
                            << endpoint.fqdn << endpoint.tlsPort;
    emit front->dockerHostStarted(endpoint.fqdn, endpoint.address, endpoint.port);
}

void Core::stopDockerHost(const QString &vmKey)
{
    if (auto host = hosts.take(vmKey))
        host->close();
    endpoints.remove(vmKey);
}

} // namespace dockervm::sim::arm
