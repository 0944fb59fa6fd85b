#pragma once

namespace dockervm::sim::prov {

class Core;

// Cloud services (hosted services): List, Get (with embed-detail), Create (synchronous 201),
// Delete (200 when empty; 202 + operation with comp=media). Their name availability is answered by
// the AzureSimulator itself, from the taken names this simulator keeps up to date.
namespace cloudservicesim {
void install(Core &core);
} // namespace cloudservicesim

} // namespace dockervm::sim::prov
