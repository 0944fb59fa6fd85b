// The ARM simulator against the recorded ARM traffic (tests/data/arm): raw HTTPS exchanges on
// loopback, checked for the recordings' status codes, headers and body fields; the LRO sequences;
// the whole create sequence RG → NSG → VNet → PIP → NIC → VM → instance view → a Docker host that
// answers over mutual TLS with the files of the cloud-config the test generated; every fault;
// in-use delete errors and the group delete that removes everything.
#include "arm/cloudinit.h"
#include "sim/armsimulator.h"
#include "sim/dockerhost.h"

#include "certs_testpki.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dockervm;
using dockervm::sim::ArmError;
using dockervm::sim::ArmFaults;
using dockervm::sim::ArmKind;
using dockervm::sim::ArmSimulator;

namespace {

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QString code() const
    {
        return json()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    QString message() const
    {
        return json()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("message"))
            .toString();
    }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

QJsonObject fixture(const QString &name)
{
    QFile f(qEnvironmentVariable("DOCKERVM_TEST_DATA") + QStringLiteral("/arm/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject exchange(const QString &name, int n)
{
    return fixture(name).value(QStringLiteral("exchanges")).toArray().at(n).toObject();
}

QJsonObject recordedResponse(const QString &name, int n)
{
    return exchange(name, n).value(QStringLiteral("response")).toObject();
}

QJsonValue recordedBody(const QString &name, int n)
{
    return recordedResponse(name, n).value(QStringLiteral("body"));
}

QStringList keysOf(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

// Every key the recording has is in ours (ours may have more).
bool hasRecordedKeys(const QJsonObject &ours, const QJsonObject &recorded, QStringList ignore = {})
{
    for (const QString &k : recorded.keys())
        if (!ours.contains(k) && !ignore.contains(k)) {
            qWarning() << "missing key" << k << "in" << QJsonDocument(ours).toJson();
            return false;
        }
    return true;
}

class ArmClient
{
public:
    ArmClient(ArmSimulator *sim) : m_sim(sim)
    {
        m_ssl = QSslConfiguration::defaultConfiguration();
        m_ssl.addCaCertificate(sim->caCertificate());
        m_token = sim->issueTestToken();
    }
    QString base() const { return m_sim->endpoint().toString(); }
    Reply send(const QByteArray &method, const QString &pathOrUrl, const QJsonObject &body = {},
               const QByteArray &bearer = QByteArray("default"), int timeoutMs = 15000)
    {
        const QUrl url(pathOrUrl.startsWith(QLatin1String("https://")) ? pathOrUrl
                                                                       : base() + pathOrUrl);
        QNetworkRequest req(url);
        req.setSslConfiguration(m_ssl);
        req.setTransferTimeout(timeoutMs);
        if (bearer == "default")
            req.setRawHeader("Authorization", "Bearer " + m_token);
        else if (!bearer.isEmpty())
            req.setRawHeader("Authorization", bearer);
        QByteArray data;
        if (!body.isEmpty()) {
            data = QJsonDocument(body).toJson(QJsonDocument::Compact);
            req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        }
        QNetworkReply *r = m_nam.sendCustomRequest(req, method, data);
        QSignalSpy done(r, &QNetworkReply::finished);
        if (!r->isFinished())
            done.wait(timeoutMs + 5000);
        Reply out;
        out.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.error = r->error();
        for (const auto &pair : r->rawHeaderPairs())
            out.headers.insert(pair.first.toLower(), pair.second);
        out.body = r->readAll();
        r->deleteLater();
        return out;
    }
    Reply get(const QString &p) { return send("GET", p); }
    Reply put(const QString &p, const QJsonObject &b) { return send("PUT", p, b); }
    Reply del(const QString &p) { return send("DELETE", p); }

    // Polls Azure-AsyncOperation until a terminal status; returns the bodies seen.
    QList<QJsonObject> pollAsync(const QByteArray &url)
    {
        QList<QJsonObject> seen;
        for (int i = 0; i < 400; ++i) {
            const Reply r = get(QString::fromUtf8(url));
            if (r.status != 200)
                return seen;
            seen << r.json();
            const QString s = r.json().value(QStringLiteral("status")).toString();
            if (s != QLatin1String("InProgress"))
                return seen;
            QTest::qWait(20);
        }
        return seen;
    }

private:
    ArmSimulator *m_sim;
    QSslConfiguration m_ssl;
    QNetworkAccessManager m_nam;
    QByteArray m_token;
};

// An error sentence with its resource ids and subnet name replaced by placeholders.
QString normalised(QString message)
{
    static const QRegularExpression id(QStringLiteral("/subscriptions/[^ ]*[^ .]"));
    static const QRegularExpression subnet(QStringLiteral("^Subnet \\S+ is"));
    return message.replace(id, QStringLiteral("<ID>"))
        .replace(subnet, QStringLiteral("Subnet <NAME> is"));
}

const QString kLabel = QStringLiteral("dockervmtest1");
const QString kLocation = QStringLiteral("westus");

} // namespace

class TestArmSim : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ArmSimulator> sim;
    std::unique_ptr<ArmClient> client;
    QString sub;
    QTemporaryDir tmp;
    TestPki pki;

    QString rg(const QString &name) const
    {
        return QStringLiteral("/subscriptions/%1/resourcegroups/%2").arg(sub, name);
    }
    QString res(const QString &group, const QString &type, const QString &name) const
    {
        return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/%3/%4")
            .arg(sub, group, type, name);
    }
    QString q(const QString &apiVersion) const
    {
        return QStringLiteral("?api-version=") + apiVersion;
    }

    QByteArray customData(quint16 port = 2376)
    {
        arm::DockerCloudConfig c;
        c.caPem = pki.ca.certificatePem;
        c.serverCertPem = pki.server.certificatePem;
        c.serverKeyPem = pki.server.privateKeyPem;
        c.dockerPort = port;
        QString error;
        const auto data = c.customDataBase64(&error);
        if (!data)
            qWarning() << error;
        return data.value_or(QByteArray());
    }

    QJsonObject vmBody(const QString &group, const QString &size = QStringLiteral("Standard_B2s"),
                       const QByteArray &custom = {})
    {
        return QJsonObject{
            {QStringLiteral("location"), kLocation},
            {QStringLiteral("properties"),
             QJsonObject{
                 {QStringLiteral("hardwareProfile"), QJsonObject{{QStringLiteral("vmSize"), size}}},
                 {QStringLiteral("storageProfile"),
                  QJsonObject{
                      {QStringLiteral("imageReference"),
                       QJsonObject{{QStringLiteral("publisher"), QStringLiteral("Canonical")},
                                   {QStringLiteral("offer"), QStringLiteral("ubuntu-24_04-lts")},
                                   {QStringLiteral("sku"), QStringLiteral("server")},
                                   {QStringLiteral("version"), QStringLiteral("latest")}}},
                      {QStringLiteral("osDisk"),
                       QJsonObject{{QStringLiteral("createOption"), QStringLiteral("FromImage")},
                                   {QStringLiteral("managedDisk"),
                                    QJsonObject{{QStringLiteral("storageAccountType"),
                                                 QStringLiteral("StandardSSD_LRS")}}}}}}},
                 {QStringLiteral("osProfile"),
                  QJsonObject{{QStringLiteral("computerName"), QStringLiteral("dockerhost")},
                              {QStringLiteral("adminUsername"), QStringLiteral("azureuser")},
                              {QStringLiteral("adminPassword"), QStringLiteral("Correct-Horse-7")},
                              {QStringLiteral("customData"),
                               QString::fromLatin1(custom.isEmpty() ? customData() : custom)}}},
                 {QStringLiteral("networkProfile"),
                  QJsonObject{
                      {QStringLiteral("networkInterfaces"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("id"),
                            res(group, QStringLiteral("Microsoft.Network/networkInterfaces"),
                                QStringLiteral("nic"))},
                           {QStringLiteral("properties"),
                            QJsonObject{{QStringLiteral("primary"), true}}}}}}}},
             }},
        };
    }

    // RG + NSG + VNet + PIP + NIC, each PUT polled to Succeeded.
    void createNetwork(const QString &group, const QString &label)
    {
        QCOMPARE(client
                     ->put(rg(group) + q(QStringLiteral("2021-04-01")),
                           QJsonObject{{QStringLiteral("location"), kLocation}})
                     .status,
                 201);
        const QString nsgId = res(group, QStringLiteral("Microsoft.Network/networkSecurityGroups"),
                                  QStringLiteral("nsg"));
        const QString vnetId =
            res(group, QStringLiteral("Microsoft.Network/virtualNetworks"), QStringLiteral("vnet"));
        const QString pipId = res(group, QStringLiteral("Microsoft.Network/publicIPAddresses"),
                                  QStringLiteral("pip"));
        const QString nicId = res(group, QStringLiteral("Microsoft.Network/networkInterfaces"),
                                  QStringLiteral("nic"));
        const QList<QPair<QString, QJsonObject>> puts{
            {nsgId,
             QJsonObject{
                 {QStringLiteral("location"), kLocation},
                 {QStringLiteral("properties"),
                  QJsonObject{
                      {QStringLiteral("securityRules"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("name"), QStringLiteral("docker-tls")},
                           {QStringLiteral("properties"),
                            QJsonObject{
                                {QStringLiteral("protocol"), QStringLiteral("Tcp")},
                                {QStringLiteral("sourceAddressPrefix"), QStringLiteral("*")},
                                {QStringLiteral("sourcePortRange"), QStringLiteral("*")},
                                {QStringLiteral("destinationAddressPrefix"), QStringLiteral("*")},
                                {QStringLiteral("destinationPortRange"), QStringLiteral("2376")},
                                {QStringLiteral("access"), QStringLiteral("Allow")},
                                {QStringLiteral("priority"), 110},
                                {QStringLiteral("direction"), QStringLiteral("Inbound")}}}}}}}}}},
            {vnetId,
             QJsonObject{{QStringLiteral("location"), kLocation},
                         {QStringLiteral("properties"),
                          QJsonObject{{QStringLiteral("addressSpace"),
                                       QJsonObject{{QStringLiteral("addressPrefixes"),
                                                    QJsonArray{QStringLiteral("10.0.0.0/16")}}}},
                                      {QStringLiteral("subnets"),
                                       QJsonArray{QJsonObject{
                                           {QStringLiteral("name"), QStringLiteral("default")},
                                           {QStringLiteral("properties"),
                                            QJsonObject{{QStringLiteral("addressPrefix"),
                                                         QStringLiteral("10.0.0.0/24")}}}}}}}}}},
            {pipId,
             QJsonObject{
                 {QStringLiteral("location"), kLocation},
                 {QStringLiteral("sku"),
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("Standard")}}},
                 {QStringLiteral("properties"),
                  QJsonObject{
                      {QStringLiteral("publicIPAllocationMethod"), QStringLiteral("Static")},
                      {QStringLiteral("publicIPAddressVersion"), QStringLiteral("IPv4")},
                      {QStringLiteral("dnsSettings"),
                       QJsonObject{{QStringLiteral("domainNameLabel"), label}}}}}}},
            {nicId,
             QJsonObject{
                 {QStringLiteral("location"), kLocation},
                 {QStringLiteral("properties"),
                  QJsonObject{
                      {QStringLiteral("networkSecurityGroup"),
                       QJsonObject{{QStringLiteral("id"), nsgId}}},
                      {QStringLiteral("ipConfigurations"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("name"), QStringLiteral("ipconfig1")},
                           {QStringLiteral("properties"),
                            QJsonObject{{QStringLiteral("privateIPAllocationMethod"),
                                         QStringLiteral("Dynamic")},
                                        {QStringLiteral("subnet"),
                                         QJsonObject{{QStringLiteral("id"),
                                                      QString(vnetId + QStringLiteral(
                                                                           "/subnets/default"))}}},
                                        {QStringLiteral("publicIPAddress"),
                                         QJsonObject{{QStringLiteral("id"), pipId}}}}}}}}}}}},
        };
        for (const auto &[id, body] : puts) {
            const Reply r = client->put(id + q(QStringLiteral("2024-05-01")), body);
            QVERIFY2(r.status == 201,
                     qPrintable(id + QLatin1Char(' ') + QString::fromUtf8(r.body)));
            const QList<QJsonObject> polls = client->pollAsync(r.header("azure-asyncoperation"));
            QVERIFY(!polls.isEmpty());
            QCOMPARE(keysOf(polls.constLast()),
                     QStringList{QStringLiteral("status")}); // network shape
            QCOMPARE(polls.constLast().value(QStringLiteral("status")).toString(),
                     QStringLiteral("Succeeded"));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp.isValid());
        QString error;
        const QString fqdn =
            kLabel + QLatin1Char('.') + kLocation + QStringLiteral(".cloudapp.azure.com");
        QVERIFY2(pki.create(tmp.path() + QStringLiteral("/pki"), {fqdn}, {},
                            certs::KeyType::EcdsaP256, 30, &error),
                 qPrintable(error));
    }

    void init()
    {
        ArmSimulator::Options o;
        o.regionalVcpuQuota = 10;
        sim = std::make_unique<ArmSimulator>(o);
        QString error;
        QVERIFY2(sim->start(&error), qPrintable(error));
        client = std::make_unique<ArmClient>(sim.get());
        sub = sim->defaultSubscriptionId();
    }

    void cleanup()
    {
        client.reset();
        sim.reset();
    }

    void authentication()
    {
        const QString path = QStringLiteral("/subscriptions?api-version=2022-12-01");
        Reply r = client->send("GET", path, {}, QByteArray());
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QStringLiteral("AuthenticationFailed"));
        QVERIFY(r.header("WWW-Authenticate")
                    .startsWith("Bearer authorization_uri=\"https://login.windows.net/"));

        r = client->send("GET", path, {}, "Basic dXNlcjpwYXNz");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QStringLiteral("AuthenticationFailedInvalidHeader"));

        r = client->send("GET", path, {}, "Bearer not-a-token");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QStringLiteral("InvalidAuthenticationToken"));
        QVERIFY(r.header("WWW-Authenticate").contains("error=\"invalid_token\""));

        // The recorded wording (errors-reported-in-issues.json).
        const QByteArray expired = sim->issueTestToken(QStringLiteral("ada@example.com"), -120);
        r = client->send("GET", path, {}, "Bearer " + expired);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QStringLiteral("ExpiredAuthenticationToken"));
        static const QRegularExpression wording(
            QStringLiteral("^The access token expiry UTC time '\\d{1,2}/\\d{1,2}/\\d{4} "
                           "\\d{1,2}:\\d\\d:\\d\\d [AP]M' "
                           "is earlier than current UTC time '\\d{1,2}/\\d{1,2}/\\d{4} "
                           "\\d{1,2}:\\d\\d:\\d\\d [AP]M'\\.$"));
        QVERIFY2(wording.match(r.message()).hasMatch(), qPrintable(r.message()));
        QVERIFY(r.header("WWW-Authenticate").contains("expired"));

        // A checker set from outside (the Entra simulator's) replaces the built-in tokens.
        sim->setTokenChecker([this](const QByteArray &bearer) {
            sim::ArmTokenCheck c;
            c.ok = bearer == "entra-token";
            c.tenantId = sim->tenantId();
            c.user = QStringLiteral("ada@example.com");
            return c;
        });
        QCOMPARE(client->send("GET", path, {}, "Bearer entra-token").status, 200);
        QCOMPARE(client->get(path).status, 401);
    }

    void tenantsAndSubscriptions()
    {
        Reply r = client->get(QStringLiteral("/tenants?api-version=2022-12-01"));
        QCOMPARE(r.status, 200);
        const QJsonObject recordedTenant = fixture(QStringLiteral("tenants-list.spec-example.json"))
                                               .value(QStringLiteral("example"))
                                               .toObject()
                                               .value(QStringLiteral("responses"))
                                               .toObject()
                                               .value(QStringLiteral("200"))
                                               .toObject()
                                               .value(QStringLiteral("body"))
                                               .toObject()
                                               .value(QStringLiteral("value"))
                                               .toArray()
                                               .at(1)
                                               .toObject();
        QVERIFY(hasRecordedKeys(r.json().value(QStringLiteral("value")).toArray().at(0).toObject(),
                                recordedTenant));

        // Paged with nextLink; one Disabled; the same fields as the spec example.
        QJsonArray all;
        QString next = QStringLiteral("/subscriptions?api-version=2022-12-01");
        int pages = 0;
        while (!next.isEmpty()) {
            r = client->get(next);
            QCOMPARE(r.status, 200);
            for (const QJsonValue &v : r.json().value(QStringLiteral("value")).toArray())
                all.append(v);
            next = r.json().value(QStringLiteral("nextLink")).toString();
            ++pages;
        }
        QCOMPARE(pages, 2);
        QCOMPARE(all.size(), 3);
        const QJsonObject recordedSub =
            fixture(QStringLiteral("subscriptions-list.spec-example.json"))
                .value(QStringLiteral("example"))
                .toObject()
                .value(QStringLiteral("responses"))
                .toObject()
                .value(QStringLiteral("200"))
                .toObject()
                .value(QStringLiteral("body"))
                .toObject()
                .value(QStringLiteral("value"))
                .toArray()
                .at(0)
                .toObject();
        int disabled = 0;
        for (const QJsonValue &v : all) {
            QVERIFY(hasRecordedKeys(v.toObject(), recordedSub, {QStringLiteral("tags")}));
            disabled +=
                v.toObject().value(QStringLiteral("state")).toString() == QLatin1String("Disabled");
        }
        QCOMPARE(disabled, 1);

        // A subscription of another tenant, or none at all: 404 SubscriptionNotFound.
        r = client->get(QStringLiteral("/subscriptions/%1/locations?api-version=2022-12-01")
                            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.code(), QStringLiteral("SubscriptionNotFound"));
    }

    void locationsImagesSizes()
    {
        Reply r = client->get(
            QStringLiteral("/subscriptions/%1/locations?api-version=2022-12-01").arg(sub));
        QCOMPARE(r.status, 200);
        const QJsonArray recorded = recordedBody(QStringLiteral("locations-list.json"), 0)
                                        .toObject()
                                        .value(QStringLiteral("value"))
                                        .toArray();
        const QJsonArray ours = r.json().value(QStringLiteral("value")).toArray();
        QCOMPARE(ours.size(), recorded.size());
        QVERIFY(hasRecordedKeys(ours.at(0).toObject(), recorded.at(0).toObject()));
        QVERIFY(ours.at(0).toObject().value(QStringLiteral("id")).toString().contains(sub));

        const QString images =
            QStringLiteral("/subscriptions/%1/providers/Microsoft.Compute/locations/westus/"
                           "publishers/Canonical/artifacttypes/vmimage/offers")
                .arg(sub);
        r = client->get(images + q(QStringLiteral("2024-07-01")));
        QCOMPARE(r.status, 200);
        QStringList offers;
        for (const QJsonValue &v : r.array()) {
            QVERIFY(hasRecordedKeys(
                v.toObject(), recordedBody(QStringLiteral("image-canonical-offers-list.json"), 0)
                                  .toArray()
                                  .at(0)
                                  .toObject()));
            offers << v.toObject().value(QStringLiteral("name")).toString();
        }
        QVERIFY(offers.contains(QStringLiteral("ubuntu-24_04-lts")));
        QVERIFY(offers.contains(QStringLiteral("0001-com-ubuntu-server-jammy")));
        QVERIFY(offers.contains(QStringLiteral("0001-com-ubuntu-server-focal")));
        QVERIFY(offers.contains(QStringLiteral("UbuntuServer")));

        r = client->get(images + QStringLiteral("/ubuntu-24_04-lts/skus") +
                        q(QStringLiteral("2024-07-01")));
        QStringList skus;
        for (const QJsonValue &v : r.array()) {
            QVERIFY(hasRecordedKeys(
                v.toObject(), recordedBody(QStringLiteral("image-ubuntuserver-skus-list.json"), 0)
                                  .toArray()
                                  .at(0)
                                  .toObject()));
            skus << v.toObject().value(QStringLiteral("name")).toString();
        }
        QVERIFY(skus.contains(QStringLiteral("server")) &&
                skus.contains(QStringLiteral("server-gen1")));
        QVERIFY(skus.contains(QStringLiteral("server-arm64"))); // what the app has to skip

        // Newest version as az asks for it, then that version with its generation.
        r = client->get(
            images + QStringLiteral("/ubuntu-24_04-lts/skus/server/"
                                    "versions?$top=1&$orderby=name%20desc&api-version=2024-07-01"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 1);
        const QString newest = r.array().at(0).toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(newest, QStringLiteral("24.04.202411030"));
        r = client->get(images + QStringLiteral("/ubuntu-24_04-lts/skus/server/versions/") +
                        newest + q(QStringLiteral("2024-07-01")));
        QCOMPARE(r.status, 200);
        const QJsonObject recordedVersion =
            recordedBody(QStringLiteral("vm-create-customdata-via-deployment.scenario.json"), 1)
                .toObject();
        QVERIFY(hasRecordedKeys(r.json(), recordedVersion));
        QVERIFY(hasRecordedKeys(r.json().value(QStringLiteral("properties")).toObject(),
                                recordedVersion.value(QStringLiteral("properties")).toObject(),
                                {QStringLiteral("features")}));
        QCOMPARE(r.json()
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("hyperVGeneration"))
                     .toString(),
                 QStringLiteral("V2"));
        r = client->get(
            images +
            QStringLiteral("/0001-com-ubuntu-server-jammy/skus/22_04-lts/versions/latest") +
            q(QStringLiteral("2024-07-01")));
        QCOMPARE(r.json()
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("hyperVGeneration"))
                     .toString(),
                 QStringLiteral("V1"));

        // Resource SKUs: capabilities as in the spec example; restricted sizes say why.
        r = client->get(
            QStringLiteral("/subscriptions/%1/providers/Microsoft.Compute/"
                           "skus?api-version=2021-07-01&$filter=location%20eq%20'westus'")
                .arg(sub));
        QCOMPARE(r.status, 200);
        const QJsonObject recordedSku =
            fixture(QStringLiteral("resource-skus-region.spec-example.json"))
                .value(QStringLiteral("example"))
                .toObject()
                .value(QStringLiteral("responses"))
                .toObject()
                .value(QStringLiteral("200"))
                .toObject()
                .value(QStringLiteral("body"))
                .toObject()
                .value(QStringLiteral("value"))
                .toArray()
                .at(0)
                .toObject();
        int restricted = 0;
        for (const QJsonValue &v : r.json().value(QStringLiteral("value")).toArray()) {
            const QJsonObject s = v.toObject();
            QVERIFY(hasRecordedKeys(s, recordedSku));
            QStringList caps;
            for (const QJsonValue &c : s.value(QStringLiteral("capabilities")).toArray())
                caps << c.toObject().value(QStringLiteral("name")).toString();
            QVERIFY(caps.contains(QStringLiteral("HyperVGenerations")) &&
                    caps.contains(QStringLiteral("vCPUs")) &&
                    caps.contains(QStringLiteral("MemoryGB")));
            const QJsonArray rs = s.value(QStringLiteral("restrictions")).toArray();
            if (!rs.isEmpty()) {
                ++restricted;
                QCOMPARE(rs.at(0).toObject().value(QStringLiteral("reasonCode")).toString(),
                         QStringLiteral("NotAvailableForSubscription"));
            }
        }
        QCOMPARE(restricted, 2);

        // DNS labels: unique per region.
        const QString dns =
            QStringLiteral("/subscriptions/%1/providers/Microsoft.Network/locations/%2/"
                           "CheckDnsNameAvailability?domainNameLabel=%3&api-version=2024-05-01");
        QCOMPARE(client->get(dns.arg(sub, kLocation, QStringLiteral("taken"))).json(),
                 QJsonObject({{QStringLiteral("available"), false}}));
        QCOMPARE(client->get(dns.arg(sub, kLocation, QStringLiteral("free-label"))).json(),
                 QJsonObject({{QStringLiteral("available"), true}}));
        auto o = sim->options();
        o.takenDnsLabels = {QStringLiteral("regional@eastus")};
        sim->setOptions(o);
        QCOMPARE(client->get(dns.arg(sub, QStringLiteral("eastus"), QStringLiteral("regional")))
                     .json()
                     .value(QStringLiteral("available"))
                     .toBool(),
                 false);
        QCOMPARE(client->get(dns.arg(sub, kLocation, QStringLiteral("regional")))
                     .json()
                     .value(QStringLiteral("available"))
                     .toBool(),
                 true);
    }

    void resourceGroupLifecycle()
    {
        auto o = sim->options();
        o.groupDeleteDelayMs = 400;
        sim->setOptions(o);
        const QString path = rg(QStringLiteral("rg1")) + q(QStringLiteral("2021-04-01"));
        QCOMPARE(client->send("HEAD", path).status, 404);
        Reply r = client->put(
            path,
            QJsonObject{{QStringLiteral("location"), kLocation},
                        {QStringLiteral("tags"),
                         QJsonObject{{QStringLiteral("createdBy"), QStringLiteral("docker-vm")}}}});
        QCOMPARE(r.status, 201); // synchronous, as recorded
        const QJsonObject recorded =
            recordedBody(QStringLiteral("resource-group-lifecycle.scenario.json"), 7).toObject();
        QVERIFY(hasRecordedKeys(r.json(), recorded, {QStringLiteral("managedBy")}));
        QCOMPARE(r.json()
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("provisioningState"))
                     .toString(),
                 QStringLiteral("Succeeded"));
        QVERIFY(!r.header("x-ms-ratelimit-remaining-subscription-writes").isEmpty());
        QCOMPARE(client->put(path, QJsonObject{{QStringLiteral("location"), kLocation}}).status,
                 200);
        QCOMPARE(client->send("HEAD", path).status, 204);
        QCOMPARE(client->get(path).status, 200);

        r = client->del(path);
        QCOMPARE(r.status, 202);
        const QByteArray location = r.header("Location");
        QVERIFY(location.contains("/operationresults/"));
        QVERIFY(r.header("Azure-AsyncOperation").isEmpty()); // only Location, as recorded
        int accepted = 0;
        for (;;) {
            const Reply p = client->get(QString::fromUtf8(location));
            if (p.status != 202) {
                QCOMPARE(p.status, 200);
                break;
            }
            QCOMPARE(p.header("Location"), location);
            ++accepted;
            QTest::qWait(50);
        }
        QVERIFY(accepted >= 1);
        r = client->get(path);
        QCOMPARE(r.status, 404);
        QCOMPARE(keysOf(r.json().value(QStringLiteral("error")).toObject()),
                 keysOf(recordedBody(QStringLiteral("error-404-resourcegroupnotfound.json"), 0)
                            .toObject()
                            .value(QStringLiteral("error"))
                            .toObject()));
        QCOMPARE(r.code(), QStringLiteral("ResourceGroupNotFound"));
        QCOMPARE(r.message(), QStringLiteral("Resource group 'rg1' could not be found."));
    }

    void createSequenceBootsDocker()
    {
        auto o = sim->options();
        o.operationDelayMs = 100; // so the polls see InProgress first
        sim->setOptions(o);
        createNetwork(QStringLiteral("rg"), kLabel);

        Reply r = client->get(res(QStringLiteral("rg"),
                                  QStringLiteral("Microsoft.Network/publicIPAddresses"),
                                  QStringLiteral("pip")) +
                              q(QStringLiteral("2024-05-01")));
        QCOMPARE(r.status, 200);
        const QJsonObject pipProps = r.json().value(QStringLiteral("properties")).toObject();
        QCOMPARE(pipProps.value(QStringLiteral("dnsSettings"))
                     .toObject()
                     .value(QStringLiteral("fqdn"))
                     .toString(),
                 kLabel + QStringLiteral(".westus.cloudapp.azure.com"));
        QVERIFY(!pipProps.value(QStringLiteral("ipAddress")).toString().isEmpty());
        QVERIFY(hasRecordedKeys(
            r.json(), recordedBody(QStringLiteral("public-ip-dns-static-basic.scenario.json"), 2)
                          .toObject()));
        r = client->get(res(QStringLiteral("rg"),
                            QStringLiteral("Microsoft.Network/networkInterfaces"),
                            QStringLiteral("nic")) +
                        q(QStringLiteral("2024-05-01")));
        QCOMPARE(r.json()
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("ipConfigurations"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("privateIPAddress"))
                     .toString(),
                 QStringLiteral("10.0.0.4"));

        QSignalSpy started(sim.get(), &ArmSimulator::dockerHostStarted);
        r = client->put(res(QStringLiteral("rg"),
                            QStringLiteral("Microsoft.Compute/virtualMachines"),
                            QStringLiteral("vm")) +
                            q(QStringLiteral("2024-07-01")),
                        vmBody(QStringLiteral("rg")));
        QVERIFY2(r.status == 201, r.body.constData());
        QCOMPARE(r.json()
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("provisioningState"))
                     .toString(),
                 QStringLiteral("Creating"));
        QVERIFY(r.header("Azure-AsyncOperation")
                    .contains("/providers/Microsoft.Compute/locations/westus/operations/"));
        QVERIFY(!r.body.contains("customData") && !r.body.contains("Correct-Horse-7"));
        const QList<QJsonObject> polls = client->pollAsync(r.header("Azure-AsyncOperation"));
        QVERIFY(polls.size() >= 2);
        // Compute's poll bodies, as recorded (lro-inprogress-then-succeeded-compute.json).
        QCOMPARE(
            keysOf(polls.first()),
            keysOf(recordedBody(QStringLiteral("lro-inprogress-then-succeeded-compute.json"), 1)
                       .toObject()));
        QCOMPARE(
            keysOf(polls.last()),
            keysOf(recordedBody(QStringLiteral("lro-inprogress-then-succeeded-compute.json"), 2)
                       .toObject()));
        QCOMPARE(polls.last().value(QStringLiteral("status")).toString(),
                 QStringLiteral("Succeeded"));

        r = client->get(res(QStringLiteral("rg"),
                            QStringLiteral("Microsoft.Compute/virtualMachines"),
                            QStringLiteral("vm")) +
                        QStringLiteral("?$expand=instanceView&api-version=2024-07-01"));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.contains("customData") && !r.body.contains("adminPassword"));
        const QJsonObject recordedVm =
            recordedBody(QStringLiteral("vm-create-customdata-via-deployment.scenario.json"), 7)
                .toObject();
        QVERIFY(hasRecordedKeys(r.json(), recordedVm));
        QVERIFY(hasRecordedKeys(r.json().value(QStringLiteral("properties")).toObject(),
                                recordedVm.value(QStringLiteral("properties")).toObject()));
        const QJsonObject iv = r.json()
                                   .value(QStringLiteral("properties"))
                                   .toObject()
                                   .value(QStringLiteral("instanceView"))
                                   .toObject();
        QVERIFY(hasRecordedKeys(iv,
                                recordedVm.value(QStringLiteral("properties"))
                                    .toObject()
                                    .value(QStringLiteral("instanceView"))
                                    .toObject(),
                                {QStringLiteral("disks"), QStringLiteral("osVersion")}));
        QStringList codes;
        for (const QJsonValue &s : iv.value(QStringLiteral("statuses")).toArray())
            codes << s.toObject().value(QStringLiteral("code")).toString();
        QCOMPARE(codes, (QStringList{QStringLiteral("ProvisioningState/succeeded"),
                                     QStringLiteral("PowerState/running")}));
        QCOMPARE(r.json()
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("osProfile"))
                     .toObject()
                     .value(QStringLiteral("linuxConfiguration"))
                     .toObject()
                     .value(QStringLiteral("disablePasswordAuthentication"))
                     .toBool(true),
                 false);

        // The VM boots Docker from the cloud-config: a mutual-TLS handshake with the test's client
        // certificate, verifying the server for the FQDN, and /_ping answers OK.
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
        const QString fqdn = started.at(0).at(0).toString();
        QCOMPARE(fqdn, kLabel + QStringLiteral(".westus.cloudapp.azure.com"));
        HostOverrides hosts;
        sim->applyHostOverrides(hosts);
        const auto target = hosts.lookup(fqdn, 2376);
        QVERIFY(target.has_value());
        QCOMPARE(target->address.toString(),
                 pipProps.value(QStringLiteral("ipAddress")).toString());

        QSslSocket socket;
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates({QSslCertificate(pki.ca.certificatePem)});
        ssl.setLocalCertificate(QSslCertificate(pki.client.certificatePem));
        ssl.setPrivateKey(QSslKey(pki.client.privateKeyPem, QSsl::Ec));
        socket.setSslConfiguration(ssl);
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        socket.connectToHostEncrypted(target->address.toString(), target->port, fqdn);
        QVERIFY(encrypted.wait(10000));
        socket.write("GET /_ping HTTP/1.1\r\nHost: " + fqdn.toLatin1() +
                     "\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).endsWith("OK"), 10000);
        QVERIFY(answer.startsWith("HTTP/1.1 200"));

        // A client certificate from another CA is refused by the daemon (--tlsverify).
        TestPki stranger;
        QVERIFY(stranger.create(tmp.path() + QStringLiteral("/stranger"), {fqdn}, {}));
        QSslSocket other;
        ssl.setLocalCertificate(QSslCertificate(stranger.client.certificatePem));
        ssl.setPrivateKey(QSslKey(stranger.client.privateKeyPem, QSsl::Ec));
        other.setSslConfiguration(ssl);
        QSignalSpy otherDone(&other, &QSslSocket::disconnected);
        other.connectToHostEncrypted(target->address.toString(), target->port, fqdn);
        other.write("GET /_ping HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(otherDone.wait(10000));
        QVERIFY(!other.readAll().contains("OK"));
    }

    void deleteInUseThenInReverseOrder()
    {
        createNetwork(QStringLiteral("rg"), kLabel);
        Reply r = client->put(res(QStringLiteral("rg"),
                                  QStringLiteral("Microsoft.Compute/virtualMachines"),
                                  QStringLiteral("vm")) +
                                  q(QStringLiteral("2024-07-01")),
                              vmBody(QStringLiteral("rg")));
        QCOMPARE(r.status, 201);
        client->pollAsync(r.header("Azure-AsyncOperation"));
        QTRY_COMPARE_WITH_TIMEOUT(sim->dockerEndpoints().size(), 1, 10000);

        const QString fx = QStringLiteral("error-delete-in-use-resources.json");
        const QList<QPair<QString, int>> inUse{
            {QStringLiteral("Microsoft.Network/networkInterfaces/nic"), 1},
            {QStringLiteral("Microsoft.Network/networkSecurityGroups/nsg"), 2},
            {QStringLiteral("Microsoft.Network/publicIPAddresses/pip"), 3},
            {QStringLiteral("Microsoft.Network/virtualNetworks/vnet"), 4},
        };
        for (const auto &[path, n] : inUse) {
            const Reply d = client->del(
                QStringLiteral("/subscriptions/%1/resourceGroups/rg/providers/%2").arg(sub, path) +
                q(QStringLiteral("2024-05-01")));
            const QJsonObject recorded = recordedResponse(fx, n);
            QCOMPARE(d.status, recorded.value(QStringLiteral("status")).toInt());
            const QJsonObject recordedError = recorded.value(QStringLiteral("body"))
                                                  .toObject()
                                                  .value(QStringLiteral("error"))
                                                  .toObject();
            QCOMPARE(d.code(), recordedError.value(QStringLiteral("code")).toString());
            QCOMPARE(keysOf(d.json().value(QStringLiteral("error")).toObject()),
                     keysOf(recordedError));
            // Same sentence, our ids and names in place of the recording's.
            QCOMPARE(normalised(d.message()),
                     normalised(recordedError.value(QStringLiteral("message")).toString()));
        }

        // The VM first: 202 with both headers (vm-password-auth-and-compute-lro.scenario.json).
        r = client->del(res(QStringLiteral("rg"),
                            QStringLiteral("Microsoft.Compute/virtualMachines"),
                            QStringLiteral("vm")) +
                        q(QStringLiteral("2024-07-01")));
        QCOMPARE(r.status, 202);
        QVERIFY(!r.header("Azure-AsyncOperation").isEmpty());
        QVERIFY(r.header("Location").contains("monitor=true"));
        QCOMPARE(client->pollAsync(r.header("Azure-AsyncOperation"))
                     .last()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("Succeeded"));
        QVERIFY(sim->dockerEndpoints().isEmpty());
        for (const QString &path :
             {QStringLiteral("networkInterfaces/nic"), QStringLiteral("networkSecurityGroups/nsg"),
              QStringLiteral("publicIPAddresses/pip"), QStringLiteral("virtualNetworks/vnet")}) {
            const QString url =
                QStringLiteral("/subscriptions/%1/resourceGroups/rg/providers/Microsoft.Network/%2")
                    .arg(sub, path) +
                q(QStringLiteral("2024-05-01"));
            r = client->del(url);
            QCOMPARE(r.status, 202);
            // Network deletes: Location answers 202 while running, then 204.
            for (;;) {
                const Reply p = client->get(QString::fromUtf8(r.header("Location")));
                if (p.status == 202)
                    continue;
                QCOMPARE(p.status, 204);
                break;
            }
            QCOMPARE(client->get(url).status, 404);
            QCOMPARE(client->get(url).code(), QStringLiteral("ResourceNotFound"));
        }
        QVERIFY(sim->resourceIds().isEmpty());
    }

    void groupDeleteRemovesEverything()
    {
        createNetwork(QStringLiteral("rg"), kLabel);
        Reply r = client->put(res(QStringLiteral("rg"),
                                  QStringLiteral("Microsoft.Compute/virtualMachines"),
                                  QStringLiteral("vm")) +
                                  q(QStringLiteral("2024-07-01")),
                              vmBody(QStringLiteral("rg")));
        QCOMPARE(r.status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(sim->dockerEndpoints().size(), 1, 10000);
        QCOMPARE(sim->resourceIds().size(), 5);
        r = client->del(rg(QStringLiteral("rg")) + q(QStringLiteral("2021-04-01")));
        QCOMPARE(r.status, 202);
        QTRY_VERIFY_WITH_TIMEOUT(client->get(QString::fromUtf8(r.header("Location"))).status == 200,
                                 10000);
        QVERIFY(sim->isEmpty());
        QVERIFY(sim->dockerEndpoints().isEmpty());
        QCOMPARE(client->get(rg(QStringLiteral("rg")) + q(QStringLiteral("2021-04-01"))).code(),
                 QStringLiteral("ResourceGroupNotFound"));
        // The label is free again.
        QCOMPARE(client
                     ->get(QStringLiteral(
                               "/subscriptions/%1/providers/Microsoft.Network/locations/westus/"
                               "CheckDnsNameAvailability?domainNameLabel=%2&api-version=2024-05-01")
                               .arg(sub, kLabel))
                     .json()
                     .value(QStringLiteral("available"))
                     .toBool(),
                 true);
    }

    void vmValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messageStart");
        QTest::newRow("restricted size")
            << "hardwareProfile.vmSize" << QJsonValue(QStringLiteral("Standard_D2s_v5")) << 409
            << "SkuNotAvailable"
            << "The requested size for resource '/subscriptions/";
        QTest::newRow("gen1-only size for a gen2 image")
            << "hardwareProfile.vmSize" << QJsonValue(QStringLiteral("Standard_A1_v2")) << 400
            << "BadRequest"
            << "The selected VM size 'Standard_A1_v2' cannot boot Hypervisor Generation '2'.";
        QTest::newRow("weak password")
            << "osProfile.adminPassword" << QJsonValue(QStringLiteral("password")) << 400
            << "InvalidParameter"
            << "The supplied password must be between 6-72 characters long";
        QTest::newRow("banned password")
            << "osProfile.adminPassword" << QJsonValue(QStringLiteral("P@ssw0rd")) << 400
            << "InvalidParameter"
            << "The supplied password must be between";
        QTest::newRow("reserved user")
            << "osProfile.adminUsername" << QJsonValue(QStringLiteral("admin")) << 400
            << "InvalidParameter"
            << "The Admin Username specified is not allowed.";
        QTest::newRow("computer name")
            << "osProfile.computerName" << QJsonValue(QStringLiteral("bad_name!")) << 400
            << "InvalidParameter"
            << "Linux host name cannot exceed 64 characters";
        QTest::newRow("customData not base64")
            << "osProfile.customData" << QJsonValue(QStringLiteral("#cloud-config")) << 400
            << "InvalidParameter"
            << "Custom data in OSProfile must be in Base64 encoding and with a maximum length of "
               "87380 characters.";
        QTest::newRow("customData too long")
            << "osProfile.customData" << QJsonValue(QString(87384, QLatin1Char('A'))) << 400
            << "InvalidParameter"
            << "Custom data in OSProfile must be in Base64 encoding";
        QTest::newRow("unknown image")
            << "storageProfile.imageReference.sku" << QJsonValue(QStringLiteral("16_04-lts")) << 400
            << "InvalidParameter"
            << "The platform image 'Canonical:ubuntu-24_04-lts:16_04-lts:latest' is not available.";
        QTest::newRow("Arm64 image on an x64 size")
            << "storageProfile.imageReference.sku" << QJsonValue(QStringLiteral("server-arm64"))
            << 400 << "BadRequest"
            << "The selected VM size 'Standard_B2s' cannot boot the image architecture 'Arm64'.";
        QTest::newRow("missing NIC") << "networkProfile.nic" << QJsonValue(QStringLiteral("nope"))
                                     << 400 << "InvalidResourceReference"
                                     << "Resource /subscriptions/";
        QTest::newRow("too many vCPUs for the regional quota")
            << "hardwareProfile.vmSize" << QJsonValue(QStringLiteral("Standard_D16s_v3")) << 409
            << "OperationNotAllowed"
            << "Operation could not be completed as it results in exceeding approved Total "
               "Regional Cores quota. Additional details - Deployment Model: Resource Manager, "
               "Location: westus, Current Limit: 10, Current Usage: 0, Additional Required: 16, "
               "(Minimum) New Limit Required: 16.";
    }

    void vmValidation()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, messageStart);
        createNetwork(QStringLiteral("rg"), kLabel);
        QJsonObject body = vmBody(QStringLiteral("rg"));
        QJsonObject props = body.value(QStringLiteral("properties")).toObject();
        const QStringList parts = field.split(QLatin1Char('.'));
        if (parts.at(0) == QLatin1String("networkProfile")) {
            props.insert(
                QStringLiteral("networkProfile"),
                QJsonObject{{QStringLiteral("networkInterfaces"),
                             QJsonArray{QJsonObject{
                                 {QStringLiteral("id"),
                                  res(QStringLiteral("rg"),
                                      QStringLiteral("Microsoft.Network/networkInterfaces"),
                                      value.toString())}}}}});
        } else if (parts.size() == 2) {
            QJsonObject o = props.value(parts.at(0)).toObject();
            o.insert(parts.at(1), value);
            props.insert(parts.at(0), o);
        } else {
            QJsonObject o = props.value(parts.at(0)).toObject();
            QJsonObject o2 = o.value(parts.at(1)).toObject();
            o2.insert(parts.at(2), value);
            o.insert(parts.at(1), o2);
            props.insert(parts.at(0), o);
        }
        body.insert(QStringLiteral("properties"), props);
        const Reply r = client->put(res(QStringLiteral("rg"),
                                        QStringLiteral("Microsoft.Compute/virtualMachines"),
                                        QStringLiteral("vm")) +
                                        q(QStringLiteral("2024-07-01")),
                                    body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        QVERIFY2(r.message().startsWith(messageStart), qPrintable(r.message()));
        QVERIFY(
            !sim->resourceIds().join(QLatin1Char(' ')).contains(QLatin1String("virtualMachines")));
        if (code == QLatin1String("OperationNotAllowed")) // the recorded quota sentence
            QVERIFY(recordedBody(QStringLiteral("error-409-quota-regional-cores.json"), 0)
                        .toObject()
                        .value(QStringLiteral("error"))
                        .toObject()
                        .value(QStringLiteral("message"))
                        .toString()
                        .startsWith(messageStart.section(QStringLiteral(" Location:"), 0, 0)));
    }

    void securityRuleChildResource()
    {
        // nsg-create-and-rule.scenario.json: NSG PUT, rule PUT 201 + Azure-AsyncOperation, rule
        // GET, rule DELETE 202 with both headers.
        QCOMPARE(client
                     ->put(rg(QStringLiteral("rg")) + q(QStringLiteral("2021-04-01")),
                           QJsonObject{{QStringLiteral("location"), kLocation}})
                     .status,
                 201);
        const QString nsg =
            res(QStringLiteral("rg"), QStringLiteral("Microsoft.Network/networkSecurityGroups"),
                QStringLiteral("nsg"));
        Reply r = client->put(nsg + q(QStringLiteral("2024-05-01")),
                              QJsonObject{{QStringLiteral("location"), kLocation}});
        QCOMPARE(r.status, 201);
        QVERIFY(hasRecordedKeys(
            r.json(),
            recordedBody(QStringLiteral("nsg-create-and-rule.scenario.json"), 0).toObject(),
            {QStringLiteral("tags")}));
        const QString rule =
            nsg + QStringLiteral("/securityRules/web") + q(QStringLiteral("2024-05-01"));
        const QJsonObject ruleBody =
            exchange(QStringLiteral("nsg-create-and-rule.scenario.json"), 3)
                .value(QStringLiteral("request"))
                .toObject()
                .value(QStringLiteral("body"))
                .toObject();
        r = client->put(rule, ruleBody);
        QCOMPARE(r.status, 201);
        QVERIFY(!r.header("Azure-AsyncOperation").isEmpty());
        const QJsonObject recordedRule =
            recordedBody(QStringLiteral("nsg-create-and-rule.scenario.json"), 3).toObject();
        QCOMPARE(keysOf(r.json()), keysOf(recordedRule));
        QVERIFY(hasRecordedKeys(r.json().value(QStringLiteral("properties")).toObject(),
                                recordedRule.value(QStringLiteral("properties")).toObject()));
        QCOMPARE(client->pollAsync(r.header("Azure-AsyncOperation"))
                     .last()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("Succeeded"));
        QCOMPARE(client->get(rule)
                     .json()
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("destinationPortRange"))
                     .toString(),
                 QStringLiteral("4444"));
        QCOMPARE(client->get(nsg + q(QStringLiteral("2024-05-01")))
                     .json()
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("securityRules"))
                     .toArray()
                     .size(),
                 1);
        // Same priority and direction as an existing rule: refused.
        QJsonObject clash = ruleBody;
        clash.insert(QStringLiteral("name"), QStringLiteral("web2"));
        QCOMPARE(
            client
                ->put(nsg + QStringLiteral("/securityRules/web2") + q(QStringLiteral("2024-05-01")),
                      clash)
                .code(),
            QStringLiteral("SecurityRuleConflict"));
        r = client->del(rule);
        QCOMPARE(r.status, 202);
        QVERIFY(!r.header("Azure-AsyncOperation").isEmpty() && !r.header("Location").isEmpty());
        client->pollAsync(r.header("Azure-AsyncOperation"));
        QCOMPARE(client->get(rule).status, 404);
        QCOMPARE(client->get(nsg + q(QStringLiteral("2024-05-01")))
                     .json()
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("securityRules"))
                     .toArray()
                     .size(),
                 0);
    }

    void nicReferencesMustExist()
    {
        QCOMPARE(client
                     ->put(rg(QStringLiteral("rg")) + q(QStringLiteral("2021-04-01")),
                           QJsonObject{{QStringLiteral("location"), kLocation}})
                     .status,
                 201);
        const Reply r = client->put(
            res(QStringLiteral("rg"), QStringLiteral("Microsoft.Network/networkInterfaces"),
                QStringLiteral("nic")) +
                q(QStringLiteral("2024-05-01")),
            QJsonObject{
                {QStringLiteral("location"), kLocation},
                {QStringLiteral("properties"),
                 QJsonObject{
                     {QStringLiteral("ipConfigurations"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("name"), QStringLiteral("ipconfig1")},
                          {QStringLiteral("properties"),
                           QJsonObject{
                               {QStringLiteral("subnet"),
                                QJsonObject{
                                    {QStringLiteral("id"),
                                     QString(
                                         res(QStringLiteral("rg"),
                                             QStringLiteral("Microsoft.Network/virtualNetworks"),
                                             QStringLiteral("vnet")) +
                                         QStringLiteral("/subnets/default"))}}}}}}}}}}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("InvalidResourceReference"));
        QVERIFY(r.message().contains(
            QLatin1String("/virtualNetworks/vnet/subnets/default referenced by resource")));
        // A resource PUT into a group that does not exist.
        const Reply g = client->put(res(QStringLiteral("nogroup"),
                                        QStringLiteral("Microsoft.Network/networkSecurityGroups"),
                                        QStringLiteral("nsg")) +
                                        q(QStringLiteral("2024-05-01")),
                                    QJsonObject{{QStringLiteral("location"), kLocation}});
        QCOMPARE(g.status, 404);
        QCOMPARE(g.code(), QStringLiteral("ResourceGroupNotFound"));
    }

    void dnsLabelClash()
    {
        // The direct PUT's code (400 DnsRecordInUse, details []), as users report it.
        createNetwork(QStringLiteral("rg"), kLabel);
        QCOMPARE(client
                     ->put(rg(QStringLiteral("rg2")) + q(QStringLiteral("2021-04-01")),
                           QJsonObject{{QStringLiteral("location"), kLocation}})
                     .status,
                 201);
        const QJsonObject pip{
            {QStringLiteral("location"), kLocation},
            {QStringLiteral("sku"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Standard")}}},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("publicIPAllocationMethod"), QStringLiteral("Static")},
                         {QStringLiteral("dnsSettings"),
                          QJsonObject{{QStringLiteral("domainNameLabel"), kLabel}}}}}};
        Reply r = client->put(res(QStringLiteral("rg2"),
                                  QStringLiteral("Microsoft.Network/publicIPAddresses"),
                                  QStringLiteral("pip")) +
                                  q(QStringLiteral("2024-05-01")),
                              pip);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("DnsRecordInUse"));
        QCOMPARE(
            r.message(),
            QStringLiteral(
                "DNS record %1.westus.cloudapp.azure.com is already used by another public IP.")
                .arg(kLabel));
        QCOMPARE(r.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("details"))
                     .toArray()
                     .size(),
                 0);
        // The deployment-wrapped form carries the same inner error
        // (error-deployment-failed-dnsrecordinuse.json).
        const QString wrapped =
            recordedBody(QStringLiteral("error-deployment-failed-dnsrecordinuse.json"), 0)
                .toObject()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("details"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("message"))
                .toString();
        QVERIFY2(wrapped.contains(QLatin1String("DnsRecordInUse")) &&
                     wrapped.contains(QLatin1String("is already used by another public IP.")),
                 qPrintable(wrapped));
        // Another region is fine; "taken" (configured) is taken everywhere.
        QJsonObject east = pip;
        east.insert(QStringLiteral("location"), QStringLiteral("eastus"));
        QCOMPARE(client
                     ->put(res(QStringLiteral("rg2"),
                               QStringLiteral("Microsoft.Network/publicIPAddresses"),
                               QStringLiteral("pip-east")) +
                               q(QStringLiteral("2024-05-01")),
                           east)
                     .status,
                 201);
        QJsonObject taken = pip;
        taken.insert(
            QStringLiteral("properties"),
            QJsonObject{
                {QStringLiteral("publicIPAllocationMethod"), QStringLiteral("Static")},
                {QStringLiteral("dnsSettings"),
                 QJsonObject{{QStringLiteral("domainNameLabel"), QStringLiteral("taken")}}}});
        QCOMPARE(client
                     ->put(res(QStringLiteral("rg2"),
                               QStringLiteral("Microsoft.Network/publicIPAddresses"),
                               QStringLiteral("pip2")) +
                               q(QStringLiteral("2024-05-01")),
                           taken)
                     .code(),
                 QStringLiteral("DnsRecordInUse"));
    }

    void forbiddenSubscription()
    {
        QString readOnly;
        for (const auto &s : sim->subscriptions())
            if (!s.canWrite)
                readOnly = s.id;
        QVERIFY(!readOnly.isEmpty());
        const Reply r =
            client->put(QStringLiteral("/subscriptions/%1/resourcegroups/rg?api-version=2021-04-01")
                            .arg(readOnly),
                        QJsonObject{{QStringLiteral("location"), kLocation}});
        QCOMPARE(r.status, 403);
        const QJsonObject recorded =
            recordedBody(QStringLiteral("error-403-authorizationfailed.json"), 0).toObject();
        QCOMPARE(keysOf(r.json().value(QStringLiteral("error")).toObject()),
                 keysOf(recorded.value(QStringLiteral("error")).toObject()));
        QCOMPARE(r.code(), QStringLiteral("AuthorizationFailed"));
        static const QRegularExpression wording(
            QStringLiteral("^The client '[^']+' with object id '[0-9a-f-]{36}' does not have "
                           "authorization to perform action "
                           "'Microsoft.Resources/subscriptions/resourcegroups/write' over scope "
                           "'[^']+' or the scope is invalid. "
                           "If access was recently granted, please refresh your credentials.$"));
        QVERIFY2(wording.match(r.message()).hasMatch(), qPrintable(r.message()));
        QCOMPARE(r.header("x-ms-failure-cause"), QByteArray("gateway"));
        // Reading works.
        QCOMPARE(client
                     ->get(QStringLiteral("/subscriptions/%1/locations?api-version=2022-12-01")
                               .arg(readOnly))
                     .status,
                 200);
    }

    void faultFailPutAndFailedOperation()
    {
        ArmFaults f;
        f.failPut.insert(ArmKind::NetworkSecurityGroup,
                         ArmError{400, QStringLiteral("InvalidRequestFormat"),
                                  QStringLiteral("Cannot parse the request.")});
        sim->setFaults(f);
        QCOMPARE(client
                     ->put(rg(QStringLiteral("rg")) + q(QStringLiteral("2021-04-01")),
                           QJsonObject{{QStringLiteral("location"), kLocation}})
                     .status,
                 201);
        Reply r = client->put(res(QStringLiteral("rg"),
                                  QStringLiteral("Microsoft.Network/networkSecurityGroups"),
                                  QStringLiteral("nsg")) +
                                  q(QStringLiteral("2024-05-01")),
                              QJsonObject{{QStringLiteral("location"), kLocation}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("InvalidRequestFormat"));
        QVERIFY(sim->resourceIds().isEmpty());

        // A network operation that ends Failed: poll 200 with the recorded shape.
        f = ArmFaults();
        const QJsonObject recordedNet =
            recordedBody(QStringLiteral("lro-failed-network.json"), 0).toObject();
        f.failOperation.insert(ArmKind::NetworkSecurityGroup,
                               ArmError{0, QStringLiteral("InternalServerError"),
                                        QStringLiteral("An error occurred.")});
        const QJsonObject recordedVm =
            recordedBody(QStringLiteral("lro-failed-vm-extension.json"), 1).toObject();
        f.failOperation.insert(ArmKind::VirtualMachine,
                               ArmError{0,
                                        recordedVm.value(QStringLiteral("error"))
                                            .toObject()
                                            .value(QStringLiteral("code"))
                                            .toString(),
                                        recordedVm.value(QStringLiteral("error"))
                                            .toObject()
                                            .value(QStringLiteral("message"))
                                            .toString()});
        sim->setFaults(f);
        r = client->put(res(QStringLiteral("rg"),
                            QStringLiteral("Microsoft.Network/networkSecurityGroups"),
                            QStringLiteral("nsg")) +
                            q(QStringLiteral("2024-05-01")),
                        QJsonObject{{QStringLiteral("location"), kLocation}});
        QCOMPARE(r.status, 201);
        QJsonObject last = client->pollAsync(r.header("Azure-AsyncOperation")).last();
        QCOMPARE(keysOf(last), keysOf(recordedNet));
        QCOMPARE(keysOf(last.value(QStringLiteral("error")).toObject()),
                 keysOf(recordedNet.value(QStringLiteral("error")).toObject()));
        QCOMPARE(last.value(QStringLiteral("status")).toString(), QStringLiteral("Failed"));
        QCOMPARE(client
                     ->get(res(QStringLiteral("rg"),
                               QStringLiteral("Microsoft.Network/networkSecurityGroups"),
                               QStringLiteral("nsg")) +
                           q(QStringLiteral("2024-05-01")))
                     .json()
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("provisioningState"))
                     .toString(),
                 QStringLiteral("Failed"));

        sim->setFaults({});
        createNetwork(QStringLiteral("rg3"), kLabel);
        sim->setFaults(f);
        QSignalSpy started(sim.get(), &ArmSimulator::dockerHostStarted);
        r = client->put(res(QStringLiteral("rg3"),
                            QStringLiteral("Microsoft.Compute/virtualMachines"),
                            QStringLiteral("vm")) +
                            q(QStringLiteral("2024-07-01")),
                        vmBody(QStringLiteral("rg3")));
        QCOMPARE(r.status, 201);
        last = client->pollAsync(r.header("Azure-AsyncOperation")).last();
        QCOMPARE(keysOf(last), keysOf(recordedVm));
        QCOMPARE(last.value(QStringLiteral("error")).toObject(),
                 recordedVm.value(QStringLiteral("error")).toObject());
        const Reply vm = client->get(
            res(QStringLiteral("rg3"), QStringLiteral("Microsoft.Compute/virtualMachines"),
                QStringLiteral("vm")) +
            QStringLiteral("?$expand=instanceView&api-version=2024-07-01"));
        QCOMPARE(vm.json()
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("provisioningState"))
                     .toString(),
                 QStringLiteral("Failed"));
        QCOMPARE(vm.json()
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("instanceView"))
                     .toObject()
                     .value(QStringLiteral("statuses"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("ProvisioningState/failed"));
        QVERIFY(sim->dockerEndpoints().isEmpty()); // a failed VM never boots
    }

    void faultHangs()
    {
        ArmFaults f;
        f.hangPaths = {
            sub + QStringLiteral("/locations")}; // not the operation polls' /providers/…/locations/
        f.hangOperation = {ArmKind::VirtualNetwork};
        sim->setFaults(f);
        const Reply r = client->send(
            "GET", QStringLiteral("/subscriptions/%1/locations?api-version=2022-12-01").arg(sub),
            {}, "default", 500);
        QCOMPARE(r.error, QNetworkReply::OperationCanceledError); // the client's transfer timeout
        QCOMPARE(client
                     ->put(rg(QStringLiteral("rg")) + q(QStringLiteral("2021-04-01")),
                           QJsonObject{{QStringLiteral("location"), kLocation}})
                     .status,
                 201);
        const Reply v = client->put(
            res(QStringLiteral("rg"), QStringLiteral("Microsoft.Network/virtualNetworks"),
                QStringLiteral("vnet")) +
                q(QStringLiteral("2024-05-01")),
            QJsonObject{{QStringLiteral("location"), kLocation},
                        {QStringLiteral("properties"),
                         QJsonObject{{QStringLiteral("addressSpace"),
                                      QJsonObject{{QStringLiteral("addressPrefixes"),
                                                   QJsonArray{QStringLiteral("10.0.0.0/16")}}}}}}});
        QCOMPARE(v.status, 201);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(client->get(QString::fromUtf8(v.header("Azure-AsyncOperation")))
                         .json()
                         .value(QStringLiteral("status"))
                         .toString(),
                     QStringLiteral("InProgress"));
            QTest::qWait(20);
        }
    }

    void faultThrottlingAndServerErrors()
    {
        const QString path =
            QStringLiteral("/subscriptions/%1/locations?api-version=2022-12-01").arg(sub);
        // The remaining-reads counter goes down request by request.
        const int first =
            client->get(path).header("x-ms-ratelimit-remaining-subscription-reads").toInt();
        const int second =
            client->get(path).header("x-ms-ratelimit-remaining-subscription-reads").toInt();
        QVERIFY(first > 0);
        QCOMPARE(second, first - 1);

        ArmFaults f;
        f.throttleNext = 2;
        f.retryAfterSeconds = 7;
        sim->setFaults(f);
        for (int i = 0; i < 2; ++i) {
            const Reply r = client->get(path);
            QCOMPARE(r.status, 429);
            QCOMPARE(r.header("Retry-After"), QByteArray("7"));
            QCOMPARE(r.header("x-ms-ratelimit-remaining-subscription-reads"), QByteArray("0"));
            QCOMPARE(r.code(), QStringLiteral("SubscriptionRequestsThrottled"));
            QVERIFY(r.message().endsWith(QLatin1String("Please try again after '7' seconds.")));
        }
        QCOMPARE(client->get(path).status, 200);

        f = ArmFaults();
        f.fail500Next = 1;
        f.fail503Next = 1;
        sim->setFaults(f);
        QCOMPARE(client->get(path).status, 500);
        const Reply unavailable = client->get(path);
        QCOMPARE(unavailable.status, 503);
        QCOMPARE(unavailable.header("Retry-After"), QByteArray("1"));
        QCOMPARE(client->get(path).status, 200);

        // Only the named method.
        f = ArmFaults();
        f.fail503Next = 1;
        f.transientMethod = "PUT";
        sim->setFaults(f);
        QCOMPARE(client->get(path).status, 200);
        QCOMPARE(client
                     ->put(rg(QStringLiteral("rg")) + q(QStringLiteral("2021-04-01")),
                           QJsonObject{{QStringLiteral("location"), kLocation}})
                     .status,
                 503);
        QCOMPARE(client
                     ->put(rg(QStringLiteral("rg")) + q(QStringLiteral("2021-04-01")),
                           QJsonObject{{QStringLiteral("location"), kLocation}})
                     .status,
                 201);
    }

    void apiVersionChecked()
    {
        Reply r = client->get(QStringLiteral("/subscriptions/%1/locations").arg(sub));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("MissingApiVersionParameter"));
        r = client->get(
            QStringLiteral("/subscriptions/%1/locations?api-version=1999-01-01").arg(sub));
        QCOMPARE(r.code(), QStringLiteral("InvalidApiVersionParameter"));
    }

    void wrongCloudConfigMeansNoDocker()
    {
        createNetwork(QStringLiteral("rg"), kLabel);
        QSignalSpy failed(sim.get(), &ArmSimulator::dockerBootFailed);
        const QByteArray plain = QByteArray("#cloud-config\nhostname: myVMhostname\n").toBase64();
        const Reply r = client->put(
            res(QStringLiteral("rg"), QStringLiteral("Microsoft.Compute/virtualMachines"),
                QStringLiteral("vm")) +
                q(QStringLiteral("2024-07-01")),
            vmBody(QStringLiteral("rg"), QStringLiteral("Standard_B2s"), plain));
        QCOMPARE(r.status, 201); // Azure accepts it; the VM just never serves Docker
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY(failed.at(0).at(1).toString().contains(QLatin1String("docker.io")));
        QCOMPARE(sim->dockerEndpoints().size(), 1);
        QVERIFY(!sim->dockerEndpoints().at(0).listening);
        QVERIFY(!sim->dockerEndpoints().at(0).bootError.isEmpty());
    }
};

QTEST_MAIN(TestArmSim)
#include "tst_armsim.moc"
