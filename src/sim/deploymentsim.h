#pragma once

namespace dockervm::sim {
class AsmXmlWriter;
}

namespace dockervm::sim::prov {

class Core;
struct Deployment;
struct HostedService;

// Virtual machine deployments (one role) with the Docker extension: Create Virtual Machine
// Deployment (validated like the Service Management API, 202 + operation), Get Deployment by slot
// or by name (the role instance, guest agent and extension status as the simulated VM boots, in
// the element order of the recorded replies), Delete Deployment (202 + operation). The extension's
// public and protected settings are read like the 2014 (MSOpenTech.Extensions 0.x) and the 1.x
// (Microsoft.Azure.Extensions) handlers read them; the TLS material goes to the simulated Docker
// host (dockerboot).
namespace deploymentsim {
void install(Core &core);
// <Deployment>: the document of Get Deployment, or a child of a hosted service's <Deployments>.
void writeDeployment(AsmXmlWriter &w, const Core &core, const HostedService &svc,
                     const Deployment &d);
} // namespace deploymentsim

} // namespace dockervm::sim::prov
