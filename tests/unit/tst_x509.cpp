// certs/x509: issuance with OpenSSL 3, checked by parsing the results back with Qt
// (QSslCertificate) and with the real `openssl` command line.
#include "certs/x509.h"
#include "certs_testpki.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dockervm::certs;

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QString output;
};

ProcessResult runOpenssl(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000))
        return {-1, QStringLiteral("openssl did not finish: ") + p.errorString()};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAll())};
}

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(data);
    return path;
}

CertificateRequest caRequest(const QString &cn = QStringLiteral("Test CA"))
{
    CertificateRequest r;
    r.usage = CertificateRequest::Usage::CertificateAuthority;
    r.commonName = cn;
    r.organization = QStringLiteral("Docker VM Wizard");
    r.validityDays = 30;
    return r;
}

CertificateRequest serverRequest()
{
    CertificateRequest r;
    r.usage = CertificateRequest::Usage::Server;
    r.commonName = QStringLiteral("myvm.cloudapp.net");
    r.organization = QStringLiteral("Docker VM Wizard");
    r.dnsNames = {QStringLiteral("myvm.cloudapp.net"), QStringLiteral("localhost")};
    r.ipAddresses = {QHostAddress(QStringLiteral("127.0.0.1")),
                     QHostAddress(QStringLiteral("::1"))};
    r.validityDays = 30;
    return r;
}

CertificateRequest clientRequest()
{
    CertificateRequest r;
    r.usage = CertificateRequest::Usage::Client;
    r.commonName = QStringLiteral("client");
    r.organization = QStringLiteral("Docker VM Wizard");
    r.validityDays = 30;
    return r;
}

} // namespace

class TestX509 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const auto v = runOpenssl({QStringLiteral("version")});
        if (v.exitCode != 0)
            QSKIP("the openssl command line is not installed; it is needed to cross-check");
    }

    void keyTypeIds()
    {
        for (KeyType t : {KeyType::Rsa2048, KeyType::Rsa4096, KeyType::EcdsaP256})
            QCOMPARE(keyTypeFromId(keyTypeId(t)), std::optional<KeyType>(t));
        QCOMPARE(keyTypeId(KeyType::EcdsaP256), QStringLiteral("ecdsa-p256"));
        QCOMPARE(keyTypeFromId(QStringLiteral(" RSA4096 ")),
                 std::optional<KeyType>(KeyType::Rsa4096));
        QVERIFY(!keyTypeFromId(QStringLiteral("dsa")));
    }

    void chain_data()
    {
        QTest::addColumn<KeyType>("type");
        QTest::addColumn<QString>("keyDescription");
        QTest::addColumn<QString>("sigAlg");
        QTest::newRow("ecdsa-p256") << KeyType::EcdsaP256 << QStringLiteral("ECDSA P-256")
                                    << QStringLiteral("ecdsa-with-SHA256");
        QTest::newRow("rsa2048") << KeyType::Rsa2048 << QStringLiteral("RSA 2048")
                                 << QStringLiteral("sha256WithRSAEncryption");
        QTest::newRow("rsa4096") << KeyType::Rsa4096 << QStringLiteral("RSA 4096")
                                 << QStringLiteral("sha256WithRSAEncryption");
    }

    void chain()
    {
        QFETCH(KeyType, type);
        QFETCH(QString, keyDescription);
        QFETCH(QString, sigAlg);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;

        auto ca = createCertificateAuthority(caRequest(), type, &error);
        QVERIFY2(ca, qPrintable(error));
        auto server =
            issueCertificate(serverRequest(), type, ca->certificatePem, ca->privateKeyPem, &error);
        QVERIFY2(server, qPrintable(error));
        auto client =
            issueCertificate(clientRequest(), type, ca->certificatePem, ca->privateKeyPem, &error);
        QVERIFY2(client, qPrintable(error));

        // Keys: unencrypted PKCS#8 PEM.
        for (const auto *issued : {&*ca, &*server, &*client}) {
            QVERIFY(issued->privateKeyPem.startsWith("-----BEGIN PRIVATE KEY-----\n"));
            QVERIFY(!issued->privateKeyPem.contains("ENCRYPTED"));
            QVERIFY(issued->certificatePem.startsWith("-----BEGIN CERTIFICATE-----\n"));
            const QSslKey key(issued->privateKeyPem,
                              type == KeyType::EcdsaP256 ? QSsl::Ec : QSsl::Rsa, QSsl::Pem,
                              QSsl::PrivateKey);
            QVERIFY(!key.isNull());
            QVERIFY(privateKeyMatchesCertificate(issued->certificatePem, issued->privateKeyPem,
                                                 &error));
        }

        const QString caPath = writeTemp(dir, QStringLiteral("ca.pem"), ca->certificatePem);
        const QString serverPath =
            writeTemp(dir, QStringLiteral("server-cert.pem"), server->certificatePem);
        const QString clientPath =
            writeTemp(dir, QStringLiteral("cert.pem"), client->certificatePem);
        const QString keyPath = writeTemp(dir, QStringLiteral("key.pem"), client->privateKeyPem);

        // openssl verify, with the purposes docker checks.
        auto v = runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), caPath,
                             QStringLiteral("-purpose"), QStringLiteral("sslserver"), serverPath});
        QVERIFY2(v.exitCode == 0, qPrintable(v.output));
        QVERIFY(v.output.contains(QStringLiteral(": OK")));
        v = runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), caPath,
                        QStringLiteral("-purpose"), QStringLiteral("sslclient"), clientPath});
        QVERIFY2(v.exitCode == 0, qPrintable(v.output));
        // The client certificate must not pass as a server one, nor the reverse.
        v = runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), caPath,
                        QStringLiteral("-purpose"), QStringLiteral("sslserver"), clientPath});
        QVERIFY(v.exitCode != 0);
        v = runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), caPath,
                        QStringLiteral("-purpose"), QStringLiteral("sslclient"), serverPath});
        QVERIFY(v.exitCode != 0);
        // The key file as openssl reads it.
        v = runOpenssl(
            {QStringLiteral("pkey"), QStringLiteral("-in"), keyPath, QStringLiteral("-noout")});
        QVERIFY2(v.exitCode == 0, qPrintable(v.output));

        // openssl x509 -text: CA.
        v = runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), caPath,
                        QStringLiteral("-noout"), QStringLiteral("-text")});
        QVERIFY2(v.exitCode == 0, qPrintable(v.output));
        QVERIFY2(v.output.contains(QStringLiteral("Version: 3 (0x2)")), qPrintable(v.output));
        QVERIFY(v.output.contains(sigAlg));
        QVERIFY(v.output.contains(QStringLiteral("X509v3 Basic Constraints: critical\n"
                                                 "                CA:TRUE")));
        QVERIFY(v.output.contains(QStringLiteral("X509v3 Key Usage: critical\n"
                                                 "                Certificate Sign, CRL Sign")));
        QVERIFY(v.output.contains(QStringLiteral("X509v3 Subject Key Identifier")));
        QVERIFY(v.output.contains(QStringLiteral("Subject: O = Docker VM Wizard, CN = Test CA")));

        // Server.
        v = runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), serverPath,
                        QStringLiteral("-noout"), QStringLiteral("-text")});
        QVERIFY2(v.exitCode == 0, qPrintable(v.output));
        QVERIFY(v.output.contains(sigAlg));
        QVERIFY2(v.output.contains(QStringLiteral("CA:FALSE")), qPrintable(v.output));
        QVERIFY(v.output.contains(QStringLiteral("TLS Web Server Authentication")));
        QVERIFY(!v.output.contains(QStringLiteral("TLS Web Client Authentication")));
        QVERIFY2(
            v.output.contains(QStringLiteral("DNS:myvm.cloudapp.net, DNS:localhost, "
                                             "IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1")),
            qPrintable(v.output));
        QVERIFY(v.output.contains(QStringLiteral("X509v3 Authority Key Identifier")));
        QVERIFY(v.output.contains(QStringLiteral("X509v3 Subject Key Identifier")));
        QVERIFY(v.output.contains(QStringLiteral("Digital Signature")));
        QCOMPARE(v.output.contains(QStringLiteral("Key Encipherment")), type != KeyType::EcdsaP256);

        // Client.
        v = runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), clientPath,
                        QStringLiteral("-noout"), QStringLiteral("-text")});
        QVERIFY(v.output.contains(QStringLiteral("TLS Web Client Authentication")));
        QVERIFY(!v.output.contains(QStringLiteral("TLS Web Server Authentication")));
        QVERIFY(v.output.contains(QStringLiteral("CA:FALSE")));

        // Qt reads them the same way.
        const QSslCertificate qca(ca->certificatePem, QSsl::Pem);
        const QSslCertificate qserver(server->certificatePem, QSsl::Pem);
        const QSslCertificate qclient(client->certificatePem, QSsl::Pem);
        QVERIFY(!qca.isNull() && !qserver.isNull() && !qclient.isNull());
        QCOMPARE(qca.subjectInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("Test CA")});
        QCOMPARE(qca.subjectInfo(QSslCertificate::Organization),
                 QStringList{QStringLiteral("Docker VM Wizard")});
        QVERIFY(qca.isSelfSigned());
        QCOMPARE(qserver.issuerInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("Test CA")});
        QCOMPARE(qserver.version(), QByteArray("3"));
        const auto sans = qserver.subjectAlternativeNames();
        QCOMPARE(
            sans.values(QSsl::DnsEntry),
            (QList<QString>{QStringLiteral("localhost"), QStringLiteral("myvm.cloudapp.net")}));
        QVERIFY(sans.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(qserver.expiryDate() > QDateTime::currentDateTimeUtc().addDays(29));
        QVERIFY(qserver.expiryDate() < QDateTime::currentDateTimeUtc().addDays(31));
        QVERIFY(qserver.effectiveDate() <= QDateTime::currentDateTimeUtc().addSecs(-4 * 60));
        bool sawEku = false;
        for (const QSslCertificateExtension &ext : qserver.extensions()) {
            if (ext.oid() == QLatin1String("2.5.29.37")) {
                sawEku = true;
                QVERIFY(
                    ext.value().toList().contains(QStringLiteral("TLS Web Server Authentication")));
            }
        }
        QVERIFY(sawEku);

        // Our own inspection agrees.
        auto info = inspectCertificate(server->certificatePem, &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->commonName, QStringLiteral("myvm.cloudapp.net"));
        QCOMPARE(info->issuerCommonName, QStringLiteral("Test CA"));
        QVERIFY(info->serverAuth);
        QVERIFY(!info->clientAuth);
        QVERIFY(!info->isCa);
        QCOMPARE(info->dnsNames, serverRequest().dnsNames);
        QCOMPARE(info->ipAddresses, serverRequest().ipAddresses);
        QCOMPARE(info->keyDescription, keyDescription);
        QCOMPARE(info->serialBytes, 16);
        QCOMPARE(info->sha256Fingerprint,
                 qserver.digest(QCryptographicHash::Sha256).toHex().toUpper());
        QCOMPARE(info->notAfter, qserver.expiryDate());
        auto caInfo = inspectCertificate(ca->certificatePem, &error);
        QVERIFY(caInfo && caInfo->isCa);
        auto clientInfo = inspectCertificate(client->certificatePem, &error);
        QVERIFY(clientInfo && clientInfo->clientAuth && !clientInfo->serverAuth);

        QVERIFY2(isIssuedBy(server->certificatePem, ca->certificatePem, &error), qPrintable(error));
        QVERIFY(isIssuedBy(client->certificatePem, ca->certificatePem, &error));
    }

    void serials()
    {
        QString error;
        auto a = createCertificateAuthority(caRequest(), KeyType::EcdsaP256, &error);
        auto b = createCertificateAuthority(caRequest(), KeyType::EcdsaP256, &error);
        QVERIFY(a && b);
        const QSslCertificate qa(a->certificatePem, QSsl::Pem);
        const QSslCertificate qb(b->certificatePem, QSsl::Pem);
        QVERIFY(qa.serialNumber() != qb.serialNumber());
        // "xx:xx:..." with 16 octets; positive (top bit clear).
        const QList<QByteArray> octets = qa.serialNumber().split(':');
        QCOMPARE(octets.size(), 16);
        QVERIFY(octets.first().toInt(nullptr, 16) < 0x80);
        auto ia = inspectCertificate(a->certificatePem, &error);
        auto ib = inspectCertificate(b->certificatePem, &error);
        QVERIFY(ia && ib);
        QCOMPARE(ia->serialBytes, 16);
        QVERIFY(ia->serialHex != ib->serialHex);
        QCOMPARE(ia->serialHex.size(), 32);
    }

    void explicitValidity()
    {
        QString error;
        CertificateRequest r = caRequest();
        r.notBefore = QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC);
        r.validityDays = 10;
        auto ca = createCertificateAuthority(r, KeyType::EcdsaP256, &error);
        QVERIFY2(ca, qPrintable(error));
        auto info = inspectCertificate(ca->certificatePem, &error);
        QVERIFY(info);
        QCOMPARE(info->notBefore, r.notBefore);
        QCOMPARE(info->notAfter, QDateTime(QDate(2020, 1, 12), QTime(3, 4, 5), Qt::UTC));
        QVERIFY(info->isExpiredAt(QDateTime::currentDateTimeUtc()));

        // openssl agrees that a leaf of it is expired.
        QTemporaryDir dir;
        CertificateRequest s = serverRequest();
        s.notBefore = r.notBefore;
        s.validityDays = 5;
        auto server =
            issueCertificate(s, KeyType::EcdsaP256, ca->certificatePem, ca->privateKeyPem, &error);
        QVERIFY2(server, qPrintable(error));
        const auto v =
            runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"),
                        writeTemp(dir, QStringLiteral("ca.pem"), ca->certificatePem),
                        writeTemp(dir, QStringLiteral("s.pem"), server->certificatePem)});
        QVERIFY(v.exitCode != 0);
        QVERIFY2(v.output.contains(QStringLiteral("expired")), qPrintable(v.output));
    }

    void errors()
    {
        QString error;
        auto ca = createCertificateAuthority(caRequest(), KeyType::EcdsaP256, &error);
        auto other = createCertificateAuthority(caRequest(), KeyType::EcdsaP256, &error);
        QVERIFY(ca && other);

        // Not PEM: the OpenSSL reason is in the message.
        error.clear();
        QVERIFY(!issueCertificate(serverRequest(), KeyType::EcdsaP256, "garbage", ca->privateKeyPem,
                                  &error));
        QVERIFY2(error.contains(QStringLiteral("CA certificate")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("PEM")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("routines")) ||
                     error.contains(QStringLiteral("error:")),
                 qPrintable(error));

        // CA key of another CA.
        error.clear();
        QVERIFY(!issueCertificate(serverRequest(), KeyType::EcdsaP256, ca->certificatePem,
                                  other->privateKeyPem, &error));
        QVERIFY2(error.contains(QStringLiteral("does not belong")), qPrintable(error));

        // A leaf cannot sign.
        auto leaf = issueCertificate(clientRequest(), KeyType::EcdsaP256, ca->certificatePem,
                                     ca->privateKeyPem, &error);
        QVERIFY(leaf);
        error.clear();
        QVERIFY(!issueCertificate(serverRequest(), KeyType::EcdsaP256, leaf->certificatePem,
                                  leaf->privateKeyPem, &error));
        QVERIFY2(error.contains(QStringLiteral("CA:TRUE")), qPrintable(error));

        // Wrong usage for each function.
        error.clear();
        QVERIFY(!createCertificateAuthority(serverRequest(), KeyType::EcdsaP256, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!issueCertificate(caRequest(), KeyType::EcdsaP256, ca->certificatePem,
                                  ca->privateKeyPem, &error));
        QVERIFY(!error.isEmpty());

        // Bad request values.
        CertificateRequest r = serverRequest();
        r.validityDays = 0;
        error.clear();
        QVERIFY(!issueCertificate(r, KeyType::EcdsaP256, ca->certificatePem, ca->privateKeyPem,
                                  &error));
        QVERIFY2(error.contains(QStringLiteral("validity")), qPrintable(error));
        r = serverRequest();
        r.commonName = QString(80, QLatin1Char('a'));
        error.clear();
        QVERIFY(!issueCertificate(r, KeyType::EcdsaP256, ca->certificatePem, ca->privateKeyPem,
                                  &error));
        QVERIFY2(error.contains(QStringLiteral("64")), qPrintable(error));
        r = serverRequest();
        r.dnsNames = {QStringLiteral("bücher.example")};
        error.clear();
        QVERIFY(!issueCertificate(r, KeyType::EcdsaP256, ca->certificatePem, ca->privateKeyPem,
                                  &error));
        QVERIFY2(error.contains(QStringLiteral("punycode")), qPrintable(error));

        // Inspection helpers.
        error.clear();
        QVERIFY(!privateKeyMatchesCertificate(ca->certificatePem, other->privateKeyPem, &error));
        QVERIFY2(error.contains(QStringLiteral("does not belong")), qPrintable(error));
        error.clear();
        QVERIFY(!isIssuedBy(leaf->certificatePem, other->certificatePem, &error));
        QVERIFY2(error.contains(QStringLiteral("different CA")), qPrintable(error));
        error.clear();
        QVERIFY(!inspectCertificate(
            "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!privateKeyMatchesCertificate(ca->certificatePem, QByteArray(), &error));
        QVERIFY2(error.contains(QStringLiteral("empty")), qPrintable(error));
    }

    void generateKeyOnly()
    {
        QString error;
        auto pem = generatePrivateKeyPem(KeyType::EcdsaP256, &error);
        QVERIFY2(pem, qPrintable(error));
        QVERIFY(pem->startsWith("-----BEGIN PRIVATE KEY-----"));
        QVERIFY(!QSslKey(*pem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey).isNull());
    }

    // The cancel flag reaches OpenSSL's key generation callback: RSA 4096 (seconds of work) ends
    // at its first progress call with a cancelled error, for a key and for a CA.
    void keyGenerationIsCancellable()
    {
        std::atomic<bool> cancel{true};
        QString error;
        QVERIFY(!generatePrivateKeyPem(KeyType::Rsa4096, &error, &cancel));
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        CertificateRequest req;
        req.usage = CertificateRequest::Usage::CertificateAuthority;
        req.commonName = QStringLiteral("cancelled CA");
        error.clear();
        QVERIFY(!createCertificateAuthority(req, KeyType::Rsa4096, &error, &cancel));
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        // An unset flag changes nothing.
        cancel = false;
        QVERIFY(generatePrivateKeyPem(KeyType::Rsa2048, &error, &cancel));
    }

    // A key made beforehand (DockerTlsStore makes the three on threads of their own) is the
    // certificate's key, for a CA and for a leaf; a key that is not PEM is refused by name.
    void certificateWithAKeyMadeBeforehand()
    {
        QString error;
        const auto caKey = generatePrivateKeyPem(KeyType::EcdsaP256, &error);
        const auto leafKey = generatePrivateKeyPem(KeyType::EcdsaP256, &error);
        QVERIFY2(caKey && leafKey, qPrintable(error));
        auto ca =
            createCertificateAuthority(caRequest(), KeyType::EcdsaP256, &error, nullptr, &*caKey);
        QVERIFY2(ca, qPrintable(error));
        QCOMPARE(ca->privateKeyPem, *caKey);
        QVERIFY(privateKeyMatchesCertificate(ca->certificatePem, *caKey, &error));
        auto leaf = issueCertificate(clientRequest(), KeyType::EcdsaP256, ca->certificatePem,
                                     ca->privateKeyPem, &error, nullptr, &*leafKey);
        QVERIFY2(leaf, qPrintable(error));
        QVERIFY(privateKeyMatchesCertificate(leaf->certificatePem, *leafKey, &error));
        QVERIFY(isIssuedBy(leaf->certificatePem, ca->certificatePem, &error));
        const QByteArray notAKey("not a key");
        QVERIFY(!issueCertificate(clientRequest(), KeyType::EcdsaP256, ca->certificatePem,
                                  ca->privateKeyPem, &error, nullptr, &notAKey));
        QVERIFY2(error.contains(QStringLiteral("The private key")), qPrintable(error));
    }

    void testPkiHelper()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        TestPki pki;
        QString error;
        QVERIFY2(pki.create(dir.filePath(QStringLiteral("pki")), {QStringLiteral("localhost")},
                            {QHostAddress(QHostAddress::LocalHost)}, KeyType::EcdsaP256, 30,
                            &error),
                 qPrintable(error));
        for (const QString &p : {pki.caCertPath, pki.caKeyPath, pki.serverCertPath,
                                 pki.serverKeyPath, pki.clientCertPath, pki.clientKeyPath})
            QVERIFY2(QFile::exists(p), qPrintable(p));
        QCOMPARE(QFile(pki.serverKeyPath).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const auto v = runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"),
                                   pki.caCertPath, pki.serverCertPath, pki.clientCertPath});
        QVERIFY2(v.exitCode == 0, qPrintable(v.output));
        QVERIFY(QFileInfo(pki.caCertPath).absolutePath() == QDir(pki.dir).absolutePath());
    }
};

QTEST_GUILESS_MAIN(TestX509)
#include "tst_x509.moc"
