#pragma once

#include "entra_harness.h"
#include "identity/endpoints.h"
#include "sim/armsimulator.h"
#include "sim/entrasim.h"

#include <QString>

#include <memory>

// Today's Azure on loopback for sign-in tests: sim::EntraSimulator (device code, tokens) over TLS
// with a test CA and sim::ArmSimulator (tenants, subscriptions, …) accepting exactly the access
// tokens the Entra simulator issued, in the Entra user's tenant. caFile() holds both CAs (what
// `--management-ca` / the wizard's Advanced field take).
struct ArmSignInHarness
{
    EntraHarness entra;
    std::unique_ptr<dockervm::sim::ArmSimulator> arm;

    bool start(dockervm::sim::EntraSimulator::Options entraOptions = {},
               dockervm::sim::ArmSimulator::Options armOptions = {}, QString *error = nullptr);
    QString caFile() const;
    QString tenantId() const;
    dockervm::identity::CloudEndpoints endpoints() const;
};
