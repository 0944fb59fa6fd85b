// The read-only part of the ARM simulator: tenants, subscriptions, locations, Canonical images,
// resource SKUs and VM sizes, DNS label checks. Shapes as in tests/data/arm (the recordings and
// the REST spec examples); the Ubuntu 22.04/24.04 offers postdate the 2020 recordings and follow
// today's names (ubuntu-24_04-lts, 0001-com-ubuntu-server-jammy).
#include "common/logging.h"
#include "sim/armcore.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace dockervm::sim::arm {

const QList<VmSize> &vmSizeCatalogue()
{
    static const QList<VmSize> sizes{
        {QStringLiteral("Standard_A1_v2"), 1, QStringLiteral("2"), QStringLiteral("V1"),
         QStringLiteral("standardAv2Family")},
        {QStringLiteral("Standard_A2_v2"), 2, QStringLiteral("4"), QStringLiteral("V1"),
         QStringLiteral("standardAv2Family")},
        {QStringLiteral("Standard_B1s"), 1, QStringLiteral("1"), QStringLiteral("V1,V2"),
         QStringLiteral("standardBSFamily")},
        {QStringLiteral("Standard_B1ms"), 1, QStringLiteral("2"), QStringLiteral("V1,V2"),
         QStringLiteral("standardBSFamily")},
        {QStringLiteral("Standard_B2s"), 2, QStringLiteral("4"), QStringLiteral("V1,V2"),
         QStringLiteral("standardBSFamily")},
        {QStringLiteral("Standard_B2ms"), 2, QStringLiteral("8"), QStringLiteral("V1,V2"),
         QStringLiteral("standardBSFamily")},
        {QStringLiteral("Standard_DS1_v2"), 1, QStringLiteral("3.5"), QStringLiteral("V1,V2"),
         QStringLiteral("standardDSv2Family")},
        {QStringLiteral("Standard_D2s_v3"), 2, QStringLiteral("8"), QStringLiteral("V1,V2"),
         QStringLiteral("standardDSv3Family")},
        {QStringLiteral("Standard_D4s_v3"), 4, QStringLiteral("16"), QStringLiteral("V1,V2"),
         QStringLiteral("standardDSv3Family")},
        {QStringLiteral("Standard_D16s_v3"), 16, QStringLiteral("64"), QStringLiteral("V1,V2"),
         QStringLiteral("standardDSv3Family")},
        {QStringLiteral("Standard_D2s_v5"), 2, QStringLiteral("8"), QStringLiteral("V1,V2"),
         QStringLiteral("standardDSv5Family")},
        {QStringLiteral("Standard_NC6s_v3"), 6, QStringLiteral("112"), QStringLiteral("V1,V2"),
         QStringLiteral("standardNCSv3Family")},
    };
    return sizes;
}

const VmSize *findVmSize(const QString &name)
{
    for (const VmSize &s : vmSizeCatalogue())
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

const QList<ImageSku> &imageCatalogue()
{
    static const QList<ImageSku> images{
        {QStringLiteral("ubuntu-24_04-lts"),
         QStringLiteral("server"),
         QStringLiteral("V2"),
         {QStringLiteral("24.04.202410170"), QStringLiteral("24.04.202411030")}},
        {QStringLiteral("ubuntu-24_04-lts"),
         QStringLiteral("server-gen1"),
         QStringLiteral("V1"),
         {QStringLiteral("24.04.202410170"), QStringLiteral("24.04.202411030")}},
        {QStringLiteral("0001-com-ubuntu-server-jammy"),
         QStringLiteral("22_04-lts-gen2"),
         QStringLiteral("V2"),
         {QStringLiteral("22.04.202410020"), QStringLiteral("22.04.202411110")}},
        {QStringLiteral("0001-com-ubuntu-server-jammy"),
         QStringLiteral("22_04-lts"),
         QStringLiteral("V1"),
         {QStringLiteral("22.04.202410020"), QStringLiteral("22.04.202411110")}},
        {QStringLiteral("0001-com-ubuntu-server-focal"),
         QStringLiteral("20_04-lts-gen2"),
         QStringLiteral("V2"),
         {QStringLiteral("20.04.202409110"), QStringLiteral("20.04.202410020")}},
        {QStringLiteral("0001-com-ubuntu-server-focal"),
         QStringLiteral("20_04-lts"),
         QStringLiteral("V1"),
         {QStringLiteral("20.04.202409110"), QStringLiteral("20.04.202410020")}},
        // Beside the server images the app offers, what Canonical also publishes (the app must
        // skip them): daily builds, minimal, Pro, confidential, Arm64, a non-LTS release.
        {QStringLiteral("ubuntu-24_04-lts"),
         QStringLiteral("server-arm64"),
         QStringLiteral("V2"),
         {QStringLiteral("24.04.202411030")},
         QStringLiteral("Arm64")},
        {QStringLiteral("ubuntu-24_04-lts"),
         QStringLiteral("minimal"),
         QStringLiteral("V2"),
         {QStringLiteral("24.04.202411030")}},
        {QStringLiteral("ubuntu-24_04-lts"),
         QStringLiteral("ubuntu-pro"),
         QStringLiteral("V2"),
         {QStringLiteral("24.04.202411030")}},
        {QStringLiteral("ubuntu-24_04-lts"),
         QStringLiteral("cvm"),
         QStringLiteral("V2"),
         {QStringLiteral("24.04.202411030")}},
        {QStringLiteral("ubuntu-24_04-lts-daily"),
         QStringLiteral("server"),
         QStringLiteral("V2"),
         {QStringLiteral("24.04.202411290")}},
        {QStringLiteral("0001-com-ubuntu-server-jammy"),
         QStringLiteral("22_04-lts-arm64"),
         QStringLiteral("V2"),
         {QStringLiteral("22.04.202411110")},
         QStringLiteral("Arm64")},
        {QStringLiteral("0001-com-ubuntu-minimal-jammy"),
         QStringLiteral("minimal-22_04-lts-gen2"),
         QStringLiteral("V2"),
         {QStringLiteral("22.04.202411110")}},
        {QStringLiteral("0001-com-ubuntu-server-mantic"),
         QStringLiteral("23_10-gen2"),
         QStringLiteral("V2"),
         {QStringLiteral("23.10.202407010")}},
        {QStringLiteral("UbuntuServer"),
         QStringLiteral("18.04-LTS"),
         QStringLiteral("V1"),
         {QStringLiteral("18.04.202205100"), QStringLiteral("18.04.202306070")}},
        {QStringLiteral("UbuntuServer"),
         QStringLiteral("18_04-lts-gen2"),
         QStringLiteral("V2"),
         {QStringLiteral("18.04.202205100"), QStringLiteral("18.04.202306070")}},
    };
    return images;
}

const ImageSku *findImage(const QString &offer, const QString &sku)
{
    for (const ImageSku &i : imageCatalogue())
        if (i.offer.compare(offer, Qt::CaseInsensitive) == 0 &&
            i.sku.compare(sku, Qt::CaseInsensitive) == 0)
            return &i;
    return nullptr;
}

namespace {

// The recorded locations list (CLI 2020, 56 regions), its subscription id replaced.
QJsonArray recordedLocations()
{
    static const QJsonArray locations = [] {
        QFile f(QStringLiteral(":/dockervm/sim/arm/locations.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            qCWarning(lcSim) << "simulator resource missing:" << f.fileName();
            return QJsonArray();
        }
        return QJsonDocument::fromJson(f.readAll())
            .object()
            .value(QStringLiteral("value"))
            .toArray();
    }();
    return locations;
}

QJsonObject subscriptionJson(const ArmSubscription &s)
{
    return QJsonObject{
        {QStringLiteral("id"), QString(QStringLiteral("/subscriptions/") + s.id)},
        {QStringLiteral("authorizationSource"), QStringLiteral("RoleBased")},
        {QStringLiteral("managedByTenants"), QJsonArray()},
        {QStringLiteral("subscriptionId"), s.id},
        {QStringLiteral("tenantId"), s.tenantId},
        {QStringLiteral("displayName"), s.displayName},
        {QStringLiteral("state"), s.state},
        {QStringLiteral("subscriptionPolicies"),
         QJsonObject{{QStringLiteral("locationPlacementId"), QStringLiteral("Public_2014-09-01")},
                     {QStringLiteral("quotaId"), QStringLiteral("PayAsYouGo_2014-09-01")},
                     {QStringLiteral("spendingLimit"), QStringLiteral("Off")}}},
    };
}

QString imageBaseId(const QString &sub, const QString &loc)
{
    return QStringLiteral("/Subscriptions/%1/Providers/Microsoft.Compute/Locations/%2/Publishers/"
                          "Canonical/ArtifactTypes/VMImage/Offers")
        .arg(sub, loc);
}

} // namespace

bool Core::isKnownLocation(const QString &location) const
{
    for (const QJsonValue &v : recordedLocations())
        if (v.toObject()
                .value(QStringLiteral("name"))
                .toString()
                .compare(location, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool Core::isLabelTaken(const QString &label, const QString &location) const
{
    const QString l = label.toLower();
    for (const QString &t : options.takenDnsLabels) {
        const QString name = t.section(QLatin1Char('@'), 0, 0).toLower();
        const QString region = t.section(QLatin1Char('@'), 1, 1);
        if (name == l && (region.isEmpty() || region.compare(location, Qt::CaseInsensitive) == 0))
            return true;
    }
    for (const Resource &r : resources)
        if (r.kind == ArmKind::PublicIpAddress && r.label.compare(l, Qt::CaseInsensitive) == 0 &&
            r.location.compare(location, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

HttpResponse Core::tenants(const Call &)
{
    const QJsonObject tenant{
        {QStringLiteral("id"), QString(QStringLiteral("/tenants/") + options.tenantId)},
        {QStringLiteral("tenantId"), options.tenantId},
        {QStringLiteral("countryCode"), QStringLiteral("US")},
        {QStringLiteral("displayName"), options.tenantDisplayName},
        {QStringLiteral("domains"), QJsonArray{options.tenantDomain}},
        {QStringLiteral("tenantCategory"), QStringLiteral("Home")},
        {QStringLiteral("defaultDomain"), options.tenantDomain},
        {QStringLiteral("tenantType"), QStringLiteral("AAD")},
    };
    return jsonResponse(200, QJsonObject{{QStringLiteral("value"), QJsonArray{tenant}}});
}

HttpResponse Core::subscriptionsList(const Call &call)
{
    // Only the token's tenant's subscriptions (arm.md §1), paged with nextLink.
    QList<ArmSubscription> mine;
    for (const ArmSubscription &s : std::as_const(options.subscriptions))
        if (s.tenantId.compare(call.token.tenantId, Qt::CaseInsensitive) == 0)
            mine << s;
    const int pageSize = qMax(1, options.subscriptionPageSize);
    const int skip = call.request.query.queryItemValue(QStringLiteral("$skiptoken")).toInt();
    QJsonArray value;
    for (int i = skip; i < mine.size() && i < skip + pageSize; ++i)
        value.append(subscriptionJson(mine.at(i)));
    QJsonObject body{{QStringLiteral("value"), value}};
    if (skip + pageSize < mine.size())
        body.insert(
            QStringLiteral("nextLink"),
            QString(call.baseUrl + QStringLiteral("/subscriptions?api-version=%1&$skiptoken=%2")
                                       .arg(call.apiVersion)
                                       .arg(skip + pageSize)));
    return jsonResponse(200, body);
}

HttpResponse Core::subscriptionGet(const Call &, const ArmSubscription &sub)
{
    return jsonResponse(200, subscriptionJson(sub));
}

HttpResponse Core::locations(const Call &, const ArmSubscription &sub)
{
    const QByteArray raw = QJsonDocument(recordedLocations()).toJson(QJsonDocument::Compact);
    QByteArray body = "{\"value\":" + raw + "}";
    body.replace("00000000-0000-0000-0000-000000000000", sub.id.toLatin1());
    HttpResponse r = jsonResponse(200, QJsonObject());
    r.body = body;
    return r;
}

HttpResponse Core::images(const Call &call, const ArmSubscription &sub)
{
    // …/locations/{loc}/publishers/{pub}/artifacttypes/vmimage/offers[/{o}/skus[/{s}/versions[/{v}]]]
    const QStringList &seg = call.segments;
    const QString loc = seg.value(5);
    const QString publisher = seg.value(7);
    auto notFound = [&](const QString &what) {
        return errorResponse(404, QStringLiteral("NotFound"),
                             QStringLiteral("Artifact: %1 was not found.").arg(what));
    };
    if (!isKnownLocation(loc))
        return errorResponse(400, QStringLiteral("NoRegisteredProviderFound"),
                             QStringLiteral("No registered resource provider found for location "
                                            "'%1' and API version '%2' for type "
                                            "'locations/publishers'.")
                                 .arg(loc, call.apiVersion));
    if (seg.size() < 11 ||
        seg.value(8).compare(QLatin1String("artifacttypes"), Qt::CaseInsensitive) ||
        seg.value(9).compare(QLatin1String("vmimage"), Qt::CaseInsensitive) ||
        seg.value(10).compare(QLatin1String("offers"), Qt::CaseInsensitive))
        return notFound(call.request.path);
    const bool canonical = publisher.compare(QLatin1String("Canonical"), Qt::CaseInsensitive) == 0;
    const QString base = imageBaseId(sub.id, loc);
    auto entry = [&](const QString &name, const QString &id) {
        return QJsonObject{{QStringLiteral("location"), loc},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("id"), id}};
    };
    if (seg.size() == 11) { // offers
        QJsonArray list;
        QStringList seen;
        for (const ImageSku &i : imageCatalogue())
            if (canonical && !seen.contains(i.offer)) {
                seen << i.offer;
                list.append(entry(i.offer, base + QLatin1Char('/') + i.offer));
            }
        return jsonResponse(200, list);
    }
    const QString offer = seg.value(11);
    if (seg.size() == 13) { // skus
        QJsonArray list;
        for (const ImageSku &i : imageCatalogue())
            if (canonical && i.offer.compare(offer, Qt::CaseInsensitive) == 0) {
                QJsonObject o = entry(i.sku, base + QLatin1Char('/') + i.offer +
                                                 QStringLiteral("/Skus/") + i.sku);
                o.insert(QStringLiteral("properties"),
                         QJsonObject{{QStringLiteral("automaticOSUpgradeProperties"),
                                      QJsonObject{{QStringLiteral("automaticOSUpgradeSupported"),
                                                   false}}}});
                list.append(o);
            }
        if (list.isEmpty())
            return notFound(QStringLiteral("VMImage offer %1").arg(offer));
        return jsonResponse(200, list);
    }
    const ImageSku *image = canonical ? findImage(offer, seg.value(13)) : nullptr;
    if (!image)
        return notFound(QStringLiteral("VMImage sku %1/%2").arg(offer, seg.value(13)));
    const QString skuBase = base + QLatin1Char('/') + image->offer + QStringLiteral("/Skus/") +
                            image->sku + QStringLiteral("/Versions/");
    if (seg.size() == 15) { // versions, oldest first; $top + $orderby=name desc as az does
        QStringList versions = image->versions;
        if (call.request.query.queryItemValue(QStringLiteral("$orderby"))
                .contains(QLatin1String("desc")))
            std::reverse(versions.begin(), versions.end());
        const int top = call.request.query.queryItemValue(QStringLiteral("$top")).toInt();
        if (top > 0)
            versions = versions.mid(0, top);
        QJsonArray list;
        for (const QString &v : versions)
            list.append(entry(v, skuBase + v));
        return jsonResponse(200, list);
    }
    if (seg.size() == 16) {
        QString version = seg.value(15);
        if (version.compare(QLatin1String("latest"), Qt::CaseInsensitive) == 0)
            version = image->versions.constLast();
        if (!image->versions.contains(version))
            return notFound(QStringLiteral("VMImage version %1").arg(seg.value(15)));
        QJsonObject o = entry(version, skuBase + version);
        o.insert(QStringLiteral("properties"),
                 QJsonObject{
                     {QStringLiteral("hyperVGeneration"), image->hyperVGeneration},
                     {QStringLiteral("architecture"), image->architecture},
                     {QStringLiteral("replicaType"), QStringLiteral("Managed")},
                     {QStringLiteral("disallowed"),
                      QJsonObject{{QStringLiteral("vmDiskType"), QStringLiteral("None")}}},
                     {QStringLiteral("automaticOSUpgradeProperties"),
                      QJsonObject{{QStringLiteral("automaticOSUpgradeSupported"), false}}},
                     {QStringLiteral("imageDeprecationStatus"),
                      QJsonObject{{QStringLiteral("imageState"), QStringLiteral("Active")}}},
                     {QStringLiteral("osDiskImage"),
                      QJsonObject{{QStringLiteral("operatingSystem"), QStringLiteral("Linux")},
                                  {QStringLiteral("sizeInGb"), 30},
                                  {QStringLiteral("sizeInBytes"), 32213303808.0}}},
                     {QStringLiteral("dataDiskImages"), QJsonArray()},
                 });
        return jsonResponse(200, o);
    }
    return notFound(call.request.path);
}

HttpResponse Core::resourceSkus(const Call &call, const ArmSubscription &)
{
    // $filter=location eq 'westus' (the only filter the app sends)
    static const QRegularExpression filterRe(QStringLiteral("location\\s+eq\\s+'([^']+)'"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QString filter =
        call.request.query.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded);
    const auto m = filterRe.match(filter);
    QStringList locs;
    if (m.hasMatch())
        locs << m.captured(1).toLower();
    else
        locs << QStringLiteral("westus") << QStringLiteral("eastus")
             << QStringLiteral("westeurope");
    QJsonArray value;
    for (const QString &loc : std::as_const(locs)) {
        if (!isKnownLocation(loc))
            continue;
        for (const VmSize &s : vmSizeCatalogue()) {
            const QJsonArray caps{
                QJsonObject{{QStringLiteral("name"), QStringLiteral("MaxResourceVolumeMB")},
                            {QStringLiteral("value"), QString::number(s.vcpus * 4096)}},
                QJsonObject{{QStringLiteral("name"), QStringLiteral("OSVhdSizeMB")},
                            {QStringLiteral("value"), QStringLiteral("1047552")}},
                QJsonObject{{QStringLiteral("name"), QStringLiteral("vCPUs")},
                            {QStringLiteral("value"), QString::number(s.vcpus)}},
                QJsonObject{{QStringLiteral("name"), QStringLiteral("HyperVGenerations")},
                            {QStringLiteral("value"), s.hyperVGenerations}},
                QJsonObject{{QStringLiteral("name"), QStringLiteral("MemoryGB")},
                            {QStringLiteral("value"), s.memoryGb}},
                QJsonObject{{QStringLiteral("name"), QStringLiteral("MaxDataDiskCount")},
                            {QStringLiteral("value"), QString::number(qMax(2, s.vcpus * 2))}},
                QJsonObject{
                    {QStringLiteral("name"), QStringLiteral("PremiumIO")},
                    {QStringLiteral("value"), s.name.contains(QLatin1Char('s'), Qt::CaseSensitive)
                                                  ? QStringLiteral("True")
                                                  : QStringLiteral("False")}},
                QJsonObject{{QStringLiteral("name"), QStringLiteral("vCPUsAvailable")},
                            {QStringLiteral("value"), QString::number(s.vcpus)}},
                QJsonObject{{QStringLiteral("name"), QStringLiteral("MaxNetworkInterfaces")},
                            {QStringLiteral("value"), QStringLiteral("2")}},
            };
            QJsonArray restrictions;
            if (options.restrictedSizes.contains(s.name, Qt::CaseInsensitive))
                restrictions.append(QJsonObject{
                    {QStringLiteral("type"), QStringLiteral("Location")},
                    {QStringLiteral("values"), QJsonArray{loc}},
                    {QStringLiteral("restrictionInfo"),
                     QJsonObject{{QStringLiteral("locations"), QJsonArray{loc}}}},
                    {QStringLiteral("reasonCode"), QStringLiteral("NotAvailableForSubscription")},
                });
            value.append(QJsonObject{
                {QStringLiteral("resourceType"), QStringLiteral("virtualMachines")},
                {QStringLiteral("name"), s.name},
                {QStringLiteral("tier"), QStringLiteral("Standard")},
                {QStringLiteral("size"), s.name.mid(9)},
                {QStringLiteral("family"), s.family},
                {QStringLiteral("locations"), QJsonArray{loc}},
                {QStringLiteral("locationInfo"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("location"), loc},
                     {QStringLiteral("zones"),
                      QJsonArray{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}},
                     {QStringLiteral("zoneDetails"), QJsonArray()}}}},
                {QStringLiteral("capabilities"), caps},
                {QStringLiteral("restrictions"), restrictions},
            });
        }
    }
    return jsonResponse(200, QJsonObject{{QStringLiteral("value"), value}});
}

HttpResponse Core::vmSizes(const Call &call, const ArmSubscription &)
{
    // vmSizes ignores subscription restrictions (arm.md §8): every size of the region.
    if (!isKnownLocation(call.segments.value(5)))
        return errorResponse(
            404, QStringLiteral("LocationNotFound"),
            QStringLiteral("The location '%1' is not found.").arg(call.segments.value(5)));
    QJsonArray value;
    for (const VmSize &s : vmSizeCatalogue())
        value.append(QJsonObject{
            {QStringLiteral("name"), s.name},
            {QStringLiteral("numberOfCores"), s.vcpus},
            {QStringLiteral("osDiskSizeInMB"), 1047552},
            {QStringLiteral("resourceDiskSizeInMB"), s.vcpus * 4096},
            {QStringLiteral("memoryInMB"), int(s.memoryGb.toDouble() * 1024)},
            {QStringLiteral("maxDataDiskCount"), qMax(2, s.vcpus * 2)},
        });
    return jsonResponse(200, QJsonObject{{QStringLiteral("value"), value}});
}

HttpResponse Core::dnsCheck(const Call &call, const ArmSubscription &)
{
    const QString loc = call.segments.value(5);
    const QString label = call.request.query.queryItemValue(QStringLiteral("domainNameLabel"));
    if (label.isEmpty())
        return errorResponse(400, QStringLiteral("InvalidRequestFormat"),
                             QStringLiteral("Cannot parse the request. The query parameter "
                                            "domainNameLabel is missing."),
                             true);
    if (!isKnownLocation(loc))
        return errorResponse(404, QStringLiteral("LocationNotFound"),
                             QStringLiteral("The location '%1' is not found.").arg(loc));
    return jsonResponse(200, QJsonObject{{QStringLiteral("available"), !isLabelTaken(label, loc)}});
}

} // namespace dockervm::sim::arm
