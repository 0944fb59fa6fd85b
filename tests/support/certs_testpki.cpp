#include "certs_testpki.h"

#include <QDir>
#include <QFile>

using namespace dockervm::certs;

namespace {

bool writeFile(const QString &path, const QByteArray &data, bool secret, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    if (secret)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(data) != data.size()) {
        if (error)
            *error = QStringLiteral("short write to %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace

bool TestPki::create(const QString &directory, const QStringList &dnsNames,
                     const QList<QHostAddress> &ips, KeyType type, int validityDays, QString *error)
{
    dir = directory;
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    const QDir d(dir);
    caCertPath = d.filePath(QStringLiteral("ca.pem"));
    caKeyPath = d.filePath(QStringLiteral("ca-key.pem"));
    serverCertPath = d.filePath(QStringLiteral("server-cert.pem"));
    serverKeyPath = d.filePath(QStringLiteral("server-key.pem"));
    clientCertPath = d.filePath(QStringLiteral("cert.pem"));
    clientKeyPath = d.filePath(QStringLiteral("key.pem"));

    CertificateRequest caReq;
    caReq.usage = CertificateRequest::Usage::CertificateAuthority;
    caReq.commonName = QStringLiteral("Test CA");
    caReq.organization = QStringLiteral("Docker VM Wizard tests");
    caReq.validityDays = validityDays;
    auto caIssued = createCertificateAuthority(caReq, type, error);
    if (!caIssued)
        return false;
    ca = *caIssued;

    CertificateRequest serverReq;
    serverReq.usage = CertificateRequest::Usage::Server;
    serverReq.commonName = dnsNames.isEmpty() ? QStringLiteral("localhost") : dnsNames.first();
    serverReq.organization = caReq.organization;
    serverReq.dnsNames = dnsNames;
    serverReq.ipAddresses = ips;
    serverReq.validityDays = validityDays;
    auto serverIssued =
        issueCertificate(serverReq, type, ca.certificatePem, ca.privateKeyPem, error);
    if (!serverIssued)
        return false;
    server = *serverIssued;

    CertificateRequest clientReq;
    clientReq.usage = CertificateRequest::Usage::Client;
    clientReq.commonName = QStringLiteral("client");
    clientReq.organization = caReq.organization;
    clientReq.validityDays = validityDays;
    auto clientIssued =
        issueCertificate(clientReq, type, ca.certificatePem, ca.privateKeyPem, error);
    if (!clientIssued)
        return false;
    client = *clientIssued;

    return writeFile(caCertPath, ca.certificatePem, false, error) &&
           writeFile(caKeyPath, ca.privateKeyPem, true, error) &&
           writeFile(serverCertPath, server.certificatePem, false, error) &&
           writeFile(serverKeyPath, server.privateKeyPem, true, error) &&
           writeFile(clientCertPath, client.certificatePem, false, error) &&
           writeFile(clientKeyPath, client.privateKeyPem, true, error);
}
