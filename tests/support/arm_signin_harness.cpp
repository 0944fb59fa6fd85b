#include "arm_signin_harness.h"

#include <QFile>

bool ArmSignInHarness::start(dockervm::sim::EntraSimulator::Options entraOptions,
                             dockervm::sim::ArmSimulator::Options armOptions, QString *error)
{
    if (entraOptions.users.isEmpty())
        entraOptions.users.append(dockervm::sim::EntraSimulator::defaultUser());
    if (!entra.start(entraOptions, error))
        return false;
    if (armOptions.tenantId.isEmpty())
        armOptions.tenantId = entraOptions.users.first().tenantIds.value(0);
    arm = std::make_unique<dockervm::sim::ArmSimulator>(armOptions);
    dockervm::sim::EntraSimulator *issuer = entra.sim.get();
    arm->setTokenChecker([issuer](const QByteArray &bearer) {
        const dockervm::sim::TokenCheck c = issuer->checkAccessToken(bearer);
        dockervm::sim::ArmTokenCheck check;
        check.ok = c.ok;
        check.expired = c.expired;
        check.tenantId = c.tenantId;
        check.user = c.user;
        return check;
    });
    if (!arm->start(error))
        return false;
    QFile file(caFile());
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QFile entraCa(entra.pki.caCertPath);
    if (!entraCa.open(QIODevice::ReadOnly))
        return false;
    file.write(entraCa.readAll());
    file.write(arm->caCertificatePem());
    return true;
}

QString ArmSignInHarness::caFile() const
{
    return entra.dir.filePath(QStringLiteral("both-ca.pem"));
}

QString ArmSignInHarness::tenantId() const
{
    return arm->tenantId();
}

dockervm::identity::CloudEndpoints ArmSignInHarness::endpoints() const
{
    dockervm::identity::CloudEndpoints e = entra.endpoints();
    e.armEndpoint = arm->endpoint();
    e.managementCaFile = caFile();
    return e;
}
