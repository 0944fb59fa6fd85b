// The pure parsers and classifiers of arm/armmodels.h, fed with recorded and synthetic lists.
#include "arm/armmodels.h"

#include "arm_testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dockervm::arm;
using dockervm::testing::armExchanges;
using dockervm::testing::armFixture;

namespace {

QJsonArray specValues(const QString &fixture)
{
    return armFixture(fixture)
        .value(QLatin1String("example"))
        .toObject()
        .value(QLatin1String("responses"))
        .toObject()
        .value(QLatin1String("200"))
        .toObject()
        .value(QLatin1String("body"))
        .toObject()
        .value(QLatin1String("value"))
        .toArray();
}

QJsonArray recordedArray(const QString &fixture, int index = 0)
{
    return QJsonDocument::fromJson(armExchanges(fixture).at(index).body).array();
}

} // namespace

class TestArmModels : public QObject
{
    Q_OBJECT
private slots:
    void classify_data()
    {
        QTest::addColumn<QString>("offer");
        QTest::addColumn<QString>("sku");
        QTest::addColumn<QString>("release"); // empty: not offered
        QTest::addColumn<int>("generation");
        // Today's naming (Canonical).
        QTest::newRow("noble gen2") << "ubuntu-24_04-lts"
                                    << "server"
                                    << "24.04" << 2;
        QTest::newRow("noble gen1") << "ubuntu-24_04-lts"
                                    << "server-gen1"
                                    << "24.04" << 1;
        QTest::newRow("noble arm64") << "ubuntu-24_04-lts"
                                     << "server-arm64"
                                     << "" << 0;
        QTest::newRow("noble minimal") << "ubuntu-24_04-lts"
                                       << "minimal"
                                       << "" << 0;
        QTest::newRow("noble cvm") << "ubuntu-24_04-lts"
                                   << "cvm"
                                   << "" << 0;
        QTest::newRow("noble pro") << "ubuntu-24_04-lts"
                                   << "ubuntu-pro"
                                   << "" << 0;
        QTest::newRow("noble daily offer") << "ubuntu-24_04-lts-daily"
                                           << "server"
                                           << "" << 0;
        QTest::newRow("jammy gen2") << "0001-com-ubuntu-server-jammy"
                                    << "22_04-lts-gen2"
                                    << "22.04" << 2;
        QTest::newRow("jammy gen1") << "0001-com-ubuntu-server-jammy"
                                    << "22_04-lts"
                                    << "22.04" << 1;
        QTest::newRow("jammy arm64") << "0001-com-ubuntu-server-jammy"
                                     << "22_04-lts-arm64"
                                     << "" << 0;
        QTest::newRow("jammy cvm") << "0001-com-ubuntu-server-jammy"
                                   << "22_04-lts-cvm"
                                   << "" << 0;
        QTest::newRow("jammy wrong release") << "0001-com-ubuntu-server-jammy"
                                             << "20_04-lts"
                                             << "" << 0;
        QTest::newRow("minimal jammy") << "0001-com-ubuntu-minimal-jammy"
                                       << "minimal-22_04-lts"
                                       << "" << 0;
        QTest::newRow("focal gen2") << "0001-com-ubuntu-server-focal"
                                    << "20_04-lts-gen2"
                                    << "20.04" << 2;
        QTest::newRow("focal gen1") << "0001-com-ubuntu-server-focal"
                                    << "20_04-lts"
                                    << "20.04" << 1;
        QTest::newRow("mantic non-LTS") << "0001-com-ubuntu-server-mantic"
                                        << "23_10-gen2"
                                        << "" << 0;
        QTest::newRow("eoan non-LTS offer") << "0001-com-ubuntu-server-eoan"
                                            << "19_10-gen2"
                                            << "" << 0;
        // The 2020 UbuntuServer SKU names (recorded).
        QTest::newRow("bionic gen1") << "UbuntuServer"
                                     << "18.04-LTS"
                                     << "18.04" << 1;
        QTest::newRow("bionic gen2") << "UbuntuServer"
                                     << "18_04-lts-gen2"
                                     << "18.04" << 2;
        QTest::newRow("bionic daily") << "UbuntuServer"
                                      << "18.04-DAILY-LTS"
                                      << "" << 0;
        QTest::newRow("bionic daily gen2") << "UbuntuServer"
                                           << "18_04-daily-lts-gen2"
                                           << "" << 0;
        QTest::newRow("xenial") << "UbuntuServer"
                                << "16.04-LTS"
                                << "16.04" << 1;
        QTest::newRow("xenial point pin") << "UbuntuServer"
                                          << "16.04.0-LTS"
                                          << "" << 0;
        QTest::newRow("cosmic non-LTS") << "UbuntuServer"
                                        << "18.10"
                                        << "" << 0;
        QTest::newRow("other offer") << "Ubuntu_Core"
                                     << "16"
                                     << "" << 0;
    }
    void classify()
    {
        QFETCH(QString, offer);
        QFETCH(QString, sku);
        QFETCH(QString, release);
        QFETCH(int, generation);
        const auto k = classifyUbuntuImage(offer, sku);
        QCOMPARE(bool(k), !release.isEmpty());
        if (k) {
            QCOMPARE(k->release, release);
            QCOMPARE(k->generation, generation);
        }
    }

    void recordedSkusClassified()
    {
        QStringList kept;
        for (const QString &sku :
             parseNames(recordedArray(QStringLiteral("image-ubuntuserver-skus-list.json")))) {
            if (auto k = classifyUbuntuImage(QStringLiteral("UbuntuServer"), sku))
                kept << sku;
        }
        QCOMPARE(kept,
                 (QStringList{QStringLiteral("16.04-LTS"), QStringLiteral("16_04-lts-gen2"),
                              QStringLiteral("18.04-LTS"), QStringLiteral("18_04-lts-gen2")}));
        QStringList offers;
        for (const QString &o :
             parseNames(recordedArray(QStringLiteral("image-canonical-offers-list.json")))) {
            if (isUbuntuServerOffer(o))
                offers << o;
        }
        QCOMPARE(offers, (QStringList{QStringLiteral("0001-com-ubuntu-server-focal"),
                                      QStringLiteral("UbuntuServer")}));
    }

    void standardSupportIsComputed()
    {
        QCOMPARE(ubuntuStandardSupportEnd(QStringLiteral("18.04")), QDate(2023, 4, 30));
        QCOMPARE(ubuntuStandardSupportEnd(QStringLiteral("22.04")), QDate(2027, 4, 30));
        QCOMPARE(ubuntuStandardSupportEnd(QStringLiteral("24.04")), QDate(2029, 4, 30));
        QCOMPARE(ubuntuStandardSupportEnd(QStringLiteral("30.04")), QDate(2035, 4, 30));
        QVERIFY(!ubuntuStandardSupportEnd(QStringLiteral("23.10")).isValid());
    }

    void versionsCompareNumerically()
    {
        QVERIFY(compareImageVersions(QStringLiteral("18.04.202007160"),
                                     QStringLiteral("18.04.201908220")) > 0);
        QVERIFY(compareImageVersions(QStringLiteral("18.04.9"), QStringLiteral("18.04.10")) < 0);
        QCOMPARE(compareImageVersions(QStringLiteral("1.2.3"), QStringLiteral("1.2.3")), 0);
        QString newest;
        for (const QString &v :
             parseNames(recordedArray(QStringLiteral("image-versions-list.json"), 0))) {
            if (newest.isEmpty() || compareImageVersions(v, newest) > 0)
                newest = v;
        }
        QCOMPARE(newest, QStringLiteral("18.04.202007160"));
    }

    void aliasIsNewestSupported()
    {
        auto image = [](const QString &release, int gen, bool out) {
            UbuntuImage i;
            i.release = release;
            i.generation = gen;
            i.outOfStandardSupport = out;
            return i;
        };
        QList<UbuntuImage> images{
            image(QStringLiteral("18.04"), 2, true), image(QStringLiteral("22.04"), 1, false),
            image(QStringLiteral("24.04"), 1, false), image(QStringLiteral("24.04"), 2, false)};
        sortUbuntuImages(images);
        QCOMPARE(images.first().release, QStringLiteral("24.04"));
        QCOMPARE(images.first().generation, 2);
        QCOMPARE(images.last().release, QStringLiteral("18.04"));
        const auto alias = ubuntuLtsAlias(images);
        QVERIFY(alias);
        QCOMPARE(alias->release, QStringLiteral("24.04"));
        QCOMPARE(alias->generation, 2);
        QVERIFY(!ubuntuLtsAlias({image(QStringLiteral("18.04"), 1, true)}));
        UbuntuImage u = image(QStringLiteral("22.04"), 2, false);
        u.offer = QStringLiteral("0001-com-ubuntu-server-jammy");
        u.sku = QStringLiteral("22_04-lts-gen2");
        u.version = QStringLiteral("22.04.202502140");
        QCOMPARE(u.urn(),
                 QStringLiteral(
                     "Canonical:0001-com-ubuntu-server-jammy:22_04-lts-gen2:22.04.202502140"));
        QCOMPARE(u.displayName(), QStringLiteral("Ubuntu 22.04 LTS (Gen2)"));
    }

    void tenantsSubscriptionsLocations()
    {
        const auto tenants =
            parseTenants(specValues(QStringLiteral("tenants-list.spec-example.json")));
        QCOMPARE(tenants.size(), 3);
        QCOMPARE(tenants.at(1).displayName, QStringLiteral("Contoso Corp."));
        QCOMPARE(tenants.at(1).category, QStringLiteral("Home"));
        const auto subs =
            parseSubscriptions(specValues(QStringLiteral("subscriptions-list.spec-example.json")));
        QCOMPARE(subs.size(), 2);
        QCOMPARE(subs.first().tenantId, QStringLiteral("31c75423-32d6-4322-88b7-c478bdde4858"));
        QVERIFY(subs.first().isEnabled());
        const QJsonArray locValues =
            QJsonDocument::fromJson(
                armExchanges(QStringLiteral("locations-list.json")).first().body)
                .object()
                .value(QLatin1String("value"))
                .toArray();
        const auto locations = parseLocations(locValues);
        QCOMPARE(locations.size(), locValues.size());
        QCOMPARE(locations.first().name, QStringLiteral("eastus"));
        QCOMPARE(locations.first().displayName, QStringLiteral("East US"));
        QVERIFY(locations.first().isPhysical());
        int logical = 0;
        for (const Location &l : locations)
            logical += l.isPhysical() ? 0 : 1;
        QVERIFY(logical > 0); // "global", "asia", ... in the 2020 list
    }

    void vmSizesFromResourceSkus()
    {
        const auto spec =
            parseVmSizes(specValues(QStringLiteral("resource-skus-region.spec-example.json")),
                         QStringLiteral("westus"));
        QCOMPARE(spec.size(), 2);
        QCOMPARE(spec.first().name, QStringLiteral("Standard_A0"));
        QCOMPARE(spec.first().vCpus, 1);
        QCOMPARE(spec.first().memoryGb, 0.75);
        QVERIFY(spec.first().supportsGeneration(1));
        QVERIFY(!spec.first().supportsGeneration(2));
        QVERIFY(!spec.first().isRestricted());

        QJsonArray synthetic;
        for (const QJsonValue &p :
             armFixture(QStringLiteral("synthetic-resource-skus-restricted.json"))
                 .value(QLatin1String("pages"))
                 .toArray())
            for (const QJsonValue &v : p.toObject().value(QLatin1String("value")).toArray())
                synthetic.append(v);
        const auto sizes = parseVmSizes(synthetic, QStringLiteral("westus"));
        QStringList names;
        for (const VmSize &s : sizes)
            names << s.name + (s.isRestricted() ? QStringLiteral("!") : QString());
        // disks dropped, eastus-only dropped; Zone restriction keeps D2s_v5 usable.
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Standard_B2s"), QStringLiteral("Standard_D2s_v5"),
                              QStringLiteral("Standard_A1"), QStringLiteral("Standard_D4s_v5!"),
                              QStringLiteral("Standard_E2s_v5")}));
        QCOMPARE(sizes.at(3).restrictionReasons,
                 QStringList{QStringLiteral("NotAvailableForSubscription")});
        QVERIFY(sizes.at(4).supportsGeneration(2));
        QVERIFY(!sizes.at(4).supportsGeneration(1));
        QCOMPARE(sizes.at(1).displayName(), QStringLiteral("Standard_D2s_v5 (2 vCPU(s), 8 GB)"));
    }

    void dnsAvailability()
    {
        const QJsonObject body = armFixture(QStringLiteral("dns-label-check.spec-example.json"))
                                     .value(QLatin1String("example"))
                                     .toObject()
                                     .value(QLatin1String("responses"))
                                     .toObject()
                                     .value(QLatin1String("200"))
                                     .toObject()
                                     .value(QLatin1String("body"))
                                     .toObject();
        QCOMPARE(parseDnsAvailability(body), std::optional<bool>(false));
        QVERIFY(!parseDnsAvailability(QJsonObject()));
    }
};

QTEST_GUILESS_MAIN(TestArmModels)
#include "tst_armmodels.moc"
