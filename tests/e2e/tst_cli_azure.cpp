// docker-vm simulator, account import, locations and images as a user runs them: separate
// processes, real files, real TLS on loopback.
#include "cli_harness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

#include <memory>

using dockervm::testing::CliHarness;

class TestCliAzure : public QObject
{
    Q_OBJECT

    std::unique_ptr<CliHarness> m_harness;
    QString m_subscriptionId;
    QString m_publishSettings;
    QString m_caFile;

    using Result = CliHarness::Result;

    Result run(const QStringList &args) { return m_harness->run(args, {}, 60000); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariable("DOCKERVM_CLI").isEmpty())
            QSKIP("DOCKERVM_CLI is not set");
        m_harness = std::make_unique<CliHarness>();
        QVERIFY(m_harness->isValid());
        m_publishSettings = m_harness->publishSettings();
        m_caFile = m_harness->caFile();

        // Not startSimulator(): importing the subscription is a test of its own below.
        QString error;
        QVERIFY2(m_harness->launchSimulator({}, &error), qPrintable(error));
        // The announcement names the chosen port and the subscription.
        const QString text = m_harness->simulatorAnnouncement();
        QVERIFY2(!m_harness->simulatorEndpoint().isEmpty(), qPrintable(text));
        QVERIFY(QUrl(m_harness->simulatorEndpoint()).port() > 0);
        m_subscriptionId = m_harness->simulatorSubscriptionId();
        QVERIFY2(!m_subscriptionId.isEmpty(), qPrintable(text));
        QVERIFY(QFile::exists(m_publishSettings));
        QVERIFY(QFile::exists(m_caFile));
        QCOMPARE(QFile::permissions(m_publishSettings) & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
    }

    void cleanupTestCase()
    {
        if (!m_harness)
            return;
        m_harness->stopSimulator();
        const QByteArray log = m_harness->simulatorLog();
        // The simulator printed each request it served.
        QVERIFY2(log.contains("/locations -> 200"), log.constData());
        QVERIFY(log.contains("/services/images -> 200"));
    }

    void importAccount()
    {
        const Result r =
            run({QStringLiteral("account"), QStringLiteral("import"), m_publishSettings});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(m_subscriptionId.toUtf8()), r.out.constData());
        const Result list = run({QStringLiteral("account"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains("Demo Subscription"));
    }

    void locations()
    {
        const Result r =
            run({QStringLiteral("locations"), QStringLiteral("--management-ca"), m_caFile});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("West Europe"));
        QVERIFY(r.out.contains("Brazil South"));
        QCOMPARE(r.out.count('\n'), 14); // header + 13 regions
        QVERIFY2(r.err.isEmpty(), r.err.constData());

        const Result json = run({QStringLiteral("locations"), QStringLiteral("--json"),
                                 QStringLiteral("--management-ca"), m_caFile});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(array.size(), 13);
        QVERIFY(array.first()
                    .toObject()
                    .value(QStringLiteral("availableServices"))
                    .toArray()
                    .contains(QStringLiteral("PersistentVMRole")));
    }

    void images()
    {
        const Result r =
            run({QStringLiteral("images"), QStringLiteral("--management-ca"), m_caFile});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.split('\n');
        QVERIFY(lines.size() > 10);
        QVERIFY(lines.at(0).startsWith("PUBLISHED"));
        QVERIFY2(lines.at(1).contains("Ubuntu-14_04_1-LTS-amd64-server-20140924"),
                 lines.at(1).constData());
        QVERIFY(!lines.at(1).endsWith("*"));
        QVERIFY(r.out.contains("20140414-en-us-30GB  *"));
        QVERIFY(r.out.contains("too old for VM extensions"));
    }

    void imagesJson()
    {
        const Result r = run({QStringLiteral("images"), QStringLiteral("--json"),
                              QStringLiteral("--management-ca"), m_caFile});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), 9);
        const QJsonObject newest = array.first().toObject();
        QVERIFY(
            newest.value(QStringLiteral("name")).toString().contains(QStringLiteral("20140924")));
        QCOMPARE(newest.value(QStringLiteral("os")).toString(), QStringLiteral("Linux"));
        QCOMPARE(newest.value(QStringLiteral("lacksExtensionAgent")).toBool(), false);
        QCOMPARE(newest.value(QStringLiteral("publishedDate")).toString(),
                 QStringLiteral("2014-09-25T00:00:00Z"));
        QCOMPARE(array.last().toObject().value(QStringLiteral("lacksExtensionAgent")).toBool(),
                 true);
    }

    void imagesAllAndFilter()
    {
        const Result all =
            run({QStringLiteral("images"), QStringLiteral("--all"), QStringLiteral("--json"),
                 QStringLiteral("--management-ca"), m_caFile});
        QCOMPARE(all.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(all.out).array();
        QCOMPARE(array.size(), 264);
        QCOMPARE(array.first().toObject().value(QStringLiteral("os")).toString(),
                 QStringLiteral("Linux"));
        QCOMPARE(array.last().toObject().value(QStringLiteral("os")).toString(),
                 QStringLiteral("Windows"));

        const Result none =
            run({QStringLiteral("images"), QStringLiteral("--filter"),
                 QStringLiteral("no-such-image"), QStringLiteral("--management-ca"), m_caFile});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.err.contains("No Linux image name contains 'no-such-image'"));
    }

    void untrustedWithoutCa()
    {
        const Result r = run({QStringLiteral("locations")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("not trusted"), r.err.constData());
        QVERIFY(r.err.contains("--management-ca"));
    }

    void unknownSubscription()
    {
        const Result r = run({QStringLiteral("images"), QStringLiteral("--subscription"),
                              QStringLiteral("no-such-subscription"),
                              QStringLiteral("--management-ca"), m_caFile});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(!r.err.isEmpty(), r.out.constData());
    }

    // A subscription the endpoint does not know: 403 ForbiddenError. Exit code 1 as README
    // documents (it was 3), with the explanation and the next step.
    void forbiddenIsExitCodeOne()
    {
        QFile original(m_publishSettings);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray xml = original.readAll();
        const QByteArray strangerId = "00000000-1111-2222-3333-444444444444";
        QVERIFY(xml.contains(m_subscriptionId.toUtf8()));
        xml.replace(m_subscriptionId.toUtf8(), strangerId);
        xml.replace("Demo Subscription", "Stranger Subscription");
        const QString path = m_harness->path(QStringLiteral("stranger.publishsettings"));
        QFile stranger(path);
        QVERIFY(stranger.open(QIODevice::WriteOnly));
        stranger.write(xml);
        stranger.close();
        const Result imported = run({QStringLiteral("account"), QStringLiteral("import"), path});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());

        for (const QString &command : {QStringLiteral("locations"), QStringLiteral("images")}) {
            const Result r =
                run({command, QStringLiteral("--subscription"), QString::fromLatin1(strangerId),
                     QStringLiteral("--management-ca"), m_caFile});
            QVERIFY(r.finished);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("HTTP 403 ForbiddenError"), r.err.constData());
            QVERIFY(r.err.contains("management certificate is not accepted"));
            QVERIFY(r.err.contains(".publishsettings"));
        }
    }

    void badFaultOption()
    {
        const Result r =
            run({QStringLiteral("simulator"), QStringLiteral("--fail-503"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("between 0 and 1"));
    }
};

QTEST_GUILESS_MAIN(TestCliAzure)
#include "tst_cli_azure.moc"
