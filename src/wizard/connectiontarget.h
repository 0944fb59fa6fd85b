#pragma once

#include "common/hostoverrides.h"

#include <QObject>
#include <QString>

class QSettings;

namespace dockervm::wizard {

class ProvisioningSession;

// The connection page's side of the wizard: which Docker host to check (the one just created, or
// the one the user checked last time), on which port, with which certificates. The check itself
// is a docker::ConnectionController the page owns.
class ConnectionTarget : public QObject
{
    Q_OBJECT
public:
    ConnectionTarget(ProvisioningSession *session, QSettings *settings, QObject *parent = nullptr);

    // After a successful run, the Docker host it made (a swarm: its leader's host and port).
    QString host() const;
    int port() const;
    QString certDir() const;
    // Demo redirections for the check: the provisioner's (with the simulated VM mapped) after a
    // run, else the session's options. Empty in a real run: the system resolves the host.
    HostOverrides hostOverrides() const;
    // Remembers the host of "check an existing host" for the next start.
    void rememberHost(const QString &host);

private:
    ProvisioningSession *m_session;
    QSettings *m_settings;
};

} // namespace dockervm::wizard
