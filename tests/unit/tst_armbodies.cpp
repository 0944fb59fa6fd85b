// The ARM request bodies of the create workflow, element by element against the recorded
// requests and the REST spec examples in tests/data/arm (provenance in its README.md): every
// element the recording sends is sent by us with the same JSON type, with the same value unless
// the test names why ours differs (our names and ids, our choices).
#include "arm/armbodies.h"

#include "arm_testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace dockervm;
using namespace dockervm::arm;
using dockervm::testing::armFixture;

namespace {

QJsonObject recordedBody(const QString &fixture, int exchange)
{
    return armFixture(fixture)
        .value(QStringLiteral("exchanges"))
        .toArray()
        .at(exchange)
        .toObject()
        .value(QStringLiteral("request"))
        .toObject()
        .value(QStringLiteral("body"))
        .toObject();
}

QJsonObject specExampleBody(const QString &fixture)
{
    return armFixture(fixture)
        .value(QStringLiteral("example"))
        .toObject()
        .value(QStringLiteral("parameters"))
        .toObject()
        .value(QStringLiteral("parameters"))
        .toObject();
}

// Walks `expected` (the recording) and checks `actual` (ours) has every element: same type,
// same value unless the path is in `differs`; paths in `omitted` are optional extras of the
// recording we do not send. Fails with the path.
void covers(const QJsonValue &expected, const QJsonValue &actual, const QString &path,
            const QSet<QString> &differs, const QSet<QString> &omitted, QStringList *problems)
{
    if (omitted.contains(path))
        return;
    if (actual.isUndefined()) {
        problems->append(path + QStringLiteral(": missing"));
        return;
    }
    if (expected.type() != actual.type()) {
        problems->append(path + QStringLiteral(": type %1, recorded %2")
                                    .arg(int(actual.type()))
                                    .arg(int(expected.type())));
        return;
    }
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it)
            covers(it.value(), a.value(it.key()), path + QLatin1Char('.') + it.key(), differs,
                   omitted, problems);
        return;
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (e.size() > a.size())
            problems->append(
                path + QStringLiteral(": %1 elements, recorded %2").arg(a.size()).arg(e.size()));
        for (int i = 0; i < qMin(e.size(), a.size()); ++i)
            covers(e.at(i), a.at(i), path + QStringLiteral("[%1]").arg(i), differs, omitted,
                   problems);
        return;
    }
    if (!differs.contains(path) && expected != actual)
        problems->append(
            path +
            QStringLiteral(": %1, recorded %2")
                .arg(QString::fromUtf8(
                         QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(
                         QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact))));
}

#define COVERS(expected, actual, differs, omitted)                                                 \
    do {                                                                                           \
        QStringList problems;                                                                      \
        covers(expected, actual, QStringLiteral("$"), differs, omitted, &problems);                \
        if (!problems.isEmpty())                                                                   \
            QFAIL(qPrintable(problems.join(QLatin1Char('\n'))));                                   \
    } while (false)

cloud::VmSpec sampleSpec()
{
    cloud::VmSpec spec;
    spec.dnsName = QStringLiteral("mydockerhost");
    spec.location = QStringLiteral("westus");
    spec.imageName = QStringLiteral("Canonical:ubuntu-24_04-lts:server:latest");
    spec.size = QStringLiteral("Standard_B2s");
    spec.userName = QStringLiteral("azureuser");
    spec.dockerPort = 2376;
    spec.sshPort = 22;
    spec.sshPublicKey = QStringLiteral(
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl "
        "ada@laptop");
    return spec;
}

} // namespace

class TestArmBodies : public QObject
{
    Q_OBJECT
private slots:
    void namesAndIds()
    {
        cloud::VmSpec spec = sampleSpec();
        const auto n = bodies::Names::forSpec(spec, QStringLiteral("sub-1"));
        QCOMPARE(n.group, QStringLiteral("mydockerhost"));
        QCOMPARE(n.groupId(), QStringLiteral("/subscriptions/sub-1/resourceGroups/mydockerhost"));
        QCOMPARE(n.nsgId(), QStringLiteral("/subscriptions/sub-1/resourceGroups/mydockerhost/"
                                           "providers/Microsoft.Network/networkSecurityGroups/"
                                           "mydockerhost-nsg"));
        QCOMPARE(n.subnetId(), QStringLiteral("/subscriptions/sub-1/resourceGroups/mydockerhost/"
                                              "providers/Microsoft.Network/virtualNetworks/"
                                              "mydockerhost-vnet/subnets/default"));
        QCOMPARE(n.vmId(), QStringLiteral("/subscriptions/sub-1/resourceGroups/mydockerhost/"
                                          "providers/Microsoft.Compute/virtualMachines/"
                                          "mydockerhost"));
        spec.resourceGroup = QStringLiteral("shared-rg");
        spec.vmName = QStringLiteral("web1");
        const auto m = bodies::Names::forSpec(spec, QStringLiteral("sub-1"));
        QCOMPARE(m.group, QStringLiteral("shared-rg"));
        QCOMPARE(m.nic, QStringLiteral("web1-nic"));
        QCOMPARE(m.publicIpId().section(QLatin1Char('/'), 4, 4), QStringLiteral("shared-rg"));
    }

    void resourceGroupMatchesRecording()
    {
        const QJsonObject recorded = recordedBody(QStringLiteral("resource-group-lifecycle."
                                                                 "scenario.json"),
                                                  7);
        QVERIFY(!recorded.isEmpty());
        const QJsonObject ours = bodies::resourceGroup(
            QStringLiteral("westus"), bodies::tags(QStringLiteral("run-1"), QStringLiteral("h")));
        COVERS(recorded, ours, (QSet<QString>{}),
               (QSet<QString>{QStringLiteral("$.managedBy"), QStringLiteral("$.tags")}));
        const QJsonObject tags = ours.value(QStringLiteral("tags")).toObject();
        QCOMPARE(tags.value(QStringLiteral("createdBy")).toString(), QStringLiteral("docker-vm"));
        QCOMPARE(tags.value(QStringLiteral("docker-vm-run")).toString(), QStringLiteral("run-1"));
        QCOMPARE(tags.value(QStringLiteral("docker-vm-host")).toString(), QStringLiteral("h"));
        QVERIFY(bodies::isOurs(ours));
        QVERIFY(!bodies::isOurs(recorded));
    }

    void nsgMatchesSpecExample()
    {
        const QJsonObject example =
            specExampleBody(QStringLiteral("nsg-with-rule.spec-example.json"));
        QVERIFY(!example.isEmpty());
        const QJsonObject ours = bodies::networkSecurityGroup(
            QStringLiteral("eastus"), {}, 22, 2376, QStringLiteral("203.0.113.0/24"));
        // Ours: TCP only, from the allowed range, our port and priority, our name.
        COVERS(example, ours,
               (QSet<QString>{QStringLiteral("$.properties.securityRules[0].name"),
                              QStringLiteral("$.properties.securityRules[0].properties.protocol"),
                              QStringLiteral("$.properties.securityRules[0].properties."
                                             "sourceAddressPrefix"),
                              QStringLiteral("$.properties.securityRules[0].properties."
                                             "destinationPortRange"),
                              QStringLiteral("$.properties.securityRules[0].properties.priority")}),
               (QSet<QString>{}));
        const QJsonArray rules = ours.value(QStringLiteral("properties"))
                                     .toObject()
                                     .value(QStringLiteral("securityRules"))
                                     .toArray();
        QCOMPARE(rules.size(), 2);
        const QJsonObject ssh =
            rules.at(0).toObject().value(QStringLiteral("properties")).toObject();
        const QJsonObject dockerRule =
            rules.at(1).toObject().value(QStringLiteral("properties")).toObject();
        QCOMPARE(rules.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("AllowSshInbound"));
        QCOMPARE(ssh.value(QStringLiteral("protocol")).toString(), QStringLiteral("Tcp"));
        QCOMPARE(ssh.value(QStringLiteral("destinationPortRange")).toString(),
                 QStringLiteral("22"));
        QCOMPARE(ssh.value(QStringLiteral("priority")).toInt(), 1000);
        QCOMPARE(ssh.value(QStringLiteral("sourceAddressPrefix")).toString(),
                 QStringLiteral("203.0.113.0/24"));
        QCOMPARE(ssh.value(QStringLiteral("direction")).toString(), QStringLiteral("Inbound"));
        QCOMPARE(ssh.value(QStringLiteral("access")).toString(), QStringLiteral("Allow"));
        QCOMPARE(dockerRule.value(QStringLiteral("destinationPortRange")).toString(),
                 QStringLiteral("2376"));
        QCOMPARE(dockerRule.value(QStringLiteral("priority")).toInt(), 1010);
        QCOMPARE(dockerRule.value(QStringLiteral("sourceAddressPrefix")).toString(),
                 QStringLiteral("203.0.113.0/24"));
        // No SSH port: the Docker rule only.
        const QJsonObject dockerOnly = bodies::networkSecurityGroup(QStringLiteral("eastus"), {}, 0,
                                                                    2376, QStringLiteral("*"));
        QCOMPARE(dockerOnly.value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("securityRules"))
                     .toArray()
                     .size(),
                 1);
    }

    void vnetMatchesRecording()
    {
        const QJsonObject recorded =
            recordedBody(QStringLiteral("vnet-with-subnet-put.scenario.json"), 0);
        QVERIFY(!recorded.isEmpty());
        const QJsonObject ours =
            bodies::virtualNetwork(QStringLiteral("westus"), {}, QStringLiteral("default"));
        COVERS(recorded, ours, (QSet<QString>{}),
               (QSet<QString>{QStringLiteral("$.properties.dhcpOptions")}));
    }

    void publicIpMatchesRecordings()
    {
        const QJsonObject ours =
            bodies::publicIp(QStringLiteral("eastus"), {}, QStringLiteral("woot1"));
        const QJsonObject example =
            specExampleBody(QStringLiteral("public-ip-standard-static-put.spec-example.json"));
        QVERIFY(!example.isEmpty());
        // The example's tier is Global (cross-region); a single-region VM takes Regional.
        COVERS(example, ours, (QSet<QString>{QStringLiteral("$.sku.tier")}),
               (QSet<QString>{QStringLiteral("$.properties.idleTimeoutInMinutes")}));
        const QJsonObject recorded =
            recordedBody(QStringLiteral("public-ip-dns-static-basic.scenario.json"), 0);
        QVERIFY(!recorded.isEmpty());
        COVERS(recorded, ours, (QSet<QString>{QStringLiteral("$.location")}),
               (QSet<QString>{QStringLiteral("$.properties.idleTimeoutInMinutes")}));
        QCOMPARE(
            ours.value(QStringLiteral("sku")).toObject().value(QStringLiteral("tier")).toString(),
            QStringLiteral("Regional"));
    }

    void nicMatchesRecording()
    {
        // vm-on-existing-nic exchange 9: the NIC PUT with NSG, subnet and public IP ids.
        const QJsonObject recorded =
            recordedBody(QStringLiteral("vm-on-existing-nic.scenario.json"), 9);
        QVERIFY(!recorded.isEmpty());
        bodies::Names n;
        n.subscriptionId = QStringLiteral("00000000-0000-0000-0000-000000000000");
        n.group = QStringLiteral("cli_test_create_vm_existing_nic000001");
        n.nsg = QStringLiteral("nsg");
        n.vnet = QStringLiteral("my-vnet");
        n.subnet = QStringLiteral("my-subnet1");
        n.publicIp = QStringLiteral("my-pip");
        n.nic = QStringLiteral("my-nic");
        n.ipConfig = QStringLiteral("ipconfig1");
        const QJsonObject ours = bodies::networkInterface(QStringLiteral("westus"), {}, n);
        // The ids are the recorded ones, built from the names.
        COVERS(recorded, ours, (QSet<QString>{}),
               (QSet<QString>{QStringLiteral("$.properties.ipConfigurations[0].properties."
                                             "privateIPAddressVersion"),
                              QStringLiteral("$.properties.dnsSettings"),
                              QStringLiteral("$.properties.enableIPForwarding")}));
    }

    void vmWithSshKeyMatchesSpecExample()
    {
        const QJsonObject example =
            specExampleBody(QStringLiteral("vm-create-ssh-put.spec-example.json"));
        QVERIFY(!example.isEmpty());
        cloud::VmSpec spec = sampleSpec();
        spec.dnsName = QStringLiteral("myVM");
        spec.location = QStringLiteral("westus");
        spec.size = QStringLiteral("Standard_D1_v2");
        spec.imageName = QStringLiteral("{image_publisher}:{image_offer}:{image_sku}:latest");
        spec.userName = QStringLiteral("{your-username}");
        spec.sshPublicKey = example.value(QStringLiteral("properties"))
                                .toObject()
                                .value(QStringLiteral("osProfile"))
                                .toObject()
                                .value(QStringLiteral("linuxConfiguration"))
                                .toObject()
                                .value(QStringLiteral("ssh"))
                                .toObject()
                                .value(QStringLiteral("publicKeys"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("keyData"))
                                .toString();
        bodies::Names n = bodies::Names::forSpec(spec, QStringLiteral("{subscription-id}"));
        n.group = QStringLiteral("myResourceGroup");
        n.nic = QStringLiteral("{existing-nic-name}");
        n.osDisk = QStringLiteral("myVMosdisk");
        const QJsonObject ours =
            bodies::virtualMachine(spec, {}, n, QByteArray("I2Nsb3VkLWNvbmZpZw=="));
        // Ours: StandardSSD_LRS rather than the example's Standard_LRS (see armbodies.h).
        COVERS(example, ours,
               (QSet<QString>{QStringLiteral("$.properties.storageProfile.osDisk.managedDisk."
                                             "storageAccountType")}),
               (QSet<QString>{}));
        const QJsonObject os = ours.value(QStringLiteral("properties"))
                                   .toObject()
                                   .value(QStringLiteral("osProfile"))
                                   .toObject();
        QCOMPARE(os.value(QStringLiteral("customData")).toString(),
                 QStringLiteral("I2Nsb3VkLWNvbmZpZw=="));
        QVERIFY(!os.contains(QStringLiteral("adminPassword")));
        const QJsonObject disk = ours.value(QStringLiteral("properties"))
                                     .toObject()
                                     .value(QStringLiteral("storageProfile"))
                                     .toObject()
                                     .value(QStringLiteral("osDisk"))
                                     .toObject();
        QCOMPARE(disk.value(QStringLiteral("managedDisk"))
                     .toObject()
                     .value(QStringLiteral("storageAccountType"))
                     .toString(),
                 QStringLiteral("StandardSSD_LRS"));
        QCOMPARE(disk.value(QStringLiteral("deleteOption")).toString(), QStringLiteral("Delete"));
    }

    void vmWithPasswordMatchesRecording()
    {
        // vm-password-auth-and-compute-lro exchange 8: password sign-in on (the recorded PUT
        // is the CLI's update of a VM made with a password).
        const QJsonObject recorded =
            recordedBody(QStringLiteral("vm-password-auth-and-compute-lro.scenario.json"), 8);
        QVERIFY(!recorded.isEmpty());
        cloud::VmSpec spec = sampleSpec();
        spec.sshPublicKey.clear();
        spec.password = QStringLiteral("Correct-Horse-9");
        spec.userName = QStringLiteral("ubuntu");
        spec.dnsName = QStringLiteral("vm-state-mod");
        spec.location = QStringLiteral("eastus");
        spec.imageName = QStringLiteral("Canonical:UbuntuServer:18.04-LTS:latest");
        spec.size = QStringLiteral("Standard_DS2_v2");
        const QJsonObject ours =
            bodies::virtualMachine(spec, {}, bodies::Names::forSpec(spec, QStringLiteral("s")),
                                   QByteArray("I2Nsb3VkLWNvbmZpZw=="));
        const QJsonObject recordedOs = recorded.value(QStringLiteral("properties"))
                                           .toObject()
                                           .value(QStringLiteral("osProfile"))
                                           .toObject();
        const QJsonObject os = ours.value(QStringLiteral("properties"))
                                   .toObject()
                                   .value(QStringLiteral("osProfile"))
                                   .toObject();
        COVERS(recordedOs, os, (QSet<QString>{}),
               (QSet<QString>{QStringLiteral("$.linuxConfiguration.provisionVMAgent"),
                              QStringLiteral("$.secrets"),
                              QStringLiteral("$.allowExtensionOperations"),
                              QStringLiteral("$.requireGuestProvisionSignal")}));
        QCOMPARE(os.value(QStringLiteral("adminPassword")).toString(), spec.password);
        const QJsonObject image = ours.value(QStringLiteral("properties"))
                                      .toObject()
                                      .value(QStringLiteral("storageProfile"))
                                      .toObject()
                                      .value(QStringLiteral("imageReference"))
                                      .toObject();
        COVERS(recorded.value(QStringLiteral("properties"))
                   .toObject()
                   .value(QStringLiteral("storageProfile"))
                   .toObject()
                   .value(QStringLiteral("imageReference")),
               image, (QSet<QString>{}), (QSet<QString>{}));
    }
};

QTEST_GUILESS_MAIN(TestArmBodies)
#include "tst_armbodies.moc"
