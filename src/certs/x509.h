#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
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
        Server,               // EKU serverAuth, digitalSignature (+ keyEncipherment for RSA)
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

// Key generation is cancellable: when `cancel` is given and becomes true, OpenSSL's key generation
// callback aborts it (RSA 4096 within milliseconds instead of seconds) and the call fails with
// *error saying so; isCancelled(cancel) tells that apart from a real failure.

// `privateKeyPem`, when given, is the certificate's key (e.g. made beforehand on another thread
// with generatePrivateKeyPem(); it must be of `keyType`) instead of a fresh one.
// A self-signed CA certificate (request.usage must be CertificateAuthority).
std::optional<IssuedCertificate>
createCertificateAuthority(const CertificateRequest &request, KeyType keyType, QString *error,
                           const std::atomic<bool> *cancel = nullptr,
                           const QByteArray *privateKeyPem = nullptr);
// A certificate signed by the given CA (subject/authority key identifiers set).
std::optional<IssuedCertificate> issueCertificate(const CertificateRequest &request,
                                                  KeyType keyType, const QByteArray &caCertPem,
                                                  const QByteArray &caKeyPem, QString *error,
                                                  const std::atomic<bool> *cancel = nullptr,
                                                  const QByteArray *privateKeyPem = nullptr);

inline bool isCancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load();
}

// --- Additions (inspection, used by DockerTlsStore, the probe and tests) ---

// A fresh private key as unencrypted PKCS#8 PEM.
std::optional<QByteArray> generatePrivateKeyPem(KeyType keyType, QString *error,
                                                const std::atomic<bool> *cancel = nullptr);

// What a PEM certificate says, read with OpenSSL.
struct CertificateInfo
{
    QString commonName;
    QString organization;
    QString issuerCommonName;
    QByteArray serialHex; // upper-case hex, no separators
    int serialBytes = 0;  // length of the serial's content octets
    QDateTime notBefore;  // UTC
    QDateTime notAfter;   // UTC
    bool isCa = false;    // basicConstraints CA:TRUE
    bool serverAuth = false;
    bool clientAuth = false;
    QStringList dnsNames;
    QList<QHostAddress> ipAddresses;
    QString keyDescription;       // "RSA 4096", "ECDSA P-256", ...
    QByteArray sha256Fingerprint; // upper-case hex

    bool isExpiredAt(const QDateTime &when) const { return when > notAfter; }
    bool isNotYetValidAt(const QDateTime &when) const { return when < notBefore; }
};
std::optional<CertificateInfo> inspectCertificate(const QByteArray &certPem, QString *error);

// Whether a private key is the certificate's: a typed answer, so callers never branch on text.
enum class KeyMatch { Matches, Mismatch, Unreadable };
// Unreadable: either PEM does not parse (*error says which); Mismatch: both parse, but differ.
KeyMatch checkPrivateKey(const QByteArray &certPem, const QByteArray &keyPem, QString *error);

// True when the private key is the one of the certificate's public key. False with *error set
// when either cannot be read or they differ.
bool privateKeyMatchesCertificate(const QByteArray &certPem, const QByteArray &keyPem,
                                  QString *error);

// True when certPem names caCertPem's subject as issuer and carries a valid signature by its key.
// Does not look at validity dates.
bool isIssuedBy(const QByteArray &certPem, const QByteArray &caCertPem, QString *error);

} // namespace dockervm::certs
