// The cloud-neutral pieces of a multi-host run (cloud/swarmsteps.h) and the ARM rules and bodies
// that go with them: node/manager rules and their messages, the planned rows, the keep-partial
// decision, how an outcome lands in RunResult, and the NSG's swarm rules (subnet only).
#include "arm/armbodies.h"
#include "arm/armrules.h"
#include "cloud/swarmsteps.h"

#include "certs/dockertlsstore.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace dockervm;

class TestSwarmSteps : public QObject
{
    Q_OBJECT
private slots:
    void nodeRules();
    void plannedRows();
    void managersFor();
    void decision();
    void outcomeLandsInResult();
    void nsgSwarmRulesOnlyFromTheSubnet();
    void armRulesCheckTheLongestNodeLabel();
    void nodeNamesShareGroupNsgVnet();
    void addNamesCountAndRows();
    void addDecision();
    void addCertificateFolder();
};

void TestSwarmSteps::nodeRules()
{
    QCOMPARE(cloud::defaultManagers(1), 1);
    QCOMPARE(cloud::defaultManagers(2), 1);
    QCOMPARE(cloud::defaultManagers(3), 3);
    QCOMPARE(cloud::defaultManagers(7), 3);
    QVERIFY(cloud::validateNodes(1, 1).isEmpty());
    QVERIFY(cloud::validateNodes(5, 5).isEmpty());
    QVERIFY(cloud::validateNodes(0, 1).contains(QLatin1String("between 1 and 20")));
    QVERIFY(cloud::validateNodes(21, 3).contains(QLatin1String("between 1 and 20")));
    QVERIFY(cloud::validateNodes(4, 2).contains(QLatin1String("--managers 1")));
    QVERIFY(cloud::validateNodes(3, 5).contains(QLatin1String("(3)")));
    QVERIFY(cloud::validateNodes(3, 0).contains(QLatin1String("default (3)")));
}

void TestSwarmSteps::plannedRows()
{
    const auto rows = cloud::SwarmSteps::plannedRows(
        {QStringLiteral("web-1"), QStringLiteral("web-2"), QStringLiteral("web-3")});
    QStringList ids;
    for (const cloud::StepRow &r : rows) {
        ids << r.id;
        QCOMPARE(r.state, cloud::StepState::Pending);
        QVERIFY(!r.label.isEmpty());
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("swarm-init"), QStringLiteral("swarm-join-web-2"),
                               QStringLiteral("swarm-join-web-3"), QStringLiteral("swarm-ready")}));
    QVERIFY(rows.first().label.contains(QLatin1String("web-1")));
}

void TestSwarmSteps::managersFor()
{
    QCOMPARE(cloud::SwarmSteps::managersFor(3, 3), 3);
    QCOMPARE(cloud::SwarmSteps::managersFor(3, 2), 1); // keep-partial: two left, one manager
    QCOMPARE(cloud::SwarmSteps::managersFor(5, 4), 3);
    QCOMPARE(cloud::SwarmSteps::managersFor(1, 5), 1);
}

void TestSwarmSteps::decision()
{
    cloud::SwarmStepOutcome o;
    o.ok = true;
    QCOMPARE(cloud::swarmDecision(o, false), cloud::SwarmDecision::Complete);
    o.ok = false;
    o.swarmMade = true;
    o.managersJoined = 1;
    QCOMPARE(cloud::swarmDecision(o, false), cloud::SwarmDecision::RollBack);
    QCOMPARE(cloud::swarmDecision(o, true), cloud::SwarmDecision::KeepPartial);
    o.swarmMade = false; // the leader's init failed: nothing to keep
    QCOMPARE(cloud::swarmDecision(o, true), cloud::SwarmDecision::RollBack);
    o.swarmMade = true;
    o.cancelled = true; // cancel means nothing is kept
    QCOMPARE(cloud::swarmDecision(o, true), cloud::SwarmDecision::RollBack);
}

void TestSwarmSteps::outcomeLandsInResult()
{
    cloud::RunResult r;
    for (int i = 1; i <= 3; ++i) {
        cloud::NodeResult n;
        n.name = cloud::nodeName(QStringLiteral("web"), i);
        n.hostName = n.name + QStringLiteral(".westus.cloudapp.azure.com");
        n.dockerPort = 2376;
        n.ok = true;
        r.nodes << n;
    }
    cloud::SwarmStepOutcome o;
    o.swarmMade = true;
    o.leader = QStringLiteral("web-1");
    o.swarmId = QStringLiteral("swarm-id");
    o.roles = {{QStringLiteral("web-1"), QStringLiteral("manager")},
               {QStringLiteral("web-2"), QStringLiteral("worker")},
               {QStringLiteral("web-3"), QStringLiteral("worker")}};
    o.nodeIds = {{QStringLiteral("web-1"), QStringLiteral("n1")},
                 {QStringLiteral("web-2"), QStringLiteral("n2")}};
    o.failed = {{QStringLiteral("web-3"), QStringLiteral("join refused")}};
    cloud::applySwarmOutcome(r, o);
    QCOMPARE(r.swarmLeader, QStringLiteral("web-1"));
    QCOMPARE(r.hostName, QStringLiteral("web-1.westus.cloudapp.azure.com"));
    QCOMPARE(r.dockerPort, 2376);
    QCOMPARE(r.nodes[1].role, QStringLiteral("worker"));
    QCOMPARE(r.nodes[1].swarmNodeId, QStringLiteral("n2"));
    QVERIFY(r.nodes[1].ok);
    QVERIFY(!r.nodes[2].ok);
    QCOMPARE(r.nodes[2].failedStep, QStringLiteral("swarm-join-web-3"));
    QCOMPARE(r.nodes[2].error, QStringLiteral("join refused"));
    const QJsonObject j = r.nodes[2].toJson();
    QCOMPARE(j.value(QLatin1String("failedStep")).toString(), QStringLiteral("swarm-join-web-3"));
    QCOMPARE(j.value(QLatin1String("ok")).toBool(), false);
}

void TestSwarmSteps::nsgSwarmRulesOnlyFromTheSubnet()
{
    const QJsonObject single = arm::bodies::networkSecurityGroup(QStringLiteral("westus"), {}, 22,
                                                                 2376, QStringLiteral("*"));
    const QJsonObject nsg = arm::bodies::withSwarmRules(single);
    const QJsonArray rules = nsg.value(QLatin1String("properties"))
                                 .toObject()
                                 .value(QLatin1String("securityRules"))
                                 .toArray();
    QCOMPARE(rules.size(), 6); // SSH, Docker, then four swarm rules
    QSet<QString> ports;
    QSet<int> priorities;
    for (const QJsonValue &v : rules) {
        const QJsonObject p = v.toObject().value(QLatin1String("properties")).toObject();
        priorities.insert(p.value(QLatin1String("priority")).toInt());
        QCOMPARE(p.value(QLatin1String("direction")).toString(), QStringLiteral("Inbound"));
        QCOMPARE(p.value(QLatin1String("access")).toString(), QStringLiteral("Allow"));
        const QString port = p.value(QLatin1String("destinationPortRange")).toString();
        if (port == QLatin1String("22") || port == QLatin1String("2376"))
            continue;
        // Swarm ports: from the subnet to the subnet, never "*" or "Internet".
        QCOMPARE(p.value(QLatin1String("sourceAddressPrefix")).toString(),
                 QStringLiteral("10.0.0.0/24"));
        QCOMPARE(p.value(QLatin1String("destinationAddressPrefix")).toString(),
                 QStringLiteral("10.0.0.0/24"));
        QCOMPARE(p.value(QLatin1String("sourcePortRange")).toString(), QStringLiteral("*"));
        ports.insert(port + QLatin1Char('/') + p.value(QLatin1String("protocol")).toString());
    }
    QCOMPARE(ports, (QSet<QString>{QStringLiteral("2377/Tcp"), QStringLiteral("7946/Tcp"),
                                   QStringLiteral("7946/Udp"), QStringLiteral("4789/Udp")}));
    QCOMPARE(priorities.size(), 6); // unique per direction, as ARM requires
    // The single-host body is unchanged.
    QCOMPARE(single.value(QLatin1String("properties"))
                 .toObject()
                 .value(QLatin1String("securityRules"))
                 .toArray()
                 .size(),
             2);
}

void TestSwarmSteps::armRulesCheckTheLongestNodeLabel()
{
    cloud::VmSpec spec;
    spec.dnsName = QString(61, QLatin1Char('a'));
    spec.nodes = 1;
    spec.managers = 1;
    using F = cloud::FieldError::Field;
    QVERIFY(arm::rules::validateField(F::Nodes, spec).isEmpty());
    spec.nodes = 3;
    spec.managers = 1;
    QVERIFY(arm::rules::validateField(F::Nodes, spec).isEmpty()); // 61 + "-3" = 63
    spec.nodes = 10;
    QVERIFY2(arm::rules::validateField(F::Nodes, spec).contains(QLatin1String("-10")),
             qPrintable(arm::rules::validateField(F::Nodes, spec)));
    spec.dnsName = QStringLiteral("web");
    spec.managers = 2;
    QVERIFY(arm::rules::validateField(F::Nodes, spec).contains(QLatin1String("odd")));
}

void TestSwarmSteps::nodeNamesShareGroupNsgVnet()
{
    cloud::VmSpec spec;
    spec.dnsName = QStringLiteral("web");
    const auto shared = arm::bodies::Names::forSpec(spec, QStringLiteral("sub"));
    const auto n = arm::bodies::nodeNames(shared, QStringLiteral("web-2"));
    QCOMPARE(n.vm, QStringLiteral("web-2"));
    QCOMPARE(n.publicIp, QStringLiteral("web-2-ip"));
    QCOMPARE(n.nic, QStringLiteral("web-2-nic"));
    QCOMPARE(n.osDisk, QStringLiteral("web-2-osdisk"));
    QCOMPARE(n.groupId(), shared.groupId());
    QCOMPARE(n.nsgId(), shared.nsgId());
    QCOMPARE(n.subnetId(), shared.subnetId());
}

// swarm add: the names after the highest index (a gap stays a gap), --count's bounds, the rows.
void TestSwarmSteps::addNamesCountAndRows()
{
    const QStringList members{QStringLiteral("web-1"), QStringLiteral("web-3"),
                              QStringLiteral("WEB-10"), QStringLiteral("web-x"),
                              QStringLiteral("other-40")};
    QCOMPARE(cloud::nextNodeIndex(QStringLiteral("web"), members), 11);
    QCOMPARE(cloud::nextNodeIndex(QStringLiteral("web"), {}), 1);
    QCOMPARE(cloud::addedNodeNames(QStringLiteral("web"), members, 2),
             (QStringList{QStringLiteral("web-11"), QStringLiteral("web-12")}));
    QVERIFY(cloud::validateAddCount(1, 19).isEmpty());
    QVERIFY(cloud::validateAddCount(0, 2).contains(QLatin1String("at least 1")));
    const QString tooMany = cloud::validateAddCount(5, 18);
    QVERIFY2(tooMany.contains(QLatin1String("at most 20")) &&
                 tooMany.contains(QLatin1String("Add at most 2")),
             qPrintable(tooMany));
    QStringList ids;
    for (const cloud::StepRow &r : cloud::SwarmSteps::plannedAddRows(
             QStringLiteral("web"), {QStringLiteral("web-3"), QStringLiteral("web-4")}))
        ids << r.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("swarm-manager"), QStringLiteral("swarm-join-web-3"),
                               QStringLiteral("swarm-join-web-4"), QStringLiteral("swarm-ready")}));
}

// Join mode: keep-partial keeps only when a new node joined; nothing else is ever "kept".
void TestSwarmSteps::addDecision()
{
    cloud::SwarmStepOutcome o;
    o.joinedExisting = true;
    o.swarmMade = true;
    o.leader = QStringLiteral("web-1");
    o.joined = {QStringLiteral("web-1")};
    o.failed.insert(QStringLiteral("web-3"), QStringLiteral("refused"));
    QCOMPARE(cloud::swarmDecision(o, true), cloud::SwarmDecision::RollBack);
    o.joined << QStringLiteral("web-4");
    QCOMPARE(cloud::swarmDecision(o, true), cloud::SwarmDecision::KeepPartial);
    QCOMPARE(cloud::swarmDecision(o, false), cloud::SwarmDecision::RollBack);
    o.cancelled = true;
    QCOMPARE(cloud::swarmDecision(o, true), cloud::SwarmDecision::RollBack);
    o = {};
    o.joinedExisting = true;
    o.ok = true;
    QCOMPARE(cloud::swarmDecision(o, false), cloud::SwarmDecision::Complete);
}

// The folder must hold the CA with its key and the client pair; each gap is named.
void TestSwarmSteps::addCertificateFolder()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("certs"));
    QVERIFY(cloud::caProblemForAdd(dir).contains(QLatin1String("does not exist")));
    certs::DockerTlsOptions o;
    o.keyType = certs::KeyType::EcdsaP256;
    QVERIFY(certs::DockerTlsStore(dir).ensureForHost(QStringLiteral("web.cloudapp.net"), {}, o).ok);
    QVERIFY2(cloud::caProblemForAdd(dir).isEmpty(), qPrintable(cloud::caProblemForAdd(dir)));
    QVERIFY(QFile::remove(dir + QStringLiteral("/ca-key.pem")));
    const QString noKey = cloud::caProblemForAdd(dir);
    QVERIFY2(noKey.contains(QLatin1String("ca-key.pem")) &&
                 noKey.contains(QLatin1String("no server certificate can be issued")),
             qPrintable(noKey));
    QVERIFY(QFile::remove(dir + QStringLiteral("/key.pem")));
    QVERIFY(cloud::caProblemForAdd(dir).contains(QLatin1String("client certificate")));
}

QTEST_GUILESS_MAIN(TestSwarmSteps)
#include "tst_swarmsteps.moc"
