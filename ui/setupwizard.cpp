#include "ui/setupwizard.h"

#include "ui/pages.h"
#include "wizard/subscriptions.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCloseEvent>
#include <QIcon>
#include <QKeySequence>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>

namespace dockervm::ui {

using Page = wizard::SetupController::Page;

SetupWizard::SetupWizard(wizard::SetupController *controller, QWidget *parent)
    : QWizard(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("setupWizard"));
    // The application's display name ("Docker VM Wizard") follows the title: say only what differs.
    setWindowTitle(controller->isDemo() ? tr("Demo mode") : QString());
    setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.dockervm.Wizard.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setMinimumSize(720, 560);

    setPage(int(Page::Welcome), new WelcomePage(controller));
    setPage(int(Page::Subscription), new SubscriptionPage(controller));
    setPage(int(Page::SignIn), new SignInPage(controller));
    setPage(int(Page::Region), new RegionPage(controller));
    setPage(int(Page::Image), new ImagePage(controller));
    setPage(int(Page::VirtualMachine), new VirtualMachinePage(controller));
    setPage(int(Page::Docker), new DockerPage(controller));
    setPage(int(Page::Review), new ReviewPage(controller));
    setPage(int(Page::Progress), new ProgressPage(controller));
    setPage(int(Page::Connection), new ConnectionPage(controller));
    setStartId(int(Page::Welcome));

    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CommitButton, tr("&Create"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("createButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));

    // Alt+Right / Alt+Left as in tst_qwizard; Enter is the default button's.
    auto *forward = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), this);
    connect(forward, &QShortcut::activated, this, [this] {
        if (auto *b = button(QWizard::CommitButton); b->isVisible() && b->isEnabled())
            b->click();
        else if (auto *n = button(QWizard::NextButton); n->isVisible() && n->isEnabled())
            n->click();
    });
    auto *backward = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this);
    connect(backward, &QShortcut::activated, this, [this] {
        if (auto *b = button(QWizard::BackButton); b->isVisible() && b->isEnabled())
            b->click();
    });

    connect(this, &QWizard::currentIdChanged, this, &SetupWizard::onPageChanged);
    connect(controller, &wizard::SetupController::advanceReady, this, [this](Page page) {
        if (currentId() == int(page))
            next();
    });
    connect(this, &QDialog::finished, this, &SetupWizard::saveGeometryToSettings);

    const QByteArray geometry = controller->windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(820, 640);
}

SetupWizard::~SetupWizard() = default;

int SetupWizard::nextId() const
{
    const int id = currentId();
    if (id < 0)
        return -1;
    const Page page = Page(id);
    if (page == Page::Connection)
        return -1;
    return int(m_controller->nextPage(page));
}

void SetupWizard::showConnectionCheck()
{
    m_controller->setMode(wizard::SetupController::Mode::CheckExisting);
    setStartId(int(Page::Connection));
    restart();
}

void SetupWizard::openPublishSettings(const QString &path)
{
    m_controller->setMode(wizard::SetupController::Mode::NewHost);
    setStartId(int(Page::Subscription));
    restart(); // first: entering the page reloads the list, which would clear an import error
    m_controller->subscriptions()->importPublishSettings(path);
}

void SetupWizard::onPageChanged(int id)
{
    if (id < 0)
        return;
    m_controller->setCurrentPage(Page(id));
    if (auto *p = qobject_cast<ControllerPage *>(currentPage())) {
        if (QWidget *w = p->firstField())
            w->setFocus(Qt::TabFocusReason);
    }
}

void SetupWizard::reject()
{
    using State = wizard::ProvisioningSession::State;
    if (m_closeConfirmed) {
        m_closeConfirmed = false;
        QWizard::reject();
        return;
    }
    auto *session = m_controller->session();
    const State state = session->state();
    if (state == State::Cancelling)
        return; // the rollback runs; the page says so
    const QString host = session->hostName();
    // A swarm is several VMs, NAME-1 … NAME-N: the questions name them, not NAME (no VM has it).
    const bool swarm = session->nodes() > 1;
    const QString name = session->dnsName();
    const QString hosts = swarm ? tr("%1-1 … %1-%2").arg(name).arg(session->nodes()) : QString();
    const bool demo = m_controller->isDemo();
    if (state == State::Running) {
        // Closing while Azure resources are being made: ask, then roll back and stay open.
        QString text;
        if (swarm)
            text = demo ? tr("Stop creating the swarm %1 (hosts %2) and remove what this run made "
                             "so far in the simulator (every resource on the progress page). The "
                             "wizard stays open while they are removed.")
                        : tr("Stop creating the swarm %1 (hosts %2) and remove what this run made "
                             "so far in Azure (every resource on the progress page). The wizard "
                             "stays open while they are removed.");
        else
            text = demo ? tr("Stop creating %1 and remove what this run made so far in the "
                             "simulator (every resource on the progress page). The wizard stays "
                             "open while they are removed.")
                        : tr("Stop creating %1 and remove what this run made so far in Azure "
                             "(every resource on the progress page). The wizard stays open while "
                             "they are removed.");
        confirm(QStringLiteral("confirmStopDialog"),
                swarm ? tr("Stop creating the swarm?") : tr("Stop creating the Docker host?"),
                swarm ? text.arg(name, hosts) : text.arg(host), tr("&Stop and remove"),
                tr("&Keep creating"), [this] {
                    if (m_controller->session()->state() == State::Running)
                        m_controller->session()->cancel();
                });
        return;
    }
    if (state == State::Succeeded) {
        QString text;
        if (swarm)
            text = (demo ? tr("In Azure, the virtual machines of the swarm %1 (%2) would keep "
                              "running after the wizard closes, and be billed until you delete "
                              "them. (Demo mode: nothing was created or billed.)")
                         : tr("The virtual machines of the swarm %1 (%2) keep running after the "
                              "wizard closes, and are billed by the minute until you delete them "
                              "with what was created for them (in the Azure portal, or with "
                              "docker-vm delete %1)."))
                       .arg(name, hosts);
        else
            text = demo ? tr("In Azure, the virtual machine %1 would keep running after the wizard "
                             "closes, and be billed until you delete it. (Demo mode: nothing was "
                             "created or billed.)")
                              .arg(host)
                        : tr("The virtual machine %1 keeps running after the wizard closes, and "
                             "is billed by the minute until you delete it with what was created "
                             "for it (in the Azure portal, or with docker-vm delete %2).")
                              .arg(host, name);
        confirm(QStringLiteral("confirmCloseRunningDialog"), tr("Close the wizard?"), text,
                tr("&Close"), tr("&Stay"), [this] {
                    m_closeConfirmed = true;
                    reject();
                });
        return;
    }
    if (hasUnsavedInput()) {
        confirm(QStringLiteral("confirmDiscardDialog"), tr("Close the wizard?"),
                tr("What you entered for the new Docker host (its name and password) is lost "
                   "when the wizard closes."),
                tr("&Close"), tr("&Stay"), [this] {
                    m_closeConfirmed = true;
                    reject();
                });
        return;
    }
    QWizard::reject();
}

bool SetupWizard::hasUnsavedInput() const
{
    const auto *session = m_controller->session();
    // After a failed or cancelled run the input is still there (Start over keeps it): closing
    // loses it just the same.
    using State = wizard::ProvisioningSession::State;
    if (session->state() != State::NotStarted && session->state() != State::Failed &&
        session->state() != State::Cancelled)
        return false;
    if (m_controller->mode() != wizard::SetupController::Mode::NewHost)
        return false;
    return !session->dnsName().isEmpty() || !session->password().isEmpty() ||
           !session->passwordConfirmation().isEmpty();
}

void SetupWizard::confirm(const QString &objectName, const QString &title, const QString &text,
                          const QString &yesText, const QString &noText,
                          std::function<void()> onYes)
{
    if (m_confirmation && m_confirmation->isVisible()) {
        m_confirmation->raise();
        m_confirmation->activateWindow();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *yes = box->addButton(yesText, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmYesButton"));
    QPushButton *no = box->addButton(noText, QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("confirmNoButton"));
    // The safe answer is the default and Esc's.
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    m_confirmation = box;
    connect(box, &QMessageBox::finished, this, [box, yes, onYes = std::move(onYes)] {
        if (box->clickedButton() == yes)
            QMetaObject::invokeMethod(box->parent(), onYes, Qt::QueuedConnection);
    });
    box->open();
}

void SetupWizard::closeEvent(QCloseEvent *event)
{
    saveGeometryToSettings();
    // QDialog::closeEvent asks reject(), which may ask the user first and keep the window open.
    QWizard::closeEvent(event);
}

void SetupWizard::showEvent(QShowEvent *event)
{
    QWizard::showEvent(event);
    // In a window manager the new window may not get the keyboard by itself: ask for it, and
    // put the focus on the page's first field so the first key typed is not lost.
    QTimer::singleShot(0, this, [this] {
        activateWindow();
        if (auto *p = qobject_cast<ControllerPage *>(currentPage())) {
            if (QWidget *w = p->firstField(); w && !QApplication::focusWidget())
                w->setFocus(Qt::ActiveWindowFocusReason);
        }
    });
}

void SetupWizard::saveGeometryToSettings()
{
    m_controller->setWindowGeometry(saveGeometry());
}

} // namespace dockervm::ui
