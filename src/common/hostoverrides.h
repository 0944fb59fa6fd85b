#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>

#include <optional>

namespace dockervm {

// "localhost", 127.0.0.0/8 or ::1: the one loopback rule (demo guard, host overrides).
bool isLoopbackName(const QString &host);

// Demo and test runs reach "<name>.cloudapp.net:<port>" on loopback without touching name
// resolution: callers connect to the mapped address and keep verifying the peer certificate for
// the DNS name (QSslSocket::setPeerVerifyName).
//
// A plain value, copied into the options of whoever needs it (the Docker probe, the provisioner,
// the connection controller). A default-constructed value maps nothing, so a real run resolves
// names through the system and never consults a mapping. Only demo mode (sim::DemoEnvironment)
// and `docker-vm check --connect-to` fill one in.
class HostOverrides
{
public:
    struct Target
    {
        QHostAddress address;
        quint16 port = 0;
    };

    // Maps host:port (host compared case-insensitively) to a loopback address and port. Only
    // loopback targets are accepted; anything else is refused and returns false.
    bool map(const QString &host, quint16 port, const QHostAddress &address, quint16 toPort);
    void unmap(const QString &host, quint16 port);
    std::optional<Target> lookup(const QString &host, quint16 port) const;
    bool isEmpty() const { return m_targets.isEmpty(); }

    // Demo mode: nothing may leave the machine. The Docker probe refuses any host that is neither
    // mapped here nor a loopback name or address, before any name lookup.
    void setLoopbackOnly(bool on) { m_loopbackOnly = on; }
    bool isLoopbackOnly() const { return m_loopbackOnly; }

    // Demo and simulator runs: when the management endpoint and the address the cloud reports
    // for a deployment's Docker endpoint are both loopback, the provisioner maps the VM's DNS name
    // to that address (the simulated VM). Off by default: a real run never does.
    void setMapSimulatedEndpoints(bool on) { m_mapSimulatedEndpoints = on; }
    bool mapsSimulatedEndpoints() const { return m_mapSimulatedEndpoints; }

private:
    QHash<QString, Target> m_targets;
    bool m_loopbackOnly = false;
    bool m_mapSimulatedEndpoints = false;
};

} // namespace dockervm
