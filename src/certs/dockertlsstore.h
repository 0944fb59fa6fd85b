#pragma once

#include "certs/dockertlsreport.h"
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

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace dockervm::certs {

// Makes and writes Docker TLS files (layout in dockertlsreport.h). Generation runs on worker
// threads (DockerTlsJob); every file is written owner-only before its first byte, never over an
// existing one, and reported with its SHA-256 so a run can later prove which files are its own.

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

// A file this call wrote itself, with the SHA-256 (lower-case hex) of exactly what it wrote. A
// reused file is never listed: it is someone else's, and no rollback may remove it.
struct DockerTlsWrittenFile
{
    QString path;
    QByteArray sha256;
};

struct DockerTlsResult
{
    bool ok = false;
    bool cancelled = false; // stopped by the cancel flag; nothing was written then
    DockerTlsBundle bundle;
    QString error; // translated; lists the problems and the next step
    QList<DockerTlsProblem> problems;
    // In the order written (key before certificate). Also filled when writing stopped half way.
    QList<DockerTlsWrittenFile> written;
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
    // key): the GUI uses DockerTlsJob. When *cancel becomes true, key generation stops within
    // moments and the result is cancelled, with nothing written.
    // `progress` (if set) is called, on the calling thread, before each key is made with what
    // it is making: "Making the CA key (1 of 3)", "… the client key (2 of 3)", "… the server key
    // for myvm.cloudapp.net (3 of 3)" (a RSA 4096 key takes seconds).
    DockerTlsResult ensureForHost(const QString &dnsName, const QList<QHostAddress> &ips,
                                  const Options &options = {},
                                  const std::atomic<bool> *cancel = nullptr,
                                  const std::function<void(const QString &)> &progress = {}) const;

private:
    QString m_dir;
};

// Runs DockerTlsStore::ensureForHost on a worker thread and emits finished() on the thread that
// owns the job. cancel() stops key generation within moments (finished() then carries a cancelled
// result). Deleting the job while it runs is safe: the work completes, the result is dropped.
// By default the worker holds the folder's CertFolderLock while it works (waiting for another
// holder up to lockWaitMs, then refusing); a caller that holds the lock itself turns that off.
class DockerTlsJob : public QObject
{
    Q_OBJECT
public:
    DockerTlsJob(QString dir, QString dnsName, QList<QHostAddress> ips,
                 DockerTlsOptions options = {}, QObject *parent = nullptr);

    ~DockerTlsJob() override;

    void setTakeFolderLock(bool take) { m_takeLock = take; }
    void setLockWaitMs(int ms) { m_lockWaitMs = ms; }
    void start();
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    // On the job's thread, while it runs: which key is being made ("Making the client key (2 of
    // 3)…"), or what it waits for ("Waiting since 17:55:03 for the certificate folder, in use
    // by …").
    void progress(const QString &text);
    void finished(const dockervm::certs::DockerTlsResult &result);

private:
    QString m_dir;
    QString m_dnsName;
    QList<QHostAddress> m_ips;
    DockerTlsOptions m_options;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    bool m_takeLock = true;
    int m_lockWaitMs = 30000;
    bool m_running = false;
};

} // namespace dockervm::certs

Q_DECLARE_METATYPE(dockervm::certs::DockerTlsResult)
