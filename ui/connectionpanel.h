#pragma once

#include "docker/connectioncontroller.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeWidget;

namespace dockervm::wizard {
class SwarmOverview;
}

namespace dockervm::ui {

// The connection panel: the last page of the wizard and the "check an existing host" screen.
// A view over docker::ConnectionController (which it does not own): the target and its mode, each
// stage of the TLS `info` check with its diagnosis, the server's facts, Retry, and the texts a user
// copies to use the host (docker command, environment per shell, docker context).
//
// Tabs (panelTabs): Checks (checksTab), Server (serverTab), Use from a terminal (terminalTab),
// Attempt log (attemptLog). The panel shows the Server tab when the check succeeds and the Checks
// tab when it fails, unless the user is on another tab.
//
// objectNames for tests and accessibility: summaryLabel, targetLabel, certDirLabel, modeLabel,
// stageList, stageDetailLabel, attemptLog, serverVersionLabel (and apiVersionLabel, osLabel,
// kernelLabel, architectureLabel, cpusLabel, memoryLabel, storageDriverLabel, containersLabel,
// imagesLabel, serverNameLabel), retryButton, stopButton, copyCommandButton, dockerCommandText,
// shellCombo, copyEnvButton, envText, contextNameEdit, createContextButton, contextStatusLabel,
// contextCommandText, copyContextCommandButton, openCertFolderButton, copyStatusLabel.
//
// A swarm (setSwarm): a Swarm tab (swarmTab) after Checks with the nodes as the leader lists
// them (swarmNodeList: node, address, role, leader, availability, state, engine), the refresh
// status (swarmStatusLabel), the nodes a kept-partial run lost (swarmPartialLabel), what the
// terminal tab's texts are for (swarmLeaderNote) and Refresh (swarmRefreshButton). It is shown
// instead of the Server tab once the leader answers. One host: no Swarm tab, nothing changes.
class ConnectionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionPanel(docker::ConnectionController *controller, QWidget *parent = nullptr);
    ~ConnectionPanel() override;

    docker::ConnectionController *controller() const { return m_controller; }
    docker::Shell currentShell() const;
    void setCurrentShell(docker::Shell shell);
    // The swarm the checked host leads (not owned); null: a single host. The panel's check
    // target is the leader; the overview is refreshed from it once the check connects.
    void setSwarm(wizard::SwarmOverview *swarm);
    wizard::SwarmOverview *swarm() const;
    // While the Swarm tab is in view on a connected panel, the leader is asked again this often
    // (default 15 s), so a node that goes down or is drained shows without a click.
    void setSwarmRefreshInterval(int ms);

signals:
    // Something was put on the clipboard (for a status bar).
    void copied(const QString &what);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    // Sets a translated text now and again on every LanguageChange.
    void translated(std::function<void()> apply);
    void updateTarget();
    void updateState();
    void updateStages();
    void updateStage(int row);
    void updateStageDetail();
    void updateFacts();
    void updateEnvironment();
    void updateSwarm();
    void onContextFinished(const docker::ConnectionController::ContextResult &result);
    void copyText(const QString &text, const QString &what);
    void openCertFolder();

    QPointer<docker::ConnectionController> m_controller;

    QLabel *m_stateIcon = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_target = nullptr;
    QLabel *m_certDir = nullptr;
    QLabel *m_mode = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_stages = nullptr;
    QLabel *m_stageDetail = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QFormLayout *m_factsForm = nullptr;
    QHash<QString, QLabel *> m_facts; // objectName -> value label
    QPushButton *m_retry = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_openFolder = nullptr;
    QPlainTextEdit *m_command = nullptr;
    QPushButton *m_copyCommand = nullptr;
    QComboBox *m_shell = nullptr;
    QPushButton *m_copyEnv = nullptr;
    QPlainTextEdit *m_env = nullptr;
    QLineEdit *m_contextName = nullptr;
    QPushButton *m_createContext = nullptr;
    QLabel *m_contextStatus = nullptr;
    QPlainTextEdit *m_contextCommand = nullptr;
    QPushButton *m_copyContextCommand = nullptr;
    QLabel *m_copyStatus = nullptr;
    QTimer *m_copyStatusTimer = nullptr;
    bool m_contextNameEdited = false;
    QString m_summaryTarget; // the target the controller's summary speaks of
    docker::ConnectionController::State m_shownState = docker::ConnectionController::State::Idle;
    QList<std::function<void()>> m_retranslate;

    QWidget *m_serverPage = nullptr;
    QPointer<wizard::SwarmOverview> m_swarm;
    QWidget *m_swarmPage = nullptr;
    QLabel *m_swarmStatus = nullptr;
    QLabel *m_swarmPartial = nullptr;
    QTreeWidget *m_swarmNodes = nullptr;
    QLabel *m_swarmLeaderNote = nullptr;
    QPushButton *m_swarmRefresh = nullptr;
    QTimer *m_swarmTimer = nullptr;
};

} // namespace dockervm::ui
