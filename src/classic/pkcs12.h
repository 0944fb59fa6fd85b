#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

namespace dockervm::classic {

// PKCS#12 import and export with OpenSSL 3 directly. Real .publishsettings certificates are
// PKCS#12 with an empty password, the certificate in a pbeWithSHA1And40BitRC2-CBC bag and the key
// in a pbeWithSHA1And3-KeyTripleDES-CBC bag: OpenSSL 3 reads RC2-40 only with its `legacy`
// provider, which this module loads (together with `default`) into the default library context
// once, on first use. Qt's QSslCertificate::importPkcs12 alone fails on such files.

struct Pkcs12Contents
{
    QSslCertificate certificate;           // the certificate that matches privateKey
    QSslKey privateKey;                    // RSA or EC, from unencrypted PKCS#8 PEM
    QList<QSslCertificate> caCertificates; // any other certificates in the bundle
};

enum class Pkcs12Error {
    None,
    NotPkcs12,      // not DER PKCS#12 at all, or truncated/corrupt structure
    WrongPassword,  // MAC check or decryption failed: protected by a password (or damaged)
    Unsupported,    // an algorithm OpenSSL cannot provide (legacy provider missing)
    NoCertificate,  // the bundle holds no certificate
    NoPrivateKey,   // the bundle holds certificates but no key (e.g. exported as .cer)
    KeyMismatch,    // the key matches none of the certificates
    UnsupportedKey, // a key type Qt cannot use (neither RSA nor EC)
    Internal,       // an OpenSSL call failed unexpectedly
};

// Imports a DER PKCS#12 blob. With an empty password, tries both the zero-length (NULL) and the
// BMP-encoded empty ("") password, like Windows and OpenSSL do. On failure returns nullopt, sets
// *error to a translated one-line reason (without any secret) and *code when given.
std::optional<Pkcs12Contents> importPkcs12(const QByteArray &der, const QByteArray &password,
                                           QString *error, Pkcs12Error *code = nullptr);

// Exports certificate + key (PEM; PKCS#1, PKCS#8 or SEC1 key) as PKCS#12 the way Windows' export
// of a management certificate does: empty password, certificate bag pbeWithSHA1And40BitRC2-CBC,
// key bag pbeWithSHA1And3-KeyTripleDES-CBC (2000 iterations), MAC SHA-1. Returns DER, or an empty
// array and *error.
QByteArray exportPkcs12Legacy(const QByteArray &certPem, const QByteArray &keyPem,
                              const QString &friendlyName, QString *error);

// Loads the `legacy` and `default` providers into OpenSSL's default library context (once).
// Returns false (and logs) when the legacy provider is not installed. Called by the functions
// above; public so that callers can report the state early.
bool ensureLegacyProvider();

} // namespace dockervm::classic
