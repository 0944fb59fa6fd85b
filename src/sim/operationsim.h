#pragma once

namespace dockervm::sim::prov {

class Core;

// Get Operation Status: the asynchronous operations of the other resource kinds (the core runs
// them), answered in the shapes of operation-status-{inprogress,succeeded,failed-*}.xml.
namespace operationsim {
void install(Core &core);
} // namespace operationsim

} // namespace dockervm::sim::prov
