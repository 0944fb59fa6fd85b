#pragma once

#include "certs_testpki.h"
#include "identity/endpoints.h"
#include "sim/entrasim.h"

#include <QTemporaryDir>

#include <memory>

// An EntraSimulator over real TLS on loopback with its own test CA, and the CloudEndpoints a
// client uses to reach it (authority = the simulator, managementCaFile = the test CA).
struct EntraHarness
{
    QTemporaryDir dir;
    TestPki pki;
    std::unique_ptr<dockervm::sim::EntraSimulator> sim;

    bool start(dockervm::sim::EntraSimulator::Options options = {}, QString *error = nullptr);
    dockervm::identity::CloudEndpoints endpoints() const;
};
