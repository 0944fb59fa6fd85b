#pragma once

#include "certs/x509.h"

#include <QByteArray>
#include <QDateTime>
#include <QFileDevice>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
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

struct DockerTlsBundle
{
    QString dir;
    QString host;
    QByteArray caPem, serverCertPem, serverKeyPem, clientCertPem, clientKeyPem;
    QString caPath, caKeyPath, serverCertPath, serverKeyPath, clientCertPath, clientKeyPath;
    bool reusedCa = false;
    bool reusedClient = false;
    bool reusedServer = false;
    QString backupDir; // set when regenerate moved old files away

    // Private configuration of the Docker VM extension (values base64 of the PEM files).
    // Classic 0.x (MSOpenTech.Extensions): {"ca","server-cert","server-key"}.
    QByteArray classicPrivateConfigJson() const;
    // 1.x (Microsoft.Azure.Extensions): {"certs":{"ca","cert","key"}} (server cert and key).
    QByteArray v1PrivateConfigJson() const;
};

struct DockerTlsOptions
{
    KeyType keyType = KeyType::Rsa4096; // Docker's guide uses RSA 4096
    int validityDays = 365;
    bool regenerate = false; // move existing files to backup-<date>/ and make a new set
};

struct DockerTlsResult
{
    bool ok = false;
    DockerTlsBundle bundle;
    QString error; // translated; lists the problems and the next step
    QList<DockerTlsProblem> problems;
};

class DockerTlsStore
{
public:
    using Options = DockerTlsOptions;

    explicit DockerTlsStore(QString dir = defaultDirectory());
    static QString defaultDirectory(); // ~/.docker

    QString directory() const { return m_dir; }
    static QString serverCertFileName(const QString &host); // "<host>-server-cert.pem"
    static QString serverKeyFileName(const QString &host);  // "<host>-server-key.pem"
    // Lower-cased host name when it can name a certificate and a file; nullopt with *error.
    static std::optional<QString> normalizeHost(const QString &dnsName, QString *error);

    // What exists in the folder and what is wrong with it. Reads only.
    DockerTlsReport inspect(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // The CA, client and a server pair for dnsName (SAN DNS:<dnsName> + ips), reusing what exists
    // and is valid, creating what is missing, never overwriting. Blocks (RSA 4096 takes ~1 s per
    // key): the GUI uses DockerTlsJob.
    DockerTlsResult ensureForHost(const QString &dnsName, const QList<QHostAddress> &ips,
                                  const Options &options = {}) const;

private:
    QString m_dir;
};

// Runs DockerTlsStore::ensureForHost on a worker thread and emits finished() on the thread that
// owns the job. Deleting the job while it runs is safe: the work completes, the result is dropped.
class DockerTlsJob : public QObject
{
    Q_OBJECT
public:
    DockerTlsJob(QString dir, QString dnsName, QList<QHostAddress> ips,
                 DockerTlsOptions options = {}, QObject *parent = nullptr);

    void start();
    bool isRunning() const { return m_running; }

signals:
    void finished(const dockervm::certs::DockerTlsResult &result);

private:
    QString m_dir;
    QString m_dnsName;
    QList<QHostAddress> m_ips;
    DockerTlsOptions m_options;
    bool m_running = false;
};

} // namespace dockervm::certs

Q_DECLARE_METATYPE(dockervm::certs::DockerTlsResult)
