#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace dockervm::certs {

struct CertificateInfo;

// The layout of a Docker TLS folder and the small helpers that reading it (DockerTlsInspector)
// and writing it (DockerTlsStore) share.
namespace tlsfiles {

QString caFileName();         // "ca.pem"
QString caKeyFileName();      // "ca-key.pem"
QString clientCertFileName(); // "cert.pem"
QString clientKeyFileName();  // "key.pem"
QString serverCertSuffix();   // "-server-cert.pem"
QString serverKeySuffix();    // "-server-key.pem"
QString lockFileName();       // ".docker-vm.lock", see CertFolderLock

constexpr QFileDevice::Permissions kOwnerOnlyFile =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kGroupOrOther =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
    QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

QString native(const QString &path);
std::optional<QByteArray> readFile(const QString &path, QString *error);

// SHA-256 of the bytes as lower-case hex: the fingerprint a run journals for a file it wrote.
QByteArray sha256Hex(const QByteArray &data);
// The fingerprint of a regular file's content; nullopt when it is missing or unreadable.
std::optional<QByteArray> fileSha256(const QString &path);

// True when the certificate names host (DNS) and every ip; else *missing says what it lacks.
bool sanCovers(const CertificateInfo &info, const QString &host, const QList<QHostAddress> &ips,
               QString *missing);

// Creates the folder owner-only (0700) when it does not exist; *created tells whether it did.
// An existing folder is left as it is. False with a translated *error.
bool ensureOwnerOnlyDir(const QString &path, QString *error, bool *created = nullptr);

} // namespace tlsfiles
} // namespace dockervm::certs
