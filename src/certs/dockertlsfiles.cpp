#include "certs/dockertlsfiles.h"

#include "certs/x509.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace dockervm::certs::tlsfiles {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dockervm::certs::DockerTlsStore)
};
} // namespace

QString caFileName()
{
    return QStringLiteral("ca.pem");
}
QString caKeyFileName()
{
    return QStringLiteral("ca-key.pem");
}
QString clientCertFileName()
{
    return QStringLiteral("cert.pem");
}
QString clientKeyFileName()
{
    return QStringLiteral("key.pem");
}
QString serverCertSuffix()
{
    return QStringLiteral("-server-cert.pem");
}
QString serverKeySuffix()
{
    return QStringLiteral("-server-key.pem");
}
QString lockFileName()
{
    return QStringLiteral(".docker-vm.lock");
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return std::nullopt;
    }
    return f.readAll();
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

std::optional<QByteArray> fileSha256(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return std::nullopt;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return std::nullopt;
    return hash.result().toHex();
}

bool sanCovers(const CertificateInfo &info, const QString &host, const QList<QHostAddress> &ips,
               QString *missing)
{
    const bool dnsOk =
        std::any_of(info.dnsNames.cbegin(), info.dnsNames.cend(),
                    [&](const QString &n) { return n.compare(host, Qt::CaseInsensitive) == 0; });
    if (!dnsOk) {
        *missing = QStringLiteral("DNS:") + host;
        return false;
    }
    for (const QHostAddress &ip : ips) {
        if (!info.ipAddresses.contains(ip)) {
            *missing = QStringLiteral("IP:") + ip.toString();
            return false;
        }
    }
    return true;
}

bool ensureOwnerOnlyDir(const QString &path, QString *error, bool *created)
{
    if (created)
        *created = false;
    const QFileInfo fi(path);
    if (fi.exists()) {
        if (!fi.isDir()) {
            *error = Tr::tr("%1 exists and is not a folder; choose another certificate folder.")
                         .arg(native(path));
            return false;
        }
        return true; // an existing folder (e.g. ~/.docker with config.json) is left as it is
    }
    const QString absolute = fi.absoluteFilePath();
    const QFileInfo abs(absolute);
    if (!QDir().mkpath(abs.absolutePath()) ||
        !QDir(abs.absolutePath()).mkdir(abs.fileName(), kOwnerOnlyDir)) {
        // Another run may have made it between the check above and mkdir: then it is theirs.
        if (QFileInfo(absolute).isDir())
            return true;
        *error = Tr::tr("Cannot create the folder %1; check that its parent is writable.")
                     .arg(native(path));
        return false;
    }
    QFile::setPermissions(absolute, kOwnerOnlyDir); // in case the umask removed bits we keep
    if (created)
        *created = true;
    return true;
}

} // namespace dockervm::certs::tlsfiles
