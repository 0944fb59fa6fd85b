// docker-vm simulator, account import, locations and images as a user runs them: separate
// processes, real files, real TLS on loopback.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestCliAzure : public QObject
{
    Q_OBJECT

    QString m_cli;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_sim;
    QString m_endpoint;
    QString m_subscriptionId;
    QString m_publishSettings;
    QString m_caFile;

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKERVM_CONFIG_DIR"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("DOCKERVM_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                   m_dir.filePath(QStringLiteral("home/.config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"),
                   m_dir.filePath(QStringLiteral("home/.local/share")));
        return env;
    }

    Result run(const QStringList &args, int timeoutMs = 60000)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(m_cli, args);
        Result r;
        if (!finished.wait(timeoutMs)) {
            p.kill();
            finished.wait(5000);
            r.err = "timed out";
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_cli = qEnvironmentVariable("DOCKERVM_CLI");
        if (m_cli.isEmpty())
            QSKIP("DOCKERVM_CLI is not set");
        QVERIFY(m_dir.isValid());
        m_publishSettings = m_dir.filePath(QStringLiteral("sim.publishsettings"));
        m_caFile = m_dir.filePath(QStringLiteral("sim-ca.pem"));

        m_sim = std::make_unique<QProcess>();
        m_sim->setProcessEnvironment(environment());
        m_sim->setProcessChannelMode(QProcess::SeparateChannels);
        m_sim->start(m_cli, {QStringLiteral("simulator"), QStringLiteral("--port"),
                             QStringLiteral("0"), QStringLiteral("--publishsettings"),
                             m_publishSettings, QStringLiteral("--ca-out"), m_caFile});
        // Read lines until the announcement with the chosen port and the subscription.
        static const QRegularExpression listening(
            QStringLiteral("listening on (https://127\\.0\\.0\\.1:(\\d+))"));
        static const QRegularExpression subscription(QStringLiteral("subscription:\\s+(\\S+)"));
        QByteArray seen;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (seen += m_sim->readAllStandardOutput(), seen.contains("Press Ctrl+C")),
            QByteArray(seen + m_sim->readAllStandardError()).constData(), 30000);
        const QString text = QString::fromUtf8(seen);
        const auto m = listening.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text));
        m_endpoint = m.captured(1);
        QVERIFY(m.captured(2).toInt() > 0);
        const auto s = subscription.match(text);
        QVERIFY(s.hasMatch());
        m_subscriptionId = s.captured(1);
        QVERIFY(QFile::exists(m_publishSettings));
        QVERIFY(QFile::exists(m_caFile));
        QCOMPARE(QFile::permissions(m_publishSettings) & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
    }

    void cleanupTestCase()
    {
        if (m_sim && m_sim->state() != QProcess::NotRunning) {
            m_sim->terminate();
            QSignalSpy finished(m_sim.get(), &QProcess::finished);
            if (!finished.wait(10000))
                m_sim->kill();
        }
        if (m_sim) {
            const QByteArray log = m_sim->readAllStandardOutput();
            // The simulator printed each request it served.
            QVERIFY2(log.contains("/locations -> 200"), log.constData());
            QVERIFY(log.contains("/services/images -> 200"));
        }
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
