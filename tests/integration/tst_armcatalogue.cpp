// ArmCatalogue over real TLS on loopback: the recorded 2020 lists (westus) and a synthetic
// current Canonical list (tests/data/arm/synthetic-*.json, marked as such).
#include "arm/apiversions.h"
#include "arm/armcatalogue.h"
#include "arm/armclient.h"

#include "arm_testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dockervm;
using namespace dockervm::arm;
using dockervm::sim::HttpResponse;
using dockervm::testing::armExchanges;
using dockervm::testing::armFixture;
using dockervm::testing::ArmTestServer;
using dockervm::testing::FakeTokenSource;

namespace {

const QString kSubId = QStringLiteral("00000000-0000-0000-0000-000000000000");
const QString kOffers =
    QStringLiteral("/subscriptions/00000000-0000-0000-0000-000000000000/providers/"
                   "Microsoft.Compute/locations/westus/publishers/Canonical/"
                   "artifacttypes/vmimage/offers");

bool waitJob(CatalogueJob *job)
{
    if (job->isFinished())
        return true;
    QSignalSpy spy(job, &CatalogueJob::finished);
    return spy.wait(20000);
}

QJsonObject specBody(const QString &fixture)
{
    return armFixture(fixture)
        .value(QLatin1String("example"))
        .toObject()
        .value(QLatin1String("responses"))
        .toObject()
        .value(QLatin1String("200"))
        .toObject()
        .value(QLatin1String("body"))
        .toObject();
}

QByteArray compact(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

QStringList describe(const QList<UbuntuImage> &images)
{
    QStringList out;
    for (const UbuntuImage &i : images)
        out << QStringLiteral("%1/gen%2%3")
                   .arg(i.release)
                   .arg(i.generation)
                   .arg(i.outOfStandardSupport ? QStringLiteral("/eol") : QString());
    return out;
}

} // namespace

class TestArmCatalogue : public QObject
{
    Q_OBJECT

    std::unique_ptr<ArmTestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<FakeTokenSource> m_tokens;
    std::unique_ptr<ArmClient> m_client;
    std::unique_ptr<ArmCatalogue> m_catalogue;

    void serveRecorded2020Images()
    {
        m_server->enqueue(armExchanges(QStringLiteral("image-canonical-offers-list.json")).first());
        m_server->enqueue(
            armExchanges(QStringLiteral("image-ubuntuserver-skus-list.json")).first());
        // 18.04-LTS: the 2022 recording answering $top=1&$orderby=name desc, and that version.
        const auto deploy =
            armExchanges(QStringLiteral("vm-create-customdata-via-deployment.scenario.json"));
        m_server->enqueue(deploy[0]);
        m_server->enqueue(deploy[1]);
        // 18_04-lts-gen2: the 2020 recording of the whole list (a server ignoring $top): the
        // client picks the newest itself.
        const auto versions = armExchanges(QStringLiteral("image-versions-list.json"));
        m_server->enqueue(versions[1]);
        // SYNTHETIC: no recording of that version's detail; hyperVGeneration as Azure reports
        // for Gen2 SKUs.
        m_server->enqueue(
            "GET",
            kOffers + QStringLiteral("/UbuntuServer/skus/18_04-lts-gen2/versions/18.04.202007160"),
            ArmTestServer::json(200, "{\"properties\":{\"hyperVGeneration\":\"V2\","
                                     "\"architecture\":\"x64\"},\"name\":\"18.04.202007160\"}"));
        // Everything else (focal SKUs, 16.04 versions) answers 404 ResourceNotFound: skipped.
    }

    void serveSyntheticCurrentImages()
    {
        const QJsonObject s = armFixture(QStringLiteral("synthetic-ubuntu-images-current.json"));
        m_server->enqueue("GET", kOffers,
                          ArmTestServer::json(200, compact(s.value(QLatin1String("offers")))));
        const QJsonObject skus = s.value(QLatin1String("skus")).toObject();
        for (auto it = skus.begin(); it != skus.end(); ++it)
            m_server->enqueue("GET",
                              kOffers + QLatin1Char('/') + it.key() + QStringLiteral("/skus"),
                              ArmTestServer::json(200, compact(it.value())));
        const QJsonObject versions = s.value(QLatin1String("versions")).toObject();
        for (auto it = versions.begin(); it != versions.end(); ++it) {
            const QStringList parts = it.key().split(QLatin1Char('/'));
            m_server->enqueue("GET",
                              kOffers + QLatin1Char('/') + parts[0] + QStringLiteral("/skus/") +
                                  parts[1] + QStringLiteral("/versions"),
                              ArmTestServer::json(200, compact(it.value())));
        }
        const QJsonObject details = s.value(QLatin1String("versionDetails")).toObject();
        for (auto it = details.begin(); it != details.end(); ++it) {
            const QStringList parts = it.key().split(QLatin1Char('/'));
            m_server->enqueue("GET",
                              kOffers + QLatin1Char('/') + parts[0] + QStringLiteral("/skus/") +
                                  parts[1] + QStringLiteral("/versions/") + parts[2],
                              ArmTestServer::json(200, compact(it.value())));
        }
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ArmTestServer>();
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_nam = std::make_unique<QNetworkAccessManager>();
    }

    void init()
    {
        m_server->clear();
        m_tokens = std::make_unique<FakeTokenSource>();
        m_client =
            std::make_unique<ArmClient>(m_nam.get(), m_tokens.get(), m_server->clientOptions());
        m_catalogue = std::make_unique<ArmCatalogue>(m_client.get());
        m_catalogue->setToday(QDate(2026, 11, 30));
    }

    void cleanup()
    {
        m_catalogue.reset();
        m_client.reset();
    }

    void tenantsFollowNextLink()
    {
        QJsonObject body = specBody(QStringLiteral("tenants-list.spec-example.json"));
        body.insert(QStringLiteral("nextLink"),
                    QString(m_server->baseUrl() +
                            QStringLiteral("/tenants?api-version=2022-12-01&$skiptoken=p2")));
        m_server->enqueue("GET", QStringLiteral("/tenants"),
                          ArmTestServer::json(200, compact(body)));
        m_server->enqueue(
            "GET", QStringLiteral("/tenants"),
            ArmTestServer::json(200,
                                "{\"value\":[{\"tenantId\":\"d\",\"displayName\":\"Page two\"}]}"));
        TenantsJob *job = m_catalogue->tenants();
        QVERIFY(waitJob(job));
        QVERIFY2(job->ok(), qPrintable(job->error().summary()));
        QCOMPARE(job->tenants().size(), 4);
        QCOMPARE(job->tenants().at(1).displayName, QStringLiteral("Contoso Corp."));
        QCOMPARE(job->tenants().last().displayName, QStringLiteral("Page two"));
        QVERIFY(m_server->log.first().query.contains(QLatin1String("api-version=") +
                                                     api::subscriptions()));
    }

    void subscriptionsEnabledOnly()
    {
        QJsonObject body = specBody(QStringLiteral("subscriptions-list.spec-example.json"));
        body.remove(QStringLiteral("nextLink")); // the example's placeholder "..."
        QJsonArray values = body.value(QLatin1String("value")).toArray();
        // Added by the test: one subscription that is not Enabled.
        values.append(QJsonObject{{QStringLiteral("subscriptionId"), QStringLiteral("dead")},
                                  {QStringLiteral("displayName"), QStringLiteral("A Disabled one")},
                                  {QStringLiteral("state"), QStringLiteral("Disabled")},
                                  {QStringLiteral("tenantId"), QStringLiteral("t")}});
        body.insert(QStringLiteral("value"), values);
        m_server->enqueue("GET", QStringLiteral("/subscriptions"),
                          ArmTestServer::json(200, compact(body)));
        SubscriptionsJob *job = m_catalogue->subscriptions();
        QVERIFY(waitJob(job));
        QVERIFY(job->ok());
        QCOMPARE(job->subscriptions().size(), 2);
        QCOMPARE(job->hiddenNotEnabled(), 1);
        QCOMPARE(job->subscriptions().first().displayName, QStringLiteral("Example Subscription"));
        QCOMPARE(job->subscriptions().first().tenantId,
                 QStringLiteral("31c75423-32d6-4322-88b7-c478bdde4858"));
    }

    void locationsPhysicalOnly()
    {
        m_server->enqueue(armExchanges(QStringLiteral("locations-list.json")).first());
        LocationsJob *job = m_catalogue->locations(kSubId);
        QVERIFY(waitJob(job));
        QVERIFY2(job->ok(), qPrintable(job->error().summary()));
        QVERIFY(job->locations().size() > 20);
        QStringList names;
        for (const Location &l : job->locations()) {
            QVERIFY(l.isPhysical());
            names << l.name;
        }
        QVERIFY(names.contains(QStringLiteral("westus")));
        QVERIFY(!names.contains(QStringLiteral("global")));
        // Sorted for display; bodies use name.
        QCOMPARE(job->locations().first().displayName, QStringLiteral("Australia Central"));
        QVERIFY(
            m_server->log.first().query.contains(QLatin1String("api-version=") + api::locations()));
    }

    void recorded2020ImagesAreOutOfSupportToday()
    {
        serveRecorded2020Images();
        UbuntuImagesJob *job = m_catalogue->ubuntuImages(kSubId, QStringLiteral("westus"));
        QVERIFY(waitJob(job));
        QVERIFY2(job->ok(), qPrintable(job->error().summary()));
        QCOMPARE(describe(job->images()),
                 (QStringList{QStringLiteral("18.04/gen2/eol"), QStringLiteral("18.04/gen1/eol")}));
        const UbuntuImage gen1 = job->images().last();
        QCOMPARE(gen1.sku, QStringLiteral("18.04-LTS"));
        QCOMPARE(gen1.version, QStringLiteral("18.04.202205100"));
        QCOMPARE(gen1.standardSupportEnd, QDate(2023, 4, 30));
        QCOMPARE(gen1.codename, QStringLiteral("bionic"));
        QCOMPARE(job->images().first().version,
                 QStringLiteral("18.04.202007160")); // newest of the full list
        QVERIFY(!job->alias());                      // nothing is in standard support any more
        // The newest version was asked for, not the whole list.
        bool askedTop = false;
        for (const auto &l : m_server->log)
            askedTop = askedTop || (l.path.endsWith(QLatin1String("/versions")) &&
                                    l.query.contains(QLatin1String("$top=1")) &&
                                    l.query.contains(QLatin1String("$orderby=name desc")));
        QVERIFY(askedTop);
    }

    void recorded2020ImagesIn2020()
    {
        serveRecorded2020Images();
        m_catalogue->setToday(QDate(2020, 8, 1));
        UbuntuImagesJob *job = m_catalogue->ubuntuImages(kSubId, QStringLiteral("westus"));
        QVERIFY(waitJob(job));
        QCOMPARE(describe(job->images()),
                 (QStringList{QStringLiteral("18.04/gen2"), QStringLiteral("18.04/gen1")}));
        QVERIFY(job->alias());
        QCOMPARE(job->alias()->sku, QStringLiteral("18_04-lts-gen2"));
    }

    void syntheticCurrentImages()
    {
        serveSyntheticCurrentImages();
        UbuntuImagesJob *job = m_catalogue->ubuntuImages(kSubId, QStringLiteral("westus"));
        QVERIFY(waitJob(job));
        QVERIFY2(job->ok(), qPrintable(job->error().summary()));
        QCOMPARE(describe(job->images()),
                 (QStringList{QStringLiteral("24.04/gen2"), QStringLiteral("24.04/gen1"),
                              QStringLiteral("22.04/gen2"), QStringLiteral("22.04/gen1"),
                              QStringLiteral("20.04/gen2/eol"), QStringLiteral("20.04/gen1/eol"),
                              QStringLiteral("18.04/gen2/eol"), QStringLiteral("18.04/gen1/eol"),
                              QStringLiteral("16.04/gen2/eol"), QStringLiteral("16.04/gen1/eol")}));
        const auto alias = job->alias();
        QVERIFY(alias);
        QCOMPARE(alias->offer, QStringLiteral("ubuntu-24_04-lts"));
        QCOMPARE(alias->sku, QStringLiteral("server"));
        QCOMPARE(alias->version, QStringLiteral("24.04.202502140"));
        QCOMPARE(alias->codename, QStringLiteral("noble"));
        QCOMPARE(alias->urn(), QStringLiteral("Canonical:ubuntu-24_04-lts:server:24.04.202502140"));
        for (const UbuntuImage &i : job->images()) {
            QCOMPARE(i.architecture, QStringLiteral("x64"));
            QVERIFY(!i.sku.contains(QLatin1String("arm64")));
            QVERIFY(!i.sku.contains(QLatin1String("cvm")));
            QVERIFY(!i.offer.contains(QLatin1String("minimal")));
            QVERIFY(!i.offer.contains(QLatin1String("pro")));
        }
        // No request for offers that are not plain LTS server offers.
        for (const auto &l : m_server->log) {
            QVERIFY2(!l.path.contains(QLatin1String("minimal")), qPrintable(l.path));
            QVERIFY2(!l.path.contains(QLatin1String("mantic")), qPrintable(l.path));
            QVERIFY2(!l.path.contains(QLatin1String("-daily")), qPrintable(l.path));
        }
        // 22.04 in support until April 2027, then not.
        m_server->clear();
        serveSyntheticCurrentImages();
        m_catalogue->setToday(QDate(2027, 5, 1));
        UbuntuImagesJob *later = m_catalogue->ubuntuImages(kSubId, QStringLiteral("westus"));
        QVERIFY(waitJob(later));
        QCOMPARE(describe(later->images()).mid(0, 4),
                 (QStringList{QStringLiteral("24.04/gen2"), QStringLiteral("24.04/gen1"),
                              QStringLiteral("22.04/gen2/eol"), QStringLiteral("22.04/gen1/eol")}));
    }

    void imageListErrorsReachTheCaller()
    {
        const auto denied =
            armExchanges(QStringLiteral("error-403-authorizationfailed.json")).first();
        m_server->enqueue("GET", kOffers, m_server->response(denied));
        UbuntuImagesJob *job = m_catalogue->ubuntuImages(kSubId, QStringLiteral("westus"));
        QVERIFY(waitJob(job));
        QCOMPARE(job->error().category(), ArmError::Category::Authorization);
        QVERIFY(job->images().isEmpty());
    }

    void vmSizesForGeneration()
    {
        const QString path =
            QStringLiteral("/subscriptions/%1/providers/Microsoft.Compute/skus").arg(kSubId);
        const QJsonArray pages =
            armFixture(QStringLiteral("synthetic-resource-skus-restricted.json"))
                .value(QLatin1String("pages"))
                .toArray();
        auto serve = [&] {
            QJsonObject first = pages.at(0).toObject();
            first.insert(QStringLiteral("nextLink"),
                         QString(m_server->baseUrl() + path +
                                 QStringLiteral("?api-version=2021-07-01&$skiptoken=2")));
            m_server->enqueue("GET", path, ArmTestServer::json(200, compact(first)));
            m_server->enqueue("GET", path, ArmTestServer::json(200, compact(pages.at(1))));
        };
        serve();
        VmSizesJob *gen2 = m_catalogue->vmSizes(kSubId, QStringLiteral("westus"), 2);
        QVERIFY(waitJob(gen2));
        QVERIFY2(gen2->ok(), qPrintable(gen2->error().summary()));
        QStringList names;
        for (const VmSize &s : gen2->sizes())
            names << s.name;
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Standard_B2s"), QStringLiteral("Standard_D2s_v5"),
                              QStringLiteral("Standard_E2s_v5")}));
        QCOMPARE(gen2->hiddenRestricted(), 1);
        QCOMPARE(m_server->log.size(), 2);
        QVERIFY(
            m_server->log.first().query.contains(QLatin1String("$filter=location eq 'westus'")));

        m_server->clear();
        serve();
        VmSizesJob *gen1 = m_catalogue->vmSizes(kSubId, QStringLiteral("westus"), 1);
        QVERIFY(waitJob(gen1));
        names.clear();
        for (const VmSize &s : gen1->sizes())
            names << s.name;
        QCOMPARE(names, (QStringList{QStringLiteral("Standard_A1"), QStringLiteral("Standard_B2s"),
                                     QStringLiteral("Standard_D2s_v5")}));

        // The recorded spec example (Gen1-only A0/A1).
        m_server->clear();
        m_server->enqueue(
            "GET", path,
            ArmTestServer::json(
                200, compact(specBody(QStringLiteral("resource-skus-region.spec-example.json")))));
        VmSizesJob *spec = m_catalogue->vmSizes(kSubId, QStringLiteral("westus"), 2);
        QVERIFY(waitJob(spec));
        QVERIFY(spec->ok());
        QVERIFY(spec->sizes().isEmpty()); // neither supports Gen2
    }

    void dnsLabelCheck()
    {
        const QString path = QStringLiteral("/subscriptions/%1/providers/Microsoft.Network/"
                                            "locations/westus/CheckDnsNameAvailability")
                                 .arg(kSubId);
        m_server->enqueue("GET", path,
                          ArmTestServer::json(200, compact(specBody(QStringLiteral(
                                                       "dns-label-check.spec-example.json")))));
        m_server->enqueue("GET", path, ArmTestServer::json(200, "{\"available\":true}"));
        DnsLabelJob *taken =
            m_catalogue->checkDnsLabel(kSubId, QStringLiteral("westus"), QStringLiteral("testdns"));
        QVERIFY(waitJob(taken));
        QVERIFY(taken->ok());
        QVERIFY(!taken->available());
        QCOMPARE(taken->fqdn(), QStringLiteral("testdns.westus.cloudapp.azure.com"));
        QVERIFY(m_server->log.first().query.contains(QLatin1String("domainNameLabel=testdns")));
        QVERIFY(
            m_server->log.first().query.contains(QLatin1String("api-version=") + api::network()));
        DnsLabelJob *free =
            m_catalogue->checkDnsLabel(kSubId, QStringLiteral("westus"), QStringLiteral("mine"));
        QVERIFY(waitJob(free));
        QVERIFY(free->available());

        m_server->enqueue("GET", path, ArmTestServer::json(200, "{}"));
        m_server->log.clear();
        m_server->clear();
        m_server->enqueue("GET", path, ArmTestServer::json(200, "{}"));
        DnsLabelJob *odd =
            m_catalogue->checkDnsLabel(kSubId, QStringLiteral("westus"), QStringLiteral("x"));
        QVERIFY(waitJob(odd));
        QCOMPARE(odd->error().kind, ArmError::Kind::InvalidReply);
    }

    void abortAndClientGone()
    {
        HttpResponse hang;
        hang.hang = true;
        m_server->enqueue("GET", QStringLiteral("/tenants"), hang);
        TenantsJob *job = m_catalogue->tenants();
        QSignalSpy finished(job, &CatalogueJob::finished);
        QTRY_COMPARE(m_server->log.size(), 1);
        job->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job->error().kind, ArmError::Kind::Cancelled);

        TenantsJob *job2 = m_catalogue->tenants();
        QSignalSpy finished2(job2, &CatalogueJob::finished);
        QTRY_COMPARE(m_server->log.size(), 2);
        m_client.reset();
        QTRY_COMPARE(finished2.size(), 1);
        QCOMPARE(job2->error().kind, ArmError::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestArmCatalogue)
#include "tst_armcatalogue.moc"
