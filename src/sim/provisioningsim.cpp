#include "sim/provisioningsim.h"

#include "sim/cloudservicesim.h"
#include "sim/deploymentsim.h"
#include "sim/dockerboot.h"
#include "sim/operationsim.h"
#include "sim/storagesim.h"

#include <algorithm>

namespace dockervm::sim {

ProvisioningSimulator::ProvisioningSimulator(AzureSimulator *azure, QObject *parent)
    : ProvisioningSimulator(azure, Options(), parent)
{}

ProvisioningSimulator::ProvisioningSimulator(AzureSimulator *azure, Options options,
                                             QObject *parent)
    : QObject(parent), m_core(std::make_unique<prov::Core>(azure, std::move(options)))
{
    connect(m_core.get(), &prov::Core::resourcesChanged, this,
            &ProvisioningSimulator::resourcesChanged);
    connect(m_core.get(), &prov::Core::operationFinished, this,
            &ProvisioningSimulator::operationFinished);
    connect(m_core.get(), &prov::Core::dockerHostStarted, this,
            &ProvisioningSimulator::dockerHostStarted);

    prov::storagesim::seed(*m_core);
    // In this order the routes were always tried (first match wins).
    prov::storagesim::install(*m_core);
    prov::cloudservicesim::install(*m_core);
    prov::deploymentsim::install(*m_core);
    prov::operationsim::install(*m_core);
    prov::dockerboot::install(*m_core);
}

ProvisioningSimulator::~ProvisioningSimulator() = default;

ProvisioningSimulator::Options ProvisioningSimulator::options() const
{
    return m_core->options();
}

void ProvisioningSimulator::setOptions(const Options &options)
{
    m_core->setOptions(options);
}

QByteArray ProvisioningSimulator::lastDeploymentXml() const
{
    return m_core->lastDeploymentXml;
}

ProvisioningSimulator::Inventory ProvisioningSimulator::inventory() const
{
    Inventory inv;
    for (const auto &[key, s] : m_core->storageAccounts())
        inv.storageAccounts.append(s.name);
    for (const auto &[key, svc] : m_core->services()) {
        inv.hostedServices.append(svc.name);
        if (svc.deployment) {
            inv.deployments.append(svc.name + QLatin1Char('/') + svc.deployment->name);
            const QString serviceName = svc.name; // clang 14: no structured binding in a lambda
            prov::forEachRole(*svc.deployment, [&](const prov::Deployment &role) {
                inv.roles.append(serviceName + QLatin1Char('/') + role.roleName);
                if (role.docker)
                    inv.dockerPorts.append(role.dockerPort);
            });
        }
    }
    inv.storageAccounts.sort();
    inv.hostedServices.sort();
    inv.deployments.sort();
    inv.roles.sort();
    std::sort(inv.dockerPorts.begin(), inv.dockerPorts.end());
    return inv;
}

QString ProvisioningSimulator::operationStatus(const QString &requestId)
{
    m_core->advance();
    const prov::Operation *op = m_core->operation(requestId);
    if (!op)
        return QString();
    if (!op->finished)
        return QStringLiteral("InProgress");
    return op->fails ? QStringLiteral("Failed") : QStringLiteral("Succeeded");
}

std::optional<ProvisioningSimulator::DockerEndpoint>
ProvisioningSimulator::dockerEndpoint(const QString &serviceName)
{
    m_core->advance();
    const prov::HostedService *svc = std::as_const(*m_core).service(serviceName);
    if (!svc || !svc->deployment || svc->deployment->dockerEndpointIndex < 0)
        return std::nullopt;
    const prov::Deployment &d = *svc->deployment;
    return DockerEndpoint{d.dockerAddress, d.dockerPort, bool(d.docker)};
}

DockerHost *ProvisioningSimulator::dockerHost(const QString &serviceName) const
{
    const prov::HostedService *svc = std::as_const(*m_core).service(serviceName);
    if (!svc || !svc->deployment)
        return nullptr;
    return svc->deployment->docker.get();
}

DockerHost *ProvisioningSimulator::dockerHost(const QString &serviceName,
                                              const QString &roleName) const
{
    const prov::HostedService *svc = std::as_const(*m_core).service(serviceName);
    if (!svc || !svc->deployment)
        return nullptr;
    DockerHost *found = nullptr;
    forEachRole(std::as_const(*svc->deployment), [&](const prov::Deployment &role) {
        if (role.roleName.compare(roleName, Qt::CaseInsensitive) == 0)
            found = role.docker.get();
    });
    return found;
}

void ProvisioningSimulator::clear()
{
    m_core->clear();
}

} // namespace dockervm::sim
