#include "entra_harness.h"

#include <QSslConfiguration>
#include <QSslKey>

bool EntraHarness::start(dockervm::sim::EntraSimulator::Options options, QString *error)
{
    if (!dir.isValid())
        return false;
    if (!pki.create(dir.filePath(QStringLiteral("pki")), {QStringLiteral("localhost")},
                    {QHostAddress(QHostAddress::LocalHost)}, dockervm::certs::KeyType::EcdsaP256,
                    30, error)) {
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(pki.server.certificatePem));
    tls.setPrivateKey(QSslKey(pki.server.privateKeyPem, QSsl::Ec));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    sim = std::make_unique<dockervm::sim::EntraSimulator>(std::move(options));
    return sim->listen(tls, 0, error);
}

dockervm::identity::CloudEndpoints EntraHarness::endpoints() const
{
    dockervm::identity::CloudEndpoints e;
    e.authority = sim->authority();
    e.managementCaFile = pki.caCertPath;
    return e;
}
