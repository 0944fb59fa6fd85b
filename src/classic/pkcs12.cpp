#include "classic/pkcs12.h"

#include "common/logging.h"
#include "common/opensslptr.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/provider.h>
#include <openssl/x509.h>

#include <memory>
#include <mutex>

namespace dockervm::classic {

namespace {

using BioPtr = std::unique_ptr<BIO, OpenSslFree<BIO_free_all>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, OpenSslFree<PKCS12_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslFree<X509_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslFree<EVP_PKEY_free>>;
struct X509StackDeleter
{
    void operator()(STACK_OF(X509) * s) const { sk_X509_pop_free(s, X509_free); }
};
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackDeleter>;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dockervm::classic::Pkcs12)
};

// Drains OpenSSL's error queue into the debug log (no secrets in there) and returns the reason
// of the last error, 0 when the queue was empty.
unsigned long drainErrors(const char *what)
{
    unsigned long last = 0;
    while (const unsigned long e = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        qCDebug(lcAzure) << what << buf;
        last = e;
    }
    return last;
}

// Never prompt on a terminal for a PEM pass phrase: encrypted PEM keys are refused.
int noPassphrase(char *, int, int, void *)
{
    return -1;
}

BioPtr memBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return len > 0 ? QByteArray(data, len) : QByteArray();
}

QSslCertificate toQt(X509 *x509)
{
    unsigned char *der = nullptr;
    const int len = i2d_X509(x509, &der);
    if (len <= 0)
        return QSslCertificate();
    QSslCertificate cert(QByteArray(reinterpret_cast<const char *>(der), len), QSsl::Der);
    OPENSSL_free(der);
    return cert;
}

bool setError(QString *error, Pkcs12Error *code, Pkcs12Error c, const QString &message)
{
    if (error)
        *error = message;
    if (code)
        *code = c;
    return false;
}

} // namespace

bool ensureLegacyProvider()
{
    static std::once_flag once;
    static bool legacyLoaded = false;
    // Deliberately never unloaded (process lifetime), and kept here so that they stay reachable:
    // OpenSSL's own clean-up at exit drops its reference, ours keeps them, and LeakSanitizer
    // reported everything the legacy provider had allocated as leaked.
    static OSSL_PROVIDER *def = nullptr;
    static OSSL_PROVIDER *legacy = nullptr;
    std::call_once(once, [] {
        // Loading any provider explicitly switches off the implicit `default`: load both.
        def = OSSL_PROVIDER_load(nullptr, "default");
        legacy = OSSL_PROVIDER_load(nullptr, "legacy");
        legacyLoaded = legacy != nullptr;
        if (!def)
            qCWarning(lcAzure) << "OpenSSL: could not load the default provider";
        if (!legacy)
            qCWarning(lcAzure) << "OpenSSL: could not load the legacy provider; RC2-40 "
                                  "PKCS#12 files (real .publishsettings) will not import";
        drainErrors("provider load:");
    });
    return legacyLoaded;
}

std::optional<Pkcs12Contents> importPkcs12(const QByteArray &der, const QByteArray &password,
                                           QString *error, Pkcs12Error *code)
{
    ensureLegacyProvider();
    ERR_clear_error();
    if (code)
        *code = Pkcs12Error::None;

    if (der.isEmpty()) {
        setError(error, code, Pkcs12Error::NotPkcs12, Tr::tr("the certificate data is empty"));
        return std::nullopt;
    }

    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, long(der.size())));
    if (!p12) {
        drainErrors("d2i_PKCS12:");
        // A bare DER certificate (.cer) is a common mistake: name it.
        const auto *q = reinterpret_cast<const unsigned char *>(der.constData());
        X509Ptr bare(d2i_X509(nullptr, &q, long(der.size())));
        ERR_clear_error();
        if (bare) {
            setError(error, code, Pkcs12Error::NoPrivateKey,
                     Tr::tr("it is a bare certificate (.cer) without its private key, not a "
                            "PKCS#12 (.pfx) bundle"));
        } else {
            setError(error, code, Pkcs12Error::NotPkcs12,
                     Tr::tr("it is not a PKCS#12 (.pfx) bundle, or the bundle is damaged"));
        }
        return std::nullopt;
    }

    // Find the password that opens the integrity check. An empty password exists in two
    // encodings: zero-length (NULL) and the BMP-encoded empty string ("").
    const char *pass = nullptr;
    const QByteArray passCopy = password; // stable storage for the duration of the call
    if (PKCS12_mac_present(p12.get())) {
        bool ok = false;
        if (passCopy.isEmpty()) {
            if (PKCS12_verify_mac(p12.get(), nullptr, 0)) {
                ok = true;
            } else if (PKCS12_verify_mac(p12.get(), "", 0)) {
                pass = "";
                ok = true;
            }
        } else if (PKCS12_verify_mac(p12.get(), passCopy.constData(), int(passCopy.size()))) {
            pass = passCopy.constData();
            ok = true;
        }
        if (!ok) {
            drainErrors("PKCS12_verify_mac:");
            setError(error, code, Pkcs12Error::WrongPassword,
                     passCopy.isEmpty()
                         ? Tr::tr("it is protected by a password, or damaged (its integrity check "
                                  "fails with an empty password)")
                         : Tr::tr("the password is wrong, or the bundle is damaged (its integrity "
                                  "check fails)"));
            return std::nullopt;
        }
    } else if (!passCopy.isEmpty()) {
        pass = passCopy.constData();
    }

    EVP_PKEY *rawKey = nullptr;
    X509 *rawCert = nullptr;
    STACK_OF(X509) *rawCa = nullptr;
    // PKCS12_parse re-checks the MAC; with an empty password it tries NULL and "" itself.
    const int parsed = PKCS12_parse(p12.get(), pass, &rawKey, &rawCert, &rawCa);
    PkeyPtr key(rawKey);
    X509Ptr cert(rawCert);
    X509StackPtr ca(rawCa);
    if (!parsed) {
        const unsigned long e = drainErrors("PKCS12_parse:");
        const int reason = ERR_GET_REASON(e);
        if (reason == ERR_R_UNSUPPORTED || reason == EVP_R_UNSUPPORTED_ALGORITHM ||
            reason == EVP_R_UNSUPPORTED_CIPHER ||
            (ERR_GET_LIB(e) == ERR_LIB_EVP && reason == EVP_R_INITIALIZATION_ERROR)) {
            setError(error, code, Pkcs12Error::Unsupported,
                     Tr::tr("it uses an encryption algorithm this OpenSSL cannot provide (is the "
                            "OpenSSL 'legacy' provider installed?)"));
        } else if (ERR_GET_LIB(e) == ERR_LIB_PKCS12 || ERR_GET_LIB(e) == ERR_LIB_PROV) {
            setError(error, code, Pkcs12Error::WrongPassword,
                     Tr::tr("its contents cannot be decrypted: it is protected by a password, or "
                            "damaged"));
        } else {
            setError(error, code, Pkcs12Error::NotPkcs12,
                     Tr::tr("the PKCS#12 bundle is damaged and cannot be read"));
        }
        return std::nullopt;
    }
    ERR_clear_error();

    Pkcs12Contents out;
    const int caCount = ca ? sk_X509_num(ca.get()) : 0;
    for (int i = 0; i < caCount; ++i)
        out.caCertificates.append(toQt(sk_X509_value(ca.get(), i)));

    if (!key) {
        setError(error, code,
                 caCount > 0 || cert ? Pkcs12Error::NoPrivateKey : Pkcs12Error::NoCertificate,
                 caCount > 0 || cert
                     ? Tr::tr("it holds a certificate but not its private key (was it "
                              "exported as .cer, or without the key?)")
                     : Tr::tr("it holds neither a certificate nor a private key"));
        return std::nullopt;
    }
    if (!cert) {
        setError(error, code, caCount > 0 ? Pkcs12Error::KeyMismatch : Pkcs12Error::NoCertificate,
                 caCount > 0 ? Tr::tr("its private key does not belong to any of its certificates")
                             : Tr::tr("it holds a private key but no certificate"));
        return std::nullopt;
    }

    out.certificate = toQt(cert.get());
    if (out.certificate.isNull()) {
        setError(error, code, Pkcs12Error::Internal, Tr::tr("its certificate cannot be converted"));
        return std::nullopt;
    }

    QSsl::KeyAlgorithm algorithm;
    switch (EVP_PKEY_get_base_id(key.get())) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        algorithm = QSsl::Rsa;
        break;
    case EVP_PKEY_EC:
        algorithm = QSsl::Ec;
        break;
    case EVP_PKEY_DSA:
        algorithm = QSsl::Dsa;
        break;
    default:
        setError(error, code, Pkcs12Error::UnsupportedKey,
                 Tr::tr("its private key is of a type that cannot be used (only RSA and EC are "
                        "supported)"));
        return std::nullopt;
    }
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!keyBio || !PEM_write_bio_PKCS8PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0,
                                                  nullptr, nullptr)) {
        drainErrors("PEM_write_bio_PKCS8PrivateKey:");
        setError(error, code, Pkcs12Error::Internal, Tr::tr("its private key cannot be converted"));
        return std::nullopt;
    }
    QByteArray pem = bioContents(keyBio.get());
    out.privateKey = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
    // Do not leave a copy of the key in freed heap memory.
    pem.fill('\0');
    if (out.privateKey.isNull()) {
        setError(error, code, Pkcs12Error::UnsupportedKey,
                 Tr::tr("its private key cannot be used by the TLS backend"));
        return std::nullopt;
    }
    return out;
}

QByteArray exportPkcs12Legacy(const QByteArray &certPem, const QByteArray &keyPem,
                              const QString &friendlyName, QString *error)
{
    ensureLegacyProvider();
    ERR_clear_error();
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };

    BioPtr certBio = memBio(certPem);
    X509Ptr cert(certBio ? PEM_read_bio_X509(certBio.get(), nullptr, noPassphrase, nullptr)
                         : nullptr);
    if (!cert) {
        drainErrors("PEM_read_bio_X509:");
        return fail(Tr::tr("the certificate is not a PEM X.509 certificate"));
    }
    BioPtr keyBio = memBio(keyPem);
    PkeyPtr key(keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, noPassphrase, nullptr)
                       : nullptr);
    if (!key) {
        drainErrors("PEM_read_bio_PrivateKey:");
        return fail(Tr::tr("the private key is not an unencrypted PEM private key"));
    }
    if (X509_check_private_key(cert.get(), key.get()) != 1) {
        drainErrors("X509_check_private_key:");
        return fail(Tr::tr("the private key does not belong to the certificate"));
    }

    const QByteArray name = friendlyName.toUtf8();
    Pkcs12Ptr p12(PKCS12_create("", name.isEmpty() ? nullptr : name.constData(), key.get(),
                                cert.get(), nullptr, NID_pbe_WithSHA1And3_Key_TripleDES_CBC,
                                NID_pbe_WithSHA1And40BitRC2_CBC, 2000, -1, 0));
    // OpenSSL 3 would MAC with SHA-256; Windows uses SHA-1, one iteration, a 20-byte salt.
    if (p12 && !PKCS12_set_mac(p12.get(), "", -1, nullptr, 20, 1, EVP_sha1()))
        p12.reset();
    if (!p12) {
        const unsigned long e = drainErrors("PKCS12_create:");
        if (ERR_GET_REASON(e) == ERR_R_UNSUPPORTED ||
            ERR_GET_REASON(e) == EVP_R_UNSUPPORTED_ALGORITHM)
            return fail(
                Tr::tr("RC2-40 is not available (is the OpenSSL 'legacy' provider installed?)"));
        return fail(Tr::tr("OpenSSL could not create the PKCS#12 bundle"));
    }
    unsigned char *der = nullptr;
    const int len = i2d_PKCS12(p12.get(), &der);
    if (len <= 0) {
        drainErrors("i2d_PKCS12:");
        return fail(Tr::tr("OpenSSL could not encode the PKCS#12 bundle"));
    }
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out;
}

} // namespace dockervm::classic
