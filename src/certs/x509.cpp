#include "certs/x509.h"

#include "common/logging.h"
#include "common/opensslptr.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <array>
#include <ctime>
#include <memory>

namespace dockervm::certs {

namespace {

// RAII holders for the OpenSSL objects used here.
using PkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslFree<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslFree<X509_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslFree<BIO_free>>;
using BnPtr = std::unique_ptr<BIGNUM, OpenSslFree<BN_free>>;
using Asn1IntegerPtr = std::unique_ptr<ASN1_INTEGER, OpenSslFree<ASN1_INTEGER_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslFree<X509_EXTENSION_free>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, OpenSslFree<GENERAL_NAMES_free>>;
using GeneralNamePtr = std::unique_ptr<GENERAL_NAME, OpenSslFree<GENERAL_NAME_free>>;
struct OpenSslStringDeleter // OPENSSL_free is a macro
{
    void operator()(char *p) const { OPENSSL_free(p); }
};
using OpenSslStringPtr = std::unique_ptr<char, OpenSslStringDeleter>;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dockervm::certs)
};

// The OpenSSL error queue as one string (and the queue emptied).
QString opensslErrors()
{
    QStringList parts;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        std::array<char, 256> buf{};
        ERR_error_string_n(code, buf.data(), buf.size());
        parts << QString::fromLatin1(buf.data());
    }
    if (parts.isEmpty())
        return Tr::tr("no OpenSSL error reported");
    return parts.join(QStringLiteral("; "));
}

// Sets *error to "<what>: <OpenSSL errors>" and returns false.
bool fail(QString *error, const QString &what)
{
    const QString message = what + QStringLiteral(": ") + opensslErrors();
    if (error)
        *error = message;
    qCDebug(lcCerts) << message;
    return false;
}

bool failPlain(QString *error, const QString &message)
{
    if (error)
        *error = message;
    qCDebug(lcCerts) << message;
    return false;
}

using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OpenSslFree<EVP_PKEY_CTX_free>>;

// OpenSSL calls this while it searches for primes; returning 0 aborts the generation.
int keygenProgress(EVP_PKEY_CTX *ctx)
{
    const auto *cancel = static_cast<const std::atomic<bool> *>(EVP_PKEY_CTX_get_app_data(ctx));
    return cancel && cancel->load() ? 0 : 1;
}

PkeyPtr generateKey(KeyType type, QString *error, const std::atomic<bool> *cancel)
{
    const bool rsa = type != KeyType::EcdsaP256;
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, rsa ? "RSA" : "EC", nullptr));
    bool ok = ctx && EVP_PKEY_keygen_init(ctx.get()) == 1;
    if (ok && rsa)
        ok = EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), type == KeyType::Rsa4096 ? 4096 : 2048) ==
             1;
    if (ok && !rsa)
        ok = EVP_PKEY_CTX_set_group_name(ctx.get(), "P-256") == 1;
    EVP_PKEY *key = nullptr;
    if (ok) {
        EVP_PKEY_CTX_set_app_data(ctx.get(), const_cast<std::atomic<bool> *>(cancel));
        EVP_PKEY_CTX_set_cb(ctx.get(), keygenProgress);
        ok = EVP_PKEY_generate(ctx.get(), &key) == 1;
    }
    if (!ok || !key) {
        if (isCancelled(cancel)) {
            ERR_clear_error();
            failPlain(error, Tr::tr("The %1 key generation was cancelled").arg(keyTypeId(type)));
        } else {
            fail(error, Tr::tr("Could not generate a %1 key").arg(keyTypeId(type)));
        }
        EVP_PKEY_free(key);
        return nullptr;
    }
    return PkeyPtr(key);
}

std::optional<QByteArray> bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    if (size < 0 || (size > 0 && !data))
        return std::nullopt;
    return QByteArray(data, qsizetype(size));
}

std::optional<QByteArray> privateKeyToPem(EVP_PKEY *key, QString *error)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio) {
        fail(error, Tr::tr("Could not allocate a memory buffer"));
        return std::nullopt;
    }
    // PEM_write_bio_PrivateKey writes PKCS#8 ("BEGIN PRIVATE KEY"), unencrypted without a cipher.
    if (PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        fail(error, Tr::tr("Could not encode the private key as PKCS#8 PEM"));
        return std::nullopt;
    }
    auto pem = bioContents(bio.get());
    if (!pem)
        fail(error, Tr::tr("Could not read the encoded private key"));
    return pem;
}

std::optional<QByteArray> certificateToPem(X509 *cert, QString *error)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio) {
        fail(error, Tr::tr("Could not allocate a memory buffer"));
        return std::nullopt;
    }
    if (PEM_write_bio_X509(bio.get(), cert) != 1) {
        fail(error, Tr::tr("Could not encode the certificate as PEM"));
        return std::nullopt;
    }
    auto pem = bioContents(bio.get());
    if (!pem)
        fail(error, Tr::tr("Could not read the encoded certificate"));
    return pem;
}

X509Ptr readCertificate(const QByteArray &pem, QString *error, const QString &what)
{
    if (pem.isEmpty()) {
        failPlain(error, Tr::tr("%1 is empty").arg(what));
        return {};
    }
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio) {
        fail(error, Tr::tr("Could not allocate a memory buffer"));
        return {};
    }
    X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert)
        fail(error, Tr::tr("%1 is not a PEM certificate").arg(what));
    return cert;
}

PkeyPtr readPrivateKey(const QByteArray &pem, QString *error, const QString &what)
{
    if (pem.isEmpty()) {
        failPlain(error, Tr::tr("%1 is empty").arg(what));
        return {};
    }
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio) {
        fail(error, Tr::tr("Could not allocate a memory buffer"));
        return {};
    }
    // An empty passphrase callback result: encrypted keys fail instead of prompting on a terminal.
    auto noPassphrase = [](char *, int, int, void *) -> int {
        return 0;
    };
    PkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr));
    if (!key)
        fail(error, Tr::tr("%1 is not an unencrypted PEM private key").arg(what));
    return key;
}

// 16 random bytes, top bit clear (positive) and second bit set, so the DER serial is always exactly
// 16 content octets (126 random bits; RFC 5280 allows up to 20 octets).
bool setRandomSerial(X509 *cert, QString *error)
{
    std::array<unsigned char, 16> bytes{};
    if (RAND_bytes(bytes.data(), int(bytes.size())) != 1)
        return fail(error, Tr::tr("Could not draw a random serial number"));
    bytes[0] = static_cast<unsigned char>((bytes[0] & 0x7f) | 0x40);
    BnPtr bn(BN_bin2bn(bytes.data(), int(bytes.size()), nullptr));
    if (!bn)
        return fail(error, Tr::tr("Could not build the serial number"));
    Asn1IntegerPtr serial(BN_to_ASN1_INTEGER(bn.get(), nullptr));
    if (!serial)
        return fail(error, Tr::tr("Could not encode the serial number"));
    if (X509_set_serialNumber(cert, serial.get()) != 1)
        return fail(error, Tr::tr("Could not set the serial number"));
    return true;
}

bool addNameEntry(X509_NAME *name, const char *field, const QString &value, QString *error)
{
    if (value.isEmpty())
        return true;
    const QByteArray utf8 = value.toUtf8();
    if (X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(utf8.constData()),
                                   int(utf8.size()), -1, 0) != 1)
        return fail(error, Tr::tr("Could not set the subject %1 '%2' (at most 64 characters)")
                               .arg(QString::fromLatin1(field), value));
    return true;
}

bool addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const char *value, QString *error)
{
    ExtensionPtr ext(X509V3_EXT_conf_nid(nullptr, ctx, nid, value));
    if (!ext)
        return fail(
            error,
            Tr::tr("Could not build the %1 extension").arg(QString::fromLatin1(OBJ_nid2sn(nid))));
    if (X509_add_ext(cert, ext.get(), -1) != 1)
        return fail(
            error,
            Tr::tr("Could not add the %1 extension").arg(QString::fromLatin1(OBJ_nid2sn(nid))));
    return true;
}

bool addSubjectAltNames(X509 *cert, const CertificateRequest &request, QString *error)
{
    if (request.dnsNames.isEmpty() && request.ipAddresses.isEmpty())
        return true;
    GeneralNamesPtr names(GENERAL_NAMES_new());
    if (!names)
        return fail(error, Tr::tr("Could not allocate the subjectAltName"));
    for (const QString &dns : request.dnsNames) {
        const QString trimmed = dns.trimmed();
        const bool validChars = std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) {
            return c.unicode() < 0x80 &&
                   (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.') ||
                    c == QLatin1Char('*') || c == QLatin1Char('_'));
        });
        const QByteArray ascii = trimmed.toLatin1();
        if (ascii.isEmpty() || !validChars)
            return failPlain(
                error,
                Tr::tr("'%1' is not a valid DNS name for a certificate (letters, digits, '-' "
                       "and '.' only; use the punycode form of international "
                       "names)")
                    .arg(dns));
        GeneralNamePtr gn(GENERAL_NAME_new());
        ASN1_IA5STRING *ia5 = ASN1_IA5STRING_new();
        if (!gn || !ia5 || ASN1_STRING_set(ia5, ascii.constData(), int(ascii.size())) != 1) {
            ASN1_IA5STRING_free(ia5);
            return fail(error, Tr::tr("Could not encode the DNS name '%1'").arg(dns));
        }
        GENERAL_NAME_set0_value(gn.get(), GEN_DNS, ia5);
        if (sk_GENERAL_NAME_push(names.get(), gn.get()) <= 0)
            return fail(error, Tr::tr("Could not add the DNS name '%1'").arg(dns));
        gn.release(); // owned by the stack now
    }
    for (const QHostAddress &ip : request.ipAddresses) {
        QByteArray raw;
        if (ip.protocol() == QAbstractSocket::IPv4Protocol) {
            const quint32 v4 = ip.toIPv4Address();
            raw = QByteArray(4, '\0');
            raw[0] = char((v4 >> 24) & 0xff);
            raw[1] = char((v4 >> 16) & 0xff);
            raw[2] = char((v4 >> 8) & 0xff);
            raw[3] = char(v4 & 0xff);
        } else if (ip.protocol() == QAbstractSocket::IPv6Protocol) {
            const Q_IPV6ADDR v6 = ip.toIPv6Address();
            raw = QByteArray(reinterpret_cast<const char *>(v6.c), 16);
        } else {
            return failPlain(error,
                             Tr::tr("'%1' is not an IPv4 or IPv6 address").arg(ip.toString()));
        }
        GeneralNamePtr gn(GENERAL_NAME_new());
        ASN1_OCTET_STRING *octets = ASN1_OCTET_STRING_new();
        if (!gn || !octets ||
            ASN1_OCTET_STRING_set(octets, reinterpret_cast<const unsigned char *>(raw.constData()),
                                  int(raw.size())) != 1) {
            ASN1_OCTET_STRING_free(octets);
            return fail(error, Tr::tr("Could not encode the IP address %1").arg(ip.toString()));
        }
        GENERAL_NAME_set0_value(gn.get(), GEN_IPADD, octets);
        if (sk_GENERAL_NAME_push(names.get(), gn.get()) <= 0)
            return fail(error, Tr::tr("Could not add the IP address %1").arg(ip.toString()));
        gn.release();
    }
    if (X509_add1_ext_i2d(cert, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) != 1)
        return fail(error, Tr::tr("Could not add the subjectAltName extension"));
    return true;
}

bool setValidity(X509 *cert, const CertificateRequest &request, QString *error)
{
    if (request.validityDays <= 0 || request.validityDays > 36500)
        return failPlain(error, Tr::tr("The validity must be between 1 and 36500 days, not %1")
                                    .arg(request.validityDays));
    const QDateTime notBefore = request.notBefore.isValid()
                                    ? request.notBefore
                                    : QDateTime::currentDateTimeUtc().addSecs(-5 * 60);
    const QDateTime notAfter = notBefore.addDays(request.validityDays);
    if (ASN1_TIME_set(X509_getm_notBefore(cert), time_t(notBefore.toSecsSinceEpoch())) == nullptr)
        return fail(error, Tr::tr("Could not set the start of validity"));
    if (ASN1_TIME_set(X509_getm_notAfter(cert), time_t(notAfter.toSecsSinceEpoch())) == nullptr)
        return fail(error, Tr::tr("Could not set the end of validity"));
    return true;
}

bool isRsa(EVP_PKEY *key)
{
    return EVP_PKEY_is_a(key, "RSA") == 1;
}

// Everything but the issuer-dependent parts: version, serial, subject, validity, public key.
X509Ptr newCertificate(const CertificateRequest &request, EVP_PKEY *key, QString *error)
{
    X509Ptr cert(X509_new());
    if (!cert) {
        fail(error, Tr::tr("Could not allocate a certificate"));
        return {};
    }
    if (X509_set_version(cert.get(), X509_VERSION_3) != 1) {
        fail(error, Tr::tr("Could not set the certificate version"));
        return {};
    }
    if (!setRandomSerial(cert.get(), error) || !setValidity(cert.get(), request, error))
        return {};
    if (request.commonName.isEmpty()) {
        failPlain(error, Tr::tr("A certificate needs a common name (CN)"));
        return {};
    }
    X509_NAME *subject = X509_get_subject_name(cert.get());
    if (!addNameEntry(subject, "O", request.organization, error) ||
        !addNameEntry(subject, "CN", request.commonName, error))
        return {};
    if (X509_set_pubkey(cert.get(), key) != 1) {
        fail(error, Tr::tr("Could not set the certificate's public key"));
        return {};
    }
    return cert;
}

std::optional<IssuedCertificate> finish(X509 *cert, EVP_PKEY *key, EVP_PKEY *signer, QString *error)
{
    if (X509_sign(cert, signer, EVP_sha256()) <= 0) {
        fail(error, Tr::tr("Could not sign the certificate with SHA-256"));
        return std::nullopt;
    }
    auto certPem = certificateToPem(cert, error);
    if (!certPem)
        return std::nullopt;
    auto keyPem = privateKeyToPem(key, error);
    if (!keyPem)
        return std::nullopt;
    return IssuedCertificate{*certPem, *keyPem};
}

QDateTime fromAsn1Time(const ASN1_TIME *t)
{
    struct tm tmv = {};
    if (!t || ASN1_TIME_to_tm(t, &tmv) != 1)
        return {};
    return QDateTime(QDate(tmv.tm_year + 1900, tmv.tm_mon + 1, tmv.tm_mday),
                     QTime(tmv.tm_hour, tmv.tm_min, tmv.tm_sec), Qt::UTC);
}

QString nameEntry(const X509_NAME *name, int nid)
{
    const int idx = X509_NAME_get_index_by_NID(name, nid, -1);
    if (idx < 0)
        return {};
    const X509_NAME_ENTRY *entry = X509_NAME_get_entry(name, idx);
    const ASN1_STRING *data = entry ? X509_NAME_ENTRY_get_data(entry) : nullptr;
    if (!data)
        return {};
    unsigned char *utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, data);
    if (len < 0)
        return {};
    const QString result = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
    OPENSSL_free(utf8);
    return result;
}

QString describeKey(EVP_PKEY *key)
{
    if (!key)
        return {};
    if (isRsa(key))
        return QStringLiteral("RSA %1").arg(EVP_PKEY_get_bits(key));
    if (EVP_PKEY_is_a(key, "EC") == 1) {
        std::array<char, 64> group{};
        size_t len = 0;
        if (EVP_PKEY_get_utf8_string_param(key, "group", group.data(), group.size(), &len) == 1) {
            const QString curve = QString::fromLatin1(group.data(), qsizetype(len));
            if (curve == QLatin1String("prime256v1"))
                return QStringLiteral("ECDSA P-256");
            return QStringLiteral("ECDSA ") + curve;
        }
        return QStringLiteral("ECDSA %1").arg(EVP_PKEY_get_bits(key));
    }
    return QString::fromLatin1(EVP_PKEY_get0_type_name(key));
}

} // namespace

QString keyTypeId(KeyType type)
{
    switch (type) {
    case KeyType::Rsa2048:
        return QStringLiteral("rsa2048");
    case KeyType::Rsa4096:
        return QStringLiteral("rsa4096");
    case KeyType::EcdsaP256:
        return QStringLiteral("ecdsa-p256");
    }
    return {};
}

std::optional<KeyType> keyTypeFromId(const QString &id)
{
    const QString normalized = id.trimmed().toLower();
    for (KeyType t : {KeyType::Rsa2048, KeyType::Rsa4096, KeyType::EcdsaP256}) {
        if (keyTypeId(t) == normalized)
            return t;
    }
    return std::nullopt;
}

std::optional<QByteArray> generatePrivateKeyPem(KeyType keyType, QString *error,
                                                const std::atomic<bool> *cancel)
{
    ERR_clear_error();
    PkeyPtr key = generateKey(keyType, error, cancel);
    if (!key)
        return std::nullopt;
    return privateKeyToPem(key.get(), error);
}

std::optional<IssuedCertificate> createCertificateAuthority(const CertificateRequest &request,
                                                            KeyType keyType, QString *error,
                                                            const std::atomic<bool> *cancel,
                                                            const QByteArray *privateKeyPem)
{
    ERR_clear_error();
    if (request.usage != CertificateRequest::Usage::CertificateAuthority) {
        failPlain(error, Tr::tr("createCertificateAuthority needs a request with the "
                                "CertificateAuthority usage"));
        return std::nullopt;
    }
    PkeyPtr key = privateKeyPem ? readPrivateKey(*privateKeyPem, error, Tr::tr("The private key"))
                                : generateKey(keyType, error, cancel);
    if (!key)
        return std::nullopt;
    X509Ptr cert = newCertificate(request, key.get(), error);
    if (!cert)
        return std::nullopt;
    // Self-signed: the issuer is the subject.
    if (X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get())) != 1) {
        fail(error, Tr::tr("Could not set the issuer name"));
        return std::nullopt;
    }
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    if (!addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:TRUE", error) ||
        !addExtension(cert.get(), &ctx, NID_key_usage, "critical,keyCertSign,cRLSign", error) ||
        !addExtension(cert.get(), &ctx, NID_subject_key_identifier, "hash", error) ||
        !addExtension(cert.get(), &ctx, NID_authority_key_identifier, "keyid:always", error))
        return std::nullopt;
    if (!request.dnsNames.isEmpty() || !request.ipAddresses.isEmpty()) {
        if (!addSubjectAltNames(cert.get(), request, error))
            return std::nullopt;
    }
    auto issued = finish(cert.get(), key.get(), key.get(), error);
    if (issued)
        qCDebug(lcCerts) << "created CA" << request.commonName << keyTypeId(keyType);
    return issued;
}

std::optional<IssuedCertificate> issueCertificate(const CertificateRequest &request,
                                                  KeyType keyType, const QByteArray &caCertPem,
                                                  const QByteArray &caKeyPem, QString *error,
                                                  const std::atomic<bool> *cancel,
                                                  const QByteArray *privateKeyPem)
{
    ERR_clear_error();
    if (request.usage == CertificateRequest::Usage::CertificateAuthority) {
        failPlain(error, Tr::tr("issueCertificate makes leaf certificates; use "
                                "createCertificateAuthority for a CA"));
        return std::nullopt;
    }
    X509Ptr caCert = readCertificate(caCertPem, error, Tr::tr("The CA certificate"));
    if (!caCert)
        return std::nullopt;
    PkeyPtr caKey = readPrivateKey(caKeyPem, error, Tr::tr("The CA private key"));
    if (!caKey)
        return std::nullopt;
    if (X509_check_private_key(caCert.get(), caKey.get()) != 1) {
        fail(error, Tr::tr("The CA private key does not belong to the CA certificate"));
        return std::nullopt;
    }
    if (X509_check_ca(caCert.get()) < 1) {
        ERR_clear_error();
        failPlain(error, Tr::tr("The CA certificate is not a certificate authority (no CA:TRUE)"));
        return std::nullopt;
    }
    PkeyPtr key = privateKeyPem ? readPrivateKey(*privateKeyPem, error, Tr::tr("The private key"))
                                : generateKey(keyType, error, cancel);
    if (!key)
        return std::nullopt;
    X509Ptr cert = newCertificate(request, key.get(), error);
    if (!cert)
        return std::nullopt;
    if (X509_set_issuer_name(cert.get(), X509_get_subject_name(caCert.get())) != 1) {
        fail(error, Tr::tr("Could not set the issuer name"));
        return std::nullopt;
    }
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, caCert.get(), cert.get(), nullptr, nullptr, 0);
    const bool server = request.usage == CertificateRequest::Usage::Server;
    // keyEncipherment only makes sense for RSA keys (RSA key transport); ECDSA signs only.
    const char *keyUsage = server && isRsa(key.get()) ? "critical,digitalSignature,keyEncipherment"
                                                      : "critical,digitalSignature";
    if (!addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE", error) ||
        !addExtension(cert.get(), &ctx, NID_key_usage, keyUsage, error) ||
        !addExtension(cert.get(), &ctx, NID_ext_key_usage, server ? "serverAuth" : "clientAuth",
                      error) ||
        !addExtension(cert.get(), &ctx, NID_subject_key_identifier, "hash", error) ||
        !addExtension(cert.get(), &ctx, NID_authority_key_identifier, "keyid:always", error) ||
        !addSubjectAltNames(cert.get(), request, error))
        return std::nullopt;
    auto issued = finish(cert.get(), key.get(), caKey.get(), error);
    if (issued)
        qCDebug(lcCerts) << "issued" << (server ? "server" : "client") << "certificate"
                         << request.commonName << keyTypeId(keyType);
    return issued;
}

std::optional<CertificateInfo> inspectCertificate(const QByteArray &certPem, QString *error)
{
    ERR_clear_error();
    X509Ptr cert = readCertificate(certPem, error, Tr::tr("The certificate"));
    if (!cert)
        return std::nullopt;
    CertificateInfo info;
    info.commonName = nameEntry(X509_get_subject_name(cert.get()), NID_commonName);
    info.organization = nameEntry(X509_get_subject_name(cert.get()), NID_organizationName);
    info.issuerCommonName = nameEntry(X509_get_issuer_name(cert.get()), NID_commonName);
    const ASN1_INTEGER *serial = X509_get0_serialNumber(cert.get());
    if (serial) {
        info.serialBytes = ASN1_STRING_length(serial);
        BnPtr bn(ASN1_INTEGER_to_BN(serial, nullptr));
        if (bn) {
            OpenSslStringPtr hex(BN_bn2hex(bn.get()));
            if (hex)
                info.serialHex = QByteArray(hex.get());
        }
    }
    info.notBefore = fromAsn1Time(X509_get0_notBefore(cert.get()));
    info.notAfter = fromAsn1Time(X509_get0_notAfter(cert.get()));
    const uint32_t flags = X509_get_extension_flags(cert.get());
    info.isCa = (flags & EXFLAG_CA) != 0;
    if (flags & EXFLAG_XKUSAGE) {
        const uint32_t xku = X509_get_extended_key_usage(cert.get());
        info.serverAuth = (xku & XKU_SSL_SERVER) != 0;
        info.clientAuth = (xku & XKU_SSL_CLIENT) != 0;
    }
    GeneralNamesPtr names(static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(cert.get(), NID_subject_alt_name, nullptr, nullptr)));
    if (names) {
        for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i) {
            const GENERAL_NAME *gn = sk_GENERAL_NAME_value(names.get(), i);
            if (gn->type == GEN_DNS) {
                const ASN1_IA5STRING *s = gn->d.dNSName;
                info.dnsNames << QString::fromLatin1(
                    reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)),
                    ASN1_STRING_length(s));
            } else if (gn->type == GEN_IPADD) {
                const ASN1_OCTET_STRING *s = gn->d.iPAddress;
                const unsigned char *d = ASN1_STRING_get0_data(s);
                if (ASN1_STRING_length(s) == 4) {
                    info.ipAddresses << QHostAddress(quint32(d[0]) << 24 | quint32(d[1]) << 16 |
                                                     quint32(d[2]) << 8 | quint32(d[3]));
                } else if (ASN1_STRING_length(s) == 16) {
                    info.ipAddresses << QHostAddress(d);
                }
            }
        }
    }
    info.keyDescription = describeKey(X509_get0_pubkey(cert.get()));
    std::array<unsigned char, EVP_MAX_MD_SIZE> md{};
    unsigned int mdLen = 0;
    if (X509_digest(cert.get(), EVP_sha256(), md.data(), &mdLen) == 1)
        info.sha256Fingerprint =
            QByteArray(reinterpret_cast<const char *>(md.data()), int(mdLen)).toHex().toUpper();
    ERR_clear_error();
    return info;
}

KeyMatch checkPrivateKey(const QByteArray &certPem, const QByteArray &keyPem, QString *error)
{
    ERR_clear_error();
    X509Ptr cert = readCertificate(certPem, error, Tr::tr("The certificate"));
    if (!cert)
        return KeyMatch::Unreadable;
    PkeyPtr key = readPrivateKey(keyPem, error, Tr::tr("The private key"));
    if (!key)
        return KeyMatch::Unreadable;
    if (X509_check_private_key(cert.get(), key.get()) != 1) {
        ERR_clear_error();
        failPlain(error, Tr::tr("The private key does not belong to the certificate"));
        return KeyMatch::Mismatch;
    }
    return KeyMatch::Matches;
}

bool privateKeyMatchesCertificate(const QByteArray &certPem, const QByteArray &keyPem,
                                  QString *error)
{
    return checkPrivateKey(certPem, keyPem, error) == KeyMatch::Matches;
}

bool isIssuedBy(const QByteArray &certPem, const QByteArray &caCertPem, QString *error)
{
    ERR_clear_error();
    X509Ptr cert = readCertificate(certPem, error, Tr::tr("The certificate"));
    if (!cert)
        return false;
    X509Ptr ca = readCertificate(caCertPem, error, Tr::tr("The CA certificate"));
    if (!ca)
        return false;
    if (X509_NAME_cmp(X509_get_issuer_name(cert.get()), X509_get_subject_name(ca.get())) != 0)
        return failPlain(error,
                         Tr::tr("The certificate was issued by '%1', not by the CA '%2'")
                             .arg(nameEntry(X509_get_issuer_name(cert.get()), NID_commonName),
                                  nameEntry(X509_get_subject_name(ca.get()), NID_commonName)));
    EVP_PKEY *caKey = X509_get0_pubkey(ca.get());
    if (!caKey)
        return fail(error, Tr::tr("Could not read the CA's public key"));
    const int verified = X509_verify(cert.get(), caKey);
    if (verified != 1) {
        ERR_clear_error();
        return failPlain(error, Tr::tr("The certificate's signature was not made by the CA's key "
                                       "(same name, different CA)"));
    }
    return true;
}

} // namespace dockervm::certs
