#pragma once

#include "wizard/catalogue.h"
#include "wizard/connectiontarget.h"
#include "wizard/provisioningsession.h"
#include "wizard/setupcontroller.h"
#include "wizard/signin.h"
#include "wizard/subscriptions.h"

#include <QHash>
#include <QPointer>
#include <QSet>

#include <QWizardPage>
#include <functional>

class QAbstractButton;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
class QModelIndex;

namespace dockervm::docker {
class ConnectionController;
}

namespace dockervm::wizard {
class SwarmOverview;
}

namespace dockervm::ui {

class ImageTableModel;

using Controller = wizard::SetupController;

// A page is a view over the controller: isComplete() and validatePage() ask it; the page holds
// no state of its own beyond its widgets.
class ControllerPage : public QWizardPage
{
    Q_OBJECT
public:
    ControllerPage(Controller *controller, Controller::Page page, QWidget *parent = nullptr);

    Controller::Page pageId() const { return m_page; }
    bool isComplete() const override;
    bool validatePage() override;
    // The widget that gets the focus when the page is shown.
    virtual QWidget *firstField() const { return nullptr; }

protected:
    // Enter or Return in `field` runs `action` and goes no further: it never reaches the
    // wizard's default button (Next, Finish).
    static void handleEnter(QWidget *field, std::function<void()> action);
    // An error label: red, word-wrapped, selectable, hidden while empty.
    static QLabel *makeErrorLabel(const QString &objectName, QWidget *parent);
    static void showText(QLabel *label, const QString &text);

    Controller *m_controller;
    Controller::Page m_page;
};

class WelcomePage : public ControllerPage
{
    Q_OBJECT
public:
    explicit WelcomePage(Controller *controller, QWidget *parent = nullptr);
    QWidget *firstField() const override;

private:
    void refreshUnfinished();

    QRadioButton *m_newHost;
    QRadioButton *m_checkExisting;
    QRadioButton *m_signIn;
    QRadioButton *m_publishSettings;
    QLabel *m_unfinished;
    QPushButton *m_cleanUp;
    QLabel *m_cleanUpStatus;
    bool m_cleanUpReported = false; // a clean-up finished: its summary stays visible
};

class SubscriptionPage : public ControllerPage
{
    Q_OBJECT
public:
    explicit SubscriptionPage(Controller *controller, QWidget *parent = nullptr);
    QWidget *firstField() const override;
    void initializePage() override;
    // Opens the file dialog (window-modal, open(), never exec()).
    void browse();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void refreshList();
    void refreshDetails();
    void browseCa();

    QListWidget *m_list;
    QPushButton *m_import;
    QToolButton *m_advanced;
    QWidget *m_advancedBox;
    QLineEdit *m_caFile;
    QPushButton *m_caBrowse;
    QWidget *m_details;
    QLabel *m_error;
    QLabel *m_warnings;
    QLabel *m_help;
    QLabel *m_name, *m_id, *m_cloud, *m_subject, *m_expiry, *m_source;
    bool m_updating = false;
};

// Today's Azure: the Entra ID device code sign-in (wizard::SignIn), then the subscriptions it
// saved to choose from. Advanced: another cloud (authority, Resource Manager endpoint, tenant,
// extra CA).
class SignInPage : public ControllerPage
{
    Q_OBJECT
public:
    explicit SignInPage(Controller *controller, QWidget *parent = nullptr);
    QWidget *firstField() const override;
    void initializePage() override;
    void cleanupPage() override;

private:
    void refresh();
    void refreshList();
    bool applyAdvanced(); // false: a field was refused (its error shown)
    void browseCa();

    QLabel *m_message;
    QLabel *m_code;
    QLabel *m_address;
    QPushButton *m_copy;
    QPushButton *m_open;
    QPushButton *m_start;
    QPushButton *m_startOver;
    QProgressBar *m_busy;
    QLabel *m_status;
    QLabel *m_error;
    QLabel *m_notice;
    QWidget *m_codeBox;
    QListWidget *m_list;
    QLabel *m_commandLine;
    QToolButton *m_advanced;
    QWidget *m_advancedBox;
    QLineEdit *m_authority;
    QLineEdit *m_armEndpoint;
    QLineEdit *m_tenant;
    QLineEdit *m_caFile;
    QPushButton *m_caBrowse;
    QLabel *m_advancedError;
    bool m_updating = false;
};

class RegionPage : public ControllerPage
{
    Q_OBJECT
public:
    explicit RegionPage(Controller *controller, QWidget *parent = nullptr);
    QWidget *firstField() const override;

private:
    void refresh();

    QListWidget *m_list;
    QProgressBar *m_busy;
    QLabel *m_status;
    QLabel *m_error;
    QPushButton *m_retry;
    bool m_updating = false;
};

class ImagePage : public ControllerPage
{
    Q_OBJECT
public:
    explicit ImagePage(Controller *controller, QWidget *parent = nullptr);
    QWidget *firstField() const override;

private:
    void refresh();
    void selectCurrent();

    QLineEdit *m_filter;
    QTableView *m_table;
    ImageTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QProgressBar *m_busy;
    QLabel *m_count;
    QLabel *m_error;
    QLabel *m_warning;
    QPushButton *m_retry;
    bool m_updating = false;
};

class VirtualMachinePage : public ControllerPage
{
    Q_OBJECT
public:
    explicit VirtualMachinePage(Controller *controller, QWidget *parent = nullptr);
    QWidget *firstField() const override;
    void initializePage() override;

private:
    void refreshName();
    void refreshPassword();

    QLineEdit *m_dnsName;
    QLabel *m_hostName;
    QLabel *m_nameStatus;
    QComboBox *m_size;
    QLineEdit *m_user;
    QLabel *m_userError;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QListWidget *m_checklist;
    QSpinBox *m_sshPort;
    QLabel *m_sshError;
    // Clouds with SSH keys (Cloud::supportsSshKeys) only; hidden otherwise.
    QList<QWidget *> m_keyRows;
    QLineEdit *m_sshKey;
    QPushButton *m_sshKeyBrowse;
    QLabel *m_sshKeyError;
    QLineEdit *m_allowFrom;
    QLabel *m_allowFromNote;
    QLabel *m_allowFromError;
    QLineEdit *m_resourceGroup;
    QLabel *m_resourceGroupError;
    void refreshArm();
    void browseSshKey();
    // Several hosts: the count, the managers, what happens when some fail, the names.
    void refreshNodes();
    QSpinBox *m_nodes;
    QLabel *m_managersLabel;
    QSpinBox *m_managers;
    QLabel *m_nodeNames;
    QLabel *m_nodesError;
    QLabel *m_onFailureLabel;
    QComboBox *m_onFailure;
};

class DockerPage : public ControllerPage
{
    Q_OBJECT
public:
    explicit DockerPage(Controller *controller, QWidget *parent = nullptr);
    QWidget *firstField() const override;
    void initializePage() override;
    void browse();

private:
    void refresh();

    QSpinBox *m_port;
    QLabel *m_portError;
    QLineEdit *m_certDir;
    QPushButton *m_browse;
    QLabel *m_report;
};

class ReviewPage : public ControllerPage
{
    Q_OBJECT
public:
    explicit ReviewPage(Controller *controller, QWidget *parent = nullptr);
    QWidget *firstField() const override;
    void initializePage() override;

private:
    void refresh();

    QLabel *m_summary;
    QLabel *m_imageWarning;
    QLineEdit *m_azure;
    QToolButton *m_copyAzure;
    QLineEdit *m_dockerVm;
    QToolButton *m_copyDockerVm;
    QLabel *m_azureCaption = nullptr;
    QLabel *m_cost;
};

class ProgressPage : public ControllerPage
{
    Q_OBJECT
public:
    explicit ProgressPage(Controller *controller, QWidget *parent = nullptr);
    QWidget *firstField() const override;
    void initializePage() override;

private:
    void refreshSteps();
    void refreshGroupedSteps(const QStringList &nodes, bool runOver);
    void fillStepItem(QTreeWidgetItem *item, const QModelIndex &index, bool runOver,
                      const QString &stripPrefix = QString());
    void fitSteps(int visibleRows);
    void refreshState();

    QTreeWidget *m_steps;
    // A swarm's run: the rows grouped by node (group id -> item: "group:shared",
    // "group:node:web-2", "group:swarm", "rollback").
    bool m_grouped = false;
    QHash<QString, QTreeWidgetItem *> m_groups;
    QSet<QString> m_userToggled;
    bool m_autoExpanding = false;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    QPushButton *m_startOver;
    QLabel *m_result;
    QScrollArea *m_resultArea; // holds m_result: a few lines, the rest scrolls
};

// The last page: the connection check, a ConnectionPanel over its own ConnectionController. After
// Create it checks the new host at once; in "check an existing host" mode the user types the
// target (checkHostEdit, checkPortSpin, checkCertDirEdit) and presses Check.
class ConnectionPage : public ControllerPage
{
    Q_OBJECT
public:
    explicit ConnectionPage(Controller *controller, QWidget *parent = nullptr);
    QWidget *firstField() const override;
    void initializePage() override;

    docker::ConnectionController *connectionController() const { return m_connection; }

private:
    docker::ConnectionController *m_connection;
    QWidget *m_targetBox;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_certDir;
    QPushButton *m_check;
    QWidget *m_panel = nullptr;
    wizard::SwarmOverview *m_swarm = nullptr;
};

} // namespace dockervm::ui
