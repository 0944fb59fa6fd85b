#include "common/hostoverrides.h"

#include "common/logging.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <atomic>

namespace dockervm {
namespace {

struct Registry
{
    QMutex mutex;
    QHash<QString, HostOverrides::Target> targets;
};

std::atomic_bool g_enabled{false};
std::atomic_bool g_loopbackOnly{false};

Registry &registry()
{
    static Registry r;
    return r;
}

QString keyFor(const QString &host, quint16 port)
{
    return host.toLower() + QLatin1Char(':') + QString::number(port);
}

} // namespace

void HostOverrides::enable()
{
    g_enabled = true;
}

bool HostOverrides::isEnabled()
{
    return g_enabled;
}

bool HostOverrides::map(const QString &host, quint16 port, const QHostAddress &address,
                        quint16 toPort)
{
    if (!address.isLoopback()) {
        qCWarning(lcDocker) << "refusing a host override to a non-loopback address" << address;
        return false;
    }
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.targets.insert(keyFor(host, port), Target{address, toPort});
    qCDebug(lcDocker) << "host override" << host << port << "->" << address << toPort;
    return true;
}

void HostOverrides::unmap(const QString &host, quint16 port)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.targets.remove(keyFor(host, port));
}

void HostOverrides::clear()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.targets.clear();
}

void HostOverrides::setLoopbackOnly(bool on)
{
    g_loopbackOnly = on;
}

bool HostOverrides::isLoopbackOnly()
{
    return g_loopbackOnly;
}

bool HostOverrides::isLoopbackName(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<HostOverrides::Target> HostOverrides::lookup(const QString &host, quint16 port)
{
    if (!g_enabled)
        return std::nullopt;
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    const auto it = r.targets.constFind(keyFor(host, port));
    if (it == r.targets.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace dockervm
