// Virtual machine, Docker and Review pages.
#include "ui/pages.h"
#include "ui/wraplabel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace dockervm::ui {

using Page = Controller::Page;

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

QLabel *statusLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// The VM page's status lines: its form scrolls (see WrapLabel).
QLabel *scrollingStatusLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new WrapLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void setTone(QLabel *label, bool bad)
{
    QPalette pal = label->parentWidget()->palette();
    if (bad)
        pal.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(pal);
}

} // namespace

// --- Virtual machine ------------------------------------------------------------------------

VirtualMachinePage::VirtualMachinePage(Controller *controller, QWidget *parent)
    : ControllerPage(controller, Page::VirtualMachine, parent)
{
    setObjectName(QStringLiteral("virtualMachinePage"));
    setTitle(tr("Virtual machine"));
    setSubTitle(tr("Its DNS name, size and the account you sign in with over SSH."));

    // The page scrolls rather than squeezes: with several hosts (the swarm rows) and the password
    // checklist it can be taller than the window, and a squeezed QFormLayout draws its rows over
    // each other (seen in a real window at the default size).
    auto *outer = new QVBoxLayout(this);
    // The form on top, the slack below it (a taller window must not spread the rows apart); its
    // status lines are WrapLabels, so the form's size hint is its real height at this width.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    contentLayout->addLayout(form);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("virtualMachineScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_dnsName = new QLineEdit(this);
    m_dnsName->setObjectName(QStringLiteral("dnsNameEdit"));
    m_dnsName->setPlaceholderText(tr("3–24 letters, digits and hyphens"));
    m_dnsName->setMaxLength(63);
    form->addRow(buddyLabel(tr("&DNS name:"), m_dnsName), m_dnsName);
    m_hostName = scrollingStatusLabel(QStringLiteral("hostNameLabel"), this);
    m_hostName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_hostName);
    m_nameStatus = scrollingStatusLabel(QStringLiteral("nameStatus"), this);
    form->addRow(QString(), m_nameStatus);

    m_size = new QComboBox(this);
    m_size->setObjectName(QStringLiteral("sizeCombo"));
    form->addRow(buddyLabel(tr("Si&ze:"), m_size), m_size);

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(tr("e.g. azureuser"));
    form->addRow(buddyLabel(tr("&User name:"), m_user), m_user);
    m_userError = makeErrorLabel(QStringLiteral("userError"), this);
    form->addRow(QString(), m_userError);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(buddyLabel(tr("&Password:"), m_password), m_password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmPasswordEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    form->addRow(buddyLabel(tr("Con&firm password:"), m_confirm), m_confirm);
    m_checklist = new QListWidget(this);
    m_checklist->setObjectName(QStringLiteral("passwordChecklist"));
    m_checklist->setAccessibleName(tr("Password rules"));
    m_checklist->setFocusPolicy(Qt::NoFocus);
    m_checklist->setSelectionMode(QAbstractItemView::NoSelection);
    m_checklist->setFrameShape(QFrame::NoFrame);
    m_checklist->setIconSize(QSize(14, 14));
    m_checklist->setStyleSheet(QStringLiteral("QListWidget { background: transparent; }"));
    form->addRow(QString(), m_checklist);

    m_sshPort = new QSpinBox(this);
    m_sshPort->setObjectName(QStringLiteral("sshPortSpin"));
    m_sshPort->setRange(0, 65535);
    m_sshPort->setSpecialValueText(tr("none"));
    m_sshPort->setValue(controller->session()->sshPort());
    form->addRow(buddyLabel(tr("SS&H port:"), m_sshPort), m_sshPort);
    m_sshError = makeErrorLabel(QStringLiteral("sshPortError"), this);
    form->addRow(QString(), m_sshError);

    // Clouds with SSH keys: the key, who may connect, the resource group.
    auto addRow = [this, form](QLabel *label, QWidget *field) {
        form->addRow(label, field);
        m_keyRows << field;
        if (label)
            m_keyRows << label;
    };
    auto *keyBox = new QWidget(this);
    auto *keyRow = new QHBoxLayout(keyBox);
    keyRow->setContentsMargins(0, 0, 0, 0);
    m_sshKey = new QLineEdit(keyBox);
    m_sshKey->setObjectName(QStringLiteral("sshKeyEdit"));
    m_sshKey->setPlaceholderText(tr("none: sign in with the password"));
    m_sshKey->setAccessibleName(tr("SSH public key file"));
    m_sshKeyBrowse = new QPushButton(tr("Bro&wse…"), keyBox);
    m_sshKeyBrowse->setObjectName(QStringLiteral("sshKeyBrowse"));
    m_sshKeyBrowse->setAccessibleName(tr("Choose the SSH public key file"));
    keyRow->addWidget(m_sshKey, 1);
    keyRow->addWidget(m_sshKeyBrowse);
    auto *keyLabel = new QLabel(tr("SSH public &key:"), this);
    keyLabel->setBuddy(m_sshKey);
    addRow(keyLabel, keyBox);
    m_sshKeyError = makeErrorLabel(QStringLiteral("sshKeyError"), this);
    addRow(nullptr, m_sshKeyError);

    m_allowFrom = new QLineEdit(this);
    m_allowFrom->setObjectName(QStringLiteral("allowFromEdit"));
    m_allowFrom->setPlaceholderText(tr("* or an address range such as 203.0.113.0/24"));
    addRow(buddyLabel(tr("&Allow from:"), m_allowFrom), m_allowFrom);
    m_allowFromNote = scrollingStatusLabel(QStringLiteral("allowFromNote"), this);
    addRow(nullptr, m_allowFromNote);
    m_allowFromError = makeErrorLabel(QStringLiteral("allowFromError"), this);
    addRow(nullptr, m_allowFromError);

    m_resourceGroup = new QLineEdit(this);
    m_resourceGroup->setObjectName(QStringLiteral("resourceGroupEdit"));
    m_resourceGroup->setPlaceholderText(tr("optional: a new group named after the VM"));
    addRow(buddyLabel(tr("Resource &group:"), m_resourceGroup), m_resourceGroup);
    m_resourceGroupError = makeErrorLabel(QStringLiteral("resourceGroupError"), this);
    addRow(nullptr, m_resourceGroupError);

    // Several hosts as one swarm (both clouds). One host by default: the rows below the count
    // appear only for a swarm.
    auto *hostsBox = new QWidget(this);
    auto *hostsRow = new QHBoxLayout(hostsBox);
    hostsRow->setContentsMargins(0, 0, 0, 0);
    m_nodes = new QSpinBox(hostsBox);
    m_nodes->setObjectName(QStringLiteral("nodesSpin"));
    // Beyond the wizard's maximum on purpose: a larger number gets a message, not a silent clamp.
    m_nodes->setRange(1, 99);
    m_nodes->setValue(controller->session()->nodes());
    m_nodes->setAccessibleName(tr("Number of hosts"));
    m_managersLabel = new QLabel(tr("&Managers:"), hostsBox);
    m_managers = new QSpinBox(hostsBox);
    m_managers->setObjectName(QStringLiteral("managersSpin"));
    m_managers->setRange(0, 99);
    m_managers->setSingleStep(2); // odd numbers: 1, 3, 5
    m_managers->setValue(controller->session()->managers());
    m_managers->setAccessibleName(tr("Number of swarm managers"));
    m_managersLabel->setBuddy(m_managers);
    hostsRow->addWidget(m_nodes);
    hostsRow->addSpacing(12);
    hostsRow->addWidget(m_managersLabel);
    hostsRow->addWidget(m_managers);
    hostsRow->addStretch(1);
    auto *nodesLabel = new QLabel(tr("Number of h&osts:"), this);
    nodesLabel->setBuddy(m_nodes);
    form->addRow(nodesLabel, hostsBox);
    m_nodeNames = scrollingStatusLabel(QStringLiteral("nodeNamesLabel"), this);
    m_nodeNames->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_nodeNames);
    m_nodesError = makeErrorLabel(QStringLiteral("nodesError"), this);
    form->addRow(QString(), m_nodesError);
    m_onFailure = new QComboBox(this);
    m_onFailure->setObjectName(QStringLiteral("onFailureCombo"));
    m_onFailure->addItem(tr("Remove everything"), false);
    m_onFailure->addItem(tr("Keep the working swarm"), true);
    m_onFailure->setCurrentIndex(controller->session()->keepPartial() ? 1 : 0);
    m_onFailureLabel = new QLabel(tr("If some hosts fai&l:"), this);
    m_onFailureLabel->setBuddy(m_onFailure);
    form->addRow(m_onFailureLabel, m_onFailure);

    setTabOrder(m_dnsName, m_size);
    setTabOrder(m_size, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_confirm);
    setTabOrder(m_confirm, m_sshPort);
    setTabOrder(m_sshPort, m_sshKey);
    setTabOrder(m_sshKey, m_sshKeyBrowse);
    setTabOrder(m_sshKeyBrowse, m_allowFrom);
    setTabOrder(m_allowFrom, m_resourceGroup);
    setTabOrder(m_resourceGroup, m_nodes);
    setTabOrder(m_nodes, m_managers);
    setTabOrder(m_managers, m_onFailure);

    connect(m_nodes, &QSpinBox::valueChanged, controller->session(),
            &wizard::ProvisioningSession::setNodes);
    connect(m_managers, &QSpinBox::valueChanged, controller->session(),
            &wizard::ProvisioningSession::setManagers);
    connect(m_onFailure, &QComboBox::currentIndexChanged, this, [this](int row) {
        if (row >= 0)
            m_controller->session()->setKeepPartial(m_onFailure->itemData(row).toBool());
    });
    connect(controller->session(), &wizard::ProvisioningSession::nodesChanged, this,
            &VirtualMachinePage::refreshNodes);
    connect(controller->session(), &wizard::ProvisioningSession::dnsNameChanged, this,
            &VirtualMachinePage::refreshNodes);
    connect(controller->session(), &wizard::ProvisioningSession::nodesChanged, this,
            &VirtualMachinePage::refreshName);

    connect(m_sshKey, &QLineEdit::textEdited, controller->session(),
            &wizard::ProvisioningSession::setSshKeyFile);
    connect(m_sshKeyBrowse, &QPushButton::clicked, this, &VirtualMachinePage::browseSshKey);
    connect(m_allowFrom, &QLineEdit::textEdited, controller->session(),
            &wizard::ProvisioningSession::setAllowFrom);
    connect(m_resourceGroup, &QLineEdit::textEdited, controller->session(),
            &wizard::ProvisioningSession::setResourceGroup);
    connect(controller->session(), &wizard::ProvisioningSession::specChanged, this,
            &VirtualMachinePage::refreshArm);
    connect(controller->catalogue(), &wizard::Catalogue::sizesChanged, this, [this] {
        if (isVisible())
            initializePage();
    });

    connect(m_dnsName, &QLineEdit::textEdited, controller->session(),
            &wizard::ProvisioningSession::setDnsName);
    connect(m_size, &QComboBox::currentIndexChanged, this, [this](int row) {
        if (row >= 0)
            m_controller->session()->setVmSize(m_size->itemData(row).toString());
    });
    connect(m_user, &QLineEdit::textEdited, controller->session(),
            &wizard::ProvisioningSession::setUserName);
    connect(m_password, &QLineEdit::textEdited, controller->session(),
            &wizard::ProvisioningSession::setPassword);
    connect(m_confirm, &QLineEdit::textEdited, controller->session(),
            &wizard::ProvisioningSession::setPasswordConfirmation);
    connect(m_sshPort, &QSpinBox::valueChanged, controller->session(),
            &wizard::ProvisioningSession::setSshPort);
    connect(controller->session(), &wizard::ProvisioningSession::dnsNameChanged, this,
            &VirtualMachinePage::refreshName);
    connect(controller->session(), &wizard::ProvisioningSession::nameStateChanged, this,
            &VirtualMachinePage::refreshName);
    connect(controller->session(), &wizard::ProvisioningSession::passwordChanged, this,
            &VirtualMachinePage::refreshPassword);
    connect(controller->session(), &wizard::ProvisioningSession::specChanged, this,
            [this] { showText(m_userError, m_controller->session()->userNameError()); });
    connect(controller->session(), &wizard::ProvisioningSession::portsChanged, this, [this] {
        if (m_sshPort->value() != m_controller->session()->sshPort())
            m_sshPort->setValue(m_controller->session()->sshPort());
        showText(m_sshError, m_controller->session()->sshPortError());
    });
    refreshName();
    refreshPassword();
    refreshArm();
    refreshNodes();
}

void VirtualMachinePage::refreshNodes()
{
    const wizard::ProvisioningSession *session = m_controller->session();
    const int n = session->nodes();
    // What the session says (the managers follow the default until the user sets them); not
    // the user's own choice, so no signal back.
    if (m_nodes->value() != n) {
        const QSignalBlocker block(m_nodes);
        m_nodes->setValue(n);
    }
    if (m_managers->value() != session->managers() && !m_managers->hasFocus()) {
        const QSignalBlocker block(m_managers);
        m_managers->setValue(session->managers());
    }
    const bool swarm = session->isSwarm();
    for (QWidget *w :
         {static_cast<QWidget *>(m_managersLabel), static_cast<QWidget *>(m_managers),
          static_cast<QWidget *>(m_onFailure), static_cast<QWidget *>(m_onFailureLabel)})
        w->setVisible(swarm);
    const QString error =
        !session->nodesError().isEmpty() ? session->nodesError() : session->managersError();
    showText(m_nodesError, error);
    // The names the hosts will get, and who leads.
    QString names;
    if (swarm && n <= wizard::ProvisioningSession::kMaxWizardNodes) {
        const QString base = session->spec().effectiveVmName().isEmpty()
                                 ? tr("<name>")
                                 : session->spec().effectiveVmName();
        QStringList list;
        for (int i = 1; i <= n; ++i)
            list << QStringLiteral("%1-%2").arg(base).arg(i);
        const int managers = qBound(1, session->managers(), n);
        names = tr("Hosts %1: one Docker swarm that %2 creates. Managers: %3, workers: %4.")
                    .arg(list.join(QStringLiteral(", ")), list.first())
                    .arg(managers)
                    .arg(n - managers);
    }
    m_nodeNames->setText(names);
    m_nodeNames->setVisible(!names.isEmpty());
}

void VirtualMachinePage::browseSshKey()
{
    auto *dialog = new QFileDialog(this, tr("SSH public key"));
    dialog->setObjectName(QStringLiteral("sshKeyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("SSH public keys (*.pub)"), tr("All files (*)")});
    dialog->setDirectory(m_controller->session()->sshKeyFile().isEmpty()
                             ? QDir::home().filePath(QStringLiteral(".ssh"))
                             : QFileInfo(m_controller->session()->sshKeyFile()).absolutePath());
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { m_controller->session()->setSshKeyFile(path); });
    dialog->open();
}

void VirtualMachinePage::refreshArm()
{
    const wizard::ProvisioningSession *session = m_controller->session();
    const bool keys = session->supportsSshKeys();
    for (QWidget *w : std::as_const(m_keyRows))
        w->setVisible(keys);
    if (!keys)
        return;
    const QString key = QDir::toNativeSeparators(session->sshKeyFile());
    if (m_sshKey->text() != key && !m_sshKey->hasFocus())
        m_sshKey->setText(key);
    if (m_allowFrom->text() != session->allowFrom() && !m_allowFrom->hasFocus())
        m_allowFrom->setText(session->allowFrom());
    if (m_resourceGroup->text() != session->resourceGroup() && !m_resourceGroup->hasFocus())
        m_resourceGroup->setText(session->resourceGroup());
    showText(m_sshKeyError, session->sshKeyError());
    showText(m_allowFromError,
             m_allowFrom->text().isEmpty() ? QString() : session->allowFromError());
    showText(m_resourceGroupError, session->resourceGroupError());
    m_allowFromNote->setText(
        session->allowFrom() == QLatin1String("*")
            ? tr("Any: the SSH and Docker ports can be reached from the whole internet, guarded "
                 "by your SSH key or password and by Docker's mutual TLS. Enter your own "
                 "address range to narrow it.")
            : tr("Only %1 can reach the SSH and Docker ports.").arg(session->allowFrom()));
    m_password->setPlaceholderText(
        session->sshKeyFile().isEmpty() ? QString() : tr("optional with an SSH key"));
}

QWidget *VirtualMachinePage::firstField() const
{
    return m_dnsName;
}

void VirtualMachinePage::initializePage()
{
    m_size->blockSignals(true);
    m_size->clear();
    for (const QString &size : m_controller->catalogue()->vmSizes())
        m_size->addItem(m_controller->catalogue()->sizeLabel(size), size);
    const int sizeRow = m_size->findData(m_controller->session()->vmSize());
    if (sizeRow >= 0)
        m_size->setCurrentIndex(sizeRow);
    m_size->blockSignals(false);
    if (m_size->count() > 0 &&
        m_size->currentData().toString() != m_controller->session()->vmSize())
        m_controller->session()->setVmSize(m_size->currentData().toString());
    m_dnsName->setText(m_controller->session()->dnsName());
    m_user->setText(m_controller->session()->userName());
    m_password->setText(m_controller->session()->password());
    m_confirm->setText(m_controller->session()->passwordConfirmation());
    refreshName();
    refreshPassword();
    refreshArm();
    refreshNodes();
}

void VirtualMachinePage::refreshName()
{
    const QString host = m_controller->session()->hostName();
    const QList<wizard::ProvisioningSession::NodePlan> plan = m_controller->session()->nodePlan();
    if (host.isEmpty())
        m_hostName->setText(
            tr("Your host will be <name>.%1").arg(m_controller->session()->spec().dnsSuffix));
    else if (plan.isEmpty())
        m_hostName->setText(tr("Your host will be %1").arg(host));
    else if (plan.first().hostName == plan.last().hostName) // classic: one cloud service
        m_hostName->setText(
            tr("Your hosts will share %1, each with its own Docker and SSH ports").arg(host));
    else
        m_hostName->setText(
            tr("Your hosts will be %1 … %2").arg(plan.first().hostName, plan.last().hostName));
    const auto state = m_controller->session()->nameState();
    QString prefix;
    switch (state) {
    case wizard::ProvisioningSession::NameState::Available:
        prefix = QStringLiteral("✔ ");
        break;
    case wizard::ProvisioningSession::NameState::Taken:
    case wizard::ProvisioningSession::NameState::Invalid:
    case wizard::ProvisioningSession::NameState::Error:
        prefix = QStringLiteral("✘ ");
        break;
    default:
        break;
    }
    m_nameStatus->setText(m_controller->session()->nameMessage().isEmpty()
                              ? QString()
                              : prefix + m_controller->session()->nameMessage());
    setTone(m_nameStatus, state == wizard::ProvisioningSession::NameState::Taken ||
                              state == wizard::ProvisioningSession::NameState::Invalid ||
                              state == wizard::ProvisioningSession::NameState::Error);
    m_nameStatus->setAccessibleDescription(m_controller->session()->nameMessage());
}

void VirtualMachinePage::refreshPassword()
{
    const auto rules = m_controller->session()->passwordChecklist();
    m_checklist->clear();
    const QIcon ok = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon no = style()->standardIcon(QStyle::SP_DialogCancelButton);
    for (const auto &rule : rules) {
        auto *item = new QListWidgetItem(rule.satisfied ? ok : no, rule.description, m_checklist);
        item->setData(Qt::UserRole, rule.satisfied);
        item->setData(Qt::AccessibleTextRole,
                      (rule.satisfied ? tr("met: %1") : tr("not met: %1")).arg(rule.description));
        if (!rule.satisfied)
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    }
    const int rowHeight = m_checklist->sizeHintForRow(0) > 0 ? m_checklist->sizeHintForRow(0) : 18;
    m_checklist->setFixedHeight(rowHeight * int(rules.size()) + 4);
}

// --- Docker ---------------------------------------------------------------------------------

DockerPage::DockerPage(Controller *controller, QWidget *parent)
    : ControllerPage(controller, Page::Docker, parent)
{
    setObjectName(QStringLiteral("dockerPage"));
    setTitle(tr("Docker"));
    setSubTitle(tr("The port Docker listens on with TLS, and the folder with the certificates "
                   "that let you in."));

    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("dockerPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(controller->session()->dockerPort());
    form->addRow(buddyLabel(tr("Docker &port:"), m_port), m_port);
    m_portError = makeErrorLabel(QStringLiteral("dockerPortError"), this);
    form->addRow(QString(), m_portError);

    auto *row = new QHBoxLayout;
    m_certDir = new QLineEdit(this);
    m_certDir->setObjectName(QStringLiteral("certDirEdit"));
    m_browse = new QPushButton(tr("Bro&wse…"), this);
    m_browse->setObjectName(QStringLiteral("certDirBrowse"));
    row->addWidget(m_certDir, 1);
    row->addWidget(m_browse);
    form->addRow(buddyLabel(tr("Certificate &folder:"), m_certDir), row);
    m_report = statusLabel(QStringLiteral("certReport"), this);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_report);
    if (controller->isDemo()) {
        auto *note = statusLabel(QStringLiteral("certDemoNote"), this);
        note->setText(tr("Demo mode proposes a temporary folder, so nothing is written to your "
                         "real ~/.docker unless you choose it here."));
        form->addRow(QString(), note);
    }
    setTabOrder(m_port, m_certDir);
    setTabOrder(m_certDir, m_browse);

    connect(m_port, &QSpinBox::valueChanged, controller->session(),
            &wizard::ProvisioningSession::setDockerPort);
    connect(m_certDir, &QLineEdit::textEdited, controller->session(),
            &wizard::ProvisioningSession::setCertDir);
    connect(m_browse, &QPushButton::clicked, this, &DockerPage::browse);
    connect(controller->session(), &wizard::ProvisioningSession::portsChanged, this,
            &DockerPage::refresh);
    connect(controller->session(), &wizard::ProvisioningSession::certDirChanged, this,
            &DockerPage::refresh);
    refresh();
}

QWidget *DockerPage::firstField() const
{
    return m_port;
}

void DockerPage::initializePage()
{
    m_controller->session()->refreshCertReport();
    refresh();
}

void DockerPage::browse()
{
    auto *dialog = new QFileDialog(this, tr("Certificate folder"));
    dialog->setObjectName(QStringLiteral("certDirDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly, true);
    dialog->setDirectory(m_controller->session()->certDir());
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &dir) { m_controller->session()->setCertDir(dir); });
    dialog->open();
}

void DockerPage::refresh()
{
    if (m_port->value() != m_controller->session()->dockerPort())
        m_port->setValue(m_controller->session()->dockerPort());
    showText(m_portError, m_controller->session()->dockerPortError());
    const QString dir = QDir::toNativeSeparators(m_controller->session()->certDir());
    if (m_certDir->text() != dir && !m_certDir->hasFocus())
        m_certDir->setText(dir);
    m_report->setText(m_controller->session()->certReportText());
    setTone(m_report, !m_controller->session()->certDirUsable());
}

// --- Review ---------------------------------------------------------------------------------

ReviewPage::ReviewPage(Controller *controller, QWidget *parent)
    : ControllerPage(controller, Page::Review, parent)
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review"));
    setSubTitle(tr("Create makes these resources in Azure. The same can be done from a shell "
                   "with either command below."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create"));

    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_imageWarning = makeErrorLabel(QStringLiteral("reviewImageWarning"), this);
    layout->addWidget(m_imageWarning);

    auto commandRow = [this, layout](const QString &label, const QString &name,
                                     const QString &copyName, const QString &accessible,
                                     QLineEdit **edit, QToolButton **copy) {
        auto *caption = new QLabel(label, this);
        if (!m_azureCaption)
            m_azureCaption = caption;
        *edit = new QLineEdit(this);
        (*edit)->setObjectName(name);
        (*edit)->setReadOnly(true);
        (*edit)->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        caption->setBuddy(*edit);
        *copy = new QToolButton(this);
        (*copy)->setObjectName(copyName);
        (*copy)->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy"),
                                          QIcon(QStringLiteral(":/icons/edit-copy.svg"))));
        (*copy)->setText(tr("Copy"));
        (*copy)->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        (*copy)->setAccessibleName(accessible);
        (*copy)->setToolTip(accessible);
        (*copy)->setFocusPolicy(Qt::StrongFocus);
        auto *row = new QHBoxLayout;
        row->addWidget(*edit, 1);
        row->addWidget(*copy);
        layout->addWidget(caption);
        layout->addLayout(row);
        QLineEdit *target = *edit;
        connect(*copy, &QToolButton::clicked, this,
                [target] { QApplication::clipboard()->setText(target->text()); });
    };
    commandRow(tr("The 2014 &azure command (password masked):"), QStringLiteral("azureCommand"),
               QStringLiteral("copyAzureCommand"), tr("Copy the azure command line"), &m_azure,
               &m_copyAzure);
    commandRow(tr("The &docker-vm command (asks for the password):"),
               QStringLiteral("dockerVmCommand"), QStringLiteral("copyDockerVmCommand"),
               tr("Copy the docker-vm command line"), &m_dockerVm, &m_copyDockerVm);

    m_cost = statusLabel(QStringLiteral("reviewCost"), this);
    m_cost->setText(controller->isDemo()
                        ? tr("Demo mode: Create runs against the simulator; nothing is billed.")
                        : tr("Billing starts when the VM is created. Cancel on the next page "
                             "removes what was made so far."));
    layout->addWidget(m_cost);
    layout->addStretch();

    connect(controller->session(), &wizard::ProvisioningSession::commandLinesChanged, this,
            &ReviewPage::refresh);
}

QWidget *ReviewPage::firstField() const
{
    return m_copyDockerVm;
}

void ReviewPage::initializePage()
{
    refresh();
}

void ReviewPage::refresh()
{
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    for (const auto &[label, value] : m_controller->session()->summary()) {
        QString shown = value.toHtmlEscaped();
        shown.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        html +=
            QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
                .arg(label.toHtmlEscaped(), shown);
    }
    html += QStringLiteral("</table>");
    m_summary->setText(html);
    // Never an image that cannot run Docker without saying so (Create stays disabled then).
    showText(m_imageWarning, m_controller->catalogue()->imageWarning());
    m_azure->setText(m_controller->session()->azureCommandLine());
    // The 2014 command made classic VMs only: no line for a signed-in subscription.
    for (QWidget *w : {static_cast<QWidget *>(m_azure), static_cast<QWidget *>(m_copyAzure),
                       static_cast<QWidget *>(m_azureCaption)})
        w->setVisible(!m_azure->text().isEmpty());
    setSubTitle(m_azure->text().isEmpty()
                    ? tr("Create makes these resources in Azure. The same can be done from a "
                         "shell with the command below.")
                    : tr("Create makes these resources in Azure. The same can be done from a "
                         "shell with either command below."));
    QString cost = m_controller->isDemo()
                       ? tr("Demo mode: Create runs against the simulator; nothing is billed.")
                       : tr("Billing starts when the VM is created. Cancel on the next page "
                            "removes what was made so far.");
    if (const QString note = m_controller->session()->costNote(); !note.isEmpty())
        cost += QLatin1Char(' ') + note;
    m_cost->setText(cost);
    m_dockerVm->setText(m_controller->session()->dockerVmCommandLine());
    m_azure->setCursorPosition(0);
    m_dockerVm->setCursorPosition(0);
}

} // namespace dockervm::ui
