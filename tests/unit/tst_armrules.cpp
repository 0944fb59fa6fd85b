// ARM input rules: each field's rule with the message it gives, and SSH public keys parsed from
// their base64 blobs (built here byte by byte, and real files made by ssh-keygen when present).
#include "arm/armrules.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dockervm;
using namespace dockervm::arm;

namespace {

QByteArray sshString(const QByteArray &data)
{
    QByteArray out;
    const quint32 n = quint32(data.size());
    out.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
    return out + data;
}

// "ssh-rsa <base64>" with a modulus of `bits` bits (top bit set).
QByteArray rsaKeyLine(int bits, const QByteArray &comment = "ada@laptop")
{
    QByteArray modulus(bits / 8, '\x5a');
    modulus[0] = char(0x80);
    modulus.prepend('\0'); // mpint: positive
    const QByteArray blob =
        sshString("ssh-rsa") + sshString(QByteArray("\x01\x00\x01", 3)) + sshString(modulus);
    return "ssh-rsa " + blob.toBase64() + (comment.isEmpty() ? QByteArray() : " " + comment);
}

QByteArray ed25519KeyLine()
{
    const QByteArray blob = sshString("ssh-ed25519") + sshString(QByteArray(32, '\x11'));
    return "ssh-ed25519 " + blob.toBase64() + " me@host";
}

QByteArray ecdsaKeyLine()
{
    const QByteArray blob = sshString("ecdsa-sha2-nistp256") + sshString("nistp256") +
                            sshString(QByteArray(65, '\x04'));
    return "ecdsa-sha2-nistp256 " + blob.toBase64();
}

cloud::VmSpec validSpec()
{
    cloud::VmSpec spec;
    spec.dnsName = QStringLiteral("mydockerhost");
    spec.location = QStringLiteral("westus");
    spec.imageName = QStringLiteral("Canonical:ubuntu-24_04-lts:server:latest");
    spec.size = QStringLiteral("Standard_B2s");
    spec.userName = QStringLiteral("azureuser");
    spec.sshPublicKey = QString::fromLatin1(ed25519KeyLine());
    spec.sshPort = 22;
    spec.dockerPort = 2376;
    return spec;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestArmRules : public QObject
{
    Q_OBJECT
private slots:
    void dnsLabel_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("message"); // a part of it; empty: valid
        QTest::newRow("ok") << "mydockerhost"
                            << "";
        QTest::newRow("digits and hyphens") << "a1-b2"
                                            << "";
        QTest::newRow("3 chars") << "abc"
                                 << "";
        QTest::newRow("63 chars") << QString(QLatin1Char('a')).repeated(63) << "";
        QTest::newRow("empty") << ""
                               << "Enter a DNS label";
        QTest::newRow("2 chars") << "ab"
                                 << "3 to 63 characters long (it has 2)";
        QTest::newRow("64 chars") << QString(QLatin1Char('a')).repeated(64) << "(it has 64)";
        QTest::newRow("upper") << "MyHost"
                               << "lower-case letters: try \"myhost\"";
        QTest::newRow("underscore") << "my_host"
                                    << "(\"_\" is not allowed)";
        QTest::newRow("dot") << "my.host"
                             << "(\".\" is not allowed)";
        QTest::newRow("digit first") << "1host"
                                     << "must start with a letter";
        QTest::newRow("hyphen first") << "-host"
                                      << "must start with a letter";
        QTest::newRow("hyphen last") << "host-"
                                     << "not a hyphen";
    }
    void dnsLabel()
    {
        QFETCH(QString, label);
        QFETCH(QString, message);
        const QString got = rules::validateDnsLabel(label);
        if (message.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(got.contains(message), qPrintable(got));
    }

    void userName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("ok") << "azureuser"
                            << "";
        QTest::newRow("underscore first") << "_svc"
                                          << "";
        QTest::newRow("64") << QString(QLatin1Char('u')).repeated(64) << "";
        QTest::newRow("65") << QString(QLatin1Char('u')).repeated(65) << "at most 64";
        QTest::newRow("empty") << ""
                               << "Enter a user name";
        QTest::newRow("root") << "root"
                              << "\"root\" is reserved";
        QTest::newRow("admin") << "admin"
                               << "\"admin\" is reserved";
        QTest::newRow("support_388945a0") << "support_388945a0"
                                          << "reserved";
        QTest::newRow("docker") << "docker"
                                << "group the Docker package creates";
        QTest::newRow("upper") << "Ada"
                               << "lower-case letter or an underscore";
        QTest::newRow("digit first") << "1ada"
                                     << "lower-case letter or an underscore";
    }
    void userName()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        const QString got = rules::validateUserName(name);
        if (message.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(got.contains(message), qPrintable(got));
    }

    void everyReservedNameIsRefused()
    {
        QCOMPARE(rules::reservedUserNames().size(), 32); // arm.md §8
        for (const QString &name : rules::reservedUserNames())
            QVERIFY2(!rules::validateUserName(name).isEmpty(), qPrintable(name));
    }

    void password_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("message");
        QTest::newRow("ok 3 classes") << "correct-horse-9"
                                      << "";
        QTest::newRow("ok 4 classes") << "Correct-Horse-9"
                                      << "";
        QTest::newRow("12") << "Abcdefghij1!"
                            << "";
        QTest::newRow("72") << QStringLiteral("Aa1!").repeated(18) << "";
        QTest::newRow("11") << "Abcdefghi1!"
                            << "12 to 72 characters long (it has 11)";
        QTest::newRow("73") << QStringLiteral("Aa1!").repeated(18) + QLatin1Char('x')
                            << "(it has 73)";
        QTest::newRow("two classes") << "abcdefghijkl1"
                                     << "add an upper-case letter or a special";
        QTest::newRow("control") << QStringLiteral("Abcdefghij1\t") << "control characters";
        QTest::newRow("empty") << ""
                               << "or give an SSH public key";
    }
    void password()
    {
        QFETCH(QString, password);
        QFETCH(QString, message);
        const QString got = rules::validatePassword(password);
        if (message.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(got.contains(message), qPrintable(got));
    }

    void bannedPasswordsAreRefusedByName()
    {
        // Those of the list long enough to pass the length rule get the specific message.
        const QString longBanned = QStringLiteral("P@ssword123"); // 11: length first
        QVERIFY(rules::validatePassword(longBanned).contains(QStringLiteral("12 to 72")));
        QCOMPARE(rules::bannedPasswords().size(), 10);
        const auto checklist = rules::passwordChecklist(QStringLiteral("P@ssw0rd"));
        QVERIFY(!checklist.last().satisfied);
        const auto good = rules::passwordChecklist(QStringLiteral("Correct-Horse-9"));
        for (const auto &rule : good)
            QVERIFY2(rule.satisfied, qPrintable(rule.description));
    }

    void sshKeys()
    {
        auto key = rules::parseSshPublicKey(rsaKeyLine(2048));
        QVERIFY2(key.ok(), qPrintable(key.error));
        QCOMPARE(key.type, QStringLiteral("ssh-rsa"));
        QCOMPARE(key.bits, 2048);
        QCOMPARE(key.comment, QStringLiteral("ada@laptop"));
        key = rules::parseSshPublicKey(rsaKeyLine(4096, ""));
        QVERIFY(key.ok());
        QCOMPARE(key.bits, 4096);
        key = rules::parseSshPublicKey(rsaKeyLine(1024));
        QVERIFY(!key.ok());
        QVERIFY2(key.error.contains(QStringLiteral("has 1024 bits; Azure needs at least 2048")),
                 qPrintable(key.error));
        key = rules::parseSshPublicKey(ed25519KeyLine());
        QVERIFY2(key.ok(), qPrintable(key.error));
        QCOMPARE(key.bits, 256);
        key = rules::parseSshPublicKey(ecdsaKeyLine());
        QVERIFY2(key.ok(), qPrintable(key.error));
        QCOMPARE(key.bits, 256);
        // The line's type and the blob's disagree.
        QByteArray lie = ed25519KeyLine();
        lie.replace("ssh-ed25519 ", "ssh-rsa ");
        key = rules::parseSshPublicKey(lie);
        QVERIFY(key.error.contains(QStringLiteral("does not hold a ssh-rsa key")));
        key = rules::parseSshPublicKey("ssh-rsa !!!notbase64");
        QVERIFY(key.error.contains(QStringLiteral("not valid base64")));
        key = rules::parseSshPublicKey("ssh-dss AAAAB3NzaC1kc3MAAACBAP");
        QVERIFY(key.error.contains(QStringLiteral("DSA keys are not accepted")));
        key = rules::parseSshPublicKey(
            "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH "
            "PRIVATE KEY-----\n");
        QVERIFY(key.error.contains(QStringLiteral("this is a private key")));
        key = rules::parseSshPublicKey("");
        QVERIFY(key.error.contains(QStringLiteral("holds no public key")));
    }

    void sshKeyFiles()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("nope.pub"));
        QVERIFY(
            rules::readSshPublicKeyFile(missing).error.contains(QStringLiteral("does not exist")));
        QVERIFY(
            rules::readSshPublicKeyFile(dir.path()).error.contains(QStringLiteral("is a folder")));
        const QString priv = dir.filePath(QStringLiteral("id_rsa"));
        QVERIFY(writeFile(
            priv, "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n"));
        const auto p = rules::readSshPublicKeyFile(priv);
        QVERIFY2(p.error.contains(priv) && p.error.contains(QStringLiteral("private key")),
                 qPrintable(p.error));
        const QString unreadable = dir.filePath(QStringLiteral("locked.pub"));
        QVERIFY(writeFile(unreadable, ed25519KeyLine()));
        QFile::setPermissions(unreadable, QFileDevice::Permissions());
        if (QFile(unreadable).open(QIODevice::ReadOnly) == false) // not when running as root
            QVERIFY(rules::readSshPublicKeyFile(unreadable)
                        .error.contains(QStringLiteral("Cannot read")));
        // Real keys from ssh-keygen, when it is installed.
        const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
        if (keygen.isEmpty())
            return;
        for (const QStringList &args :
             {QStringList{QStringLiteral("-t"), QStringLiteral("ed25519")},
              QStringList{QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-b"),
                          QStringLiteral("3072")},
              QStringList{QStringLiteral("-t"), QStringLiteral("ecdsa"), QStringLiteral("-b"),
                          QStringLiteral("384")},
              QStringList{QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-b"),
                          QStringLiteral("1024")}}) {
            const QString base = dir.filePath(QStringLiteral("k") + args.join(QString()));
            QProcess proc;
            proc.start(keygen,
                       args + QStringList{QStringLiteral("-N"), QString(), QStringLiteral("-q"),
                                          QStringLiteral("-C"), QStringLiteral("t@h"),
                                          QStringLiteral("-f"), base});
            QVERIFY(proc.waitForFinished(60000));
            QCOMPARE(proc.exitCode(), 0);
            const auto key = rules::readSshPublicKeyFile(base + QStringLiteral(".pub"));
            if (args.contains(QStringLiteral("1024"))) {
                QVERIFY(key.error.contains(QStringLiteral("1024 bits")));
            } else {
                QVERIFY2(key.ok(), qPrintable(key.error));
                QCOMPARE(key.comment, QStringLiteral("t@h"));
                if (args.contains(QStringLiteral("3072")))
                    QCOMPARE(key.bits, 3072);
                if (args.contains(QStringLiteral("ecdsa")))
                    QCOMPARE(key.bits, 384);
            }
            // The private key given by mistake.
            QVERIFY(
                rules::readSshPublicKeyFile(base).error.contains(QStringLiteral("private key")));
        }
    }

    void allowFrom_data()
    {
        QTest::addColumn<QString>("cidr");
        QTest::addColumn<QString>("message");
        QTest::newRow("any") << "*"
                             << "";
        QTest::newRow("range") << "203.0.113.0/24"
                               << "";
        QTest::newRow("host") << "203.0.113.7"
                              << "";
        QTest::newRow("host /32") << "203.0.113.7/32"
                                  << "";
        QTest::newRow("all /0") << "0.0.0.0/0"
                                << "";
        QTest::newRow("empty") << ""
                               << "Enter the source addresses";
        QTest::newRow("host bits") << "203.0.113.7/24"
                                   << "the range starting there is 203.0.113.0/24";
        QTest::newRow("octet") << "203.0.113.256/32"
                               << "is not an IPv4 address range";
        QTest::newRow("ipv6") << "2001:db8::/32"
                              << "is not an IPv4 address range";
        QTest::newRow("prefix") << "10.0.0.0/33"
                                << "from 0 to 32";
        QTest::newRow("word") << "office"
                              << "is not an IPv4 address range";
    }
    void allowFrom()
    {
        QFETCH(QString, cidr);
        QFETCH(QString, message);
        const QString got = rules::validateAllowFrom(cidr);
        if (message.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(got.contains(message), qPrintable(got));
    }

    void portsAndGroup()
    {
        QVERIFY(rules::validateSshPort(22).isEmpty());
        QVERIFY(rules::validateSshPort(0).isEmpty());
        QVERIFY(rules::validateSshPort(2222).contains(QStringLiteral("does not translate ports")));
        QVERIFY(rules::validateDockerPort(2376, 22).isEmpty());
        QVERIFY(rules::validateDockerPort(22, 22).contains(QStringLiteral("differ from the SSH")));
        QVERIFY(rules::validateDockerPort(22, 0).isEmpty());
        QVERIFY(rules::validateDockerPort(0, 22).contains(QStringLiteral("1 to 65535")));
        QVERIFY(rules::validateDockerPort(65536, 22).contains(QStringLiteral("1 to 65535")));
        QVERIFY(rules::validateResourceGroupName(QString()).isEmpty());
        QVERIFY(rules::validateResourceGroupName(QStringLiteral("my-rg_(1).x")).isEmpty());
        QVERIFY(rules::validateResourceGroupName(QStringLiteral("rg."))
                    .contains(QStringLiteral("period")));
        QVERIFY(rules::validateResourceGroupName(QStringLiteral("a/b"))
                    .contains(QStringLiteral("may only")));
        QVERIFY(rules::validateResourceGroupName(QString(91, QLatin1Char('r')))
                    .contains(QStringLiteral("90")));
    }

    void wholeSpec()
    {
        using F = cloud::FieldError::Field;
        QVERIFY(rules::validate(validSpec()).isEmpty());
        cloud::VmSpec spec = validSpec();
        spec.sshPublicKey.clear();
        auto errors = rules::validate(spec);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, F::Password);
        spec.password = QStringLiteral("Correct-Horse-9");
        QVERIFY(rules::validate(spec).isEmpty());
        spec = validSpec();
        spec.sshPublicKey.clear();
        spec.sshKeyFile = QStringLiteral("/nonexistent/id.pub");
        errors = rules::validate(spec);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, F::SshKey);
        QVERIFY(errors.first().message.contains(QStringLiteral("/nonexistent/id.pub")));
        spec = validSpec();
        spec.imageName = QStringLiteral("UbuntuLTS");
        QCOMPARE(rules::validateField(F::Image, spec).contains(QStringLiteral("URN")), true);
        spec = validSpec();
        spec.dnsName = QStringLiteral("Bad_Label");
        spec.userName = QStringLiteral("root");
        spec.allowFrom = QStringLiteral("x");
        errors = rules::validate(spec);
        QCOMPARE(errors.size(), 3);
        QCOMPARE(errors.at(0).field, F::DnsName);
        QCOMPARE(errors.at(1).field, F::UserName);
        QCOMPARE(errors.at(2).field, F::AllowFrom);
    }
};

QTEST_GUILESS_MAIN(TestArmRules)
#include "tst_armrules.moc"
