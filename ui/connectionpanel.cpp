#include "ui/connectionpanel.h"
#include "ui/statuscolors.h"

#include "common/textsafety.h"
#include "docker/dockerinfo.h"
#include "wizard/swarmoverview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace dockervm::ui {

using docker::ConnectionController;
using StageState = docker::ConnectionController::StageState;
using State = docker::ConnectionController::State;

namespace {

enum Column { StageColumn, TimeColumn, DetailColumn };

// Small status icons drawn here, so they look the same on every platform and theme.
QIcon statusIcon(StageState state, int size = 16)
{
    const qreal dpr = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap pm(QSize(size, size) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(1, 1, size - 2, size - 2);
    switch (state) {
    case StageState::Passed: {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2e, 0x7d, 0x32));
        p.drawEllipse(r);
        QPen pen(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        QPainterPath tick;
        tick.moveTo(size * 0.28, size * 0.52);
        tick.lineTo(size * 0.44, size * 0.68);
        tick.lineTo(size * 0.72, size * 0.34);
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
        break;
    }
    case StageState::Failed: {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xc6, 0x28, 0x28));
        p.drawEllipse(r);
        QPen pen(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap);
        p.setPen(pen);
        p.drawLine(QPointF(size * 0.33, size * 0.33), QPointF(size * 0.67, size * 0.67));
        p.drawLine(QPointF(size * 0.67, size * 0.33), QPointF(size * 0.33, size * 0.67));
        break;
    }
    case StageState::Running: {
        p.setPen(QPen(QColor(0x15, 0x65, 0xc0), size / 8.0));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r.adjusted(1, 1, -1, -1));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x15, 0x65, 0xc0));
        const qreal d = size / 7.0;
        for (int i = 0; i < 3; ++i)
            p.drawEllipse(QPointF(size * (0.3 + 0.2 * i), size * 0.5), d / 1.4, d / 1.4);
        break;
    }
    case StageState::Pending:
        p.setPen(QPen(QColor(0x9e, 0x9e, 0x9e), size / 10.0));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r.adjusted(2, 2, -2, -2));
        break;
    }
    return QIcon(pm);
}

QString stateText(StageState state)
{
    switch (state) {
    case StageState::Pending:
        return ConnectionPanel::tr("Pending");
    case StageState::Running:
        return ConnectionPanel::tr("Running");
    case StageState::Passed:
        return ConnectionPanel::tr("Passed");
    case StageState::Failed:
        return ConnectionPanel::tr("Failed");
    }
    return {};
}

QString elapsedText(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return ConnectionPanel::tr("%1 ms").arg(ms);
    return ConnectionPanel::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}

QString numberOrDash(qint64 n)
{
    return n < 0 ? QStringLiteral("—") : QString::number(n);
}

// Keeps a read-only QPlainTextEdit as tall as its wrapped text, between min and max lines.
class CodeBoxFitter : public QObject
{
public:
    CodeBoxFitter(QPlainTextEdit *edit, int minLines, int maxLines)
        : QObject(edit), m_edit(edit), m_min(minLines), m_max(maxLines)
    {
        edit->installEventFilter(this);
    }

    void fit()
    {
        const QFontMetrics fm(m_edit->font());
        const int chrome =
            2 * m_edit->frameWidth() + int(m_edit->document()->documentMargin() * 2) + 2;
        const int width =
            m_edit->width() - chrome -
            (m_edit->verticalScrollBar()->isVisible() ? m_edit->verticalScrollBar()->width() : 0);
        int lines = m_min;
        if (width > 0) {
            QTextDocument doc;
            doc.setDefaultFont(m_edit->font());
            doc.setDocumentMargin(0);
            QTextOption option;
            option.setWrapMode(m_edit->wordWrapMode());
            doc.setDefaultTextOption(option);
            doc.setPlainText(m_edit->toPlainText());
            doc.setTextWidth(width);
            lines = int(std::ceil(doc.size().height() / qMax(1, fm.lineSpacing())));
        }
        const int h = fm.lineSpacing() * qBound(m_min, lines, m_max) + chrome;
        if (h != m_edit->height())
            m_edit->setFixedHeight(h);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_edit &&
            (event->type() == QEvent::Resize || event->type() == QEvent::Show ||
             event->type() == QEvent::FontChange))
            fit();
        return QObject::eventFilter(watched, event);
    }

private:
    QPlainTextEdit *m_edit;
    int m_min;
    int m_max;
};

QPushButton *makeButton(const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(objectName);
    b->setAutoDefault(false);
    return b;
}

} // namespace

ConnectionPanel::ConnectionPanel(docker::ConnectionController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    Q_ASSERT(controller);
    setObjectName(QStringLiteral("connectionPanel"));
    buildUi();

    connect(controller, &ConnectionController::targetChanged, this, &ConnectionPanel::updateTarget);
    connect(controller, &ConnectionController::stateChanged, this, &ConnectionPanel::updateState);
    connect(controller, &ConnectionController::summaryChanged, this, [this] {
        m_summaryTarget = m_controller->targetUrl() + QLatin1Char('\n') + m_controller->certDir();
        updateState();
    });
    connect(controller, &ConnectionController::stagesReset, this, &ConnectionPanel::updateStages);
    connect(controller, &ConnectionController::stageUpdated, this, &ConnectionPanel::updateStage);
    connect(controller, &ConnectionController::serverFactsChanged, this,
            &ConnectionPanel::updateFacts);
    connect(controller, &ConnectionController::attemptLogged, this, [this](const QString &line) {
        m_log->appendPlainText(line);
        m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
    });
    connect(controller, &ConnectionController::contextBusyChanged, this,
            [this](bool busy) { m_createContext->setEnabled(!busy); });
    connect(controller, &ConnectionController::contextFinished, this,
            &ConnectionPanel::onContextFinished);
    // The controller may go first (it is not ours): leave the widgets as they were.
    connect(controller, &QObject::destroyed, this, [this] { setEnabled(false); });

    connect(controller, &ConnectionController::stagesReset, this, [this] {
        m_stages->setCurrentItem(nullptr);
        updateStageDetail();
    });
    for (const QString &line : controller->attemptLog())
        m_log->appendPlainText(line);
    updateTarget();
    updateStages();
    updateFacts();
    updateState();
}

ConnectionPanel::~ConnectionPanel() = default;

void ConnectionPanel::translated(std::function<void()> apply)
{
    apply();
    m_retranslate.append(std::move(apply));
}

bool ConnectionPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_contextName && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_createContext->isEnabled())
                m_createContext->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConnectionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (const auto &apply : std::as_const(m_retranslate))
            apply();
        if (m_controller) {
            updateTarget();
            updateStages();
            updateFacts();
            updateState();
        }
    }
    QWidget::changeEvent(event);
}

// Mnemonics: Re&try, Sto&p, Copy &docker command, Open certificate f&older, &Checks, &Server,
// &Use from a terminal, Attempt &log, Docker co&mmand, En&vironment for, Copy &environment,
// Context n&ame, Create docker conte&xt, Cop&y command. Free for the page around the panel:
// B, F, N (QWizard), G, I, J, K, Q, R, Z. A swarm's tab takes S&warm and Refres&h.
void ConnectionPanel::buildUi()
{
    auto *root = new QVBoxLayout(this);

    // --- summary --------------------------------------------------------------------------------
    auto *top = new QHBoxLayout;
    m_stateIcon = new QLabel(this);
    m_stateIcon->setObjectName(QStringLiteral("stateIcon"));
    m_stateIcon->setFixedSize(24, 24);
    m_stateIcon->setAlignment(Qt::AlignTop);
    top->addWidget(m_stateIcon, 0, Qt::AlignTop);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setMinimumWidth(200);
    top->addWidget(m_summary, 1);
    root->addLayout(top);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    translated([this] { m_busy->setAccessibleName(tr("Checking")); });
    root->addWidget(m_busy);

    // --- target ---------------------------------------------------------------------------------
    auto *targetForm = new QFormLayout;
    targetForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto valueLabel = [this](const char *name) {
        auto *l = new QLabel(this);
        l->setObjectName(QLatin1String(name));
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
        return l;
    };
    m_target = valueLabel("targetLabel");
    m_certDir = valueLabel("certDirLabel");
    m_mode = valueLabel("modeLabel");
    auto *targetCaption = new QLabel(this);
    auto *certCaption = new QLabel(this);
    auto *modeCaption = new QLabel(this);
    translated([targetCaption, certCaption, modeCaption] {
        targetCaption->setText(tr("Docker host:"));
        certCaption->setText(tr("Certificates:"));
        modeCaption->setText(tr("Mode:"));
    });
    targetForm->addRow(targetCaption, m_target);
    targetForm->addRow(certCaption, m_certDir);
    targetForm->addRow(modeCaption, m_mode);
    root->addLayout(targetForm);

    // --- tabs: checks, server, terminal, log -----------------------------------------------------
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("panelTabs"));
    // The Checks tab scrolls as a whole: at a small window size its rows and the detail below
    // them keep their own room (a layout squeezed below its minimum draws one over the other).
    auto *checksTab = new QScrollArea(this);
    checksTab->setObjectName(QStringLiteral("checksTab"));
    checksTab->setWidgetResizable(true);
    checksTab->setFrameShape(QFrame::NoFrame);
    checksTab->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *checksPage = new QWidget(checksTab);
    checksPage->setObjectName(QStringLiteral("checksContent"));
    auto *checksLayout = new QVBoxLayout(checksPage);
    m_stages = new QTreeWidget(checksPage);
    m_stages->setObjectName(QStringLiteral("stageList"));
    m_stages->setColumnCount(3);
    m_stages->setRootIsDecorated(false);
    m_stages->setUniformRowHeights(true);
    m_stages->setAllColumnsShowFocus(true);
    m_stages->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stages->setTextElideMode(Qt::ElideRight);
    m_stages->header()->setStretchLastSection(true);
    m_stages->header()->setSectionResizeMode(StageColumn, QHeaderView::ResizeToContents);
    m_stages->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_stages->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stages->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stages->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    translated([this] {
        m_stages->setHeaderLabels({tr("Stage"), tr("Time"), tr("Result")});
        m_stages->setAccessibleName(tr("Stages of the connection check"));
    });
    checksLayout->addWidget(m_stages);
    // The whole diagnosis of the selected stage (the failed or running one by default): the list
    // shows one line per stage, the sentences that say what to do need room to wrap.
    m_stageDetail = new QLabel(checksPage);
    m_stageDetail->setObjectName(QStringLiteral("stageDetailLabel"));
    m_stageDetail->setWordWrap(true);
    m_stageDetail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_stageDetail->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    checksLayout->addWidget(m_stageDetail, 1);
    connect(m_stages, &QTreeWidget::currentItemChanged, this, &ConnectionPanel::updateStageDetail);

    auto *serverPage = new QWidget(this);
    serverPage->setObjectName(QStringLiteral("serverTab"));
    m_serverPage = serverPage;
    m_factsForm = new QFormLayout(serverPage);
    m_factsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_factsForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const QList<std::pair<const char *, const char *>> facts{
        {"serverVersionLabel", QT_TR_NOOP("Docker version:")},
        {"apiVersionLabel", QT_TR_NOOP("API version:")},
        {"osLabel", QT_TR_NOOP("Operating system:")},
        {"kernelLabel", QT_TR_NOOP("Kernel:")},
        {"architectureLabel", QT_TR_NOOP("Architecture:")},
        {"cpusLabel", QT_TR_NOOP("CPUs:")},
        {"memoryLabel", QT_TR_NOOP("Memory:")},
        {"storageDriverLabel", QT_TR_NOOP("Storage driver:")},
        {"containersLabel", QT_TR_NOOP("Containers:")},
        {"imagesLabel", QT_TR_NOOP("Images:")},
        {"serverNameLabel", QT_TR_NOOP("Name:")},
    };
    for (const auto &[name, caption] : facts) {
        auto *captionLabel = new QLabel(serverPage);
        translated([captionLabel, c = caption] { captionLabel->setText(tr(c)); });
        // What the daemon says about itself is shown as plain text: a Name such as
        // "<img src=…>" is not markup, and control characters are shown as escapes.
        auto *value = new QLabel(serverPage);
        value->setObjectName(QLatin1String(name));
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        captionLabel->setBuddy(value);
        m_factsForm->addRow(captionLabel, value);
        m_facts.insert(QLatin1String(name), value);
    }

    auto *terminalPage = new QWidget(this);
    terminalPage->setObjectName(QStringLiteral("terminalTab"));
    auto *grid = new QGridLayout(terminalPage);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto codeBox = [&](const char *name, int minLines, int maxLines) {
        auto *edit = new QPlainTextEdit(terminalPage);
        edit->setObjectName(QLatin1String(name));
        edit->setReadOnly(true);
        edit->setFont(mono);
        edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        edit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        edit->setTabChangesFocus(true);
        edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        // Grows with its text (long certificate paths wrap) between minLines and maxLines.
        auto *fitter = new CodeBoxFitter(edit, minLines, maxLines);
        connect(edit, &QPlainTextEdit::textChanged, fitter, &CodeBoxFitter::fit);
        fitter->fit();
        return edit;
    };

    auto *commandCaption = new QLabel(terminalPage);
    m_command = codeBox("dockerCommandText", 1, 4);
    commandCaption->setBuddy(m_command);
    grid->addWidget(commandCaption, 0, 0, Qt::AlignTop);
    grid->addWidget(m_command, 0, 1, 1, 3);

    auto *shellCaption = new QLabel(terminalPage);
    m_shell = new QComboBox(terminalPage);
    m_shell->setObjectName(QStringLiteral("shellCombo"));
    for (docker::Shell s : {docker::Shell::Bash, docker::Shell::PowerShell, docker::Shell::Cmd})
        m_shell->addItem(QString(), int(s));
    shellCaption->setBuddy(m_shell);
    m_copyEnv = makeButton(QStringLiteral("copyEnvButton"), terminalPage);
    m_env = codeBox("envText", 3, 6);
    grid->addWidget(shellCaption, 1, 0);
    grid->addWidget(m_shell, 1, 1);
    grid->addWidget(m_copyEnv, 1, 3);
    grid->addWidget(m_env, 2, 1, 1, 3);

    auto *contextCaption = new QLabel(terminalPage);
    m_contextName = new QLineEdit(terminalPage);
    m_contextName->setObjectName(QStringLiteral("contextNameEdit"));
    m_contextName->setMaxLength(100);
    contextCaption->setBuddy(m_contextName);
    m_createContext = makeButton(QStringLiteral("createContextButton"), terminalPage);
    grid->addWidget(contextCaption, 3, 0);
    grid->addWidget(m_contextName, 3, 1);
    grid->addWidget(m_createContext, 3, 3);
    m_contextStatus = new QLabel(terminalPage);
    m_contextStatus->setTextFormat(Qt::PlainText);
    m_contextStatus->setObjectName(QStringLiteral("contextStatusLabel"));
    m_contextStatus->setWordWrap(true);
    m_contextStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contextStatus->hide();
    grid->addWidget(m_contextStatus, 4, 1, 1, 3);
    m_contextCommand = codeBox("contextCommandText", 2, 6);
    m_contextCommand->hide();
    m_copyContextCommand = makeButton(QStringLiteral("copyContextCommandButton"), terminalPage);
    m_copyContextCommand->hide();
    grid->addWidget(m_contextCommand, 5, 1, 1, 3);
    grid->addWidget(m_copyContextCommand, 6, 3);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(7, 1);

    // --- swarm (only while one is set) -------------------------------------------------------
    m_swarmPage = new QWidget(this);
    m_swarmPage->setObjectName(QStringLiteral("swarmTab"));
    m_swarmPage->hide();
    auto *swarmLayout = new QVBoxLayout(m_swarmPage);
    m_swarmPartial = new QLabel(m_swarmPage);
    m_swarmPartial->setObjectName(QStringLiteral("swarmPartialLabel"));
    m_swarmPartial->setTextFormat(Qt::PlainText);
    m_swarmPartial->setWordWrap(true);
    m_swarmPartial->setTextInteractionFlags(Qt::TextSelectableByMouse);
    swarmLayout->addWidget(m_swarmPartial);
    m_swarmNodes = new QTreeWidget(m_swarmPage);
    m_swarmNodes->setObjectName(QStringLiteral("swarmNodeList"));
    m_swarmNodes->setColumnCount(7);
    m_swarmNodes->setRootIsDecorated(false);
    m_swarmNodes->setUniformRowHeights(true);
    m_swarmNodes->setAllColumnsShowFocus(true);
    m_swarmNodes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_swarmNodes->setTextElideMode(Qt::ElideMiddle);
    // Every column in view: the address takes what is left (elided in the middle, whole in
    // its tooltip), the others their contents.
    for (int c = 0; c < 7; ++c)
        m_swarmNodes->header()->setSectionResizeMode(c, c == 1 ? QHeaderView::Stretch
                                                               : QHeaderView::ResizeToContents);
    m_swarmNodes->header()->setStretchLastSection(false);
    m_swarmNodes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    swarmLayout->addWidget(m_swarmNodes, 1);
    m_swarmStatus = new QLabel(m_swarmPage);
    m_swarmStatus->setObjectName(QStringLiteral("swarmStatusLabel"));
    m_swarmStatus->setTextFormat(Qt::PlainText);
    m_swarmStatus->setWordWrap(true);
    m_swarmStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *swarmRow = new QHBoxLayout;
    swarmRow->addWidget(m_swarmStatus, 1);
    m_swarmRefresh = makeButton(QStringLiteral("swarmRefreshButton"), m_swarmPage);
    swarmRow->addWidget(m_swarmRefresh, 0, Qt::AlignTop);
    swarmLayout->addLayout(swarmRow);
    m_swarmLeaderNote = new QLabel(m_swarmPage);
    m_swarmLeaderNote->setObjectName(QStringLiteral("swarmLeaderNote"));
    m_swarmLeaderNote->setTextFormat(Qt::PlainText);
    m_swarmLeaderNote->setWordWrap(true);
    m_swarmLeaderNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    swarmLayout->addWidget(m_swarmLeaderNote);
    connect(m_swarmRefresh, &QPushButton::clicked, this, [this] {
        if (m_swarm)
            m_swarm->refresh();
    });
    m_swarmTimer = new QTimer(this);
    m_swarmTimer->setInterval(15000);
    connect(m_swarmTimer, &QTimer::timeout, this, [this] {
        // Only what the user looks at: the tab in view, the leader answering, no refresh running.
        if (m_swarm && m_swarm->isSwarm() && isVisible() &&
            m_tabs->currentWidget() == m_swarmPage && m_controller &&
            m_controller->state() == docker::ConnectionController::State::Connected &&
            m_swarm->state() != wizard::SwarmOverview::State::Refreshing)
            m_swarm->refresh();
    });
    translated([this] {
        m_swarmNodes->setHeaderLabels({tr("Node"), tr("Address"), tr("Role"), tr("Leader"),
                                       tr("Availability"), tr("State"), tr("Engine")});
        m_swarmNodes->setAccessibleName(tr("Nodes of the swarm"));
        m_swarmRefresh->setText(tr("Refres&h"));
        m_swarmRefresh->setToolTip(tr("Ask the swarm's leader for its nodes again"));
        m_swarmRefresh->setAccessibleName(tr("Refresh the swarm's nodes from the leader"));
        updateSwarm();
    });

    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("attemptLog"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_log->setTabChangesFocus(true);

    checksTab->setWidget(checksPage);
    checksTab->viewport()->setAutoFillBackground(false);
    checksPage->setAutoFillBackground(false);
    m_tabs->addTab(checksTab, QString());
    m_tabs->addTab(serverPage, QString());
    m_tabs->addTab(terminalPage, QString());
    m_tabs->addTab(m_log, QString());
    root->addWidget(m_tabs, 1);
    translated([=, this] {
        m_tabs->setTabText(0, tr("&Checks"));
        m_tabs->setTabText(1, tr("&Server"));
        m_tabs->setTabText(2, tr("&Use from a terminal"));
        m_tabs->setTabText(3, tr("Attempt &log"));
        m_log->setAccessibleName(tr("Attempt log"));
        m_stageDetail->setAccessibleName(tr("Details of the selected stage"));
        commandCaption->setText(tr("Docker co&mmand:"));
        m_command->setAccessibleName(tr("docker info command"));
        shellCaption->setText(tr("En&vironment for:"));
        for (int i = 0; i < m_shell->count(); ++i)
            m_shell->setItemText(
                i, docker::shellDisplayName(docker::Shell(m_shell->itemData(i).toInt())));
        m_shell->setAccessibleName(tr("Shell for the environment variables"));
        m_copyEnv->setText(tr("Copy &environment"));
        m_copyEnv->setAccessibleName(tr("Copy the environment variables"));
        m_env->setAccessibleName(tr("Environment variables for the chosen shell"));
        contextCaption->setText(tr("Context n&ame:"));
        m_contextName->setAccessibleName(tr("Docker context name"));
        m_createContext->setText(tr("Create docker conte&xt"));
        m_createContext->setAccessibleName(tr("Create a docker context for this host"));
        m_contextCommand->setAccessibleName(tr("docker context create command"));
        m_copyContextCommand->setText(tr("Cop&y command"));
        m_copyContextCommand->setAccessibleName(tr("Copy the docker context create command"));
    });

    // --- buttons --------------------------------------------------------------------------------
    auto *buttons = new QHBoxLayout;
    m_retry = makeButton(QStringLiteral("retryButton"), this);
    m_stop = makeButton(QStringLiteral("stopButton"), this);
    m_copyCommand = makeButton(QStringLiteral("copyCommandButton"), this);
    m_openFolder = makeButton(QStringLiteral("openCertFolderButton"), this);
    translated([this] {
        m_retry->setText(tr("Re&try"));
        m_retry->setToolTip(tr("Run the connection check again"));
        m_retry->setAccessibleName(tr("Retry the connection check"));
        m_stop->setText(tr("Sto&p"));
        m_stop->setAccessibleName(tr("Stop the connection check"));
        m_copyCommand->setText(tr("Copy &docker command"));
        m_copyCommand->setToolTip(tr("Copy the docker info command for the chosen shell"));
        m_copyCommand->setAccessibleName(tr("Copy the docker info command"));
        m_openFolder->setText(tr("Open certificate f&older"));
        m_openFolder->setAccessibleName(tr("Open the certificate folder"));
    });
    buttons->addWidget(m_retry);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    buttons->addWidget(m_copyCommand);
    buttons->addWidget(m_openFolder);
    root->addLayout(buttons);
    connect(m_retry, &QPushButton::clicked, m_controller, &ConnectionController::retry);
    connect(m_stop, &QPushButton::clicked, m_controller, &ConnectionController::cancel);
    connect(m_openFolder, &QPushButton::clicked, this, &ConnectionPanel::openCertFolder);

    m_copyStatus = new QLabel(this);
    m_copyStatus->setObjectName(QStringLiteral("copyStatusLabel"));
    m_copyStatus->setAccessibleName(tr("Status"));
    root->addWidget(m_copyStatus);
    m_copyStatusTimer = new QTimer(this);
    m_copyStatusTimer->setSingleShot(true);
    m_copyStatusTimer->setInterval(4000);
    connect(m_copyStatusTimer, &QTimer::timeout, m_copyStatus, &QLabel::clear);

    m_shell->setCurrentIndex(m_shell->findData(int(docker::defaultShell())));
    connect(m_shell, &QComboBox::currentIndexChanged, this, &ConnectionPanel::updateEnvironment);
    connect(m_copyCommand, &QPushButton::clicked, this, [this] {
        if (m_controller)
            copyText(m_controller->dockerCommand(currentShell()), tr("The docker command"));
    });
    connect(m_copyEnv, &QPushButton::clicked, this, [this] {
        if (!m_controller)
            return;
        QString error;
        const QString text = m_controller->environment(currentShell(), &error);
        if (!text.isEmpty())
            copyText(text, tr("The environment for %1").arg(m_shell->currentText()));
    });
    connect(m_contextName, &QLineEdit::textEdited, this, [this] { m_contextNameEdited = true; });
    // Enter in the name field creates the context and stays here (it must not reach the
    // wizard's default button).
    m_contextName->installEventFilter(this);
    connect(m_createContext, &QPushButton::clicked, this, [this] {
        if (!m_controller)
            return;
        m_contextStatus->setText(tr("Creating docker context '%1'…").arg(m_contextName->text()));
        m_contextStatus->show();
        m_contextCommand->hide();
        m_copyContextCommand->hide();
        m_controller->createContext(m_contextName->text());
    });
    connect(m_copyContextCommand, &QPushButton::clicked, this, [this] {
        copyText(m_contextCommand->toPlainText(), tr("The docker context command"));
    });

    setTabOrder(m_tabs, m_stages);
    setTabOrder(m_stages, m_command);
    setTabOrder(m_command, m_shell);
    setTabOrder(m_shell, m_copyEnv);
    setTabOrder(m_copyEnv, m_env);
    setTabOrder(m_env, m_contextName);
    setTabOrder(m_contextName, m_createContext);
    setTabOrder(m_createContext, m_contextCommand);
    setTabOrder(m_contextCommand, m_copyContextCommand);
    setTabOrder(m_copyContextCommand, m_log);
    setTabOrder(m_log, m_retry);
    setTabOrder(m_retry, m_stop);
    setTabOrder(m_stop, m_copyCommand);
    setTabOrder(m_copyCommand, m_openFolder);
}

docker::Shell ConnectionPanel::currentShell() const
{
    return docker::Shell(m_shell->currentData().toInt());
}

void ConnectionPanel::setCurrentShell(docker::Shell shell)
{
    m_shell->setCurrentIndex(m_shell->findData(int(shell)));
}

wizard::SwarmOverview *ConnectionPanel::swarm() const
{
    return m_swarm;
}

void ConnectionPanel::setSwarm(wizard::SwarmOverview *swarm)
{
    if (m_swarm == swarm)
        return;
    if (m_swarm)
        m_swarm->disconnect(this);
    m_swarm = swarm;
    if (swarm) {
        connect(swarm, &wizard::SwarmOverview::changed, this, &ConnectionPanel::updateSwarm);
        connect(swarm, &QObject::destroyed, this, [this] {
            m_swarmTimer->stop();
            updateSwarm();
        });
        m_swarmTimer->start();
    } else {
        m_swarmTimer->stop();
    }
    updateSwarm();
    // Connected already: ask the leader now.
    if (swarm && swarm->isSwarm() && m_controller && m_controller->state() == State::Connected &&
        swarm->state() == wizard::SwarmOverview::State::Empty)
        swarm->refresh();
}

void ConnectionPanel::setSwarmRefreshInterval(int ms)
{
    m_swarmTimer->setInterval(ms);
}

void ConnectionPanel::updateSwarm()
{
    const bool shown = m_swarm && m_swarm->isSwarm();
    // The tab exists only for a swarm (a hidden tab would keep its mnemonic).
    const int at = m_tabs->indexOf(m_swarmPage);
    if (shown && at < 0)
        m_tabs->insertTab(1, m_swarmPage, tr("S&warm"));
    else if (!shown && at >= 0)
        m_tabs->removeTab(at);
    if (!shown)
        return;
    m_tabs->setTabText(m_tabs->indexOf(m_swarmPage), tr("S&warm"));
    const wizard::SwarmOverview *swarm = m_swarm.data();
    const QList<wizard::SwarmOverview::Node> nodes = swarm->nodes();
    while (m_swarmNodes->topLevelItemCount() > nodes.size())
        delete m_swarmNodes->takeTopLevelItem(m_swarmNodes->topLevelItemCount() - 1);
    while (m_swarmNodes->topLevelItemCount() < nodes.size())
        m_swarmNodes->addTopLevelItem(new QTreeWidgetItem);
    QStringList lost;
    for (int i = 0; i < nodes.size(); ++i) {
        const wizard::SwarmOverview::Node &n = nodes.at(i);
        QTreeWidgetItem *item = m_swarmNodes->topLevelItem(i);
        // What the daemons report is shown as plain text with control characters escaped.
        auto safe = [](const QString &text) {
            return neutralizeControls(orDash(text));
        };
        QString address = n.endpoint;
        if (!n.privateAddress.isEmpty())
            address = address.isEmpty() ? n.privateAddress
                                        : tr("%1 (private %2)").arg(n.endpoint, n.privateAddress);
        item->setText(0, safe(n.name));
        item->setText(1, safe(address));
        item->setToolTip(1, address);
        item->setText(2, safe(n.role));
        item->setText(3, n.leader ? tr("leader") : QString());
        item->setText(4, n.failed ? QString() : safe(n.availability));
        QString state = n.state;
        if (n.failed)
            state = tr("failed: not in the swarm");
        else if (!n.listed && swarm->state() == wizard::SwarmOverview::State::Refreshed)
            state = tr("not listed by the leader");
        item->setText(5, safe(state));
        item->setText(6, n.failed ? QString() : safe(n.engineVersion));
        const StageState icon = n.failed ? StageState::Failed
                                : n.listed && n.state == QLatin1String("ready") &&
                                        n.availability == QLatin1String("active")
                                    ? StageState::Passed
                                : n.listed ? StageState::Failed
                                           : StageState::Pending;
        item->setIcon(0, statusIcon(icon));
        item->setData(0, Qt::UserRole, n.name);
        item->setData(5, Qt::UserRole, n.failed ? QStringLiteral("failed") : n.state);
        item->setToolTip(5, n.failed ? neutralizeControls(n.error) : QString());
        item->setData(0, Qt::AccessibleTextRole,
                      n.failed ? tr("%1: failed: %2").arg(n.name, n.error)
                               : tr("%1: %2, %3").arg(n.name, orDash(n.role), orDash(n.state)));
        QBrush fg = m_swarmNodes->palette().brush(QPalette::Text);
        if (n.failed)
            fg = errorTextColor(m_swarmNodes->palette());
        for (int c = 0; c < 7; ++c)
            item->setForeground(c, fg);
        if (n.failed)
            lost << tr("%1 (%2)").arg(n.name, n.error);
    }
    m_swarmPartial->setVisible(swarm->isPartial() || !lost.isEmpty());
    m_swarmPartial->setText(neutralizeControls(
        tr("A partial swarm: the run kept the hosts that work. Failed and removed: %1. Add "
           "hosts later with `docker-vm swarm add %2`, or delete it all with `docker-vm delete "
           "%2`.")
            .arg(lost.join(QStringLiteral("; ")), swarm->swarmName())));
    QPalette pal = m_swarmPartial->palette();
    pal.setColor(QPalette::WindowText, errorTextColor(palette()));
    m_swarmPartial->setPalette(pal);
    m_swarmStatus->setText(neutralizeControls(swarm->statusText()));
    m_swarmRefresh->setEnabled(swarm->state() != wizard::SwarmOverview::State::Refreshing);
    m_swarmLeaderNote->setText(
        tr("The docker command, the environment and the docker context on \"Use from a "
           "terminal\" are for the leader %1 (%2): there `docker node ls` lists the nodes and "
           "`docker service create` starts services on the whole swarm.")
            .arg(swarm->leaderName(), swarm->leaderEndpoint()));
}

void ConnectionPanel::updateTarget()
{
    if (!m_controller)
        return;
    const auto *c = m_controller.data();
    m_target->setText(c->host().isEmpty() ? QStringLiteral("—") : c->targetUrl());
    m_certDir->setText(c->certDir().isEmpty() ? QStringLiteral("—")
                                              : QDir::toNativeSeparators(c->certDir()));
    updateState(); // the summary names the target
    if (c->legacyTls()) {
        m_mode->setText(QStringLiteral("<b>%1</b>").arg(c->modeText().toHtmlEscaped()));
        m_mode->setTextFormat(Qt::RichText);
        m_mode->setStyleSheet(QStringLiteral("color: #b35c00;"));
    } else {
        m_mode->setTextFormat(Qt::PlainText);
        m_mode->setText(c->modeText());
        m_mode->setStyleSheet(QString());
    }
    if (!m_contextNameEdited)
        m_contextName->setText(c->suggestedContextName());
    m_openFolder->setEnabled(QFileInfo(c->certDir()).isDir());
    m_openFolder->setToolTip(QDir::toNativeSeparators(c->certDir()));
    updateEnvironment();
}

void ConnectionPanel::updateEnvironment()
{
    if (!m_controller)
        return;
    QString error;
    const QString text = m_controller->environment(currentShell(), &error);
    m_env->setPlainText(neutralizeControls(text.isEmpty() ? error : text.trimmed()));
    m_copyEnv->setEnabled(!text.isEmpty());
    m_command->setPlainText(m_controller->dockerCommand(currentShell()));
}

void ConnectionPanel::updateState()
{
    if (!m_controller)
        return;
    State state = m_controller->state();
    // A result that speaks of another target (the fields changed since) is not shown.
    const bool stale =
        state != State::Checking && !m_controller->summary().isEmpty() &&
        m_summaryTarget != m_controller->targetUrl() + QLatin1Char('\n') + m_controller->certDir();
    if (stale)
        state = State::Idle;
    // A short bold headline, then the controller's sentence (which names the cause and the
    // next step on failure).
    QString headline;
    const auto &report = m_controller->lastReport();
    switch (state) {
    case State::Idle:
        if (report.failure == docker::ProbeFailure::Cancelled && !stale)
            headline = tr("Stopped.");
        break;
    case State::Checking:
        headline = tr("Checking…");
        break;
    case State::Connected:
        headline = tr("Connected.");
        break;
    case State::Failed:
        headline = tr("Not connected: %1 failed.").arg(docker::stageLabel(report.failedStage));
        break;
    }
    // The summary can quote the daemon (its version, an error body): neutralised, then escaped.
    const QString body =
        neutralizeControls(!m_controller->summary().isEmpty() && !stale ? m_controller->summary()
                           : m_controller->host().isEmpty()
                               ? tr("No Docker host to check yet.")
                               : tr("Not checked yet: %1.").arg(m_controller->targetUrl()));
    m_summary->setText(
        headline.isEmpty()
            ? body.toHtmlEscaped()
            : QStringLiteral("<b>%1</b> %2").arg(headline.toHtmlEscaped(), body.toHtmlEscaped()));
    StageState icon = StageState::Pending;
    switch (state) {
    case State::Idle:
        icon = StageState::Pending;
        break;
    case State::Checking:
        icon = StageState::Running;
        break;
    case State::Connected:
        icon = StageState::Passed;
        break;
    case State::Failed:
        icon = StageState::Failed;
        break;
    }
    m_stateIcon->setPixmap(statusIcon(icon, 22).pixmap(22, 22));
    m_stateIcon->setAccessibleName(stateText(icon));
    // Follow the check: the server's facts once it answers, the stages when it fails, unless
    // the user is reading another tab.
    if (state != m_shownState) {
        // A swarm: its nodes rather than the leader's own facts, asked for once it answers.
        // (The Server tab an earlier check left open gives way to it too.)
        const bool swarm = m_swarm && m_swarm->isSwarm();
        QWidget *answered = swarm ? m_swarmPage : m_serverPage;
        if (state == State::Connected &&
            (m_tabs->currentIndex() == 0 || (swarm && m_tabs->currentWidget() == m_serverPage)))
            m_tabs->setCurrentWidget(answered);
        else if (state == State::Failed && (m_tabs->currentWidget() == m_serverPage ||
                                            m_tabs->currentWidget() == m_swarmPage))
            m_tabs->setCurrentIndex(0);
        if (state == State::Connected && m_swarm && m_swarm->isSwarm() &&
            m_swarm->state() == wizard::SwarmOverview::State::Empty)
            m_swarm->refresh();
        m_shownState = state;
    }
    m_busy->setVisible(state == State::Checking);
    m_stop->setEnabled(state == State::Checking);
    m_retry->setEnabled(!m_controller->host().isEmpty());
}

void ConnectionPanel::updateStages()
{
    if (!m_controller)
        return;
    const auto &rows = m_controller->stages();
    while (m_stages->topLevelItemCount() > rows.size())
        delete m_stages->takeTopLevelItem(m_stages->topLevelItemCount() - 1);
    while (m_stages->topLevelItemCount() < rows.size())
        m_stages->addTopLevelItem(new QTreeWidgetItem);
    for (int i = 0; i < rows.size(); ++i)
        updateStage(i);
    // Tall enough for every stage, no scrolling.
    int h = m_stages->header()->sizeHint().height() + 2 * m_stages->frameWidth();
    for (int i = 0; i < m_stages->topLevelItemCount(); ++i)
        h += m_stages->sizeHintForRow(i) > 0 ? m_stages->sizeHintForRow(i)
                                             : m_stages->fontMetrics().height() + 4;
    m_stages->setFixedHeight(h);
    updateStageDetail();
}

void ConnectionPanel::updateStage(int row)
{
    if (!m_controller)
        return;
    const auto &rows = m_controller->stages();
    if (row < 0 || row >= rows.size())
        return;
    if (m_stages->topLevelItemCount() != rows.size()) {
        updateStages();
        return;
    }
    const auto &r = rows[row];
    QTreeWidgetItem *item = m_stages->topLevelItem(row);
    item->setIcon(StageColumn, statusIcon(r.state));
    item->setText(StageColumn, r.label);
    item->setText(TimeColumn, elapsedText(r.elapsedMs));
    item->setTextAlignment(TimeColumn, Qt::AlignRight | Qt::AlignTop);
    item->setTextAlignment(StageColumn, Qt::AlignLeft | Qt::AlignTop);
    item->setTextAlignment(DetailColumn, Qt::AlignLeft | Qt::AlignTop);
    QString detail = neutralizeControls(r.diagnosis);
    if (detail.isEmpty() && r.state == StageState::Running)
        detail = tr("Running…");
    // One line in the list; the full text is in the tooltip and the detail label.
    item->setText(DetailColumn, detail.simplified());
    item->setToolTip(DetailColumn, detail);
    item->setData(StageColumn, Qt::UserRole, int(r.state));
    // Screen readers get the state in words, not only the icon.
    item->setData(StageColumn, Qt::AccessibleTextRole,
                  tr("%1: %2").arg(r.label, stateText(r.state)));
    item->setData(DetailColumn, Qt::AccessibleTextRole, detail);
    QBrush fg = m_stages->palette().brush(QPalette::Text);
    if (r.state == StageState::Failed)
        fg = errorTextColor(m_stages->palette());
    else if (r.state == StageState::Pending)
        fg = m_stages->palette().brush(QPalette::Disabled, QPalette::Text);
    item->setForeground(DetailColumn, fg);
    // Follow the check: the running or failed stage is the one to read about.
    if (r.state == StageState::Failed || r.state == StageState::Running)
        m_stages->setCurrentItem(item);
    if (item == m_stages->currentItem())
        updateStageDetail();
}

void ConnectionPanel::updateStageDetail()
{
    if (!m_controller)
        return;
    const auto &rows = m_controller->stages();
    const int row = m_stages->indexOfTopLevelItem(m_stages->currentItem());
    if (row < 0 || row >= rows.size()) {
        m_stageDetail->setText(m_controller->state() == State::Connected
                                   ? tr("Every stage passed. Select a stage to see what was "
                                        "checked.")
                                   : QString());
        return;
    }
    const auto &r = rows[row];
    QString text = neutralizeControls(r.diagnosis);
    if (text.isEmpty())
        text = r.state == StageState::Running ? tr("Running…") : tr("Not run yet.");
    m_stageDetail->setText(tr("<b>%1 — %2.</b> %3")
                               .arg(r.label.toHtmlEscaped(), stateText(r.state).toHtmlEscaped(),
                                    text.toHtmlEscaped()));
}

void ConnectionPanel::updateFacts()
{
    if (!m_controller)
        return;
    const docker::ServerFacts &f = m_controller->serverFacts();
    auto set = [this](const char *name, const QString &text) {
        if (QLabel *l = m_facts.value(QLatin1String(name)))
            l->setText(neutralizeControls(orDash(text), LineBreaks::Escape));
    };
    set("serverVersionLabel", f.serverVersion);
    QString api = f.apiVersion;
    if (!f.negotiatedApiVersion.isEmpty() && f.negotiatedApiVersion != f.apiVersion)
        api = tr("%1 (using %2)").arg(f.apiVersion, f.negotiatedApiVersion);
    if (!f.minApiVersion.isEmpty() && !api.isEmpty())
        api += tr(", oldest %1").arg(f.minApiVersion);
    set("apiVersionLabel", api);
    QString os = f.os;
    if (!f.osType.isEmpty() && !f.os.isEmpty() && f.osType != f.os)
        os = tr("%1 (%2)").arg(f.os, f.osType);
    else if (os.isEmpty())
        os = f.osType;
    set("osLabel", os);
    set("kernelLabel", f.kernel);
    set("architectureLabel", f.architecture);
    set("cpusLabel", f.ncpu < 0 ? QString() : QString::number(f.ncpu));
    set("memoryLabel", f.memTotal < 0 ? QString() : docker::formatBytes(f.memTotal));
    set("storageDriverLabel", f.storageDriver);
    QString containers;
    if (f.running >= 0 || f.paused >= 0 || f.stopped >= 0)
        containers =
            tr("%1 running, %2 paused, %3 stopped")
                .arg(numberOrDash(f.running), numberOrDash(f.paused), numberOrDash(f.stopped));
    else if (f.containers >= 0)
        containers = QString::number(f.containers);
    set("containersLabel", containers);
    set("imagesLabel", f.images < 0 ? QString() : QString::number(f.images));
    set("serverNameLabel", f.name);
}

void ConnectionPanel::onContextFinished(const ConnectionController::ContextResult &result)
{
    using Outcome = ConnectionController::ContextResult::Outcome;
    m_contextStatus->setText(neutralizeControls(result.message));
    m_contextStatus->show();
    QPalette pal = m_contextStatus->palette();
    pal.setColor(QPalette::WindowText, result.outcome == Outcome::Created ? okTextColor(pal)
                                       : result.outcome == Outcome::CommandOnly
                                           ? palette().color(QPalette::WindowText)
                                           : errorTextColor(pal));
    m_contextStatus->setPalette(pal);
    const bool showCommand = result.outcome == Outcome::CommandOnly ||
                             (result.outcome == Outcome::Failed && !result.command.isEmpty());
    m_contextCommand->setPlainText(result.command);
    m_contextCommand->setVisible(showCommand);
    m_copyContextCommand->setVisible(showCommand);
    if (result.outcome == Outcome::Invalid)
        m_contextName->setFocus();
}

void ConnectionPanel::copyText(const QString &text, const QString &what)
{
    QGuiApplication::clipboard()->setText(text);
    m_copyStatus->setText(tr("%1 is on the clipboard.").arg(what));
    m_copyStatusTimer->start();
    emit copied(what);
}

void ConnectionPanel::openCertFolder()
{
    if (!m_controller)
        return;
    const QUrl url = m_controller->certFolderUrl();
    if (!url.isValid() || !QDesktopServices::openUrl(url)) {
        m_copyStatus->setText(
            tr("Could not open %1 in the file manager. Open it yourself; it holds "
               "ca.pem, cert.pem and key.pem.")
                .arg(QDir::toNativeSeparators(m_controller->certDir())));
        m_copyStatusTimer->start();
    }
}

} // namespace dockervm::ui
