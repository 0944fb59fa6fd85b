#include "docker/dockerinfo.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace dockervm::docker {
namespace {

std::optional<QJsonObject> objectOf(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error) {
            *error =
                parseError.error != QJsonParseError::NoError
                    ? QCoreApplication::translate("docker",
                                                  "the answer is not JSON (%1 at offset %2)")
                          .arg(parseError.errorString())
                          .arg(parseError.offset)
                    : QCoreApplication::translate("docker", "the answer is JSON but not an object");
        }
        return std::nullopt;
    }
    return doc.object();
}

// Strings as strings, numbers printed without a fraction, booleans as "true"/"false".
QString stringOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

std::optional<qint64> integerOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Double: {
        // Converting a double outside qint64's range is undefined behaviour (found by
        // fuzz_docker_json: "NCPU": 6.6e102); such a number is no count anyway.
        const double d = v.toDouble();
        if (!std::isfinite(d) || d <= -9.2e18 || d >= 9.2e18)
            return std::nullopt;
        return qint64(d);
    }
    case QJsonValue::Bool:
        return v.toBool() ? 1 : 0;
    case QJsonValue::String: {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

void setString(QString *target, const QJsonObject &o, const char *key)
{
    const QString s = stringOf(o.value(QLatin1String(key))).trimmed();
    if (!s.isEmpty())
        *target = s;
}

void setInt(int *target, const QJsonObject &o, const char *key)
{
    if (const auto n = integerOf(o.value(QLatin1String(key)));
        n && *n >= std::numeric_limits<int>::min() && *n <= std::numeric_limits<int>::max())
        *target = int(*n);
}

void setInt64(qint64 *target, const QJsonObject &o, const char *key)
{
    if (const auto n = integerOf(o.value(QLatin1String(key))))
        *target = *n;
}

} // namespace

QJsonObject ServerFacts::toJson() const
{
    QJsonObject o;
    auto putString = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    auto putNumber = [&o](const char *key, qint64 value) {
        if (value >= 0)
            o.insert(QLatin1String(key), double(value));
    };
    putString("serverVersion", serverVersion);
    putString("apiVersion", apiVersion);
    putString("minApiVersion", minApiVersion);
    putString("negotiatedApiVersion", negotiatedApiVersion);
    putString("os", os);
    putString("osType", osType);
    putString("kernel", kernel);
    putString("architecture", architecture);
    putNumber("ncpu", ncpu);
    putNumber("memTotal", memTotal);
    putString("storageDriver", storageDriver);
    putNumber("containers", containers);
    putNumber("running", running);
    putNumber("paused", paused);
    putNumber("stopped", stopped);
    putNumber("images", images);
    putString("name", name);
    return o;
}

bool parseVersionJson(const QByteArray &body, ServerFacts *facts, QString *error)
{
    const auto o = objectOf(body, error);
    if (!o)
        return false;
    setString(&facts->serverVersion, *o, "Version");
    setString(&facts->apiVersion, *o, "ApiVersion");
    setString(&facts->minApiVersion, *o, "MinAPIVersion");
    setString(&facts->kernel, *o, "KernelVersion");
    setString(&facts->architecture, *o, "Arch");
    // /version's "Os" is the OS type ("linux"); /info later gives the distribution name.
    QString osType;
    setString(&osType, *o, "Os");
    if (!osType.isEmpty()) {
        if (facts->osType.isEmpty())
            facts->osType = osType;
        if (facts->os.isEmpty())
            facts->os = osType;
    }
    return true;
}

bool parseInfoJson(const QByteArray &body, ServerFacts *facts, QString *error)
{
    const auto o = objectOf(body, error);
    if (!o)
        return false;
    setString(&facts->serverVersion, *o, "ServerVersion");
    setString(&facts->os, *o, "OperatingSystem");
    setString(&facts->osType, *o, "OSType");
    setString(&facts->kernel, *o, "KernelVersion");
    setString(&facts->architecture, *o, "Architecture");
    setInt(&facts->ncpu, *o, "NCPU");
    setInt64(&facts->memTotal, *o, "MemTotal");
    setString(&facts->storageDriver, *o, "Driver");
    setInt(&facts->containers, *o, "Containers");
    setInt(&facts->running, *o, "ContainersRunning");
    setInt(&facts->paused, *o, "ContainersPaused");
    setInt(&facts->stopped, *o, "ContainersStopped");
    setInt(&facts->images, *o, "Images");
    setString(&facts->name, *o, "Name");
    return true;
}

std::optional<std::pair<int, int>> parseApiVersion(const QString &version)
{
    static const QRegularExpression re(QStringLiteral("^\\s*v?(\\d+)\\.(\\d+)\\s*$"));
    const auto m = re.match(version);
    if (!m.hasMatch())
        return std::nullopt;
    return std::make_pair(m.captured(1).toInt(), m.captured(2).toInt());
}

int compareApiVersions(const QString &a, const QString &b)
{
    const auto va = parseApiVersion(a);
    const auto vb = parseApiVersion(b);
    if (!va || !vb)
        return (va ? 1 : 0) - (vb ? 1 : 0);
    if (*va == *vb)
        return 0;
    return *va < *vb ? -1 : 1;
}

QString negotiateApiVersion(const QString &ours, const QString &serverApi, const QString &serverMin)
{
    if (!parseApiVersion(serverApi))
        return {};
    QString v = compareApiVersions(ours, serverApi) <= 0 ? ours : serverApi;
    if (parseApiVersion(serverMin) && compareApiVersions(v, serverMin) < 0)
        v = serverMin;
    const auto p = parseApiVersion(v);
    return QStringLiteral("%1.%2").arg(p->first).arg(p->second);
}

QString serverVersionFromMismatch(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body);
    static const QRegularExpression oldStyle(QStringLiteral("server\\s*:\\s*v?(\\d+\\.\\d+)"));
    static const QRegularExpression newStyle(
        QStringLiteral("(?:Maximum|Minimum) supported API version is v?(\\d+\\.\\d+)"));
    auto m = oldStyle.match(text);
    if (m.hasMatch())
        return m.captured(1);
    m = newStyle.match(text);
    if (m.hasMatch())
        return m.captured(1);
    return {};
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return {};
    static const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double v = double(bytes);
    int u = 0;
    while (v >= 1024.0 && u < 4) {
        v /= 1024.0;
        ++u;
    }
    return u == 0 ? QStringLiteral("%1 B").arg(bytes)
                  : QStringLiteral("%1 %2").arg(v, 0, 'f', 1).arg(QLatin1String(units[u]));
}

} // namespace dockervm::docker
