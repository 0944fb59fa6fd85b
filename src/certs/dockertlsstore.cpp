#include "certs/dockertlsstore.h"

#include "certs/certfolderlock.h"
#include "certs/dockertlsfiles.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <QScopeGuard>
#include <QThread>
#include <QThreadPool>
#include <QTime>

#include <algorithm>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace dockervm::certs {

using namespace tlsfiles;

namespace {

const QString kCa = caFileName();
const QString kCaKey = caKeyFileName();
const QString kClientCert = clientCertFileName();
const QString kClientKey = clientKeyFileName();
const QString kOrganization = QStringLiteral("Docker VM Wizard");

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dockervm::certs::DockerTlsStore)
};

// Writes data to path atomically (QSaveFile), owner-only before the first byte, never replacing.
bool writeOwnerOnly(const QString &path, const QByteArray &data, QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = Tr::tr("%1 appeared while the TLS files were being made; nothing was overwritten. "
                        "Run again to reuse it.")
                     .arg(native(path));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("Cannot create %1: %2").arg(native(path), file.errorString());
        return false;
    }
    if (!file.setPermissions(kOwnerOnlyFile)) {
        *error = Tr::tr("Cannot make %1 owner-only: %2").arg(native(path), file.errorString());
        file.cancelWriting();
        return false;
    }
#ifdef Q_OS_UNIX
    // The temporary file must be owner-only before any byte of a key goes in.
    struct stat st = {};
    if (fstat(file.handle(), &st) != 0 || (st.st_mode & 077) != 0) {
        *error = Tr::tr("Cannot make the temporary file for %1 owner-only; nothing was written.")
                     .arg(native(path));
        file.cancelWriting();
        return false;
    }
#endif
    if (file.write(data) != data.size()) {
        *error = Tr::tr("Cannot write %1: %2").arg(native(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = Tr::tr("Cannot save %1: %2").arg(native(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

// --- DockerTlsBundle ---

QByteArray DockerTlsBundle::classicPrivateConfigJson() const
{
    const QJsonObject o{
        {QStringLiteral("ca"), QString::fromLatin1(caPem.toBase64())},
        {QStringLiteral("server-cert"), QString::fromLatin1(serverCertPem.toBase64())},
        {QStringLiteral("server-key"), QString::fromLatin1(serverKeyPem.toBase64())},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray DockerTlsBundle::v1PrivateConfigJson() const
{
    const QJsonObject certs{
        {QStringLiteral("ca"), QString::fromLatin1(caPem.toBase64())},
        {QStringLiteral("cert"), QString::fromLatin1(serverCertPem.toBase64())},
        {QStringLiteral("key"), QString::fromLatin1(serverKeyPem.toBase64())},
    };
    return QJsonDocument(QJsonObject{{QStringLiteral("certs"), certs}})
        .toJson(QJsonDocument::Compact);
}

// --- DockerTlsStore ---

DockerTlsStore::DockerTlsStore(QString dir) : m_dir(std::move(dir)) {}

QString DockerTlsStore::defaultDirectory()
{
    return QDir(QDir::homePath()).filePath(QStringLiteral(".docker"));
}

QString DockerTlsStore::serverCertFileName(const QString &host)
{
    return host + serverCertSuffix();
}

QString DockerTlsStore::serverKeyFileName(const QString &host)
{
    return host + serverKeySuffix();
}

std::optional<QString> DockerTlsStore::normalizeHost(const QString &dnsName, QString *error)
{
    const QString host = dnsName.trimmed().toLower();
    const bool chars = std::all_of(host.cbegin(), host.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
               c == QLatin1Char('.');
    });
    if (host.isEmpty() || host.size() > 253 || !chars || host.startsWith(QLatin1Char('.')) ||
        host.startsWith(QLatin1Char('-')) || host.endsWith(QLatin1Char('.')) ||
        host.contains(QLatin1String(".."))) {
        if (error)
            *error =
                Tr::tr("'%1' is not a host name a certificate can carry: use letters, digits, '-' "
                       "and '.', e.g. myvm.cloudapp.net.")
                    .arg(dnsName);
        return std::nullopt;
    }
    return host;
}
DockerTlsReport DockerTlsStore::inspect(const QDateTime &now) const
{
    return DockerTlsInspector(m_dir).inspect(now);
}

DockerTlsResult
DockerTlsStore::ensureForHost(const QString &dnsName, const QList<QHostAddress> &ips,
                              const Options &options, const std::atomic<bool> *cancel,
                              const std::function<void(const QString &)> &progress) const
{
    DockerTlsResult result;
    auto host = normalizeHost(dnsName, &result.error);
    if (!host)
        return result;
    if (options.validityDays <= 0 || options.validityDays > 36500) {
        result.error = Tr::tr("The validity must be between 1 and 36500 days, not %1.")
                           .arg(options.validityDays);
        return result;
    }
    if (!ensureOwnerOnlyDir(m_dir, &result.error))
        return result;

    const QDir dir(m_dir);
    DockerTlsBundle &b = result.bundle;
    b.dir = m_dir;
    b.host = *host;
    b.caPath = dir.filePath(kCa);
    b.caKeyPath = dir.filePath(kCaKey);
    b.clientCertPath = dir.filePath(kClientCert);
    b.clientKeyPath = dir.filePath(kClientKey);
    b.serverCertPath = dir.filePath(serverCertFileName(*host));
    b.serverKeyPath = dir.filePath(serverKeyFileName(*host));

    // A host given as an address (e.g. 127.0.0.1 in tests) must also be an IP entry: clients
    // match addresses against IP entries only.
    QList<QHostAddress> allIps = ips;
    if (const QHostAddress asIp(*host); !asIp.isNull() && !allIps.contains(asIp))
        allIps.prepend(asIp);

    DockerTlsReport report = inspect();

    if (options.regenerate && !report.isEmpty()) {
        // A new CA invalidates every server certificate it signed, so the whole set moves.
        const QString stamp =
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString backupName = QStringLiteral("backup-") + stamp;
        for (int i = 2; dir.exists(backupName); ++i)
            backupName = QStringLiteral("backup-%1-%2").arg(stamp).arg(i);
        if (!dir.mkdir(backupName, kOwnerOnlyDir)) {
            result.error = Tr::tr("Cannot create the backup folder %1; nothing was changed.")
                               .arg(native(dir.filePath(backupName)));
            return result;
        }
        const QDir backup(dir.filePath(backupName));
        QList<DockerTlsFile> files{report.ca, report.caKey, report.clientCert, report.clientKey};
        for (const DockerTlsHost &h : std::as_const(report.hosts))
            files << h.cert << h.key;
        for (const DockerTlsFile &f : std::as_const(files)) {
            if (!f.exists)
                continue;
            if (!QFile::rename(f.path, backup.filePath(f.name))) {
                result.error = Tr::tr("Cannot move %1 to the backup folder %2; the files already "
                                      "moved are there. Move the rest by hand and run again.")
                                   .arg(native(f.path), native(backup.path()));
                return result;
            }
        }
        b.backupDir = backup.path();
        qCDebug(lcCerts) << "moved the old TLS files to" << backup.path();
        report = inspect();
    }

    // What can be reused, and what stops us.
    QList<DockerTlsProblem> blocking = report.sharedErrors();
    const bool haveCa = report.ca.exists && report.caKey.exists;
    const bool haveClient = report.clientCert.exists && report.clientKey.exists;
    const DockerTlsHost *existingHost = report.host(*host);
    const bool haveServer = existingHost && existingHost->cert.exists && existingHost->key.exists;
    blocking << report.errorsForHost(*host);
    if (haveServer && existingHost->cert.certificate) {
        QString missingName;
        if (!sanCovers(*existingHost->cert.certificate, *host, allIps, &missingName)) {
            DockerTlsProblem p;
            p.kind = DockerTlsProblem::Kind::NotValidForHost;
            p.path = existingHost->cert.path;
            p.host = *host;
            p.message =
                Tr::tr("%1 exists but does not cover %2. It is not replaced: move it and its "
                       "key away, or regenerate (the old files are then moved to a dated "
                       "backup folder).")
                    .arg(native(existingHost->cert.path), missingName);
            blocking << p;
        }
    }
    // A CA without its key is only in the way when something must be signed.
    if (haveClient && haveServer) {
        blocking.erase(std::remove_if(blocking.begin(), blocking.end(),
                                      [](const DockerTlsProblem &p) {
                                          return p.kind == DockerTlsProblem::Kind::CaWithoutKey;
                                      }),
                       blocking.end());
    }
    if (!blocking.isEmpty()) {
        result.problems = blocking;
        QStringList lines;
        for (const DockerTlsProblem &p : std::as_const(blocking))
            lines << QStringLiteral("  - ") + p.message;
        result.error = Tr::tr("The TLS files in %1 cannot be reused, and nothing was changed:\n%2")
                           .arg(native(m_dir), lines.join(QLatin1Char('\n')));
        qCDebug(lcCerts).noquote()
            << "TLS files in" << m_dir << "not reusable:" << blocking.size() << "problem(s)";
        return result;
    }

    // Read what is reused.
    QString error;
    QByteArray caKeyPem;
    if (haveCa) {
        auto ca = readFile(b.caPath, &error);
        auto key = readFile(b.caKeyPath, &error);
        if (!ca || !key) {
            result.error = Tr::tr("Cannot read the CA files in %1: %2").arg(native(m_dir), error);
            return result;
        }
        b.caPem = *ca;
        caKeyPem = *key;
        b.reusedCa = true;
    } else if (report.ca.exists) {
        // ca.pem without its key, but nothing needs signing (checked above).
        auto ca = readFile(b.caPath, &error);
        if (!ca) {
            result.error = Tr::tr("Cannot read %1: %2").arg(native(b.caPath), error);
            return result;
        }
        b.caPem = *ca;
        b.reusedCa = true;
    }
    if (haveClient) {
        auto cert = readFile(b.clientCertPath, &error);
        auto key = readFile(b.clientKeyPath, &error);
        if (!cert || !key) {
            result.error =
                Tr::tr("Cannot read the client files in %1: %2").arg(native(m_dir), error);
            return result;
        }
        b.clientCertPem = *cert;
        b.clientKeyPem = *key;
        b.reusedClient = true;
    }
    if (haveServer) {
        auto cert = readFile(b.serverCertPath, &error);
        auto key = readFile(b.serverKeyPath, &error);
        if (!cert || !key) {
            result.error = Tr::tr("Cannot read the server files for %1: %2").arg(*host, error);
            return result;
        }
        b.serverCertPem = *cert;
        b.serverKeyPem = *key;
        b.reusedServer = true;
    }

    // Make what is missing: all in memory first, then the files.
    auto cancelled = [&] {
        if (!isCancelled(cancel))
            return false;
        result.cancelled = true;
        result.error = Tr::tr("Cancelled while making the TLS files; nothing was written to %1.")
                           .arg(native(m_dir));
        caKeyPem.fill('\0');
        return true;
    };
    if (cancelled())
        return result;
    // The keys still missing, each on a thread of its own (RSA 4096 takes seconds each): the
    // certificates are then signed in order with them. Cancelling stops all three within
    // moments (OpenSSL's key generation callback).
    struct KeyJob
    {
        bool wanted = false;
        std::optional<QByteArray> pem;
        QString error;
    };
    KeyJob caKey, clientKey, serverKey;
    caKey.wanted = !b.reusedCa;
    clientKey.wanted = !b.reusedClient;
    serverKey.wanted = !b.reusedServer;
    // Say which keys are being made (an RSA 4096 key takes seconds, a bare spinner says nothing).
    QStringList making;
    if (caKey.wanted)
        making << Tr::tr("CA");
    if (clientKey.wanted)
        making << Tr::tr("client");
    if (serverKey.wanted)
        making << Tr::tr("server for %1").arg(*host);
    if (progress && !making.isEmpty())
        progress(Tr::tr("Making the TLS keys (%1)…").arg(making.join(QStringLiteral(", "))));
    {
        QThreadPool pool;
        pool.setMaxThreadCount(3);
        for (KeyJob *job : {&caKey, &clientKey, &serverKey}) {
            if (job->wanted)
                pool.start([job, keyType = options.keyType, cancel] {
                    job->pem = generatePrivateKeyPem(keyType, &job->error, cancel);
                });
        }
        pool.waitForDone(); // a worker thread's own join; never the GUI thread (DockerTlsJob)
    }
    if (cancelled())
        return result;
    for (const KeyJob *job : {&caKey, &clientKey, &serverKey}) {
        if (job->wanted && !job->pem) {
            result.error = Tr::tr("Cannot create the TLS keys: %1").arg(job->error);
            return result;
        }
    }
    const auto wipeKeys = qScopeGuard([&] {
        for (KeyJob *job : {&caKey, &clientKey, &serverKey}) {
            if (job->pem)
                job->pem->fill('\0');
        }
    });
    if (!b.reusedCa) {
        CertificateRequest req;
        req.usage = CertificateRequest::Usage::CertificateAuthority;
        req.commonName = QStringLiteral("Docker VM Wizard CA");
        req.organization = kOrganization;
        req.validityDays = options.validityDays;
        auto ca = createCertificateAuthority(req, options.keyType, &error, cancel, &*caKey.pem);
        if (cancelled())
            return result;
        if (!ca) {
            result.error = Tr::tr("Cannot create the CA: %1").arg(error);
            return result;
        }
        b.caPem = ca->certificatePem;
        caKeyPem = ca->privateKeyPem;
    }
    if (!b.reusedClient) {
        CertificateRequest req;
        req.usage = CertificateRequest::Usage::Client;
        req.commonName = QStringLiteral("client");
        req.organization = kOrganization;
        req.validityDays = options.validityDays;
        auto client = issueCertificate(req, options.keyType, b.caPem, caKeyPem, &error, cancel,
                                       &*clientKey.pem);
        if (cancelled())
            return result;
        if (!client) {
            result.error = Tr::tr("Cannot create the client certificate: %1").arg(error);
            return result;
        }
        b.clientCertPem = client->certificatePem;
        b.clientKeyPem = client->privateKeyPem;
    }
    if (!b.reusedServer) {
        CertificateRequest req;
        req.usage = CertificateRequest::Usage::Server;
        req.commonName = host->size() <= 64 ? *host : host->left(64);
        req.organization = kOrganization;
        req.dnsNames = {*host};
        req.ipAddresses = allIps;
        req.validityDays = options.validityDays;
        auto server = issueCertificate(req, options.keyType, b.caPem, caKeyPem, &error, cancel,
                                       &*serverKey.pem);
        if (cancelled())
            return result;
        if (!server) {
            result.error =
                Tr::tr("Cannot create the server certificate for %1: %2").arg(*host, error);
            return result;
        }
        b.serverCertPem = server->certificatePem;
        b.serverKeyPem = server->privateKeyPem;
    }
    struct Pending
    {
        QString path;
        const QByteArray *data;
    };
    QList<Pending> pending;
    if (!b.reusedCa) {
        // Key first: a ca.pem never exists without its key, even if writing stops half way.
        pending << Pending{b.caKeyPath, &caKeyPem} << Pending{b.caPath, &b.caPem};
    }
    if (!b.reusedClient)
        pending << Pending{b.clientKeyPath, &b.clientKeyPem}
                << Pending{b.clientCertPath, &b.clientCertPem};
    if (!b.reusedServer)
        pending << Pending{b.serverKeyPath, &b.serverKeyPem}
                << Pending{b.serverCertPath, &b.serverCertPem};
    // Past this point the call is not cancelled: writing takes milliseconds, and a half-written
    // set would only be harder to account for.
    for (const Pending &p : std::as_const(pending)) {
        if (!writeOwnerOnly(p.path, *p.data, &result.error)) {
            caKeyPem.fill('\0');
            return result;
        }
        result.written << DockerTlsWrittenFile{p.path, sha256Hex(*p.data)};
    }
    caKeyPem.fill('\0'); // the CA key is not part of the bundle
    qCDebug(lcCerts).noquote() << "TLS files for" << *host << "in" << m_dir << "- CA"
                               << (b.reusedCa ? "reused" : "created") << "- client"
                               << (b.reusedClient ? "reused" : "created") << "- server"
                               << (b.reusedServer ? "reused" : "created");
    result.ok = true;
    return result;
}

// --- DockerTlsJob ---

DockerTlsJob::DockerTlsJob(QString dir, QString dnsName, QList<QHostAddress> ips,
                           DockerTlsOptions options, QObject *parent)
    : QObject(parent), m_dir(std::move(dir)), m_dnsName(std::move(dnsName)), m_ips(std::move(ips)),
      m_options(options)
{
    qRegisterMetaType<DockerTlsResult>();
}

DockerTlsJob::~DockerTlsJob() = default; // a running worker completes; its result is dropped

void DockerTlsJob::cancel()
{
    m_cancel->store(true);
}

void DockerTlsJob::start()
{
    if (m_running)
        return;
    m_running = true;
    auto result = std::make_shared<DockerTlsResult>();
    // progress() from the worker: queued to a relay living on this thread. The worker keeps the
    // relay alive (deleteLater from any thread is safe); the job itself may be gone by then.
    std::shared_ptr<QObject> relay(new QObject, [](QObject *o) { o->deleteLater(); });
    const QPointer<DockerTlsJob> self(this);
    auto report = [relay, self](const QString &text) {
        QMetaObject::invokeMethod(
            relay.get(),
            [self, text] {
                if (self && self->m_running)
                    emit self->progress(text);
            },
            Qt::QueuedConnection);
    };
    QThread *thread = QThread::create([result, dir = m_dir, dns = m_dnsName, ips = m_ips,
                                       options = m_options, cancel = m_cancel,
                                       takeLock = m_takeLock, lockWaitMs = m_lockWaitMs, report] {
        std::unique_ptr<CertFolderLock> lock;
        // Bad input is refused before the folder (and its lock file) is made.
        if (takeLock && DockerTlsStore::normalizeHost(dns, nullptr)) {
            if (!ensureOwnerOnlyDir(dir, &result->error))
                return;
            lock = std::make_unique<CertFolderLock>(dir);
            QDeadlineTimer deadline(lockWaitMs);
            bool said = false;
            const QString since = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
            while (!lock->tryLock(100)) {
                if (!lock->heldByOther()) {
                    result->error = lock->errorString();
                    return;
                }
                if (!said) {
                    said = true;
                    report(Tr::tr("Waiting since %1 for the certificate folder %2, in use by %3…")
                               .arg(since, native(dir), lock->holder()));
                }
                if (cancel->load() || deadline.hasExpired()) {
                    result->cancelled = cancel->load();
                    result->error =
                        Tr::tr("The certificate folder %1 is in use by %2; nothing was changed. "
                               "Try again when that run has finished.")
                            .arg(native(dir), lock->holder());
                    return;
                }
            }
        }
        *result = DockerTlsStore(dir).ensureForHost(dns, ips, options, cancel.get(), report);
    });
    thread->setObjectName(QStringLiteral("DockerTlsJob"));
    // QThread::finished comes from the worker; the context object `this` queues the slot to the
    // job's own thread, and drops it if the job is gone.
    connect(thread, &QThread::finished, this, [this, result] {
        m_running = false;
        emit finished(*result);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace dockervm::certs
