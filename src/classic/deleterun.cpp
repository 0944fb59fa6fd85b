#include "classic/deleterun.h"

#include "classic/managementclient.h"
#include "classic/requests.h"

#include <QTimer>

namespace dockervm::classic {

DeleteRun::DeleteRun(ManagementClient *client, QString serviceName, int pollIntervalMs,
                     QObject *parent, QString roleName)
    : cloud::ProvisioningRun(parent), m_client(client), m_name(std::move(serviceName)),
      m_role(std::move(roleName)), m_pollMs(pollIntervalMs)
{
    m_rows = {
        m_role.isEmpty()
            ? cloud::StepRow{QStringLiteral("delete-cloud-service"),
                             tr("Delete the cloud service with its VM and disks"),
                             cloud::StepState::Pending, QString(), 0}
            : cloud::StepRow{QStringLiteral("delete-role"),
                             tr("Delete the VM role %1 with its disk and endpoints").arg(m_role),
                             cloud::StepState::Pending, QString(), 0},
        {QStringLiteral("wait-operation"), tr("Wait for Azure to finish"),
         cloud::StepState::Pending, QString(), 0}};
}

DeleteRun::~DeleteRun()
{
    m_running = false;
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
}

void DeleteRun::setRow(int row, cloud::StepState state, const QString &detail)
{
    m_rows[row].state = state;
    if (!detail.isEmpty())
        m_rows[row].detail = detail;
    m_rows[row].elapsedMs = m_clock.elapsed();
    emit rowChanged(row);
}

void DeleteRun::start()
{
    if (m_running)
        return;
    m_running = true;
    m_clock.start();
    if (!m_client)
        return end(false, tr("No subscription is selected."));
    setRow(0, cloud::StepState::Running, m_role.isEmpty() ? m_name : m_role);
    if (m_role.isEmpty())
        emit message(tr("Deleting the cloud service %1 with its VM and disks…").arg(m_name));
    else
        emit message(
            tr("Deleting the VM role %1 of %2 with its disk and endpoints…").arg(m_role, m_name));
    auto *reply = m_client->del(
        m_role.isEmpty() ? QStringLiteral("services/hostedservices/%1?comp=media").arg(m_name)
                         : deleteRolePath(m_name, m_role));
    m_reply = reply;
    connect(reply, &ManagementReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!m_running)
            return;
        if (!reply->ok()) {
            setRow(0, cloud::StepState::Failed, reply->error().toString());
            return end(false,
                       tr("Could not delete %1: %2")
                           .arg(m_role.isEmpty() ? m_name : m_role, reply->error().toString()));
        }
        setRow(0, cloud::StepState::Done);
        if (reply->requestId().isEmpty() || reply->httpStatus() != 202) {
            setRow(1, cloud::StepState::Skipped);
            return end(true);
        }
        setRow(1, cloud::StepState::Running);
        poll(reply->requestId());
    });
}

void DeleteRun::poll(const QString &requestId)
{
    if (!m_client)
        return end(false, tr("The subscription was closed while deleting %1.").arg(m_name));
    auto *op = m_client->getOperationStatus(requestId);
    m_reply = op;
    connect(op, &ManagementReply::finished, this, [this, op, requestId] {
        op->deleteLater();
        if (!m_running)
            return;
        if (!op->ok()) {
            setRow(1, cloud::StepState::Failed, op->error().toString());
            return end(false, op->error().toString());
        }
        const auto o = op->operation();
        if (o.status == Operation::Status::Succeeded) {
            setRow(1, cloud::StepState::Done);
            return end(true);
        }
        if (o.status == Operation::Status::Failed) {
            setRow(1, cloud::StepState::Failed, o.errorMessage);
            return end(false, tr("Azure could not delete %1: %2")
                                  .arg(m_role.isEmpty() ? m_name : m_role, o.errorMessage));
        }
        QTimer::singleShot(m_pollMs, this, [this, requestId] {
            if (m_running)
                poll(requestId);
        });
    });
}

void DeleteRun::cancel()
{
    if (!m_running)
        return;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].state == cloud::StepState::Running)
            setRow(i, cloud::StepState::Cancelled);
    m_result.cancelled = true;
    end(false, tr("Stopped following the deletion of %1; Azure may still be deleting it "
                  "(see 'docker-vm status %1').")
                   .arg(m_name));
}

void DeleteRun::stop()
{
    m_running = false;
    if (m_reply)
        m_reply->abort();
}

void DeleteRun::end(bool ok, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_result.ok = ok;
    m_result.error = error;
    m_result.elapsedMs = m_clock.elapsed();
    if (ok && m_role.isEmpty()) {
        m_result.removed << tr("cloud service %1 with its VM and disks").arg(m_name);
        emit message(tr("Deleted %1 with its VM and disks.").arg(m_name));
    } else if (ok) {
        m_result.removed << tr("VM role %1 with its disk").arg(m_role);
        emit message(tr("Deleted the VM role %1 with its disk.").arg(m_role));
    }
    emit finished(ok);
}

} // namespace dockervm::classic
