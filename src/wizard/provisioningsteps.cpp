#include "wizard/provisioningsteps.h"

namespace dockervm::wizard {

using classic::Provisioner;

ProvisioningStepModel::ProvisioningStepModel(QObject *parent) : QAbstractListModel(parent)
{
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &ProvisioningStepModel::tick);
}

void ProvisioningStepModel::setProvisioner(Provisioner *provisioner)
{
    beginResetModel();
    if (m_provisioner)
        m_provisioner->disconnect(this);
    m_provisioner = provisioner;
    m_running = -1;
    m_ticker.stop();
    if (provisioner) {
        connect(provisioner, &Provisioner::stepChanged, this,
                [this](Provisioner::Step step, Provisioner::StepState state) {
                    onStepChanged(step, state);
                });
        connect(provisioner, &Provisioner::finished, this, [this] {
            m_running = -1;
            m_ticker.stop();
            refreshAll();
        });
        connect(provisioner, &QObject::destroyed, this, [this] { setProvisioner(nullptr); });
    }
    endResetModel();
}

int ProvisioningStepModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_provisioner)
        return 0;
    return int(m_provisioner->stepInfos().size());
}

Provisioner::StepInfo ProvisioningStepModel::info(int row) const
{
    if (!m_provisioner || row < 0 || row >= m_provisioner->stepInfos().size())
        return {};
    return m_provisioner->stepInfos().at(row);
}

qint64 ProvisioningStepModel::elapsedMs(int row) const
{
    if (row == m_running && m_clock.isValid())
        return m_clock.elapsed();
    return info(row).elapsedMs;
}

QVariant ProvisioningStepModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Provisioner::StepInfo row = info(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return Provisioner::stepLabel(row.step);
    case StepRole:
        return int(row.step);
    case StateRole:
        return int(row.state);
    case ElapsedMsRole:
        return elapsedMs(index.row());
    case DetailRole:
        return row.detail;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProvisioningStepModel::roleNames() const
{
    return {{Qt::DisplayRole, "label"},
            {StepRole, "step"},
            {StateRole, "state"},
            {ElapsedMsRole, "elapsedMs"},
            {DetailRole, "detail"}};
}

void ProvisioningStepModel::onStepChanged(Provisioner::Step step, Provisioner::StepState state)
{
    const int row = int(step);
    if (state == Provisioner::StepState::Running) {
        if (m_running != row)
            m_clock.start();
        m_running = row;
        m_ticker.start();
    } else if (row == m_running) {
        m_running = -1;
        m_ticker.stop();
    }
    const QModelIndex at = index(row);
    emit dataChanged(at, at);
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
