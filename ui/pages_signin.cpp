// The sign-in page: Microsoft Entra ID's device code flow (wizard::SignIn), then the
// subscriptions it saved. The page shows what the server sent (its sentence, the code, the
// address); it never hard-codes where to sign in.
#include "ui/pages.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace dockervm::ui {

using Page = wizard::SetupController::Page;
using Phase = wizard::SignIn::Phase;

SignInPage::SignInPage(Controller *controller, QWidget *parent)
    : ControllerPage(controller, Page::SignIn, parent)
{
    setObjectName(QStringLiteral("signInPage"));
    setTitle(tr("Sign in to Azure"));
    setSubTitle(tr("Sign in with your Microsoft Entra ID (work or school) account in any "
                   "browser, on this computer or on your phone. The wizard never sees your "
                   "password."));
    wizard::SignIn *signIn = controller->signIn();

    auto *layout = new QVBoxLayout(this);
    auto *startRow = new QHBoxLayout;
    m_start = new QPushButton(tr("&Sign in…"), this);
    m_start->setObjectName(QStringLiteral("signInStartButton"));
    m_startOver = new QPushButton(tr("Start ov&er"), this);
    m_startOver->setObjectName(QStringLiteral("signInStartOverButton"));
    m_startOver->setToolTip(tr("Drop this code and ask for a new one."));
    startRow->addWidget(m_start);
    startRow->addWidget(m_startOver);
    startRow->addStretch();
    layout->addLayout(startRow);

    // The code and where to enter it.
    m_codeBox = new QWidget(this);
    m_codeBox->setObjectName(QStringLiteral("signInCodeBox"));
    auto *codeLayout = new QVBoxLayout(m_codeBox);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    m_message = new QLabel(m_codeBox);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    codeLayout->addWidget(m_message);
    auto *codeRow = new QHBoxLayout;
    m_code = new QLabel(m_codeBox);
    m_code->setObjectName(QStringLiteral("signInCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    big.setFamily(QStringLiteral("monospace"));
    big.setStyleHint(QFont::Monospace);
    m_code->setFont(big);
    m_code->setAccessibleName(tr("Sign-in code"));
    m_copy = new QPushButton(tr("&Copy code"), m_codeBox);
    m_copy->setObjectName(QStringLiteral("copyCodeButton"));
    m_open = new QPushButton(tr("&Open sign-in page"), m_codeBox);
    m_open->setObjectName(QStringLiteral("openSignInButton"));
    codeRow->addWidget(m_code);
    codeRow->addSpacing(12);
    codeRow->addWidget(m_copy);
    codeRow->addWidget(m_open);
    codeRow->addStretch();
    codeLayout->addLayout(codeRow);
    m_address = new QLabel(m_codeBox);
    m_address->setObjectName(QStringLiteral("signInAddress"));
    m_address->setTextFormat(Qt::RichText);
    m_address->setOpenExternalLinks(true);
    m_address->setTextInteractionFlags(Qt::TextBrowserInteraction);
    codeLayout->addWidget(m_address);
    layout->addWidget(m_codeBox);

    auto *statusRow = new QHBoxLayout;
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("signInBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setWordWrap(true);
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);
    m_error = makeErrorLabel(QStringLiteral("signInError"), this);
    layout->addWidget(m_error);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("signInNotice"));
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);

    auto *listLabel = new QLabel(tr("Subscri&ption:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("armSubscriptionList"));
    m_list->setAccessibleName(tr("Signed-in subscriptions"));
    listLabel->setBuddy(m_list);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    m_commandLine = new QLabel(this);
    m_commandLine->setObjectName(QStringLiteral("signInCommandLine"));
    m_commandLine->setWordWrap(true);
    m_commandLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_commandLine->setText(
        tr("Next: region, image and VM in the chosen subscription. It is also the command "
           "line's current account now, so the same host can be created from a shell with\n"
           "    docker-vm create -l westus NAME UbuntuLTS USER\n(your ~/.ssh/id_*.pub key when "
           "present, else a password; add --ssh-key FILE, --allow-from CIDR, -g GROUP)."));
    layout->addWidget(m_commandLine);

    // Another cloud: sovereign clouds, Azure Stack Hub, a private test endpoint.
    m_advanced = new QToolButton(this);
    m_advanced->setObjectName(QStringLiteral("signInAdvancedToggle"));
    m_advanced->setText(tr("A&dvanced"));
    m_advanced->setCheckable(true);
    m_advanced->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advanced->setArrowType(Qt::RightArrow);
    m_advanced->setAutoRaise(true);
    m_advanced->setAccessibleName(tr("Advanced sign-in settings"));
    m_advanced->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_advanced);
    m_advancedBox = new QWidget(this);
    m_advancedBox->setObjectName(QStringLiteral("signInAdvancedBox"));
    auto *form = new QFormLayout(m_advancedBox);
    const identity::CloudEndpoints defaults;
    const identity::CloudEndpoints now = signIn->endpoints();
    m_authority = new QLineEdit(m_advancedBox);
    m_authority->setObjectName(QStringLiteral("authorityEdit"));
    m_authority->setPlaceholderText(defaults.authority.toString());
    if (now.authority != defaults.authority)
        m_authority->setText(now.authority.toString());
    m_armEndpoint = new QLineEdit(m_advancedBox);
    m_armEndpoint->setObjectName(QStringLiteral("armEndpointEdit"));
    m_armEndpoint->setPlaceholderText(defaults.armEndpoint.toString());
    if (now.armEndpoint != defaults.armEndpoint)
        m_armEndpoint->setText(now.armEndpoint.toString());
    m_tenant = new QLineEdit(m_advancedBox);
    m_tenant->setObjectName(QStringLiteral("tenantEdit"));
    m_tenant->setPlaceholderText(tr("your home tenant"));
    if (now.tenant != defaults.tenant)
        m_tenant->setText(now.tenant);
    m_caFile = new QLineEdit(m_advancedBox);
    m_caFile->setObjectName(QStringLiteral("signInCaEdit"));
    m_caFile->setPlaceholderText(tr("only the system's CAs"));
    m_caFile->setText(now.managementCaFile);
    m_caBrowse = new QPushButton(tr("Bro&wse…"), m_advancedBox);
    m_caBrowse->setObjectName(QStringLiteral("signInCaBrowse"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_caBrowse);
    form->addRow(tr("Sign-in ser&ver (authority):"), m_authority);
    form->addRow(tr("&Resource Manager endpoint:"), m_armEndpoint);
    form->addRow(tr("&Tenant:"), m_tenant);
    auto *caLabel = new QLabel(tr("E&xtra CA certificate (PEM):"), m_advancedBox);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    auto *advancedHelp =
        new QLabel(tr("For Azure Government, Azure operated by 21Vianet, Azure Stack Hub or a test "
                      "server. Each saved subscription remembers where it signed in."),
                   m_advancedBox);
    advancedHelp->setWordWrap(true);
    form->addRow(advancedHelp);
    m_advancedError = makeErrorLabel(QStringLiteral("signInAdvancedError"), m_advancedBox);
    form->addRow(m_advancedError);
    layout->addWidget(m_advancedBox);
    m_advancedBox->setVisible(signIn->isCustomCloud());
    m_advanced->setChecked(signIn->isCustomCloud());
    m_advanced->setArrowType(signIn->isCustomCloud() ? Qt::DownArrow : Qt::RightArrow);
    connect(m_advanced, &QToolButton::toggled, this, [this](bool on) {
        m_advanced->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_advancedBox->setVisible(on);
    });
    connect(m_caBrowse, &QPushButton::clicked, this, &SignInPage::browseCa);

    connect(m_start, &QPushButton::clicked, this, [this] {
        if (applyAdvanced())
            m_controller->signIn()->start();
    });
    connect(m_startOver, &QPushButton::clicked, this, [this] {
        if (applyAdvanced())
            m_controller->signIn()->startOver();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_controller->signIn()->userCode());
        m_copy->setText(tr("Copied"));
    });
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(m_controller->signIn()->verificationUri()); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_updating || row < 0)
            return;
        m_controller->signIn()->select(m_list->item(row)->data(Qt::UserRole).toString());
    });

    for (auto signal : {&wizard::SignIn::phaseChanged, &wizard::SignIn::codeChanged,
                        &wizard::SignIn::tick, &wizard::SignIn::errorChanged})
        connect(signIn, signal, this, &SignInPage::refresh);
    connect(signIn, &wizard::SignIn::accountsChanged, this, &SignInPage::refreshList);
    connect(signIn, &wizard::SignIn::selectionChanged, this, &SignInPage::refreshList);
    connect(signIn, &wizard::SignIn::selectionChanged, this, &SignInPage::refresh);
    connect(controller, &Controller::cloudChanged, this, &SignInPage::refresh);
    refreshList();
    refresh();
}

QWidget *SignInPage::firstField() const
{
    if (m_controller->signIn()->phase() == Phase::WaitingForUser)
        return m_copy;
    return m_list->count() > 0 ? static_cast<QWidget *>(m_list) : m_start;
}

void SignInPage::initializePage()
{
    refreshList();
    // Nothing saved yet: ask for a code at once (a click saved).
    if (m_list->count() == 0 && m_controller->signIn()->phase() == Phase::Idle && applyAdvanced())
        m_controller->signIn()->start();
    refresh();
}

void SignInPage::cleanupPage()
{
    // Back to the start page: a code nobody will enter is dropped.
    if (m_controller->signIn()->isRunning())
        m_controller->signIn()->cancel();
}

bool SignInPage::applyAdvanced()
{
    wizard::SignIn *signIn = m_controller->signIn();
    QStringList errors;
    for (const QString &e :
         {signIn->setAuthority(m_authority->text()), signIn->setArmEndpoint(m_armEndpoint->text()),
          signIn->setTenant(m_tenant->text()), signIn->setManagementCaFile(m_caFile->text())}) {
        if (!e.isEmpty())
            errors.append(e);
    }
    showText(m_advancedError, errors.join(QLatin1Char('\n')));
    if (!errors.isEmpty()) {
        m_advanced->setChecked(true);
        return false;
    }
    return true;
}

void SignInPage::browseCa()
{
    auto *dialog = new QFileDialog(this, tr("Choose the extra CA certificate"));
    dialog->setObjectName(QStringLiteral("signInCaDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("PEM certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { m_caFile->setText(path); });
    dialog->open();
}

void SignInPage::refresh()
{
    const wizard::SignIn *signIn = m_controller->signIn();
    const Phase phase = signIn->phase();
    const bool showingCode = phase == Phase::WaitingForUser;
    m_codeBox->setVisible(showingCode);
    if (showingCode) {
        m_message->setText(signIn->serverMessage());
        m_code->setText(signIn->userCode());
        const QString uri = signIn->verificationUri().toString();
        m_address->setText(tr("Sign-in page: <a href=\"%1\">%2</a>")
                               .arg(uri.toHtmlEscaped(), uri.toHtmlEscaped()));
    } else {
        m_copy->setText(tr("&Copy code"));
    }
    m_busy->setVisible(signIn->isRunning());
    m_status->setText(phase == Phase::Failed ? QString() : signIn->statusText());
    // The chosen subscription's cloud could not be opened (no saved token, a bad CA file…).
    const QString cloudError = m_controller->cloudError();
    showText(m_error,
             phase == Phase::Failed || !signIn->error().isEmpty() ? signIn->error() : cloudError);
    m_notice->setText(signIn->notice());
    m_notice->setVisible(!signIn->notice().isEmpty());
    m_start->setVisible(!signIn->isRunning() && phase != Phase::Failed);
    m_start->setText(m_list->count() > 0 ? tr("&Sign in again…") : tr("&Sign in…"));
    m_startOver->setVisible(showingCode || phase == Phase::Failed ||
                            phase == Phase::RequestingCode);
    m_list->setEnabled(!signIn->isRunning());
    m_commandLine->setVisible(phase == Phase::SignedIn ||
                              (!signIn->isRunning() && signIn->selected().has_value()));
    m_authority->setEnabled(!signIn->isRunning());
    m_armEndpoint->setEnabled(!signIn->isRunning());
    m_tenant->setEnabled(!signIn->isRunning());
    m_caFile->setEnabled(!signIn->isRunning());
    m_caBrowse->setEnabled(!signIn->isRunning());
    emit completeChanged();
}

void SignInPage::refreshList()
{
    const wizard::SignIn *signIn = m_controller->signIn();
    m_updating = true;
    m_list->clear();
    for (const accounts::AccountInfo &a : signIn->accounts()) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2 (%3)").arg(a.name, a.id, a.user.isEmpty() ? a.endpoint : a.user), m_list);
        item->setData(Qt::UserRole, a.id);
        if (a.id.compare(signIn->selectedId(), Qt::CaseInsensitive) == 0)
            m_list->setCurrentItem(item);
    }
    m_updating = false;
    emit completeChanged();
}

} // namespace dockervm::ui
