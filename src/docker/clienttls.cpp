#include "docker/clienttls.h"

#include "certs/x509.h"
#include "docker/probetexts.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslKey>
#include <QSslSocket>

#include <optional>

namespace dockervm::docker {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dockervm::docker::DockerProbe)
};

std::optional<QSslKey> readKey(const QByteArray &pem)
{
    for (QSsl::KeyAlgorithm alg : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, alg, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return std::nullopt;
}

bool readFile(const QString &path, QByteArray *data, QString *why)
{
    QFileInfo fi(path);
    if (!fi.exists()) {
        *why = Tr::tr("%1 does not exist").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *why = Tr::tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    *data = f.readAll();
    return true;
}

} // namespace

bool loadClientTls(const ProbeOptions &options, ClientTls *tls, QString *detail)
{
    using texts::certName;
    using texts::issuerName;
    if (options.host.trimmed().isEmpty()) {
        *detail = Tr::tr("No host name given.");
        return false;
    }
    const QString dir = options.certDir;
    const QString nativeDir = QDir::toNativeSeparators(dir);
    const bool verify = options.mode == ProbeOptions::Mode::Verify;
    const QString nextStep =
        options.certDirSetting.isEmpty()
            ? Tr::tr("Use the folder the VM's certificates were made in (--cert-dir), or make new "
                     "ones "
                     "with 'docker-vm certs create --host %1 --cert-dir %2'.")
                  .arg(options.host, nativeDir)
            : Tr::tr("Choose the folder the VM's certificates were made in (%3), or make new ones "
                     "in a "
                     "terminal with 'docker-vm certs create --host %1 --cert-dir %2'.")
                  .arg(options.host, nativeDir, options.certDirSetting);
    QStringList problems;
    QByteArray caPem, certPem, keyPem;
    QString why;
    QList<QSslCertificate> cas;
    if (verify) {
        if (!readFile(dir + QStringLiteral("/ca.pem"), &caPem, &why)) {
            problems << why;
        } else {
            cas = QSslCertificate::fromData(caPem, QSsl::Pem);
            if (cas.isEmpty())
                problems << Tr::tr("%1 holds no PEM certificate")
                                .arg(QDir::toNativeSeparators(dir + QStringLiteral("/ca.pem")));
        }
    }
    QSslCertificate clientCert;
    if (!readFile(dir + QStringLiteral("/cert.pem"), &certPem, &why)) {
        problems << why;
    } else {
        const auto certs = QSslCertificate::fromData(certPem, QSsl::Pem);
        if (certs.isEmpty())
            problems << Tr::tr("%1 holds no PEM certificate")
                            .arg(QDir::toNativeSeparators(dir + QStringLiteral("/cert.pem")));
        else
            clientCert = certs.first();
    }
    std::optional<QSslKey> key;
    if (!readFile(dir + QStringLiteral("/key.pem"), &keyPem, &why)) {
        problems << why;
    } else {
        key = readKey(keyPem);
        if (!key)
            problems << Tr::tr("%1 is not an unencrypted PEM private key (RSA or EC)")
                            .arg(QDir::toNativeSeparators(dir + QStringLiteral("/key.pem")));
    }
    if (problems.isEmpty()) {
        QString keyError;
        if (!certs::privateKeyMatchesCertificate(certPem, keyPem, &keyError))
            problems << Tr::tr("%1 does not belong to %2 (%3)")
                            .arg(QDir::toNativeSeparators(dir + QStringLiteral("/key.pem")),
                                 QDir::toNativeSeparators(dir + QStringLiteral("/cert.pem")),
                                 keyError);
    }
    if (!problems.isEmpty()) {
        *detail = Tr::tr("The Docker client certificates are not usable: %1. %2")
                      .arg(problems.join(QStringLiteral("; ")), nextStep);
        return false;
    }

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    if (verify) {
        // Our CA only: setCaCertificates() replaces the system store and turns off on-demand
        // loading of system roots, like docker's --tlscacert.
        ssl.setCaCertificates(cas);
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    } else {
        ssl.setCaCertificates({});
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    tls->withoutCertificate = ssl;
    ssl.setLocalCertificate(clientCert);
    ssl.setPrivateKey(*key);
    tls->withCertificate = ssl;
    tls->clientCertText =
        Tr::tr("%1, issued by %2").arg(certName(clientCert), issuerName(clientCert));
    tls->caText.clear();
    if (!cas.isEmpty()) {
        // Two CAs often share a name ("Test CA", "Docker CA"): the fingerprint tells them apart.
        const QByteArray fp = cas.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper();
        tls->caText =
            Tr::tr("%1, SHA-256 %2…").arg(certName(cas.first()), QString::fromLatin1(fp.left(23)));
    }

    QString text;
    if (verify)
        text = Tr::tr("ca.pem (%1), cert.pem (%2) and key.pem loaded from %3")
                   .arg(tls->caText, tls->clientCertText, nativeDir);
    else
        text =
            Tr::tr("cert.pem (%1) and key.pem loaded from %2; legacy mode: the server will not be "
                   "verified")
                .arg(tls->clientCertText, nativeDir);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (clientCert.expiryDate() < now)
        text += QLatin1String("; ") +
                Tr::tr("WARNING: cert.pem expired on %1, the daemon will refuse it")
                    .arg(texts::dateText(clientCert.expiryDate()));
    *detail = text;
    return true;
}

} // namespace dockervm::docker
