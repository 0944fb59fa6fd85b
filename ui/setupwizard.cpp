#include "ui/setupwizard.h"

#include "ui/pages.h"
#include "wizard/subscriptions.h"

#include <QAbstractButton>
#include <QCloseEvent>
#include <QIcon>
#include <QKeySequence>
#include <QShortcut>

namespace dockervm::ui {

using Page = wizard::SetupController::Page;

SetupWizard::SetupWizard(wizard::SetupController *controller, QWidget *parent)
    : QWizard(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(controller->isDemo() ? tr("Docker VM Wizard (demo)") : tr("Docker VM Wizard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.dockervm.Wizard.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setMinimumSize(720, 560);

    setPage(int(Page::Welcome), new WelcomePage(controller));
    setPage(int(Page::Subscription), new SubscriptionPage(controller));
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
    // Closing while Azure resources are being made: roll back first, stay open to show it.
    if (m_controller->session()->state() == wizard::ProvisioningSession::State::Running) {
        m_controller->session()->cancel();
        return;
    }
    if (m_controller->session()->state() == wizard::ProvisioningSession::State::Cancelling)
        return;
    QWizard::reject();
}

void SetupWizard::closeEvent(QCloseEvent *event)
{
    const auto state = m_controller->session()->state();
    if (state == wizard::ProvisioningSession::State::Running ||
        state == wizard::ProvisioningSession::State::Cancelling) {
        m_controller->session()->cancel();
        event->ignore();
        return;
    }
    saveGeometryToSettings();
    QWizard::closeEvent(event);
}

void SetupWizard::saveGeometryToSettings()
{
    m_controller->setWindowGeometry(saveGeometry());
}

} // namespace dockervm::ui
