#include "common/hostoverrides.h"

#include "common/logging.h"

namespace dockervm {
namespace {

QString keyFor(const QString &host, quint16 port)
{
    return host.toLower() + QLatin1Char(':') + QString::number(port);
}

} // namespace

bool isLoopbackName(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool HostOverrides::map(const QString &host, quint16 port, const QHostAddress &address,
                        quint16 toPort)
{
    if (!address.isLoopback()) {
        qCWarning(lcDocker) << "refusing a host override to a non-loopback address" << address;
        return false;
    }
    m_targets.insert(keyFor(host, port), Target{address, toPort});
    qCDebug(lcDocker) << "host override" << host << port << "->" << address << toPort;
    return true;
}

void HostOverrides::unmap(const QString &host, quint16 port)
{
    m_targets.remove(keyFor(host, port));
}

std::optional<HostOverrides::Target> HostOverrides::lookup(const QString &host, quint16 port) const
{
    const auto it = m_targets.constFind(keyFor(host, port));
    if (it == m_targets.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace dockervm
