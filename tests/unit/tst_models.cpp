#include "classic/models.h"

#include "asm_fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dockervm::classic;
using dockervm::testing::asmFixture;

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void locationsFixture()
    {
        QString error;
        const auto locations =
            parseLocations(asmFixture(QStringLiteral("list-locations-2014-09.xml")), &error);
        QVERIFY2(locations, qPrintable(error));
        QCOMPARE(locations->size(), 13);
        const Location &first = locations->first();
        QCOMPARE(first.name, QStringLiteral("South Central US"));
        QCOMPARE(first.displayName, QStringLiteral("South Central US"));
        QVERIFY(first.availableServices.contains(QStringLiteral("PersistentVMRole")));
        QVERIFY(first.supportsVirtualMachines());
        QVERIFY(first.vmRoleSizes.contains(QStringLiteral("Basic_A0")));
        QVERIFY(!first.webWorkerRoleSizes.contains(QStringLiteral("Basic_A0")));
        QVERIFY(first.vmRoleSizes.contains(QStringLiteral("Small")));
        QCOMPARE(virtualMachineLocations(*locations).size(), 13);
        QStringList names;
        for (const Location &l : *locations)
            names << l.name;
        QVERIFY(names.contains(QStringLiteral("West Europe")));
        QVERIFY(names.contains(QStringLiteral("Brazil South")));
    }

    void locationsWithoutVirtualMachines()
    {
        const QByteArray xml = "<Locations><Location><Name>Web Only</Name><AvailableServices>"
                               "<AvailableService>Compute</AvailableService></AvailableServices>"
                               "</Location><Location><Name>VMs</Name><AvailableServices>"
                               "<AvailableService>PersistentVMRole</AvailableService>"
                               "</AvailableServices></Location></Locations>";
        const auto locations = parseLocations(xml);
        QVERIFY(locations);
        QCOMPARE(locations->size(), 2);
        QCOMPARE(locations->at(0).displayName, QStringLiteral("Web Only")); // falls back to Name
        const QList<Location> vm = virtualMachineLocations(*locations);
        QCOMPARE(vm.size(), 1);
        QCOMPARE(vm.first().name, QStringLiteral("VMs"));
    }

    void imagesFixture()
    {
        QString error;
        const auto images =
            parseOsImages(asmFixture(QStringLiteral("list-os-images-2014-09.xml")), &error);
        QVERIFY2(images, qPrintable(error));
        QCOMPARE(images->size(), 264);
        int linux = 0, premium = 0, withSize = 0;
        for (const OsImage &i : *images) {
            linux += i.isLinux();
            premium += i.isPremium;
            withSize += !i.recommendedVmSize.isEmpty();
        }
        QCOMPARE(linux, 98);
        QCOMPARE(premium, 112);
        QCOMPARE(withSize, 128);

        const OsImage &first = images->first();
        QCOMPARE(first.category, QStringLiteral("Public"));
        QCOMPARE(first.os, QStringLiteral("Windows"));
        QCOMPARE(first.logicalSizeInGB, 128.0);
        QCOMPARE(first.locations.size(), 13);
        QCOMPARE(first.locations.first(), QStringLiteral("East Asia"));
        QCOMPARE(first.publishedDate, QDateTime(QDate(2014, 7, 8), QTime(7, 0), Qt::UTC));
        QCOMPARE(first.recommendedVmSize, QStringLiteral("Medium"));
        QCOMPARE(first.publisherName, QStringLiteral("Microsoft Visual Studio Group"));
        QVERIFY(first.description.startsWith(QStringLiteral("The Visual Studio Professional")));
    }

    // The stream parser, fed in pieces of any size (splitting tags and UTF-8 sequences), reads
    // exactly what the element tree gives.
    void streamedInAnySplitMatchesTheTree()
    {
        const QByteArray xml = asmFixture(QStringLiteral("list-os-images-2014-09.xml"));
        const auto root = parseXmlDocument(xml, u"Images");
        QVERIFY(root);
        QList<OsImage> expected;
        for (const XmlElement *e : root->childrenNamed(u"OSImage"))
            expected.append(osImageFromXml(*e));
        QCOMPARE(expected.size(), 264);
        for (const qsizetype piece : {qsizetype(1), qsizetype(7), qsizetype(4096), xml.size()}) {
            OsImageListParser parser;
            for (qsizetype at = 0; at < xml.size(); at += piece)
                parser.addData(xml.mid(at, piece));
            QString error;
            QVERIFY2(parser.finish(&error), qPrintable(error));
            const QList<OsImage> got = parser.takeImages();
            QCOMPARE(got.size(), expected.size());
            for (qsizetype k = 0; k < got.size(); ++k) {
                const OsImage &a = got.at(k), &b = expected.at(k);
                QCOMPARE(a.name, b.name);
                QCOMPARE(a.label, b.label);
                QCOMPARE(a.category, b.category);
                QCOMPARE(a.os, b.os);
                QCOMPARE(a.locations, b.locations);
                QCOMPARE(a.logicalSizeInGB, b.logicalSizeInGB);
                QCOMPARE(a.eula, b.eula);
                QCOMPARE(a.description, b.description);
                QCOMPARE(a.imageFamily, b.imageFamily);
                QCOMPARE(a.showInGui, b.showInGui);
                QCOMPARE(a.publishedDate, b.publishedDate);
                QCOMPARE(a.isPremium, b.isPremium);
                QCOMPARE(a.iconUri, b.iconUri);
                QCOMPARE(a.privacyUri, b.privacyUri);
                QCOMPARE(a.recommendedVmSize, b.recommendedVmSize);
                QCOMPARE(a.publisherName, b.publisherName);
                QCOMPARE(a.pricingDetailLink, b.pricingDetailLink);
                QCOMPARE(a.smallIconUri, b.smallIconUri);
                QCOMPARE(a.mediaLink, b.mediaLink);
                QCOMPARE(a.osState, b.osState);
                QCOMPARE(a.language, b.language);
                QCOMPARE(a.ioType, b.ioType);
            }
        }
    }

    // Values that repeat across images are one copy in memory (what keeps 100,000 images small).
    void repeatedValuesShareOneCopy()
    {
        const auto images = parseOsImages(asmFixture(QStringLiteral("list-os-images-2014-09.xml")));
        QVERIFY(images);
        const QList<OsImage> ubuntu = filterImages(*images);
        QVERIFY(ubuntu.size() > 2);
        QCOMPARE(ubuntu.at(0).publisherName, ubuntu.at(1).publisherName);
        QCOMPARE(ubuntu.at(0).publisherName.constData(), ubuntu.at(1).publisherName.constData());
        QCOMPARE(ubuntu.at(0).eula.constData(), ubuntu.at(1).eula.constData());
        QCOMPARE(ubuntu.at(0).locations.constData(), ubuntu.at(1).locations.constData());
    }

    void streamRefusesBadDocuments_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("message");
        QTest::newRow("dtd") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE Images [<!ENTITY a "
                                           "\"b\">]><Images><OSImage><Name>&a;</Name></OSImage>"
                                           "</Images>")
                             << QStringLiteral("document type declarations");
        QTest::newRow("wrong root") << QByteArray("<Locations><Location/></Locations>")
                                    << QStringLiteral("expected an XML element <Images> but the "
                                                      "reply holds <Locations>");
        QTest::newRow("truncated")
            << QByteArray("<Images><OSImage><Name>x</Name></OSImage><OSImage><Na")
            << QStringLiteral("malformed XML");
        QTest::newRow("two roots")
            << QByteArray("<Images/><Images/>") << QStringLiteral("malformed XML");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("no XML element");
        QByteArray deep = "<Images><OSImage>";
        for (int k = 0; k < 70; ++k)
            deep += "<a>";
        QTest::newRow("too deep") << deep << QStringLiteral("nested too deeply");
    }

    void streamRefusesBadDocuments()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, message);
        for (const qsizetype piece : {qsizetype(1), qsizetype(1) << 20}) {
            OsImageListParser parser;
            for (qsizetype at = 0; at < xml.size(); at += piece)
                parser.addData(xml.mid(at, piece));
            QString error;
            QVERIFY(!parser.finish(&error));
            QVERIFY2(error.contains(message), qPrintable(error));
        }
        QString error;
        QVERIFY(!parseOsImages(xml, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    // `images --json` writes its array one image at a time, in the very text QJsonDocument
    // gives for the whole array.
    void jsonWrittenAsItGoesMatchesTheDocument()
    {
        const auto images = parseOsImages(asmFixture(QStringLiteral("list-os-images-2014-09.xml")));
        QVERIFY(images);
        for (const qsizetype n : {qsizetype(0), qsizetype(1), images->size()}) {
            QJsonArray array;
            QByteArray streamed;
            int pieces = 0;
            JsonArrayStreamWriter writer([&](const QByteArray &text) {
                streamed += text;
                ++pieces;
            });
            QByteArray direct;
            JsonArrayStreamWriter directWriter([&](const QByteArray &text) { direct += text; });
            for (qsizetype k = 0; k < n; ++k) {
                array.append(osImageToJson(images->at(k)));
                writer.append(osImageToJson(images->at(k)));
                directWriter.appendElement(osImageJsonElement(images->at(k)));
            }
            writer.finish();
            directWriter.finish();
            const QByteArray document = QJsonDocument(array).toJson(QJsonDocument::Indented);
            QCOMPARE(streamed, document);
            QCOMPARE(direct, document);
            QCOMPARE(pieces, n + 1);
        }
    }

    // The direct writer escapes and formats what QJsonDocument would: quotes, backslashes,
    // control characters, non-ASCII, fractions, no date, no locations.
    void directJsonMatchesQJsonDocumentForOddValues()
    {
        OsImage i;
        i.name = QStringLiteral("a\"b\\c\x01\td\u00e9\u4e2d\U0001F600/\x7f");
        i.label = QStringLiteral("</script>");
        i.logicalSizeInGB = 29.75;
        i.publisherName = QString();
        OsImage j = i;
        j.logicalSizeInGB = 1e300;
        j.locations = {QStringLiteral("West US"), QStringLiteral("\u00c9ast")};
        j.publishedDate = QDateTime(QDate(2014, 9, 24), QTime(1, 2, 3), Qt::UTC);
        QByteArray direct;
        JsonArrayStreamWriter writer([&](const QByteArray &text) { direct += text; });
        writer.appendElement(osImageJsonElement(i));
        writer.appendElement(osImageJsonElement(j));
        writer.finish();
        const QByteArray document = QJsonDocument(QJsonArray{osImageToJson(i), osImageToJson(j)})
                                        .toJson(QJsonDocument::Indented);
        QCOMPARE(direct, document);
    }

    void ubuntuFilter()
    {
        const auto images = parseOsImages(asmFixture(QStringLiteral("list-os-images-2014-09.xml")));
        QVERIFY(images);
        const QList<OsImage> ubuntu = filterImages(*images);
        QCOMPARE(ubuntu.size(), 9);
        for (const OsImage &i : ubuntu) {
            QVERIFY(i.isLinux());
            QVERIFY(i.isPlatformImage());
            QCOMPARE(i.imageFamily, QStringLiteral("Ubuntu Server 14.04 LTS"));
            QCOMPARE(i.publisherName, QStringLiteral("Canonical"));
        }
        for (qsizetype k = 1; k < ubuntu.size(); ++k)
            QVERIFY(ubuntu[k - 1].publishedDate > ubuntu[k].publishedDate);
        QCOMPARE(ubuntu.first().name, QStringLiteral("b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_"
                                                     "04_1-LTS-amd64-server-20140924-en-us-30GB"));
        QVERIFY(!lacksExtensionAgent(ubuntu.first()));
        int old = 0;
        for (const OsImage &i : ubuntu)
            old += lacksExtensionAgent(i);
        QCOMPARE(old, 6); // 20140414 .. 20140618; 20140724 is the first with a new agent
        QCOMPARE(ubuntu.at(2).name.contains(QStringLiteral("20140724")), true);
        QVERIFY(!lacksExtensionAgent(ubuntu.at(2)));
        QVERIFY(lacksExtensionAgent(ubuntu.at(3)));

        // Case-insensitive substring.
        QCOMPARE(filterImages(*images, QStringLiteral("ubuntu-14_04")).size(), 9);
    }

    void allImagesLinuxFirst()
    {
        const auto images = parseOsImages(asmFixture(QStringLiteral("list-os-images-2014-09.xml")));
        QVERIFY(images);
        const QList<OsImage> all = filterImages(*images, QString(), false);
        QCOMPARE(all.size(), 264);
        for (qsizetype k = 0; k < 98; ++k)
            QVERIFY(all[k].isLinux());
        for (qsizetype k = 98; k < all.size(); ++k)
            QVERIFY(!all[k].isLinux());
        for (qsizetype k = 1; k < 98; ++k)
            QVERIFY(!(all[k].publishedDate > all[k - 1].publishedDate) ||
                    !all[k - 1].publishedDate.isValid());
        QCOMPARE(filterImages(*images, QString(), true).size(), 98);
    }

    void lacksAgentFromName()
    {
        OsImage i;
        i.name = QStringLiteral("b39f__Ubuntu-14_04-LTS-amd64-server-20140618.1-en-us-30GB");
        QVERIFY(lacksExtensionAgent(i));
        i.name = QStringLiteral("b39f__Ubuntu-14_04-LTS-amd64-server-20140724-en-us-30GB");
        QVERIFY(!lacksExtensionAgent(i));
        i.name = QStringLiteral("custom-image");
        QVERIFY(!lacksExtensionAgent(i));
        i.publishedDate = QDateTime(QDate(2014, 7, 23), QTime(23, 59), Qt::UTC);
        QVERIFY(lacksExtensionAgent(i));
    }

    void availability()
    {
        auto taken = parseAvailabilityResponse(
            asmFixture(QStringLiteral("availability-storage-name-taken.xml")));
        QVERIFY(taken);
        QVERIFY(!taken->available);
        QCOMPARE(
            taken->reason,
            QStringLiteral("A storage account named 'xplat' already exists in the subscription."));
        auto free = parseAvailabilityResponse(
            asmFixture(QStringLiteral("availability-storage-name-available.xml")));
        QVERIFY(free);
        QVERIFY(free->available);
        QVERIFY(free->reason.isEmpty());
        QString error;
        QVERIFY(!parseAvailabilityResponse("<AvailabilityResponse/>", &error));
        QVERIFY(error.contains(QStringLiteral("Result")));
    }

    void operations()
    {
        auto inProgress =
            parseOperation(asmFixture(QStringLiteral("operation-status-inprogress-2014-09.xml")));
        QVERIFY(inProgress);
        QCOMPARE(inProgress->id, QStringLiteral("2d4bd81c-4441-108c-b71d-4a160f633f42"));
        QCOMPARE(inProgress->status, Operation::Status::InProgress);
        QVERIFY(!inProgress->isDone());
        QCOMPARE(inProgress->httpStatusCode, 0);

        auto ok =
            parseOperation(asmFixture(QStringLiteral("operation-status-succeeded-2014-09.xml")));
        QVERIFY(ok);
        QCOMPARE(ok->status, Operation::Status::Succeeded);
        QCOMPARE(ok->httpStatusCode, 200);
        QVERIFY(ok->errorCode.isEmpty());

        auto failed = parseOperation(
            asmFixture(QStringLiteral("operation-status-failed-port-in-use-2016-04.xml")));
        QVERIFY(failed);
        QCOMPARE(failed->status, Operation::Status::Failed);
        QCOMPARE(failed->httpStatusCode, 400);
        QCOMPARE(failed->errorCode, QStringLiteral("BadRequest"));
        QVERIFY(failed->errorMessage.startsWith(QStringLiteral("Port 22 is already in use")));
        QCOMPARE(operationStatusName(failed->status), QStringLiteral("Failed"));
    }

    void namespaceTolerance()
    {
        const QByteArray prefixed =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            "<a:Locations "
            "xmlns:a=\"urn:other\"><a:Location><a:Name>X</a:Name></a:Location></a:Locations>";
        const auto l1 = parseLocations(prefixed);
        QVERIFY(l1);
        QCOMPARE(l1->first().name, QStringLiteral("X"));
        const auto l2 = parseLocations(
            "<Locations><Location><Extra><Deep/></Extra><Name> Y </Name></Location></Locations>");
        QVERIFY(l2);
        QCOMPARE(l2->first().name, QStringLiteral("Y"));
    }

    void badDocuments_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("needle");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("malformed");
        QTest::newRow("not xml") << QByteArray("hello") << QStringLiteral("malformed");
        QTest::newRow("truncated")
            << QByteArray("<Locations><Location>") << QStringLiteral("malformed");
        QTest::newRow("wrong root") << QByteArray("<Images/>") << QStringLiteral("<Images>");
        QTest::newRow("dtd")
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE Locations [<!ENTITY a \"aaaa\">]>"
                          "<Locations><Location><Name>&a;</Name></Location></Locations>")
            << QStringLiteral("document type");
    }

    void badDocuments()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, needle);
        QString error;
        QVERIFY(!parseLocations(xml, &error));
        QVERIFY2(error.contains(needle), qPrintable(error));
    }

    void deepNesting()
    {
        QByteArray xml;
        for (int i = 0; i < 200; ++i)
            xml += "<a>";
        for (int i = 0; i < 200; ++i)
            xml += "</a>";
        QString error;
        QVERIFY(!parseXmlDocument(xml, &error));
        QVERIFY(error.contains(QStringLiteral("nested")));
    }

    void xmlTree()
    {
        const auto root =
            parseXmlDocument("<R xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\">"
                             "<A>1</A><A>2</A><B i:nil=\"true\"/></R>");
        QVERIFY(root);
        QCOMPARE(root->childrenNamed(u"A").size(), 2);
        QCOMPARE(root->childText(u"A"), QStringLiteral("1"));
        QVERIFY(root->child(u"B")->nil);
        QVERIFY(root->childText(u"B").isEmpty());
        QVERIFY(!root->hasChild(u"C"));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
