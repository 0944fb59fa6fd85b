#include "classic/deployment.h"
#include "classic/xmltree.h"

#include <QFile>
#include <QtTest>

using namespace dockervm::classic;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(qEnvironmentVariable("DOCKERVM_TEST_DATA") + QStringLiteral("/asm/") +
            QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

} // namespace

class TestDeployment : public QObject
{
    Q_OBJECT
private slots:
    void justCreatedClassic()
    {
        QString error;
        const auto d = parseDeployment(
            fixture("get-deployment-dockerext-0.3-just-created-2014-09.xml"), &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->status, QStringLiteral("Running"));
        QCOMPARE(d->instances.size(), 1);
        const RoleInstance &r = d->instances.first();
        QCOMPARE(r.instanceStatus, QStringLiteral("RoleStateUnknown"));
        QVERIFY(!r.isReady());
        QVERIFY(!r.hasFailed());
        QCOMPARE(r.guestAgentStatus, QStringLiteral("NotReady"));
        QVERIFY(!r.dockerExtension()); // no status reported yet
    }

    // What `swarm add` copies for new nodes: size, image, disk location, endpoints, extension.
    // The recording has no Linux provisioning set (no user name): Azure does not return it.
    void roleListDescribesEachRole()
    {
        QString error;
        const auto d = parseDeployment(
            fixture("get-deployment-dockerext-0.3-just-created-2014-09.xml"), &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->roles.size(), 1);
        const RoleDescription &r = d->roles.first();
        QCOMPARE(r.roleName, QStringLiteral("XplattestVm"));
        QCOMPARE(r.roleSize, QStringLiteral("Small"));
        QCOMPARE(
            r.sourceImageName,
            QStringLiteral("0b11de9248dd4d87b18621318e037d37__RightImage-CentOS-6.2-x64-v5.8.8.1"));
        QCOMPARE(r.mediaLink, QStringLiteral("https://acsforsdk2.blob.core.windows.net/vhd-store/"
                                             "XplattestVm-830b43aa8f88ed3a.vhd"));
        QCOMPARE(r.os, QStringLiteral("Linux"));
        QCOMPARE(r.endpoints.size(), 2);
        QVERIFY(r.endpoint(QStringLiteral("Docker")));
        QCOMPARE(r.endpoint(QStringLiteral("docker"))->port, 4243);
        QCOMPARE(r.endpoint(QStringLiteral("ssh"))->localPort, 22);
        QCOMPARE(r.extensions.size(), 1);
        QCOMPARE(r.extensions.first().publisher, QStringLiteral("MSOpenTech.Extensions"));
        QCOMPARE(r.extensions.first().version, QStringLiteral("0.3"));
        const auto multi = parseDeployment(
            fixture("get-deployment-multirole-readyrole-bginfo-2014-09.xml"), &error);
        QVERIFY2(multi, qPrintable(error));
        QCOMPARE(multi->roles.size(), 4);
        QCOMPARE(multi->roles.at(3).roleSize, QStringLiteral("ExtraLarge"));
        QCOMPARE(multi->roles.at(3).endpoint(QStringLiteral("SSH"))->port, 22);
    }

    void extensionErrorCarriesItsMessage()
    {
        QString error;
        const auto d =
            parseDeployment(fixture("get-deployment-dockerext-1.0-error-2015-07.xml"), &error);
        QVERIFY2(d, qPrintable(error));
        const RoleInstance *r = d->instance(QStringLiteral("CLITESTVM9912"));
        QVERIFY(r);
        QVERIFY(r->isReady());
        const auto ext = r->dockerExtension();
        QVERIFY(ext);
        QCOMPARE(ext->handlerName, QStringLiteral("Microsoft.Azure.Extensions.DockerExtension"));
        QCOMPARE(ext->handlerStatus, QStringLiteral("Ready"));
        QCOMPARE(ext->settingStatus, QStringLiteral("Error"));
        QVERIFY(ext->failed());
        QVERIFY(!ext->succeeded());
        QVERIFY(ext->failureMessage().startsWith(QStringLiteral("Enable Docker failed:")));
        QCOMPARE(r->endpoints.size(), 2);
        QCOMPARE(r->endpoints.first().publicPort, 2376);
        QCOMPARE(d->virtualIps, QStringList{QStringLiteral("191.236.108.245")});
    }

    void extensionTransitioningIsNeitherDoneNorFailed()
    {
        QString error;
        const auto d = parseDeployment(
            fixture("get-deployment-dockerext-1.0-transitioning-2015-07.xml"), &error);
        QVERIFY2(d, qPrintable(error));
        const auto ext = d->instances.first().dockerExtension();
        QVERIFY(ext);
        QVERIFY(!ext->succeeded());
        QVERIFY(!ext->failed());
    }

    void multiRoleWithoutDockerExtension()
    {
        QString error;
        const auto d = parseDeployment(
            fixture("get-deployment-multirole-readyrole-bginfo-2014-09.xml"), &error);
        QVERIFY2(d, qPrintable(error));
        QVERIFY(d->instances.size() > 1);
        for (const RoleInstance &r : d->instances) {
            QVERIFY(r.isReady());
            QVERIFY(!r.dockerExtension());
        }
    }

    void storageAccounts()
    {
        QString error;
        const auto list =
            parseStorageServices(fixture("list-storage-services-2014-09.xml"), &error);
        QVERIFY2(list, qPrintable(error));
        QVERIFY(list->size() >= 10);
        const auto picked = pickVhdStorage(*list, QStringLiteral("West US"));
        QVERIFY(picked);
        QCOMPARE(picked->name, QStringLiteral("portalvhds23gj29gxch7dk"));
        QCOMPARE(picked->blobEndpoint,
                 QStringLiteral("https://portalvhds23gj29gxch7dk.blob.core.windows.net/"));
        QVERIFY(!pickVhdStorage(*list, QStringLiteral("Japan West")));

        const auto list2016 =
            parseStorageServices(fixture("list-storage-services-2016-04.xml"), &error);
        QVERIFY2(list2016, qPrintable(error));
        QVERIFY(!list2016->isEmpty());
        QVERIFY(!list2016->first().accountType.isEmpty());
    }

    void refusesWrongRootAndMalformedAndDtd()
    {
        QString error;
        QVERIFY(!parseDeployment(fixture("list-locations-2014-09.xml"), &error));
        QVERIFY(error.contains(QStringLiteral("<Deployment>")));
        QVERIFY(!parseDeployment("<Deployment><Name>x</Deployment>", &error));
        QVERIFY(error.contains(QStringLiteral("line")));
        QVERIFY(!parseStorageServices(
            "<!DOCTYPE x [<!ENTITY a \"b\">]><StorageServices>&a;</StorageServices>", &error));
        QVERIFY(error.contains(QStringLiteral("document type")));
    }

    void treeNavigation()
    {
        QString error;
        const auto root = parseXmlDocument(
            "<A xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\"><B><C>x</C><C>y</C></B><D "
            "i:nil=\"true\"/></A>",
            &error);
        QVERIFY2(root, qPrintable(error));
        QCOMPARE(root->textAt(u"B/C"), QStringLiteral("x"));
        QCOMPARE(root->findAll(u"B/C").size(), 2);
        QVERIFY(root->child(u"D")->nil);
        QVERIFY(!root->find(u"B/Z/Q"));
    }
};

QTEST_GUILESS_MAIN(TestDeployment)
#include "tst_deployment.moc"
