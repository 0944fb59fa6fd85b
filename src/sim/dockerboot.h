#pragma once

#include <QString>

#include <optional>

namespace dockervm::sim::prov {

class Core;
struct Deployment;

// The simulated VM of a deployment, from the moment Azure accepted it: the role instance boots
// (RoleStateUnknown -> Provisioning -> ReadyRole, or FailedStartingVM), the guest agent becomes
// Ready, the extension goes Installing -> Transitioning -> Success (or Error), and then, when the
// extension is the DockerExtension with usable TLS material, a sim::DockerHost starts on the
// deployment's docker endpoint. All of it is computed from the deployment's timeline on the core's
// clock; the core's timer starts the Docker hosts when they are due.
namespace dockerboot {

// What Get Deployment reports about the role instance at a time.
struct RoleState
{
    QString instanceStatus; // RoleStateUnknown | Provisioning | ReadyRole | FailedStartingVM
    QString powerState;     // Starting | Started | Stopped
    QString details;        // InstanceStateDetails
    bool agentReady = false;
    bool provisioned = false; // the VM exists: Get Deployment reports its HostName
};

// What the extension handler reports; only once the guest agent is ready.
struct ExtensionState
{
    QString handlerName;    // <publisher>.<name>
    QString version;        // of the handler
    QString handlerStatus;  // Installing | Ready
    QString handlerMessage; // FormattedMessage of the handler (while installing)
    QString settingStatus;  // Transitioning | Success | Error; empty while installing
    QString settingMessage;
};

RoleState roleStateAt(const Deployment &d, qint64 t);
// Running | Deploying | Deleting
QString deploymentStatusAt(const Deployment &d, qint64 t);
std::optional<ExtensionState> extensionStateAt(const Deployment &d, qint64 t);

// Picks where the deployment's Docker host will listen (its own 127.0.0.x at the docker port when
// free, else 127.0.0.1 with any port) and the VIP Get Deployment reports.
void planDockerAddress(const Core &core, Deployment &d);

// An added role (Add Role): the deployment's VIP, at its own Docker port when free there.
void planRoleDockerAddress(const Deployment &deployment, Deployment &role);

// Registers the timed work that starts the Docker hosts when they are due.
void install(Core &core);

} // namespace dockerboot
} // namespace dockervm::sim::prov
