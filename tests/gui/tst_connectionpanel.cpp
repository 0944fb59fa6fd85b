// The connection panel, offscreen, over a real ConnectionController and DockerProbe talking real
// mutual TLS to sim::DockerHost on loopback. "demo.cloudapp.net:4243" is mapped to the host's
// loopback port with HostOverrides, so the certificate is verified for the DNS name.
//
// DOCKERVM_SCREENSHOT_DIR=<dir>: also saves connection-panel-*.png there.
#include "certs_testpki.h"
#include "hostile_docker.h"

#include "common/hostoverrides.h"
#include "docker/connectioncontroller.h"
#include "docker/dockerenv.h"
#include "sim/dockerhost.h"
#include "ui/connectionpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace dockervm;
using docker::ConnectionController;
using StageState = docker::ConnectionController::StageState;

namespace {

const QString kDemoHost = QStringLiteral("demo.cloudapp.net");
constexpr quint16 kDemoPort = 4243;

quint16 freePort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    return s.serverPort();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return f.write(data) == data.size();
}

} // namespace

class TstConnectionPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void connectsAndShowsServer();
    void daemonTextIsPlainAndNeutralised();
    void nothingListeningThenRetrySucceeds();
    void wrongCaFailsAtHandshake();
    void waitModeStopButton();
    void legacyModeIsLabelled();
    void copyCommandAndEnvironment();
    void mnemonicsReachButtons();
    void createContextWithDockerCli();
    void createContextWithoutDockerShowsCommand();
    void invalidContextName();
    void mnemonicsAreUnique();
    void enterInContextNameStaysInPanel();
    void notTlsIsWordedForTheWindow();

private:
    std::unique_ptr<sim::DockerHost> startHost(quint16 port = 0);
    bool mapDemoHost(quint16 port);
    void grab(QWidget *w, const QString &name);
    template <typename T> T *find(const char *name)
    {
        T *w = m_panel->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning() << "no widget" << name;
        return w;
    }
    void click(const char *button);
    void showTab(const char *page);
    StageState rowState(int row) const;

    QTemporaryDir m_tmp;
    TestPki m_good;  // CA 1: server for demo.cloudapp.net and localhost, client
    TestPki m_other; // CA 2
    std::unique_ptr<ConnectionController> m_controller;
    std::unique_ptr<ui::ConnectionPanel> m_panel;
};

void TstConnectionPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("DOCKER_CERT_PATH");
    QVERIFY(m_tmp.isValid());
    QString error;
    QVERIFY2(m_good.create(m_tmp.filePath(QStringLiteral("good certs")),
                           {kDemoHost, QStringLiteral("localhost")},
                           {QHostAddress(QHostAddress::LocalHost)}, certs::KeyType::EcdsaP256, 30,
                           &error),
             qPrintable(error));
    QVERIFY2(m_other.create(m_tmp.filePath(QStringLiteral("other")), {kDemoHost}, {},
                            certs::KeyType::EcdsaP256, 30, &error),
             qPrintable(error));
}

void TstConnectionPanel::init()
{
    m_controller = std::make_unique<ConnectionController>();
    m_controller->setTarget(kDemoHost, kDemoPort, m_good.dir);
    m_panel = std::make_unique<ui::ConnectionPanel>(m_controller.get());
    m_panel->resize(qEnvironmentVariableIntValue("DOCKERVM_PANEL_WIDTH") > 0
                        ? qEnvironmentVariableIntValue("DOCKERVM_PANEL_WIDTH")
                        : 900,
                    720);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TstConnectionPanel::cleanup()
{
    m_panel.reset();
    m_controller.reset();
}

// Reach kDemoHost on loopback: a value given to this controller only, nothing process-global.
bool TstConnectionPanel::mapDemoHost(quint16 port)
{
    HostOverrides hosts;
    if (!hosts.map(kDemoHost, kDemoPort, QHostAddress(QHostAddress::LocalHost), port))
        return false;
    m_controller->setHostOverrides(hosts);
    return true;
}

std::unique_ptr<sim::DockerHost> TstConnectionPanel::startHost(quint16 port)
{
    sim::DockerHost::Options o;
    o.caPem = m_good.ca.certificatePem;
    o.serverCertPem = m_good.server.certificatePem;
    o.serverKeyPem = m_good.server.privateKeyPem;
    auto host = std::make_unique<sim::DockerHost>(o);
    if (!host->listen(QHostAddress::LocalHost, port)) {
        qWarning() << "DockerHost did not start:" << host->errorString();
        return nullptr;
    }
    return host;
}

void TstConnectionPanel::grab(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DOCKERVM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // Let pending layouts settle so the picture shows what a user would see.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    const QString path = dir + QStringLiteral("/connection-panel-") + name + QStringLiteral(".png");
    QVERIFY2(w->grab().save(path), qPrintable(path));
    qInfo().noquote() << "screenshot:" << path;
}

void TstConnectionPanel::click(const char *button)
{
    auto *b = find<QPushButton>(button);
    QVERIFY(b);
    QVERIFY2(b->isEnabled(), button);
    QVERIFY2(b->isVisible(), button);
    QTest::mouseClick(b, Qt::LeftButton);
}

void TstConnectionPanel::showTab(const char *page)
{
    auto *tabs = find<QTabWidget>("panelTabs");
    QVERIFY(tabs);
    QWidget *w = find<QWidget>(page);
    QVERIFY(w);
    tabs->setCurrentWidget(w);
    QVERIFY(w->isVisible());
}

StageState TstConnectionPanel::rowState(int row) const
{
    auto *list = m_panel->findChild<QTreeWidget *>(QStringLiteral("stageList"));
    return StageState(list->topLevelItem(row)->data(0, Qt::UserRole).toInt());
}

void TstConnectionPanel::connectsAndShowsServer()
{
    auto host = startHost();
    QVERIFY(host);
    QVERIFY(mapDemoHost(host->port()));
    auto *stageList = find<QTreeWidget>("stageList");
    QVERIFY(stageList);
    QCOMPARE(stageList->topLevelItemCount(), 8);
    for (int i = 0; i < 8; ++i)
        QCOMPARE(rowState(i), StageState::Pending);
    QCOMPARE(find<QLabel>("serverVersionLabel")->text(), QStringLiteral("—"));
    QCOMPARE(find<QLabel>("targetLabel")->text(), QStringLiteral("tcp://demo.cloudapp.net:4243"));
    QCOMPARE(find<QLabel>("certDirLabel")->text(), QDir::toNativeSeparators(m_good.dir));

    QSignalSpy finished(m_controller.get(), &ConnectionController::finished);
    click("retryButton");
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), ConnectionController::State::Connected, 20000);
    QCOMPARE(finished.size(), 1);
    for (int i = 0; i < 8; ++i) {
        QCOMPARE(rowState(i), StageState::Passed);
        QVERIFY(!stageList->topLevelItem(i)->text(2).isEmpty());
        QVERIFY(!stageList->topLevelItem(i)->text(1).isEmpty()); // elapsed
    }
    QCOMPARE(stageList->topLevelItem(0)->text(0),
             docker::stageLabel(docker::ProbeStage::CertificateFiles));
    // The name was verified, not the loopback address.
    QVERIFY2(stageList->topLevelItem(3)->text(2).contains(kDemoHost),
             qPrintable(stageList->topLevelItem(3)->text(2)));
    QCOMPARE(find<QLabel>("serverVersionLabel")->text(), host->serverVersion());
    QCOMPARE(find<QLabel>("serverVersionLabel")->text(), QStringLiteral("20.10.24"));
    QCOMPARE(find<QLabel>("cpusLabel")->text(), QStringLiteral("2"));
    QCOMPARE(find<QLabel>("memoryLabel")->text(), docker::formatBytes(Q_INT64_C(8341037056)));
    QVERIFY(find<QLabel>("memoryLabel")->text().endsWith(QStringLiteral("GiB")));
    QCOMPARE(find<QLabel>("containersLabel")->text(),
             QStringLiteral("1 running, 0 paused, 2 stopped"));
    QCOMPARE(find<QLabel>("imagesLabel")->text(), QStringLiteral("4"));
    QCOMPARE(find<QLabel>("storageDriverLabel")->text(), QStringLiteral("overlay2"));
    QCOMPARE(find<QLabel>("serverNameLabel")->text(), QStringLiteral("docker-sim"));
    QVERIFY(find<QLabel>("osLabel")->text().contains(QStringLiteral("Ubuntu")));
    QVERIFY(find<QLabel>("kernelLabel")->text().contains(QStringLiteral("azure")));
    QCOMPARE(find<QLabel>("architectureLabel")->text(), QStringLiteral("x86_64"));
    QVERIFY(find<QLabel>("apiVersionLabel")->text().startsWith(QStringLiteral("1.41")));
    QVERIFY2(find<QLabel>("summaryLabel")->text().contains(QStringLiteral("20.10.24")),
             qPrintable(find<QLabel>("summaryLabel")->text()));
    QVERIFY(!find<QPushButton>("stopButton")->isEnabled());
    QVERIFY(
        find<QPlainTextEdit>("attemptLog")->toPlainText().contains(QStringLiteral("Attempt 1")));
    // The panel turned to the server's facts.
    QCOMPARE(find<QTabWidget>("panelTabs")->currentWidget(), find<QWidget>("serverTab"));
    QVERIFY(find<QLabel>("serverVersionLabel")->isVisible());
    grab(m_panel.get(), QStringLiteral("connected"));
    showTab("checksTab");
    grab(m_panel.get(), QStringLiteral("connected-checks"));
}

void TstConnectionPanel::daemonTextIsPlainAndNeutralised()
{
    // Before the fix the facts labels were Qt::AutoText: a Name with markup rendered as rich
    // text, and control characters reached the labels raw.
    auto host = startHost();
    QVERIFY(host);
    host->httpServer()->setHandler(testing::hostileDockerHandler());
    QVERIFY(mapDemoHost(host->port()));
    click("retryButton");
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), ConnectionController::State::Connected, 20000);
    const auto unsafe = [](const QString &text) {
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u <= 0x9F) ||
                (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
                return true;
        }
        return false;
    };
    for (const char *name : {"serverVersionLabel", "serverNameLabel", "osLabel"}) {
        auto *label = find<QLabel>(name);
        QVERIFY(label);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY2(!unsafe(label->text()), name);
        QVERIFY2(label->text().contains(QStringLiteral("\\x1b[2J\\x1b[H\\x1b]0;pwned\\x07\\x0d"
                                                       "✓ forged <b>bold</b>\\u202egnp.exe")),
                 qPrintable(label->text()));
    }
    QVERIFY(find<QLabel>("serverNameLabel")->text().startsWith(QStringLiteral("evil")));
    auto *summary = find<QLabel>("summaryLabel");
    QVERIFY2(!unsafe(summary->text()), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral("20.10.24\\x1b[2J")),
             qPrintable(summary->text()));
    auto *stageList = find<QTreeWidget>("stageList");
    for (int i = 0; i < stageList->topLevelItemCount(); ++i) {
        QVERIFY2(!unsafe(stageList->topLevelItem(i)->text(2)),
                 qPrintable(stageList->topLevelItem(i)->text(2)));
        QVERIFY(!unsafe(stageList->topLevelItem(i)->toolTip(2)));
    }
    for (int i = 0; i < stageList->topLevelItemCount(); ++i) {
        stageList->setCurrentItem(stageList->topLevelItem(i));
        QVERIFY(!unsafe(find<QLabel>("stageDetailLabel")->text()));
    }
}

void TstConnectionPanel::nothingListeningThenRetrySucceeds()
{
    const quint16 port = freePort();
    QVERIFY(port);
    QVERIFY(mapDemoHost(port));
    click("retryButton");
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), ConnectionController::State::Failed, 20000);
    const int connectRow = 2;
    QCOMPARE(m_controller->stages().at(connectRow).stage, docker::ProbeStage::Connect);
    QCOMPARE(rowState(0), StageState::Passed);
    QCOMPARE(rowState(1), StageState::Passed);
    QCOMPARE(rowState(connectRow), StageState::Failed);
    for (int i = connectRow + 1; i < 8; ++i)
        QCOMPARE(rowState(i), StageState::Pending);
    auto *stageList = find<QTreeWidget>("stageList");
    const QString diagnosis = stageList->topLevelItem(connectRow)->text(2);
    QVERIFY2(diagnosis.contains(QStringLiteral("refused")), qPrintable(diagnosis));
    // Worded for a window: the port's field, not the command line's option (issue 12 point 13).
    QVERIFY2(!diagnosis.contains(QStringLiteral("--docker-port")), qPrintable(diagnosis));
    QVERIFY2(diagnosis.contains(QStringLiteral("Check the Docker port")), qPrintable(diagnosis));
    QCOMPARE(diagnosis, m_controller->stages().at(connectRow).diagnosis.simplified());
    // The failed stage is selected and its whole diagnosis shown under the list.
    QCOMPARE(stageList->currentItem(), stageList->topLevelItem(connectRow));
    QVERIFY2(find<QLabel>("stageDetailLabel")->text().contains(QStringLiteral("refused")),
             qPrintable(find<QLabel>("stageDetailLabel")->text()));
    QVERIFY(find<QLabel>("summaryLabel")->text().contains(QStringLiteral("refused")));
    QCOMPARE(find<QLabel>("serverVersionLabel")->text(), QStringLiteral("—"));
    QCOMPARE(find<QTabWidget>("panelTabs")->currentWidget(), find<QWidget>("checksTab"));
    grab(m_panel.get(), QStringLiteral("refused"));

    // Start the daemon on that very port; Retry now connects.
    auto host = startHost(port);
    QVERIFY(host);
    click("retryButton");
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), ConnectionController::State::Connected, 20000);
    for (int i = 0; i < 8; ++i)
        QCOMPARE(rowState(i), StageState::Passed);
    QCOMPARE(find<QLabel>("serverVersionLabel")->text(), QStringLiteral("20.10.24"));
}

void TstConnectionPanel::wrongCaFailsAtHandshake()
{
    auto host = startHost();
    QVERIFY(host);
    QVERIFY(mapDemoHost(host->port()));
    // Our client files, but a ca.pem from another CA: the daemon's chain is not trusted.
    const QString dir = m_tmp.filePath(QStringLiteral("wrong-ca"));
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(writeFile(dir + QStringLiteral("/ca.pem"), m_other.ca.certificatePem));
    QVERIFY(writeFile(dir + QStringLiteral("/cert.pem"), m_good.client.certificatePem));
    QVERIFY(writeFile(dir + QStringLiteral("/key.pem"), m_good.client.privateKeyPem));
    m_controller->setCertDir(dir);
    QCOMPARE(find<QLabel>("certDirLabel")->text(), QDir::toNativeSeparators(dir));
    click("retryButton");
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), ConnectionController::State::Failed, 20000);
    const int tlsRow = 3;
    QCOMPARE(m_controller->stages().at(tlsRow).stage, docker::ProbeStage::TlsHandshake);
    QCOMPARE(rowState(tlsRow), StageState::Failed);
    QCOMPARE(m_controller->lastReport().failure, docker::ProbeFailure::UntrustedCertificate);
    const QString diagnosis = find<QTreeWidget>("stageList")->topLevelItem(tlsRow)->text(2);
    QVERIFY2(diagnosis.contains(QStringLiteral("ca.pem")), qPrintable(diagnosis));
    QCOMPARE(find<QTreeWidget>("stageList")->currentItem(),
             find<QTreeWidget>("stageList")->topLevelItem(tlsRow));
    QVERIFY(find<QLabel>("stageDetailLabel")->text().contains(QStringLiteral("TLS handshake")));
    grab(m_panel.get(), QStringLiteral("wrong-ca"));
}

void TstConnectionPanel::waitModeStopButton()
{
    const quint16 port = freePort();
    QVERIFY(mapDemoHost(port));
    m_controller->setWaitSeconds(60);
    QSignalSpy log(m_controller.get(), &ConnectionController::attemptLogged);
    click("retryButton");
    QCOMPARE(m_controller->state(), ConnectionController::State::Checking);
    QVERIFY(find<QPushButton>("stopButton")->isEnabled());
    // Two failed attempts logged while the panel keeps waiting.
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->attemptLog().size() >= 3, 20000);
    QCOMPARE(m_controller->state(), ConnectionController::State::Checking);
    QVERIFY(find<QLabel>("summaryLabel")->text().contains(QStringLiteral("Trying again")));
    QVERIFY(
        find<QPlainTextEdit>("attemptLog")->toPlainText().contains(QStringLiteral("Attempt 2")));
    grab(m_panel.get(), QStringLiteral("waiting"));
    click("stopButton");
    QCOMPARE(m_controller->state(), ConnectionController::State::Idle);
    QCOMPARE(m_controller->lastReport().failure, docker::ProbeFailure::Cancelled);
    QVERIFY(!find<QPushButton>("stopButton")->isEnabled());
    QVERIFY(find<QLabel>("summaryLabel")->text().contains(QStringLiteral("cancelled")));
    for (int i = 0; i < 8; ++i)
        QVERIFY(rowState(i) != StageState::Running);
}

void TstConnectionPanel::legacyModeIsLabelled()
{
    auto *mode = find<QLabel>("modeLabel");
    QVERIFY(mode->text().contains(QStringLiteral("server verified")));
    QVERIFY(!mode->text().contains(QStringLiteral("legacy")));
    m_controller->setLegacyTls(true);
    QVERIFY2(mode->text().contains(QStringLiteral("legacy: server not verified")),
             qPrintable(mode->text()));
    QCOMPARE(
        find<QPlainTextEdit>("dockerCommandText")->toPlainText(),
        docker::dockerInfoCommand(kDemoHost, kDemoPort, m_good.dir, true, m_panel->currentShell()));
    QVERIFY(find<QPlainTextEdit>("dockerCommandText")
                ->toPlainText()
                .startsWith(QStringLiteral("docker --tls ")));
}

void TstConnectionPanel::copyCommandAndEnvironment()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear();
    showTab("terminalTab");
    const QString bashCommand =
        docker::dockerInfoCommand(kDemoHost, kDemoPort, m_good.dir, false, docker::Shell::Bash);
    m_panel->setCurrentShell(docker::Shell::Bash);
    click("copyCommandButton");
    QCOMPARE(clipboard->text(), bashCommand);
    // The folder name has a space: quoted.
    QVERIFY2(clipboard->text().contains(QStringLiteral("--tlscacert '")),
             qPrintable(clipboard->text()));
    QVERIFY(find<QLabel>("copyStatusLabel")->text().contains(QStringLiteral("clipboard")));

    auto *combo = find<QComboBox>("shellCombo");
    auto *envText = find<QPlainTextEdit>("envText");
    QCOMPARE(combo->count(), 3);
    for (docker::Shell shell :
         {docker::Shell::Bash, docker::Shell::PowerShell, docker::Shell::Cmd}) {
        combo->setCurrentIndex(combo->findData(int(shell)));
        QCOMPARE(m_panel->currentShell(), shell);
        const QString expected = docker::environmentScript(kDemoHost, kDemoPort, m_good.dir, shell);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(envText->toPlainText(), expected.trimmed());
        QVERIFY(envText->isReadOnly());
        click("copyEnvButton");
        QCOMPARE(clipboard->text(), expected);
        // The command follows the shell's quoting too.
        click("copyCommandButton");
        QCOMPARE(clipboard->text(),
                 docker::dockerInfoCommand(kDemoHost, kDemoPort, m_good.dir, false, shell));
    }
    combo->setCurrentIndex(combo->findData(int(docker::Shell::PowerShell)));
    QVERIFY(envText->toPlainText().startsWith(
        QStringLiteral("$Env:DOCKER_HOST = 'tcp://demo.cloudapp.net:4243'")));
    grab(m_panel.get(), QStringLiteral("powershell"));

    // A folder cmd cannot express: the copy button greys out and the reason shows instead.
    m_controller->setCertDir(QStringLiteral("/tmp/with \"quote\""));
    combo->setCurrentIndex(combo->findData(int(docker::Shell::Cmd)));
    QVERIFY(!find<QPushButton>("copyEnvButton")->isEnabled());
    QVERIFY(envText->toPlainText().contains(QStringLiteral("PowerShell")));
}

void TstConnectionPanel::mnemonicsReachButtons()
{
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    QClipboard *clipboard = QGuiApplication::clipboard();
    m_panel->setCurrentShell(docker::Shell::Bash);
    clipboard->clear();
    // A mnemonic "animates" the click: the button fires a moment later.
    QTest::keyClick(m_panel.get(), Qt::Key_D, Qt::AltModifier); // Copy &docker command
    QTRY_COMPARE(clipboard->text(), m_controller->dockerCommand(docker::Shell::Bash));
    clipboard->clear();
    QTest::keyClick(m_panel.get(), Qt::Key_U, Qt::AltModifier); // &Use from a terminal
    QCOMPARE(find<QTabWidget>("panelTabs")->currentWidget(), find<QWidget>("terminalTab"));
    QTest::keyClick(m_panel.get(), Qt::Key_E, Qt::AltModifier); // Copy &environment
    QTRY_COMPARE(clipboard->text(), m_controller->environment(docker::Shell::Bash));
    QTest::keyClick(m_panel.get(), Qt::Key_A, Qt::AltModifier); // Context n&ame
    QVERIFY(find<QLineEdit>("contextNameEdit")->hasFocus());
    QTest::keyClick(m_panel.get(), Qt::Key_V, Qt::AltModifier); // En&vironment for
    QVERIFY(find<QComboBox>("shellCombo")->hasFocus());
    QTest::keyClick(m_panel.get(), Qt::Key_T, Qt::AltModifier); // Re&try
    QTRY_VERIFY(m_controller->state() != ConnectionController::State::Idle);
    m_controller->cancel();
    // Every button has an accessible name.
    const auto buttons = m_panel->findChildren<QPushButton *>();
    QVERIFY(buttons.size() >= 7);
    for (auto *b : buttons)
        QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->objectName()));
}

void TstConnectionPanel::createContextWithDockerCli()
{
    const QString dockerExe = QStandardPaths::findExecutable(QStringLiteral("docker"));
    if (dockerExe.isEmpty())
        QSKIP("the docker CLI is not installed; the command-only path is tested below");
    // docker keeps contexts under $DOCKER_CONFIG: a temp dir, never the user's ~/.docker.
    const QString config = m_tmp.filePath(QStringLiteral("docker-config"));
    qputenv("DOCKER_CONFIG", QFile::encodeName(config));
    qunsetenv("DOCKER_HOST");
    qunsetenv("DOCKER_CONTEXT");
    auto host = startHost();
    QVERIFY(host);
    // The docker CLI resolves names itself (no host override): point the context at localhost,
    // which the server certificate also carries.
    m_controller->setTarget(QStringLiteral("localhost"), host->port(), m_good.dir);
    showTab("terminalTab");
    auto *name = find<QLineEdit>("contextNameEdit");
    QCOMPARE(name->text(), QStringLiteral("localhost"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("panel-test"));
    QSignalSpy done(m_controller.get(), &ConnectionController::contextFinished);
    click("createContextButton");
    QVERIFY(done.wait(30000));
    const auto result = m_controller->lastContextResult();
    QVERIFY2(result.outcome == ConnectionController::ContextResult::Outcome::Created,
             qPrintable(result.message));
    auto *status = find<QLabel>("contextStatusLabel");
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("Created docker context 'panel-test'")),
             qPrintable(status->text()));
    QVERIFY(!find<QPlainTextEdit>("contextCommandText")->isVisible());
    QVERIFY(find<QPushButton>("createContextButton")->isEnabled());
    grab(m_panel.get(), QStringLiteral("context-created"));

    // docker itself now uses the context to talk to the simulated daemon over verified TLS.
    QProcess docker;
    docker.setStandardInputFile(QProcess::nullDevice());
    docker.start(dockerExe, {QStringLiteral("--context"), QStringLiteral("panel-test"),
                             QStringLiteral("version"), QStringLiteral("--format"),
                             QStringLiteral("{{.Server.Version}}")});
    // The simulated daemon lives on this thread: wait with the event loop running.
    QSignalSpy dockerDone(&docker, &QProcess::finished);
    QVERIFY(dockerDone.wait(30000));
    QVERIFY2(docker.exitCode() == 0, docker.readAllStandardError().constData());
    QCOMPARE(QString::fromUtf8(docker.readAllStandardOutput()).trimmed(), host->serverVersion());

    // A second time: docker refuses, and the panel says why and offers the command.
    click("createContextButton");
    QVERIFY(done.wait(30000));
    QCOMPARE(m_controller->lastContextResult().outcome,
             ConnectionController::ContextResult::Outcome::Failed);
    QVERIFY2(status->text().contains(QStringLiteral("already exists")), qPrintable(status->text()));
    QVERIFY(find<QPlainTextEdit>("contextCommandText")->isVisible());
    qunsetenv("DOCKER_CONFIG");
}

void TstConnectionPanel::createContextWithoutDockerShowsCommand()
{
    // No docker on PATH: nothing runs, the exact command is shown and copied.
    const QByteArray path = qgetenv("PATH");
    const QString empty = m_tmp.filePath(QStringLiteral("empty-bin"));
    QVERIFY(QDir().mkpath(empty));
    qputenv("PATH", QFile::encodeName(empty));
    QVERIFY(ConnectionController::dockerExecutable().isEmpty());
    showTab("terminalTab");
    auto *name = find<QLineEdit>("contextNameEdit");
    QCOMPARE(name->text(), QStringLiteral("demo"));
    QSignalSpy done(m_controller.get(), &ConnectionController::contextFinished);
    click("createContextButton");
    QVERIFY(done.wait(5000));
    qputenv("PATH", path);
    QCOMPARE(m_controller->lastContextResult().outcome,
             ConnectionController::ContextResult::Outcome::CommandOnly);
    auto *command = find<QPlainTextEdit>("contextCommandText");
    QVERIFY(command->isVisible());
    const QString expected = m_controller->contextCommand(QStringLiteral("demo"));
    QCOMPARE(command->toPlainText(), expected);
    QVERIFY(expected.startsWith(QStringLiteral("docker context create demo ")));
    QVERIFY(expected.contains(QStringLiteral("host=tcp://demo.cloudapp.net:4243")));
    QVERIFY(find<QLabel>("contextStatusLabel")->text().contains(QStringLiteral("not installed")));
    QGuiApplication::clipboard()->clear();
    click("copyContextCommandButton");
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    grab(m_panel.get(), QStringLiteral("context-command"));
}

void TstConnectionPanel::mnemonicsAreUnique()
{
    QMap<QChar, QString> seen;
    auto take = [&seen](const QString &text, const QString &owner) {
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (amp < 0 || amp + 1 >= text.size())
            return true;
        const QChar key = text.at(amp + 1).toLower();
        if (seen.contains(key)) {
            qWarning() << "Alt+" << key << "used by" << seen.value(key) << "and" << owner;
            return false;
        }
        seen.insert(key, owner);
        return true;
    };
    for (auto *b : m_panel->findChildren<QPushButton *>())
        QVERIFY(take(b->text(), b->objectName()));
    for (auto *l : m_panel->findChildren<QLabel *>()) {
        if (l->buddy())
            QVERIFY(take(l->text(), l->buddy()->objectName()));
    }
    auto *tabs = find<QTabWidget>("panelTabs");
    for (int i = 0; i < tabs->count(); ++i)
        QVERIFY(take(tabs->tabText(i), tabs->widget(i)->objectName()));
    // QWizard's own: &Back, &Next, &Finish.
    for (QChar wizardKey : {QLatin1Char('b'), QLatin1Char('n'), QLatin1Char('f')})
        QVERIFY2(!seen.contains(wizardKey), qPrintable(seen.value(wizardKey)));
    QVERIFY(seen.size() >= 12);
}

void TstConnectionPanel::enterInContextNameStaysInPanel()
{
    showTab("terminalTab");
    auto *name = find<QLineEdit>("contextNameEdit");
    name->setText(QStringLiteral("-bad"));
    QSignalSpy done(m_controller.get(), &ConnectionController::contextFinished);
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(done.wait(5000));
    QCOMPARE(m_controller->lastContextResult().outcome,
             ConnectionController::ContextResult::Outcome::Invalid);
}

void TstConnectionPanel::invalidContextName()
{
    showTab("terminalTab");
    auto *name = find<QLineEdit>("contextNameEdit");
    name->setText(QStringLiteral("-bad name"));
    QSignalSpy done(m_controller.get(), &ConnectionController::contextFinished);
    click("createContextButton");
    QVERIFY(done.wait(5000));
    QCOMPARE(m_controller->lastContextResult().outcome,
             ConnectionController::ContextResult::Outcome::Invalid);
    QVERIFY(find<QLabel>("contextStatusLabel")->text().contains(QStringLiteral("not a valid")));
    QVERIFY(!find<QPlainTextEdit>("contextCommandText")->isVisible());
}

// Issue 12 point 13. Before: "check --docker-port and that dockerd runs with --tlsverify -H
// tcp://0.0.0.0:PORT", the command line's wording, in the window.
void TstConnectionPanel::notTlsIsWordedForTheWindow()
{
    QTcpServer ssh;
    QVERIFY(ssh.listen(QHostAddress::LocalHost));
    connect(&ssh, &QTcpServer::newConnection, this, [&ssh] {
        while (QTcpSocket *s = ssh.nextPendingConnection())
            s->write("SSH-2.0-OpenSSH_6.6.1p1 Ubuntu-2ubuntu2\r\n");
    });
    QVERIFY(mapDemoHost(ssh.serverPort()));
    m_controller->setPortSetting(QStringLiteral("the Port field above"));
    click("retryButton");
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), ConnectionController::State::Failed, 20000);
    QString failed;
    for (const auto &stage : m_controller->stages())
        if (stage.state == StageState::Failed)
            failed = stage.diagnosis;
    QVERIFY2(failed.contains(QStringLiteral("does not speak TLS")), qPrintable(failed));
    QVERIFY2(failed.contains(QStringLiteral("check the Port field above")), qPrintable(failed));
    for (const QString &text :
         {failed, find<QLabel>("stageDetailLabel")->text(), find<QLabel>("summaryLabel")->text()}) {
        QVERIFY2(!text.contains(QStringLiteral("--docker-port")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral(" -H ")), qPrintable(text));
    }
}

QTEST_MAIN(TstConnectionPanel)
#include "tst_connectionpanel.moc"
