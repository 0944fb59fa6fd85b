// A create run removes only files it wrote itself, proven by content, and never the CA or client
// pair another host uses: the three ways the adversarial pass lost data (issue 8), as real
// scenarios over the simulator, real TLS on loopback and real files. A kill is simulated by
// abandoning a run mid-way and going on from its journal, as `docker-vm cleanup` would.
#include "certs/certfolderlock.h"
#include "certs/dockertlsstore.h"
#include "classic/managementclient.h"
#include "classic/provisioner.h"
#include "cloud/journal.h"
#include "common/hostoverrides.h"
#include "sim/azuresimulator.h"
#include "sim/provisioningsim.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace dockervm;
using classic::Provisioner;
using cloud::Journal;

namespace {

// Name and SHA-256 of every file in a folder.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> out;
    const QDir d(dir);
    for (const QString &name : d.entryList(QDir::Files | QDir::Hidden)) {
        QFile f(d.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out.insert(name, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return out;
}

QString serverCert(const QString &host)
{
    return certs::DockerTlsStore::serverCertFileName(host + QStringLiteral(".cloudapp.net"));
}
QString serverKey(const QString &host)
{
    return certs::DockerTlsStore::serverKeyFileName(host + QStringLiteral(".cloudapp.net"));
}

struct Fixture
{
    QTemporaryDir temp;
    std::unique_ptr<sim::AzureSimulator> azure;
    std::unique_ptr<sim::ProvisioningSimulator> prov;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<classic::ManagementClient> client;

    explicit Fixture(int bootDelayMs = 60)
    {
        azure = std::make_unique<sim::AzureSimulator>();
        QString error;
        if (!azure->start(&error))
            qFatal("simulator: %s", qPrintable(error));
        sim::ProvisioningSimulator::Options po;
        po.operationDelayMs = 30;
        po.bootDelayMs = bootDelayMs;
        po.extensionDelayMs = 60;
        po.dockerDelayMs = 0;
        prov = std::make_unique<sim::ProvisioningSimulator>(azure.get(), po);
        nam = std::make_unique<QNetworkAccessManager>();
        classic::ManagementClient::Options co;
        co.extraCaCertificates = {azure->caCertificate()};
        co.backoffBaseMs = 10;
        co.backoffMaxMs = 40;
        co.timeoutMs = 5000;
        client = std::make_unique<classic::ManagementClient>(nam.get(), azure->subscription(), co);
    }

    QString certDir() const { return temp.filePath(QStringLiteral("docker-certs")); }
    QString certFile(const QString &name) const { return QDir(certDir()).filePath(name); }
    QString journalDir() const { return temp.filePath(QStringLiteral("journal")); }

    cloud::VmSpec spec(const QString &name) const
    {
        cloud::VmSpec s;
        s.dnsName = name;
        s.location = QStringLiteral("West US");
        s.imageName = QStringLiteral("b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04_1-LTS-amd64-"
                                     "server-20140927-en-us-30GB");
        s.userName = QStringLiteral("azureuser");
        s.password = QStringLiteral("Docker4Azure!");
        s.certDir = certDir();
        s.keyType = certs::KeyType::EcdsaP256;
        return s;
    }

    Provisioner::Options options(certs::KeyType keyType = certs::KeyType::EcdsaP256) const
    {
        Provisioner::Options o;
        o.pollIntervalMs = 20;
        o.dockerWaitSeconds = 20;
        // A storage account another living host's disk is in stays busy for good: give up soon.
        o.operationTimeoutMs = 3000;
        o.journalDir = journalDir();
        o.tls.keyType = keyType;
        o.tls.validityDays = 30;
        // As demo mode does: reach the simulated VM's loopback address, verify its DNS name.
        o.hostOverrides.setLoopbackOnly(true);
        o.hostOverrides.setMapSimulatedEndpoints(true);
        return o;
    }

    // Runs a cleanup of `journal` and returns its progress lines.
    QStringList cleanup(const Journal &journal, Provisioner::Result *result = nullptr)
    {
        Provisioner cleaner(client.get(), journal.spec(), options());
        QStringList log;
        QObject::connect(&cleaner, &Provisioner::message, &cleaner,
                         [&log](const QString &t) { log << t; });
        QSignalSpy done(&cleaner, &Provisioner::finished);
        cleaner.cleanup(journal);
        if (done.isEmpty() && !done.wait(30000))
            qFatal("cleanup did not finish");
        if (result)
            *result = cleaner.result();
        return log;
    }
};

bool run(Provisioner &p, int timeoutMs = 60000)
{
    QSignalSpy done(&p, &Provisioner::finished);
    p.start();
    if (!done.wait(timeoutMs))
        qFatal("provisioner did not finish within %d ms", timeoutMs);
    return done.first().first().toBool();
}

QString lines(const QStringList &log)
{
    return log.join(QLatin1Char('\n'));
}

bool anyLine(const QStringList &log, const QString &start, const QString &containing)
{
    return std::any_of(log.begin(), log.end(), [&](const QString &l) {
        return l.startsWith(start) && l.contains(containing);
    });
}

} // namespace

class TestOwnFiles : public QObject
{
    Q_OBJECT
private slots:

    // (a) Two runs at once on one folder. The one that fails (here: cancelled after its
    // certificates) must not take the other's CA and client files with it.
    void concurrentRunsOnOneFolder()
    {
        Fixture f;
        // RSA 2048 makes the certificate steps long enough to overlap without the lock.
        Provisioner a(f.client.get(), f.spec(QStringLiteral("hosta")),
                      f.options(certs::KeyType::Rsa2048));
        Provisioner b(f.client.get(), f.spec(QStringLiteral("hostb")),
                      f.options(certs::KeyType::Rsa2048));
        QStringList logA, logB;
        connect(&a, &Provisioner::message, this, [&](const QString &t) { logA << t; });
        connect(&b, &Provisioner::message, this, [&](const QString &t) { logB << t; });
        connect(&b, &Provisioner::stepChanged, this,
                [&b](Provisioner::Step s, Provisioner::StepState state, const QString &) {
                    if (s == Provisioner::Step::Storage && state == Provisioner::StepState::Running)
                        QTimer::singleShot(0, &b, [&b] { b.cancel(); });
                });
        QSignalSpy doneA(&a, &Provisioner::finished);
        QSignalSpy doneB(&b, &Provisioner::finished);
        a.start();
        b.start();
        QTRY_VERIFY_WITH_TIMEOUT(doneA.size() == 1 && doneB.size() == 1, 90000);
        qInfo().noquote() << "run a:\n" + lines(logA) + "\nrun b:\n" + lines(logB);

        QVERIFY2(doneA.first().first().toBool(), qPrintable(a.result().error));
        QVERIFY(a.result().docker.ok);
        QVERIFY(!doneB.first().first().toBool());
        QVERIFY(b.result().cancelled);
        QVERIFY2(b.result().leftBehind.isEmpty(),
                 qPrintable(b.result().leftBehind.join(QStringLiteral("; "))));
        // The living host keeps everything it needs; the cancelled one's server pair is gone.
        for (const QString &name :
             {QStringLiteral("ca.pem"), QStringLiteral("ca-key.pem"), QStringLiteral("cert.pem"),
              QStringLiteral("key.pem"), serverCert(QStringLiteral("hosta")),
              serverKey(QStringLiteral("hosta"))})
            QVERIFY2(QFileInfo::exists(f.certFile(name)), qPrintable(name));
        QVERIFY(!QFileInfo::exists(f.certFile(serverCert(QStringLiteral("hostb")))));
        QVERIFY(!QFileInfo::exists(f.certFile(serverKey(QStringLiteral("hostb")))));
        QVERIFY(!QFileInfo::exists(f.certFile(QStringLiteral(".docker-vm.lock"))));
        const certs::DockerTlsReport report = certs::DockerTlsStore(f.certDir()).inspect();
        QVERIFY2(!report.hasErrors(),
                 qPrintable(QString::fromUtf8(QJsonDocument(report.toJson()).toJson())));
        QVERIFY(Journal::unfinished(f.journalDir()).isEmpty());
    }

    // (b) A run killed mid-create; a second run reuses its CA and succeeds; cleanup of the first
    // must leave the CA and client pair under the living host.
    void cleanupOfKilledRunKeepsWhatALivingHostUses()
    {
        Fixture f(/*bootDelayMs=*/400);
        {
            auto *killed =
                new Provisioner(f.client.get(), f.spec(QStringLiteral("hosta")), f.options());
            killed->start();
            QTRY_VERIFY_WITH_TIMEOUT(killed->stepInfos()[int(Provisioner::Step::WaitRole)].state ==
                                         Provisioner::StepState::Running,
                                     20000);
            delete killed; // no rollback: as if the process had died
        }
        QVERIFY(QFileInfo::exists(f.certFile(QStringLiteral("ca-key.pem"))));

        Provisioner living(f.client.get(), f.spec(QStringLiteral("hostb")), f.options());
        QVERIFY2(run(living), qPrintable(living.result().error));
        QVERIFY(living.result().docker.ok);
        const auto afterLiving = snapshot(f.certDir());

        const auto journals = Journal::unfinished(f.journalDir());
        QCOMPARE(journals.size(), 1);
        QCOMPARE(journals.first().dnsName(), QStringLiteral("hosta"));
        const QStringList log = f.cleanup(journals.first());
        qInfo().noquote() << "cleanup:\n" + lines(log);

        auto expected = afterLiving;
        expected.remove(serverCert(QStringLiteral("hosta")));
        expected.remove(serverKey(QStringLiteral("hosta")));
        QCOMPARE(snapshot(f.certDir()), expected);
        for (const char *name : {"ca.pem", "ca-key.pem", "cert.pem", "key.pem"})
            QVERIFY2(anyLine(log, QStringLiteral("Kept file"), QLatin1String(name)), name);
        QVERIFY(anyLine(log, QStringLiteral("Kept file"), QStringLiteral("used by hostb")));
        QVERIFY(anyLine(log, QStringLiteral("Removed file"), serverCert(QStringLiteral("hosta"))));
        QTRY_COMPARE(f.prov->inventory().hostedServices, QStringList{QStringLiteral("hostb")});
        // What may stay in the journal is the storage account hostb's disk lives in (Azure
        // refuses to delete it), never a file.
        for (const Journal &j : Journal::unfinished(f.journalDir())) {
            for (const Journal::Entry &e : j.leftovers())
                QCOMPARE(e.kind, Journal::Kind::StorageAccount);
        }
        // The living host still answers with the files left.
        QVERIFY(!certs::DockerTlsStore(f.certDir()).inspect().hasErrors());
    }

    // (c) A run killed while it generates its keys (nothing written yet), then `certs create` in
    // that folder, then cleanup: the folder keeps every file.
    void cleanupOfRunKilledDuringKeyGenerationKeepsLaterFiles()
    {
        Fixture f;
        QByteArray journalAtKill;
        QString journalPath;
        {
            Provisioner killed(f.client.get(), f.spec(QStringLiteral("hosta")),
                               f.options(certs::KeyType::Rsa4096));
            QSignalSpy done(&killed, &Provisioner::finished);
            killed.start();
            // The moment the run has planned its files and is generating keys.
            journalPath = QDir(f.journalDir()).filePath(QStringLiteral("hosta.json"));
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    QString error;
                    const auto j = Journal::load(journalPath, &error);
                    return j && std::any_of(j->entries().begin(), j->entries().end(),
                                            [](const Journal::Entry &e) {
                                                return e.kind == Journal::Kind::File;
                                            });
                }(),
                20000);
            QFile file(journalPath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            journalAtKill = file.readAll();
            file.close();
            killed.cancel();
            QVERIFY(done.wait(120000));
        }
        // The process "died" then: its journal stays as it was, and no file had been written.
        QVERIFY(QDir().mkpath(f.journalDir()));
        QFile restore(journalPath);
        QVERIFY(restore.open(QIODevice::WriteOnly));
        restore.write(journalAtKill);
        restore.close();
        QVERIFY(snapshot(f.certDir()).isEmpty());

        // `docker-vm certs create other.example` in the same folder.
        certs::DockerTlsOptions tls;
        tls.keyType = certs::KeyType::EcdsaP256;
        QVERIFY(certs::DockerTlsStore(f.certDir())
                    .ensureForHost(QStringLiteral("other.example"), {}, tls)
                    .ok);
        const auto made = snapshot(f.certDir());
        QCOMPARE(made.size(), 6);

        QString error;
        const auto journal = Journal::load(journalPath, &error);
        QVERIFY2(journal, qPrintable(error));
        const QStringList log = f.cleanup(*journal);
        qInfo().noquote() << "cleanup:\n" + lines(log);
        QCOMPARE(snapshot(f.certDir()), made);
        QVERIFY2(!anyLine(log, QStringLiteral("Removed file"), QString()), qPrintable(lines(log)));
        QVERIFY(anyLine(log, QStringLiteral("Kept file"), QStringLiteral("ca-key.pem")));
        QVERIFY(Journal::unfinished(f.journalDir()).isEmpty());
    }

    // Cleanup tells removed, already gone and changed files apart, and removes the folder the run
    // made once it is empty; a folder it did not make stays.
    void cleanupReportsTruthfullyAndRemovesItsEmptyFolder()
    {
        Fixture f(/*bootDelayMs=*/400);
        {
            auto *killed =
                new Provisioner(f.client.get(), f.spec(QStringLiteral("hosta")), f.options());
            killed->start();
            QTRY_VERIFY_WITH_TIMEOUT(killed->stepInfos()[int(Provisioner::Step::WaitRole)].state ==
                                         Provisioner::StepState::Running,
                                     20000);
            delete killed;
        }
        const auto journals = Journal::unfinished(f.journalDir());
        QCOMPARE(journals.size(), 1);
        // The user removed key.pem and rewrote cert.pem since.
        QVERIFY(QFile::remove(f.certFile(QStringLiteral("key.pem"))));
        {
            QFile cert(f.certFile(QStringLiteral("cert.pem")));
            QVERIFY(cert.open(QIODevice::Append));
            cert.write("\n");
        }
        Provisioner::Result result;
        QStringList log = f.cleanup(journals.first(), &result);
        qInfo().noquote() << "cleanup:\n" + lines(log);
        QVERIFY(anyLine(log, QStringLiteral("Removed file"), QStringLiteral("ca-key.pem")));
        QVERIFY(std::none_of(result.removed.begin(), result.removed.end(), [](const QString &w) {
            return w.endsWith(QStringLiteral("/key.pem"));
        }));
        QVERIFY2(anyLine(log, QStringLiteral("file ") + f.certFile(QStringLiteral("key.pem")),
                         QStringLiteral("was already gone")),
                 qPrintable(lines(log)));
        QVERIFY(anyLine(log, QStringLiteral("Kept file ") + f.certFile(QStringLiteral("cert.pem")),
                        QStringLiteral("changed since this run wrote it")));
        QVERIFY(anyLine(log, QStringLiteral("Kept folder"), QStringLiteral("not empty")));
        QCOMPARE(snapshot(f.certDir()).keys(), QStringList{QStringLiteral("cert.pem")});
        QVERIFY(Journal::unfinished(f.journalDir()).isEmpty());

        // Without the changed file, the folder this run made goes too.
        Fixture g(/*bootDelayMs=*/400);
        {
            auto *killed =
                new Provisioner(g.client.get(), g.spec(QStringLiteral("hostc")), g.options());
            killed->start();
            QTRY_VERIFY_WITH_TIMEOUT(killed->stepInfos()[int(Provisioner::Step::WaitRole)].state ==
                                         Provisioner::StepState::Running,
                                     20000);
            delete killed;
        }
        log = g.cleanup(Journal::unfinished(g.journalDir()).value(0));
        QVERIFY2(!QFileInfo::exists(g.certDir()), qPrintable(lines(log)));
        QVERIFY(anyLine(log, QStringLiteral("Removed folder"), g.certDir()));
    }

    // Concurrent runs are serialised by the folder's lock: a run waits, says for whom, and goes
    // on once the lock is free.
    void runWaitsForTheFolderLock()
    {
        Fixture f;
        QVERIFY(QDir().mkpath(f.certDir()));
        certs::CertFolderLock other(f.certDir());
        QVERIFY(other.tryLock());
        Provisioner p(f.client.get(), f.spec(QStringLiteral("hosta")), f.options());
        QStringList log;
        connect(&p, &Provisioner::message, this, [&](const QString &t) { log << t; });
        QSignalSpy done(&p, &Provisioner::finished);
        p.start();
        QTRY_VERIFY_WITH_TIMEOUT(anyLine(log, QStringLiteral("Waiting for"),
                                         QStringLiteral("using the certificate folder")),
                                 20000);
        QVERIFY(!QFileInfo::exists(f.certFile(QStringLiteral("ca.pem"))));
        other.unlock();
        QVERIFY(done.wait(30000));
        QVERIFY2(done.first().first().toBool(), qPrintable(p.result().error));
    }

    // Ctrl+C while RSA 4096 keys are being made ends the run within moments, cancelled, with no
    // file and no folder left.
    void cancelDuringRsa4096KeyGeneration()
    {
        Fixture f;
        Provisioner p(f.client.get(), f.spec(QStringLiteral("hosta")),
                      f.options(certs::KeyType::Rsa4096));
        QElapsedTimer sinceCancel;
        connect(&p, &Provisioner::stepChanged, this,
                [&](Provisioner::Step s, Provisioner::StepState state, const QString &) {
                    if (s == Provisioner::Step::Certificates &&
                        state == Provisioner::StepState::Running && !sinceCancel.isValid()) {
                        QTimer::singleShot(50, &p, [&] {
                            sinceCancel.start();
                            p.cancel();
                        });
                    }
                });
        QVERIFY(!run(p));
        qInfo() << "cancel to finished during RSA 4096 generation:" << sinceCancel.elapsed()
                << "ms";
        QVERIFY(p.result().cancelled);
        QCOMPARE(p.result().failedAt, Provisioner::Step::Certificates);
        QVERIFY(!QFileInfo::exists(f.certDir()));
        QVERIFY(Journal::unfinished(f.journalDir()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOwnFiles)
#include "tst_ownfiles.moc"
