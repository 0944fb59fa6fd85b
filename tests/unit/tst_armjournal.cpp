// The journal of an ARM run: ARM kinds with full ids, the cloud and account in the file, the ARM
// spec fields; classic journals keep their exact format and old files still read as classic.
#include "cloud/journal.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dockervm;
using cloud::Journal;

class TestArmJournal : public QObject
{
    Q_OBJECT
private slots:
    void armRoundTrip()
    {
        QTemporaryDir dir;
        cloud::VmSpec spec;
        spec.dnsName = QStringLiteral("h1");
        spec.location = QStringLiteral("westus");
        spec.dnsSuffix = QStringLiteral("westus.cloudapp.azure.com");
        spec.dockerPort = 2376;
        spec.resourceGroup = QStringLiteral("shared");
        spec.allowFrom = QStringLiteral("203.0.113.0/24");
        spec.sshKeyFile = QStringLiteral("/home/ada/.ssh/id_ed25519.pub");
        spec.keyType = certs::KeyType::EcdsaP256;
        spec.password = QStringLiteral("Secret-Password-1");
        Journal j(dir.path(), spec, QStringLiteral("sub-1"));
        j.setCloud(cloud::Kind::ResourceManager, QStringLiteral("sub-1"));
        j.setRunId(QStringLiteral("run-9"));
        QString error;
        QVERIFY(j.begin(&error));
        const QString nic = QStringLiteral("/subscriptions/sub-1/resourceGroups/shared/providers/"
                                           "Microsoft.Network/networkInterfaces/h1-nic");
        QVERIFY(j.record(Journal::Kind::NetworkInterface, nic, Journal::State::Planned, &error));
        QVERIFY(j.record(Journal::Kind::NetworkInterface, nic, Journal::State::Created, &error));
        QFile raw(j.path());
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray text = raw.readAll();
        QVERIFY(!text.contains("Secret-Password-1"));
        const QJsonObject o = QJsonDocument::fromJson(text).object();
        QCOMPARE(o.value(QStringLiteral("cloud")).toString(), QStringLiteral("arm"));
        QCOMPARE(o.value(QStringLiteral("account")).toString(), QStringLiteral("sub-1"));

        auto loaded = Journal::load(j.path(), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->cloud(), cloud::Kind::ResourceManager);
        QCOMPARE(loaded->accountId(), QStringLiteral("sub-1"));
        QCOMPARE(loaded->runId(), QStringLiteral("run-9"));
        QCOMPARE(loaded->spec().resourceGroup, QStringLiteral("shared"));
        QCOMPARE(loaded->spec().allowFrom, QStringLiteral("203.0.113.0/24"));
        QCOMPARE(loaded->spec().sshKeyFile, spec.sshKeyFile);
        QCOMPARE(loaded->spec().keyType, certs::KeyType::EcdsaP256);
        QCOMPARE(loaded->spec().dockerPort, 2376);
        QCOMPARE(loaded->spec().hostName(), QStringLiteral("h1.westus.cloudapp.azure.com"));
        QCOMPARE(loaded->entries().size(), 1);
        const Journal::Entry e = loaded->entries().first();
        QCOMPARE(e.kind, Journal::Kind::NetworkInterface);
        QCOMPARE(e.name, nic);
        QCOMPARE(Journal::describe(e), QStringLiteral("network interface h1-nic"));
        QCOMPARE(Journal::kindInfo(e.kind).removal, Journal::Removal::ArmDelete);
        QCOMPARE(QString::fromLatin1(Journal::kindInfo(e.kind).armType),
                 QStringLiteral("Microsoft.Network/networkInterfaces"));
        QVERIFY(Journal::deletePath(e).isEmpty()); // not an ASM path
        QCOMPARE(Journal::unfinished(dir.path()).size(), 1);
    }

    void everyArmKindHasItsId()
    {
        const QList<std::pair<Journal::Kind, const char *>> kinds = {
            {Journal::Kind::ResourceGroup, "resource-group"},
            {Journal::Kind::NetworkSecurityGroup, "network-security-group"},
            {Journal::Kind::VirtualNetwork, "virtual-network"},
            {Journal::Kind::PublicIpAddress, "public-ip"},
            {Journal::Kind::NetworkInterface, "network-interface"},
            {Journal::Kind::VirtualMachine, "virtual-machine"}};
        for (const auto &[kind, id] : kinds) {
            QCOMPARE(Journal::kindId(kind), QLatin1String(id));
            QCOMPARE(Journal::kindInfo(kind).kind, kind);
        }
    }

    void classicJournalsAreUnchanged()
    {
        QTemporaryDir dir;
        cloud::VmSpec spec;
        spec.dnsName = QStringLiteral("classic1");
        Journal j(dir.path(), spec, QStringLiteral("sub-c"));
        QString error;
        QVERIFY(j.begin(&error));
        QFile raw(j.path());
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(raw.readAll()).object();
        QVERIFY(!o.contains(QStringLiteral("cloud")));
        QVERIFY(!o.contains(QStringLiteral("account")));
        QVERIFY(!o.value(QStringLiteral("spec")).toObject().contains(QStringLiteral("allowFrom")));

        // A journal as written before ARM existed.
        const QString old = dir.filePath(QStringLiteral("old.json"));
        QFile f(old);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"version":1,"subscription":"sub-old","started":"2026-01-01T00:00:00Z",
                   "outcome":"running","spec":{"dnsName":"legacy","location":"West US",
                   "dockerPort":4243},"entries":[{"kind":"cloud-service","name":"legacy",
                   "state":"created"}]})");
        f.close();
        auto loaded = Journal::load(old, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->cloud(), cloud::Kind::Classic);
        QCOMPARE(loaded->accountId(), QStringLiteral("sub-old"));
        QCOMPARE(loaded->spec().dockerPort, 4243);
        QCOMPARE(loaded->entries().first().kind, Journal::Kind::CloudService);
    }
};

QTEST_GUILESS_MAIN(TestArmJournal)
#include "tst_armjournal.moc"
