// The .publishsettings parser: both schemas with real legacy PKCS#12 (made by `openssl pkcs12
// -export -legacy`), many subscriptions, cloud mapping, every refusal with its own error code,
// certificate validity warnings, the writer, and the recorded fixtures.
#include "classic/pkcs12.h"
#include "classic/publishsettings.h"
#include "ps_testcerts.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace dockervm;
using namespace dockervm::classic;
using namespace dockervm::testsupport;

Q_DECLARE_METATYPE(dockervm::classic::PublishSettingsError)

namespace {
const QString kId1 = QStringLiteral("db1ab6f0-4769-4b27-930e-01e2ef9c123c");
const QString kId2 = QStringLiteral("db1ab6f0-4769-4b27-930e-01e2ef9c124d");
const QString kPublic = QStringLiteral("https://management.core.windows.net/");

QString dataPath(const QString &rel)
{
    return qEnvironmentVariable("DOCKERVM_TEST_DATA") + QLatin1Char('/') + rel;
}
} // namespace

class TestPublishSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void schema1OneSubscription();
    void schema1SharedCertificate();
    void schema1WithoutUrlDefaultsToPublic();
    void schema2Clouds_data();
    void schema2Clouds();
    void schema2SubscriptionWins();
    void manyProfilesAndSubscriptions();
    void modernAndEcCertificates();
    void duplicateIdWarns();
    void manyDuplicatesWarnOnce();
    void expiredCertificateWarns();
    void notYetValidCertificateWarns();
    void errors_data();
    void errors();
    void notXmlSaysWhere();
    void encodingErrorSaysWhere();
    void dtdNeverExpanded();
    void tooLargeRefusedBeforeReading();
    void loadErrorsNameTheFile();
    void specialFilesRefused();
    void writeSchema2RoundTrip();
    void writeSchema2RefusesIncomplete();
    void fixtures_data();
    void fixtures();

private:
    QTemporaryDir m_dir;
    PsKeyPair m_pair;
    QString m_legacy; // base64 of an `openssl pkcs12 -export -legacy -passout pass:` file
};

void TestPublishSettings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pair = psSelfSigned(QStringLiteral("Windows Azure Tools"));
    m_legacy = psLegacyBase64(m_pair);
    QVERIFY(!m_legacy.isEmpty());
}

void TestPublishSettings::schema1OneSubscription()
{
    const auto r = PublishSettings::parse(
        psSchema1(kPublic, m_legacy, {{kId1, QStringLiteral("Account"), {}, {}}}));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.subscriptions.size(), 1);
    QVERIFY(r.warnings.isEmpty());
    const Subscription &s = r.subscriptions.first();
    QCOMPARE(s.id, kId1);
    QCOMPARE(s.name, QStringLiteral("Account"));
    QCOMPARE(s.managementEndpoint.toString(),
             QStringLiteral("https://management.core.windows.net"));
    QCOMPARE(s.cloud, Cloud::Public);
    QCOMPARE(s.certificate, QSslCertificate(m_pair.certPem, QSsl::Pem));
    QVERIFY(!s.privateKey.isNull());
    QVERIFY(s.isValid());
}

void TestPublishSettings::schema1SharedCertificate()
{
    const auto r = PublishSettings::parse(psSchema1(
        kPublic, m_legacy,
        {{kId1, QStringLiteral("Account"), {}, {}}, {kId2, QStringLiteral("Other"), {}, {}}}));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.subscriptions.size(), 2);
    QCOMPARE(r.subscriptions.at(1).id, kId2);
    QCOMPARE(r.subscriptions.at(1).name, QStringLiteral("Other"));
    QCOMPARE(r.subscriptions.at(0).certificate, r.subscriptions.at(1).certificate);
    QCOMPARE(r.subscriptions.at(1).managementEndpoint, r.subscriptions.at(0).managementEndpoint);
}

void TestPublishSettings::schema1WithoutUrlDefaultsToPublic()
{
    const auto r = PublishSettings::parse(
        psSchema1(QString(), m_legacy, {{kId1, QStringLiteral("Account"), {}, {}}}));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.subscriptions.first().cloud, Cloud::Public);
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY(r.warnings.first().contains(QLatin1String("public")));
}

void TestPublishSettings::schema2Clouds_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<Cloud>("cloud");
    QTest::newRow("public") << "https://management.core.windows.net"
                            << "https://management.core.windows.net" << Cloud::Public;
    QTest::newRow("public-slash-case") << "https://Management.Core.Windows.NET//"
                                       << "https://management.core.windows.net" << Cloud::Public;
    QTest::newRow("china") << "https://management.core.chinacloudapi.cn/"
                           << "https://management.core.chinacloudapi.cn" << Cloud::China;
    QTest::newRow("usgov") << "https://management.core.usgovcloudapi.net"
                           << "https://management.core.usgovcloudapi.net" << Cloud::USGovernment;
    QTest::newRow("germany") << "https://management.core.cloudapi.de/"
                             << "https://management.core.cloudapi.de" << Cloud::Germany;
    QTest::newRow("custom") << "https://127.0.0.1:8443/"
                            << "https://127.0.0.1:8443" << Cloud::Custom;
    QTest::newRow("custom-path") << "https://sim.localhost:9443/asm/"
                                 << "https://sim.localhost:9443/asm" << Cloud::Custom;
}

void TestPublishSettings::schema2Clouds()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QFETCH(Cloud, cloud);
    const auto r =
        PublishSettings::parse(psSchema2({{kId1, QStringLiteral("Pay-As-You-Go"), url, m_legacy}}));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.subscriptions.size(), 1);
    QCOMPARE(r.subscriptions.first().managementEndpoint.toString(), expected);
    QCOMPARE(r.subscriptions.first().cloud, cloud);
}

void TestPublishSettings::schema2SubscriptionWins()
{
    // Profile carries a (schema 1.0 style) Url and certificate; the subscription its own.
    const PsKeyPair other = psSelfSigned(QStringLiteral("subscription-own"), PsKeyKind::EcP256);
    QByteArray xml = psSchema1(
        kPublic, m_legacy,
        {{kId1, QStringLiteral("Own"), QStringLiteral("https://management.core.chinacloudapi.cn"),
          psLegacyBase64(other)},
         {kId2, QStringLiteral("Inherits"), {}, {}}});
    const auto r = PublishSettings::parse(xml);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.subscriptions.size(), 2);
    QCOMPARE(r.subscriptions.at(0).cloud, Cloud::China);
    QCOMPARE(r.subscriptions.at(0).certificate, QSslCertificate(other.certPem, QSsl::Pem));
    QCOMPARE(r.subscriptions.at(0).privateKey.algorithm(), QSsl::Ec);
    QCOMPARE(r.subscriptions.at(1).cloud, Cloud::Public);
    QCOMPARE(r.subscriptions.at(1).certificate, QSslCertificate(m_pair.certPem, QSsl::Pem));
}

void TestPublishSettings::manyProfilesAndSubscriptions()
{
    QByteArray xml = "<?xml version=\"1.0\"?>\n<PublishData>\n";
    for (int p = 0; p < 3; ++p) {
        xml +=
            "<PublishProfile SchemaVersion=\"2.0\" PublishMethod=\"AzureServiceManagementAPI\">\n";
        for (int i = 0; i < 7; ++i) {
            xml += QStringLiteral(
                       "<Subscription ServiceManagementUrl=\"https://management.core.windows.net\" "
                       "Id=\"00000000-0000-0000-000%1-%2\" Name=\"Sub %1.%3\" "
                       "ManagementCertificate=\"%4\" />\n")
                       .arg(p)
                       .arg(i, 12, 10, QLatin1Char('0'))
                       .arg(i)
                       .arg(m_legacy)
                       .toUtf8();
        }
        xml += "<Unknown><Subscription Id=\"ignored\"/></Unknown>\n</PublishProfile>\n";
    }
    xml += "</PublishData>\n";
    const auto r = PublishSettings::parse(xml);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.subscriptions.size(), 21);
    QCOMPARE(r.subscriptions.at(20).name, QStringLiteral("Sub 2.6"));
    for (const Subscription &s : r.subscriptions)
        QVERIFY(s.isValid());
}

void TestPublishSettings::modernAndEcCertificates()
{
    const PsKeyPair ec = psSelfSigned(QStringLiteral("ec"), PsKeyKind::EcP256);
    QString error;
    const QByteArray modern = psOpensslPkcs12(m_dir.path(), ec, {}, QString(), &error);
    QVERIFY2(!modern.isEmpty(), qPrintable(error));
    const auto r = PublishSettings::parse(
        psSchema2({{kId1, QStringLiteral("A"), kPublic, QString::fromLatin1(modern.toBase64())}}));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.subscriptions.first().privateKey.algorithm(), QSsl::Ec);
}

void TestPublishSettings::duplicateIdWarns()
{
    const auto r = PublishSettings::parse(psSchema1(
        kPublic, m_legacy,
        {{kId1, QStringLiteral("A"), {}, {}}, {kId1.toUpper(), QStringLiteral("B"), {}, {}}}));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.subscriptions.size(), 1);
    QCOMPARE(r.subscriptions.first().name, QStringLiteral("A"));
    QCOMPARE(r.warnings.size(), 1);
}

void TestPublishSettings::manyDuplicatesWarnOnce()
{
    // Before: 199 identical warnings for 200 copies of one subscription.
    QList<PsSub> subs;
    for (int i = 0; i < 200; ++i)
        subs.append({i % 2 ? kId1.toUpper() : kId1, QStringLiteral("A%1").arg(i), {}, {}});
    subs.append({kId2, QStringLiteral("B"), {}, {}});
    subs.append({kId2, QStringLiteral("B again"), {}, {}});
    const auto r = PublishSettings::parse(psSchema1(kPublic, m_legacy, subs));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.subscriptions.size(), 2);
    QCOMPARE(r.warnings.size(), 2);
    QVERIFY2(r.warnings.at(0).contains(kId1) &&
                 r.warnings.at(0).contains(QLatin1String("200 times")),
             qPrintable(r.warnings.at(0)));
    QVERIFY2(r.warnings.at(1).contains(kId2) && r.warnings.at(1).contains(QLatin1String("2 times")),
             qPrintable(r.warnings.at(1)));
}

void TestPublishSettings::expiredCertificateWarns()
{
    const PsKeyPair expired =
        psSelfSigned(QStringLiteral("expired"), PsKeyKind::Rsa2048, -400, 365);
    const auto r = PublishSettings::parse(
        psSchema2({{kId1, QStringLiteral("Old"), kPublic, psLegacyBase64(expired)}}));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.subscriptions.size(), 1); // still imported
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY2(r.warnings.first().contains(QLatin1String("expired")), qPrintable(r.warnings.first()));
    QVERIFY(r.warnings.first().contains(QLatin1String("Old")));
}

void TestPublishSettings::notYetValidCertificateWarns()
{
    const PsKeyPair future = psSelfSigned(QStringLiteral("future"), PsKeyKind::Rsa2048, 30, 365);
    const auto r = PublishSettings::parse(
        psSchema2({{kId1, QStringLiteral("Future"), kPublic, psLegacyBase64(future)}}));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY2(r.warnings.first().contains(QLatin1String("clock")), qPrintable(r.warnings.first()));
}

void TestPublishSettings::errors_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<PublishSettingsError>("code");
    QTest::addColumn<QString>("mentions");
    using E = PublishSettingsError;

    const QString sub = QStringLiteral("My Sub");
    QString error;
    const QByteArray cer = QSslCertificate(m_pair.certPem, QSsl::Pem).toDer();
    const QByteArray certOnly =
        psOpensslPkcs12(m_dir.path(), m_pair,
                        {QStringLiteral("-nokeys"), QStringLiteral("-legacy")}, QString(), &error);
    const QByteArray withPassword = psOpensslPkcs12(
        m_dir.path(), m_pair, {QStringLiteral("-legacy")}, QStringLiteral("secret"), &error);
    const PsKeyPair otherKey = psSelfSigned(QStringLiteral("x"), PsKeyKind::EcP256, -1, 365, true);
    const QByteArray mismatch = psRawPkcs12(m_pair.certPem, otherKey.keyPem);
    auto one = [&](const QString &cert) {
        return psSchema2({{kId1, sub, kPublic, cert}});
    };

    QTest::newRow("empty") << QByteArray() << E::EmptyFile << "empty";
    QTest::newRow("whitespace") << QByteArray(" \n\t\n") << E::EmptyFile << "empty";
    QTest::newRow("not-xml") << QByteArray("PK\x03\x04 this is a zip") << E::NotXml << "line 1";
    QTest::newRow("truncated") << one(m_legacy).left(200) << E::NotXml << "XML";
    QTest::newRow("wrong-root") << QByteArray(
                                       "<?xml version=\"1.0\"?><configuration><a/></configuration>")
                                << E::WrongRoot << "<configuration>";
    QTest::newRow("no-profile") << QByteArray("<PublishData><Other/></PublishData>")
                                << E::NoPublishProfile << "PublishProfile";
    QTest::newRow("no-subscription")
        << psSchema1(kPublic, m_legacy, {}) << E::NoSubscription << "no subscription";
    QTest::newRow("subscription-without-id")
        << psSchema2({{QString(), sub, kPublic, m_legacy}}) << E::SubscriptionWithoutId << sub;
    QTest::newRow("no-certificate") << one(QString()) << E::NoCertificate << sub;
    QTest::newRow("bad-base64") << one(QStringLiteral("MIIK$$not*base64!!")) << E::BadBase64 << sub;
    QTest::newRow("base64-not-pkcs12")
        << one(QString::fromLatin1(QByteArray("just some words").toBase64()))
        << E::CertificateNotPkcs12 << sub;
    QTest::newRow("cer-not-pfx") << one(QString::fromLatin1(cer.toBase64()))
                                 << E::CertificateWithoutKey << ".cer";
    QTest::newRow("pkcs12-without-key") << one(QString::fromLatin1(certOnly.toBase64()))
                                        << E::CertificateWithoutKey << "private key";
    QTest::newRow("password-protected") << one(QString::fromLatin1(withPassword.toBase64()))
                                        << E::CertificatePasswordProtected << "password";
    QTest::newRow("key-mismatch") << one(QString::fromLatin1(mismatch.toBase64()))
                                  << E::CertificateKeyMismatch << "does not belong";
    QTest::newRow("http-endpoint")
        << psSchema2({{kId1, sub, QStringLiteral("http://management.core.windows.net"), m_legacy}})
        << E::InsecureEndpoint << "http";
    QTest::newRow("ftp-endpoint")
        << psSchema2({{kId1, sub, QStringLiteral("ftp://management.core.windows.net"), m_legacy}})
        << E::InvalidEndpoint << "https";
    QTest::newRow("no-host-endpoint")
        << psSchema2({{kId1, sub, QStringLiteral("https://"), m_legacy}}) << E::InvalidEndpoint
        << sub;
    QTest::newRow("too-large") << QByteArray(PublishSettings::MaxFileSize + 1, ' ')
                               << E::FileTooLarge << "KiB";
    QTest::newRow("undeclared-entity")
        << QByteArray("<PublishData>&ent;</PublishData>") << E::NotXml << "line 1";
}

void TestPublishSettings::errors()
{
    QFETCH(QByteArray, xml);
    QFETCH(PublishSettingsError, code);
    QFETCH(QString, mentions);
    const auto r = PublishSettings::parse(xml);
    QVERIFY(!r.ok());
    QVERIFY2(r.error == code, qPrintable(PublishSettings::errorCodeName(r.error) +
                                         QLatin1String(": ") + r.errorMessage));
    QVERIFY(r.subscriptions.isEmpty());
    QVERIFY2(r.errorMessage.contains(mentions, Qt::CaseInsensitive), qPrintable(r.errorMessage));
    QVERIFY(PublishSettings::errorCodeName(code) != QLatin1String("Unknown"));
}

void TestPublishSettings::notXmlSaysWhere()
{
    const auto r =
        PublishSettings::parse("<PublishData>\n  <PublishProfile>\n    <Subscription Id=\"x\" \n");
    QCOMPARE(r.error, PublishSettingsError::NotXml);
    QVERIFY2(r.errorMessage.contains(QLatin1String("line ")) &&
                 r.errorMessage.contains(QLatin1String("column ")),
             qPrintable(r.errorMessage));
}

void TestPublishSettings::encodingErrorSaysWhere()
{
    // Before: QXmlStreamReader's position, the end of the XML declaration (line 1, column 38),
    // whatever line the bad byte is on.
    const QByteArray declared = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<PublishData>\n"
                                "  <PublishProfile Name=\"ab\xff\"/>\n</PublishData>\n";
    auto r = PublishSettings::parse(declared);
    QCOMPARE(r.error, PublishSettingsError::NotXml);
    QVERIFY2(r.errorMessage.contains(QLatin1String("line 3, column 27")) &&
                 r.errorMessage.contains(QLatin1String("0xff")),
             qPrintable(r.errorMessage));

    // No declaration; multi-byte characters before the bad byte count as one column each.
    r = PublishSettings::parse("<PublishData>\n<A>é€\xc3\x28</A></PublishData>");
    QCOMPARE(r.error, PublishSettingsError::NotXml);
    QVERIFY2(r.errorMessage.contains(QLatin1String("line 2, column 6")) &&
                 r.errorMessage.contains(QLatin1String("0xc3")),
             qPrintable(r.errorMessage));

    // A syntax error before the bad byte is the one reported.
    r = PublishSettings::parse("<PublishData>\n<A></B>\n<C>\xff</C></PublishData>");
    QCOMPARE(r.error, PublishSettingsError::NotXml);
    QVERIFY2(r.errorMessage.contains(QLatin1String("line 2")) &&
                 !r.errorMessage.contains(QLatin1String("0xff")),
             qPrintable(r.errorMessage));
}

void TestPublishSettings::dtdNeverExpanded()
{
    // "Billion laughs" and an external entity: refused at the DTD, nothing expanded.
    const QByteArray laughs =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE PublishData [\n"
        " <!ENTITY lol \"lol\">\n"
        " <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
        " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
        "]>\n<PublishData><PublishProfile Url=\"&lol4;\"><Subscription Id=\"&lol4;\" "
        "Name=\"x\"/></PublishProfile></PublishData>\n";
    auto r = PublishSettings::parse(laughs);
    QCOMPARE(r.error, PublishSettingsError::DtdNotAllowed);
    QVERIFY2(r.errorMessage.contains(QLatin1String("DTD")), qPrintable(r.errorMessage));

    const QByteArray external =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE PublishData [ <!ENTITY xxe SYSTEM "
        "\"file:///etc/passwd\"> ]>\n"
        "<PublishData><PublishProfile><Subscription Id=\"&xxe;\"/></PublishProfile></PublishData>";
    r = PublishSettings::parse(external);
    QCOMPARE(r.error, PublishSettingsError::DtdNotAllowed);
    QVERIFY(!r.errorMessage.contains(QLatin1String("root:")));
}

void TestPublishSettings::tooLargeRefusedBeforeReading()
{
    const QString path = m_dir.filePath(QStringLiteral("huge.publishsettings"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // A sparse file: 64 MiB that would take long to read, refused from its size alone.
    QVERIFY(f.resize(64 * 1024 * 1024));
    f.close();
    const auto r = PublishSettings::load(path);
    QCOMPARE(r.error, PublishSettingsError::FileTooLarge);
    QVERIFY(r.errorMessage.contains(path));
    QVERIFY(r.errorMessage.contains(QLatin1String("65536 KiB")));

    // Exactly at the limit: read and parsed (and then refused for what it is, not its size).
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QByteArray(PublishSettings::MaxFileSize, ' '));
    f.close();
    QCOMPARE(PublishSettings::load(path).error, PublishSettingsError::EmptyFile);
}

void TestPublishSettings::loadErrorsNameTheFile()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.publishsettings"));
    auto r = PublishSettings::load(missing);
    QCOMPARE(r.error, PublishSettingsError::FileUnreadable);
    QVERIFY(r.errorMessage.contains(missing));
    r = PublishSettings::load(m_dir.path());
    QCOMPARE(r.error, PublishSettingsError::FileUnreadable);

    const QString good = m_dir.filePath(QStringLiteral("good.publishsettings"));
    QFile f(good);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(psSchema1(kPublic, m_legacy, {{kId1, QStringLiteral("Account"), {}, {}}}));
    f.close();
    r = PublishSettings::load(good);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.subscriptions.size(), 1);
}

void TestPublishSettings::specialFilesRefused()
{
#ifdef Q_OS_UNIX
    // A device: before, read up to the limit and refused as "larger than 1024 KiB".
    auto r = PublishSettings::load(QStringLiteral("/dev/zero"));
    QCOMPARE(r.error, PublishSettingsError::FileUnreadable);
    QVERIFY2(r.errorMessage.contains(QLatin1String("not a regular file")),
             qPrintable(r.errorMessage));
    // A FIFO without a writer: before, open() blocked for ever (tests/e2e/tst_cli_account runs
    // the same through the CLI with a deadline).
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.publishsettings"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    r = PublishSettings::load(fifo);
    QCOMPARE(r.error, PublishSettingsError::FileUnreadable);
    QVERIFY2(r.errorMessage.contains(fifo) &&
                 r.errorMessage.contains(QLatin1String("not a regular file")),
             qPrintable(r.errorMessage));
#else
    QSKIP("FIFOs and /dev/zero are Unix");
#endif
}

void TestPublishSettings::writeSchema2RoundTrip()
{
    const PsKeyPair ec = psSelfSigned(QStringLiteral("ec-sub"), PsKeyKind::EcP256);
    QList<Subscription> subs{
        psSubscription(kId1, QStringLiteral("Pay-As-You-Go"),
                       QStringLiteral("https://management.core.windows.net"), m_pair),
        psSubscription(kId2, QStringLiteral("China & <Co>"),
                       QStringLiteral("https://management.core.chinacloudapi.cn/"), ec),
        psSubscription(QStringLiteral("sim-1"), QStringLiteral("Simulator"),
                       QStringLiteral("https://127.0.0.1:44300"), m_pair),
    };
    QString error;
    const QByteArray xml = PublishSettings::writeSchema2(subs, &error);
    QVERIFY2(!xml.isEmpty(), qPrintable(error));
    QVERIFY(xml.contains("SchemaVersion=\"2.0\""));
    QVERIFY(xml.contains("ServiceManagementUrl=\"https://management.core.chinacloudapi.cn\""));

    const auto r = PublishSettings::parse(xml);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.subscriptions.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(r.subscriptions.at(i).id, subs.at(i).id);
        QCOMPARE(r.subscriptions.at(i).name, subs.at(i).name);
        QCOMPARE(r.subscriptions.at(i).certificate, subs.at(i).certificate);
        QCOMPARE(r.subscriptions.at(i).privateKey.algorithm(), subs.at(i).privateKey.algorithm());
    }
    QCOMPARE(r.subscriptions.at(1).cloud, Cloud::China);
    QCOMPARE(r.subscriptions.at(2).cloud, Cloud::Custom);

    // The embedded certificate is the Windows kind: RC2-40 for the certificate bag.
    const int start = xml.indexOf("ManagementCertificate=\"") + 23;
    const QByteArray der = QByteArray::fromBase64(xml.mid(start, xml.indexOf('"', start) - start));
    const QString path = m_dir.filePath(QStringLiteral("written.pfx"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(der);
    f.close();
    QByteArray info;
    QVERIFY2(
        psRunOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-legacy"),
                      QStringLiteral("-passin"), QStringLiteral("pass:"), QStringLiteral("-nokeys"),
                      QStringLiteral("-in"), path},
                     &info),
        info.constData());
    QVERIFY2(info.contains("RC2-40") || info.contains("40BitRC2"), info.constData());
}

void TestPublishSettings::writeSchema2RefusesIncomplete()
{
    Subscription s = psSubscription(kId1, QStringLiteral("NoKey"), kPublic, m_pair);
    s.privateKey = QSslKey();
    QString error;
    QVERIFY(PublishSettings::writeSchema2({s}, &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("NoKey")));
}

void TestPublishSettings::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<PublishSettingsError>("code");
    QTest::addColumn<QString>("mentions");
    // Real XPLAT samples: the structure parses; the certificate bytes are deliberately corrupt.
    QTest::newRow("schema1-one") << "schema1-one-subscription.publishsettings"
                                 << PublishSettingsError::CertificatePasswordProtected << "Account";
    QTest::newRow("schema1-two") << "schema1-two-subscriptions.publishsettings"
                                 << PublishSettingsError::CertificatePasswordProtected << "Account";
    // Documentation templates with "<placeholders>" in attributes: not well-formed XML.
    QTest::newRow("schema2-public-template") << "schema2-public-cloud.TEMPLATE.publishsettings"
                                             << PublishSettingsError::NotXml << "line 6";
    QTest::newRow("schema2-china-template") << "schema2-china-cloud.TEMPLATE.publishsettings"
                                            << PublishSettingsError::NotXml << "line 6";
}

void TestPublishSettings::fixtures()
{
    QFETCH(QString, file);
    QFETCH(PublishSettingsError, code);
    QFETCH(QString, mentions);
    const QString path = dataPath(QStringLiteral("asm/publishsettings/") + file);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const auto r = PublishSettings::load(path);
    QVERIFY2(r.error == code, qPrintable(PublishSettings::errorCodeName(r.error) +
                                         QLatin1String(": ") + r.errorMessage));
    QVERIFY2(r.errorMessage.contains(mentions), qPrintable(r.errorMessage));
    qInfo("%s", qPrintable(r.errorMessage));
}

QTEST_GUILESS_MAIN(TestPublishSettings)
#include "tst_publishsettings.moc"
