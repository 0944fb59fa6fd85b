#include "cloud/journal.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace dockervm::cloud;

class TestJournal : public QObject
{
    Q_OBJECT
private:
    static VmSpec spec()
    {
        VmSpec s;
        s.dnsName = QStringLiteral("jhost");
        s.location = QStringLiteral("West US");
        s.imageName = QStringLiteral("img");
        s.userName = QStringLiteral("azureuser");
        s.password = QStringLiteral("Sup3r$ecret!");
        s.dockerPort = 2376;
        s.extension = ExtensionSchema::V1;
        return s;
    }

private slots:
    void roundTripWithoutPassword()
    {
        QTemporaryDir dir;
        Journal j(dir.path(), spec(), QStringLiteral("sub-1"));
        QString error;
        QVERIFY2(j.begin(&error), qPrintable(error));
        QVERIFY(j.record(Journal::Kind::StorageAccount, QStringLiteral("portalvhdsx"),
                         Journal::State::Planned, &error));
        QVERIFY(j.record(Journal::Kind::StorageAccount, QStringLiteral("portalvhdsx"),
                         Journal::State::Created, &error));
        QVERIFY(j.record(Journal::Kind::CloudService, QStringLiteral("jhost"),
                         Journal::State::Created, &error));
        QVERIFY(j.record(Journal::Kind::Deployment, QStringLiteral("jhost"),
                         Journal::State::Planned, &error, QStringLiteral("jhost")));

        QFile f(j.path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray raw = f.readAll();
        QVERIFY(!raw.contains("Sup3r$ecret!"));
        QCOMPARE(QFile::permissions(j.path()) & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());

        const auto loaded = Journal::load(j.path(), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->dnsName(), QStringLiteral("jhost"));
        QCOMPARE(loaded->subscriptionId(), QStringLiteral("sub-1"));
        QCOMPARE(loaded->spec().dockerPort, 2376);
        QCOMPARE(loaded->spec().extension, ExtensionSchema::V1);
        QVERIFY(loaded->spec().password.isEmpty());
        QCOMPARE(loaded->entries().size(), 3);
        QCOMPARE(loaded->entries()[0].state, Journal::State::Created);
        // Newest first: the deployment that may or may not exist, then the service, then storage.
        const auto left = loaded->leftovers();
        QCOMPARE(left.size(), 3);
        QCOMPARE(left[0].kind, Journal::Kind::Deployment);
        QCOMPARE(left[0].parent, QStringLiteral("jhost"));
        QCOMPARE(left[2].kind, Journal::Kind::StorageAccount);
    }

    void unfinishedListsOnlyOpenRuns()
    {
        QTemporaryDir dir;
        QString error;
        Journal open(dir.path(), spec(), QStringLiteral("s"));
        QVERIFY(open.begin(&error));

        VmSpec other = spec();
        other.dnsName = QStringLiteral("done");
        Journal done(dir.path(), other, QStringLiteral("s"));
        QVERIFY(done.begin(&error));
        QVERIFY(done.record(Journal::Kind::CloudService, QStringLiteral("done"),
                            Journal::State::Removed, &error));
        QVERIFY(done.setOutcome(Journal::Outcome::RolledBack, &error));

        QFile junk(dir.filePath(QStringLiteral("junk.json")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not json");
        junk.close();

        const auto list = Journal::unfinished(dir.path());
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().dnsName(), QStringLiteral("jhost"));

        QVERIFY(open.remove(&error));
        QVERIFY(Journal::unfinished(dir.path()).isEmpty());
    }

    // `swarm add`: its own file beside the create's, marked, listed as unfinished.
    void swarmAddJournalHasItsOwnFile()
    {
        QTemporaryDir dir;
        QString error;
        Journal create(dir.path(), spec(), QStringLiteral("s"));
        QVERIFY(create.begin(&error));
        Journal add(dir.path(), spec(), QStringLiteral("s"));
        add.setOperation(Journal::Operation::SwarmAdd);
        QCOMPARE(QFileInfo(add.path()).fileName(), QStringLiteral("jhost-swarm-add.json"));
        QVERIFY(add.begin(&error));
        QVERIFY(add.record(Journal::Kind::Role, QStringLiteral("jhost-3"), Journal::State::Created,
                           &error, QStringLiteral("jhost")));
        QVERIFY(QFile::exists(create.path()));
        const auto loaded = Journal::load(add.path(), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->operation(), Journal::Operation::SwarmAdd);
        QCOMPARE(Journal::load(create.path(), &error)->operation(), Journal::Operation::Create);
        QFile f(create.path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("operation")); // a create's file as older versions wrote
        QCOMPARE(Journal::unfinished(dir.path()).size(), 2);
    }

    void unwritableDirectoryIsReported()
    {
        QString error;
        Journal j(QStringLiteral("/proc/no-such-dir/journal"), spec(), QStringLiteral("s"));
        QVERIFY(!j.begin(&error));
        QVERIFY(!error.isEmpty());
    }

    // A file's fingerprint and the folder entry survive a reload; "kept" entries are not
    // leftovers.
    void fingerprintsAndFolders()
    {
        QTemporaryDir dir;
        Journal j(dir.path(), spec(), QStringLiteral("sub-1"));
        QString error;
        QVERIFY2(j.begin(&error), qPrintable(error));
        QVERIFY(j.record(Journal::Kind::Folder, QStringLiteral("/tmp/certs"),
                         Journal::State::Created, &error));
        QVERIFY(j.record(Journal::Kind::File, QStringLiteral("/tmp/certs/ca.pem"),
                         Journal::State::Planned, &error));
        QVERIFY(j.record(Journal::Kind::File, QStringLiteral("/tmp/certs/ca.pem"),
                         Journal::State::Created, &error, QString(), QString(), "00ff"));
        QVERIFY(j.record(Journal::Kind::File, QStringLiteral("/tmp/certs/key.pem"),
                         Journal::State::Kept, &error, QString(), QStringLiteral("changed"),
                         "abcd"));
        const auto loaded = Journal::load(j.path(), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->entries().size(), 3);
        QCOMPARE(loaded->entries()[0].kind, Journal::Kind::Folder);
        QCOMPARE(loaded->entries()[1].sha256, QByteArray("00ff"));
        QCOMPARE(loaded->entries()[2].state, Journal::State::Kept);
        QCOMPARE(loaded->leftovers().size(), 2);
        QCOMPARE(loaded->leftovers().first().name, QStringLiteral("/tmp/certs/ca.pem"));
    }

    // One table: ids, labels and delete paths of every kind.
    void kindTable()
    {
        Journal::Entry d;
        d.kind = Journal::Kind::Deployment;
        d.name = QStringLiteral("dep");
        d.parent = QStringLiteral("svc");
        QCOMPARE(Journal::deletePath(d),
                 QStringLiteral("services/hostedservices/svc/deployments/dep?comp=media"));
        QCOMPARE(Journal::describe(d), QStringLiteral("VM deployment dep"));
        d.kind = Journal::Kind::CloudService;
        QCOMPARE(Journal::deletePath(d), QStringLiteral("services/hostedservices/dep?comp=media"));
        d.kind = Journal::Kind::StorageAccount;
        QCOMPARE(Journal::deletePath(d), QStringLiteral("services/storageservices/dep"));
        QCOMPARE(Journal::describe(d), QStringLiteral("storage account dep"));
        d.kind = Journal::Kind::File;
        QVERIFY(Journal::deletePath(d).isEmpty());
        QCOMPARE(Journal::kindInfo(Journal::Kind::Folder).removal, Journal::Removal::EmptyFolder);
        for (auto k : {Journal::Kind::StorageAccount, Journal::Kind::CloudService,
                       Journal::Kind::Deployment, Journal::Kind::File, Journal::Kind::Folder})
            QCOMPARE(Journal::kindInfo(k).kind, k);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
