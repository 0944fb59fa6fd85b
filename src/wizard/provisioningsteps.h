#pragma once

#include "cloud/run.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

namespace dockervm::wizard {

// The progress rows of a create run of either cloud, read from its cloud::ProvisioningRun
// (rows(), by row index) and updated from its rowChanged()/rowsReset() signals: the run is the
// only owner of the rows; this model keeps none of its own. The one thing it adds is the running
// row's live clock (ticks every 250 ms; the run's own figure replaces it when the row changes).
// Empty without a run.
class ProvisioningStepModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // StepRow::id: "check-name", "rollback"
        StateRole,                 // cloud::StepState as int
        ElapsedMsRole,             // qint64
        DetailRole,                // QString
    };
    Q_ENUM(Role)

    explicit ProvisioningStepModel(QObject *parent = nullptr);

    void setRun(cloud::ProvisioningRun *run);
    cloud::ProvisioningRun *run() const { return m_run; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row's values, as data() gives them (label is Qt::DisplayRole).
    cloud::StepRow row(int row) const;
    qint64 elapsedMs(int row) const;

private:
    void onRowChanged(int row);
    void onRowsReset();
    void tick();
    void refreshAll();

    QPointer<cloud::ProvisioningRun> m_run;
    int m_running = -1; // the row whose live clock runs
    QElapsedTimer m_clock;
    QTimer m_ticker;
};

} // namespace dockervm::wizard
