#include "arm/armmodels.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QVersionNumber>

#include <algorithm>

namespace dockervm::arm {
namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// Ubuntu codenames of the LTS releases that have Azure offers named after them.
const QHash<QString, QString> &codenameToRelease()
{
    static const QHash<QString, QString> map{
        {QStringLiteral("trusty"), QStringLiteral("14.04")},
        {QStringLiteral("xenial"), QStringLiteral("16.04")},
        {QStringLiteral("bionic"), QStringLiteral("18.04")},
        {QStringLiteral("focal"), QStringLiteral("20.04")},
        {QStringLiteral("jammy"), QStringLiteral("22.04")},
        {QStringLiteral("noble"), QStringLiteral("24.04")},
    };
    return map;
}

QString codenameOf(const QString &release)
{
    const auto &map = codenameToRelease();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it.value() == release)
            return it.key();
    }
    return {};
}

// "22" + "04" -> "22.04" when it is an LTS (even year, April).
std::optional<QString> ltsRelease(const QString &yy, const QString &mm)
{
    if (mm != QLatin1String("04") || yy.toInt() % 2 != 0)
        return std::nullopt;
    return yy + QLatin1Char('.') + mm;
}

} // namespace

bool Location::isPhysical() const
{
    return regionType.isEmpty() ||
           regionType.compare(QLatin1String("Physical"), Qt::CaseInsensitive) == 0;
}

QString UbuntuImage::urn() const
{
    return QStringList{publisher, offer, sku,
                       version.isEmpty() ? QStringLiteral("latest") : version}
        .join(QLatin1Char(':'));
}

QString UbuntuImage::displayName() const
{
    return QCoreApplication::translate("dockervm::arm::UbuntuImage", "Ubuntu %1 LTS (Gen%2)")
        .arg(release)
        .arg(generation);
}

bool isUbuntuServerOffer(const QString &offer)
{
    static const QRegularExpression lts(QStringLiteral("^ubuntu-\\d\\d_04-lts$"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression named(QStringLiteral("^0001-com-ubuntu-server-([a-z]+)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (offer.compare(QLatin1String("UbuntuServer"), Qt::CaseInsensitive) == 0)
        return true;
    if (lts.match(offer).hasMatch())
        return true;
    const auto m = named.match(offer);
    return m.hasMatch() && codenameToRelease().contains(m.captured(1).toLower());
}

std::optional<UbuntuRelease> classifyUbuntuImage(const QString &offer, const QString &sku)
{
    if (!isUbuntuServerOffer(offer))
        return std::nullopt;
    const QString s = sku.toLower();
    const QString o = offer.toLower();
    // ubuntu-24_04-lts: "server" (Gen2) and "server-gen1"; not minimal, arm64, cvm, pro.
    static const QRegularExpression ltsOffer(QStringLiteral("^ubuntu-(\\d\\d)_(\\d\\d)-lts$"));
    if (const auto m = ltsOffer.match(o); m.hasMatch()) {
        const auto release = ltsRelease(m.captured(1), m.captured(2));
        if (!release)
            return std::nullopt;
        int generation = 0;
        if (s == QLatin1String("server"))
            generation = 2;
        else if (s == QLatin1String("server-gen1"))
            generation = 1;
        else
            return std::nullopt;
        return UbuntuRelease{*release, codenameOf(*release), generation};
    }
    // 0001-com-ubuntu-server-jammy: "22_04-lts-gen2", "22_04-lts"; UbuntuServer: "18.04-LTS",
    // "18_04-lts-gen2". Point-release pins (16.04.0-LTS), daily, arm64 and cvm SKUs are not
    // matched.
    static const QRegularExpression skuRe(QStringLiteral("^(\\d\\d)[._](\\d\\d)-lts(-gen2)?$"));
    const auto m = skuRe.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const auto release = ltsRelease(m.captured(1), m.captured(2));
    if (!release)
        return std::nullopt;
    static const QRegularExpression named(QStringLiteral("^0001-com-ubuntu-server-([a-z]+)$"));
    if (const auto n = named.match(o); n.hasMatch()) {
        if (codenameToRelease().value(n.captured(1)) != *release)
            return std::nullopt; // a SKU of another release inside a per-release offer
    }
    return UbuntuRelease{*release, codenameOf(*release), m.captured(3).isEmpty() ? 1 : 2};
}

QDate ubuntuStandardSupportEnd(const QString &release)
{
    static const QRegularExpression re(QStringLiteral("^(\\d\\d)\\.04$"));
    const auto m = re.match(release);
    if (!m.hasMatch())
        return {};
    return QDate(2000 + m.captured(1).toInt() + 5, 4, 30);
}

int compareImageVersions(const QString &a, const QString &b)
{
    return QVersionNumber::compare(QVersionNumber::fromString(a), QVersionNumber::fromString(b));
}

void sortUbuntuImages(QList<UbuntuImage> &images)
{
    std::stable_sort(images.begin(), images.end(), [](const UbuntuImage &x, const UbuntuImage &y) {
        const int c = compareImageVersions(x.release, y.release);
        if (c != 0)
            return c > 0;
        return x.generation > y.generation;
    });
}

std::optional<UbuntuImage> ubuntuLtsAlias(const QList<UbuntuImage> &images)
{
    QList<UbuntuImage> sorted = images;
    sortUbuntuImages(sorted);
    for (const UbuntuImage &i : std::as_const(sorted)) {
        if (!i.outOfStandardSupport)
            return i;
    }
    return std::nullopt;
}

bool VmSize::supportsGeneration(int generation) const
{
    if (generation <= 0)
        return true;
    const QString want = QStringLiteral("V%1").arg(generation);
    if (hyperVGenerations.isEmpty())
        return generation == 1; // SKUs without the capability predate Gen2
    return hyperVGenerations.contains(want, Qt::CaseInsensitive);
}

QString VmSize::displayName() const
{
    return QCoreApplication::translate("dockervm::arm::VmSize", "%1 (%n vCPU(s), %2 GB)", nullptr,
                                       vCpus)
        .arg(name)
        .arg(memoryGb);
}

QList<Tenant> parseTenants(const QJsonArray &values)
{
    QList<Tenant> out;
    for (const QJsonValue &v : values) {
        const QJsonObject o = v.toObject();
        Tenant t{str(o, "tenantId"), str(o, "displayName"), str(o, "defaultDomain"),
                 str(o, "tenantCategory")};
        if (!t.tenantId.isEmpty())
            out.append(t);
    }
    return out;
}

QList<Subscription> parseSubscriptions(const QJsonArray &values)
{
    QList<Subscription> out;
    for (const QJsonValue &v : values) {
        const QJsonObject o = v.toObject();
        Subscription s{str(o, "subscriptionId"), str(o, "displayName"), str(o, "state"),
                       str(o, "tenantId")};
        if (!s.subscriptionId.isEmpty())
            out.append(s);
    }
    return out;
}

QList<Location> parseLocations(const QJsonArray &values)
{
    QList<Location> out;
    for (const QJsonValue &v : values) {
        const QJsonObject o = v.toObject();
        const QJsonObject meta = o.value(QLatin1String("metadata")).toObject();
        Location l{
            str(o, "name"),          str(o, "displayName"),       str(o, "regionalDisplayName"),
            str(meta, "regionType"), str(meta, "regionCategory"), str(meta, "geographyGroup")};
        if (!l.name.isEmpty())
            out.append(l);
    }
    return out;
}

QStringList parseNames(const QJsonArray &values)
{
    QStringList out;
    for (const QJsonValue &v : values) {
        const QString name = v.toObject().value(QLatin1String("name")).toString();
        if (!name.isEmpty())
            out.append(name);
    }
    return out;
}

QString parseHyperVGeneration(const QJsonObject &imageVersion)
{
    return str(imageVersion.value(QLatin1String("properties")).toObject(), "hyperVGeneration");
}

QString parseArchitecture(const QJsonObject &imageVersion)
{
    return str(imageVersion.value(QLatin1String("properties")).toObject(), "architecture");
}

QList<VmSize> parseVmSizes(const QJsonArray &values, const QString &location)
{
    QList<VmSize> out;
    QSet<QString> seen;
    const auto listed = [&location](const QJsonArray &a) {
        for (const QJsonValue &x : a) {
            if (x.toString().compare(location, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    for (const QJsonValue &v : values) {
        const QJsonObject o = v.toObject();
        if (str(o, "resourceType").compare(QLatin1String("virtualMachines"), Qt::CaseInsensitive) !=
            0)
            continue;
        const QJsonValue locations = o.value(QLatin1String("locations"));
        if (locations.isArray() && !listed(locations.toArray()))
            continue;
        VmSize size;
        size.name = str(o, "name");
        size.family = str(o, "family");
        size.tier = str(o, "tier");
        if (size.name.isEmpty() || seen.contains(size.name.toLower()))
            continue;
        for (const QJsonValue &c : o.value(QLatin1String("capabilities")).toArray()) {
            const QString name = str(c.toObject(), "name");
            const QString value = str(c.toObject(), "value");
            if (name == QLatin1String("vCPUs"))
                size.vCpus = value.toInt();
            else if (name == QLatin1String("MemoryGB"))
                size.memoryGb = value.toDouble();
            else if (name == QLatin1String("HyperVGenerations"))
                size.hyperVGenerations = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        }
        for (QString &g : size.hyperVGenerations)
            g = g.trimmed();
        for (const QJsonValue &r : o.value(QLatin1String("restrictions")).toArray()) {
            const QJsonObject ro = r.toObject();
            if (str(ro, "type").compare(QLatin1String("Location"), Qt::CaseInsensitive) != 0)
                continue; // Zone restrictions: the region itself still offers the size
            const QJsonObject info = ro.value(QLatin1String("restrictionInfo")).toObject();
            if (listed(ro.value(QLatin1String("values")).toArray()) ||
                listed(info.value(QLatin1String("locations")).toArray()))
                size.restrictionReasons.append(str(ro, "reasonCode"));
        }
        seen.insert(size.name.toLower());
        out.append(size);
    }
    return out;
}

std::optional<bool> parseDnsAvailability(const QJsonObject &body)
{
    const QJsonValue v = body.value(QLatin1String("available"));
    if (!v.isBool())
        return std::nullopt;
    return v.toBool();
}

} // namespace dockervm::arm
