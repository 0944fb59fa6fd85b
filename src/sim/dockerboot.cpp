#include "sim/dockerboot.h"

#include "common/logging.h"
#include "sim/provisioningcore.h"

#include <QCoreApplication>
#include <QTcpServer>

namespace dockervm::sim::prov::dockerboot {
namespace {

const QString kV1Publisher = QStringLiteral("Microsoft.Azure.Extensions");

int nextLoopbackHost()
{
    // Start at a per-process offset so several simulators on one machine rarely meet.
    static int counter = int(QCoreApplication::applicationPid() % 200);
    return 2 + (counter++ % 252);
}

bool dockerDue(const Core &core, const Deployment *dep)
{
    return dep && !dep->deleting && !dep->docker && !dep->dockerFailed && !dep->roleFails &&
           dep->extensionSucceeds() && dep->dockerEndpointIndex >= 0 &&
           !core.operationPending(dep->pendingOperation);
}

void startDocker(Core &core, const QString &serviceName, Deployment &d)
{
    DockerHost::Options o;
    o.caPem = d.caPem;
    o.serverCertPem = d.serverCertPem;
    o.serverKeyPem = d.serverKeyPem;
    o.mode = d.dockerMode;
    o.name = d.roleName;
    o.image = d.imageName; // /info reports the release the VM was made from
    o.swarmNetwork = core.swarmNetwork();
    o.privateAddress = d.ipAddress;
    auto host = std::make_unique<DockerHost>(o);
    if (!host->listen(d.dockerAddress, d.dockerPort)) {
        qCInfo(lcSim).noquote() << "simulated Docker cannot listen on" << d.dockerAddress.toString()
                                << d.dockerPort << "(" << host->errorString()
                                << "); using 127.0.0.1 and any port";
        host = std::make_unique<DockerHost>(o);
        if (!host->listen(QHostAddress(QHostAddress::LocalHost), 0)) {
            qCWarning(lcSim).noquote() << "the simulated Docker host of" << serviceName
                                       << "cannot start:" << host->errorString();
            d.dockerFailed = true;
            return;
        }
        d.dockerAddress = QHostAddress(QHostAddress::LocalHost);
    }
    d.dockerPort = host->port();
    d.docker = std::move(host);
    qCInfo(lcSim).noquote() << "simulated Docker of" << serviceName << "listens on"
                            << d.dockerAddress.toString() + QLatin1Char(':') +
                                   QString::number(d.dockerPort);
    emit core.dockerHostStarted(serviceName, d.dockerAddress, d.dockerPort);
}

} // namespace

RoleState roleStateAt(const Deployment &d, qint64 t)
{
    const bool created = t >= d.operationDoneAt;
    const qint64 sinceBoot = t - d.operationDoneAt;
    RoleState s;
    if (!created || sinceBoot < d.bootDelayMs / 2) {
        s.instanceStatus = QStringLiteral("RoleStateUnknown");
        s.powerState = QStringLiteral("Starting");
    } else if (sinceBoot < d.bootDelayMs) {
        s.instanceStatus = QStringLiteral("Provisioning");
        s.powerState = QStringLiteral("Started");
        s.details = QStringLiteral("Provisioning the virtual machine");
        s.provisioned = true;
    } else if (d.roleFails) {
        s.instanceStatus = QStringLiteral("FailedStartingVM");
        s.powerState = QStringLiteral("Stopped");
        s.details = QStringLiteral("The virtual machine failed to start (simulated fault).");
        s.provisioned = true;
    } else {
        s.instanceStatus = QStringLiteral("ReadyRole");
        s.powerState = QStringLiteral("Started");
        s.agentReady = true;
        s.provisioned = true;
    }
    return s;
}

QString deploymentStatusAt(const Deployment &d, qint64 t)
{
    if (d.deleting)
        return QStringLiteral("Deleting");
    if (t < d.operationDoneAt)
        return QStringLiteral("Deploying");
    return QStringLiteral("Running");
}

std::optional<ExtensionState> extensionStateAt(const Deployment &d, qint64 t)
{
    if (d.extPublisher.isEmpty() || !roleStateAt(d, t).agentReady)
        return std::nullopt;
    ExtensionState e;
    e.handlerName = d.extPublisher + QLatin1Char('.') + d.extName;
    e.version =
        d.extPublisher == kV1Publisher ? QStringLiteral("1.2.2") : QStringLiteral("0.3.0.0");
    const qint64 sinceReady = t - d.readyAt();
    if (sinceReady < d.extensionDelayMs / 2) {
        e.handlerStatus = QStringLiteral("Installing");
        e.handlerMessage = QStringLiteral("Installing the extension handler.");
        return e;
    }
    e.handlerStatus = QStringLiteral("Ready");
    if (sinceReady < d.extensionDelayMs) {
        e.settingStatus = QStringLiteral("Transitioning");
        e.settingMessage = QStringLiteral("Enable Docker");
    } else if (!d.isDocker) {
        e.settingStatus = QStringLiteral("Success");
        e.settingMessage = QStringLiteral("Enable succeeded");
    } else if (d.extensionError) {
        e.settingStatus = QStringLiteral("Error");
        e.settingMessage = d.extensionErrorMessage;
    } else if (!d.configError.isEmpty()) {
        e.settingStatus = QStringLiteral("Error");
        e.settingMessage = QStringLiteral("Enable Docker failed: %1").arg(d.configError);
    } else {
        e.settingStatus = QStringLiteral("Success");
        e.settingMessage = QStringLiteral("Enable Docker succeeded");
    }
    return e;
}

void planRoleDockerAddress(const Deployment &deployment, Deployment &role)
{
    // Every role shares the cloud service's VIP; its Docker port is its own.
    role.vip = deployment.vip;
    const quint16 wanted = role.dockerEndpointIndex >= 0
                               ? quint16(role.endpoints.at(role.dockerEndpointIndex).port)
                               : 0;
    QTcpServer probe;
    if (wanted != 0 && probe.listen(deployment.vip, wanted)) {
        probe.close();
        role.dockerAddress = deployment.vip;
        role.dockerPort = wanted;
        return;
    }
    role.dockerAddress = QHostAddress(QHostAddress::LocalHost);
    role.dockerPort = probe.listen(role.dockerAddress, 0) ? probe.serverPort() : 0;
    probe.close();
}

void planDockerAddress(const Core &core, Deployment &d)
{
    const quint16 wanted =
        d.dockerEndpointIndex >= 0 ? quint16(d.endpoints.at(d.dockerEndpointIndex).port) : 0;
    if (core.options().uniqueLoopbackAddresses && wanted != 0) {
        for (int attempt = 0; attempt < 4; ++attempt) {
            const QHostAddress address(QStringLiteral("127.0.0.%1").arg(nextLoopbackHost()));
            QTcpServer probe;
            if (probe.listen(address, wanted)) {
                probe.close();
                d.vip = d.dockerAddress = address;
                d.dockerPort = wanted;
                return;
            }
        }
    }
    // Any free port on 127.0.0.1; the Docker host takes it (or another) when it starts.
    QTcpServer probe;
    d.vip = d.dockerAddress = QHostAddress(QHostAddress::LocalHost);
    d.dockerPort = probe.listen(d.dockerAddress, 0) ? probe.serverPort() : 0;
    probe.close();
}

void install(Core &core)
{
    Core *c = &core;
    Core::Timeline timeline;
    timeline.advance = [c](qint64 now) {
        bool started = false;
        for (auto &[key, svc] : c->services()) {
            Deployment *deployment = svc.deployment.get();
            if (!deployment || deployment->deleting)
                continue;
            // A copy: clang 14 cannot capture a structured binding in a lambda.
            const QString serviceName = svc.name;
            forEachRole(*deployment, [&](Deployment &role) {
                if (!dockerDue(*c, &role) || role.dockerAt() > now)
                    return;
                startDocker(*c, serviceName, role);
                started = true;
            });
        }
        return started;
    };
    timeline.nextDue = [c]() {
        qint64 next = -1;
        for (const auto &[key, svc] : std::as_const(c->services())) {
            const Deployment *deployment = svc.deployment.get();
            if (!deployment || deployment->deleting)
                continue;
            // As before the split: a pending operation does not hide the deadline (the timer
            // fires and finds it not yet due).
            forEachRole(*deployment, [&](const Deployment &dep) {
                if (!dep.deleting && !dep.docker && !dep.dockerFailed && !dep.roleFails &&
                    dep.extensionSucceeds() && dep.dockerEndpointIndex >= 0 &&
                    (next < 0 || dep.dockerAt() < next))
                    next = dep.dockerAt();
            });
        }
        return next;
    };
    core.addTimeline(std::move(timeline));
}

} // namespace dockervm::sim::prov::dockerboot
