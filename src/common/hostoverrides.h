#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace dockervm {

// Demo and test runs reach "<name>.cloudapp.net:<port>" on loopback without touching name
// resolution: callers connect to the mapped address and keep verifying the peer certificate for
// the DNS name (QSslSocket::setPeerVerifyName). This is the one place the override lives. It is
// off by default; lookup() returns nothing until enable() was called, so a normal run never
// consults a mapping.
class HostOverrides
{
public:
    struct Target
    {
        QHostAddress address;
        quint16 port = 0;
    };

    static void enable();
    static bool isEnabled();
    // Maps host:port (host compared case-insensitively) to a loopback address and port. Only
    // loopback targets are accepted; anything else is refused and returns false.
    static bool map(const QString &host, quint16 port, const QHostAddress &address, quint16 toPort);
    static void unmap(const QString &host, quint16 port);
    static void clear();
    static std::optional<Target> lookup(const QString &host, quint16 port);

    // Demo mode: nothing may leave the machine. Callers that resolve names (the Docker probe)
    // refuse any host that is neither mapped here nor a loopback name or address.
    static void setLoopbackOnly(bool on);
    static bool isLoopbackOnly();
    static bool isLoopbackName(const QString &host); // "localhost", 127.0.0.0/8, ::1
};

} // namespace dockervm
