#include "cloud/vmspec.h"

#include <QtTest>

using namespace dockervm::cloud;

class TestVmSpec : public QObject
{
    Q_OBJECT

private:
    static VmSpec validSpec()
    {
        VmSpec s;
        s.dnsName = QStringLiteral("mydockerhost");
        s.location = QStringLiteral("West US");
        s.imageName = QStringLiteral("b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04_1-LTS-amd64-"
                                     "server-20140927-en-us-30GB");
        s.userName = QStringLiteral("azureuser");
        s.password = QStringLiteral("Docker4Azure!");
        return s;
    }

private slots:
    void validSpecPasses() { QVERIFY(validate(validSpec()).isEmpty()); }

    void dnsNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("simple") << "mydockerhost" << true;
        QTest::newRow("hyphen") << "my-docker-1" << true;
        QTest::newRow("min 3") << "abc" << true;
        QTest::newRow("max 24") << QString(24, QLatin1Char('a')) << true;
        QTest::newRow("too short") << "ab" << false;
        QTest::newRow("too long") << QString(25, QLatin1Char('a')) << false;
        QTest::newRow("underscore") << "my_host" << false;
        QTest::newRow("dot") << "my.host" << false;
        QTest::newRow("leading digit") << "1host" << false;
        QTest::newRow("trailing hyphen") << "host-" << false;
        QTest::newRow("empty") << "" << false;
    }
    void dnsNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        QCOMPARE(validateDnsName(name).isEmpty(), ok);
    }

    void userNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << "azureuser" << true;
        QTest::newRow("32 chars") << QString(32, QLatin1Char('u')) << true;
        QTest::newRow("33 chars") << QString(33, QLatin1Char('u')) << false;
        QTest::newRow("root") << "root" << false;
        QTest::newRow("admin") << "admin" << false;
        QTest::newRow("docker") << "docker" << false;
        QTest::newRow("upper") << "Azure" << false;
        QTest::newRow("space") << "a user" << false;
        QTest::newRow("empty") << "" << false;
    }
    void userNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        QCOMPARE(validateUserName(name).isEmpty(), ok);
    }

    void reservedNameIsNamed()
    {
        QVERIFY(validateUserName(QStringLiteral("docker")).contains(QStringLiteral("reserved")));
    }

    void passwords_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("ok");
        QTest::newRow("article example") << "Docker4Azure!" << true;
        QTest::newRow("every special") << "aA1!aA1@" << true;
        QTest::newRow("short") << "aA1!aA1" << false;
        QTest::newRow("no upper") << "docker4azure!" << false;
        QTest::newRow("no lower") << "DOCKER4AZURE!" << false;
        QTest::newRow("no digit") << "DockerAzure!" << false;
        QTest::newRow("no special") << "Docker4Azure" << false;
        QTest::newRow("special not in set") << "Docker4Azure?" << false;
        QTest::newRow("73 chars") << (QStringLiteral("aA1!") + QString(69, QLatin1Char('x')))
                                  << false;
    }
    void passwords()
    {
        QFETCH(QString, password);
        QFETCH(bool, ok);
        QCOMPARE(validatePassword(password).isEmpty(), ok);
    }

    void checklistReportsEachRule()
    {
        const auto rules = passwordChecklist(QStringLiteral("abcDEF12"));
        QCOMPARE(rules.size(), 5);
        QVERIFY(rules[0].satisfied);  // length
        QVERIFY(rules[1].satisfied);  // lower
        QVERIFY(rules[2].satisfied);  // upper
        QVERIFY(rules[3].satisfied);  // digit
        QVERIFY(!rules[4].satisfied); // special
        QVERIFY(validatePassword(QStringLiteral("abcDEF12")).contains(QStringLiteral("!@#$%^&+=")));
    }

    void portsMustDifferAndBeInRange()
    {
        VmSpec s = validSpec();
        s.dockerPort = 22;
        auto errors = validate(s);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].field, FieldError::Field::DockerPort);
        QVERIFY(errors[0].message.contains(QStringLiteral("differ")));

        s.dockerPort = 70000;
        errors = validate(s);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors[0].message.contains(QStringLiteral("65535")));

        s.dockerPort = 4243;
        s.sshPort = 0; // no SSH endpoint is allowed
        QVERIFY(validate(s).isEmpty());
        s.sshPort = -1;
        QCOMPARE(validate(s).value(0).field, FieldError::Field::SshPort);
    }

    void everyFieldReportedAtOnce()
    {
        const auto errors = validate(VmSpec{});
        QSet<int> fields;
        for (const auto &e : errors)
            fields.insert(int(e.field));
        QVERIFY(fields.contains(int(FieldError::Field::DnsName)));
        QVERIFY(fields.contains(int(FieldError::Field::Location)));
        QVERIFY(fields.contains(int(FieldError::Field::Image)));
        QVERIFY(fields.contains(int(FieldError::Field::UserName)));
        QVERIFY(fields.contains(int(FieldError::Field::Password)));
    }

    void derivedNames()
    {
        VmSpec s = validSpec();
        QCOMPARE(s.effectiveVmName(), QStringLiteral("mydockerhost"));
        QCOMPARE(s.hostName(), QStringLiteral("mydockerhost.cloudapp.net"));
        s.vmName = QStringLiteral("vm1");
        QCOMPARE(s.effectiveVmName(), QStringLiteral("vm1"));
        QVERIFY(s.effectiveCertDir().endsWith(QStringLiteral("/.docker")));
    }
};

QTEST_GUILESS_MAIN(TestVmSpec)
#include "tst_vmspec.moc"
