// The simulator's replies against the real recorded ASM traffic (tests/data/asm): over real TLS
// on loopback, each reply is parsed with the app's own models (the values mean the same as the
// recording's) and its shape is compared with the recording: root element, namespaces, the order
// of the elements both have, i:type attributes, and which elements only one of them has (each
// such difference is listed below with its reason). Error replies are compared byte for byte.
#include "certs/dockertlsstore.h"
#include "classic/asmerror.h"
#include "classic/deployment.h"
#include "classic/managementclient.h"
#include "classic/models.h"
#include "classic/requests.h"
#include "classic/xmltree.h"
#include "cloud/vmspec.h"
#include "sim/azuresimulator.h"
#include "sim/provisioningsim.h"

#include "asm_fixtures.h"
#include "asm_simulator.h"

#include <QMap>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace dockervm;
using dockervm::classic::ManagementClient;
using dockervm::classic::ManagementReply;
using dockervm::sim::AzureSimulator;
using dockervm::sim::ProvisioningSimulator;

namespace {

const QString kAsmNs = QStringLiteral("http://schemas.microsoft.com/windowsazure");
const QString kXsiNs = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
const QString kLocation = QStringLiteral("West US");
const QString kImage = QStringLiteral(
    "b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04-LTS-amd64-server-20140724-en-us-30GB");
const QString kVhds = QStringLiteral("simrepliesvhds");

// The shape of an XML document: for every element path ("A/B/C"), the names of its children in
// order (a run of equal names counted once; the first element of a path decides), its i:type and
// whether anything is outside the ASM namespace.
struct Shape
{
    QString root;
    QMap<QString, QString> rootNamespaces; // prefix -> URI declared on the root
    QMap<QString, QStringList> children;
    QMap<QString, QString> types; // path -> i:type
    QStringList foreignElements;  // paths of elements not in the ASM namespace
    QString error;
};

Shape shapeOf(const QByteArray &xml)
{
    Shape shape;
    QXmlStreamReader r(xml);
    QStringList stack;
    QSet<QString> seen;    // paths whose child list is already recorded
    QList<bool> recording; // per open element: record its children?
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const QString name = r.name().toString();
            const QString parent = stack.join(QLatin1Char('/'));
            stack.append(name);
            const QString path = stack.join(QLatin1Char('/'));
            if (stack.size() == 1) {
                shape.root = name;
                for (const QXmlStreamNamespaceDeclaration &d : r.namespaceDeclarations())
                    shape.rootNamespaces.insert(d.prefix().toString(), d.namespaceUri().toString());
            }
            if (r.namespaceUri() != kAsmNs)
                shape.foreignElements.append(path);
            if (!recording.isEmpty() && recording.constLast()) {
                QStringList &kids = shape.children[parent];
                if (kids.isEmpty() || kids.constLast() != name)
                    kids.append(name);
            }
            const bool first = !seen.contains(path);
            seen.insert(path);
            recording.append(first);
            if (first) {
                shape.children[path]; // a leaf still has an entry
                const QString type =
                    r.attributes().value(kXsiNs, QStringLiteral("type")).toString();
                if (!type.isEmpty())
                    shape.types.insert(path, type);
            }
        } else if (r.isEndElement()) {
            stack.removeLast();
            recording.removeLast();
        }
    }
    if (r.hasError())
        shape.error = r.errorString();
    return shape;
}

bool coveredBy(const QString &path, const QStringList &prefixes)
{
    for (const QString &p : prefixes) {
        if (path == p || path.startsWith(p + QLatin1Char('/')))
            return true;
    }
    return false;
}

// The differences between the simulator's reply and the recording, apart from the listed ones:
// `onlyRecorded` are elements (with what is under them) the recording has and the simulator does
// not send; `onlySimulated` the other way round.
QStringList compareShapes(const QByteArray &simulated, const QByteArray &recorded,
                          const QStringList &onlyRecorded = {},
                          const QStringList &onlySimulated = {})
{
    QStringList problems;
    const Shape sim = shapeOf(simulated);
    const Shape rec = shapeOf(recorded);
    if (!sim.error.isEmpty())
        return {QStringLiteral("simulated reply is not XML: ") + sim.error};
    if (!rec.error.isEmpty())
        return {QStringLiteral("recording is not XML: ") + rec.error};
    if (sim.root != rec.root)
        problems << QStringLiteral("root <%1>, recorded <%2>").arg(sim.root, rec.root);
    if (sim.rootNamespaces != rec.rootNamespaces)
        problems << QStringLiteral("root namespace declarations differ");
    if (!sim.foreignElements.isEmpty())
        problems << QStringLiteral("outside the ASM namespace: ") +
                        sim.foreignElements.join(QLatin1String(", "));
    for (auto it = rec.children.cbegin(); it != rec.children.cend(); ++it) {
        if (!sim.children.contains(it.key()) && !coveredBy(it.key(), onlyRecorded))
            problems << QStringLiteral("missing ") + it.key();
    }
    for (auto it = sim.children.cbegin(); it != sim.children.cend(); ++it) {
        if (!rec.children.contains(it.key())) {
            if (!coveredBy(it.key(), onlySimulated))
                problems << QStringLiteral("not in the recording: ") + it.key();
            continue;
        }
        // The elements both have come in the same order.
        const QStringList &recKids = rec.children.value(it.key());
        QStringList simCommon;
        for (const QString &k : it.value()) {
            if (recKids.contains(k))
                simCommon << k;
        }
        QStringList recCommon;
        for (const QString &k : recKids) {
            if (it.value().contains(k))
                recCommon << k;
        }
        if (simCommon != recCommon)
            problems << QStringLiteral("order under %1: %2, recorded %3")
                            .arg(it.key(), simCommon.join(QLatin1Char(',')),
                                 recCommon.join(QLatin1Char(',')));
        if (sim.types.value(it.key()) != rec.types.value(it.key()))
            problems << QStringLiteral("i:type of %1: '%2', recorded '%3'")
                            .arg(it.key(), sim.types.value(it.key()), rec.types.value(it.key()));
    }
    return problems;
}

// Optional elements of a real Get Deployment that the simulated deployment has no reason to send.
const QStringList kDeploymentOnlyRecorded{
    QStringLiteral("Deployment/PersistentVMDowntime"), // a maintenance window
    QStringLiteral("Deployment/ReservedIPName"),       // reserved IPs (xplat -R)
    QStringLiteral("Deployment/VirtualIPs/VirtualIP/IsReserved"),
    QStringLiteral("Deployment/VirtualIPs/VirtualIP/ReservedIPName"),
    QStringLiteral("Deployment/VirtualNetworkName"), // virtual networks (xplat -w)
    QStringLiteral("Deployment/VirtualNetworkId"),
    QStringLiteral("Deployment/RoleList/Role/ConfigurationSets/ConfigurationSet/SubnetNames/"
                   "SubnetName"),
    QStringLiteral("Deployment/RoleList/Role/ConfigurationSets/ConfigurationSet/"
                   "StaticVirtualNetworkIPAddress"),
    QStringLiteral("Deployment/RoleInstanceList/RoleInstance/RemoteAccessCertificateThumbprint"),
    QStringLiteral("Deployment/RoleList/Role/OSVirtualHardDisk/IOType"), // x-ms-version >= 2015
};
// ExtensionSettingStatus/Name is in the documented schema (asm-and-peers.md 2.4), the recordings
// leave it out.
const QStringList kDeploymentOnlySimulated{QStringLiteral(
    "Deployment/RoleInstanceList/RoleInstance/ResourceExtensionStatusList/ResourceExtensionStatus/"
    "ExtensionSettingStatus/Name")};

QString showProblems(const QStringList &problems)
{
    return problems.join(QLatin1String("\n  "));
}

} // namespace

class TestSimReplies : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<AzureSimulator> m_azure;
    std::unique_ptr<ProvisioningSimulator> m_prov;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ManagementClient> m_client;

    static ProvisioningSimulator::Options options()
    {
        ProvisioningSimulator::Options o;
        o.operationDelayMs = 0;
        o.bootDelayMs = 0;
        o.extensionDelayMs = 0;
        o.portalVhdsLocation = kLocation;
        o.portalVhdsName = kVhds;
        return o;
    }

    ManagementReply *send(const QByteArray &method, const QString &path,
                          const QByteArray &body = QByteArray())
    {
        ManagementReply *r = m_client->send(method, path, body);
        if (!r->isFinished()) {
            QSignalSpy spy(r, &ManagementReply::finished);
            if (!spy.wait(15000))
                return nullptr;
        }
        return r;
    }

    QByteArray get(const QString &path)
    {
        ManagementReply *r = send("GET", path);
        return r && r->ok() ? r->body() : QByteArray();
    }

    cloud::VmSpec spec(const QString &dns, cloud::ExtensionSchema schema)
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

    // The Create Deployment body our provisioner sends, with a real TLS bundle for the host.
    QByteArray deploymentBody(const cloud::VmSpec &s)
    {
        certs::DockerTlsOptions o;
        o.keyType = certs::KeyType::EcdsaP256;
        const certs::DockerTlsResult tls =
            certs::DockerTlsStore(s.certDir).ensureForHost(s.hostName(), {}, o);
        if (!tls.ok)
            return QByteArray();
        const QByteArray privateJson = s.extension == cloud::ExtensionSchema::V1
                                           ? tls.bundle.v1PrivateConfigJson()
                                           : tls.bundle.classicPrivateConfigJson();
        const auto ext = classic::extensionConfig(s.extension, s.dockerPort, privateJson);
        const QString media = classic::mediaLinkFor(
            QStringLiteral("https://%1.blob.core.windows.net/").arg(kVhds), s.effectiveVmName());
        return classic::createDeploymentXml(s, media, ext);
    }

    // Creates the cloud service and posts `body` (default: what our provisioner sends); the reply.
    ManagementReply *postDeployment(const cloud::VmSpec &s, QByteArray body = {})
    {
        ManagementReply *svc = send("POST", QStringLiteral("services/hostedservices"),
                                    classic::createHostedServiceXml(s.dnsName, kLocation, {}));
        if (!svc || svc->httpStatus() != 201)
            return nullptr;
        if (body.isEmpty())
            body = deploymentBody(s);
        return send("POST", QStringLiteral("services/hostedservices/%1/deployments").arg(s.dnsName),
                    body);
    }

    // The operation id of the accepted deployment, empty on failure.
    QString deploy(const cloud::VmSpec &s)
    {
        ManagementReply *dep = postDeployment(s);
        return dep && dep->httpStatus() == 202 ? dep->requestId() : QString();
    }

    QByteArray getDeployment(const QString &service)
    {
        return get(
            QStringLiteral("services/hostedservices/%1/deploymentslots/Production").arg(service));
    }

    // The same fields of the Docker extension's status, from the app's parser, for both replies.
    static void compareExtension(const classic::Deployment &sim, const classic::Deployment &rec)
    {
        QCOMPARE(sim.instances.size(), 1);
        const auto simExt = sim.instances.first().dockerExtension();
        const auto recExt = rec.instances.first().dockerExtension();
        QVERIFY(simExt && recExt);
        QCOMPARE(simExt->handlerName, recExt->handlerName);
        QCOMPARE(simExt->handlerStatus, recExt->handlerStatus);
        QCOMPARE(simExt->settingOperation, recExt->settingOperation);
        QCOMPARE(simExt->settingStatus, recExt->settingStatus);
        QCOMPARE(simExt->settingMessage, recExt->settingMessage);
        QCOMPARE(simExt->succeeded(), recExt->succeeded());
        QCOMPARE(simExt->failed(), recExt->failed());
        QCOMPARE(sim.instances.first().instanceStatus, rec.instances.first().instanceStatus);
        QCOMPARE(sim.instances.first().powerState, rec.instances.first().powerState);
        QCOMPARE(sim.instances.first().guestAgentStatus, rec.instances.first().guestAgentStatus);
        QCOMPARE(sim.status, rec.status);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        m_azure = std::make_unique<AzureSimulator>();
        QString error;
        QVERIFY2(m_azure->start(&error), qPrintable(error));
        m_prov = std::make_unique<ProvisioningSimulator>(m_azure.get(), options());
        m_nam = std::make_unique<QNetworkAccessManager>();
        auto o = testing::asmSimulatorClientOptions(*m_azure);
        o.maxRetries = 0;
        m_client = std::make_unique<ManagementClient>(m_nam.get(), m_azure->subscription(), o);
    }

    void init() { m_prov->setOptions(options()); }

    // The x-ms-version values the recorded tools sent are accepted: 2014-06-01 (ours),
    // 2014-10-01 (GOSDK, PYSDK), 2016-03-01 and 2017-01-01 (azure-cli 0.10.20, asm-and-peers.md 7).
    void versionsTheToolsSent_data()
    {
        QTest::addColumn<QString>("version");
        for (const char *v : {"2014-06-01", "2014-10-01", "2016-03-01", "2017-01-01"})
            QTest::newRow(v) << QString::fromLatin1(v);
    }

    void versionsTheToolsSent()
    {
        QFETCH(QString, version);
        auto o = testing::asmSimulatorClientOptions(*m_azure);
        o.maxRetries = 0;
        o.apiVersion = version;
        ManagementClient client(m_nam.get(), m_azure->subscription(), o);
        ManagementReply *r = client.send("GET", QStringLiteral("services/storageservices"), {});
        if (!r->isFinished()) {
            QSignalSpy spy(r, &ManagementReply::finished);
            QVERIFY(spy.wait(15000));
        }
        QVERIFY2(r->ok(), qPrintable(r->error().toString()));
    }

    void storageAccounts()
    {
        const QByteArray list = get(QStringLiteral("services/storageservices"));
        QVERIFY(!list.isEmpty());
        const QByteArray recorded =
            testing::asmFixture(QStringLiteral("list-storage-services-2016-04.xml"));
        const QStringList problems = compareShapes(
            list, recorded,
            {QStringLiteral("StorageServices/StorageService/ExtendedProperties/ExtendedProperty"),
             // an account in an affinity group (the simulated subscription has none)
             QStringLiteral("StorageServices/StorageService/StorageServiceProperties/"
                            "AffinityGroup")});
        QVERIFY2(problems.isEmpty(), qPrintable(showProblems(problems)));

        const auto accounts = classic::parseStorageServices(list, nullptr);
        QVERIFY(accounts);
        QCOMPARE(accounts->size(), 1);
        QCOMPARE(accounts->first().name, kVhds);
        QCOMPARE(accounts->first().location, kLocation);
        QCOMPARE(accounts->first().status, QStringLiteral("Created"));
        QCOMPARE(accounts->first().accountType, QStringLiteral("Standard_LRS"));
        QCOMPARE(accounts->first().blobEndpoint,
                 QStringLiteral("https://%1.blob.core.windows.net/").arg(kVhds));
        // The recording parses to the same kind of values.
        const auto recordedAccounts = classic::parseStorageServices(recorded, nullptr);
        QVERIFY(recordedAccounts && !recordedAccounts->isEmpty());
        QCOMPARE(recordedAccounts->first().status, accounts->first().status);
        QCOMPARE(recordedAccounts->first().accountType, accounts->first().accountType);

        const auto one = classic::parseStorageService(
            get(QStringLiteral("services/storageservices/") + kVhds), nullptr);
        QVERIFY(one);
        QCOMPARE(one->name, kVhds);
    }

    void availability()
    {
        // Byte for byte, with the name of the recording.
        const QByteArray available =
            testing::asmFixture(QStringLiteral("availability-storage-name-available.xml"));
        QCOMPARE(get(QStringLiteral("services/storageservices/operations/isavailable/freename01")),
                 available);
        QCOMPARE(get(QStringLiteral("services/hostedservices/operations/isavailable/free-name")),
                 available);
        QByteArray taken =
            testing::asmFixture(QStringLiteral("availability-storage-name-taken.xml"));
        taken.replace(QByteArray("'xplat'"), QByteArray("'" + kVhds.toUtf8() + "'"));
        const QByteArray simTaken =
            get(QStringLiteral("services/storageservices/operations/isavailable/") + kVhds);
        QCOMPARE(simTaken, taken);
        const auto parsed = classic::parseAvailabilityResponse(simTaken, nullptr);
        QVERIFY(parsed && !parsed->available);
        const QStringList problems = compareShapes(
            get(QStringLiteral("services/hostedservices/operations/isavailable/taken")),
            testing::asmFixture(QStringLiteral("availability-storage-name-taken.xml")));
        QVERIFY2(problems.isEmpty(), qPrintable(showProblems(problems)));
    }

    void cloudServices()
    {
        const QString name = QStringLiteral("simreplies-svc");
        ManagementReply *create =
            send("POST", QStringLiteral("services/hostedservices"),
                 classic::createHostedServiceXml(name, kLocation, QStringLiteral("d")));
        QVERIFY(create);
        // response-201-create-hosted-service-2014-09.http: empty body, no Content-Type, and a
        // Location of the form https://<host>/subscriptions/<sub>/compute/<name>.
        QCOMPARE(create->httpStatus(), 201);
        QVERIFY(create->body().isEmpty());
        QVERIFY(create->header("Content-Type").isEmpty());
        QCOMPARE(QString::fromUtf8(create->header("Location")),
                 m_azure->endpoint().toString() + QStringLiteral("/subscriptions/") +
                     m_azure->subscription().id + QStringLiteral("/compute/") + name);

        const QByteArray one = get(QStringLiteral("services/hostedservices/") + name);
        QStringList problems = compareShapes(
            one, testing::asmFixture(QStringLiteral("get-hosted-service-2014-09.xml")),
            {QStringLiteral("HostedService/HostedServiceProperties/ExtendedProperties/"
                            "ExtendedProperty")});
        QVERIFY2(problems.isEmpty(), qPrintable(showProblems(problems)));
        const auto tree = classic::parseXmlDocument(one, u"HostedService");
        QVERIFY(tree);
        QCOMPARE(tree->textAt(u"ServiceName"), name);
        QCOMPARE(tree->textAt(u"HostedServiceProperties/Location"), kLocation);
        QCOMPARE(tree->textAt(u"HostedServiceProperties/Label"),
                 QString::fromLatin1(name.toUtf8().toBase64()));
        QCOMPARE(tree->textAt(u"HostedServiceProperties/Status"), QStringLiteral("Created"));

        problems = compareShapes(
            get(QStringLiteral("services/hostedservices/%1?embed-detail=true").arg(name)),
            testing::asmFixture(
                QStringLiteral("get-hosted-service-embed-detail-empty-2014-09.xml")),
            {QStringLiteral("HostedService/HostedServiceProperties/ExtendedProperties/"
                            "ExtendedProperty")});
        QVERIFY2(problems.isEmpty(), qPrintable(showProblems(problems)));

        problems = compareShapes(
            get(QStringLiteral("services/hostedservices")),
            testing::asmFixture(QStringLiteral("list-hosted-services-2014-09.xml")),
            {QStringLiteral("HostedServices/HostedService/HostedServiceProperties/"
                            "ExtendedProperties/ExtendedProperty"),
             // The list of 2014 also carried each service's compute capabilities.
             QStringLiteral("HostedServices/HostedService/ComputeCapabilities"),
             // services of Windows VMs with WinRM
             QStringLiteral("HostedServices/HostedService/DefaultWinRmCertificateThumbprint")});
        QVERIFY2(problems.isEmpty(), qPrintable(showProblems(problems)));

        // response-200-delete-hosted-service-2014-09.http: 200, empty, no Content-Type.
        ManagementReply *del = send("DELETE", QStringLiteral("services/hostedservices/") + name);
        QVERIFY(del);
        QCOMPARE(del->httpStatus(), 200);
        QVERIFY(del->body().isEmpty());
        QVERIFY2(del->header("Content-Type").isEmpty(), del->header("Content-Type").constData());
    }

    void deploymentJustCreated()
    {
        auto o = options();
        o.bootDelayMs = 120000; // RoleStateUnknown for a minute
        m_prov->setOptions(o);
        const cloud::VmSpec s =
            spec(QStringLiteral("simreplies-new"), cloud::ExtensionSchema::Classic);
        QVERIFY(!deploy(s).isEmpty());
        const QByteArray sim = getDeployment(s.dnsName);
        QVERIFY(!sim.isEmpty());
        const QByteArray recorded = testing::asmFixture(
            QStringLiteral("get-deployment-dockerext-0.3-just-created-2014-09.xml"));
        const QStringList problems =
            compareShapes(sim, recorded, kDeploymentOnlyRecorded, kDeploymentOnlySimulated);
        QVERIFY2(problems.isEmpty(), qPrintable(showProblems(problems)));

        const auto d = classic::parseDeployment(sim, nullptr);
        const auto r = classic::parseDeployment(recorded, nullptr);
        QVERIFY(d && r);
        QCOMPARE(d->status, r->status);
        QCOMPARE(d->slot, r->slot);
        QCOMPARE(d->url, QStringLiteral("http://simreplies-new.cloudapp.net/"));
        QCOMPARE(d->instances.size(), 1);
        QCOMPARE(d->instances.first().instanceStatus, r->instances.first().instanceStatus);
        QCOMPARE(d->instances.first().powerState, r->instances.first().powerState);
        QCOMPARE(d->instances.first().guestAgentStatus, r->instances.first().guestAgentStatus);
        QCOMPARE(d->instances.first().extensions.isEmpty(),
                 r->instances.first().extensions.isEmpty());

        // The echoed role, from the app's own tree.
        const auto simTree = classic::parseXmlDocument(sim, u"Deployment");
        const auto recTree = classic::parseXmlDocument(recorded, u"Deployment");
        QVERIFY(simTree && recTree);
        const QString ref =
            QStringLiteral("RoleList/Role/ResourceExtensionReferences/ResourceExtensionReference/");
        for (const char *field : {"ReferenceName", "Publisher", "Name", "Version", "State"})
            QCOMPARE(simTree->textAt(QString(ref + QLatin1String(field))),
                     recTree->textAt(QString(ref + QLatin1String(field))));
        // DiskName: <service>-<role>-0-<18 digits> (XplattestVm-XplattestVm-0-201409270600080405).
        const QString simDisk = simTree->textAt(u"RoleList/Role/OSVirtualHardDisk/DiskName");
        const QString recDisk = recTree->textAt(u"RoleList/Role/OSVirtualHardDisk/DiskName");
        const QString simPrefix =
            s.dnsName + QLatin1Char('-') + s.effectiveVmName() + QStringLiteral("-0-");
        const QString recPrefix = QStringLiteral("XplattestVm-XplattestVm-0-");
        QVERIFY2(simDisk.startsWith(simPrefix), qPrintable(simDisk));
        QVERIFY(recDisk.startsWith(recPrefix));
        static const QRegularExpression digits(QStringLiteral("^\\d+$"));
        QVERIFY2(digits.match(simDisk.mid(simPrefix.size())).hasMatch(), qPrintable(simDisk));
        QCOMPARE(simDisk.size() - simPrefix.size(), recDisk.size() - recPrefix.size());
        // The service configuration (base64 XML) declares the same namespaces.
        const QByteArray simConfig =
            QByteArray::fromBase64(simTree->textAt(u"Configuration").toLatin1());
        const QByteArray recConfig =
            QByteArray::fromBase64(recTree->textAt(u"Configuration").toLatin1());
        QXmlStreamReader sr(simConfig);
        QXmlStreamReader rr(recConfig);
        sr.readNextStartElement();
        rr.readNextStartElement();
        QCOMPARE(sr.name(), rr.name());
        auto declarations = [](const QXmlStreamReader &x) {
            QStringList out;
            for (const auto &decl : x.namespaceDeclarations())
                out << decl.prefix().toString() + QLatin1Char('=') + decl.namespaceUri().toString();
            return out;
        };
        QCOMPARE(declarations(sr), declarations(rr));
        QVERIFY2(
            simConfig.contains(QByteArray("<Role name=\"" + s.effectiveVmName().toUtf8() + "\">")),
            simConfig.constData());
    }

    void deploymentTransitioning()
    {
        auto o = options();
        o.extensionDelayMs = 6000; // Installing for 3 s, then Transitioning for 3 s
        m_prov->setOptions(o);
        const cloud::VmSpec s =
            spec(QStringLiteral("simreplies-trans"), cloud::ExtensionSchema::V1);
        QVERIFY(!deploy(s).isEmpty());
        QByteArray sim;
        std::optional<classic::Deployment> d;
        QTRY_VERIFY_WITH_TIMEOUT(
            (sim = getDeployment(s.dnsName), d = classic::parseDeployment(sim, nullptr),
             d && !d->instances.isEmpty() && d->instances.first().dockerExtension() &&
                 d->instances.first().dockerExtension()->settingStatus ==
                     QLatin1String("Transitioning")),
            15000);
        const QByteArray recorded = testing::asmFixture(
            QStringLiteral("get-deployment-dockerext-1.0-transitioning-2015-07.xml"));
        const QStringList problems =
            compareShapes(sim, recorded, kDeploymentOnlyRecorded, kDeploymentOnlySimulated);
        QVERIFY2(problems.isEmpty(), qPrintable(showProblems(problems)));
        compareExtension(*d, *classic::parseDeployment(recorded, nullptr));
    }

    void deploymentExtensionError()
    {
        auto o = options();
        o.extensionError = true; // with the recorded message (the default)
        m_prov->setOptions(o);
        const cloud::VmSpec s = spec(QStringLiteral("simreplies-err"), cloud::ExtensionSchema::V1);
        QVERIFY(!deploy(s).isEmpty());
        const QByteArray sim = getDeployment(s.dnsName);
        const QByteArray recorded =
            testing::asmFixture(QStringLiteral("get-deployment-dockerext-1.0-error-2015-07.xml"));
        const QStringList problems =
            compareShapes(sim, recorded, kDeploymentOnlyRecorded, kDeploymentOnlySimulated);
        QVERIFY2(problems.isEmpty(), qPrintable(showProblems(problems)));
        const auto d = classic::parseDeployment(sim, nullptr);
        QVERIFY(d);
        compareExtension(*d, *classic::parseDeployment(recorded, nullptr));
        // The docker endpoint is reported like the recording's: name, local port, tcp.
        const auto &ep = d->instances.first().endpoints;
        QVERIFY(std::any_of(ep.cbegin(), ep.cend(), [](const classic::InstanceEndpoint &e) {
            return e.name == QLatin1String("docker") && e.localPort == 2376;
        }));
    }

    void operations()
    {
        const QByteArray succeeded =
            testing::asmFixture(QStringLiteral("operation-status-succeeded-2014-09.xml"));
        const QByteArray inProgress =
            testing::asmFixture(QStringLiteral("operation-status-inprogress-2014-09.xml"));
        const QByteArray failed =
            testing::asmFixture(QStringLiteral("operation-status-failed-port-in-use-2016-04.xml"));

        // InProgress, then Succeeded: byte for byte with the recording's id.
        auto o = options();
        o.operationDelayMs = 120000;
        m_prov->setOptions(o);
        ManagementReply *create =
            send("POST", QStringLiteral("services/storageservices"),
                 classic::createStorageServiceXml(QStringLiteral("simrepliesops"), kLocation));
        QVERIFY(create);
        QCOMPARE(create->httpStatus(), 202);
        // response-202-*.http: empty body, the operation id as x-ms-request-id (32 hex digits).
        QVERIFY(create->body().isEmpty());
        QVERIFY(create->header("Content-Type").isEmpty());
        const QString id = create->requestId();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(id).hasMatch());
        const QByteArray dashed = classic::parseOperation(inProgress, nullptr)->id.toLatin1();
        auto withRecordedId = [&](QByteArray xml) {
            const auto op = classic::parseOperation(xml, nullptr);
            return op ? xml.replace(op->id.toLatin1(), dashed) : QByteArray();
        };
        const QByteArray simInProgress = get(QStringLiteral("operations/") + id);
        QCOMPARE(withRecordedId(simInProgress), inProgress);
        QCOMPARE(
            QString(classic::parseOperation(simInProgress, nullptr)->id).remove(QLatin1Char('-')),
            id);

        m_prov->setOptions(options());
        ManagementReply *quick =
            send("POST", QStringLiteral("services/storageservices"),
                 classic::createStorageServiceXml(QStringLiteral("simrepliesops2"), kLocation));
        QVERIFY(quick && quick->httpStatus() == 202);
        QTRY_COMPARE(m_prov->operationStatus(quick->requestId()), QStringLiteral("Succeeded"));
        QCOMPARE(withRecordedId(get(QStringLiteral("operations/") + quick->requestId())),
                 succeeded);

        // A failed create deployment, with the recorded error (the default fault).
        o = options();
        o.failOperation = true;
        m_prov->setOptions(o);
        const cloud::VmSpec s = spec(QStringLiteral("simreplies-fail"), cloud::ExtensionSchema::V1);
        const QString failedId = deploy(s);
        QVERIFY(!failedId.isEmpty());
        QTRY_COMPARE(m_prov->operationStatus(failedId), QStringLiteral("Failed"));
        QByteArray simFailed = get(QStringLiteral("operations/") + failedId);
        const auto simOp = classic::parseOperation(simFailed, nullptr);
        QVERIFY(simOp);
        simFailed.replace(simOp->id.toLatin1(),
                          classic::parseOperation(failed, nullptr)->id.toLatin1());
        QCOMPARE(simFailed, failed);
    }

    // error-400-badrequest-create-deployment-invalid-port-2016-04.xml: an endpoint port out of
    // range is refused at once with the API's terse message.
    void invalidPortAsRecorded()
    {
        const cloud::VmSpec s =
            spec(QStringLiteral("simreplies-badport"), cloud::ExtensionSchema::V1);
        QByteArray body = deploymentBody(s);
        QVERIFY(body.contains("<Port>2376</Port>"));
        body.replace("<Port>2376</Port>", "<Port>70000</Port>");
        ManagementReply *r = postDeployment(s, body);
        QVERIFY(r);
        QCOMPARE(r->httpStatus(), 400);
        QCOMPARE(r->body(),
                 testing::asmFixture(QStringLiteral(
                     "error-400-badrequest-create-deployment-invalid-port-2016-04.xml")));
        QVERIFY(!m_prov->inventory().deployments.join(QLatin1Char(',')).contains(s.dnsName));
    }

    // operation-status-failed-port-in-use-2016-04.xml: two endpoints on one public port are
    // accepted (202) and the operation fails with 400 BadRequest; no deployment is left.
    void duplicatePortFailsTheOperationAsRecorded()
    {
        const cloud::VmSpec s =
            spec(QStringLiteral("simreplies-dupport"), cloud::ExtensionSchema::V1);
        QByteArray body = deploymentBody(s);
        QVERIFY(body.contains("<Port>2376</Port>"));
        body.replace("<Port>2376</Port>", "<Port>22</Port>");
        ManagementReply *r = postDeployment(s, body);
        QVERIFY(r);
        QCOMPARE(r->httpStatus(), 202);
        const QString id = r->requestId();
        QTRY_COMPARE(m_prov->operationStatus(id), QStringLiteral("Failed"));
        QByteArray sim = get(QStringLiteral("operations/") + id);
        const QByteArray recorded =
            testing::asmFixture(QStringLiteral("operation-status-failed-port-in-use-2016-04.xml"));
        const auto simOp = classic::parseOperation(sim, nullptr);
        QVERIFY(simOp);
        sim.replace(simOp->id.toLatin1(),
                    classic::parseOperation(recorded, nullptr)->id.toLatin1());
        QCOMPARE(sim, recorded);
        ManagementReply *none = send(
            "GET",
            QStringLiteral("services/hostedservices/%1/deploymentslots/Production").arg(s.dnsName));
        QVERIFY(none);
        QCOMPARE(none->httpStatus(), 404);
    }

    void errors()
    {
        // Byte for byte with the recordings.
        ManagementReply *noService =
            send("GET", QStringLiteral("services/hostedservices/simreplies-none/deploymentslots/"
                                       "Production"));
        QVERIFY(noService);
        QCOMPARE(noService->httpStatus(), 404);
        QCOMPARE(noService->body(),
                 testing::asmFixture(QStringLiteral(
                     "error-404-resourcenotfound-service-name-unknown-2014-09.xml")));

        ManagementReply *svc = send(
            "POST", QStringLiteral("services/hostedservices"),
            classic::createHostedServiceXml(QStringLiteral("simreplies-empty"), kLocation, {}));
        QVERIFY(svc && svc->httpStatus() == 201);
        ManagementReply *noDeployment =
            send("GET", QStringLiteral("services/hostedservices/simreplies-empty/deploymentslots/"
                                       "Production"));
        QVERIFY(noDeployment);
        QCOMPARE(noDeployment->httpStatus(), 404);
        QCOMPARE(noDeployment->body(),
                 testing::asmFixture(
                     QStringLiteral("error-404-resourcenotfound-no-deployments-2014-09.xml")));
        const classic::AsmError e = classic::AsmError::fromHttpReply(404, noDeployment->body());
        QCOMPARE(e.code, QStringLiteral("ResourceNotFound"));
        QCOMPARE(e.message, QStringLiteral("No deployments were found."));

        // 409 exclusive access while an operation holds the deployment.
        auto o = options();
        o.operationDelayMs = 120000;
        m_prov->setOptions(o);
        const cloud::VmSpec s = spec(QStringLiteral("simreplies-busy"), cloud::ExtensionSchema::V1);
        QVERIFY(!deploy(s).isEmpty());
        ManagementReply *busy =
            send("DELETE", QStringLiteral("services/hostedservices/%1?comp=media").arg(s.dnsName));
        QVERIFY(busy);
        QCOMPARE(busy->httpStatus(), 409);
        QByteArray recorded =
            testing::asmFixture(QStringLiteral("error-409-conflicterror-exclusive-access.xml"));
        static const QRegularExpression requestId(QStringLiteral("x-ms-requestid ([0-9a-f]{32})"));
        const auto m = requestId.match(QString::fromUtf8(busy->body()));
        QVERIFY(m.hasMatch());
        recorded.replace("ffc239393180bce6bee2c9668f31048b", m.captured(1).toLatin1());
        QCOMPARE(busy->body(), recorded);
        QVERIFY(classic::AsmError::fromHttpReply(409, busy->body()).isRetryable());
    }
};

QTEST_GUILESS_MAIN(TestSimReplies)
#include "tst_simreplies.moc"
