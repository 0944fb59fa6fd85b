#pragma once

#include "classic/provisioner.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

namespace dockervm::wizard {

// The progress rows of a create run, read from its Provisioner (Provisioner::stepInfos()) and
// updated from its stepChanged() signal: the provisioner is the only owner of the rows; this model
// keeps none of its own. The one thing it adds is the running step's live clock (ticks every
// 250 ms; the provisioner's own figure replaces it when the step changes). Empty without a
// provisioner.
class ProvisioningStepModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        StepRole = Qt::UserRole + 1, // Provisioner::Step as int
        StateRole,                   // Provisioner::StepState as int
        ElapsedMsRole,               // qint64
        DetailRole,                  // QString
    };
    Q_ENUM(Role)

    explicit ProvisioningStepModel(QObject *parent = nullptr);

    void setProvisioner(classic::Provisioner *provisioner);
    classic::Provisioner *provisioner() const { return m_provisioner; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row's values, as data() gives them (label is Qt::DisplayRole).
    classic::Provisioner::StepInfo info(int row) const;
    qint64 elapsedMs(int row) const;

private:
    void onStepChanged(classic::Provisioner::Step step, classic::Provisioner::StepState state);
    void tick();
    void refreshAll();

    QPointer<classic::Provisioner> m_provisioner;
    int m_running = -1; // the row whose live clock runs
    QElapsedTimer m_clock;
    QTimer m_ticker;
};

} // namespace dockervm::wizard
