// sim::dockerFromCustomData: what a VM would do with a customData, as cloud-init, systemd and
// dockerd would. Fed our own cloud-config (arm::DockerCloudConfig) and variations of it that a
// real VM would refuse.
#include "arm/cloudinit.h"
#include "arm/yaml.h"
#include "certs_testpki.h"
#include "sim/cloudinitboot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace dockervm;
using arm::DockerCloudConfig;
using arm::yaml::Node;

namespace {

QByteArray customData(const QByteArray &text)
{
    return text.toBase64();
}

QByteArray customData(const Node &tree)
{
    return customData("#cloud-config\n" + arm::yaml::write(tree));
}

// The tree with its write_files list changed by `edit`.
Node withFiles(const Node &tree, const std::function<void(QList<Node> &)> &edit)
{
    QList<Node> files = tree.value(QStringLiteral("write_files"))->items();
    edit(files);
    Node copy = tree;
    copy.insert(QStringLiteral("write_files"), Node::sequence(files));
    return copy;
}

qsizetype indexOfPath(const QList<Node> &files, const char *path)
{
    for (qsizetype i = 0; i < files.size(); ++i)
        if (files[i].value(QStringLiteral("path"))->toString() == QLatin1String(path))
            return i;
    return -1;
}

} // namespace

class TstCloudInitBoot : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void ourCloudConfigBringsUpDockerWithTls();
    void withoutTheDropInDockerdRefusesHostsTwice();
    void aDropInThatDoesNotClearExecStartIsRefusedBySystemd();
    void serverKeyModeMustBe0600();
    void permissionsAreDecodedAsCloudInitDoes();
    void serverKeyMustBeOwnedByRoot();
    void missingCa();
    void missingServerCertificate();
    void base64EncodedContentIsDecoded();
    void deferredAndAppendedFiles();
    void withoutTlsverifyOrTcpHost();
    void withoutADockerPackage();
    void notCloudConfig();
    void badBase64();
    void oversize();
    void yamlErrorsNameTheLine();
    void hostsAsFlagsOnlyAreFine();

private:
    Node tree() const;

    TestPki m_pki;
    QTemporaryDir m_tmp;
};

void TstCloudInitBoot::initTestCase()
{
    QString error;
    QVERIFY2(m_pki.create(m_tmp.path() + QStringLiteral("/pki"),
                          {QStringLiteral("myvm.westus.cloudapp.azure.com")}, {},
                          certs::KeyType::EcdsaP256, 30, &error),
             qPrintable(error));
}

Node TstCloudInitBoot::tree() const
{
    DockerCloudConfig c;
    c.caPem = m_pki.ca.certificatePem;
    c.serverCertPem = m_pki.server.certificatePem;
    c.serverKeyPem = m_pki.server.privateKeyPem;
    return c.tree();
}

void TstCloudInitBoot::ourCloudConfigBringsUpDockerWithTls()
{
    DockerCloudConfig c;
    c.caPem = m_pki.ca.certificatePem;
    c.serverCertPem = m_pki.server.certificatePem;
    c.serverKeyPem = m_pki.server.privateKeyPem;
    c.dockerPort = 2376;
    QString error;
    const auto b64 = c.customDataBase64(&error);
    QVERIFY2(b64, qPrintable(error));

    const sim::DockerFromCloudInit d = sim::dockerFromCustomData(*b64);
    QVERIFY2(d.ok, qPrintable(d.error));
    QVERIFY(d.error.isEmpty());
    QCOMPARE(d.caPem, m_pki.ca.certificatePem);
    QCOMPARE(d.serverCertPem, m_pki.server.certificatePem);
    QCOMPARE(d.serverKeyPem, m_pki.server.privateKeyPem);
    QCOMPARE(d.tlsPort, 2376);
    QCOMPARE(d.hosts, (QStringList{"unix:///var/run/docker.sock", "tcp://0.0.0.0:2376"}));
    QCOMPARE(d.daemonJson, c.daemonJson());
    QCOMPARE(d.execStartArgs, QStringList{"--containerd=/run/containerd/containerd.sock"});

    c.dockerPort = 12376;
    const sim::DockerFromCloudInit other = sim::dockerFromCustomData(*c.customDataBase64());
    QVERIFY2(other.ok, qPrintable(other.error));
    QCOMPARE(other.tlsPort, 12376);
}

void TstCloudInitBoot::withoutTheDropInDockerdRefusesHostsTwice()
{
    const Node t = withFiles(tree(), [](QList<Node> &files) {
        files.removeAt(indexOfPath(files, DockerCloudConfig::kDropInPath));
    });
    const sim::DockerFromCloudInit d = sim::dockerFromCustomData(customData(t));
    QVERIFY(!d.ok);
    // dockerd's own words (daemon/config findConfigurationConflicts; the same shape as the
    // message users pasted in haxorof/ansible-role-docker-ce#42, fixtures/arm/errors-reported-
    // in-issues.json).
    QCOMPARE(d.error,
             QStringLiteral("unable to configure the Docker daemon with file "
                            "/etc/docker/daemon.json: the following directives are specified "
                            "both as a flag and in the configuration file: hosts: (from flag: "
                            "[fd://], from file: [unix:///var/run/docker.sock "
                            "tcp://0.0.0.0:2376])"));
}

void TstCloudInitBoot::aDropInThatDoesNotClearExecStartIsRefusedBySystemd()
{
    const Node t = withFiles(tree(), [](QList<Node> &files) {
        Node dropIn = files[indexOfPath(files, DockerCloudConfig::kDropInPath)];
        dropIn.insert(QStringLiteral("content"), "[Service]\nExecStart=/usr/bin/dockerd "
                                                 "--containerd=/run/containerd/containerd.sock\n");
        files[indexOfPath(files, DockerCloudConfig::kDropInPath)] = dropIn;
    });
    const sim::DockerFromCloudInit d = sim::dockerFromCustomData(customData(t));
    QVERIFY(!d.ok);
    QVERIFY2(d.error.startsWith(QStringLiteral(
                 "docker.service: Service has more than one ExecStart= setting, which is only "
                 "allowed for Type=oneshot services. Refusing.")),
             qPrintable(d.error));
}

void TstCloudInitBoot::serverKeyModeMustBe0600()
{
    const Node t = withFiles(tree(), [](QList<Node> &files) {
        files[indexOfPath(files, DockerCloudConfig::kServerKeyPath)].insert(
            QStringLiteral("permissions"), "0644");
    });
    const sim::DockerFromCloudInit d = sim::dockerFromCustomData(customData(t));
    QVERIFY(!d.ok);
    QCOMPARE(d.error, QStringLiteral("/etc/docker/server-key.pem would be mode 0644 on the VM; "
                                     "the server key must be 0600 (readable by root only). Set "
                                     "permissions: \"0600\" in its write_files entry"));
    QVERIFY(d.serverKeyPem.isEmpty());
    QVERIFY(!d.error.contains(QString::fromLatin1(m_pki.server.privateKeyPem.mid(30, 20))));

    // No permissions at all: cloud-init's default 0644.
    const Node none = withFiles(tree(), [](QList<Node> &files) {
        const qsizetype i = indexOfPath(files, DockerCloudConfig::kServerKeyPath);
        Node entry = Node::mapping();
        for (const auto &e : files[i].entries())
            if (e.first != QLatin1String("permissions"))
                entry.insert(e.first, e.second);
        files[i] = entry;
    });
    QVERIFY(sim::dockerFromCustomData(customData(none)).error.contains(QStringLiteral("0644")));
}

void TstCloudInitBoot::permissionsAreDecodedAsCloudInitDoes()
{
    // YAML 1.1 reads an unquoted 0600 as the octal number 384, which cloud-init takes as the
    // mode 0600; an unquoted 600 is the decimal 600 = mode 01130.
    const Node tree600 = tree();
    QByteArray text = "#cloud-config\n" + arm::yaml::write(tree600);
    const QByteArray quoted = "permissions: \"0600\"";
    QVERIFY(text.contains(quoted));
    const sim::DockerFromCloudInit octal = sim::dockerFromCustomData(
        customData(QByteArray(text).replace(quoted, "permissions: 0600")));
    QVERIFY2(octal.ok, qPrintable(octal.error));
    const sim::DockerFromCloudInit decimal =
        sim::dockerFromCustomData(customData(QByteArray(text).replace(quoted, "permissions: 600")));
    QVERIFY(!decimal.ok);
    QVERIFY2(decimal.error.contains(QStringLiteral("mode 01130")), qPrintable(decimal.error));
    const sim::DockerFromCloudInit prefixed = sim::dockerFromCustomData(
        customData(QByteArray(text).replace(quoted, "permissions: '0o600'")));
    QVERIFY2(prefixed.ok, qPrintable(prefixed.error));
}

void TstCloudInitBoot::serverKeyMustBeOwnedByRoot()
{
    const Node t = withFiles(tree(), [](QList<Node> &files) {
        files[indexOfPath(files, DockerCloudConfig::kServerKeyPath)].insert(QStringLiteral("owner"),
                                                                            "azureuser:azureuser");
    });
    const sim::DockerFromCloudInit d = sim::dockerFromCustomData(customData(t));
    QVERIFY(!d.ok);
    QVERIFY2(d.error.contains(QStringLiteral("owned by azureuser:azureuser")), qPrintable(d.error));
}

void TstCloudInitBoot::missingCa()
{
    const Node t = withFiles(tree(), [](QList<Node> &files) {
        files.removeAt(indexOfPath(files, DockerCloudConfig::kCaPath));
    });
    const sim::DockerFromCloudInit d = sim::dockerFromCustomData(customData(t));
    QVERIFY(!d.ok);
    QCOMPARE(d.error, QStringLiteral("could not read CA certificate \"/etc/docker/ca.pem\": open "
                                     "/etc/docker/ca.pem: no such file or directory"));
}

void TstCloudInitBoot::missingServerCertificate()
{
    const Node t = withFiles(tree(), [](QList<Node> &files) {
        files.removeAt(indexOfPath(files, DockerCloudConfig::kServerCertPath));
    });
    const sim::DockerFromCloudInit d = sim::dockerFromCustomData(customData(t));
    QVERIFY(!d.ok);
    QCOMPARE(d.error, QStringLiteral("Could not load X509 key pair (cert: "
                                     "\"/etc/docker/server-cert.pem\", key: "
                                     "\"/etc/docker/server-key.pem\"): open "
                                     "/etc/docker/server-cert.pem: no such file or directory"));
}

void TstCloudInitBoot::base64EncodedContentIsDecoded()
{
    const QByteArray key = m_pki.server.privateKeyPem;
    const Node t = withFiles(tree(), [&key](QList<Node> &files) {
        Node &entry = files[indexOfPath(files, DockerCloudConfig::kServerKeyPath)];
        entry.insert(QStringLiteral("encoding"), "b64");
        entry.insert(QStringLiteral("content"), QString::fromLatin1(key.toBase64()));
    });
    const sim::DockerFromCloudInit d = sim::dockerFromCustomData(customData(t));
    QVERIFY2(d.ok, qPrintable(d.error));
    QCOMPARE(d.serverKeyPem, key);
}

void TstCloudInitBoot::deferredAndAppendedFiles()
{
    // The CA written in two halves, the second appended in the deferred (final-stage) pass.
    const QByteArray ca = m_pki.ca.certificatePem;
    const qsizetype half = ca.size() / 2;
    const Node t = withFiles(tree(), [&](QList<Node> &files) {
        const qsizetype i = indexOfPath(files, DockerCloudConfig::kCaPath);
        Node second = files[i];
        second.insert(QStringLiteral("content"), QString::fromLatin1(ca.mid(half)));
        second.insert(QStringLiteral("append"), true);
        second.insert(QStringLiteral("defer"), true);
        files[i].insert(QStringLiteral("content"), QString::fromLatin1(ca.left(half)));
        files.prepend(second); // listed first, written last
    });
    const sim::DockerFromCloudInit d = sim::dockerFromCustomData(customData(t));
    QVERIFY2(d.ok, qPrintable(d.error));
    QCOMPARE(d.caPem, ca);
}

void TstCloudInitBoot::withoutTlsverifyOrTcpHost()
{
    auto withDaemonJson = [this](const QJsonObject &o) {
        return withFiles(tree(), [&o](QList<Node> &files) {
            files[indexOfPath(files, DockerCloudConfig::kDaemonJsonPath)].insert(
                QStringLiteral("content"), QString::fromUtf8(QJsonDocument(o).toJson()));
        });
    };
    QJsonObject o = QJsonDocument::fromJson(DockerCloudConfig().daemonJson()).object();
    QJsonObject noVerify = o;
    noVerify.remove(QStringLiteral("tlsverify"));
    sim::DockerFromCloudInit d = sim::dockerFromCustomData(customData(withDaemonJson(noVerify)));
    QVERIFY(!d.ok);
    QVERIFY2(d.error.contains(QStringLiteral("without TLS")), qPrintable(d.error));

    noVerify.insert(QStringLiteral("tls"), true);
    d = sim::dockerFromCustomData(customData(withDaemonJson(noVerify)));
    QVERIFY(!d.ok);
    QVERIFY2(d.error.contains(QStringLiteral("without tlsverify")), qPrintable(d.error));

    QJsonObject unixOnly = o;
    unixOnly.insert(QStringLiteral("hosts"), QJsonArray{"unix:///var/run/docker.sock"});
    d = sim::dockerFromCustomData(customData(withDaemonJson(unixOnly)));
    QVERIFY(!d.ok);
    QVERIFY2(d.error.contains(QStringLiteral("no tcp:// host")), qPrintable(d.error));

    d = sim::dockerFromCustomData(customData(withFiles(tree(), [](QList<Node> &files) {
        files[indexOfPath(files, DockerCloudConfig::kDaemonJsonPath)].insert(
            QStringLiteral("content"), "{\"tlsverify\": true,\n");
    })));
    QVERIFY(!d.ok);
    QVERIFY2(d.error.startsWith(QStringLiteral("unable to configure the Docker daemon with file "
                                               "/etc/docker/daemon.json: ")),
             qPrintable(d.error));
}

void TstCloudInitBoot::withoutADockerPackage()
{
    Node t = tree();
    t.insert(QStringLiteral("packages"), Node::sequence({"htop"}));
    const sim::DockerFromCloudInit d = sim::dockerFromCustomData(customData(t));
    QVERIFY(!d.ok);
    QVERIFY2(d.error.contains(QStringLiteral("no Docker package")), qPrintable(d.error));
}

void TstCloudInitBoot::notCloudConfig()
{
    const sim::DockerFromCloudInit d =
        sim::dockerFromCustomData(customData(QByteArray("#!/bin/sh\napt-get install docker.io\n")));
    QVERIFY(!d.ok);
    QVERIFY2(d.error.contains(QStringLiteral("does not start with \"#cloud-config\"")),
             qPrintable(d.error));
    QVERIFY(!sim::dockerFromCustomData(customData(QByteArray("package_update: true\n"))).ok);
    QVERIFY(sim::dockerFromCustomData({}).error.contains(QStringLiteral("empty")));
    // The recorded fixture's customData is cloud-config, but brings no Docker.
    const sim::DockerFromCloudInit fixture =
        sim::dockerFromCustomData("I2Nsb3VkLWNvbmZpZwpob3N0bmFtZTogbXlWTWhvc3RuYW1l");
    QVERIFY(!fixture.ok);
    QVERIFY2(fixture.error.contains(QStringLiteral("no Docker package")),
             qPrintable(fixture.error));
}

void TstCloudInitBoot::badBase64()
{
    const sim::DockerFromCloudInit d = sim::dockerFromCustomData("#cloud-config not base64!");
    QVERIFY(!d.ok);
    QVERIFY2(d.error.contains(QStringLiteral("not valid base64")), qPrintable(d.error));
}

void TstCloudInitBoot::oversize()
{
    QByteArray text = "#cloud-config\n" + arm::yaml::write(tree());
    text += "# " + QByteArray(DockerCloudConfig::kMaxCustomDataBytes - text.size() - 3, 'x') + "\n";
    QCOMPARE(text.size(), DockerCloudConfig::kMaxCustomDataBytes);
    const sim::DockerFromCloudInit atLimit = sim::dockerFromCustomData(customData(text));
    QVERIFY2(atLimit.ok, qPrintable(atLimit.error));
    text += "\n";
    const sim::DockerFromCloudInit over = sim::dockerFromCustomData(customData(text));
    QVERIFY(!over.ok);
    QCOMPARE(over.error, QStringLiteral("customData decodes to 65536 bytes; Azure accepts at "
                                        "most 65535"));
}

void TstCloudInitBoot::yamlErrorsNameTheLine()
{
    const sim::DockerFromCloudInit d = sim::dockerFromCustomData(
        customData(QByteArray("#cloud-config\npackages:\n  - docker.io\nwrite_files:\n"
                              "  - path: &anchor /etc/docker/ca.pem\n")));
    QVERIFY(!d.ok);
    QVERIFY2(d.error.startsWith(QStringLiteral("cloud-init could not read the cloud-config: line "
                                               "5: anchors")),
             qPrintable(d.error));

    arm::yaml::ReadError e;
    QVERIFY(!arm::yaml::read("a:\n  b: 1\n c: 2\n", &e));
    QCOMPARE(e.line, 3);
    QVERIFY(!arm::yaml::read("a: [1, 2]\n", &e));
    QCOMPARE(e.line, 1);
    QVERIFY(e.message.contains(QStringLiteral("flow collections")));
    QVERIFY(!arm::yaml::read("a: b\n\tc: d\n", &e));
    QCOMPARE(e.line, 2);
    QVERIFY(!arm::yaml::read("a: \"open\n  b\"\n", &e));
    QCOMPARE(e.line, 1);
    QVERIFY(!arm::yaml::read("a: plain\n  continued\n", &e));
    QCOMPARE(e.line, 2);
    QVERIFY(!arm::yaml::read("a: 1\n---\nb: 2\n", &e));
    QCOMPARE(e.line, 3);
    // PyYAML refuses these too (found comparing the two over the fuzz_yaml corpus).
    QVERIFY(!arm::yaml::read("s:\n  k: 1\n- path: x\n", &e));
    QCOMPARE(e.line, 3);
    QVERIFY(!arm::yaml::read("a: ,x\n", &e));
    QVERIFY(e.message.contains(QStringLiteral("flow indicator")));
    QVERIFY(!arm::yaml::read("]k: 1\n", &e));
    QVERIFY(!arm::yaml::read("k\tx: 1\n", &e));
    QVERIFY(e.message.contains(QStringLiteral("tab")));
    QVERIFY(!arm::yaml::read("...\n", &e));
    QVERIFY(!arm::yaml::read("a: 1\n\t\nb: 2\n", &e)); // a line of only a tab
    QCOMPARE(e.line, 2);
    QVERIFY(!arm::yaml::read("a: |\n   \n\n  x\n", &e)); // a leading line of more spaces
    QVERIFY(!arm::yaml::read("\xEF\xBB\xBF\xEF\xBB\xBF"
                             "a: 1\n",
                             &e));
    QVERIFY(e.message.contains(QStringLiteral("byte order mark")));
    QVERIFY(arm::yaml::read("\xEF\xBB\xBF"
                            "a: 1\n"));
    QVERIFY(!arm::yaml::read("when: 2024-01-01\n", &e));
    QVERIFY(e.message.contains(QStringLiteral("timestamp")));

    // And what it does read: folded blocks, comments, quoting, YAML 1.1 scalars.
    const auto ok = arm::yaml::read("# c\n---\nf: >\n  one\n  two\n\n  three\n"
                                    "q: 'it''s' # note\n"
                                    "d: \"tab\\tend\\u00e9\"\n"
                                    "o: 0644\nh: 0x1f\nb: off\nn: ~\nfl: 1.5e+3\n"
                                    "s:\n- x\n- y: 1\n  z: [ ]\n...\n");
    QVERIFY(ok);
    QCOMPARE(ok->value("f")->toString(), QStringLiteral("one two\nthree\n"));
    QCOMPARE(ok->value("q")->toString(), QStringLiteral("it's"));
    QCOMPARE(ok->value("d")->toString(), QStringLiteral("tab\tend\u00e9"));
    QCOMPARE(*ok->value("o"), Node(420));
    QCOMPARE(*ok->value("h"), Node(31));
    QCOMPARE(*ok->value("b"), Node(false));
    QVERIFY(ok->value("n")->isNull());
    QCOMPARE(*ok->value("fl"), Node(1500.0));
    QCOMPARE(*ok->value("s"),
             Node::sequence({"x", Node::mapping({{"y", 1}, {"z", Node::sequence()}})}));
}

void TstCloudInitBoot::hostsAsFlagsOnlyAreFine()
{
    // The arm.md §7 alternative: hosts and TLS on the drop-in's command line, none in the file.
    const Node t = withFiles(tree(), [](QList<Node> &files) {
        files.removeAt(indexOfPath(files, DockerCloudConfig::kDaemonJsonPath));
        files[indexOfPath(files, DockerCloudConfig::kDropInPath)].insert(
            QStringLiteral("content"),
            "[Service]\nExecStart=\nExecStart=/usr/bin/dockerd -H fd:// -H=tcp://0.0.0.0:2376 "
            "--tlsverify --tlscacert=/etc/docker/ca.pem --tlscert /etc/docker/server-cert.pem "
            "\"--tlskey=/etc/docker/server-key.pem\" $DOCKER_OPTS\n");
    });
    const sim::DockerFromCloudInit d = sim::dockerFromCustomData(customData(t));
    QVERIFY2(d.ok, qPrintable(d.error));
    QCOMPARE(d.hosts, (QStringList{"fd://", "tcp://0.0.0.0:2376"}));
    QCOMPARE(d.tlsPort, 2376);
    QVERIFY(d.daemonJson.isEmpty());
    QCOMPARE(d.execStartArgs.size(), 8); // $DOCKER_OPTS, unset, expands to nothing
}

QTEST_GUILESS_MAIN(TstCloudInitBoot)
#include "tst_cloudinitboot.moc"
