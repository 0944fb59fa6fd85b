// The provisioning simulator (storage accounts, cloud services, VM deployments, operations and a
// simulated VM that boots a Docker host) driven through the real management client over TLS on
// loopback, with request bodies made by our own provisioning code and Docker TLS material from a
// real DockerTlsStore folder.
#include "certs/dockertlsstore.h"
#include "classic/deployment.h"
#include "classic/managementclient.h"
#include "classic/models.h"
#include "classic/requests.h"
#include "cloud/vmspec.h"
#include "common/hostoverrides.h"
#include "docker/dockerprobe.h"
#include "sim/azuresimulator.h"
#include "sim/provisioningsim.h"

#include "asm_simulator.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dockervm;
using dockervm::classic::ManagementClient;
using dockervm::classic::ManagementReply;
using dockervm::sim::AzureSimulator;
using dockervm::sim::ProvisioningSimulator;

namespace {

const QString kLocation = QStringLiteral("West US");
const QString kImage = QStringLiteral(
    "b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04-LTS-amd64-server-20140724-en-us-30GB");
const QString kVhds = QStringLiteral("provsimvhds");
const QString kSeeded = QStringLiteral("portalvhdsseeded01");

ProvisioningSimulator::Options fastOptions()
{
    ProvisioningSimulator::Options o;
    o.operationDelayMs = 20;
    o.bootDelayMs = 20;
    o.extensionDelayMs = 20;
    o.dockerDelayMs = 0;
    o.portalVhdsLocation = kLocation;
    o.portalVhdsName = kSeeded;
    return o;
}

} // namespace

class TestProvisioningSim : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<AzureSimulator> m_azure;
    std::unique_ptr<ProvisioningSimulator> m_prov;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ManagementClient> m_client;

    static bool waitFinished(ManagementReply *reply, int timeoutMs = 15000)
    {
        if (reply->isFinished())
            return true;
        QSignalSpy spy(reply, &ManagementReply::finished);
        return spy.wait(timeoutMs);
    }

    // Sends and waits; nullptr when the reply did not finish in time.
    ManagementReply *send(const QByteArray &method, const QString &path,
                          const QByteArray &body = QByteArray())
    {
        ManagementReply *r = m_client->send(method, path, body);
        return waitFinished(r) ? r : nullptr;
    }

    // Lets the simulator finish the operation, then reads it through the API.
    std::optional<classic::Operation> finishedOperation(const QString &id)
    {
        if (!QTest::qWaitFor(
                [&] { return m_prov->operationStatus(id) != QLatin1String("InProgress"); }, 15000))
            return std::nullopt;
        classic::OperationReply *r = m_client->getOperationStatus(id);
        if (!waitFinished(r) || !r->ok())
            return std::nullopt;
        return r->operation();
    }

    std::optional<classic::Deployment> getDeployment(const QString &service)
    {
        ManagementReply *r = send("GET", QStringLiteral("services/hostedservices/%1/"
                                                        "deploymentslots/Production")
                                             .arg(service));
        if (!r || !r->ok())
            return std::nullopt;
        return classic::parseDeployment(r->body(), nullptr);
    }

    // Polls Get Deployment until the role failed or the Docker extension finished; collects the
    // instance and extension states seen on the way.
    std::optional<classic::Deployment> pollSettled(const QString &service, QStringList *seen)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000) {
            const auto d = getDeployment(service);
            if (!d || d->instances.isEmpty())
                return std::nullopt;
            const classic::RoleInstance &ri = d->instances.first();
            const auto ext = ri.dockerExtension();
            const QString state =
                ri.instanceStatus + QLatin1Char('/') +
                (ext ? ext->handlerStatus + QLatin1Char('/') + ext->settingStatus : QString());
            if (seen && (seen->isEmpty() || seen->constLast() != state))
                seen->append(state);
            if (ri.hasFailed() || (ri.isReady() && ext && (ext->succeeded() || ext->failed())))
                return d;
        }
        return std::nullopt;
    }

    bool ensureVhdStorage()
    {
        if (m_prov->inventory().storageAccounts.contains(kVhds))
            return true;
        ManagementReply *r = send("POST", QStringLiteral("services/storageservices"),
                                  classic::createStorageServiceXml(kVhds, kLocation));
        if (!r || r->httpStatus() != 202)
            return false;
        const auto op = finishedOperation(r->requestId());
        return op && op->status == classic::Operation::Status::Succeeded;
    }

    bool createService(const QString &name)
    {
        ManagementReply *r = send("POST", QStringLiteral("services/hostedservices"),
                                  classic::createHostedServiceXml(name, kLocation, QString()));
        return r && r->httpStatus() == 201;
    }

    cloud::VmSpec spec(const QString &dns,
                       cloud::ExtensionSchema schema = cloud::ExtensionSchema::Classic)
    {
        cloud::VmSpec s;
        s.dnsName = dns;
        s.location = kLocation;
        s.imageName = kImage;
        s.userName = QStringLiteral("azureuser");
        s.password = QStringLiteral("Sim-Passw0rd!");
        s.sshPort = 22;
        s.dockerPort = schema == cloud::ExtensionSchema::V1 ? 2376 : 4243;
        s.certDir = m_tmp.filePath(QStringLiteral("docker-") + dns);
        s.extension = schema;
        s.keyType = certs::KeyType::EcdsaP256;
        return s;
    }

    // The deployment body our provisioner sends, with a real TLS bundle for the host.
    QByteArray deploymentBody(const cloud::VmSpec &s, QByteArray privateJsonOverride = {})
    {
        certs::DockerTlsOptions o;
        o.keyType = certs::KeyType::EcdsaP256;
        const certs::DockerTlsResult tls =
            certs::DockerTlsStore(s.certDir).ensureForHost(s.hostName(), {}, o);
        if (!tls.ok) {
            qWarning() << "TLS bundle:" << tls.error;
            return QByteArray();
        }
        const QByteArray privateJson = !privateJsonOverride.isEmpty() ? privateJsonOverride
                                       : s.extension == cloud::ExtensionSchema::V1
                                           ? tls.bundle.v1PrivateConfigJson()
                                           : tls.bundle.classicPrivateConfigJson();
        const auto ext = classic::extensionConfig(s.extension, s.dockerPort, privateJson);
        const QString media = classic::mediaLinkFor(
            QStringLiteral("https://%1.blob.core.windows.net/").arg(kVhds), s.effectiveVmName());
        return classic::createDeploymentXml(s, media, ext);
    }

    // Creates the service and posts the deployment; the operation's id, empty on failure.
    QString startDeployment(const cloud::VmSpec &s, const QByteArray &privateJson = {})
    {
        if (!ensureVhdStorage() || !createService(s.dnsName))
            return QString();
        const QByteArray body = deploymentBody(s, privateJson);
        if (body.isEmpty())
            return QString();
        ManagementReply *r = send(
            "POST", QStringLiteral("services/hostedservices/%1/deployments").arg(s.dnsName), body);
        if (!r || r->httpStatus() != 202) {
            qWarning() << "create deployment:" << (r ? r->error().message : QString());
            return QString();
        }
        return r->requestId();
    }

    docker::ConnectionReport probeDocker(const cloud::VmSpec &s, const classic::Deployment &d)
    {
        docker::ConnectionReport failed;
        const classic::RoleInstance &ri = d.instances.first();
        for (const classic::InstanceEndpoint &ep : ri.endpoints) {
            if (ep.name != QLatin1String("docker"))
                continue;
            docker::ProbeOptions po;
            if (!po.hostOverrides.map(s.hostName(), quint16(s.dockerPort), QHostAddress(ep.vip),
                                      quint16(ep.publicPort)))
                return failed;
            po.host = s.hostName();
            po.port = quint16(s.dockerPort);
            po.certDir = s.certDir;
            po.waitSeconds = 15;
            docker::DockerProbe probe(po);
            QSignalSpy spy(&probe, &docker::DockerProbe::finished);
            probe.start();
            if (!spy.wait(30000))
                return failed;
            return probe.report();
        }
        failed.summary = QStringLiteral("no docker endpoint");
        return failed;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        m_azure = std::make_unique<AzureSimulator>();
        QString error;
        QVERIFY2(m_azure->start(&error), qPrintable(error));
        m_prov = std::make_unique<ProvisioningSimulator>(m_azure.get(), fastOptions());
        m_nam = std::make_unique<QNetworkAccessManager>();
        auto o = testing::asmSimulatorClientOptions(*m_azure);
        o.maxRetries = 0; // the simulator's answers are asserted as they come
        m_client = std::make_unique<ManagementClient>(m_nam.get(), m_azure->subscription(), o);
        QCOMPARE(m_prov->inventory().storageAccounts, QStringList{kSeeded});
    }

    void init() { m_prov->setOptions(fastOptions()); }
    void cleanup() { m_azure->setFaults(sim::AzureFaults()); }

    void storageLifecycle()
    {
        // The seeded account is listed and is what the 2014 tool would pick.
        ManagementReply *list = send("GET", QStringLiteral("services/storageservices"));
        QVERIFY(list && list->ok());
        auto all = classic::parseStorageServices(list->body(), nullptr);
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        const auto picked = classic::pickVhdStorage(*all, kLocation);
        QVERIFY(picked);
        QCOMPARE(picked->name, kSeeded);
        QCOMPARE(picked->blobEndpoint,
                 QStringLiteral("https://%1.blob.core.windows.net/").arg(kSeeded));

        auto o = fastOptions();
        o.operationDelayMs = 300;
        m_prov->setOptions(o);
        const QString name = QStringLiteral("provsimstore1");
        ManagementReply *create = send("POST", QStringLiteral("services/storageservices"),
                                       classic::createStorageServiceXml(name, kLocation));
        QVERIFY(create);
        QCOMPARE(create->httpStatus(), 202);
        const QString id = create->requestId();
        QCOMPARE(id.size(), 32);

        // InProgress first, with the account Creating.
        classic::OperationReply *early = m_client->getOperationStatus(id);
        QVERIFY(waitFinished(early) && early->ok());
        QCOMPARE(early->operation().status, classic::Operation::Status::InProgress);
        ManagementReply *creating = send("GET", QStringLiteral("services/storageservices/") + name);
        QVERIFY(creating && creating->ok());
        QCOMPARE(classic::parseStorageService(creating->body(), nullptr)->status,
                 QStringLiteral("Creating"));

        const auto op = finishedOperation(id);
        QVERIFY(op);
        QCOMPARE(op->status, classic::Operation::Status::Succeeded);
        QCOMPARE(op->httpStatusCode, 200);

        ManagementReply *get = send("GET", QStringLiteral("services/storageservices/") + name);
        QVERIFY(get && get->ok());
        const auto account = classic::parseStorageService(get->body(), nullptr);
        QVERIFY(account);
        QCOMPARE(account->name, name);
        QCOMPARE(account->location, kLocation);
        QCOMPARE(account->status, QStringLiteral("Created"));
        QCOMPARE(account->accountType, QStringLiteral("Standard_LRS"));
        QCOMPARE(account->blobEndpoint,
                 QStringLiteral("https://provsimstore1.blob.core.windows.net/"));

        // Availability, then delete.
        ManagementReply *avail =
            send("GET", QStringLiteral("services/storageservices/operations/isavailable/") + name);
        QVERIFY(avail && avail->ok());
        QVERIFY(avail->body().contains("<Result>false</Result>"));
        ManagementReply *del = send("DELETE", QStringLiteral("services/storageservices/") + name);
        QVERIFY(del);
        QCOMPARE(del->httpStatus(), 200);
        QVERIFY(!m_prov->inventory().storageAccounts.contains(name));
        ManagementReply *gone = send("DELETE", QStringLiteral("services/storageservices/") + name);
        QVERIFY(gone);
        QCOMPARE(gone->httpStatus(), 404);
        QCOMPARE(gone->error().code, QStringLiteral("ResourceNotFound"));
    }

    void storageErrors()
    {
        QVERIFY(ensureVhdStorage());
        ManagementReply *dup = send("POST", QStringLiteral("services/storageservices"),
                                    classic::createStorageServiceXml(kVhds, kLocation));
        QVERIFY(dup);
        QCOMPARE(dup->httpStatus(), 409);
        QCOMPARE(dup->error().code, QStringLiteral("ConflictError"));

        ManagementReply *badName =
            send("POST", QStringLiteral("services/storageservices"),
                 classic::createStorageServiceXml(QStringLiteral("Bad_Name"), kLocation));
        QVERIFY(badName);
        QCOMPARE(badName->httpStatus(), 400);
        QCOMPARE(badName->error().code, QStringLiteral("BadRequest"));

        ManagementReply *malformed = send("POST", QStringLiteral("services/storageservices"),
                                          "<CreateStorageServiceInput><ServiceName>x");
        QVERIFY(malformed);
        QCOMPARE(malformed->httpStatus(), 400);
        QCOMPARE(malformed->error().code, QStringLiteral("BadRequest"));

        ManagementReply *badLocation =
            send("POST", QStringLiteral("services/storageservices"),
                 classic::createStorageServiceXml(QStringLiteral("provsimmoon"),
                                                  QStringLiteral("Moon Base")));
        QVERIFY(badLocation);
        QCOMPARE(badLocation->httpStatus(), 400);
        QVERIFY(badLocation->error().message.contains(QLatin1String("Moon Base")));
    }

    // Create Storage Account and Create Cloud Service run one set of checks (createrequest.h) in
    // the order the API reports problems: the body, the required elements (all named), the name,
    // the base64 label, the affinity group, the location, the kind's own values, and only then
    // the name in use (409). Each row breaks two rules; the earlier one is reported.
    void createChecksInOrder_data()
    {
        QTest::addColumn<QString>("kind"); // storage | service
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");

        const QString taken[] = {kSeeded, QStringLiteral("taken")};
        const QString root[] = {QStringLiteral("CreateStorageServiceInput"),
                                QStringLiteral("CreateHostedService")};
        const QString kinds[] = {QStringLiteral("storage"), QStringLiteral("service")};
        const QString bad = QStringLiteral("BadRequest");
        for (int k = 0; k < 2; ++k) {
            auto body = [&](const QString &name, const QString &label, const QString &location,
                            const QString &affinity = {},
                            const QString &accountType = {}) -> QByteArray {
                QByteArray xml = "<" + root[k].toUtf8() +
                                 " xmlns=\"http://schemas.microsoft.com/windowsazure\">";
                if (!name.isNull())
                    xml += "<ServiceName>" + name.toUtf8() + "</ServiceName>";
                if (!label.isNull())
                    xml += "<Label>" + label.toUtf8() + "</Label>";
                if (!location.isNull())
                    xml += "<Location>" + location.toUtf8() + "</Location>";
                if (!affinity.isNull())
                    xml += "<AffinityGroup>" + affinity.toUtf8() + "</AffinityGroup>";
                if (!accountType.isNull())
                    xml += "<AccountType>" + accountType.toUtf8() + "</AccountType>";
                xml += "</" + root[k].toUtf8() + ">";
                return xml;
            };
            const QString label = QString::fromLatin1(QByteArray("label").toBase64());
            auto row = [&](const char *name) {
                return &QTest::newRow(
                    qPrintable(kinds[k] + QLatin1Char(':') + QLatin1String(name)));
            };
            *row("not xml, wrong root") << kinds[k] << QByteArray("<Other><") << 400 << bad
                                        << QStringLiteral("not well-formed");
            *row("wrong root") << kinds[k] << QByteArray("<Other/>") << 400 << bad
                               << QStringLiteral("must be a <%1> document").arg(root[k]);
            *row("missing before bad name")
                << kinds[k] << body(QStringLiteral("Bad_Name!"), {}, {}) << 400 << bad
                << QStringLiteral("missing required element(s): Label, Location");
            *row("bad name before bad label")
                << kinds[k] << body(QStringLiteral("x"), QStringLiteral("%%%"), kLocation) << 400
                << bad << QStringLiteral("'x'");
            *row("bad label before affinity group")
                << kinds[k]
                << body(QStringLiteral("provsimorder1"), QStringLiteral("%%%"), {},
                        QStringLiteral("ag1"))
                << 400 << bad << QStringLiteral("base64");
            *row("affinity group before name in use")
                << kinds[k] << body(taken[k], label, {}, QStringLiteral("ag1")) << 400 << bad
                << QStringLiteral("affinity group 'ag1'");
            *row("location before name in use")
                << kinds[k] << body(taken[k], label, QStringLiteral("Moon Base")) << 400 << bad
                << QStringLiteral("'Moon Base'");
            *row("name in use") << kinds[k] << body(taken[k], label, kLocation) << 409
                                << QStringLiteral("ConflictError")
                                << (k == 0 ? QStringLiteral("already exists")
                                           : QStringLiteral("already taken"));
            if (k == 0)
                *row("account type before name in use")
                    << kinds[k] << body(taken[k], label, kLocation, {}, QStringLiteral("Premium"))
                    << 400 << bad << QStringLiteral("account type 'Premium'");
        }
    }

    void createChecksInOrder()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        const Inventory before = m_prov->inventory();
        ManagementReply *r =
            send("POST",
                 kind == QLatin1String("storage") ? QStringLiteral("services/storageservices")
                                                  : QStringLiteral("services/hostedservices"),
                 body);
        QVERIFY(r);
        QCOMPARE(r->httpStatus(), status);
        QCOMPARE(r->error().code, code);
        QVERIFY2(r->error().message.contains(mentions), qPrintable(r->error().message));
        QCOMPARE(m_prov->inventory(), before);
    }

    void hostedServiceLifecycle()
    {
        const QString name = QStringLiteral("provsim-svc1");
        classic::AvailabilityReply *before = m_client->checkHostedServiceName(name);
        QVERIFY(waitFinished(before) && before->ok());
        QVERIFY(before->availability().available);

        ManagementReply *create =
            send("POST", QStringLiteral("services/hostedservices"),
                 classic::createHostedServiceXml(name, kLocation, QStringLiteral("test")));
        QVERIFY(create);
        QCOMPARE(create->httpStatus(), 201);
        QVERIFY(create->body().isEmpty());
        // As recorded (response-201-create-hosted-service-2014-09.http).
        QVERIFY(create->header("Location")
                    .endsWith(QByteArray("/subscriptions/" + m_azure->subscription().id.toUtf8() +
                                         "/compute/" + name.toUtf8())));
        QVERIFY(m_azure->state().takenHostedServiceNames.contains(name));

        classic::AvailabilityReply *after = m_client->checkHostedServiceName(name);
        QVERIFY(waitFinished(after) && after->ok());
        QVERIFY(!after->availability().available);
        QCOMPARE(after->availability().reason,
                 QStringLiteral("The specified DNS name is already taken."));

        ManagementReply *get = send("GET", QStringLiteral("services/hostedservices/") + name);
        QVERIFY(get && get->ok());
        QVERIFY(get->body().contains("<ServiceName>provsim-svc1</ServiceName>"));
        QVERIFY(
            get->body().contains(QByteArray("<Label>" + name.toUtf8().toBase64() + "</Label>")));
        QVERIFY(get->body().contains("<Location>West US</Location>"));

        ManagementReply *dup =
            send("POST", QStringLiteral("services/hostedservices"),
                 classic::createHostedServiceXml(name.toUpper(), kLocation, QString()));
        QVERIFY(dup);
        QCOMPARE(dup->httpStatus(), 409);
        QCOMPARE(dup->error().code, QStringLiteral("ConflictError"));
        QCOMPARE(dup->error().message, QStringLiteral("The specified DNS name is already taken."));

        // No deployment: a plain delete is synchronous.
        ManagementReply *del = send("DELETE", QStringLiteral("services/hostedservices/") + name);
        QVERIFY(del);
        QCOMPARE(del->httpStatus(), 200);
        QVERIFY(!m_azure->state().takenHostedServiceNames.contains(name));
        classic::AvailabilityReply *again = m_client->checkHostedServiceName(name);
        QVERIFY(waitFinished(again) && again->ok());
        QVERIFY(again->availability().available);
        ManagementReply *missing = send("GET", QStringLiteral("services/hostedservices/") + name);
        QVERIFY(missing);
        QCOMPARE(missing->httpStatus(), 404);
    }

    void hostedServiceErrors()
    {
        // The simulator's pre-taken name (someone else's service).
        ManagementReply *taken =
            send("POST", QStringLiteral("services/hostedservices"),
                 classic::createHostedServiceXml(QStringLiteral("taken"), kLocation, QString()));
        QVERIFY(taken);
        QCOMPARE(taken->httpStatus(), 409);
        QCOMPARE(taken->error().message,
                 QStringLiteral("The specified DNS name is already taken."));

        ManagementReply *malformed =
            send("POST", QStringLiteral("services/hostedservices"), "not xml at all");
        QVERIFY(malformed);
        QCOMPARE(malformed->httpStatus(), 400);
        QCOMPARE(malformed->error().code, QStringLiteral("BadRequest"));

        ManagementReply *missing =
            send("POST", QStringLiteral("services/hostedservices"),
                 "<CreateHostedService xmlns=\"http://schemas.microsoft.com/windowsazure\">"
                 "<ServiceName>provsim-nolabel</ServiceName></CreateHostedService>");
        QVERIFY(missing);
        QCOMPARE(missing->httpStatus(), 400);
        QVERIFY2(missing->error().message.contains(QLatin1String("Label")),
                 qPrintable(missing->error().message));
        QVERIFY(missing->error().message.contains(QLatin1String("Location")));
        QVERIFY(!m_prov->inventory().hostedServices.contains(QStringLiteral("provsim-nolabel")));
    }

    void happyPathClassic()
    {
        auto o = fastOptions();
        o.operationDelayMs = 100;
        o.bootDelayMs = 200;
        o.extensionDelayMs = 200;
        m_prov->setOptions(o);
        const cloud::VmSpec s = spec(QStringLiteral("provsim-happy"));
        QSignalSpy started(m_prov.get(), &ProvisioningSimulator::dockerHostStarted);
        const QString id = startDeployment(s);
        QVERIFY(!id.isEmpty());

        // The body as sent, password and all, is kept for tests.
        const QByteArray sent = m_prov->lastDeploymentXml();
        QVERIFY(sent.contains("<UserPassword>Sim-Passw0rd!</UserPassword>"));
        QVERIFY(sent.contains("<Publisher>MSOpenTech.Extensions</Publisher>"));

        const auto op = finishedOperation(id);
        QVERIFY(op);
        QCOMPARE(op->status, classic::Operation::Status::Succeeded);

        QStringList seen;
        const auto d = pollSettled(s.dnsName, &seen);
        QVERIFY(d);
        QCOMPARE(d->name, s.dnsName);
        QCOMPARE(d->status, QStringLiteral("Running"));
        QCOMPARE(d->url, QStringLiteral("http://provsim-happy.cloudapp.net/"));
        const classic::RoleInstance &ri = d->instances.first();
        QVERIFY2(ri.isReady(), qPrintable(seen.join(QLatin1String(" -> "))));
        const auto ext = ri.dockerExtension();
        QVERIFY(ext);
        QCOMPARE(ext->handlerName, QStringLiteral("MSOpenTech.Extensions.DockerExtension"));
        QVERIFY2(ext->succeeded(), qPrintable(ext->failureMessage()));
        // The VM went through the boot states on the way.
        QVERIFY2(seen.first().startsWith(QLatin1String("RoleStateUnknown")),
                 qPrintable(seen.join(QLatin1String(" -> "))));
        QVERIFY2(seen.size() >= 3, qPrintable(seen.join(QLatin1String(" -> "))));
        qInfo().noquote() << "states:" << seen.join(QLatin1String(" -> "));

        // Docker listens where the deployment says.
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
        const auto ep = m_prov->dockerEndpoint(s.dnsName);
        QVERIFY(ep && ep->listening);
        const auto final = getDeployment(s.dnsName);
        QVERIFY(final);
        bool sawDocker = false;
        bool sawSsh = false;
        for (const classic::InstanceEndpoint &e : final->instances.first().endpoints) {
            if (e.name == QLatin1String("docker")) {
                sawDocker = true;
                QCOMPARE(QHostAddress(e.vip), ep->address);
                QCOMPARE(e.publicPort, int(ep->port));
                QCOMPARE(e.localPort, 4243);
                QVERIFY(QHostAddress(e.vip).isLoopback());
                if (e.vip != QLatin1String("127.0.0.1"))
                    QCOMPARE(e.publicPort, 4243); // an address of its own: the real port
            } else if (e.name == QLatin1String("ssh")) {
                sawSsh = true;
                QCOMPARE(e.publicPort, 22);
                QCOMPARE(e.localPort, 22);
            }
        }
        QVERIFY(sawDocker && sawSsh);
        QCOMPARE(m_prov->inventory().dockerPorts, QList<quint16>{ep->port});

        // Mutual TLS with the files this run generated.
        const docker::ConnectionReport report = probeDocker(s, *final);
        QVERIFY2(report.ok, qPrintable(report.summary));
        QVERIFY(m_prov->dockerHost(s.dnsName));
        QVERIFY(m_prov->dockerHost(s.dnsName)->requestCount() >= 2);

        // A second deployment into the same slot is refused.
        ManagementReply *dup =
            send("POST", QStringLiteral("services/hostedservices/%1/deployments").arg(s.dnsName),
                 deploymentBody(s));
        QVERIFY(dup);
        QCOMPARE(dup->httpStatus(), 409);
        QCOMPARE(dup->error().code, QStringLiteral("ConflictError"));
    }

    void v1SchemaOldDaemonAndDeleteDeployment()
    {
        auto o = fastOptions();
        o.dockerMode = sim::DockerHost::Mode::Old;
        o.dockerDelayMs = 150; // the extension reports success before Docker answers
        m_prov->setOptions(o);
        const cloud::VmSpec s = spec(QStringLiteral("provsim-v1"), cloud::ExtensionSchema::V1);
        const QString id = startDeployment(s);
        QVERIFY(!id.isEmpty());
        const auto op = finishedOperation(id);
        QVERIFY(op && op->status == classic::Operation::Status::Succeeded);
        const auto d = pollSettled(s.dnsName, nullptr);
        QVERIFY(d);
        const auto ext = d->instances.first().dockerExtension();
        QVERIFY(ext && ext->succeeded());
        QCOMPARE(ext->handlerName, QStringLiteral("Microsoft.Azure.Extensions.DockerExtension"));
        const docker::ConnectionReport report = probeDocker(s, *d); // wait mode covers the delay
        QVERIFY2(report.ok, qPrintable(report.summary));
        QCOMPARE(report.server.serverVersion, QStringLiteral("1.3.3"));

        // Delete the deployment (with its disk): 202, then it is gone with its Docker host.
        ManagementReply *del = send(
            "DELETE",
            QStringLiteral("services/hostedservices/%1/deployments/%1?comp=media").arg(s.dnsName));
        QVERIFY(del);
        QCOMPARE(del->httpStatus(), 202);
        const auto delOp = finishedOperation(del->requestId());
        QVERIFY(delOp && delOp->status == classic::Operation::Status::Succeeded);
        QVERIFY(
            !m_prov->inventory().deployments.contains(s.dnsName + QStringLiteral("/") + s.dnsName));
        QVERIFY(!m_prov->dockerHost(s.dnsName));
        ManagementReply *none = send("GET", QStringLiteral("services/hostedservices/%1/"
                                                           "deploymentslots/Production")
                                                .arg(s.dnsName));
        QVERIFY(none);
        QCOMPARE(none->httpStatus(), 404);
        QCOMPARE(none->error().message, QStringLiteral("No deployments were found."));
        // The empty service is deleted synchronously.
        ManagementReply *delSvc =
            send("DELETE", QStringLiteral("services/hostedservices/") + s.dnsName);
        QVERIFY(delSvc);
        QCOMPARE(delSvc->httpStatus(), 200);
    }

    void deploymentValidation()
    {
        QVERIFY(ensureVhdStorage());
        const cloud::VmSpec s = spec(QStringLiteral("provsim-invalid"));
        const QByteArray good = deploymentBody(s);
        QVERIFY(!good.isEmpty());
        const QString path =
            QStringLiteral("services/hostedservices/%1/deployments").arg(s.dnsName);

        // No such service.
        ManagementReply *noService = send("POST", path, good);
        QVERIFY(noService);
        QCOMPARE(noService->httpStatus(), 404);
        QCOMPARE(noService->error().code, QStringLiteral("ResourceNotFound"));

        QVERIFY(createService(s.dnsName));

        // Malformed.
        ManagementReply *malformed = send("POST", path, good.left(good.size() / 2));
        QVERIFY(malformed);
        QCOMPARE(malformed->httpStatus(), 400);
        QCOMPARE(malformed->error().code, QStringLiteral("BadRequest"));

        // Missing elements are named (and the password is not echoed).
        QByteArray missing = good;
        missing.replace("<UserName>azureuser</UserName>", "");
        missing.replace("<RoleSize>Small</RoleSize>", "");
        ManagementReply *m = send("POST", path, missing);
        QVERIFY(m);
        QCOMPARE(m->httpStatus(), 400);
        QVERIFY2(m->error().message.contains(QLatin1String("UserName")),
                 qPrintable(m->error().message));
        QVERIFY(m->error().message.contains(QLatin1String("RoleSize")));
        QVERIFY(!m->body().contains("Sim-Passw0rd!"));

        // A password outside 6 to 72 characters (the documented limit), not echoed.
        QByteArray shortPassword = good;
        shortPassword.replace("<UserPassword>Sim-Passw0rd!</UserPassword>",
                              "<UserPassword>Pw1!x</UserPassword>");
        ManagementReply *pw = send("POST", path, shortPassword);
        QVERIFY(pw);
        QCOMPARE(pw->httpStatus(), 400);
        QCOMPARE(pw->error().code, QStringLiteral("BadRequest"));
        QVERIFY2(pw->error().message.contains(QLatin1String("password")),
                 qPrintable(pw->error().message));
        QVERIFY(!pw->body().contains("Pw1!x"));

        // Two endpoints on one public port: accepted, and the operation fails (as recorded in
        // operation-status-failed-port-in-use-2016-04.xml; byte comparison in tst_simreplies).
        QByteArray clash = good;
        clash.replace("<Port>4243</Port>", "<Port>22</Port>");
        ManagementReply *c = send("POST", path, clash);
        QVERIFY(c);
        QCOMPARE(c->httpStatus(), 202);
        const auto clashOp = finishedOperation(c->requestId());
        QVERIFY(clashOp);
        QCOMPARE(clashOp->status, classic::Operation::Status::Failed);
        QCOMPARE(clashOp->httpStatusCode, 400);
        QVERIFY2(clashOp->errorMessage.startsWith(
                     QLatin1String("Port 22 is already in use by one of the endpoints in this "
                                   "deployment.")),
                 qPrintable(clashOp->errorMessage));

        // A disk in a storage account this subscription does not have.
        QByteArray foreign = good;
        foreign.replace(QByteArray(kVhds.toUtf8() + ".blob"), "somebodyelse.blob");
        ManagementReply *f = send("POST", path, foreign);
        QVERIFY(f);
        QCOMPARE(f->httpStatus(), 400);
        QVERIFY(f->error().message.contains(QLatin1String("somebodyelse")));

        QVERIFY(m_prov->inventory().deployments.isEmpty() ||
                !m_prov->inventory().deployments.join(QLatin1Char(',')).contains(s.dnsName));
    }

    void failOperation()
    {
        auto o = fastOptions();
        o.failOperation = true;
        o.failOperationMessage = QStringLiteral("Port 22 is already in use by one of the "
                                                "endpoints in this deployment. (simulated)");
        m_prov->setOptions(o);
        const cloud::VmSpec s = spec(QStringLiteral("provsim-opfail"));
        const QString id = startDeployment(s);
        QVERIFY(!id.isEmpty());
        const auto op = finishedOperation(id);
        QVERIFY(op);
        QCOMPARE(op->status, classic::Operation::Status::Failed);
        QCOMPARE(op->httpStatusCode, 400);
        QCOMPARE(op->errorCode, QStringLiteral("BadRequest"));
        QCOMPARE(op->errorMessage, o.failOperationMessage);
        // A failed create leaves no deployment, only the service.
        ManagementReply *none = send("GET", QStringLiteral("services/hostedservices/%1/"
                                                           "deploymentslots/Production")
                                                .arg(s.dnsName));
        QVERIFY(none);
        QCOMPARE(none->httpStatus(), 404);
        QVERIFY(m_prov->inventory().hostedServices.contains(s.dnsName));
    }

    void extensionError()
    {
        auto o = fastOptions();
        o.extensionError = true;
        o.extensionErrorMessage = QStringLiteral("Enable Docker failed: simulated apt failure");
        m_prov->setOptions(o);
        const cloud::VmSpec s = spec(QStringLiteral("provsim-exterr"));
        const QString id = startDeployment(s);
        QVERIFY(!id.isEmpty());
        QVERIFY(finishedOperation(id));
        const auto d = pollSettled(s.dnsName, nullptr);
        QVERIFY(d);
        const auto ext = d->instances.first().dockerExtension();
        QVERIFY(ext);
        QVERIFY(ext->failed());
        QCOMPARE(ext->handlerStatus, QStringLiteral("Ready"));
        QCOMPARE(ext->failureMessage(), o.extensionErrorMessage);
        // Docker never starts.
        QVERIFY(!m_prov->dockerHost(s.dnsName));
        QVERIFY(!m_prov->dockerEndpoint(s.dnsName)->listening);
    }

    void unusablePrivateConfig()
    {
        const cloud::VmSpec s = spec(QStringLiteral("provsim-badpriv"));
        const QByteArray broken = "{\"ca\":\"bm90IGEgY2VydA==\",\"server-cert\":\"%%%\","
                                  "\"server-key\":\"\"}";
        const QString id = startDeployment(s, broken);
        QVERIFY(!id.isEmpty());
        QVERIFY(finishedOperation(id));
        const auto d = pollSettled(s.dnsName, nullptr);
        QVERIFY(d);
        const auto ext = d->instances.first().dockerExtension();
        QVERIFY(ext && ext->failed());
        QVERIFY2(ext->failureMessage().startsWith(QLatin1String("Enable Docker failed:")),
                 qPrintable(ext->failureMessage()));
        QVERIFY2(ext->failureMessage().contains(QLatin1String("\"ca\"")),
                 qPrintable(ext->failureMessage()));
        QVERIFY(!m_prov->dockerHost(s.dnsName));
    }

    void roleFails()
    {
        auto o = fastOptions();
        o.roleFails = true;
        m_prov->setOptions(o);
        const cloud::VmSpec s = spec(QStringLiteral("provsim-rolefail"));
        const QString id = startDeployment(s);
        QVERIFY(!id.isEmpty());
        QVERIFY(finishedOperation(id));
        const auto d = pollSettled(s.dnsName, nullptr);
        QVERIFY(d);
        QCOMPARE(d->instances.first().instanceStatus, QStringLiteral("FailedStartingVM"));
        QVERIFY(d->instances.first().hasFailed());
        QVERIFY(!d->instances.first().dockerExtension());
    }

    void deleteWhileCreatingNeedsExclusiveAccess()
    {
        auto o = fastOptions();
        o.operationDelayMs = 300;
        m_prov->setOptions(o);
        const cloud::VmSpec s = spec(QStringLiteral("provsim-busy"));
        const QString id = startDeployment(s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_prov->operationStatus(id), QStringLiteral("InProgress"));

        const QString path = QStringLiteral("services/hostedservices/%1?comp=media").arg(s.dnsName);
        ManagementReply *busy = send("DELETE", path);
        QVERIFY(busy);
        QCOMPARE(busy->httpStatus(), 409);
        QVERIFY2(busy->error().message.contains(QLatin1String("requires exclusive access")),
                 qPrintable(busy->error().message));
        QVERIFY(busy->error().message.contains(id));

        // A client that retries the "exclusive access" conflict gets through once the create
        // operation is over (what a rollback after cancel does).
        auto co = testing::asmSimulatorClientOptions(*m_azure);
        co.backoffBaseMs = 100;
        co.backoffMaxMs = 200;
        ManagementClient retrying(m_nam.get(), m_azure->subscription(), co);
        ManagementReply *del = retrying.del(path);
        QVERIFY(waitFinished(del));
        QCOMPARE(del->httpStatus(), 202);
        QVERIFY(del->attempts() >= 2);
        const auto op = finishedOperation(del->requestId());
        QVERIFY(op && op->status == classic::Operation::Status::Succeeded);
        QVERIFY(!m_prov->inventory().hostedServices.contains(s.dnsName));
    }

    void survivesRedirectsAnd503s()
    {
        auto co = testing::asmSimulatorClientOptions(*m_azure);
        ManagementClient retrying(m_nam.get(), m_azure->subscription(), co);
        sim::AzureFaults faults;
        faults.redirectEvery = 2;
        faults.fail503Next = 2;
        m_azure->setFaults(faults);
        const QString name = QStringLiteral("provsimstorm");
        ManagementReply *create = retrying.post(QStringLiteral("services/storageservices"),
                                                classic::createStorageServiceXml(name, kLocation));
        QVERIFY(waitFinished(create));
        QCOMPARE(create->httpStatus(), 202);
        QVERIFY(create->attempts() >= 3);
        classic::OperationReply *op = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                return m_prov->operationStatus(create->requestId()) == QLatin1String("Succeeded");
            },
            10000));
        op = retrying.getOperationStatus(create->requestId());
        QVERIFY(waitFinished(op) && op->ok());
        QCOMPARE(op->operation().status, classic::Operation::Status::Succeeded);
        ManagementReply *del = retrying.del(QStringLiteral("services/storageservices/") + name);
        QVERIFY(waitFinished(del));
        QCOMPARE(del->httpStatus(), 200);
        m_azure->setFaults(sim::AzureFaults());
        QVERIFY(!m_prov->inventory().storageAccounts.contains(name));
    }

    void deleteWithMediaLeavesNothing()
    {
        const Inventory before = m_prov->inventory();
        QVERIFY(!before.isEmpty());
        QVERIFY(before.hostedServices.contains(QStringLiteral("provsim-happy")));
        QSignalSpy changed(m_prov.get(), &ProvisioningSimulator::resourcesChanged);

        // Like Azure: a service with a deployment cannot be deleted plainly, and a storage
        // account cannot go while a disk lives in it.
        ManagementReply *plain =
            send("DELETE", QStringLiteral("services/hostedservices/provsim-happy"));
        QVERIFY(plain);
        QCOMPARE(plain->httpStatus(), 409);
        ManagementReply *inUse =
            send("DELETE", QStringLiteral("services/storageservices/") + kVhds);
        QVERIFY(inUse);
        QCOMPARE(inUse->httpStatus(), 400);
        QVERIFY(inUse->error().message.contains(QLatin1String("active image(s) and/or disk(s)")));

        for (const QString &svc : before.hostedServices) {
            ManagementReply *del =
                send("DELETE", QStringLiteral("services/hostedservices/%1?comp=media").arg(svc));
            QVERIFY(del);
            QCOMPARE(del->httpStatus(), 202);
            const auto op = finishedOperation(del->requestId());
            QVERIFY(op && op->status == classic::Operation::Status::Succeeded);
            classic::AvailabilityReply *avail = m_client->checkHostedServiceName(svc);
            QVERIFY(waitFinished(avail) && avail->ok());
            QVERIFY2(avail->availability().available, qPrintable(svc));
        }
        QVERIFY(m_prov->inventory().hostedServices.isEmpty());
        QVERIFY(m_prov->inventory().deployments.isEmpty());
        QVERIFY(m_prov->inventory().dockerPorts.isEmpty());
        QVERIFY(changed.size() > 0);

        for (const QString &account : before.storageAccounts) {
            ManagementReply *del =
                send("DELETE", QStringLiteral("services/storageservices/") + account);
            QVERIFY(del);
            QCOMPARE(del->httpStatus(), 200);
        }
        QVERIFY(m_prov->isEmpty());
        QCOMPARE(m_prov->inventory(), Inventory());
    }

private:
    using Inventory = ProvisioningSimulator::Inventory;
};

QTEST_GUILESS_MAIN(TestProvisioningSim)
#include "tst_provisioningsim.moc"
