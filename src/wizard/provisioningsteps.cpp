#include "wizard/provisioningsteps.h"

namespace dockervm::wizard {

using cloud::ProvisioningRun;
using cloud::StepState;

ProvisioningStepModel::ProvisioningStepModel(QObject *parent) : QAbstractListModel(parent)
{
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &ProvisioningStepModel::tick);
}

void ProvisioningStepModel::setRun(ProvisioningRun *run)
{
    beginResetModel();
    if (m_run)
        m_run->disconnect(this);
    m_run = run;
    m_running = -1;
    m_ticker.stop();
    if (run) {
        connect(run, &ProvisioningRun::rowChanged, this, &ProvisioningStepModel::onRowChanged);
        connect(run, &ProvisioningRun::rowsReset, this, &ProvisioningStepModel::onRowsReset);
        connect(run, &ProvisioningRun::finished, this, [this] {
            m_running = -1;
            m_ticker.stop();
            refreshAll();
        });
        connect(run, &QObject::destroyed, this, [this] { setRun(nullptr); });
    }
    endResetModel();
}

int ProvisioningStepModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_run)
        return 0;
    return int(m_run->rows().size());
}

cloud::StepRow ProvisioningStepModel::row(int row) const
{
    if (!m_run)
        return {};
    const QList<cloud::StepRow> rows = m_run->rows();
    if (row < 0 || row >= rows.size())
        return {};
    return rows.at(row);
}

qint64 ProvisioningStepModel::elapsedMs(int row) const
{
    if (row == m_running && m_clock.isValid())
        return m_clock.elapsed();
    return this->row(row).elapsedMs;
}

QVariant ProvisioningStepModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const cloud::StepRow r = row(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return r.label;
    case IdRole:
        return r.id;
    case StateRole:
        return int(r.state);
    case ElapsedMsRole:
        return elapsedMs(index.row());
    case DetailRole:
        return r.detail;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProvisioningStepModel::roleNames() const
{
    return {{Qt::DisplayRole, "label"},
            {IdRole, "id"},
            {StateRole, "state"},
            {ElapsedMsRole, "elapsedMs"},
            {DetailRole, "detail"}};
}

void ProvisioningStepModel::onRowChanged(int r)
{
    if (r < 0 || r >= rowCount())
        return;
    if (row(r).state == StepState::Running) {
        if (m_running != r)
            m_clock.start();
        m_running = r;
        m_ticker.start();
    } else if (r == m_running) {
        m_running = -1;
        m_ticker.stop();
    }
    const QModelIndex at = index(r);
    emit dataChanged(at, at);
}

void ProvisioningStepModel::onRowsReset()
{
    beginResetModel();
    m_running = -1;
    m_ticker.stop();
    const QList<cloud::StepRow> rows = m_run ? m_run->rows() : QList<cloud::StepRow>();
    for (int r = 0; r < rows.size(); ++r)
        if (rows.at(r).state == StepState::Running) {
            m_running = r;
            m_clock.start();
            m_ticker.start();
            break;
        }
    endResetModel();
}

void ProvisioningStepModel::tick()
{
    if (m_running < 0)
        return;
    const QModelIndex at = index(m_running);
    emit dataChanged(at, at, {ElapsedMsRole});
}

void ProvisioningStepModel::refreshAll()
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

} // namespace dockervm::wizard
