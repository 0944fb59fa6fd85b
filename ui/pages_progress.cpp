// Progress and Connection pages.
#include "ui/pages.h"
#include "ui/statuscolors.h"

#include "docker/connectioncontroller.h"

#include "ui/connectionpanel.h"
#include "wizard/provisioningsteps.h"
#include "wizard/swarmoverview.h"

#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dockervm::ui {

using Page = Controller::Page;
using StepState = cloud::StepState;

namespace {

QString stateText(StepState state, bool runOver = false)
{
    switch (state) {
    case StepState::Pending:
        // After a cancel or a failure a step that never started will not run.
        return runOver ? ProgressPage::tr("not run") : ProgressPage::tr("waiting");
    case StepState::Running:
        return ProgressPage::tr("running");
    case StepState::Done:
        return ProgressPage::tr("done");
    case StepState::Failed:
        return ProgressPage::tr("failed");
    case StepState::Skipped:
        return ProgressPage::tr("skipped");
    case StepState::Cancelled:
        return ProgressPage::tr("cancelled");
    }
    return QString();
}

QIcon stateIcon(const QStyle *style, StepState state)
{
    switch (state) {
    case StepState::Pending:
        return QIcon(QStringLiteral(":/icons/step-pending.svg"));
    case StepState::Running:
        return QIcon(QStringLiteral(":/icons/step-running.svg"));
    case StepState::Done:
        return QIcon(QStringLiteral(":/icons/step-done.svg"));
    case StepState::Failed:
        return QIcon(QStringLiteral(":/icons/step-failed.svg"));
    case StepState::Skipped:
        return QIcon(QStringLiteral(":/icons/step-skipped.svg"));
    case StepState::Cancelled:
        return style->standardIcon(QStyle::SP_DialogCancelButton);
    }
    return QIcon();
}

QString elapsedText(qint64 ms)
{
    if (ms <= 0)
        return QString();
    if (ms < 60000)
        return ProgressPage::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    return ProgressPage::tr("%1 min %2 s").arg(ms / 60000).arg((ms / 1000) % 60);
}

// The run's result: a few lines at most, the rest scrolls. After a cancel or a failure it lists
// every path removed or left behind; as a plain word-wrapped label it took the steps table's
// room at the minimum window size.
class ResultArea : public QScrollArea
{
public:
    static constexpr int kMaxLines = 4;

    explicit ResultArea(QLabel *label, QWidget *parent) : QScrollArea(parent), m_label(label)
    {
        setObjectName(QStringLiteral("resultArea"));
        setFrameShape(QFrame::NoFrame);
        setWidgetResizable(true);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        setFocusPolicy(Qt::NoFocus);
        setWidget(label);
        fit();
    }

    // As high as the text needs, up to kMaxLines lines; hidden when there is nothing to say.
    void fit()
    {
        setVisible(!m_label->text().isEmpty());
        const int width =
            std::max(1, contentsRect().width() - style()->pixelMetric(QStyle::PM_ScrollBarExtent));
        const int needed = m_label->heightForWidth(width);
        const int most = kMaxLines * m_label->fontMetrics().lineSpacing() +
                         m_label->contentsMargins().top() + m_label->contentsMargins().bottom();
        const int height = std::min(needed > 0 ? needed : m_label->sizeHint().height(), most);
        if (height != this->height() || minimumHeight() != height)
            setFixedHeight(height);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QScrollArea::resizeEvent(event);
        fit();
    }

private:
    QLabel *m_label;
};

} // namespace

// --- Progress -------------------------------------------------------------------------------

ProgressPage::ProgressPage(Controller *controller, QWidget *parent)
    : ControllerPage(controller, Page::Progress, parent)
{
    setObjectName(QStringLiteral("progressPage"));
    setTitle(tr("Creating the Docker host"));
    setSubTitle(tr("This takes a few minutes on Azure. Cancel removes what was created so far."));

    auto *layout = new QVBoxLayout(this);
    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(QStringLiteral("stepList"));
    m_steps->setAccessibleName(tr("Provisioning steps"));
    m_steps->setRootIsDecorated(false);
    m_steps->setColumnCount(4);
    m_steps->setHeaderLabels({tr("Step"), tr("State"), tr("Time"), tr("Detail")});
    m_steps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(true);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_steps, 3);
    // A group the user opened or closed stays as the user left it.
    auto toggled = [this](QTreeWidgetItem *item) {
        if (!m_autoExpanding && item)
            m_userToggled.insert(item->data(0, Qt::UserRole).toString());
    };
    connect(m_steps, &QTreeWidget::itemExpanded, this, toggled);
    connect(m_steps, &QTreeWidget::itemCollapsed, this, toggled);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_resultArea = new ResultArea(m_result, this);
    layout->addWidget(m_resultArea);

    auto *logLabel = new QLabel(tr("&Log:"), this);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("progressLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    logLabel->setBuddy(m_log);
    layout->addWidget(logLabel);
    layout->addWidget(m_log, 2);
    // A few lines of the log stay in view whatever else the page shows.
    m_log->setMinimumHeight(3 * m_log->fontMetrics().lineSpacing() + 2 * m_log->frameWidth() +
                            int(2 * m_log->document()->documentMargin()));

    auto *row = new QHBoxLayout;
    m_cancel = new QPushButton(tr("Cancel and &remove what was created"), this);
    m_cancel->setObjectName(QStringLiteral("cancelProvisioningButton"));
    row->addWidget(m_cancel);
    m_startOver = new QPushButton(tr("&Start over"), this);
    m_startOver->setObjectName(QStringLiteral("startOverButton"));
    m_startOver->hide();
    row->addWidget(m_startOver);
    row->addStretch();
    layout->addLayout(row);

    connect(m_cancel, &QPushButton::clicked, controller->session(),
            &wizard::ProvisioningSession::cancel);
    // After a failure or a cancel: back to the start with every choice kept.
    connect(m_startOver, &QPushButton::clicked, this, [this] {
        if (wizard())
            wizard()->restart();
    });
    // The rows are the provisioner's (through the session's model): redraw when they change.
    wizard::ProvisioningStepModel *model = controller->session()->steps();
    connect(model, &QAbstractItemModel::modelReset, this, &ProgressPage::refreshSteps);
    connect(model, &QAbstractItemModel::dataChanged, this, &ProgressPage::refreshSteps);
    connect(controller->session(), &wizard::ProvisioningSession::stateChanged, this,
            &ProgressPage::refreshState);
    connect(controller->session(), &wizard::ProvisioningSession::logLineAdded, this,
            [this](const QString &line) {
                m_log->appendPlainText(line);
                m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
            });
    refreshSteps();
    refreshState();
}

QWidget *ProgressPage::firstField() const
{
    return m_cancel->isEnabled() ? static_cast<QWidget *>(m_cancel) : m_log;
}

void ProgressPage::initializePage()
{
    m_log->setPlainText(m_controller->session()->logLines().join(QLatin1Char('\n')));
    refreshSteps();
    refreshState();
}

void ProgressPage::refreshSteps()
{
    const wizard::ProvisioningStepModel *model = m_controller->session()->steps();
    const auto sessionState = m_controller->session()->state();
    const bool runOver = sessionState == wizard::ProvisioningSession::State::Cancelled ||
                         sessionState == wizard::ProvisioningSession::State::Failed ||
                         sessionState == wizard::ProvisioningSession::State::Cancelling;
    // A swarm's run: its rows grouped by node (see refreshGroupedSteps).
    QStringList nodes;
    if (model->rowCount() > 0)
        for (const cloud::NodeResult &n : m_controller->session()->result().nodes)
            nodes << n.name;
    if (!nodes.isEmpty())
        return refreshGroupedSteps(nodes, runOver);
    if (m_grouped) {
        m_steps->clear();
        m_groups.clear();
        m_steps->setRootIsDecorated(false);
        m_grouped = false;
    }
    int visible = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r);
        const QString id = index.data(wizard::ProvisioningStepModel::IdRole).toString();
        const auto state = StepState(index.data(wizard::ProvisioningStepModel::StateRole).toInt());
        // The rollback row only appears once it is used.
        if (id == QLatin1String("rollback") && state == StepState::Pending)
            continue;
        QTreeWidgetItem *item = m_steps->topLevelItem(visible);
        if (!item)
            item = new QTreeWidgetItem(m_steps);
        fillStepItem(item, index, runOver);
        ++visible;
    }
    while (m_steps->topLevelItemCount() > visible)
        delete m_steps->takeTopLevelItem(visible);
    fitSteps(visible);
}

void ProgressPage::fillStepItem(QTreeWidgetItem *item, const QModelIndex &index, bool runOver,
                                const QString &stripPrefix)
{
    const QString id = index.data(wizard::ProvisioningStepModel::IdRole).toString();
    const auto state = StepState(index.data(wizard::ProvisioningStepModel::StateRole).toInt());
    QString label = index.data(Qt::DisplayRole).toString();
    // Under its node's group "web-2: Virtual machine" reads "Virtual machine".
    if (!stripPrefix.isEmpty() && label.startsWith(stripPrefix))
        label = label.mid(stripPrefix.size());
    const QString detail = index.data(wizard::ProvisioningStepModel::DetailRole).toString();
    item->setText(0, label);
    item->setIcon(0, stateIcon(style(), state));
    item->setText(1, stateText(state, runOver));
    item->setText(
        2, elapsedText(index.data(wizard::ProvisioningStepModel::ElapsedMsRole).toLongLong()));
    item->setText(3, detail);
    item->setToolTip(3, detail);
    item->setData(0, Qt::UserRole, id);
    item->setData(1, Qt::UserRole, int(state));
    item->setData(0, Qt::AccessibleTextRole, tr("%1: %2").arg(label, stateText(state, runOver)));
}

// Several hosts: one group for what they share, one per node (its rows, in order), one for the
// swarm, then the rollback once it runs. A group shows the state of its rows as one (failed if
// one failed, running while one runs, done when all are); a node group opens while it runs or
// failed and closes once done, unless the user opened or closed it. Every row keeps its full
// height: the list scrolls rather than squeezes.
void ProgressPage::refreshGroupedSteps(const QStringList &nodes, bool runOver)
{
    const wizard::ProvisioningStepModel *model = m_controller->session()->steps();
    if (!m_grouped) {
        m_steps->clear();
        m_groups.clear();
        m_userToggled.clear();
        m_steps->setRootIsDecorated(true);
        m_grouped = true;
    }
    // Where each row goes.
    const QString shared = QStringLiteral("group:shared");
    const QString swarm = QStringLiteral("group:swarm");
    QStringList order{shared};
    for (const QString &n : nodes)
        order << QStringLiteral("group:node:") + n;
    order << swarm;
    QHash<QString, QList<int>> rowsOf;
    int rollbackRow = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r);
        const QString id = index.data(wizard::ProvisioningStepModel::IdRole).toString();
        const auto state = StepState(index.data(wizard::ProvisioningStepModel::StateRole).toInt());
        if (id == QLatin1String("rollback")) {
            if (state != StepState::Pending)
                rollbackRow = r;
            continue;
        }
        QString group = shared;
        if (id.startsWith(QLatin1String("swarm-"))) {
            group = swarm;
        } else {
            for (const QString &n : nodes)
                if (id.endsWith(QLatin1Char('-') + n)) {
                    group = QStringLiteral("group:node:") + n;
                    break;
                }
        }
        rowsOf[group] << r;
    }
    int top = 0;
    int visibleRows = 0;
    for (const QString &group : std::as_const(order)) {
        const QList<int> rows = rowsOf.value(group);
        if (rows.isEmpty())
            continue;
        QTreeWidgetItem *g = m_groups.value(group);
        if (!g) {
            g = new QTreeWidgetItem;
            m_steps->insertTopLevelItem(top, g);
            m_groups.insert(group, g);
            g->setFirstColumnSpanned(false);
            QFont bold = g->font(0);
            bold.setBold(true);
            g->setFont(0, bold);
        } else if (m_steps->indexOfTopLevelItem(g) != top) {
            m_steps->takeTopLevelItem(m_steps->indexOfTopLevelItem(g));
            m_steps->insertTopLevelItem(top, g);
        }
        ++top;
        const QString node =
            group.startsWith(QLatin1String("group:node:")) ? group.mid(11) : QString();
        const QString prefix = node.isEmpty() ? QString() : node + QStringLiteral(": ");
        for (int i = 0; i < rows.size(); ++i) {
            QTreeWidgetItem *child = g->child(i);
            if (!child)
                child = new QTreeWidgetItem(g);
            fillStepItem(child, model->index(rows.at(i)), runOver, prefix);
        }
        while (g->childCount() > rows.size())
            delete g->takeChild(rows.size());
        // The group as one.
        bool anyFailed = false, anyRunning = false, anyCancelled = false, allFinished = true;
        bool anyDone = false;
        qint64 elapsed = 0;
        QString detail;
        for (int r : rows) {
            const QModelIndex index = model->index(r);
            const auto st = StepState(index.data(wizard::ProvisioningStepModel::StateRole).toInt());
            elapsed += index.data(wizard::ProvisioningStepModel::ElapsedMsRole).toLongLong();
            anyFailed = anyFailed || st == StepState::Failed;
            anyRunning = anyRunning || st == StepState::Running;
            anyCancelled = anyCancelled || st == StepState::Cancelled;
            anyDone = anyDone || st == StepState::Done;
            allFinished = allFinished && (st == StepState::Done || st == StepState::Skipped);
            if (st == StepState::Failed || (st == StepState::Running && !anyFailed) ||
                (detail.isEmpty() && st == StepState::Done))
                detail = index.data(wizard::ProvisioningStepModel::DetailRole).toString();
        }
        const StepState state = anyFailed      ? StepState::Failed
                                : anyRunning   ? StepState::Running
                                : anyCancelled ? StepState::Cancelled
                                : allFinished  ? (anyDone ? StepState::Done : StepState::Skipped)
                                               : StepState::Pending;
        const QString label = group == shared  ? tr("Shared by the hosts")
                              : group == swarm ? tr("Swarm")
                                               : tr("Host %1").arg(node);
        const int before =
            g->data(1, Qt::UserRole).isValid() ? g->data(1, Qt::UserRole).toInt() : -1;
        g->setText(0, label);
        g->setIcon(0, stateIcon(style(), state));
        g->setText(1, stateText(state, runOver));
        g->setText(2, elapsedText(elapsed));
        g->setText(3, detail);
        g->setToolTip(3, detail);
        g->setData(0, Qt::UserRole, group);
        g->setData(1, Qt::UserRole, int(state));
        g->setData(0, Qt::AccessibleTextRole, tr("%1: %2").arg(label, stateText(state, runOver)));
        if (before != int(state) && !m_userToggled.contains(group)) {
            // Open what is worth reading now; close a group once it is done, except the
            // swarm's: at the end the hosts read one line each, above the swarm's rows.
            const bool open = state == StepState::Running || state == StepState::Failed ||
                              state == StepState::Cancelled || group == swarm ||
                              (state == StepState::Pending && before < 0);
            m_autoExpanding = true;
            g->setExpanded(open);
            m_autoExpanding = false;
        }
        visibleRows += 1 + (g->isExpanded() ? g->childCount() : 0);
    }
    // The rollback, on its own, once it runs.
    if (rollbackRow >= 0) {
        QTreeWidgetItem *item = m_groups.value(QStringLiteral("rollback"));
        if (!item) {
            item = new QTreeWidgetItem;
            m_groups.insert(QStringLiteral("rollback"), item);
        }
        if (m_steps->indexOfTopLevelItem(item) < 0)
            m_steps->insertTopLevelItem(top, item);
        fillStepItem(item, model->index(rollbackRow), runOver);
        ++top;
        ++visibleRows;
    }
    // Groups no longer used (none in practice; a plan that shrank).
    while (m_steps->topLevelItemCount() > top) {
        QTreeWidgetItem *gone = m_steps->takeTopLevelItem(top);
        m_groups.remove(m_groups.key(gone));
        delete gone;
    }
    fitSteps(visibleRows);
}

void ProgressPage::fitSteps(int visible)
{
    // Every row in view (up to a dozen; more scroll): the table never gives its room to the
    // result or the log.
    const int rowHeight = visible > 0 ? m_steps->sizeHintForRow(0) : 0;
    const int shown = std::min(std::max(visible, 1), 12);
    m_steps->setMinimumHeight(m_steps->header()->sizeHint().height() + 2 * m_steps->frameWidth() +
                              shown * std::max(rowHeight, m_steps->fontMetrics().height()));
}

void ProgressPage::refreshState()
{
    using State = wizard::ProvisioningSession::State;
    const auto state = m_controller->session()->state();
    switch (state) {
    case State::NotStarted:
    case State::Running:
        setTitle(m_controller->session()->isSwarm() ? tr("Creating the Docker hosts")
                                                    : tr("Creating the Docker host"));
        setSubTitle(tr("This takes a few minutes on Azure. Cancel removes what was created so "
                       "far."));
        break;
    case State::Cancelling:
        setTitle(tr("Removing what was created"));
        setSubTitle(tr("Removing what this run created, newest first; this can take a few "
                       "minutes on Azure."));
        break;
    case State::Cancelled:
        setTitle(tr("Creation cancelled"));
        setSubTitle(tr("What this run had created and what was removed is listed below. Start "
                       "over keeps your choices."));
        break;
    case State::Failed:
        setTitle(tr("The Docker host could not be created"));
        setSubTitle(tr("What failed, and what was removed, is listed below. Start over keeps "
                       "your choices."));
        break;
    case State::Succeeded:
        if (!m_controller->session()->result().nodes.isEmpty()) {
            setTitle(tr("The swarm is ready"));
            setSubTitle(tr("The swarm's hosts answered Docker over TLS. Next checks the leader as "
                           "your Docker client will and lists the swarm's nodes."));
            break;
        }
        setTitle(tr("The Docker host is ready"));
        setSubTitle(tr("Docker answered over TLS. Next checks the connection as your Docker "
                       "client will."));
        break;
    }
    refreshSteps(); // "waiting" becomes "not run" once the run is over
    m_cancel->setEnabled(state == wizard::ProvisioningSession::State::Running);
    m_cancel->setText(state == wizard::ProvisioningSession::State::Cancelling
                          ? tr("Removing what was created…")
                          : tr("Cancel and &remove what was created"));
    m_result->setText(m_controller->session()->resultText());
    static_cast<ResultArea *>(m_resultArea)->fit();
    m_startOver->setVisible(state == wizard::ProvisioningSession::State::Failed ||
                            state == wizard::ProvisioningSession::State::Cancelled);
    QPalette pal = palette();
    if (state == wizard::ProvisioningSession::State::Failed)
        pal.setColor(QPalette::WindowText, errorTextColor(pal));
    m_result->setPalette(pal);
    if (!m_cancel->isEnabled() && m_cancel->hasFocus()) {
        if (m_startOver->isVisible())
            m_startOver->setFocus();
        else
            m_log->setFocus();
    }
    // Only while there is something to cancel: after the run a greyed "Cancel and remove" beside
    // a finished host read as if it could still be undone here (Start over takes its place after
    // a failure or a cancel).
    m_cancel->setVisible(state == wizard::ProvisioningSession::State::Running ||
                         state == wizard::ProvisioningSession::State::Cancelling);
    if (wizard()) {
        wizard()
            ->button(QWizard::CancelButton)
            ->setEnabled(state != wizard::ProvisioningSession::State::Running &&
                         state != wizard::ProvisioningSession::State::Cancelling);
    }
}

// --- Connection -----------------------------------------------------------------------------

ConnectionPage::ConnectionPage(Controller *controller, QWidget *parent)
    : ControllerPage(controller, Page::Connection, parent)
{
    setObjectName(QStringLiteral("connectionPage"));
    setTitle(tr("Connect to Docker"));
    setSubTitle(tr("Checks over TLS, stage by stage, that Docker answers with your "
                   "certificates."));

    m_connection = new docker::ConnectionController(this);
    m_connection->setObjectName(QStringLiteral("connectionController"));
    m_connection->setDockerConfigDir(controller->options().dockerConfigDir);

    auto *layout = new QVBoxLayout(this);
    // "Check an existing host": the target is typed in here.
    m_targetBox = new QWidget(this);
    m_targetBox->setObjectName(QStringLiteral("checkTargetBox"));
    auto *form = new QFormLayout(m_targetBox);
    form->setContentsMargins(0, 0, 0, 0);
    m_host = new QLineEdit(m_targetBox);
    m_host->setObjectName(QStringLiteral("checkHostEdit"));
    m_host->setPlaceholderText(tr("myhost.cloudapp.net"));
    auto *hostLabel = new QLabel(tr("&Host:"), m_targetBox);
    hostLabel->setBuddy(m_host);
    form->addRow(hostLabel, m_host);
    m_port = new QSpinBox(m_targetBox);
    m_port->setObjectName(QStringLiteral("checkPortSpin"));
    m_port->setRange(1, 65535);
    auto *portLabel = new QLabel(tr("Po&rt:"), m_targetBox);
    portLabel->setBuddy(m_port);
    form->addRow(portLabel, m_port);
    auto *dirRow = new QHBoxLayout;
    m_certDir = new QLineEdit(m_targetBox);
    m_certDir->setObjectName(QStringLiteral("checkCertDirEdit"));
    auto *dirLabel = new QLabel(tr("Cert&ificate folder:"), m_targetBox);
    dirLabel->setBuddy(m_certDir);
    m_check = new QPushButton(tr("Chec&k"), m_targetBox);
    m_check->setObjectName(QStringLiteral("checkButton"));
    dirRow->addWidget(m_certDir, 1);
    dirRow->addWidget(m_check);
    form->addRow(dirLabel, dirRow);
    layout->addWidget(m_targetBox);

    m_panel = new ConnectionPanel(m_connection, this);
    m_panel->setObjectName(QStringLiteral("connectionPanel"));
    // A swarm's nodes, asked from its leader over the same certificates (see initializePage).
    m_swarm = new wizard::SwarmOverview(this);
    m_swarm->setObjectName(QStringLiteral("swarmOverview"));
    static_cast<ConnectionPanel *>(m_panel)->setSwarm(m_swarm);
    layout->addWidget(m_panel, 1);

    m_host->setAccessibleName(tr("Docker host to check"));
    m_port->setAccessibleName(tr("Docker port"));
    m_certDir->setAccessibleName(tr("Certificate folder"));
    m_check->setAccessibleName(tr("Check the connection"));
    m_check->setAutoDefault(false);

    // The panel shows what will be checked as it is typed: never a stale target.
    auto syncTarget = [this] {
        if (m_targetBox->isVisible() || m_controller->mode() == Controller::Mode::CheckExisting)
            m_connection->setTarget(m_host->text().trimmed(), m_port->value(),
                                    QDir::fromNativeSeparators(m_certDir->text().trimmed()));
    };
    connect(m_host, &QLineEdit::textChanged, this, syncTarget);
    connect(m_port, &QSpinBox::valueChanged, this, syncTarget);
    connect(m_certDir, &QLineEdit::textChanged, this, syncTarget);
    auto check = [this, syncTarget] {
        syncTarget();
        m_connection->setHostOverrides(m_controller->connection()->hostOverrides());
        if (m_host->text().trimmed().isEmpty()) {
            m_host->setFocus();
            return;
        }
        m_controller->connection()->rememberHost(m_host->text().trimmed());
        m_connection->retry();
    };
    connect(m_check, &QPushButton::clicked, this, check);
    // Enter in a field checks; it never reaches Finish (which would close the wizard).
    for (QWidget *field : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                           static_cast<QWidget *>(m_certDir)})
        handleEnter(field, check);
    auto updateCheck = [this] {
        m_check->setEnabled(!m_host->text().trimmed().isEmpty());
    };
    connect(m_host, &QLineEdit::textChanged, this, updateCheck);
    updateCheck();
}

QWidget *ConnectionPage::firstField() const
{
    if (m_targetBox->isVisible())
        return m_host;
    return m_panel ? m_panel->nextInFocusChain() : nullptr;
}

void ConnectionPage::initializePage()
{
    const bool checkExisting = m_controller->mode() == Controller::Mode::CheckExisting;
    m_targetBox->setVisible(checkExisting);
    // The diagnosis names where the port is set (never the command line's --docker-port).
    m_connection->setPortSetting(checkExisting ? tr("the Port field on this page")
                                               : tr("the Docker port on the Docker page"));
    m_connection->setCertDirSetting(checkExisting
                                        ? tr("the Certificate folder field on this page")
                                        : tr("the certificate folder on the Docker page"));
    m_host->setText(m_controller->connection()->host());
    m_port->setValue(m_controller->connection()->port());
    m_certDir->setText(QDir::toNativeSeparators(m_controller->connection()->certDir()));
    // After a swarm's run: the check is the leader's, the Swarm tab lists every node.
    const bool swarm =
        !checkExisting &&
        m_controller->session()->state() == wizard::ProvisioningSession::State::Succeeded &&
        !m_controller->session()->result().nodes.isEmpty();
    m_swarm->setRun(m_controller->session()->dnsName(),
                    swarm ? m_controller->session()->result() : cloud::RunResult());
    if (checkExisting) {
        // What the fields say, not what an earlier visit left.
        m_connection->setTarget(m_host->text().trimmed(), m_port->value(),
                                m_controller->connection()->certDir());
        return; // the user starts the check
    }
    // After Create: Docker answered the provisioner already; check again as the user would.
    m_connection->setTarget(m_controller->connection()->host(), m_controller->connection()->port(),
                            m_controller->connection()->certDir());
    m_connection->setHostOverrides(m_controller->connection()->hostOverrides());
    m_connection->setWaitSeconds(60);
    m_connection->retry();
}

} // namespace dockervm::ui
