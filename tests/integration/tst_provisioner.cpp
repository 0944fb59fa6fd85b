// The create workflow end to end against the simulator over real TLS on loopback: the Provisioner
// drives the ManagementClient against AzureSimulator + ProvisioningSimulator, and the run ends
// with a real mutual-TLS `info` from the simulated Docker host, using the files this run made.
#include "certs/certfolderlock.h"
#include "certs/dockertlsstore.h"
#include "classic/managementclient.h"
#include "classic/provisioner.h"
#include "cloud/journal.h"
#include "common/hostoverrides.h"
#include "sim/azuresimulator.h"
#include "sim/provisioningsim.h"

#include "asm_simulator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace dockervm;
using classic::Provisioner;
using dockervm::testing::asmRequestCount;

namespace {

// Name and SHA-256 of every file in a folder: "the cert folder has every file it had before".
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

struct Fixture
{
    QTemporaryDir temp;
    std::unique_ptr<sim::AzureSimulator> azure;
    std::unique_ptr<sim::ProvisioningSimulator> prov;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<classic::ManagementClient> client;

    explicit Fixture(sim::AzureFaults faults = {},
                     sim::ProvisioningSimulator::Options provOptions = fastOptions())
    {
        sim::AzureSimulator::Options o;
        o.faults = faults;
        azure = std::make_unique<sim::AzureSimulator>(o);
        QString error;
        if (!azure->start(&error))
            qFatal("simulator: %s", qPrintable(error));
        prov = std::make_unique<sim::ProvisioningSimulator>(azure.get(), provOptions);
        nam = std::make_unique<QNetworkAccessManager>();
        classic::ManagementClient::Options co;
        co.extraCaCertificates = {azure->caCertificate()};
        co.backoffBaseMs = 10;
        co.backoffMaxMs = 40;
        co.timeoutMs = 5000;
        client = std::make_unique<classic::ManagementClient>(nam.get(), azure->subscription(), co);
    }

    static sim::ProvisioningSimulator::Options fastOptions()
    {
        sim::ProvisioningSimulator::Options o;
        o.operationDelayMs = 30;
        o.bootDelayMs = 60;
        o.extensionDelayMs = 60;
        o.dockerDelayMs = 0;
        return o;
    }

    QString certDir() const { return temp.filePath(QStringLiteral("docker-certs")); }
    QString journalDir() const { return temp.filePath(QStringLiteral("journal")); }

    cloud::VmSpec spec(const QString &name = QStringLiteral("dockerhost1")) const
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

    Provisioner::Options options() const
    {
        Provisioner::Options o;
        o.pollIntervalMs = 20;
        o.dockerWaitSeconds = 20;
        o.journalDir = journalDir();
        o.tls.keyType = certs::KeyType::EcdsaP256;
        o.tls.validityDays = 30;
        // As demo mode: the simulated VM is reached on loopback, nothing else is.
        o.hostOverrides.setLoopbackOnly(true);
        o.hostOverrides.setMapSimulatedEndpoints(true);
        return o;
    }

    QStringList requestLines() const
    {
        QStringList out;
        for (const auto &r : azure->requestLog()) {
            QString path = r.path;
            path.remove(QRegularExpression(QStringLiteral("^/[^/]+/")));
            path.replace(QRegularExpression(QStringLiteral("operations/[0-9a-f-]+")),
                         QStringLiteral("operations/<id>"));
            out << QStringLiteral("%1 %2 -> %3")
                       .arg(QString::fromLatin1(r.method), path)
                       .arg(r.status);
        }
        return out;
    }
};

bool run(Provisioner &p, int timeoutMs = 30000)
{
    QSignalSpy done(&p, &Provisioner::finished);
    p.start();
    if (!done.wait(timeoutMs))
        qFatal("provisioner did not finish within %d ms", timeoutMs);
    return done.first().first().toBool();
}

} // namespace

class TestProvisioner : public QObject
{
    Q_OBJECT
private slots:
    void happyPathEndsWithTlsInfo()
    {
        Fixture f;
        Provisioner p(f.client.get(), f.spec(), f.options());
        QStringList log;
        connect(&p, &Provisioner::message, this, [&log](const QString &t) { log << t; });
        const bool ok = run(p);
        QVERIFY2(ok, qPrintable(p.result().error));
        const auto &r = p.result();
        QVERIFY(r.docker.ok);
        QVERIFY(f.prov->dockerHost(QStringLiteral("dockerhost1")));
        QCOMPARE(r.docker.server.serverVersion,
                 f.prov->dockerHost(QStringLiteral("dockerhost1"))->serverVersion());
        QCOMPARE(r.hostName, QStringLiteral("dockerhost1.cloudapp.net"));
        // The certificates are not in ~/.docker, so the command names them.
        QVERIFY2(r.dockerCommand().startsWith(QStringLiteral("docker --tlsverify --tlscacert ")),
                 qPrintable(r.dockerCommand()));
        QVERIFY(r.dockerCommand().contains(QDir(f.certDir()).filePath(QStringLiteral("ca.pem"))));
        QVERIFY(r.dockerCommand().endsWith(
            QStringLiteral("-H tcp://dockerhost1.cloudapp.net:4243 info")));
        QVERIFY(r.storageCreated);
        for (auto step : Provisioner::steps()) {
            if (step != Provisioner::Step::Rollback)
                QCOMPARE(p.stepInfos()[int(step)].state, Provisioner::StepState::Done);
        }

        // The files this run generated are the ones the VM received.
        const QDir dir(f.certDir());
        for (const char *name : {"ca.pem", "ca-key.pem", "cert.pem", "key.pem"})
            QVERIFY2(dir.exists(QLatin1String(name)), name);
        QVERIFY(dir.exists(certs::DockerTlsStore::serverCertFileName(r.hostName)));
        const QByteArray xml = f.prov->lastDeploymentXml();
        QVERIFY(!xml.isEmpty());
        QFile ca(dir.filePath(QStringLiteral("ca.pem")));
        QVERIFY(ca.open(QIODevice::ReadOnly));
        const QByteArray caPem = ca.readAll();
        const QRegularExpression privateValue(
            QStringLiteral("<Value>([^<]+)</Value><Type>Private</Type>"));
        const auto m = privateValue.match(QString::fromUtf8(xml));
        QVERIFY(m.hasMatch());
        const QJsonObject priv =
            QJsonDocument::fromJson(QByteArray::fromBase64(m.captured(1).toLatin1())).object();
        QCOMPARE(QByteArray::fromBase64(priv.value(QStringLiteral("ca")).toString().toLatin1()),
                 caPem);

        // What exists afterwards: the VM, and no journal (nothing to clean up).
        const auto inv = f.prov->inventory();
        QCOMPARE(inv.hostedServices, QStringList{QStringLiteral("dockerhost1")});
        QCOMPARE(inv.deployments.size(), 1);
        QVERIFY(cloud::Journal::unfinished(f.journalDir()).isEmpty());
        // No secret in the progress log.
        for (const QString &line : log)
            QVERIFY2(!line.contains(QStringLiteral("Docker4Azure!")), qPrintable(line));

        // The request sequence (printed for the record).
        const QStringList lines = f.requestLines();
        qInfo().noquote() << "request sequence:\n  " + lines.join(QStringLiteral("\n  "));
        QVERIFY(lines.first().startsWith(
            QStringLiteral("GET services/hostedservices/operations/isavailable/dockerhost1")));
        QVERIFY(lines.indexOf(QRegularExpression(
                    QStringLiteral("^POST services/hostedservices -> 201"))) >= 0);
        QVERIFY(lines.indexOf(QRegularExpression(QStringLiteral(
                    "^POST services/hostedservices/dockerhost1/deployments -> 202"))) >= 0);
    }

    // Issue 12 point 14: the rows say which key is being made and, for the long waits, what
    // is waited for and since when.
    void rowsSayWhatTheyWaitFor()
    {
        Fixture f;
        Provisioner p(f.client.get(), f.spec(), f.options());
        QMap<Provisioner::Step, QStringList> details;
        connect(&p, &Provisioner::stepChanged, this,
                [&](Provisioner::Step s, Provisioner::StepState state, const QString &detail) {
                    if (state == Provisioner::StepState::Running)
                        details[s] << detail;
                });
        QVERIFY2(run(p), qPrintable(p.result().error));
        const QString certs = details.value(Provisioner::Step::Certificates).join(QLatin1Char('|'));
        QVERIFY2(certs.contains(QStringLiteral(
                     "Making the TLS keys (CA, client, server for dockerhost1.cloudapp.net)")),
                 qPrintable(certs));
        const QRegularExpression since(QStringLiteral("waiting since \\d\\d:\\d\\d:\\d\\d"));
        for (auto step : {Provisioner::Step::WaitOperation, Provisioner::Step::WaitRole,
                          Provisioner::Step::WaitDocker}) {
            const QStringList lines = details.value(step);
            QVERIFY2(!lines.isEmpty(), qPrintable(Provisioner::stepId(step)));
            for (const QString &line : lines)
                QVERIFY2(line.contains(since), qPrintable(line));
        }
    }

    void loopbackEndpointMapsNothingUnlessAsked()
    {
        // The management endpoint is loopback (the simulator), but the options carry no
        // redirection: the provisioner must not map the VM's name by itself. (It used to switch
        // a process-global override on for any loopback endpoint, so this run answered.)
        Fixture f;
        Provisioner::Options o = f.options();
        o.hostOverrides = HostOverrides();
        o.hostOverrides.setLoopbackOnly(true); // keeps the name lookup off the network
        o.dockerWaitSeconds = 1;
        Provisioner p(f.client.get(), f.spec(), o);
        QVERIFY(!run(p));
        const auto &r = p.result();
        QCOMPARE(r.failedAt, Provisioner::Step::WaitDocker);
        QVERIFY(!r.hostOverrides.lookup(f.spec().hostName(), quint16(f.spec().dockerPort)));
        QVERIFY(r.hostOverrides.isEmpty());
        const docker::StageResult *resolve = r.docker.stage(docker::ProbeStage::Resolve);
        QVERIFY(resolve);
        QVERIFY(!resolve->passed);
        QVERIFY2(!resolve->detail.contains(QStringLiteral("host override")),
                 qPrintable(resolve->detail));

        // Asked for (demo mode), the same run maps the name and Docker answers.
        Fixture g;
        Provisioner q(g.client.get(), g.spec(), g.options());
        QVERIFY2(run(q), qPrintable(q.result().error));
        QVERIFY(q.result().hostOverrides.lookup(g.spec().hostName(), quint16(g.spec().dockerPort)));
        QVERIFY(q.result()
                    .docker.stage(docker::ProbeStage::Resolve)
                    ->detail.contains(QStringLiteral("host override")));
    }

    void reusesPortalVhdsStorageAndV1Extension()
    {
        auto po = Fixture::fastOptions();
        po.portalVhdsLocation = QStringLiteral("West US");
        Fixture f({}, po);
        auto spec = f.spec(QStringLiteral("v1host"));
        spec.extension = cloud::ExtensionSchema::V1;
        spec.dockerPort = 2376;
        Provisioner p(f.client.get(), spec, f.options());
        QVERIFY2(run(p), qPrintable(p.result().error));
        QVERIFY(!p.result().storageCreated);
        QCOMPARE(p.result().storageAccount, po.portalVhdsName);
        QVERIFY(f.prov->lastDeploymentXml().contains("Microsoft.Azure.Extensions"));
        QVERIFY(p.result().docker.ok);
    }

    // Issue 9: the keys are made while the network works. The certificate folder is held by
    // another run, so the key generation cannot even begin: the name check, the storage account
    // and the cloud service go on meanwhile, the deployment (the first request that carries the
    // certificates) waits and says so, and goes out once the folder is free and the keys made.
    void certificatesRunBesideTheNetworkSteps()
    {
        Fixture f;
        QVERIFY(QDir().mkpath(f.certDir()));
        certs::CertFolderLock other(f.certDir());
        QVERIFY(other.tryLock());
        Provisioner p(f.client.get(), f.spec(), f.options());
        bool sawWait = false;
        QStringList requestsWhileWaiting;
        QMap<Provisioner::Step, Provisioner::StepState> stateAtWait;
        QStringList order;
        connect(
            &p, &Provisioner::stepChanged, this,
            [&](Provisioner::Step s, Provisioner::StepState state, const QString &detail) {
                order << Provisioner::stepId(s) + QLatin1Char(':') +
                             QVariant::fromValue(state).toString();
                if (s == Provisioner::Step::Deployment &&
                    state == Provisioner::StepState::Running && !sawWait &&
                    detail.contains(QStringLiteral("waiting for the Docker TLS certificates"))) {
                    sawWait = true;
                    for (const auto &info : p.stepInfos())
                        stateAtWait.insert(info.step, info.state);
                    requestsWhileWaiting = f.requestLines();
                    QTimer::singleShot(0, this, [&other] { other.unlock(); });
                }
            });
        QVERIFY2(run(p), qPrintable(p.result().error));
        QVERIFY(sawWait);
        // The certificate row ran while the name check, storage and cloud service were done.
        QCOMPARE(stateAtWait.value(Provisioner::Step::Certificates),
                 Provisioner::StepState::Running);
        for (auto s : {Provisioner::Step::CheckName, Provisioner::Step::Storage,
                       Provisioner::Step::CloudService})
            QCOMPARE(stateAtWait.value(s), Provisioner::StepState::Done);
        QVERIFY(order.indexOf(QStringLiteral("certificates:Running")) <
                order.indexOf(QStringLiteral("check-name:Running")));
        // Nothing carried certificates before they existed.
        QVERIFY(requestsWhileWaiting.indexOf(QRegularExpression(
                    QStringLiteral("^POST services/hostedservices/dockerhost1/deployments"))) < 0);
        QVERIFY(f.requestLines().indexOf(QRegularExpression(QStringLiteral(
                    "^POST services/hostedservices/dockerhost1/deployments -> 202"))) >= 0);
        for (auto step : Provisioner::steps())
            if (step != Provisioner::Step::Rollback)
                QCOMPARE(p.stepInfos()[int(step)].state, Provisioner::StepState::Done);
        QVERIFY(p.result().docker.ok);
    }

    // Cancel while the RSA-4096 keys are being made (beside the name check): the key
    // generation stops, no file is written, nothing is left in Azure or in the journal.
    void cancelDuringKeyGenerationWritesNothing()
    {
        Fixture f;
        auto spec = f.spec();
        spec.keyType = certs::KeyType::Rsa4096;
        auto options = f.options();
        options.tls.keyType = certs::KeyType::Rsa4096;
        Provisioner p(f.client.get(), spec, options);
        QElapsedTimer sinceCancel;
        connect(&p, &Provisioner::stepChanged, this,
                [&](Provisioner::Step s, Provisioner::StepState state, const QString &detail) {
                    if (s == Provisioner::Step::Certificates &&
                        state == Provisioner::StepState::Running &&
                        detail.startsWith(QStringLiteral("Making the TLS keys")) &&
                        !sinceCancel.isValid()) {
                        sinceCancel.start();
                        QTimer::singleShot(0, &p, [&p] { p.cancel(); });
                    }
                });
        QVERIFY(!run(p, 60000));
        QVERIFY(sinceCancel.isValid());
        qInfo("from cancel to the end of the run: %lld ms", sinceCancel.elapsed());
        QVERIFY(p.result().cancelled);
        QCOMPARE(p.stepInfos()[int(Provisioner::Step::Certificates)].state,
                 Provisioner::StepState::Cancelled);
        for (const auto &info : p.stepInfos())
            QVERIFY2(info.state != Provisioner::StepState::Running,
                     qPrintable(Provisioner::stepId(info.step)));
        QVERIFY(p.result().leftBehind.isEmpty());
        QVERIFY(!QFileInfo::exists(f.certDir())); // no key, no certificate, no folder
        QTRY_VERIFY(f.prov->isEmpty());
        QVERIFY(cloud::Journal::unfinished(f.journalDir()).isEmpty());
    }

    // The certificates fail beside a network step (the folder holds a ca.pem that is no
    // certificate): the run fails at the certificate step with the store's reason, the network
    // step in flight stops, and the files that were there stay byte for byte.
    void certificateFailureIsReportedAsSuch()
    {
        sim::AzureFaults faults;
        faults.latencyMs = 300; // the name check is still in flight
        Fixture f(faults);
        QVERIFY(QDir().mkpath(f.certDir()));
        for (const char *name : {"ca.pem", "ca-key.pem"}) {
            QFile file(QDir(f.certDir()).filePath(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a certificate\n");
        }
        const auto before = snapshot(f.certDir());
        Provisioner p(f.client.get(), f.spec(), f.options());
        QVERIFY(!run(p));
        QVERIFY(!p.result().cancelled);
        QCOMPARE(p.result().failedAt, Provisioner::Step::Certificates);
        QCOMPARE(p.result().failedStep, QStringLiteral("certificates"));
        QVERIFY2(p.result().error.contains(QStringLiteral("cannot be reused")),
                 qPrintable(p.result().error));
        QCOMPARE(p.stepInfos()[int(Provisioner::Step::Certificates)].state,
                 Provisioner::StepState::Failed);
        for (const auto &info : p.stepInfos()) {
            QVERIFY2(info.state != Provisioner::StepState::Running,
                     qPrintable(Provisioner::stepId(info.step)));
            if (info.step != Provisioner::Step::Certificates)
                QVERIFY2(info.state != Provisioner::StepState::Failed,
                         qPrintable(Provisioner::stepId(info.step)));
        }
        QCOMPARE(snapshot(f.certDir()), before);
        QTRY_VERIFY(f.prov->isEmpty());
        QVERIFY(cloud::Journal::unfinished(f.journalDir()).isEmpty());
    }

    // Issue 9: no request whose answer is known. A new storage account's blob endpoint is
    // https://<account>.blob.<suffix>/ (Get Storage Account Properties says so): no GET of it.
    void newStorageAccountEndpointIsNotFetched()
    {
        Fixture f;
        Provisioner p(f.client.get(), f.spec(), f.options());
        QVERIFY2(run(p), qPrintable(p.result().error));
        QVERIFY(p.result().storageCreated);
        const QString account = p.result().storageAccount;
        const QStringList lines = f.requestLines();
        QCOMPARE(lines
                     .filter(QRegularExpression(QStringLiteral("^GET services/storageservices/") +
                                                account))
                     .size(),
                 0);
        const QString xml = QString::fromUtf8(f.prov->lastDeploymentXml());
        QVERIFY2(
            xml.contains(QStringLiteral("<MediaLink>https://%1.blob.core.windows.net/vhd-store/")
                             .arg(account)),
            qPrintable(xml));
    }

    void invalidInputRefusedBeforeAnyRequest()
    {
        Fixture f;
        auto spec = f.spec();
        spec.password = QStringLiteral("weak");
        spec.dockerPort = 22;
        Provisioner p(f.client.get(), spec, f.options());
        QVERIFY(!run(p));
        QCOMPARE(p.result().failedAt, Provisioner::Step::Validate);
        QCOMPARE(p.result().fieldErrors.size(), 2);
        QVERIFY(f.azure->requestLog().isEmpty());
        QVERIFY(!QFileInfo::exists(f.certDir()));
    }

    void takenNameFailsBeforeCreatingAnything()
    {
        Fixture f;
        Provisioner p(f.client.get(), f.spec(QStringLiteral("taken")), f.options());
        QVERIFY(!run(p));
        QCOMPARE(p.result().failedAt, Provisioner::Step::CheckName);
        QVERIFY(p.result().error.contains(QStringLiteral("taken.cloudapp.net is already taken")));
        QCOMPARE(f.azure->requestLog().size(), 1);
        QVERIFY(!QFileInfo::exists(f.certDir()));
        QVERIFY(f.prov->isEmpty());
    }

    void operationFailureRollsBack()
    {
        auto po = Fixture::fastOptions();
        po.failOperation = true;
        Fixture f({}, po);
        Provisioner p(f.client.get(), f.spec(), f.options());
        QVERIFY(!run(p));
        QCOMPARE(p.result().failedAt, Provisioner::Step::WaitOperation);
        QVERIFY2(p.result().error.contains(QStringLiteral("Port 22 is already in use")),
                 qPrintable(p.result().error));
        QVERIFY2(f.prov->isEmpty(), "rollback left resources in the simulator");
        QVERIFY(p.result().leftBehind.isEmpty());
        QVERIFY(p.result().removed.size() >= 3);
        QVERIFY(!QFileInfo::exists(f.certDir())); // the folder this run made is gone too
        QVERIFY(cloud::Journal::unfinished(f.journalDir()).isEmpty());
    }

    void extensionErrorRollsBack()
    {
        auto po = Fixture::fastOptions();
        po.extensionError = true;
        Fixture f({}, po);
        Provisioner p(f.client.get(), f.spec(), f.options());
        QVERIFY(!run(p));
        QCOMPARE(p.result().failedAt, Provisioner::Step::WaitRole);
        QVERIFY2(p.result().error.contains(QStringLiteral("Enable Docker failed")),
                 qPrintable(p.result().error));
        QVERIFY(f.prov->isEmpty());
    }

    void survives503StormsAndRedirects()
    {
        sim::AzureFaults faults;
        faults.fail503Next = 3;
        faults.redirectEvery = 4;
        Fixture f(faults);
        Provisioner p(f.client.get(), f.spec(), f.options());
        QVERIFY2(run(p), qPrintable(p.result().error));
        QVERIFY(p.result().docker.ok);
        int served503 = 0, served307 = 0;
        for (const auto &r : f.azure->requestLog()) {
            served503 += r.status == 503;
            served307 += r.status == 307;
        }
        QCOMPARE(served503, 3);
        QVERIFY(served307 > 0);
    }

    void cancelAtEveryStep_data()
    {
        QTest::addColumn<int>("step");
        for (auto s : {Provisioner::Step::CheckName, Provisioner::Step::Certificates,
                       Provisioner::Step::Storage, Provisioner::Step::CloudService,
                       Provisioner::Step::Deployment, Provisioner::Step::WaitOperation,
                       Provisioner::Step::WaitRole, Provisioner::Step::WaitDocker})
            QTest::newRow(qPrintable(Provisioner::stepId(s))) << int(s);
    }
    void cancelAtEveryStep()
    {
        QFETCH(int, step);
        auto po = Fixture::fastOptions();
        po.operationDelayMs = 150;
        po.bootDelayMs = 150;
        po.dockerDelayMs = 400;
        Fixture f({}, po);
        // A folder that already holds a CA and client certificate from another host: they must
        // survive the cancelled run byte for byte, and nothing new may stay.
        certs::DockerTlsOptions tls;
        tls.keyType = certs::KeyType::EcdsaP256;
        QVERIFY(certs::DockerTlsStore(f.certDir())
                    .ensureForHost(QStringLiteral("other.cloudapp.net"), {}, tls)
                    .ok);
        const auto before = snapshot(f.certDir());

        Provisioner p(f.client.get(), f.spec(), f.options());
        bool cancelled = false;
        connect(&p, &Provisioner::stepChanged, this,
                [&](Provisioner::Step s, Provisioner::StepState state, const QString &) {
                    if (int(s) == step && state == Provisioner::StepState::Running && !cancelled) {
                        cancelled = true;
                        QTimer::singleShot(0, &p, [&p] { p.cancel(); });
                    }
                });
        QVERIFY(!run(p));
        QVERIFY(cancelled);
        QVERIFY(p.result().cancelled);
        QVERIFY2(p.result().leftBehind.isEmpty(),
                 qPrintable(p.result().leftBehind.join(QStringLiteral("; "))));
        // Whatever was in flight when we cancelled may land a moment later at the server: the
        // rollback must still have removed it.
        QTRY_VERIFY2(f.prov->isEmpty(), "cancel left resources in the simulator");
        QCOMPARE(snapshot(f.certDir()), before);
        QVERIFY(cloud::Journal::unfinished(f.journalDir()).isEmpty());
    }

    // Cancelled while Azure still works on the deployment: removing it is refused with 409
    // "… x-ms-requestid <id> … exclusive access" until that operation ends, and the run tries
    // again. The progress log says in words what it retries, why and when; the server's code,
    // message and request id are for the debug log only.
    void rollbackRetryLinesAreWords()
    {
        auto po = Fixture::fastOptions();
        po.operationDelayMs = 600;
        Fixture f({}, po);
        Provisioner p(f.client.get(), f.spec(), f.options());
        QStringList lines;
        connect(&p, &Provisioner::message, this, [&](const QString &t) { lines << t; });
        connect(&p, &Provisioner::stepChanged, this,
                [&](Provisioner::Step s, Provisioner::StepState state, const QString &) {
                    if (s == Provisioner::Step::WaitOperation &&
                        state == Provisioner::StepState::Running)
                        QTimer::singleShot(0, &p, [&p] { p.cancel(); });
                });
        QVERIFY(!run(p));
        QVERIFY(p.result().cancelled);
        QTRY_VERIFY2(f.prov->isEmpty(), "cancel left resources in the simulator");
        int served409 = 0;
        for (const auto &r : f.azure->requestLog())
            served409 += r.status == 409;
        QVERIFY2(served409 > 0, "the rollback never met a busy resource: nothing was tested");
        const QStringList retries = lines.filter(QStringLiteral("Trying again in"));
        QVERIFY2(!retries.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
        const QRegularExpression id(QStringLiteral("[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}"),
                                    QRegularExpression::CaseInsensitiveOption);
        for (const QString &line : lines) {
            QVERIFY2(!line.contains(QStringLiteral("ConflictError")), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("requestid"), Qt::CaseInsensitive),
                     qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("request-id"), Qt::CaseInsensitive),
                     qPrintable(line));
        }
        for (const QString &line : retries) {
            QVERIFY2(!id.match(line).hasMatch(), qPrintable(line)); // no request id
            QVERIFY2(!line.contains(QStringLiteral("Attempt 1 failed")), qPrintable(line));
            // What: the resource being removed; why: busy; when: a clock time.
            QVERIFY2(line.startsWith(QStringLiteral("Removing ")), qPrintable(line));
            QVERIFY2(line.contains(QStringLiteral("busy")), qPrintable(line));
            QVERIFY2(line.contains(QRegularExpression(QStringLiteral("at \\d\\d:\\d\\d:\\d\\d"))),
                     qPrintable(line));
        }
    }

    // The client is destroyed under a running create (the wizard switched subscription): the run
    // ends with a clear error instead of hanging or dereferencing it, and what it made is left
    // in the journal for 'docker-vm cleanup' with a new client.
    void clientDestroyedMidRequest()
    {
        sim::AzureFaults faults;
        faults.hangPaths = {QStringLiteral("/deploymentslots/Production")};
        Fixture f(faults);
        Provisioner p(f.client.get(), f.spec(), f.options());
        QSignalSpy done(&p, &Provisioner::finished);
        p.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            asmRequestCount(*f.azure, QStringLiteral("/deploymentslots/Production")) == 1, 20000);
        QVERIFY(f.client->isBusy());
        f.client.reset();
        QVERIFY(done.size() == 1 || done.wait(10000));
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY(!p.result().cancelled);
        QCOMPARE(p.result().failedAt, Provisioner::Step::WaitRole);
        QVERIFY2(
            p.result().error.contains(QStringLiteral("connection to the subscription was closed")),
            qPrintable(p.result().error));
        // Storage, cloud service and deployment could not be removed without a client.
        QCOMPARE(p.result().leftBehind.size(), 3);
        for (const QString &left : p.result().leftBehind)
            QVERIFY2(left.contains(QStringLiteral("connection to the subscription was closed")),
                     qPrintable(left));
        QVERIFY(p.stepInfos()[int(Provisioner::Step::Rollback)].detail.contains(
            QStringLiteral("docker-vm cleanup")));

        const auto journals = cloud::Journal::unfinished(f.journalDir());
        QCOMPARE(journals.size(), 1);
        f.client = std::make_unique<classic::ManagementClient>(
            f.nam.get(), f.azure->subscription(),
            dockervm::testing::asmSimulatorClientOptions(*f.azure));
        Provisioner cleaner(f.client.get(), journals.first().spec(), f.options());
        QSignalSpy cleaned(&cleaner, &Provisioner::finished);
        cleaner.cleanup(journals.first());
        QVERIFY(cleaned.wait(20000));
        QVERIFY2(cleaner.result().leftBehind.isEmpty(),
                 qPrintable(cleaner.result().leftBehind.join(QStringLiteral("; "))));
        QTRY_VERIFY(f.prov->isEmpty());
    }

    void clientGoneBetweenSteps()
    {
        Fixture f;
        Provisioner p(f.client.get(), f.spec(), f.options());
        connect(&p, &Provisioner::stepChanged, this,
                [&](Provisioner::Step s, Provisioner::StepState state, const QString &) {
                    if (s == Provisioner::Step::CloudService &&
                        state == Provisioner::StepState::Running)
                        f.client.reset(); // before call() sends the cloud service
                });
        QVERIFY(!run(p));
        QCOMPARE(p.result().failedAt, Provisioner::Step::CloudService);
        QVERIFY2(p.result().error.contains(QStringLiteral("Create the cloud service")),
                 qPrintable(p.result().error));
        QVERIFY(
            p.result().error.contains(QStringLiteral("connection to the subscription was closed")));
        // The storage account it made, and the cloud service it had journaled as planned: both
        // stay for 'docker-vm cleanup'.
        const QString left = p.result().leftBehind.join(QStringLiteral("; "));
        QCOMPARE(p.result().leftBehind.size(), 2);
        QVERIFY2(left.contains(QStringLiteral("storage account")), qPrintable(left));
        QVERIFY2(left.contains(QStringLiteral("cloud service dockerhost1")), qPrintable(left));
    }

    void crashedRunCanBeResumedOrCleanedUp()
    {
        auto po = Fixture::fastOptions();
        po.bootDelayMs = 300;
        Fixture f({}, po);
        // A run that "crashes" while waiting for the role: the object dies without a rollback.
        {
            auto *p = new Provisioner(f.client.get(), f.spec(), f.options());
            QSignalSpy waiting(p, &Provisioner::stepChanged);
            p->start();
            QTRY_VERIFY_WITH_TIMEOUT(p->stepInfos()[int(Provisioner::Step::WaitRole)].state ==
                                         Provisioner::StepState::Running,
                                     20000);
            delete p;
        }
        auto journals = cloud::Journal::unfinished(f.journalDir());
        QCOMPARE(journals.size(), 1);
        QCOMPARE(journals.first().dnsName(), QStringLiteral("dockerhost1"));

        Provisioner resumed(f.client.get(), journals.first().spec(), f.options());
        QSignalSpy done(&resumed, &Provisioner::finished);
        QString error;
        QVERIFY2(resumed.resume(journals.first(), &error), qPrintable(error));
        QVERIFY(done.wait(20000));
        QVERIFY2(done.first().first().toBool(), qPrintable(resumed.result().error));
        QVERIFY(resumed.result().docker.ok);
        QVERIFY(cloud::Journal::unfinished(f.journalDir()).isEmpty());

        // Cleanup of a journal removes exactly what it lists.
        cloud::Journal j(f.journalDir(), f.spec(), f.azure->subscription().id);
        QVERIFY(j.begin(&error));
        QVERIFY(j.record(cloud::Journal::Kind::CloudService, QStringLiteral("dockerhost1"),
                         cloud::Journal::State::Created, &error));
        QVERIFY(j.record(cloud::Journal::Kind::Deployment, QStringLiteral("dockerhost1"),
                         cloud::Journal::State::Created, &error, QStringLiteral("dockerhost1")));
        Provisioner cleaner(f.client.get(), j.spec(), f.options());
        QSignalSpy cleaned(&cleaner, &Provisioner::finished);
        cleaner.cleanup(j);
        QVERIFY(cleaned.wait(20000));
        QVERIFY(cleaner.result().leftBehind.isEmpty());
        QTRY_VERIFY(f.prov->inventory().hostedServices.isEmpty());
        QVERIFY(cloud::Journal::unfinished(f.journalDir()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProvisioner)
#include "tst_provisioner.moc"
