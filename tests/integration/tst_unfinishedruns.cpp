// A run that died after creating resources is found at the next start and cleaned up.
#include "classic/classiccloud.h"
#include "classic/managementclient.h"
#include "provision/unfinishedruns.h"
#include "sim/azuresimulator.h"
#include "sim/provisioningsim.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using namespace dockervm;

class TestUnfinishedRuns : public QObject
{
    Q_OBJECT
private slots:
    void findsAndCleansUpACrashedRun()
    {
        QTemporaryDir dir;
        sim::AzureSimulator azure;
        QString error;
        QVERIFY2(azure.start(&error), qPrintable(error));
        sim::ProvisioningSimulator::Options po;
        po.operationDelayMs = 20;
        po.bootDelayMs = 2000; // the run "crashes" while the VM boots
        po.extensionDelayMs = 20;
        sim::ProvisioningSimulator prov(&azure, po);
        QNetworkAccessManager nam;
        classic::ManagementClient::Options co;
        co.extraCaCertificates = {azure.caCertificate()};
        co.backoffBaseMs = 10;
        classic::ManagementClient client(&nam, azure.subscription(), co);

        cloud::VmSpec spec;
        spec.dnsName = QStringLiteral("crashed");
        spec.location = QStringLiteral("West US");
        spec.imageName = QStringLiteral("img");
        spec.userName = QStringLiteral("azureuser");
        spec.password = QStringLiteral("Docker4Azure!");
        spec.certDir = dir.filePath(QStringLiteral("certs"));
        classic::Provisioner::Options options;
        options.pollIntervalMs = 20;
        options.journalDir = dir.filePath(QStringLiteral("journal"));
        options.tls.keyType = certs::KeyType::EcdsaP256;
        {
            classic::Provisioner run(&client, spec, options);
            run.start();
            QTRY_VERIFY_WITH_TIMEOUT(
                run.stepInfos()[int(classic::Provisioner::Step::WaitRole)].state ==
                    classic::Provisioner::StepState::Running,
                20000);
        } // destroyed without a rollback: as if the program had died
        QVERIFY(!prov.inventory().hostedServices.isEmpty());

        provision::UnfinishedRuns runs(options.journalDir);
        QCOMPARE(runs.runs().size(), 1);
        const QString description = runs.descriptions().value(0);
        QVERIFY2(description.startsWith(QStringLiteral("crashed.cloudapp.net")),
                 qPrintable(description));
        QVERIFY2(description.contains(QStringLiteral("cloud service crashed")),
                 qPrintable(description));

        // A file the run wrote and the user changed since is not the run's to delete any more.
        const QString clientKey = spec.certDir + QStringLiteral("/key.pem");
        {
            QFile key(clientKey);
            QVERIFY(key.open(QIODevice::Append));
            key.write("\n");
        }
        QSignalSpy finished(&runs, &provision::UnfinishedRuns::finished);
        classic::ClassicCloud cloud(&client);
        runs.cleanUp(&cloud, classic::ClassicCloud::runOptions(options));
        QVERIFY(runs.isBusy());
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().at(0).toBool());
        QVERIFY2(
            finished.first().at(1).toString().contains(QStringLiteral("cloud service crashed")),
            qPrintable(finished.first().at(1).toString()));
        QVERIFY(runs.isEmpty());
        QTRY_VERIFY(prov.isEmpty());
        QVERIFY(!QFileInfo::exists(spec.certDir + QStringLiteral("/ca.pem")));
        QVERIFY(QFileInfo::exists(clientKey));
        QVERIFY2(finished.first().at(1).toString().contains(
                     QStringLiteral("Kept on purpose: file ") + clientKey +
                     QStringLiteral(" (changed since")),
                 qPrintable(finished.first().at(1).toString()));
    }
};

QTEST_GUILESS_MAIN(TestUnfinishedRuns)
#include "tst_unfinishedruns.moc"
