#include "classic/requests.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>
#include <QtTest>

using namespace dockervm::classic;
using namespace dockervm::cloud;

namespace {

// The sequence of element names in document order, with their depth: "2:RoleName".
QStringList elementPath(const QByteArray &xml, QMap<QString, QString> *texts = nullptr)
{
    QStringList names;
    QXmlStreamReader r(xml);
    int depth = 0;
    QString current;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            ++depth;
            current = r.name().toString();
            names << QStringLiteral("%1:%2").arg(depth).arg(current);
        } else if (r.isEndElement()) {
            --depth;
        } else if (r.isCharacters() && !r.isWhitespace() && texts && !texts->contains(current)) {
            texts->insert(current, r.text().toString());
        }
    }
    Q_ASSERT(!r.hasError());
    return names;
}

} // namespace

class TestRequests : public QObject
{
    Q_OBJECT
private:
    static VmSpec spec()
    {
        VmSpec s;
        s.dnsName = QStringLiteral("mydockerhost");
        s.location = QStringLiteral("West US");
        s.imageName = QStringLiteral("b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04_1-LTS-amd64-"
                                     "server-20140927-en-us-30GB");
        s.userName = QStringLiteral("azureuser");
        s.password = QStringLiteral("Docker4Azure!");
        s.sshPort = 22;
        s.dockerPort = 4243;
        return s;
    }

private slots:
    void deploymentFollowsDocumentedOrder()
    {
        const ExtensionConfig ext =
            extensionConfig(ExtensionSchema::Classic, 4243,
                            R"({"ca":"Y2E=","server-cert":"c2M=","server-key":"c2s="})");
        const QByteArray xml = createDeploymentXml(
            spec(), QStringLiteral("https://acct.blob.core.windows.net/vhd-store/x.vhd"), ext);
        // The element order of protocol notes §2.3 (PYSDK/GOSDK serializers).
        const QStringList expected = {"1:Deployment",
                                      "2:Name",
                                      "2:DeploymentSlot",
                                      "2:Label",
                                      "2:RoleList",
                                      "3:Role",
                                      "4:RoleName",
                                      "4:RoleType",
                                      "4:ConfigurationSets",
                                      "5:ConfigurationSet",
                                      "6:ConfigurationSetType",
                                      "6:HostName",
                                      "6:UserName",
                                      "6:UserPassword",
                                      "6:DisableSshPasswordAuthentication",
                                      "5:ConfigurationSet",
                                      "6:ConfigurationSetType",
                                      "6:InputEndpoints",
                                      "7:InputEndpoint",
                                      "8:LocalPort",
                                      "8:Name",
                                      "8:Port",
                                      "8:Protocol",
                                      "7:InputEndpoint",
                                      "8:LocalPort",
                                      "8:Name",
                                      "8:Port",
                                      "8:Protocol",
                                      "6:SubnetNames",
                                      "4:ResourceExtensionReferences",
                                      "5:ResourceExtensionReference",
                                      "6:ReferenceName",
                                      "6:Publisher",
                                      "6:Name",
                                      "6:Version",
                                      "6:ResourceExtensionParameterValues",
                                      "7:ResourceExtensionParameterValue",
                                      "8:Key",
                                      "8:Value",
                                      "8:Type",
                                      "7:ResourceExtensionParameterValue",
                                      "8:Key",
                                      "8:Value",
                                      "8:Type",
                                      "6:State",
                                      "4:OSVirtualHardDisk",
                                      "5:MediaLink",
                                      "5:SourceImageName",
                                      "4:RoleSize",
                                      "4:ProvisionGuestAgent"};
        QCOMPARE(elementPath(xml), expected);
    }

    void deploymentValues()
    {
        const QByteArray priv = R"({"ca":"Y2E=","server-cert":"c2M=","server-key":"c2s="})";
        const QByteArray xml =
            createDeploymentXml(spec(), QStringLiteral("https://a/vhd-store/x.vhd"),
                                extensionConfig(ExtensionSchema::Classic, 4243, priv));
        QXmlStreamReader r(xml);
        QStringList types, values, sets;
        QString disable, agent, publisher, version, slot, roleType;
        QList<int> ports;
        while (!r.atEnd()) {
            r.readNext();
            if (!r.isStartElement())
                continue;
            const QString n = r.name().toString();
            if (n == QLatin1String("ConfigurationSet"))
                sets << r.attributes()
                            .value(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                                   QStringLiteral("type"))
                            .toString();
            else if (n == QLatin1String("DisableSshPasswordAuthentication"))
                disable = r.readElementText();
            else if (n == QLatin1String("ProvisionGuestAgent"))
                agent = r.readElementText();
            else if (n == QLatin1String("Publisher"))
                publisher = r.readElementText();
            else if (n == QLatin1String("Version"))
                version = r.readElementText();
            else if (n == QLatin1String("DeploymentSlot"))
                slot = r.readElementText();
            else if (n == QLatin1String("RoleType"))
                roleType = r.readElementText();
            else if (n == QLatin1String("Type"))
                types << r.readElementText();
            else if (n == QLatin1String("Value"))
                values << r.readElementText();
            else if (n == QLatin1String("Port"))
                ports << r.readElementText().toInt();
        }
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        QCOMPARE(sets,
                 (QStringList{"LinuxProvisioningConfigurationSet", "NetworkConfigurationSet"}));
        QCOMPARE(disable, QStringLiteral("false"));
        QCOMPARE(agent, QStringLiteral("true"));
        QCOMPARE(slot, QStringLiteral("Production"));
        QCOMPARE(roleType, QStringLiteral("PersistentVMRole"));
        QCOMPARE(publisher, QStringLiteral("MSOpenTech.Extensions"));
        QCOMPARE(version, QStringLiteral("0.3"));
        QCOMPARE(ports, (QList<int>{22, 4243}));
        QCOMPARE(types, (QStringList{"Private", "Public"}));
        QCOMPARE(QByteArray::fromBase64(values[0].toLatin1()), priv);
        const auto pub =
            QJsonDocument::fromJson(QByteArray::fromBase64(values[1].toLatin1())).object();
        QCOMPARE(pub.value(QStringLiteral("dockerport")).toString(), QStringLiteral("4243"));
    }

    void v1ExtensionSchema()
    {
        const ExtensionConfig ext = extensionConfig(ExtensionSchema::V1, 2376, "{}");
        QCOMPARE(ext.publisher, QStringLiteral("Microsoft.Azure.Extensions"));
        QCOMPARE(ext.version, QStringLiteral("1.*"));
        const auto pub = QJsonDocument::fromJson(ext.publicJson).object();
        QCOMPARE(
            pub.value(QStringLiteral("docker")).toObject().value(QStringLiteral("port")).toString(),
            QStringLiteral("2376"));
    }

    void noSshEndpointWhenPortZero()
    {
        VmSpec s = spec();
        s.sshPort = 0;
        const QByteArray xml =
            createDeploymentXml(s, QStringLiteral("https://a/x.vhd"),
                                extensionConfig(ExtensionSchema::Classic, 4243, "{}"));
        QCOMPARE(elementPath(xml).count(QStringLiteral("7:InputEndpoint")), 1);
        QVERIFY(!xml.contains("<Name>ssh</Name>"));
    }

    void hostedServiceAndStorageBodies()
    {
        QMap<QString, QString> texts;
        const QStringList hs =
            elementPath(createHostedServiceXml(QStringLiteral("svc"), QStringLiteral("West US"),
                                               QStringLiteral("d")),
                        &texts);
        QCOMPARE(hs, (QStringList{"1:CreateHostedService", "2:ServiceName", "2:Label",
                                  "2:Description", "2:Location"}));
        QCOMPARE(QByteArray::fromBase64(texts.value(QStringLiteral("Label")).toLatin1()),
                 QByteArray("svc"));
        texts.clear();
        const QStringList st = elementPath(
            createStorageServiceXml(QStringLiteral("portalvhdsabc"), QStringLiteral("West US")),
            &texts);
        QCOMPARE(st, (QStringList{"1:CreateStorageServiceInput", "2:ServiceName", "2:Description",
                                  "2:Label", "2:Location", "2:AccountType"}));
        QCOMPARE(texts.value(QStringLiteral("AccountType")), QStringLiteral("Standard_LRS"));
    }

    void namesAreUniqueAndValid()
    {
        const QString a = newStorageAccountName(), b = newStorageAccountName();
        QVERIFY(a != b);
        QCOMPARE(a.size(), 24);
        QVERIFY(QRegularExpression(QStringLiteral("^portalvhds[a-z0-9]{14}$")).match(a).hasMatch());
        const QString m1 = mediaLinkFor(QStringLiteral("https://acct.blob.core.windows.net/"),
                                        QStringLiteral("vm"));
        const QString m2 = mediaLinkFor(QStringLiteral("https://acct.blob.core.windows.net"),
                                        QStringLiteral("vm"));
        QVERIFY(m1 != m2);
        QVERIFY(
            QRegularExpression(
                QStringLiteral(
                    "^https://acct\\.blob\\.core\\.windows\\.net/vhd-store/vm-[0-9a-f]{16}\\.vhd$"))
                .match(m2)
                .hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
