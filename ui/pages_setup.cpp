// Welcome, Subscription, Region and Image pages.
#include "ui/imagetablemodel.h"
#include "ui/pages.h"
#include "ui/statuscolors.h"

#include <QButtonGroup>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace dockervm::ui {

using Page = Controller::Page;

// --- ControllerPage -------------------------------------------------------------------------

ControllerPage::ControllerPage(Controller *controller, Controller::Page page, QWidget *parent)
    : QWizardPage(parent), m_controller(controller), m_page(page)
{
    connect(controller, &Controller::completeChanged, this, &QWizardPage::completeChanged);
}

bool ControllerPage::isComplete() const
{
    return m_controller->isPageComplete(m_page);
}

bool ControllerPage::validatePage()
{
    return m_controller->requestAdvance(m_page);
}

namespace {

class EnterFilter : public QObject
{
public:
    EnterFilter(QWidget *field, std::function<void()> action)
        : QObject(field), m_action(std::move(action))
    {
        field->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
                m_action();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_action;
};

} // namespace

void ControllerPage::handleEnter(QWidget *field, std::function<void()> action)
{
    new EnterFilter(field, std::move(action));
}

QLabel *ControllerPage::makeErrorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, errorTextColor(pal));
    label->setPalette(pal);
    label->hide();
    return label;
}

void ControllerPage::showText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// --- Welcome --------------------------------------------------------------------------------

WelcomePage::WelcomePage(Controller *controller, QWidget *parent)
    : ControllerPage(controller, Page::Welcome, parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("Run Docker on an Azure virtual machine"));
    setSubTitle(tr("This wizard creates a Linux VM on Azure with Docker listening on a "
                   "TLS-protected port, and checks that your computer can talk to it."));

    auto *layout = new QVBoxLayout(this);
    auto *demo = new QLabel(this);
    demo->setObjectName(QStringLiteral("demoBanner"));
    demo->setWordWrap(true);
    demo->setText(tr("<b>Demo mode.</b> Everything runs against a simulator on this computer: "
                     "nothing is created in Azure, nothing is billed, and no request leaves this "
                     "machine. Certificates go to a temporary folder unless you choose one."));
    demo->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; border: 1px "
                                       "solid #e0c060; border-radius: 4px; padding: 8px; }"));
    demo->setVisible(controller->isDemo());
    layout->addWidget(demo);

    auto *what = new QLabel(this);
    what->setObjectName(QStringLiteral("welcomeText"));
    what->setWordWrap(true);
    // What happens depends on the way to Azure chosen below (the two texts follow it).
    auto whatHappens = [](Controller::Access access) {
        if (access == Controller::Access::SignIn)
            return tr("<p>What happens:</p><ol>"
                      "<li>You sign in with your Microsoft Entra ID (work or school) account and "
                      "choose a subscription, a region and an Ubuntu LTS image.</li>"
                      "<li>The wizard makes TLS certificates for Docker (a CA, a client "
                      "certificate and a server certificate for the VM), or reuses the ones you "
                      "have.</li>"
                      "<li>It creates a resource group with a network, a static public IP "
                      "address <i>&lt;name&gt;.&lt;region&gt;.cloudapp.azure.com</i> and the VM; "
                      "cloud-init installs Docker with your certificates.</li>"
                      "<li>It waits until Docker answers over TLS and shows how to connect.</li>"
                      "</ol><p>What it costs: the VM and its public IP address are billed while "
                      "they exist, even when idle (a Standard_B2s roughly US$ 0.05 an hour), its "
                      "disk a few dollars a month. Delete the host when you no longer need "
                      "it.</p>");
        return tr("<p>What happens:</p><ol>"
                  "<li>You choose an Azure subscription (from its <i>.publishsettings</i> file), a "
                  "region and an Ubuntu image.</li>"
                  "<li>The wizard makes TLS certificates for Docker (a CA, a client certificate "
                  "and a server certificate for the VM), or reuses the ones you have.</li>"
                  "<li>It creates a cloud service <i>&lt;name&gt;.cloudapp.net</i>, a storage "
                  "account when you have none, and the VM with the Docker extension.</li>"
                  "<li>It waits until Docker answers over TLS and shows how to connect.</li></ol>"
                  "<p>What it costs: the VM is billed by the minute while it exists (a Small VM "
                  "costs roughly US$ 0.06 an hour), its disk a few cents a month. Delete the "
                  "cloud service when you no longer need it.</p>");
    };
    what->setText(whatHappens(controller->access()));
    connect(controller, &Controller::accessChanged, what,
            [what, whatHappens, controller] { what->setText(whatHappens(controller->access())); });
    layout->addWidget(what);

    m_newHost = new QRadioButton(tr("Create a ne&w Docker host"), this);
    m_newHost->setObjectName(QStringLiteral("newHostRadio"));
    m_checkExisting = new QRadioButton(tr("C&heck an existing Docker host"), this);
    m_checkExisting->setObjectName(QStringLiteral("checkExistingRadio"));
    m_newHost->setChecked(controller->mode() == Controller::Mode::NewHost);
    m_checkExisting->setChecked(controller->mode() == Controller::Mode::CheckExisting);
    layout->addWidget(m_newHost);
    // How to reach Azure, for a new host: today's sign-in, or the article's file.
    auto *access = new QWidget(this);
    auto *accessLayout = new QVBoxLayout(access);
    accessLayout->setContentsMargins(24, 0, 0, 0);
    m_signIn = new QRadioButton(tr("&Sign in to Azure"), access);
    m_signIn->setObjectName(QStringLiteral("signInRadio"));
    m_signIn->setToolTip(tr("Today's Azure: sign in with your Microsoft Entra ID (work or school) "
                            "account; the host is made with Azure Resource Manager."));
    m_publishSettings = new QRadioButton(
        tr("&Import a .publishsettings file (classic, as in the 2014 article)"), access);
    m_publishSettings->setObjectName(QStringLiteral("publishSettingsRadio"));
    accessLayout->addWidget(m_signIn);
    accessLayout->addWidget(m_publishSettings);
    auto *accessGroup = new QButtonGroup(access); // apart from the mode's two buttons
    accessGroup->addButton(m_signIn);
    accessGroup->addButton(m_publishSettings);
    (controller->access() == Controller::Access::SignIn ? m_signIn : m_publishSettings)
        ->setChecked(true);
    layout->addWidget(access);
    layout->addWidget(m_checkExisting);

    // An earlier run that left resources in Azure: say what exists and offer to remove it.
    m_unfinished = new QLabel(this);
    m_unfinished->setObjectName(QStringLiteral("unfinishedBanner"));
    m_unfinished->setWordWrap(true);
    m_unfinished->setTextFormat(Qt::RichText);
    m_unfinished->setStyleSheet(
        QStringLiteral("QLabel { background: #fde7e9; color: #3b0a0a; border: 1px "
                       "solid #e0a0a0; border-radius: 4px; padding: 8px; }"));
    m_cleanUp = new QPushButton(tr("Clean &up what they left"), this);
    m_cleanUp->setObjectName(QStringLiteral("cleanUpButton"));
    m_cleanUpStatus = new QLabel(this);
    m_cleanUpStatus->setObjectName(QStringLiteral("cleanUpStatus"));
    m_cleanUpStatus->setWordWrap(true);
    auto *cleanRow = new QHBoxLayout;
    cleanRow->addWidget(m_cleanUp);
    cleanRow->addWidget(m_cleanUpStatus, 1);
    layout->addSpacing(8);
    layout->addWidget(m_unfinished);
    layout->addLayout(cleanRow);
    layout->addStretch();

    provision::UnfinishedRuns *runs = controller->subscriptions()->unfinishedRuns();
    connect(runs, &provision::UnfinishedRuns::changed, this, &WelcomePage::refreshUnfinished);
    connect(runs, &provision::UnfinishedRuns::finished, this, [this](bool, const QString &summary) {
        m_cleanUpStatus->setText(summary);
        m_cleanUpReported = true;
        refreshUnfinished();
    });
    connect(controller->subscriptions(), &wizard::Subscriptions::currentChanged, this,
            &WelcomePage::refreshUnfinished);
    connect(m_cleanUp, &QPushButton::clicked, this, [this] {
        if (m_controller->subscriptions()->cleanUpUnfinishedRuns()) {
            m_cleanUpStatus->setText(tr("Removing…"));
            m_cleanUp->setEnabled(false);
        }
    });
    refreshUnfinished();

    connect(m_newHost, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_controller->setMode(Controller::Mode::NewHost);
    });
    connect(m_checkExisting, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_controller->setMode(Controller::Mode::CheckExisting);
    });
    connect(controller, &Controller::modeChanged, this, [this] {
        (m_controller->mode() == Controller::Mode::NewHost ? m_newHost : m_checkExisting)
            ->setChecked(true);
        m_signIn->setEnabled(m_controller->mode() == Controller::Mode::NewHost);
        m_publishSettings->setEnabled(m_controller->mode() == Controller::Mode::NewHost);
    });
    connect(m_signIn, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_controller->setAccess(Controller::Access::SignIn);
    });
    connect(m_publishSettings, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_controller->setAccess(Controller::Access::PublishSettings);
    });
    connect(controller, &Controller::accessChanged, this, [this] {
        (m_controller->access() == Controller::Access::SignIn ? m_signIn : m_publishSettings)
            ->setChecked(true);
    });
    m_signIn->setEnabled(controller->mode() == Controller::Mode::NewHost);
    m_publishSettings->setEnabled(controller->mode() == Controller::Mode::NewHost);
}

void WelcomePage::refreshUnfinished()
{
    const provision::UnfinishedRuns *runs = m_controller->subscriptions()->unfinishedRuns();
    const bool any = !runs->isEmpty();
    m_unfinished->setVisible(any);
    m_cleanUp->setVisible(any);
    // Shown while runs are listed, and after a clean-up to say what it did.
    m_cleanUpStatus->setVisible(any || m_cleanUpReported);
    if (!any)
        return;
    QString items;
    for (const QString &line : runs->descriptions())
        items += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    m_unfinished->setText(tr("<b>An earlier run did not finish.</b> These may still exist in Azure "
                             "(and be billed):<ul>%1</ul>")
                              .arg(items));
    const bool canClean = m_controller->subscriptions()->client() && !runs->isBusy();
    m_cleanUp->setEnabled(canClean);
    if (!m_controller->subscriptions()->client())
        m_cleanUpStatus->setText(tr("Select the subscription it was made with first."));
}

QWidget *WelcomePage::firstField() const
{
    return m_newHost->isChecked() ? m_newHost : m_checkExisting;
}

// --- Subscription ---------------------------------------------------------------------------

SubscriptionPage::SubscriptionPage(Controller *controller, QWidget *parent)
    : ControllerPage(controller, Page::Subscription, parent)
{
    setObjectName(QStringLiteral("subscriptionPage"));
    setTitle(tr("Azure subscription"));
    setSubTitle(tr("Import the .publishsettings file of your subscription, drop it here, or pick "
                   "one imported before."));
    setAcceptDrops(true);

    auto *layout = new QVBoxLayout(this);
    auto *listLabel = new QLabel(tr("&Imported subscriptions:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("subscriptionList"));
    m_list->setAccessibleName(tr("Imported subscriptions"));
    m_list->setMaximumHeight(110);
    listLabel->setBuddy(m_list);
    layout->addWidget(listLabel);
    layout->addWidget(m_list);

    auto *row = new QHBoxLayout;
    m_import = new QPushButton(tr("I&mport .publishsettings file…"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    row->addWidget(m_import);
    auto *link = new QLabel(this);
    link->setObjectName(QStringLiteral("helpLink"));
    link->setText(
        QStringLiteral("<a href=\"#help\">%1</a>").arg(tr("Where does this file come from?")));
    link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    row->addWidget(link);
    row->addStretch();
    layout->addLayout(row);

    m_error = makeErrorLabel(QStringLiteral("subscriptionError"), this);
    layout->addWidget(m_error);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("subscriptionWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->hide();
    layout->addWidget(m_warnings);

    m_help = new QLabel(this);
    m_help->setObjectName(QStringLiteral("publishSettingsHelp"));
    m_help->setWordWrap(true);
    m_help->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_help->setOpenExternalLinks(true);
    m_help->setText(
        tr("A .publishsettings file holds your subscription's id and a management certificate "
           "with its private key. Download it signed in to the Azure portal at "
           "<a href=\"https://manage.windowsazure.com/publishsettings\">"
           "manage.windowsazure.com/publishsettings</a>, or with <tt>azure account download</tt>. "
           "Keep it private: anyone with the file can manage the subscription. The wizard keeps "
           "the key in a file only you can read."));
    m_help->hide();
    layout->addWidget(m_help);
    connect(link, &QLabel::linkActivated, this,
            [this] { m_help->setVisible(!m_help->isVisible()); });

    // Advanced: the CA of a private management endpoint (or a simulator), per account.
    m_advanced = new QToolButton(this);
    m_advanced->setObjectName(QStringLiteral("advancedToggle"));
    m_advanced->setText(tr("A&dvanced"));
    m_advanced->setCheckable(true);
    m_advanced->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advanced->setArrowType(Qt::RightArrow);
    m_advanced->setAutoRaise(true);
    m_advanced->setAccessibleName(tr("Advanced settings of the subscription"));
    m_advanced->setFocusPolicy(Qt::StrongFocus);
    m_advancedBox = new QWidget(this);
    m_advancedBox->setObjectName(QStringLiteral("advancedBox"));
    auto *advancedForm = new QFormLayout(m_advancedBox);
    advancedForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_caFile = new QLineEdit(m_advancedBox);
    m_caFile->setObjectName(QStringLiteral("managementCaEdit"));
    m_caFile->setPlaceholderText(tr("None: the system's CA certificates"));
    m_caFile->setAccessibleName(tr("Management endpoint CA certificate file"));
    m_caBrowse = new QPushButton(tr("Bro&wse…"), m_advancedBox);
    m_caBrowse->setObjectName(QStringLiteral("managementCaBrowse"));
    m_caBrowse->setAccessibleName(tr("Choose the CA certificate file"));
    m_caBrowse->setAutoDefault(false);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_caBrowse);
    auto *caLabel = new QLabel(tr("Management &CA certificate:"), m_advancedBox);
    caLabel->setBuddy(m_caFile);
    advancedForm->addRow(caLabel, caRow);
    auto *caNote = new QLabel(tr("Only for a private management endpoint or a simulator with a "
                                 "CA of its own: the CA certificate (PEM) that signed its "
                                 "certificate. Remembered for this subscription."),
                              m_advancedBox);
    caNote->setObjectName(QStringLiteral("managementCaNote"));
    caNote->setWordWrap(true);
    advancedForm->addRow(QString(), caNote);
    m_advancedBox->hide();
    connect(m_advanced, &QToolButton::toggled, this, [this](bool on) {
        m_advanced->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_advancedBox->setVisible(on);
        if (on)
            m_caFile->setFocus();
    });
    auto applyCa = [this] {
        if (m_caFile->text().trimmed() !=
            QDir::toNativeSeparators(m_controller->subscriptions()->managementCaFile()))
            m_controller->subscriptions()->setManagementCaFile(
                QDir::fromNativeSeparators(m_caFile->text().trimmed()));
    };
    connect(m_caFile, &QLineEdit::editingFinished, this, applyCa);
    handleEnter(m_caFile, applyCa);
    connect(m_caBrowse, &QPushButton::clicked, this, &SubscriptionPage::browseCa);

    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("subscriptionDetails"));
    auto *form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    auto make = [this, form](const QString &name, const QString &label) {
        auto *value = new QLabel(m_details);
        value->setObjectName(name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        form->addRow(label, value);
        return value;
    };
    m_name = make(QStringLiteral("subscriptionName"), tr("Name:"));
    m_id = make(QStringLiteral("subscriptionId"), tr("Id:"));
    m_cloud = make(QStringLiteral("subscriptionCloud"), tr("Cloud:"));
    m_subject = make(QStringLiteral("certificateSubject"), tr("Certificate:"));
    m_expiry = make(QStringLiteral("certificateExpiry"), tr("Expires:"));
    m_source = make(QStringLiteral("subscriptionSource"), tr("Imported from:"));
    layout->addWidget(m_details);
    layout->addWidget(m_advanced);
    layout->addWidget(m_advancedBox);
    layout->addStretch();

    connect(m_import, &QPushButton::clicked, this, &SubscriptionPage::browse);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int rowIndex) {
        if (m_updating || rowIndex < 0)
            return;
        // Refused while the current client is in use (the clean-up, a name check, a create run):
        // the error label says why, and the list shows the current subscription again.
        if (!m_controller->subscriptions()->select(
                m_list->item(rowIndex)->data(Qt::UserRole).toString()))
            QMetaObject::invokeMethod(this, &SubscriptionPage::refreshList, Qt::QueuedConnection);
    });
    connect(controller->subscriptions(), &wizard::Subscriptions::subscriptionsChanged, this,
            &SubscriptionPage::refreshList);
    connect(controller->subscriptions(), &wizard::Subscriptions::currentChanged, this,
            &SubscriptionPage::refreshList);
    connect(controller->subscriptions(), &wizard::Subscriptions::errorChanged, this,
            [this] { showText(m_error, m_controller->subscriptions()->error()); });
    refreshList();
}

QWidget *SubscriptionPage::firstField() const
{
    return m_list->count() > 0 ? static_cast<QWidget *>(m_list) : m_import;
}

void SubscriptionPage::initializePage()
{
    m_controller->reloadSubscriptions();
    refreshList();
}

void SubscriptionPage::browse()
{
    auto *dialog = new QFileDialog(this, tr("Import a .publishsettings file"));
    dialog->setObjectName(QStringLiteral("publishSettingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Publish settings (*.publishsettings)"), tr("All files (*)")});
    dialog->setDirectory(QDir::homePath());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_controller->subscriptions()->importPublishSettings(path);
    });
    dialog->open();
}

void SubscriptionPage::browseCa()
{
    auto *dialog = new QFileDialog(this, tr("CA certificate of the management endpoint"));
    dialog->setObjectName(QStringLiteral("managementCaDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("PEM certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    dialog->setDirectory(QDir::homePath());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_caFile->setText(QDir::toNativeSeparators(path));
        m_controller->subscriptions()->setManagementCaFile(path);
    });
    dialog->open();
}

void SubscriptionPage::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void SubscriptionPage::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    m_controller->subscriptions()->importPublishSettings(urls.first().toLocalFile());
}

void SubscriptionPage::refreshList()
{
    m_updating = true;
    m_list->clear();
    const auto subs = m_controller->subscriptions()->subscriptions();
    for (const auto &s : subs) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  (%2)").arg(s.name, s.id), m_list);
        item->setData(Qt::UserRole, s.id);
        if (s.id == m_controller->subscriptions()->currentId())
            m_list->setCurrentItem(item);
    }
    m_updating = false;
    showText(m_error, m_controller->subscriptions()->error());
    QStringList warnings = m_controller->subscriptions()->warnings();
    if (!m_controller->subscriptions()->keyStorageNotice().isEmpty())
        warnings.append(m_controller->subscriptions()->keyStorageNotice());
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    refreshDetails();
}

void SubscriptionPage::refreshDetails()
{
    const classic::Subscription s = m_controller->subscriptions()->current();
    // Nothing imported yet: no column of empty captions.
    m_details->setVisible(!s.id.isEmpty());
    m_advanced->setEnabled(!s.id.isEmpty());
    if (!m_caFile->hasFocus())
        m_caFile->setText(
            QDir::toNativeSeparators(m_controller->subscriptions()->managementCaFile()));
    m_name->setText(s.name);
    m_id->setText(s.id);
    m_cloud->setText(s.id.isEmpty()
                         ? QString()
                         : QStringLiteral("%1 — %2").arg(classic::cloudDisplayName(s.cloud),
                                                         s.managementEndpoint.toString()));
    m_subject->setText(s.certificate.isNull() ? QString() : s.certificate.subjectDisplayName());
    if (s.certificate.isNull()) {
        m_expiry->clear();
    } else {
        const QDateTime expiry = s.certificate.expiryDate();
        const bool expired = expiry < QDateTime::currentDateTimeUtc();
        m_expiry->setText(
            expired ? tr("%1 (expired: upload a new management certificate)")
                          .arg(QLocale().toString(expiry.toLocalTime(), QLocale::ShortFormat))
                    : QLocale().toString(expiry.toLocalTime(), QLocale::ShortFormat));
    }
    QString source;
    for (const auto &account : m_controller->subscriptions()->accounts()) {
        if (account.subscription.id == s.id)
            source = QDir::toNativeSeparators(account.sourceFile);
    }
    m_source->setText(source);
}

// --- Region ---------------------------------------------------------------------------------

RegionPage::RegionPage(Controller *controller, QWidget *parent)
    : ControllerPage(controller, Page::Region, parent)
{
    setObjectName(QStringLiteral("regionPage"));
    setTitle(tr("Region"));
    setSubTitle(tr("Where the VM runs. Choose the region closest to you or to your users."));

    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Region:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("regionList"));
    label->setBuddy(m_list);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("regionStatus"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("regionBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_error = makeErrorLabel(QStringLiteral("regionError"), this);
    m_retry = new QPushButton(tr("Re&try"), this);
    m_retry->setObjectName(QStringLiteral("regionRetry"));
    layout->addWidget(label);
    layout->addWidget(m_list);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    auto *row = new QHBoxLayout;
    row->addWidget(m_retry);
    row->addStretch();
    layout->addLayout(row);

    connect(m_retry, &QPushButton::clicked, controller->catalogue(),
            &wizard::Catalogue::loadLocations);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int r) {
        if (!m_updating && r >= 0)
            m_controller->catalogue()->setLocation(m_list->item(r)->data(Qt::UserRole).toString());
    });
    connect(controller->catalogue(), &wizard::Catalogue::locationsChanged, this,
            &RegionPage::refresh);
    connect(controller->catalogue(), &wizard::Catalogue::locationChanged, this,
            &RegionPage::refresh);
    refresh();
}

QWidget *RegionPage::firstField() const
{
    return m_retry->isVisible() ? static_cast<QWidget *>(m_retry) : m_list;
}

void RegionPage::refresh()
{
    const auto state = m_controller->catalogue()->locationsState();
    m_updating = true;
    m_list->clear();
    for (const auto &l : m_controller->catalogue()->locations()) {
        auto *item = new QListWidgetItem(l.displayName.isEmpty() ? l.name : l.displayName, m_list);
        item->setData(Qt::UserRole, l.name);
        if (l.name == m_controller->catalogue()->location())
            m_list->setCurrentItem(item);
    }
    m_updating = false;
    m_busy->setVisible(state == wizard::Catalogue::LoadState::Loading);
    m_status->setText(state == wizard::Catalogue::LoadState::Loading
                          ? tr("Loading the regions of %1…")
                                .arg(m_controller->cloud()
                                         ? m_controller->cloud()->accountName()
                                         : m_controller->subscriptions()->current().name)
                      : state == wizard::Catalogue::LoadState::Loaded
                          ? tr("%n region(s) offer virtual machines.", nullptr,
                               int(m_controller->catalogue()->locations().size()))
                          : QString());
    const bool failed = state == wizard::Catalogue::LoadState::Failed;
    showText(m_error, failed ? m_controller->catalogue()->locationsError() : QString());
    const bool hadFocus = m_retry->hasFocus();
    m_retry->setVisible(failed);
    if (hadFocus && !failed)
        m_list->setFocus();
    if (failed && isVisible())
        m_retry->setFocus();
}

// --- Image ----------------------------------------------------------------------------------

ImagePage::ImagePage(Controller *controller, QWidget *parent)
    : ControllerPage(controller, Page::Image, parent)
{
    setObjectName(QStringLiteral("imagePage"));
    setTitle(tr("Image"));
    // The same words for every cloud: which images it cannot use, and why, is the list's data.
    setSubTitle(tr("The operating system of the VM, newest first. Images marked with a warning "
                   "cannot be used: its tool tip says why."));

    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Filter:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("imageFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setText(controller->catalogue()->imageFilter());
    m_filter->setPlaceholderText(tr("Part of the image name or label"));
    label->setBuddy(m_filter);
    row->addWidget(label);
    row->addWidget(m_filter);
    layout->addLayout(row);

    m_model = new ImageTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ImageTableModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("imageTable"));
    m_table->setAccessibleName(tr("Images"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ImageTableModel::PublishedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ImageTableModel::LabelColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ImageTableModel::PublishedColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ImageTableModel::SizeColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ImageTableModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->setWordWrap(false);
    // Image names differ at their end (version, date): keep the end.
    m_table->setTextElideMode(Qt::ElideLeft);
    layout->addWidget(m_table, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("imageCount"));
    layout->addWidget(m_count);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("imageBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    layout->addWidget(m_busy);
    m_warning = makeErrorLabel(QStringLiteral("imageWarning"), this);
    layout->addWidget(m_warning);
    m_error = makeErrorLabel(QStringLiteral("imageError"), this);
    layout->addWidget(m_error);
    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("imageRetry"));
    auto *retryRow = new QHBoxLayout;
    retryRow->addWidget(m_retry);
    retryRow->addStretch();
    layout->addLayout(retryRow);

    connect(m_filter, &QLineEdit::textChanged, controller->catalogue(),
            &wizard::Catalogue::setImageFilter);
    connect(m_retry, &QPushButton::clicked, controller->catalogue(),
            &wizard::Catalogue::loadImages);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_updating || !current.isValid())
                    return;
                m_controller->catalogue()->setImageName(
                    current.data(ImageTableModel::NameRole).toString());
            });
    connect(controller->catalogue(), &wizard::Catalogue::imagesChanged, this, &ImagePage::refresh);
    connect(controller->catalogue(), &wizard::Catalogue::imageNameChanged, this,
            &ImagePage::selectCurrent);
    refresh();
}

QWidget *ImagePage::firstField() const
{
    return m_filter;
}

void ImagePage::refresh()
{
    const auto state = m_controller->catalogue()->imagesState();
    if (m_filter->text() != m_controller->catalogue()->imageFilter())
        m_filter->setText(m_controller->catalogue()->imageFilter());
    m_updating = true;
    m_model->setImages(m_controller->catalogue()->images());
    m_updating = false;
    // A column only when the cloud says the disks' sizes (the classic list does).
    bool sizes = false;
    for (const cloud::Image &image : m_controller->catalogue()->images())
        sizes = sizes || image.diskSizeGb > 0;
    m_table->setColumnHidden(ImageTableModel::SizeColumn, !sizes);
    selectCurrent();
    m_busy->setVisible(state == wizard::Catalogue::LoadState::Loading);
    const bool failed = state == wizard::Catalogue::LoadState::Failed;
    showText(m_error, failed ? m_controller->catalogue()->imagesError() : QString());
    m_retry->setVisible(failed);
    if (state == wizard::Catalogue::LoadState::Loading)
        m_count->setText(tr("Loading the image list…"));
    else if (state == wizard::Catalogue::LoadState::Loaded)
        m_count->setText(m_controller->catalogue()->images().isEmpty()
                             ? tr("No Linux image matches “%1”. Change the filter.")
                                   .arg(m_controller->catalogue()->imageFilter())
                             : tr("%n image(s) match.", nullptr,
                                  int(m_controller->catalogue()->images().size())));
    else
        m_count->clear();
}

void ImagePage::selectCurrent()
{
    const int row = m_model->rowOf(m_controller->catalogue()->imageName());
    m_updating = true;
    if (row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else {
        m_table->clearSelection();
    }
    m_updating = false;
    showText(m_warning, m_controller->catalogue()->imageWarning());
}

} // namespace dockervm::ui
