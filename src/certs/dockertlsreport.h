#pragma once

#include "certs/x509.h"

#include <QDateTime>
#include <QFileDevice>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dockervm::certs {

// The Docker TLS folder (default ~/.docker, as in the article), laid out as Docker's guide names
// the files and with one server pair per host so several VMs share one CA and client:
//   ca.pem, ca-key.pem            the CA that signs everything
//   cert.pem, key.pem             the client certificate (EKU clientAuth) that docker --tlsverify
//   uses <host>-server-cert.pem        the server certificate of one VM (EKU serverAuth, SAN DNS +
//   IPs) <host>-server-key.pem         and its key; both go to the VM through the Docker extension
// Every file and the folder are owner-only (0600 / 0700): the keys must be, and certificates are
// kept the same way so the folder never leaks which hosts the user runs; nothing needs another
// user to read them (docker runs as the user). Nothing existing is ever overwritten.

struct DockerTlsProblem
{
    enum class Kind {
        MissingFile,     // one file of a pair (or ca.pem next to client/server files) is missing
        Unreadable,      // cannot be opened/read
        NotACertificate, // not a PEM certificate
        NotAPrivateKey,  // not an unencrypted PEM private key
        KeyMismatch,     // the key is not the certificate's key
        Expired,
        NotYetValid,
        NotSignedByCa,      // client/server certificate not issued by ca.pem
        CaWithoutKey,       // ca.pem without ca-key.pem: cannot issue server certificates
        NotACa,             // ca.pem lacks basicConstraints CA:TRUE
        WrongUsage,         // EKU present but without clientAuth / serverAuth
        NotValidForHost,    // server certificate does not name the host (or a requested IP)
        PermissionsTooOpen, // a key file readable by group or others (warning)
    };
    enum class Severity { Error, Warning };
    Kind kind = Kind::MissingFile;
    Severity severity = Severity::Error;
    QString path;    // the file concerned
    QString host;    // for <host>-server-*.pem problems
    QString message; // translated, names the file, the cause and the next step

    static QString kindId(Kind kind); // "missing-file", "key-mismatch", ...
};

struct DockerTlsFile
{
    QString name; // "ca.pem", "myvm.cloudapp.net-server-key.pem"
    QString path;
    bool exists = false;
    QFileDevice::Permissions permissions;
    std::optional<CertificateInfo> certificate; // certificate files that parse
};

struct DockerTlsHost
{
    QString host; // the DNS name the file names carry
    DockerTlsFile cert;
    DockerTlsFile key;
};

struct DockerTlsReport
{
    QString dir;
    bool dirExists = false;
    DockerTlsFile ca, caKey, clientCert, clientKey;
    QList<DockerTlsHost> hosts; // sorted by host
    QList<DockerTlsProblem> problems;

    bool isEmpty() const; // no TLS file at all
    bool hasErrors() const;
    // Problems of the CA and the client pair (the parts shared by every host), errors only.
    QList<DockerTlsProblem> sharedErrors() const;
    QList<DockerTlsProblem> errorsForHost(const QString &host) const;
    const DockerTlsHost *host(const QString &host) const;
    QJsonObject toJson() const;
};

// Reads a Docker TLS folder and reports what exists and what is wrong with it. Reads only: never
// creates, writes or removes anything (that is DockerTlsStore's part).
class DockerTlsInspector
{
public:
    explicit DockerTlsInspector(QString dir) : m_dir(std::move(dir)) {}
    DockerTlsReport inspect(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

private:
    QString m_dir;
};

} // namespace dockervm::certs
