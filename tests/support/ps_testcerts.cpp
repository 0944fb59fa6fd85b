#include "ps_testcerts.h"

#include "common/opensslptr.h"

#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QTemporaryDir>
#include <QXmlStreamWriter>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

#include <map>
#include <memory>

namespace dockervm::testsupport {

namespace {

using BioPtr = std::unique_ptr<BIO, OpenSslFree<BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, OpenSslFree<X509_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslFree<EVP_PKEY_free>>;
using P12Ptr = std::unique_ptr<PKCS12, OpenSslFree<PKCS12_free>>;

QByteArray bioData(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(len));
}

PkeyPtr newKey(PsKeyKind kind)
{
    if (kind == PsKeyKind::EcP256)
        return PkeyPtr(EVP_EC_gen("P-256"));
    return PkeyPtr(EVP_RSA_gen(2048));
}

EVP_PKEY *cachedKey(PsKeyKind kind)
{
    static std::map<int, PkeyPtr> cache;
    auto &slot = cache[int(kind)];
    if (!slot)
        slot = newKey(kind);
    return slot.get();
}

} // namespace

PsKeyPair psSelfSigned(const QString &commonName, PsKeyKind kind, int startOffsetDays,
                       int validDays, bool freshKey)
{
    PkeyPtr fresh;
    EVP_PKEY *key = nullptr;
    if (freshKey) {
        fresh = newKey(kind);
        key = fresh.get();
    } else {
        key = cachedKey(kind);
    }
    X509Ptr x(X509_new());
    X509_set_version(x.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x.get()));
    BN_free(bn);
    const long start = long(startOffsetDays) * 86400L;
    X509_gmtime_adj(X509_getm_notBefore(x.get()), start);
    X509_gmtime_adj(X509_getm_notAfter(x.get()), start + long(validDays) * 86400L);
    X509_NAME *name = X509_get_subject_name(x.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(x.get(), name);
    X509_set_pubkey(x.get(), key);
    X509_sign(x.get(), key, EVP_sha256());

    PsKeyPair pair;
    BioPtr cb(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(cb.get(), x.get());
    pair.certPem = bioData(cb.get());
    BioPtr kb(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(kb.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    pair.keyPem = bioData(kb.get());
    return pair;
}

classic::Subscription psSubscription(const QString &id, const QString &name,
                                     const QString &endpoint, const PsKeyPair &pair)
{
    classic::Subscription s;
    s.id = id;
    s.name = name;
    s.managementEndpoint = QUrl(endpoint);
    s.cloud = classic::cloudForEndpoint(s.managementEndpoint);
    s.certificate = QSslCertificate(pair.certPem, QSsl::Pem);
    const bool ec = pair.keyPem.contains("EC ") ||
                    QSslKey(pair.keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey).isNull();
    s.privateKey = QSslKey(pair.keyPem, ec ? QSsl::Ec : QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    return s;
}

bool psRunOpenssl(const QStringList &args, QByteArray *out, const QByteArray &stdinData)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForStarted(30000)) {
        if (out)
            *out = "cannot start openssl: " + p.errorString().toUtf8();
        return false;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (out)
        *out = p.readAll();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QByteArray psOpensslPkcs12(const QString &dir, const PsKeyPair &pair, const QStringList &extraArgs,
                           const QString &password, QString *error)
{
    static int counter = 0;
    const QString base = dir + QStringLiteral("/p12-%1").arg(++counter);
    QFile cert(base + QStringLiteral(".crt"));
    QFile key(base + QStringLiteral(".key"));
    if (!cert.open(QIODevice::WriteOnly) || !key.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write temporary PEM files in ") + dir;
        return {};
    }
    cert.write(pair.certPem);
    cert.close();
    key.write(pair.keyPem);
    key.close();
    QStringList args{QStringLiteral("pkcs12"),   QStringLiteral("-export"),
                     QStringLiteral("-in"),      cert.fileName(),
                     QStringLiteral("-out"),     base + QStringLiteral(".p12"),
                     QStringLiteral("-passout"), QStringLiteral("pass:") + password};
    if (!extraArgs.contains(QStringLiteral("-nokeys")))
        args << QStringLiteral("-inkey") << key.fileName();
    args << extraArgs;
    QByteArray out;
    if (!psRunOpenssl(args, &out)) {
        if (error)
            *error = QStringLiteral("openssl %1 failed: %2")
                         .arg(args.join(QLatin1Char(' ')), QString::fromUtf8(out));
        return {};
    }
    QFile p12(base + QStringLiteral(".p12"));
    if (!p12.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("openssl wrote no file");
        return {};
    }
    return p12.readAll();
}

QByteArray psRawPkcs12(const QByteArray &certPem, const QByteArray &keyPem)
{
    STACK_OF(PKCS12_SAFEBAG) *bags = nullptr;
    if (!certPem.isEmpty()) {
        BioPtr b(BIO_new_mem_buf(certPem.constData(), int(certPem.size())));
        X509Ptr x(PEM_read_bio_X509(b.get(), nullptr, nullptr, nullptr));
        PKCS12_add_cert(&bags, x.get());
    }
    if (!keyPem.isEmpty()) {
        BioPtr b(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
        PkeyPtr k(PEM_read_bio_PrivateKey(b.get(), nullptr, nullptr, nullptr));
        PKCS12_add_key(&bags, k.get(), 0, 2048, NID_aes_256_cbc, "");
    }
    STACK_OF(PKCS7) *safes = nullptr;
    PKCS12_add_safe(&safes, bags, -1, 0, "");
    sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
    P12Ptr p12(PKCS12_add_safes(safes, 0));
    sk_PKCS7_pop_free(safes, PKCS7_free);
    PKCS12_set_mac(p12.get(), "", -1, nullptr, 0, 2048, EVP_sha256());
    unsigned char *der = nullptr;
    const int len = i2d_PKCS12(p12.get(), &der);
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out;
}

QByteArray psSchema1(const QString &url, const QString &certBase64, const QList<PsSub> &subs)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("PublishData"));
    w.writeStartElement(QStringLiteral("PublishProfile"));
    w.writeAttribute(QStringLiteral("PublishMethod"), QStringLiteral("AzureServiceManagementAPI"));
    if (!url.isEmpty())
        w.writeAttribute(QStringLiteral("Url"), url);
    if (!certBase64.isEmpty())
        w.writeAttribute(QStringLiteral("ManagementCertificate"), certBase64);
    for (const PsSub &s : subs) {
        w.writeStartElement(QStringLiteral("Subscription"));
        if (!s.id.isEmpty())
            w.writeAttribute(QStringLiteral("Id"), s.id);
        w.writeAttribute(QStringLiteral("Name"), s.name);
        if (!s.url.isEmpty())
            w.writeAttribute(QStringLiteral("ServiceManagementUrl"), s.url);
        if (!s.certificate.isEmpty())
            w.writeAttribute(QStringLiteral("ManagementCertificate"), s.certificate);
        w.writeEndElement();
    }
    w.writeEndDocument();
    return out;
}

QByteArray psSchema2(const QList<PsSub> &subs)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("PublishData"));
    w.writeStartElement(QStringLiteral("PublishProfile"));
    w.writeAttribute(QStringLiteral("SchemaVersion"), QStringLiteral("2.0"));
    w.writeAttribute(QStringLiteral("PublishMethod"), QStringLiteral("AzureServiceManagementAPI"));
    for (const PsSub &s : subs) {
        w.writeStartElement(QStringLiteral("Subscription"));
        if (!s.url.isEmpty())
            w.writeAttribute(QStringLiteral("ServiceManagementUrl"), s.url);
        if (!s.id.isEmpty())
            w.writeAttribute(QStringLiteral("Id"), s.id);
        w.writeAttribute(QStringLiteral("Name"), s.name);
        if (!s.certificate.isEmpty())
            w.writeAttribute(QStringLiteral("ManagementCertificate"), s.certificate);
        w.writeEndElement();
    }
    w.writeEndDocument();
    return out;
}

QString psLegacyBase64(const PsKeyPair &pair)
{
    QTemporaryDir dir;
    QString error;
    const QByteArray der =
        psOpensslPkcs12(dir.path(), pair, {QStringLiteral("-legacy")}, QString(), &error);
    if (der.isEmpty())
        qWarning("%s", qPrintable(error));
    return QString::fromLatin1(der.toBase64());
}

} // namespace dockervm::testsupport
