// certs/dockertlsstore: the Docker TLS folder on real files, cross-checked with `openssl verify`.
#include "certs/certfolderlock.h"
#include "certs/dockertlsstore.h"
#include "certs/x509.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTranslator>

#include <map>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace dockervm::certs;
using Kind = DockerTlsProblem::Kind;

namespace {

const QString kHost1 = QStringLiteral("myvm.cloudapp.net");
const QString kHost2 = QStringLiteral("othervm.cloudapp.net");

DockerTlsOptions fast()
{
    DockerTlsOptions o;
    o.keyType = KeyType::EcdsaP256;
    o.validityDays = 30;
    return o;
}

std::map<QString, QByteArray> snapshot(const QString &dir)
{
    std::map<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files[QDir(dir).relativeFilePath(path)] = f.readAll();
    }
    return files;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(f.write(data), data.size());
}

int mode(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
#else
    Q_UNUSED(path);
    return -1;
#endif
}

struct Verify
{
    int exitCode = -1;
    QString output;
};

Verify opensslVerify(const QString &caPath, const QString &certPath, const QString &purpose)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), {QStringLiteral("verify"), QStringLiteral("-CAfile"), caPath,
                                        QStringLiteral("-purpose"), purpose, certPath});
    if (!p.waitForFinished(30000))
        return {-1, p.errorString()};
    return {p.exitCode(), QString::fromUtf8(p.readAll())};
}

bool hasProblem(const DockerTlsReport &r, Kind kind, const QString &fileName)
{
    for (const DockerTlsProblem &p : r.problems) {
        if (p.kind == kind && QFileInfo(p.path).fileName() == fileName)
            return true;
    }
    return false;
}

QString describe(const DockerTlsReport &r)
{
    QStringList lines;
    for (const DockerTlsProblem &p : r.problems)
        lines << DockerTlsProblem::kindId(p.kind) + QStringLiteral(": ") + p.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestDockerTlsStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_n = 0;
    QString freshDir() { return m_tmp.filePath(QStringLiteral("docker%1/.docker").arg(++m_n)); }

    // A store with CA, client and a server pair for kHost1.
    QString populated(DockerTlsResult *out = nullptr)
    {
        const QString dir = freshDir();
        auto r = DockerTlsStore(dir).ensureForHost(
            kHost1, {QHostAddress(QStringLiteral("127.0.0.1"))}, fast());
        if (!r.ok)
            qWarning() << r.error;
        if (out)
            *out = r;
        return dir;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
    }

    void freshCreate()
    {
        const QString dir = freshDir();
        QVERIFY(!QFileInfo::exists(dir));
        const QList<QHostAddress> ips{QHostAddress(QStringLiteral("127.0.0.1")),
                                      QHostAddress(QStringLiteral("203.0.113.7"))};
        DockerTlsStore store(dir);
        const DockerTlsResult r =
            store.ensureForHost(QStringLiteral("MyVM.cloudapp.net"), ips, fast());
        QVERIFY2(r.ok, qPrintable(r.error));
        const DockerTlsBundle &b = r.bundle;
        QVERIFY(!b.reusedCa && !b.reusedClient && !b.reusedServer);
        QVERIFY(b.backupDir.isEmpty());
        QCOMPARE(b.host, kHost1);
        QCOMPARE(QFileInfo(b.serverCertPath).fileName(),
                 kHost1 + QStringLiteral("-server-cert.pem"));
        QCOMPARE(QFileInfo(b.serverKeyPath).fileName(), kHost1 + QStringLiteral("-server-key.pem"));

        // Owner-only folder and files.
        QVERIFY(QFileInfo(dir).isDir());
#ifdef Q_OS_UNIX
        QCOMPARE(mode(dir), 0700);
        for (const QString &p : {b.caPath, b.caKeyPath, b.clientCertPath, b.clientKeyPath,
                                 b.serverCertPath, b.serverKeyPath})
            QCOMPARE(mode(p), 0600);
#endif
        QCOMPARE(QFileInfo(b.caKeyPath).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        // No stray temporary files.
        QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 6);

        // The bundle is what is on disk.
        QCOMPARE(readAll(b.caPath), b.caPem);
        QCOMPARE(readAll(b.clientCertPath), b.clientCertPem);
        QCOMPARE(readAll(b.clientKeyPath), b.clientKeyPem);
        QCOMPARE(readAll(b.serverCertPath), b.serverCertPem);
        QCOMPARE(readAll(b.serverKeyPath), b.serverKeyPem);

        // openssl accepts the chain, for the purposes docker checks.
        auto v = opensslVerify(b.caPath, b.serverCertPath, QStringLiteral("sslserver"));
        QVERIFY2(v.exitCode == 0, qPrintable(v.output));
        v = opensslVerify(b.caPath, b.clientCertPath, QStringLiteral("sslclient"));
        QVERIFY2(v.exitCode == 0, qPrintable(v.output));

        QString error;
        auto server = inspectCertificate(b.serverCertPem, &error);
        QVERIFY(server);
        QCOMPARE(server->dnsNames, QStringList{kHost1});
        QCOMPARE(server->ipAddresses, ips);
        QVERIFY(server->serverAuth && !server->clientAuth);
        QCOMPARE(server->keyDescription, QStringLiteral("ECDSA P-256"));
        auto client = inspectCertificate(b.clientCertPem, &error);
        QVERIFY(client && client->clientAuth && !client->serverAuth);

        // And the store reads it back clean.
        const DockerTlsReport report = store.inspect();
        QVERIFY2(report.problems.isEmpty(), qPrintable(describe(report)));
        QVERIFY(report.ca.exists && report.caKey.exists && report.clientCert.exists &&
                report.clientKey.exists);
        QCOMPARE(report.hosts.size(), 1);
        QCOMPARE(report.hosts.first().host, kHost1);
        QVERIFY(report.hosts.first().cert.certificate);
        QCOMPARE(report.hosts.first().cert.certificate->notAfter, server->notAfter);
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("hosts"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("host")),
                 QJsonValue(kHost1));
        QVERIFY(!QJsonDocument(json).toJson().contains("PRIVATE KEY"));
    }

    void rsaKeyType()
    {
        const QString dir = freshDir();
        DockerTlsOptions o = fast();
        o.keyType = KeyType::Rsa2048;
        o.validityDays = 365;
        auto r = DockerTlsStore(dir).ensureForHost(kHost1, {}, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QString error;
        auto info = inspectCertificate(r.bundle.serverCertPem, &error);
        QVERIFY(info);
        QCOMPARE(info->keyDescription, QStringLiteral("RSA 2048"));
        QVERIFY(info->notAfter > QDateTime::currentDateTimeUtc().addDays(364));
        QVERIFY(info->ipAddresses.isEmpty());
        auto v =
            opensslVerify(r.bundle.caPath, r.bundle.serverCertPath, QStringLiteral("sslserver"));
        QVERIFY2(v.exitCode == 0, qPrintable(v.output));
    }

    void hostGivenAsAddress()
    {
        const QString dir = freshDir();
        auto r = DockerTlsStore(dir).ensureForHost(QStringLiteral("127.0.0.1"), {}, fast());
        QVERIFY2(r.ok, qPrintable(r.error));
        QString error;
        auto info = inspectCertificate(r.bundle.serverCertPem, &error);
        QVERIFY(info);
        QCOMPARE(info->ipAddresses, QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.1"))});
        // Again: reused, the implied IP entry counts as covered.
        auto again = DockerTlsStore(dir).ensureForHost(QStringLiteral("127.0.0.1"), {}, fast());
        QVERIFY2(again.ok && again.bundle.reusedServer, qPrintable(again.error));
    }

    void secondHostReuses()
    {
        DockerTlsResult first;
        const QString dir = populated(&first);
        QVERIFY(first.ok);
        const auto before = snapshot(dir);

        auto second = DockerTlsStore(dir).ensureForHost(kHost2, {}, fast());
        QVERIFY2(second.ok, qPrintable(second.error));
        QVERIFY(second.bundle.reusedCa);
        QVERIFY(second.bundle.reusedClient);
        QVERIFY(!second.bundle.reusedServer);
        const auto after = snapshot(dir);
        // Every file from before, byte for byte, plus the new host's pair.
        for (const auto &[name, bytes] : before)
            QVERIFY2(after.at(name) == bytes, qPrintable(name));
        QCOMPARE(after.size(), before.size() + 2);
        QCOMPARE(second.bundle.caPem, first.bundle.caPem);
        QCOMPARE(second.bundle.clientCertPem, first.bundle.clientCertPem);
        QCOMPARE(second.bundle.clientKeyPem, first.bundle.clientKeyPem);
        QVERIFY(second.bundle.serverCertPem != first.bundle.serverCertPem);
        QVERIFY(second.bundle.serverKeyPem != first.bundle.serverKeyPem);
        QCOMPARE(readAll(QDir(dir).filePath(kHost2 + QStringLiteral("-server-cert.pem"))),
                 second.bundle.serverCertPem);
        auto v = opensslVerify(second.bundle.caPath, second.bundle.serverCertPath,
                               QStringLiteral("sslserver"));
        QVERIFY2(v.exitCode == 0, qPrintable(v.output));
#ifdef Q_OS_UNIX
        QCOMPARE(mode(second.bundle.serverKeyPath), 0600);
#endif

        // The same host again: everything reused, nothing written.
        auto again = DockerTlsStore(dir).ensureForHost(
            kHost1, {QHostAddress(QStringLiteral("127.0.0.1"))}, fast());
        QVERIFY2(again.ok, qPrintable(again.error));
        QVERIFY(again.bundle.reusedCa && again.bundle.reusedClient && again.bundle.reusedServer);
        QCOMPARE(again.bundle.serverCertPem, first.bundle.serverCertPem);
        QCOMPARE(snapshot(dir), after);

        const DockerTlsReport report = DockerTlsStore(dir).inspect();
        QVERIFY2(report.problems.isEmpty(), qPrintable(describe(report)));
        QCOMPARE(report.hosts.size(), 2);
        QCOMPARE(report.hosts.at(0).host, kHost1);
        QCOMPARE(report.hosts.at(1).host, kHost2);

        // The same host with an IP its certificate does not carry: a clear refusal, no change.
        auto newIp = DockerTlsStore(dir).ensureForHost(
            kHost1, {QHostAddress(QStringLiteral("10.1.2.3"))}, fast());
        QVERIFY(!newIp.ok);
        QVERIFY2(newIp.error.contains(QStringLiteral("IP:10.1.2.3")), qPrintable(newIp.error));
        QCOMPARE(newIp.problems.size(), 1);
        QCOMPARE(newIp.problems.first().kind, Kind::NotValidForHost);
        QCOMPARE(snapshot(dir), after);
    }

    void mismatchingKey()
    {
        const QString dir = populated();
        QString error;
        auto otherKey = generatePrivateKeyPem(KeyType::EcdsaP256, &error);
        QVERIFY(otherKey);
        writeAll(QDir(dir).filePath(QStringLiteral("key.pem")), *otherKey);
        const auto before = snapshot(dir);

        const DockerTlsReport report = DockerTlsStore(dir).inspect();
        QVERIFY2(hasProblem(report, Kind::KeyMismatch, QStringLiteral("key.pem")),
                 qPrintable(describe(report)));
        QCOMPARE(report.problems.size(), 1);
        QVERIFY(report.problems.first().message.contains(QStringLiteral("cert.pem")));

        auto r = DockerTlsStore(dir).ensureForHost(kHost2, {}, fast());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("key.pem")), qPrintable(r.error));
        QVERIFY(r.error.contains(QStringLiteral("nothing was changed")));
        QCOMPARE(r.problems.first().kind, Kind::KeyMismatch);
        QCOMPARE(snapshot(dir), before);

        // A key file that is not a key at all.
        writeAll(QDir(dir).filePath(QStringLiteral("key.pem")), "hello");
        const DockerTlsReport garbage = DockerTlsStore(dir).inspect();
        QVERIFY2(hasProblem(garbage, Kind::NotAPrivateKey, QStringLiteral("key.pem")),
                 qPrintable(describe(garbage)));
    }

    void serverKeyMismatch()
    {
        const QString dir = populated();
        QString error;
        auto otherKey = generatePrivateKeyPem(KeyType::EcdsaP256, &error);
        writeAll(QDir(dir).filePath(kHost1 + QStringLiteral("-server-key.pem")), *otherKey);
        const auto before = snapshot(dir);
        const DockerTlsReport report = DockerTlsStore(dir).inspect();
        QVERIFY2(hasProblem(report, Kind::KeyMismatch, kHost1 + QStringLiteral("-server-key.pem")),
                 qPrintable(describe(report)));
        QCOMPARE(report.problems.first().host, kHost1);
        // That host is refused; another host is fine (its files are separate).
        auto r = DockerTlsStore(dir).ensureForHost(
            kHost1, {QHostAddress(QStringLiteral("127.0.0.1"))}, fast());
        QVERIFY(!r.ok);
        QCOMPARE(snapshot(dir), before);
        auto other = DockerTlsStore(dir).ensureForHost(kHost2, {}, fast());
        QVERIFY2(other.ok, qPrintable(other.error));
        QVERIFY(other.bundle.reusedCa && other.bundle.reusedClient);
    }

    // The report's verdicts do not depend on the language of the messages: with every string
    // translated, a key of another pair is still a key mismatch (not "not a private key").
    void verdictsDoNotDependOnTranslation()
    {
        struct Shouting : QTranslator
        {
            QString translate(const char *, const char *source, const char *, int) const override
            {
                return QString::fromUtf8(source).toUpper();
            }
            bool isEmpty() const override { return false; }
        } translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString dir = populated();
        QString error;
        auto otherKey = generatePrivateKeyPem(KeyType::EcdsaP256, &error);
        writeAll(QDir(dir).filePath(QStringLiteral("key.pem")), *otherKey);
        const DockerTlsReport report = DockerTlsStore(dir).inspect();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(hasProblem(report, Kind::KeyMismatch, QStringLiteral("key.pem")),
                 qPrintable(describe(report)));
        QVERIFY(!hasProblem(report, Kind::NotAPrivateKey, QStringLiteral("key.pem")));
    }

    void expiredCert()
    {
        // A folder whose client certificate expired in 2020.
        const QString dir = populated();
        const QString caPem = QDir(dir).filePath(QStringLiteral("ca.pem"));
        const QString caKey = QDir(dir).filePath(QStringLiteral("ca-key.pem"));
        CertificateRequest req;
        req.usage = CertificateRequest::Usage::Client;
        req.commonName = QStringLiteral("client");
        req.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        req.validityDays = 10;
        QString error;
        auto expired =
            issueCertificate(req, KeyType::EcdsaP256, readAll(caPem), readAll(caKey), &error);
        QVERIFY2(expired, qPrintable(error));
        writeAll(QDir(dir).filePath(QStringLiteral("cert.pem")), expired->certificatePem);
        writeAll(QDir(dir).filePath(QStringLiteral("key.pem")), expired->privateKeyPem);
        const auto before = snapshot(dir);

        const DockerTlsReport report = DockerTlsStore(dir).inspect();
        QVERIFY2(hasProblem(report, Kind::Expired, QStringLiteral("cert.pem")),
                 qPrintable(describe(report)));
        QCOMPARE(report.problems.size(), 1);
        QVERIFY(report.problems.first().message.contains(QStringLiteral("2020-01-11")));

        auto r = DockerTlsStore(dir).ensureForHost(kHost2, {}, fast());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("expired")), qPrintable(r.error));
        QCOMPARE(snapshot(dir), before);
    }

    void foreignClient()
    {
        const QString dir = populated();
        CertificateRequest caReq;
        caReq.usage = CertificateRequest::Usage::CertificateAuthority;
        caReq.commonName = QStringLiteral("Docker VM Wizard CA"); // same name, other key
        caReq.organization = QStringLiteral("Docker VM Wizard");
        QString error;
        auto otherCa = createCertificateAuthority(caReq, KeyType::EcdsaP256, &error);
        QVERIFY(otherCa);
        CertificateRequest req;
        req.usage = CertificateRequest::Usage::Client;
        req.commonName = QStringLiteral("client");
        auto foreign = issueCertificate(req, KeyType::EcdsaP256, otherCa->certificatePem,
                                        otherCa->privateKeyPem, &error);
        QVERIFY(foreign);
        writeAll(QDir(dir).filePath(QStringLiteral("cert.pem")), foreign->certificatePem);
        writeAll(QDir(dir).filePath(QStringLiteral("key.pem")), foreign->privateKeyPem);
        const auto before = snapshot(dir);

        const DockerTlsReport report = DockerTlsStore(dir).inspect();
        QVERIFY2(hasProblem(report, Kind::NotSignedByCa, QStringLiteral("cert.pem")),
                 qPrintable(describe(report)));
        QCOMPARE(report.problems.size(), 1);

        auto r = DockerTlsStore(dir).ensureForHost(kHost2, {}, fast());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("not signed by the CA")), qPrintable(r.error));
        QCOMPARE(snapshot(dir), before);
    }

    void caWithoutKey()
    {
        const QString dir = populated();
        QVERIFY(QFile::remove(QDir(dir).filePath(QStringLiteral("ca-key.pem"))));
        const auto before = snapshot(dir);

        const DockerTlsReport report = DockerTlsStore(dir).inspect();
        QVERIFY2(hasProblem(report, Kind::CaWithoutKey, QStringLiteral("ca-key.pem")),
                 qPrintable(describe(report)));
        QCOMPARE(report.problems.size(), 1);

        // A new host needs signing: refused.
        auto r = DockerTlsStore(dir).ensureForHost(kHost2, {}, fast());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("ca-key.pem")), qPrintable(r.error));
        QCOMPARE(snapshot(dir), before);
        // The existing host needs nothing signed: everything is reused.
        auto existing = DockerTlsStore(dir).ensureForHost(
            kHost1, {QHostAddress(QStringLiteral("127.0.0.1"))}, fast());
        QVERIFY2(existing.ok, qPrintable(existing.error));
        QVERIFY(existing.bundle.reusedCa && existing.bundle.reusedClient &&
                existing.bundle.reusedServer);
        QCOMPARE(snapshot(dir), before);
    }

    void missingFiles()
    {
        const QString dir = populated();
        QVERIFY(QFile::remove(QDir(dir).filePath(QStringLiteral("key.pem"))));
        QVERIFY(QFile::remove(QDir(dir).filePath(kHost1 + QStringLiteral("-server-cert.pem"))));
        const auto before = snapshot(dir);
        const DockerTlsReport report = DockerTlsStore(dir).inspect();
        QVERIFY2(hasProblem(report, Kind::MissingFile, QStringLiteral("key.pem")),
                 qPrintable(describe(report)));
        QVERIFY(hasProblem(report, Kind::MissingFile, kHost1 + QStringLiteral("-server-cert.pem")));
        QCOMPARE(report.problems.size(), 2);
        QCOMPARE(report.hosts.size(), 1);
        auto r = DockerTlsStore(dir).ensureForHost(kHost2, {}, fast());
        QVERIFY(!r.ok);
        QCOMPARE(snapshot(dir), before);

        // Client files without any CA.
        const QString orphan = freshDir();
        QVERIFY(QDir().mkpath(orphan));
        QVERIFY(QFile::copy(QDir(dir).filePath(QStringLiteral("cert.pem")),
                            QDir(orphan).filePath(QStringLiteral("cert.pem"))));
        const DockerTlsReport o = DockerTlsStore(orphan).inspect();
        QVERIFY2(hasProblem(o, Kind::MissingFile, QStringLiteral("ca.pem")),
                 qPrintable(describe(o)));
        QVERIFY(hasProblem(o, Kind::MissingFile, QStringLiteral("key.pem")));
    }

    void emptyAndAbsent()
    {
        const DockerTlsReport absent = DockerTlsStore(freshDir()).inspect();
        QVERIFY(!absent.dirExists);
        QVERIFY(absent.isEmpty());
        QVERIFY(absent.problems.isEmpty());
    }

    void permissionsWarning()
    {
#ifndef Q_OS_UNIX
        QSKIP("POSIX modes only");
#endif
        const QString dir = populated();
        const QString key = QDir(dir).filePath(QStringLiteral("key.pem"));
        QVERIFY(QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const DockerTlsReport report = DockerTlsStore(dir).inspect();
        QVERIFY(hasProblem(report, Kind::PermissionsTooOpen, QStringLiteral("key.pem")));
        QVERIFY(!report.hasErrors());
        auto r = DockerTlsStore(dir).ensureForHost(kHost2, {}, fast());
        QVERIFY2(r.ok, qPrintable(r.error));
    }

    void regenerate()
    {
        DockerTlsResult first;
        const QString dir = populated(&first);
        QVERIFY(DockerTlsStore(dir).ensureForHost(kHost2, {}, fast()).ok);
        QString error;
        auto otherKey = generatePrivateKeyPem(KeyType::EcdsaP256, &error);
        writeAll(QDir(dir).filePath(QStringLiteral("key.pem")), *otherKey);
        const auto before = snapshot(dir);
        QVERIFY(!DockerTlsStore(dir).ensureForHost(kHost1, {}, fast()).ok);

        DockerTlsOptions o = fast();
        o.regenerate = true;
        auto r = DockerTlsStore(dir).ensureForHost(kHost1, {}, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.bundle.reusedCa && !r.bundle.reusedClient && !r.bundle.reusedServer);
        QVERIFY(!r.bundle.backupDir.isEmpty());
        const QString backupName = QFileInfo(r.bundle.backupDir).fileName();
        QVERIFY2(QRegularExpression(QStringLiteral("^backup-\\d{8}-\\d{6}$"))
                     .match(backupName)
                     .hasMatch(),
                 qPrintable(backupName));
#ifdef Q_OS_UNIX
        QCOMPARE(mode(r.bundle.backupDir), 0700);
#endif
        // All old files sit in the backup, byte for byte; the new set replaces them.
        const auto backup = snapshot(r.bundle.backupDir);
        QCOMPARE(backup, before);
        QVERIFY(r.bundle.caPem != first.bundle.caPem);
        QVERIFY(
            !QFileInfo::exists(QDir(dir).filePath(kHost2 + QStringLiteral("-server-cert.pem"))));
        const DockerTlsReport report = DockerTlsStore(dir).inspect();
        QVERIFY2(report.problems.isEmpty(), qPrintable(describe(report)));
        QCOMPARE(report.hosts.size(), 1);
        auto v =
            opensslVerify(r.bundle.caPath, r.bundle.serverCertPath, QStringLiteral("sslserver"));
        QVERIFY2(v.exitCode == 0, qPrintable(v.output));
        v = opensslVerify(r.bundle.caPath, r.bundle.clientCertPath, QStringLiteral("sslclient"));
        QVERIFY2(v.exitCode == 0, qPrintable(v.output));
    }

    void extensionJson()
    {
        DockerTlsResult r;
        populated(&r);
        QVERIFY(r.ok);
        const DockerTlsBundle &b = r.bundle;

        QJsonParseError perr;
        const QJsonObject classic =
            QJsonDocument::fromJson(b.classicPrivateConfigJson(), &perr).object();
        QCOMPARE(perr.error, QJsonParseError::NoError);
        QCOMPARE(classic.keys(), (QStringList{QStringLiteral("ca"), QStringLiteral("server-cert"),
                                              QStringLiteral("server-key")}));
        auto decode = [](const QJsonValue &v) {
            return QByteArray::fromBase64(v.toString().toLatin1(),
                                          QByteArray::AbortOnBase64DecodingErrors);
        };
        QCOMPARE(decode(classic.value(QStringLiteral("ca"))), b.caPem);
        QCOMPARE(decode(classic.value(QStringLiteral("server-cert"))), b.serverCertPem);
        QCOMPARE(decode(classic.value(QStringLiteral("server-key"))), b.serverKeyPem);

        const QJsonObject v1 = QJsonDocument::fromJson(b.v1PrivateConfigJson(), &perr).object();
        QCOMPARE(perr.error, QJsonParseError::NoError);
        QCOMPARE(v1.keys(), QStringList{QStringLiteral("certs")});
        const QJsonObject certs = v1.value(QStringLiteral("certs")).toObject();
        QCOMPARE(decode(certs.value(QStringLiteral("ca"))), b.caPem);
        QCOMPARE(decode(certs.value(QStringLiteral("cert"))), b.serverCertPem);
        QCOMPARE(decode(certs.value(QStringLiteral("key"))), b.serverKeyPem);
        // The client key never goes to the VM.
        QVERIFY(!b.v1PrivateConfigJson().contains(b.clientKeyPem.toBase64()));
        QVERIFY(!b.classicPrivateConfigJson().contains(b.clientKeyPem.toBase64()));
    }

    void invalidInput()
    {
        const QString dir = freshDir();
        for (const QString &bad : {QString(), QStringLiteral("../etc"), QStringLiteral("a/b"),
                                   QStringLiteral("-x.example"), QStringLiteral("host name")}) {
            auto r = DockerTlsStore(dir).ensureForHost(bad, {}, fast());
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(QStringLiteral("host name")), qPrintable(r.error));
        }
        QVERIFY(!QFileInfo::exists(dir));
        DockerTlsOptions o = fast();
        o.validityDays = 0;
        auto r = DockerTlsStore(dir).ensureForHost(kHost1, {}, o);
        QVERIFY(!r.ok);
        QVERIFY(!QFileInfo::exists(dir));

        // The folder path is a file.
        const QString file = m_tmp.filePath(QStringLiteral("plainfile"));
        writeAll(file, "x");
        r = DockerTlsStore(file).ensureForHost(kHost1, {}, fast());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("not a folder")), qPrintable(r.error));
    }

    // Issue 12 point 14: which key is being made, of how many (an RSA key takes seconds).
    void reportsWhichKeyItMakes()
    {
        const QString dir = freshDir();
        QStringList lines;
        const auto progress = [&lines](const QString &t) {
            lines << t;
        };
        auto r = DockerTlsStore(dir).ensureForHost(kHost1, {}, fast(), nullptr, progress);
        QVERIFY2(r.ok, qPrintable(r.error));
        // The three keys are made at once, each on a thread of its own.
        QCOMPARE(
            lines,
            QStringList{
                QStringLiteral("Making the TLS keys (CA, client, server for %1)…").arg(kHost1)});
        lines.clear();
        r = DockerTlsStore(dir).ensureForHost(kHost2, {}, fast(), nullptr, progress);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(lines,
                 QStringList{QStringLiteral("Making the TLS keys (server for %1)…").arg(kHost2)});
    }

    // The job reports the same on its own thread, before finished(); a wait for the folder lock
    // says what it waits for and since when.
    void jobReportsProgressAndWaits()
    {
        const QString dir = freshDir();
        QVERIFY(QDir().mkpath(dir));
        auto holder = std::make_unique<CertFolderLock>(dir);
        QVERIFY(holder->tryLock(0));
        DockerTlsJob job(dir, kHost1, {}, fast());
        QStringList lines;
        QThread *slotThread = nullptr;
        connect(&job, &DockerTlsJob::progress, this, [&](const QString &t) {
            lines << t;
            slotThread = QThread::currentThread();
        });
        QSignalSpy done(&job, &DockerTlsJob::finished);
        job.start();
        QTRY_COMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(QRegularExpression(
                     QStringLiteral("^Waiting since \\d\\d:\\d\\d:\\d\\d for the certificate "
                                    "folder .*, in use by "))),
                 qPrintable(lines.first()));
        QCOMPARE(slotThread, QThread::currentThread());
        holder.reset(); // the other run is done
        QVERIFY(done.wait(30000));
        QVERIFY(done.first().first().value<DockerTlsResult>().ok);
        QCOMPARE(
            lines.mid(1),
            QStringList{
                QStringLiteral("Making the TLS keys (CA, client, server for %1)…").arg(kHost1)});
    }

    void asyncJob()
    {
        const QString dir = freshDir();
        DockerTlsJob job(dir, kHost1, {QHostAddress(QStringLiteral("127.0.0.1"))}, fast());
        QThread *slotThread = nullptr;
        DockerTlsResult got;
        connect(&job, &DockerTlsJob::finished, this, [&](const DockerTlsResult &r) {
            slotThread = QThread::currentThread();
            got = r;
        });
        QSignalSpy spy(&job, &DockerTlsJob::finished);
        job.start();
        QVERIFY(job.isRunning());
        QVERIFY(spy.wait(30000));
        QCOMPARE(spy.size(), 1);
        QVERIFY(!job.isRunning());
        QCOMPARE(slotThread, QThread::currentThread());
        QVERIFY2(got.ok, qPrintable(got.error));
        QCOMPARE(readAll(got.bundle.serverCertPath), got.bundle.serverCertPem);
        // The spy's copy went through the metatype system.
        QVERIFY(spy.first().first().value<DockerTlsResult>().ok);
    }

    // The result lists exactly the files this call wrote, each with the SHA-256 of its content;
    // reused files are never listed.
    void reportsWrittenFilesWithFingerprints()
    {
        DockerTlsResult first;
        const QString dir = populated(&first);
        QVERIFY(first.ok);
        QStringList names;
        for (const DockerTlsWrittenFile &w : first.written) {
            names << QFileInfo(w.path).fileName();
            QCOMPARE(w.sha256,
                     QCryptographicHash::hash(readAll(w.path), QCryptographicHash::Sha256).toHex());
        }
        QCOMPARE(names, (QStringList{QStringLiteral("ca-key.pem"), QStringLiteral("ca.pem"),
                                     QStringLiteral("key.pem"), QStringLiteral("cert.pem"),
                                     DockerTlsStore::serverKeyFileName(kHost1),
                                     DockerTlsStore::serverCertFileName(kHost1)}));
        auto second = DockerTlsStore(dir).ensureForHost(kHost2, {}, fast());
        QVERIFY2(second.ok, qPrintable(second.error));
        names.clear();
        for (const DockerTlsWrittenFile &w : second.written)
            names << QFileInfo(w.path).fileName();
        QCOMPARE(names, (QStringList{DockerTlsStore::serverKeyFileName(kHost2),
                                     DockerTlsStore::serverCertFileName(kHost2)}));
        auto again = DockerTlsStore(dir).ensureForHost(kHost2, {}, fast());
        QVERIFY(again.ok);
        QVERIFY(again.written.isEmpty());
    }

    // cancel() stops an RSA 4096 generation (7-18 s in full) with a cancelled result and nothing
    // on disk.
    void cancelRsa4096Job()
    {
        const QString dir = freshDir();
        DockerTlsOptions o;
        o.keyType = KeyType::Rsa4096;
        DockerTlsJob job(dir, kHost1, {}, o);
        QSignalSpy spy(&job, &DockerTlsJob::finished);
        QElapsedTimer timer;
        timer.start();
        job.start();
        // Cancel once the worker is inside key generation (the folder exists by then).
        QTRY_VERIFY(QFileInfo::exists(dir));
        job.cancel();
        QVERIFY(spy.wait(60000));
        qInfo() << "RSA 4096 job cancelled after" << timer.elapsed() << "ms";
        const auto r = spy.first().first().value<DockerTlsResult>();
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        QVERIFY(r.written.isEmpty());
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // Two jobs on one folder: the second waits for the first's lock and then reuses its CA.
    void jobsOnOneFolderAreSerialised()
    {
        const QString dir = freshDir();
        DockerTlsJob a(dir, kHost1, {}, fast());
        DockerTlsJob b(dir, kHost2, {}, fast());
        QSignalSpy spyA(&a, &DockerTlsJob::finished);
        QSignalSpy spyB(&b, &DockerTlsJob::finished);
        a.start();
        b.start();
        QTRY_VERIFY_WITH_TIMEOUT(spyA.size() == 1 && spyB.size() == 1, 60000);
        const auto ra = spyA.first().first().value<DockerTlsResult>();
        const auto rb = spyB.first().first().value<DockerTlsResult>();
        QVERIFY2(ra.ok, qPrintable(ra.error));
        QVERIFY2(rb.ok, qPrintable(rb.error));
        QVERIFY(ra.bundle.reusedCa != rb.bundle.reusedCa); // exactly one made the CA
        QCOMPARE(ra.bundle.caPem, rb.bundle.caPem);
        QVERIFY(!DockerTlsStore(dir).inspect().hasErrors());
    }

    void asyncJobDeletedWhileRunning()
    {
        const QString dir = freshDir();
        auto *job = new DockerTlsJob(dir, kHost1, {}, fast());
        job->start();
        delete job; // the work completes on its own; nothing is delivered to a dead object
        QTRY_VERIFY_WITH_TIMEOUT(
            QFileInfo::exists(QDir(dir).filePath(kHost1 + QStringLiteral("-server-cert.pem"))),
            30000);
    }
};

QTEST_GUILESS_MAIN(TestDockerTlsStore)
#include "tst_dockertlsstore.moc"
