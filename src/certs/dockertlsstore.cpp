#include "certs/dockertlsstore.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <QThread>

#include <algorithm>
#include <map>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace dockervm::certs {

namespace {

const QString kCa = QStringLiteral("ca.pem");
const QString kCaKey = QStringLiteral("ca-key.pem");
const QString kClientCert = QStringLiteral("cert.pem");
const QString kClientKey = QStringLiteral("key.pem");
const QString kServerCertSuffix = QStringLiteral("-server-cert.pem");
const QString kServerKeySuffix = QStringLiteral("-server-key.pem");
const QString kOrganization = QStringLiteral("Docker VM Wizard");

constexpr QFileDevice::Permissions kOwnerOnlyFile =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kGroupOrOther =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
    QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

QString tr(const char *text)
{
    return QCoreApplication::translate("dockervm::certs::DockerTlsStore", text);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The advice appended to problems that only regeneration (or the user) can fix.
QString regenerateHint()
{
    return tr("Restore the right file, move the folder's files away, or regenerate (the old "
              "files are then moved to a dated backup folder).");
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

DockerTlsFile fileEntry(const QDir &dir, const QString &name)
{
    DockerTlsFile f;
    f.name = name;
    f.path = dir.filePath(name);
    const QFileInfo fi(f.path);
    f.exists = fi.exists() && fi.isFile();
    if (f.exists)
        f.permissions = fi.permissions();
    return f;
}

struct Checker
{
    DockerTlsReport &report;
    QDateTime now;

    void add(DockerTlsProblem::Kind kind, const QString &path, const QString &message,
             const QString &host = QString(),
             DockerTlsProblem::Severity severity = DockerTlsProblem::Severity::Error)
    {
        DockerTlsProblem p;
        p.kind = kind;
        p.severity = severity;
        p.path = path;
        p.host = host;
        p.message = message;
        report.problems << p;
    }

    // Reads and parses a certificate file; reports what fails. Returns the PEM when it parses.
    std::optional<QByteArray> certificate(DockerTlsFile &f, const QString &host = QString())
    {
        QString error;
        auto pem = readFile(f.path, &error);
        if (!pem) {
            add(DockerTlsProblem::Kind::Unreadable, f.path,
                tr("%1 cannot be read: %2. Check its permissions.").arg(native(f.path), error),
                host);
            return std::nullopt;
        }
        auto info = inspectCertificate(*pem, &error);
        if (!info) {
            add(DockerTlsProblem::Kind::NotACertificate, f.path,
                tr("%1 is not a PEM certificate (%2). %3")
                    .arg(native(f.path), error, regenerateHint()),
                host);
            return std::nullopt;
        }
        f.certificate = info;
        if (info->isExpiredAt(now)) {
            add(DockerTlsProblem::Kind::Expired, f.path,
                tr("%1 expired on %2. %3")
                    .arg(native(f.path), info->notAfter.toString(Qt::ISODate), regenerateHint()),
                host);
        } else if (info->isNotYetValidAt(now)) {
            add(DockerTlsProblem::Kind::NotYetValid, f.path,
                tr("%1 is not valid before %2; check this computer's clock.")
                    .arg(native(f.path), info->notBefore.toString(Qt::ISODate)),
                host);
        }
        return pem;
    }

    void keyPermissions(const DockerTlsFile &key, const QString &host = QString())
    {
#ifdef Q_OS_UNIX
        if (key.exists && (key.permissions & kGroupOrOther)) {
            add(DockerTlsProblem::Kind::PermissionsTooOpen, key.path,
                tr("%1 is readable by other users; make it owner-only (chmod 600 %1).")
                    .arg(native(key.path)),
                host, DockerTlsProblem::Severity::Warning);
        }
#else
        Q_UNUSED(key);
        Q_UNUSED(host);
#endif
    }

    // Checks that the key file holds the certificate's key.
    void keyMatches(const DockerTlsFile &key, const QByteArray &certPem, const QString &certPath,
                    const QString &host = QString())
    {
        QString error;
        auto keyPem = readFile(key.path, &error);
        if (!keyPem) {
            add(DockerTlsProblem::Kind::Unreadable, key.path,
                tr("%1 cannot be read: %2. Check its permissions.").arg(native(key.path), error),
                host);
            return;
        }
        if (privateKeyMatchesCertificate(certPem, *keyPem, &error))
            return;
        if (error.contains(QLatin1String("does not belong"))) {
            add(DockerTlsProblem::Kind::KeyMismatch, key.path,
                tr("%1 is not the private key of %2 (they come from different pairs). %3")
                    .arg(native(key.path), native(certPath), regenerateHint()),
                host);
        } else {
            add(DockerTlsProblem::Kind::NotAPrivateKey, key.path,
                tr("%1 is not an unencrypted PEM private key (%2). %3")
                    .arg(native(key.path), error, regenerateHint()),
                host);
        }
    }

    void signedByCa(const DockerTlsFile &f, const QByteArray &pem,
                    const std::optional<QByteArray> &caPem, const QString &host = QString())
    {
        if (!caPem)
            return;
        QString error;
        if (!isIssuedBy(pem, *caPem, &error)) {
            add(DockerTlsProblem::Kind::NotSignedByCa, f.path,
                tr("%1 was not signed by the CA in %2 (%3); docker would refuse it. %4")
                    .arg(native(f.path), native(report.ca.path), error, regenerateHint()),
                host);
        }
    }

    void missing(const DockerTlsFile &f, const QString &because, const QString &host = QString())
    {
        add(DockerTlsProblem::Kind::MissingFile, f.path,
            tr("%1 is missing, but %2 exists. Restore it, or regenerate (the old files are then "
               "moved to a dated backup folder).")
                .arg(native(f.path), native(because)),
            host);
    }
};

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

// Writes data to path atomically (QSaveFile), owner-only before the first byte, never replacing.
bool writeOwnerOnly(const QString &path, const QByteArray &data, QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = tr("%1 appeared while the TLS files were being made; nothing was overwritten. "
                    "Run again to reuse it.")
                     .arg(native(path));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot create %1: %2").arg(native(path), file.errorString());
        return false;
    }
    if (!file.setPermissions(kOwnerOnlyFile)) {
        *error = tr("Cannot make %1 owner-only: %2").arg(native(path), file.errorString());
        file.cancelWriting();
        return false;
    }
#ifdef Q_OS_UNIX
    // The temporary file must be owner-only before any byte of a key goes in.
    struct stat st = {};
    if (fstat(file.handle(), &st) != 0 || (st.st_mode & 077) != 0) {
        *error = tr("Cannot make the temporary file for %1 owner-only; nothing was written.")
                     .arg(native(path));
        file.cancelWriting();
        return false;
    }
#endif
    if (file.write(data) != data.size()) {
        *error = tr("Cannot write %1: %2").arg(native(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("Cannot save %1: %2").arg(native(path), file.errorString());
        return false;
    }
    return true;
}

bool ensureOwnerOnlyDir(const QString &path, QString *error)
{
    const QFileInfo fi(path);
    if (fi.exists()) {
        if (!fi.isDir()) {
            *error = tr("%1 exists and is not a folder; choose another certificate folder.")
                         .arg(native(path));
            return false;
        }
        return true; // an existing folder (e.g. ~/.docker with config.json) is left as it is
    }
    const QString absolute = fi.absoluteFilePath();
    const QFileInfo abs(absolute);
    if (!QDir().mkpath(abs.absolutePath()) ||
        !QDir(abs.absolutePath()).mkdir(abs.fileName(), kOwnerOnlyDir)) {
        *error =
            tr("Cannot create the folder %1; check that its parent is writable.").arg(native(path));
        return false;
    }
    QFile::setPermissions(absolute, kOwnerOnlyDir); // in case the umask removed bits we keep
    return true;
}

QString severityId(DockerTlsProblem::Severity s)
{
    return s == DockerTlsProblem::Severity::Error ? QStringLiteral("error")
                                                  : QStringLiteral("warning");
}

// QFileDevice::Permissions as POSIX octal, e.g. "0600" (Qt's owner bits stand for the user here).
QString permissionsOctal(QFileDevice::Permissions p)
{
    const int bits = int(p);
    const int octal = (((bits >> 12) & 7) << 6) | (((bits >> 4) & 7) << 3) | (bits & 7);
    return QString::number(octal, 8).rightJustified(4, QLatin1Char('0'));
}

QJsonObject fileJson(const DockerTlsFile &f)
{
    QJsonObject o{{QStringLiteral("name"), f.name},
                  {QStringLiteral("path"), native(f.path)},
                  {QStringLiteral("exists"), f.exists}};
    if (f.exists)
        o.insert(QStringLiteral("mode"), permissionsOctal(f.permissions));
    if (f.certificate) {
        const CertificateInfo &c = *f.certificate;
        o.insert(QStringLiteral("subject"), c.commonName);
        o.insert(QStringLiteral("issuer"), c.issuerCommonName);
        o.insert(QStringLiteral("notBefore"), c.notBefore.toString(Qt::ISODate));
        o.insert(QStringLiteral("notAfter"), c.notAfter.toString(Qt::ISODate));
        o.insert(QStringLiteral("key"), c.keyDescription);
        o.insert(QStringLiteral("serial"), QString::fromLatin1(c.serialHex));
        o.insert(QStringLiteral("sha256"), QString::fromLatin1(c.sha256Fingerprint));
        if (!c.dnsNames.isEmpty())
            o.insert(QStringLiteral("dnsNames"), QJsonArray::fromStringList(c.dnsNames));
        if (!c.ipAddresses.isEmpty()) {
            QJsonArray ips;
            for (const QHostAddress &ip : c.ipAddresses)
                ips.append(ip.toString());
            o.insert(QStringLiteral("ipAddresses"), ips);
        }
    }
    return o;
}

} // namespace

// --- DockerTlsProblem ---

QString DockerTlsProblem::kindId(Kind kind)
{
    switch (kind) {
    case Kind::MissingFile:
        return QStringLiteral("missing-file");
    case Kind::Unreadable:
        return QStringLiteral("unreadable");
    case Kind::NotACertificate:
        return QStringLiteral("not-a-certificate");
    case Kind::NotAPrivateKey:
        return QStringLiteral("not-a-private-key");
    case Kind::KeyMismatch:
        return QStringLiteral("key-mismatch");
    case Kind::Expired:
        return QStringLiteral("expired");
    case Kind::NotYetValid:
        return QStringLiteral("not-yet-valid");
    case Kind::NotSignedByCa:
        return QStringLiteral("not-signed-by-ca");
    case Kind::CaWithoutKey:
        return QStringLiteral("ca-without-key");
    case Kind::NotACa:
        return QStringLiteral("not-a-ca");
    case Kind::WrongUsage:
        return QStringLiteral("wrong-usage");
    case Kind::NotValidForHost:
        return QStringLiteral("not-valid-for-host");
    case Kind::PermissionsTooOpen:
        return QStringLiteral("permissions-too-open");
    }
    return {};
}

// --- DockerTlsReport ---

bool DockerTlsReport::isEmpty() const
{
    return !ca.exists && !caKey.exists && !clientCert.exists && !clientKey.exists &&
           hosts.isEmpty();
}

bool DockerTlsReport::hasErrors() const
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const DockerTlsProblem &p) {
        return p.severity == DockerTlsProblem::Severity::Error;
    });
}

QList<DockerTlsProblem> DockerTlsReport::sharedErrors() const
{
    QList<DockerTlsProblem> out;
    for (const DockerTlsProblem &p : problems) {
        if (p.severity == DockerTlsProblem::Severity::Error && p.host.isEmpty())
            out << p;
    }
    return out;
}

QList<DockerTlsProblem> DockerTlsReport::errorsForHost(const QString &name) const
{
    QList<DockerTlsProblem> out;
    for (const DockerTlsProblem &p : problems) {
        if (p.severity == DockerTlsProblem::Severity::Error &&
            p.host.compare(name, Qt::CaseInsensitive) == 0 && !p.host.isEmpty())
            out << p;
    }
    return out;
}

const DockerTlsHost *DockerTlsReport::host(const QString &name) const
{
    for (const DockerTlsHost &h : hosts) {
        if (h.host.compare(name, Qt::CaseInsensitive) == 0)
            return &h;
    }
    return nullptr;
}

QJsonObject DockerTlsReport::toJson() const
{
    QJsonArray hostArray;
    for (const DockerTlsHost &h : hosts) {
        hostArray.append(QJsonObject{{QStringLiteral("host"), h.host},
                                     {QStringLiteral("cert"), fileJson(h.cert)},
                                     {QStringLiteral("key"), fileJson(h.key)}});
    }
    QJsonArray problemArray;
    for (const DockerTlsProblem &p : problems) {
        QJsonObject o{{QStringLiteral("kind"), DockerTlsProblem::kindId(p.kind)},
                      {QStringLiteral("severity"), severityId(p.severity)},
                      {QStringLiteral("path"), native(p.path)},
                      {QStringLiteral("message"), p.message}};
        if (!p.host.isEmpty())
            o.insert(QStringLiteral("host"), p.host);
        problemArray.append(o);
    }
    return QJsonObject{
        {QStringLiteral("dir"), native(dir)},
        {QStringLiteral("exists"), dirExists},
        {QStringLiteral("ca"), fileJson(ca)},
        {QStringLiteral("caKey"), fileJson(caKey)},
        {QStringLiteral("clientCert"), fileJson(clientCert)},
        {QStringLiteral("clientKey"), fileJson(clientKey)},
        {QStringLiteral("hosts"), hostArray},
        {QStringLiteral("problems"), problemArray},
        {QStringLiteral("ok"), !hasErrors()},
    };
}

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
    return host + kServerCertSuffix;
}

QString DockerTlsStore::serverKeyFileName(const QString &host)
{
    return host + kServerKeySuffix;
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
            *error = tr("'%1' is not a host name a certificate can carry: use letters, digits, '-' "
                        "and '.', e.g. myvm.cloudapp.net.")
                         .arg(dnsName);
        return std::nullopt;
    }
    return host;
}

DockerTlsReport DockerTlsStore::inspect(const QDateTime &now) const
{
    DockerTlsReport report;
    report.dir = m_dir;
    const QDir dir(m_dir);
    report.dirExists = QFileInfo(m_dir).isDir();
    report.ca = fileEntry(dir, kCa);
    report.caKey = fileEntry(dir, kCaKey);
    report.clientCert = fileEntry(dir, kClientCert);
    report.clientKey = fileEntry(dir, kClientKey);
    if (!report.dirExists)
        return report;

    // Server pairs, grouped by the host their names carry.
    std::map<QString, DockerTlsHost> hosts;
    const QStringList names = dir.entryList(
        {QStringLiteral("*") + kServerCertSuffix, QStringLiteral("*") + kServerKeySuffix},
        QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const bool isCert = name.endsWith(kServerCertSuffix);
        const QString host =
            name.chopped(isCert ? kServerCertSuffix.size() : kServerKeySuffix.size());
        if (host.isEmpty())
            continue;
        DockerTlsHost &h = hosts[host];
        h.host = host;
        h.cert = fileEntry(dir, serverCertFileName(host));
        h.key = fileEntry(dir, serverKeyFileName(host));
    }

    Checker check{report, now};

    // The CA.
    std::optional<QByteArray> caPem;
    if (report.ca.exists) {
        caPem = check.certificate(report.ca);
        if (report.ca.certificate && !report.ca.certificate->isCa) {
            check.add(DockerTlsProblem::Kind::NotACa, report.ca.path,
                      tr("%1 is not a certificate authority (no basicConstraints CA:TRUE), so it "
                         "cannot sign Docker certificates. %2")
                          .arg(native(report.ca.path), regenerateHint()));
        }
        if (!report.caKey.exists) {
            check.add(DockerTlsProblem::Kind::CaWithoutKey, report.caKey.path,
                      tr("%1 exists without its key %2: docker can still connect with the existing "
                         "files, but no server certificate can be issued for a new host. Bring "
                         "back ca-key.pem, or regenerate (the old files are then moved to a dated "
                         "backup folder).")
                          .arg(native(report.ca.path), native(report.caKey.path)));
        } else if (caPem) {
            check.keyMatches(report.caKey, *caPem, report.ca.path);
        }
    } else if (report.caKey.exists) {
        check.missing(report.ca, report.caKey.path);
    }
    check.keyPermissions(report.caKey);
    // A CA that does not parse cannot vouch for anything; signatures are checked against a good
    // one.
    const std::optional<QByteArray> usableCa =
        report.ca.certificate && report.ca.certificate->isCa ? caPem : std::nullopt;

    // The client pair.
    if (report.clientCert.exists) {
        if (!report.ca.exists)
            check.missing(report.ca, report.clientCert.path);
        if (auto pem = check.certificate(report.clientCert)) {
            const CertificateInfo &info = *report.clientCert.certificate;
            if (info.isCa || (!info.clientAuth && info.serverAuth)) {
                check.add(DockerTlsProblem::Kind::WrongUsage, report.clientCert.path,
                          tr("%1 is not a client certificate (its extended key usage lacks "
                             "clientAuth). %2")
                              .arg(native(report.clientCert.path), regenerateHint()));
            }
            check.signedByCa(report.clientCert, *pem, usableCa);
            if (report.clientKey.exists)
                check.keyMatches(report.clientKey, *pem, report.clientCert.path);
        }
        if (!report.clientKey.exists)
            check.missing(report.clientKey, report.clientCert.path);
    } else if (report.clientKey.exists) {
        check.missing(report.clientCert, report.clientKey.path);
    }
    check.keyPermissions(report.clientKey);

    // The server pairs.
    for (auto &[name, h] : hosts) {
        if (h.cert.exists) {
            if (!report.ca.exists)
                check.missing(report.ca, h.cert.path, name);
            if (auto pem = check.certificate(h.cert, name)) {
                const CertificateInfo &info = *h.cert.certificate;
                if (info.isCa || (!info.serverAuth && info.clientAuth)) {
                    check.add(DockerTlsProblem::Kind::WrongUsage, h.cert.path,
                              tr("%1 is not a server certificate (its extended key usage lacks "
                                 "serverAuth). %2")
                                  .arg(native(h.cert.path), regenerateHint()),
                              name);
                }
                QString missingName;
                if (!sanCovers(info, name, {}, &missingName)) {
                    check.add(DockerTlsProblem::Kind::NotValidForHost, h.cert.path,
                              tr("%1 does not name the host %2 in its subjectAltName, so docker "
                                 "--tlsverify would refuse it. %3")
                                  .arg(native(h.cert.path), name, regenerateHint()),
                              name);
                }
                check.signedByCa(h.cert, *pem, usableCa, name);
                if (h.key.exists)
                    check.keyMatches(h.key, *pem, h.cert.path, name);
            }
            if (!h.key.exists)
                check.missing(h.key, h.cert.path, name);
        } else if (h.key.exists) {
            check.missing(h.cert, h.key.path, name);
        }
        check.keyPermissions(h.key, name);
        report.hosts << h;
    }
    return report;
}

DockerTlsResult DockerTlsStore::ensureForHost(const QString &dnsName,
                                              const QList<QHostAddress> &ips,
                                              const Options &options) const
{
    DockerTlsResult result;
    auto host = normalizeHost(dnsName, &result.error);
    if (!host)
        return result;
    if (options.validityDays <= 0 || options.validityDays > 36500) {
        result.error =
            tr("The validity must be between 1 and 36500 days, not %1.").arg(options.validityDays);
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
            result.error = tr("Cannot create the backup folder %1; nothing was changed.")
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
                result.error = tr("Cannot move %1 to the backup folder %2; the files already "
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
            p.message = tr("%1 exists but does not cover %2. It is not replaced: move it and its "
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
        result.error = tr("The TLS files in %1 cannot be reused, and nothing was changed:\n%2")
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
            result.error = tr("Cannot read the CA files in %1: %2").arg(native(m_dir), error);
            return result;
        }
        b.caPem = *ca;
        caKeyPem = *key;
        b.reusedCa = true;
    } else if (report.ca.exists) {
        // ca.pem without its key, but nothing needs signing (checked above).
        auto ca = readFile(b.caPath, &error);
        if (!ca) {
            result.error = tr("Cannot read %1: %2").arg(native(b.caPath), error);
            return result;
        }
        b.caPem = *ca;
        b.reusedCa = true;
    }
    if (haveClient) {
        auto cert = readFile(b.clientCertPath, &error);
        auto key = readFile(b.clientKeyPath, &error);
        if (!cert || !key) {
            result.error = tr("Cannot read the client files in %1: %2").arg(native(m_dir), error);
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
            result.error = tr("Cannot read the server files for %1: %2").arg(*host, error);
            return result;
        }
        b.serverCertPem = *cert;
        b.serverKeyPem = *key;
        b.reusedServer = true;
    }

    // Make what is missing: all in memory first, then the files.
    if (!b.reusedCa) {
        CertificateRequest req;
        req.usage = CertificateRequest::Usage::CertificateAuthority;
        req.commonName = QStringLiteral("Docker VM Wizard CA");
        req.organization = kOrganization;
        req.validityDays = options.validityDays;
        auto ca = createCertificateAuthority(req, options.keyType, &error);
        if (!ca) {
            result.error = tr("Cannot create the CA: %1").arg(error);
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
        auto client = issueCertificate(req, options.keyType, b.caPem, caKeyPem, &error);
        if (!client) {
            result.error = tr("Cannot create the client certificate: %1").arg(error);
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
        auto server = issueCertificate(req, options.keyType, b.caPem, caKeyPem, &error);
        if (!server) {
            result.error = tr("Cannot create the server certificate for %1: %2").arg(*host, error);
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
    for (const Pending &p : std::as_const(pending)) {
        if (!writeOwnerOnly(p.path, *p.data, &result.error)) {
            caKeyPem.fill('\0');
            return result;
        }
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

void DockerTlsJob::start()
{
    if (m_running)
        return;
    m_running = true;
    auto result = std::make_shared<DockerTlsResult>();
    QThread *thread =
        QThread::create([result, dir = m_dir, dns = m_dnsName, ips = m_ips, options = m_options] {
            *result = DockerTlsStore(dir).ensureForHost(dns, ips, options);
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
