#include "wizard/connectiontarget.h"

#include "wizard/provisioningsession.h"

#include <QSettings>

namespace dockervm::wizard {

namespace {
const QString kConnectionHostKey = QStringLiteral("connection/host");
}

ConnectionTarget::ConnectionTarget(ProvisioningSession *session, QSettings *settings,
                                   QObject *parent)
    : QObject(parent), m_session(session), m_settings(settings)
{}

QString ConnectionTarget::host() const
{
    // After a run: the host it made (a swarm's leader, NAME-1's on Resource Manager).
    if (m_session->state() == ProvisioningSession::State::Succeeded &&
        !m_session->result().hostName.isEmpty())
        return m_session->result().hostName;
    if (!m_session->dnsName().isEmpty())
        return m_session->hostName();
    return m_settings->value(kConnectionHostKey).toString();
}

int ConnectionTarget::port() const
{
    if (m_session->state() == ProvisioningSession::State::Succeeded &&
        m_session->result().dockerPort > 0)
        return m_session->result().dockerPort;
    return m_session->dockerPort();
}

QString ConnectionTarget::certDir() const
{
    return m_session->effectiveCertDir();
}

HostOverrides ConnectionTarget::hostOverrides() const
{
    return m_session->hostOverrides();
}

void ConnectionTarget::rememberHost(const QString &host)
{
    m_settings->setValue(kConnectionHostKey, host);
}

} // namespace dockervm::wizard
