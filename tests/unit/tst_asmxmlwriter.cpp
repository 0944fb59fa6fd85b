// AsmXmlWriter writes the simulator's Service Management replies with QXmlStreamWriter in the shape
// of the recorded ones (tests/data/asm), and the simulator's error replies go through it.
#include "classic/asmerror.h"
#include "classic/xmltree.h"
#include "sim/asmxmlwriter.h"
#include "sim/azuresimulator.h"

#include "asm_fixtures.h"

#include <QTest>

using dockervm::sim::AsmXmlWriter;
using dockervm::sim::AzureSimulator;

class TestAsmXmlWriter : public QObject
{
    Q_OBJECT

private slots:
    void shapeOfTheRecordings()
    {
        AsmXmlWriter w;
        w.start(QStringLiteral("AvailabilityResponse"));
        w.boolean(QStringLiteral("Result"), true);
        w.textOrNil(QStringLiteral("Reason"), QString());
        QCOMPARE(w.finish(), dockervm::testing::asmFixture(
                                 QStringLiteral("availability-storage-name-available.xml")));
    }

    void emptyNilAndTyped()
    {
        AsmXmlWriter w;
        w.start(QStringLiteral("Deployment"));
        w.text(QStringLiteral("SdkVersion"), QString());
        w.nil(QStringLiteral("Description"));
        w.startTyped(QStringLiteral("Role"), QStringLiteral("PersistentVMRole"));
        w.number(QStringLiteral("Port"), 4243);
        w.start(QStringLiteral("Deployments"));
        // finish() closes what is open
        QCOMPARE(w.finish(),
                 QByteArray("<Deployment xmlns=\"http://schemas.microsoft.com/windowsazure\" "
                            "xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\"><SdkVersion/>"
                            "<Description i:nil=\"true\"/><Role i:type=\"PersistentVMRole\">"
                            "<Port>4243</Port><Deployments/></Role></Deployment>"));
    }

    // The error reply of the recordings, byte for byte.
    void errorReply()
    {
        const auto r = AzureSimulator::errorResponse(404, QStringLiteral("ResourceNotFound"),
                                                     QStringLiteral("No deployments were found."));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.body, dockervm::testing::asmFixture(QStringLiteral(
                             "error-404-resourcenotfound-no-deployments-2014-09.xml")));
    }

    // A message that quotes what the client sent (a name from the URL) stays a well-formed
    // document: markup is escaped and characters XML cannot carry are left out. Before the
    // writer, a control character went out raw and the client could not read the error.
    void hostileTextStaysWellFormed()
    {
        const QString message = QStringLiteral("The storage account 'a\x01<b>&\"c' was not found.");
        const auto r =
            AzureSimulator::errorResponse(404, QStringLiteral("ResourceNotFound"), message);
        QString error;
        const auto tree = dockervm::classic::parseXmlDocument(r.body, u"Error", &error);
        QVERIFY2(tree, qPrintable(error));
        QCOMPARE(tree->textAt(u"Message"),
                 QStringLiteral("The storage account 'a<b>&\"c' was not found."));
        const auto e = dockervm::classic::AsmError::fromHttpReply(404, r.body);
        QCOMPARE(e.code, QStringLiteral("ResourceNotFound"));
    }
};

QTEST_GUILESS_MAIN(TestAsmXmlWriter)
#include "tst_asmxmlwriter.moc"
