#pragma once

namespace dockervm::sim::prov {

class Core;

// Storage accounts: List, Get, Check Name Availability, Create (202 + operation), Delete (200).
namespace storagesim {
void install(Core &core);
// Seeds the options' portalvhds account, if any (Created, as the 2014 tool would have left it).
void seed(Core &core);
} // namespace storagesim

} // namespace dockervm::sim::prov
