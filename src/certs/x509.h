#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dockervm::certs {

// Low-level X.509 issuance with OpenSSL 3 (library calls behind RAII, SHA-256, random 128-bit
// serials). The Docker TLS store and the simulators build on this.
enum class KeyType { Rsa2048, Rsa4096, EcdsaP256 };

QString keyTypeId(KeyType type); // "rsa2048", "rsa4096", "ecdsa-p256"
std::optional<KeyType> keyTypeFromId(const QString &id);

struct CertificateRequest
{
    enum class Usage {
        CertificateAuthority, // basicConstraints CA:TRUE critical, keyCertSign + cRLSign
        Server,               // EKU serverAuth, digitalSignature + keyEncipherment
        Client,               // EKU clientAuth, digitalSignature
    };
    Usage usage = Usage::Server;
    QString commonName;
    QString organization;
    QStringList dnsNames;            // subjectAltName DNS entries
    QList<QHostAddress> ipAddresses; // subjectAltName IP entries
    int validityDays = 365;
    QDateTime notBefore; // null: now minus five minutes (clock skew)
};

// PEM certificate plus its private key as unencrypted PKCS#8 PEM.
struct IssuedCertificate
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
};

// A self-signed CA certificate (request.usage must be CertificateAuthority).
std::optional<IssuedCertificate> createCertificateAuthority(const CertificateRequest &request,
                                                            KeyType keyType, QString *error);
// A certificate signed by the given CA (subject/authority key identifiers set).
std::optional<IssuedCertificate> issueCertificate(const CertificateRequest &request,
                                                  KeyType keyType, const QByteArray &caCertPem,
                                                  const QByteArray &caKeyPem, QString *error);

} // namespace dockervm::certs
