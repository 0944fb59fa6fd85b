#include "certs/dockertlsreport.h"

#include "certs/dockertlsfiles.h"
#include "certs/dockertlsstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <map>

namespace dockervm::certs {

using namespace tlsfiles;

namespace {

const QString kCa = caFileName();
const QString kCaKey = caKeyFileName();
const QString kClientCert = clientCertFileName();
const QString kClientKey = clientKeyFileName();
const QString kServerCertSuffix = serverCertSuffix();
const QString kServerKeySuffix = serverKeySuffix();

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dockervm::certs::DockerTlsStore)
};

// The advice appended to problems that only regeneration (or the user) can fix.
QString regenerateHint()
{
    return Tr::tr("Restore the right file, move the folder's files away, or regenerate (the old "
                  "files are then moved to a dated backup folder).");
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
                Tr::tr("%1 cannot be read: %2. Check its permissions.").arg(native(f.path), error),
                host);
            return std::nullopt;
        }
        auto info = inspectCertificate(*pem, &error);
        if (!info) {
            add(DockerTlsProblem::Kind::NotACertificate, f.path,
                Tr::tr("%1 is not a PEM certificate (%2). %3")
                    .arg(native(f.path), error, regenerateHint()),
                host);
            return std::nullopt;
        }
        f.certificate = info;
        if (info->isExpiredAt(now)) {
            add(DockerTlsProblem::Kind::Expired, f.path,
                Tr::tr("%1 expired on %2. %3")
                    .arg(native(f.path), info->notAfter.toString(Qt::ISODate), regenerateHint()),
                host);
        } else if (info->isNotYetValidAt(now)) {
            add(DockerTlsProblem::Kind::NotYetValid, f.path,
                Tr::tr("%1 is not valid before %2; check this computer's clock.")
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
                Tr::tr("%1 is readable by other users; make it owner-only (chmod 600 %1).")
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
                Tr::tr("%1 cannot be read: %2. Check its permissions.")
                    .arg(native(key.path), error),
                host);
            return;
        }
        const KeyMatch match = checkPrivateKey(certPem, *keyPem, &error);
        if (match == KeyMatch::Matches)
            return;
        if (match == KeyMatch::Mismatch) {
            add(DockerTlsProblem::Kind::KeyMismatch, key.path,
                Tr::tr("%1 is not the private key of %2 (they come from different pairs). %3")
                    .arg(native(key.path), native(certPath), regenerateHint()),
                host);
        } else {
            add(DockerTlsProblem::Kind::NotAPrivateKey, key.path,
                Tr::tr("%1 is not an unencrypted PEM private key (%2). %3")
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
                Tr::tr("%1 was not signed by the CA in %2 (%3); docker would refuse it. %4")
                    .arg(native(f.path), native(report.ca.path), error, regenerateHint()),
                host);
        }
    }

    void missing(const DockerTlsFile &f, const QString &because, const QString &host = QString())
    {
        add(DockerTlsProblem::Kind::MissingFile, f.path,
            Tr::tr(
                "%1 is missing, but %2 exists. Restore it, or regenerate (the old files are then "
                "moved to a dated backup folder).")
                .arg(native(f.path), native(because)),
            host);
    }
};

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

DockerTlsReport DockerTlsInspector::inspect(const QDateTime &now) const
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
        h.cert = fileEntry(dir, DockerTlsStore::serverCertFileName(host));
        h.key = fileEntry(dir, DockerTlsStore::serverKeyFileName(host));
    }

    Checker check{report, now};

    // The CA.
    std::optional<QByteArray> caPem;
    if (report.ca.exists) {
        caPem = check.certificate(report.ca);
        if (report.ca.certificate && !report.ca.certificate->isCa) {
            check.add(
                DockerTlsProblem::Kind::NotACa, report.ca.path,
                Tr::tr("%1 is not a certificate authority (no basicConstraints CA:TRUE), so it "
                       "cannot sign Docker certificates. %2")
                    .arg(native(report.ca.path), regenerateHint()));
        }
        if (!report.caKey.exists) {
            check.add(
                DockerTlsProblem::Kind::CaWithoutKey, report.caKey.path,
                Tr::tr("%1 exists without its key %2: docker can still connect with the existing "
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
                          Tr::tr("%1 is not a client certificate (its extended key usage lacks "
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
                              Tr::tr("%1 is not a server certificate (its extended key usage lacks "
                                     "serverAuth). %2")
                                  .arg(native(h.cert.path), regenerateHint()),
                              name);
                }
                QString missingName;
                if (!sanCovers(info, name, {}, &missingName)) {
                    check.add(
                        DockerTlsProblem::Kind::NotValidForHost, h.cert.path,
                        Tr::tr("%1 does not name the host %2 in its subjectAltName, so docker "
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

} // namespace dockervm::certs
