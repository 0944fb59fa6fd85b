#pragma once

#include "cloud/run.h"

#include <QElapsedTimer>
#include <QPointer>

namespace dockervm::classic {

class ManagementClient;
class ManagementReply;

// `docker-vm delete NAME` on the classic cloud: DELETE the cloud service with its deployment, VM
// and disks (?comp=media), then follow the asynchronous operation to its end. Two rows.
// With a role name (`docker-vm swarm remove NAME NODE`): DELETE only that role of the service's
// deployment, with its disk (?comp=media); its endpoints go with it.
class DeleteRun : public cloud::ProvisioningRun
{
    Q_OBJECT
public:
    DeleteRun(ManagementClient *client, QString serviceName, int pollIntervalMs,
              QObject *parent = nullptr, QString roleName = {});
    ~DeleteRun() override;

    void start() override;
    void cancel() override; // a DELETE cannot be taken back: stops following it
    void stop() override;
    bool isRunning() const override { return m_running; }
    bool isRollingBack() const override { return false; }
    QList<cloud::StepRow> rows() const override { return m_rows; }
    const cloud::RunResult &result() const override { return m_result; }
    QString journalPath() const override { return {}; }

private:
    void setRow(int row, cloud::StepState state, const QString &detail = QString());
    void poll(const QString &requestId);
    void end(bool ok, const QString &error = QString());

    QPointer<ManagementClient> m_client;
    QString m_name;
    QString m_role; // empty: the whole cloud service
    int m_pollMs;
    QList<cloud::StepRow> m_rows;
    cloud::RunResult m_result;
    QPointer<ManagementReply> m_reply;
    QElapsedTimer m_clock;
    bool m_running = false;
};

} // namespace dockervm::classic
