// Resource groups and the resources of the create workflow (NSG, VNet + subnet, public IP, NIC,
// VM): PUT with validation like the real API for what the app sends, GET (never echoing
// customData or adminPassword), per-resource DELETE with the recorded in-use errors, and the
// group delete that removes everything inside. Shapes: tests/data/arm (resource-group-lifecycle,
// vnet-with-subnet-put, nsg-*, public-ip-*, vm-on-existing-nic,
// vm-create-customdata-via-deployment, vm-password-auth-and-compute-lro,
// error-delete-in-use-resources, error-409-quota-regional-cores).
#include "common/logging.h"
#include "sim/armcore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>

#include <optional>

namespace {

// The host byte of a loopback public IP (127.0.<subnet>.x) no other process serves Docker on.
// Several simulators run at once (ctest -j2, demo beside a test): each starts at its own offset
// (by process id) and skips an address whose usual Docker ports are taken, so one process's
// client never reaches another's simulated host. `next` advances past skipped addresses.
int freeLoopbackHost(int subnet, int &next)
{
    const int offset = int(QCoreApplication::applicationPid() % 25) * 10;
    for (int tries = 0; tries < 250; ++tries) {
        const int host = (next + offset) % 250 + 2;
        const QHostAddress address(QStringLiteral("127.0.%1.%2").arg(subnet).arg(host));
        bool free = true;
        for (const quint16 port : {quint16(2376), quint16(4243)}) {
            QTcpServer probe;
            if (!probe.listen(address, port)) {
                free = false;
                break;
            }
        }
        if (free)
            return host;
        ++next;
    }
    return (next + offset) % 250 + 2;
}

} // namespace

namespace dockervm::sim::arm {
namespace {

QString groupKey(const QString &sub, const QString &group)
{
    return (sub + QLatin1Char('/') + group).toLower();
}

QString etag()
{
    return QStringLiteral("W/\"%1\"").arg(newGuid());
}

std::optional<ArmKind> kindOf(const QString &ns, const QString &type)
{
    static const ArmKind kinds[] = {ArmKind::NetworkSecurityGroup, ArmKind::VirtualNetwork,
                                    ArmKind::PublicIpAddress, ArmKind::NetworkInterface,
                                    ArmKind::VirtualMachine};
    const QString t = ns + QLatin1Char('/') + type;
    for (ArmKind k : kinds)
        if (kindType(k).compare(t, Qt::CaseInsensitive) == 0)
            return k;
    return std::nullopt;
}

HttpResponse invalidParameterResponse(const QString &message, const QString &target)
{
    QJsonObject error{{QStringLiteral("code"), QStringLiteral("InvalidParameter")},
                      {QStringLiteral("message"), message},
                      {QStringLiteral("target"), target}};
    return jsonResponse(400, QJsonObject{{QStringLiteral("error"), error}});
}

// Linux admin password (arm.md §8): 6–72 characters, 3 of 4 classes, not a known weak one.
bool passwordAcceptable(const QString &pw)
{
    static const QStringList banned{QStringLiteral("abc@123"),    QStringLiteral("P@$$w0rd"),
                                    QStringLiteral("P@ssw0rd"),   QStringLiteral("P@ssword123"),
                                    QStringLiteral("Pa$$word"),   QStringLiteral("pass@word1"),
                                    QStringLiteral("Password!"),  QStringLiteral("Password1"),
                                    QStringLiteral("Password22"), QStringLiteral("iloveyou!")};
    if (pw.size() < 6 || pw.size() > 72 || banned.contains(pw))
        return false;
    bool lower = false, upper = false, digit = false, special = false;
    for (const QChar c : pw) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            special = true;
    }
    return int(lower) + int(upper) + int(digit) + int(special) >= 3;
}

const QStringList &reservedUserNames()
{
    static const QStringList names{QStringLiteral("administrator"),
                                   QStringLiteral("admin"),
                                   QStringLiteral("user"),
                                   QStringLiteral("user1"),
                                   QStringLiteral("test"),
                                   QStringLiteral("user2"),
                                   QStringLiteral("test1"),
                                   QStringLiteral("user3"),
                                   QStringLiteral("admin1"),
                                   QStringLiteral("1"),
                                   QStringLiteral("123"),
                                   QStringLiteral("a"),
                                   QStringLiteral("actuser"),
                                   QStringLiteral("adm"),
                                   QStringLiteral("admin2"),
                                   QStringLiteral("aspnet"),
                                   QStringLiteral("backup"),
                                   QStringLiteral("console"),
                                   QStringLiteral("david"),
                                   QStringLiteral("guest"),
                                   QStringLiteral("john"),
                                   QStringLiteral("owner"),
                                   QStringLiteral("root"),
                                   QStringLiteral("server"),
                                   QStringLiteral("sql"),
                                   QStringLiteral("support"),
                                   QStringLiteral("support_388945a0"),
                                   QStringLiteral("sys"),
                                   QStringLiteral("test2"),
                                   QStringLiteral("test3"),
                                   QStringLiteral("user4"),
                                   QStringLiteral("user5")};
    return names;
}

QJsonObject defaultRule(const QString &nsgId, const QString &name, const QString &description,
                        const QString &src, const QString &dst, const QString &access, int priority,
                        const QString &direction)
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("id"), QString(nsgId + QStringLiteral("/defaultSecurityRules/") + name)},
        {QStringLiteral("type"),
         QStringLiteral("Microsoft.Network/networkSecurityGroups/defaultSecurityRules")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("description"), description},
                     {QStringLiteral("protocol"), QStringLiteral("*")},
                     {QStringLiteral("sourcePortRange"), QStringLiteral("*")},
                     {QStringLiteral("destinationPortRange"), QStringLiteral("*")},
                     {QStringLiteral("sourceAddressPrefix"), src},
                     {QStringLiteral("destinationAddressPrefix"), dst},
                     {QStringLiteral("access"), access},
                     {QStringLiteral("priority"), priority},
                     {QStringLiteral("direction"), direction},
                     {QStringLiteral("sourcePortRanges"), QJsonArray()},
                     {QStringLiteral("destinationPortRanges"), QJsonArray()},
                     {QStringLiteral("sourceAddressPrefixes"), QJsonArray()},
                     {QStringLiteral("destinationAddressPrefixes"), QJsonArray()}}},
    };
}

// Sets provisioningState on the resource and on its inline sub-resources.
QJsonObject withState(QJsonObject body, const QString &state)
{
    QJsonObject props = body.value(QStringLiteral("properties")).toObject();
    props.insert(QStringLiteral("provisioningState"), state);
    for (const QString &list :
         {QStringLiteral("securityRules"), QStringLiteral("defaultSecurityRules"),
          QStringLiteral("subnets"), QStringLiteral("ipConfigurations")}) {
        if (!props.contains(list))
            continue;
        QJsonArray items = props.value(list).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            QJsonObject ip = item.value(QStringLiteral("properties")).toObject();
            ip.insert(QStringLiteral("provisioningState"), state);
            item.insert(QStringLiteral("properties"), ip);
            items.replace(i, item);
        }
        props.insert(list, items);
    }
    body.insert(QStringLiteral("properties"), props);
    return body;
}

QString refNotFound(const QString &ref, const QString &by)
{
    return QStringLiteral("Resource %1 referenced by resource %2 was not found. Please make sure "
                          "that the referenced resource exists, and that both resources are in "
                          "the same region.")
        .arg(ref, by);
}

// Security rules as the NSG shows them (ids, etag, type), checked like the real API: priority
// 100–4096 and unique per direction.
std::optional<HttpResponse> securityRules(const QString &nsgId, const QString &etag,
                                          const QJsonArray &in, QJsonArray *out)
{
    QSet<QString> seen;
    for (const QJsonValue &v : in) {
        QJsonObject rule = v.toObject();
        QJsonObject rp = rule.value(QStringLiteral("properties")).toObject();
        const QString rname = rule.value(QStringLiteral("name")).toString();
        const int priority = rp.value(QStringLiteral("priority")).toInt(-1);
        const QString direction = rp.value(QStringLiteral("direction")).toString();
        if (priority < 100 || priority > 4096)
            return errorResponse(400, QStringLiteral("SecurityRuleInvalidPriority"),
                                 QStringLiteral("Security rule %1 has invalid Priority. Value "
                                                "provided: %2 Allowed range 100-4096.")
                                     .arg(rname)
                                     .arg(priority),
                                 true);
        const QString slot = direction.toLower() + QString::number(priority);
        if (seen.contains(slot))
            return errorResponse(400, QStringLiteral("SecurityRuleConflict"),
                                 QStringLiteral("Security rule %1 conflicts with another rule of "
                                                "the same priority and direction (%2, %3).")
                                     .arg(rname, direction)
                                     .arg(priority),
                                 true);
        seen.insert(slot);
        for (const char *list : {"sourcePortRanges", "destinationPortRanges",
                                 "sourceAddressPrefixes", "destinationAddressPrefixes"})
            if (!rp.contains(QLatin1String(list)))
                rp.insert(QLatin1String(list), QJsonArray());
        rule.insert(QStringLiteral("id"),
                    QString(nsgId + QStringLiteral("/securityRules/") + rname));
        rule.insert(QStringLiteral("etag"), etag);
        rule.insert(QStringLiteral("type"),
                    QStringLiteral("Microsoft.Network/networkSecurityGroups/securityRules"));
        rule.insert(QStringLiteral("properties"), rp);
        out->append(rule);
    }
    return std::nullopt;
}

} // namespace

// --- resource groups ------------------------------------------------------------------------

static QJsonObject groupJson(const Group &g)
{
    return QJsonObject{
        {QStringLiteral("id"),
         QStringLiteral("/subscriptions/%1/resourceGroups/%2").arg(g.subscriptionId, g.name)},
        {QStringLiteral("name"), g.name},
        {QStringLiteral("type"), QStringLiteral("Microsoft.Resources/resourceGroups")},
        {QStringLiteral("location"), g.location},
        {QStringLiteral("tags"), g.tags},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("provisioningState"),
                      g.deleting ? QStringLiteral("Deleting") : QStringLiteral("Succeeded")}}},
    };
}

static HttpResponse groupNotFound(const QString &name)
{
    HttpResponse r =
        errorResponse(404, QStringLiteral("ResourceGroupNotFound"),
                      QStringLiteral("Resource group '%1' could not be found.").arg(name));
    r.setHeader("x-ms-failure-cause", "gateway");
    return r;
}

HttpResponse Core::groupList(const Call &, const ArmSubscription &sub)
{
    QJsonArray value;
    for (const Group &g : std::as_const(groups))
        if (g.subscriptionId.compare(sub.id, Qt::CaseInsensitive) == 0)
            value.append(groupJson(g));
    return jsonResponse(200, QJsonObject{{QStringLiteral("value"), value}});
}

HttpResponse Core::groupRoute(const Call &call, const ArmSubscription &sub)
{
    const QString name = call.segments.at(3);
    const QString key = groupKey(sub.id, name);
    const QByteArray method = call.request.method;
    auto it = groups.find(key);
    if (method == "HEAD") {
        HttpResponse r;
        r.status = it == groups.end() ? 404 : 204;
        return r;
    }
    if (method == "GET")
        return it == groups.end() ? groupNotFound(name) : jsonResponse(200, groupJson(*it));
    if (method == "PUT") {
        if (faults.failPut.contains(ArmKind::ResourceGroup))
            return errorResponse(faults.failPut.value(ArmKind::ResourceGroup));
        static const QRegularExpression nameRe(QStringLiteral("^[-\\w\\._\\(\\)]{1,90}$"));
        if (!nameRe.match(name).hasMatch() || name.endsWith(QLatin1Char('.')))
            return errorResponse(400, QStringLiteral("InvalidResourceGroupName"),
                                 QStringLiteral("Resource group name '%1' is invalid. It can "
                                                "contain up to 90 letters, digits, underscores, "
                                                "periods, hyphens and parentheses, and cannot end "
                                                "in a period.")
                                     .arg(name));
        const QJsonObject body = QJsonDocument::fromJson(call.request.body).object();
        const QString location = body.value(QStringLiteral("location")).toString();
        if (location.isEmpty())
            return errorResponse(400, QStringLiteral("LocationRequired"),
                                 QStringLiteral("The location property is required for this "
                                                "definition."));
        if (!isKnownLocation(location))
            return errorResponse(400, QStringLiteral("LocationNotAvailableForResourceGroup"),
                                 QStringLiteral("The provided location '%1' is not available for "
                                                "resource group.")
                                     .arg(location));
        if (it != groups.end()) {
            if (it->deleting)
                return errorResponse(409, QStringLiteral("ResourceGroupBeingDeleted"),
                                     QStringLiteral("The resource group '%1' is in deprovisioning "
                                                    "state and cannot perform this operation.")
                                         .arg(it->name));
            if (it->location.compare(location, Qt::CaseInsensitive) != 0)
                return errorResponse(409, QStringLiteral("InvalidResourceGroupLocation"),
                                     QStringLiteral("Invalid resource group location '%1'. The "
                                                    "Resource group already exists in location "
                                                    "'%2'.")
                                         .arg(location, it->location));
            it->tags = body.value(QStringLiteral("tags")).toObject();
            return jsonResponse(200, groupJson(*it));
        }
        Group g{sub.id, name, location.toLower(), body.value(QStringLiteral("tags")).toObject(),
                false};
        groups.insert(key, g);
        emit front->resourcesChanged();
        return jsonResponse(201, groupJson(g));
    }
    if (method == "DELETE") {
        if (it == groups.end())
            return groupNotFound(name);
        if (!it->deleting) {
            it->deleting = true;
            auto op =
                startOperation(Operation::Shape::GroupDelete, sub.id, it->location, call.apiVersion,
                               options.groupDeleteDelayMs, ArmKind::ResourceGroup);
            op->onSuccess = [this, key] {
                const QStringList ids = resources.keys();
                for (const QString &id : ids)
                    if (groupKey(resources.value(id).subscriptionId, resources.value(id).group) ==
                        key)
                        removeResource(id);
                groups.remove(key);
            };
            op->onFailure = [this, key] {
                auto g = groups.find(key);
                if (g != groups.end())
                    g->deleting = false;
            };
            HttpResponse r;
            r.status = 202;
            r.setHeader("Location", locationUrl(call, *op).toUtf8());
            r.setHeader("Cache-Control", "no-cache");
            if (options.pollRetryAfterSeconds > 0)
                r.setHeader("Retry-After", QByteArray::number(options.pollRetryAfterSeconds));
            return r;
        }
        // Already deleting: the same 202 with the running operation.
        for (const auto &op : std::as_const(ops))
            if (op->shape == Operation::Shape::GroupDelete && !op->done &&
                op->subscriptionId == sub.id) {
                HttpResponse r;
                r.status = 202;
                r.setHeader("Location", locationUrl(call, *op).toUtf8());
                return r;
            }
        HttpResponse r;
        r.status = 202;
        return r;
    }
    return errorResponse(405, QStringLiteral("MethodNotAllowed"),
                         QStringLiteral("The requested method is not allowed."));
}

HttpResponse Core::groupResources(const Call &call, const ArmSubscription &sub)
{
    const QString key = groupKey(sub.id, call.segments.at(3));
    if (!groups.contains(key))
        return groupNotFound(call.segments.at(3));
    QJsonArray value;
    for (const Resource &r : std::as_const(resources))
        if (groupKey(r.subscriptionId, r.group) == key)
            value.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("name"), r.name},
                                     {QStringLiteral("type"), kindType(r.kind)},
                                     {QStringLiteral("location"), r.location}});
    return jsonResponse(200, QJsonObject{{QStringLiteral("value"), value}});
}

void Core::removeResource(const QString &key)
{
    if (resources.value(key).kind == ArmKind::VirtualMachine) {
        stopDockerHost(key);
        endpoints.remove(key);
    }
    resources.remove(key);
}

// --- resources --------------------------------------------------------------------------------

HttpResponse Core::resourceRoute(const Call &call, const ArmSubscription &sub)
{
    const QStringList &seg = call.segments;
    const QString group = seg.at(3);
    const auto kind = kindOf(seg.at(5), seg.at(6));
    if (!kind)
        return errorResponse(400, QStringLiteral("InvalidResourceType"),
                             QStringLiteral("The resource type '%1' could not be found in the "
                                            "namespace '%2' for api version '%3'.")
                                 .arg(seg.at(6), seg.at(5), call.apiVersion));
    const auto git = groups.find(groupKey(sub.id, group));
    if (git == groups.end())
        return groupNotFound(group);
    const QString name = seg.at(7);
    const QString id = QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/%3/%4")
                           .arg(sub.id, git->name, kindType(*kind), name);
    const QString key = id.toLower();
    const bool compute = *kind == ArmKind::VirtualMachine;
    const QByteArray method = call.request.method;
    auto existing = resources.find(key);

    auto notFound = [&] {
        return errorResponse(404, QStringLiteral("ResourceNotFound"),
                             QStringLiteral("The Resource '%1/%2' under resource group '%3' was "
                                            "not found. For more details please go to "
                                            "https://aka.ms/ARMResourceNotFoundFix")
                                 .arg(kindType(*kind), name, git->name));
    };

    if (method == "GET") {
        if (existing == resources.end())
            return notFound();
        QJsonObject body = withState(existing->body, existing->provisioningState);
        if (compute) {
            QJsonObject props = body.value(QStringLiteral("properties")).toObject();
            if (call.request.query.queryItemValue(QStringLiteral("$expand")) ==
                QLatin1String("instanceView")) {
                const bool ready = existing->provisioningState == QLatin1String("Succeeded");
                const QString t = isoTime(existing->succeededAt.isValid() ? existing->succeededAt
                                                                          : existing->createdAt);
                QJsonArray statuses{QJsonObject{
                    {QStringLiteral("code"), QString(QStringLiteral("ProvisioningState/") +
                                                     existing->provisioningState.toLower())},
                    {QStringLiteral("level"), existing->provisioningState == QLatin1String("Failed")
                                                  ? QStringLiteral("Error")
                                                  : QStringLiteral("Info")},
                    {QStringLiteral("displayStatus"),
                     QString(QStringLiteral("Provisioning ") +
                             existing->provisioningState.toLower())},
                    {QStringLiteral("time"), t}}};
                if (ready)
                    statuses.append(QJsonObject{
                        {QStringLiteral("code"), QStringLiteral("PowerState/running")},
                        {QStringLiteral("level"), QStringLiteral("Info")},
                        {QStringLiteral("displayStatus"), QStringLiteral("VM running")}});
                else if (existing->provisioningState == QLatin1String("Creating"))
                    statuses.append(QJsonObject{
                        {QStringLiteral("code"), QStringLiteral("PowerState/starting")},
                        {QStringLiteral("level"), QStringLiteral("Info")},
                        {QStringLiteral("displayStatus"), QStringLiteral("VM starting")}});
                QJsonObject iv{
                    {QStringLiteral("hyperVGeneration"), existing->hyperVGeneration},
                    {QStringLiteral("statuses"), statuses},
                };
                if (ready) {
                    iv.insert(QStringLiteral("computerName"),
                              props.value(QStringLiteral("osProfile"))
                                  .toObject()
                                  .value(QStringLiteral("computerName")));
                    iv.insert(QStringLiteral("osName"), QStringLiteral("ubuntu"));
                    iv.insert(
                        QStringLiteral("vmAgent"),
                        QJsonObject{{QStringLiteral("vmAgentVersion"), QStringLiteral("2.11.1.12")},
                                    {QStringLiteral("statuses"),
                                     QJsonArray{QJsonObject{
                                         {QStringLiteral("code"),
                                          QStringLiteral("ProvisioningState/succeeded")},
                                         {QStringLiteral("level"), QStringLiteral("Info")},
                                         {QStringLiteral("displayStatus"), QStringLiteral("Ready")},
                                         {QStringLiteral("message"),
                                          QStringLiteral("Guest Agent is running")},
                                         {QStringLiteral("time"), t}}}},
                                    {QStringLiteral("extensionHandlers"), QJsonArray()}});
                }
                props.insert(QStringLiteral("instanceView"), iv);
                body.insert(QStringLiteral("properties"), props);
            }
        }
        HttpResponse r = jsonResponse(200, body);
        if (!compute)
            r.setHeader("ETag", existing->etag.toUtf8());
        else
            r.setHeader(
                "x-ms-ratelimit-remaining-resource",
                "Microsoft.Compute/LowCostGet3Min;3993,Microsoft.Compute/LowCostGet30Min;31870");
        return r;
    }

    if (method == "DELETE") {
        if (existing == resources.end()) {
            HttpResponse r;
            r.status = 204;
            return r;
        }
        // In-use checks, in the recorded shapes (error-delete-in-use-resources.json).
        for (const Resource &other : std::as_const(resources)) {
            if (other.deleting)
                continue;
            for (const NicRef &ref : other.refs) {
                const bool usesThis = ref.id == key || ref.id.startsWith(key + QLatin1Char('/'));
                if (!usesThis)
                    continue;
                switch (*kind) {
                case ArmKind::NetworkInterface:
                    return errorResponse(
                        400, QStringLiteral("NicInUse"),
                        QStringLiteral("Network Interface %1 is used by existing resource %2. In "
                                       "order to delete the network interface, it must be "
                                       "dissociated from the resource. To learn more, see "
                                       "aka.ms/deletenic.")
                            .arg(existing->id, other.id),
                        true);
                case ArmKind::NetworkSecurityGroup:
                    return errorResponse(
                        400, QStringLiteral("InUseNetworkSecurityGroupCannotBeDeleted"),
                        QStringLiteral("Network security group %1 cannot be deleted because it is "
                                       "in use by the following resources: %2. In order to delete "
                                       "the Network security group, remove the association with "
                                       "the resource(s). To learn how to do this, see "
                                       "aka.ms/deletensg.")
                            .arg(existing->id, other.id),
                        true);
                case ArmKind::PublicIpAddress:
                    return errorResponse(
                        400, QStringLiteral("PublicIPAddressCannotBeDeleted"),
                        QStringLiteral("Public IP address %1 can not be deleted since it is still "
                                       "allocated to resource %2. In order to delete the public "
                                       "IP, disassociate/detach the Public IP address from the "
                                       "resource.  To learn how to do this, see "
                                       "aka.ms/deletepublicip.")
                            .arg(existing->id, ref.via),
                        true);
                case ArmKind::VirtualNetwork:
                    return errorResponse(
                        400, QStringLiteral("InUseSubnetCannotBeDeleted"),
                        QStringLiteral("Subnet %1 is in use by %2 and cannot be deleted. In order "
                                       "to delete the subnet, delete all the resources within the "
                                       "subnet. See aka.ms/deletesubnet.")
                            .arg(ref.id.section(QLatin1Char('/'), -1), ref.via),
                        true);
                default:
                    break;
                }
            }
        }
        HttpResponse r;
        r.status = 202;
        if (!existing->deleting) {
            existing->deleting = true;
            existing->provisioningState = QStringLiteral("Deleting");
            auto op = startOperation(
                compute ? Operation::Shape::Compute : Operation::Shape::Network, sub.id,
                existing->location, call.apiVersion, options.operationDelayMs, *kind);
            op->onSuccess = [this, key] {
                removeResource(key);
            };
            op->onFailure = [this, key] {
                auto res = resources.find(key);
                if (res != resources.end()) {
                    res->deleting = false;
                    res->provisioningState = QStringLiteral("Failed");
                }
            };
            r.setHeader("Azure-AsyncOperation", asyncOperationUrl(call, *op).toUtf8());
            r.setHeader("Location", locationUrl(call, *op).toUtf8());
            r.setHeader("Azure-AsyncNotification", "Enabled");
        }
        if (compute)
            r.setHeader("x-ms-ratelimit-remaining-resource",
                        "Microsoft.Compute/DeleteVM3Min;238,Microsoft.Compute/DeleteVM30Min;1195");
        return r;
    }

    if (method != "PUT")
        return errorResponse(405, QStringLiteral("MethodNotAllowed"),
                             QStringLiteral("The requested method is not allowed."));

    if (faults.failPut.contains(*kind))
        return errorResponse(faults.failPut.value(*kind), !compute);
    if (git->deleting)
        return errorResponse(409, QStringLiteral("ResourceGroupBeingDeleted"),
                             QStringLiteral("The resource group '%1' is in deprovisioning state "
                                            "and cannot perform this operation.")
                                 .arg(git->name));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(call.request.body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return errorResponse(400, QStringLiteral("InvalidRequestContent"),
                             QStringLiteral("The request content was invalid and could not be "
                                            "deserialized: '%1'.")
                                 .arg(perr.errorString()));
    const QJsonObject in = doc.object();
    const QString location = in.value(QStringLiteral("location")).toString().toLower();
    if (location.isEmpty())
        return errorResponse(400, QStringLiteral("LocationRequired"),
                             QStringLiteral("The location property is required for this "
                                            "definition."));
    if (!isKnownLocation(location))
        return errorResponse(400, QStringLiteral("LocationNotAvailableForResourceType"),
                             QStringLiteral("The provided location '%1' is not available for "
                                            "resource type '%2'.")
                                 .arg(location, kindType(*kind)));
    if (existing != resources.end() && existing->deleting)
        return errorResponse(409, QStringLiteral("OperationNotAllowed"),
                             QStringLiteral("The resource '%1' is being deleted.").arg(id),
                             !compute);
    const QJsonObject props = in.value(QStringLiteral("properties")).toObject();

    Resource res;
    res.kind = *kind;
    res.subscriptionId = sub.id;
    res.group = git->name;
    res.name = name;
    res.id = id;
    res.location = location;
    res.etag = etag();
    res.createdAt =
        existing != resources.end() ? existing->createdAt : QDateTime::currentDateTimeUtc();
    QJsonObject out{{QStringLiteral("name"), name},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("type"), kindType(*kind)},
                    {QStringLiteral("location"), location}};
    if (in.contains(QStringLiteral("tags")) || compute) // Compute always shows tags ({})
        out.insert(QStringLiteral("tags"), in.value(QStringLiteral("tags")).toObject());
    if (!compute)
        out.insert(QStringLiteral("etag"), res.etag);
    QJsonObject p;
    const QString guid = existing != resources.end()
                             ? existing->body.value(QStringLiteral("properties"))
                                   .toObject()
                                   .value(QStringLiteral("resourceGuid"))
                                   .toString(newGuid())
                             : newGuid();
    if (!compute)
        p.insert(QStringLiteral("resourceGuid"), guid);
    QString initialState = QStringLiteral("Updating");

    switch (*kind) {
    case ArmKind::NetworkSecurityGroup: {
        QJsonArray rules;
        if (auto e = securityRules(id, res.etag,
                                   props.value(QStringLiteral("securityRules")).toArray(), &rules))
            return *e;
        p.insert(QStringLiteral("securityRules"), rules);
        p.insert(QStringLiteral("defaultSecurityRules"),
                 QJsonArray{
                     defaultRule(id, QStringLiteral("AllowVnetInBound"),
                                 QStringLiteral("Allow inbound traffic from all VMs in VNET"),
                                 QStringLiteral("VirtualNetwork"), QStringLiteral("VirtualNetwork"),
                                 QStringLiteral("Allow"), 65000, QStringLiteral("Inbound")),
                     defaultRule(id, QStringLiteral("AllowAzureLoadBalancerInBound"),
                                 QStringLiteral("Allow inbound traffic from azure load balancer"),
                                 QStringLiteral("AzureLoadBalancer"), QStringLiteral("*"),
                                 QStringLiteral("Allow"), 65001, QStringLiteral("Inbound")),
                     defaultRule(id, QStringLiteral("DenyAllInBound"),
                                 QStringLiteral("Deny all inbound traffic"), QStringLiteral("*"),
                                 QStringLiteral("*"), QStringLiteral("Deny"), 65500,
                                 QStringLiteral("Inbound")),
                     defaultRule(id, QStringLiteral("AllowVnetOutBound"),
                                 QStringLiteral("Allow outbound traffic from all VMs to all VMs "
                                                "in VNET"),
                                 QStringLiteral("VirtualNetwork"), QStringLiteral("VirtualNetwork"),
                                 QStringLiteral("Allow"), 65000, QStringLiteral("Outbound")),
                     defaultRule(id, QStringLiteral("AllowInternetOutBound"),
                                 QStringLiteral("Allow outbound traffic from all VMs to Internet"),
                                 QStringLiteral("*"), QStringLiteral("Internet"),
                                 QStringLiteral("Allow"), 65001, QStringLiteral("Outbound")),
                     defaultRule(id, QStringLiteral("DenyAllOutBound"),
                                 QStringLiteral("Deny all outbound traffic"), QStringLiteral("*"),
                                 QStringLiteral("*"), QStringLiteral("Deny"), 65500,
                                 QStringLiteral("Outbound")),
                 });
        break;
    }
    case ArmKind::VirtualNetwork: {
        const QJsonArray prefixes = props.value(QStringLiteral("addressSpace"))
                                        .toObject()
                                        .value(QStringLiteral("addressPrefixes"))
                                        .toArray();
        if (prefixes.isEmpty())
            return errorResponse(400, QStringLiteral("InvalidAddressSpace"),
                                 QStringLiteral("Virtual network %1 has no address space "
                                                "(properties.addressSpace.addressPrefixes).")
                                     .arg(id),
                                 true);
        QJsonArray subnets;
        for (const QJsonValue &v : props.value(QStringLiteral("subnets")).toArray()) {
            QJsonObject s = v.toObject();
            const QString sname = s.value(QStringLiteral("name")).toString();
            QJsonObject sp = s.value(QStringLiteral("properties")).toObject();
            if (sname.isEmpty() || sp.value(QStringLiteral("addressPrefix")).toString().isEmpty())
                return errorResponse(400, QStringLiteral("InvalidRequestFormat"),
                                     QStringLiteral("Cannot parse the request: every subnet needs "
                                                    "a name and properties.addressPrefix."),
                                     true);
            sp.insert(QStringLiteral("delegations"), QJsonArray());
            sp.insert(QStringLiteral("privateEndpointNetworkPolicies"), QStringLiteral("Disabled"));
            sp.insert(QStringLiteral("privateLinkServiceNetworkPolicies"),
                      QStringLiteral("Enabled"));
            subnets.append(QJsonObject{
                {QStringLiteral("name"), sname},
                {QStringLiteral("id"), QString(id + QStringLiteral("/subnets/") + sname)},
                {QStringLiteral("etag"), res.etag},
                {QStringLiteral("properties"), sp},
                {QStringLiteral("type"),
                 QStringLiteral("Microsoft.Network/virtualNetworks/subnets")},
            });
        }
        p.insert(QStringLiteral("addressSpace"),
                 QJsonObject{{QStringLiteral("addressPrefixes"), prefixes}});
        p.insert(QStringLiteral("dhcpOptions"),
                 QJsonObject{{QStringLiteral("dnsServers"), QJsonArray()}});
        p.insert(QStringLiteral("subnets"), subnets);
        p.insert(QStringLiteral("virtualNetworkPeerings"), QJsonArray());
        p.insert(QStringLiteral("enableDdosProtection"), false);
        break;
    }
    case ArmKind::PublicIpAddress: {
        const QString skuName = in.value(QStringLiteral("sku"))
                                    .toObject()
                                    .value(QStringLiteral("name"))
                                    .toString(QStringLiteral("Basic"));
        const QString allocation = props.value(QStringLiteral("publicIPAllocationMethod"))
                                       .toString(QStringLiteral("Dynamic"));
        if (skuName.compare(QLatin1String("Standard"), Qt::CaseInsensitive) == 0 &&
            allocation.compare(QLatin1String("Static"), Qt::CaseInsensitive) != 0)
            return errorResponse(400, QStringLiteral("StandardSkuPublicIPAddressesMustBeStatic"),
                                 QStringLiteral("Standard sku publicIp %1 must be configured "
                                                "with static allocation.")
                                     .arg(id),
                                 true);
        out.insert(QStringLiteral("sku"),
                   QJsonObject{{QStringLiteral("name"), skuName},
                               {QStringLiteral("tier"), QStringLiteral("Regional")}});
        p.insert(
            QStringLiteral("publicIPAddressVersion"),
            props.value(QStringLiteral("publicIPAddressVersion")).toString(QStringLiteral("IPv4")));
        p.insert(QStringLiteral("publicIPAllocationMethod"), allocation);
        p.insert(QStringLiteral("idleTimeoutInMinutes"),
                 props.value(QStringLiteral("idleTimeoutInMinutes")).toInt(4));
        p.insert(QStringLiteral("ipTags"), QJsonArray());
        const QString label = props.value(QStringLiteral("dnsSettings"))
                                  .toObject()
                                  .value(QStringLiteral("domainNameLabel"))
                                  .toString();
        if (!label.isEmpty()) {
            static const QRegularExpression labelRe(
                QStringLiteral("^[a-z][a-z0-9-]{1,61}[a-z0-9]$"));
            if (!labelRe.match(label).hasMatch())
                return errorResponse(400, QStringLiteral("InvalidDomainNameLabel"),
                                     QStringLiteral("The domain name label %1 is invalid. It must "
                                                    "conform to the following regular expression: "
                                                    "^[a-z][a-z0-9-]{1,61}[a-z0-9]$.")
                                         .arg(label),
                                     true);
            const bool ownLabel = existing != resources.end() &&
                                  existing->label.compare(label, Qt::CaseInsensitive) == 0;
            const QString fqdn = QStringLiteral("%1.%2.cloudapp.azure.com").arg(label, location);
            if (!ownLabel && isLabelTaken(label, location))
                return errorResponse(400, QStringLiteral("DnsRecordInUse"),
                                     QStringLiteral("DNS record %1 is already used by another "
                                                    "public IP.")
                                         .arg(fqdn),
                                     true);
            res.label = label;
            res.fqdn = fqdn;
            p.insert(QStringLiteral("dnsSettings"),
                     QJsonObject{{QStringLiteral("domainNameLabel"), label},
                                 {QStringLiteral("fqdn"), fqdn}});
        }
        // The simulated VM behind this address serves Docker there, so the address is loopback
        // (127.0.<dockerSubnet>.x) unless the options ask for public-looking ones.
        res.ipAddress =
            existing != resources.end() && !existing->ipAddress.isEmpty() ? existing->ipAddress
            : options.loopbackPublicIps
                ? QStringLiteral("127.0.%1.%2")
                      .arg(options.dockerSubnet)
                      .arg(options.lastPublicIpHost > options.firstPublicIpHost
                               ? options.firstPublicIpHost +
                                     (nextPublicIp - 10) %
                                         (options.lastPublicIpHost - options.firstPublicIpHost + 1)
                               : freeLoopbackHost(options.dockerSubnet, nextPublicIp))
                : QStringLiteral("20.%1.%2.%3")
                      .arg(40 + int(qHash(location) % 200))
                      .arg(nextPublicIp / 250)
                      .arg(nextPublicIp % 250 + 1);
        if (existing == resources.end())
            ++nextPublicIp;
        break;
    }
    case ArmKind::NetworkInterface: {
        initialState = QStringLiteral("Succeeded"); // as recorded (vm-on-existing-nic #13)
        auto refCheck = [&](const QString &ref) -> std::optional<HttpResponse> {
            const QString r = ref.toLower();
            const QString owner = r.contains(QLatin1String("/subnets/"))
                                      ? r.section(QLatin1String("/subnets/"), 0, 0)
                                      : r;
            const auto target = resources.find(owner);
            bool ok =
                target != resources.end() && !target->deleting && target->location == location;
            if (ok && owner != r) { // the subnet must exist in the VNet
                ok = false;
                for (const QJsonValue &s : target->body.value(QStringLiteral("properties"))
                                               .toObject()
                                               .value(QStringLiteral("subnets"))
                                               .toArray())
                    if (s.toObject().value(QStringLiteral("id")).toString().toLower() == r)
                        ok = true;
            }
            if (!ok)
                return errorResponse(400, QStringLiteral("InvalidResourceReference"),
                                     refNotFound(ref, id), true);
            return std::nullopt;
        };
        const QString nsgRef = props.value(QStringLiteral("networkSecurityGroup"))
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
        if (!nsgRef.isEmpty()) {
            if (auto e = refCheck(nsgRef))
                return *e;
            res.refs << NicRef{nsgRef.toLower(), id};
            p.insert(QStringLiteral("networkSecurityGroup"),
                     QJsonObject{{QStringLiteral("id"), resources.value(nsgRef.toLower()).id}});
        }
        const QJsonArray configs = props.value(QStringLiteral("ipConfigurations")).toArray();
        if (configs.isEmpty())
            return errorResponse(
                400, QStringLiteral("NetworkInterfaceMustHaveAtLeastOneIpConfiguration"),
                QStringLiteral("Network interface %1 must have at least one IP "
                               "configuration.")
                    .arg(id),
                true);
        QJsonArray outConfigs;
        bool first = true;
        for (const QJsonValue &v : configs) {
            const QJsonObject c = v.toObject();
            const QString cname =
                c.value(QStringLiteral("name")).toString(QStringLiteral("ipconfig1"));
            const QJsonObject cp = c.value(QStringLiteral("properties")).toObject();
            const QString cid = id + QStringLiteral("/ipConfigurations/") + cname;
            const QString subnetRef = cp.value(QStringLiteral("subnet"))
                                          .toObject()
                                          .value(QStringLiteral("id"))
                                          .toString();
            if (subnetRef.isEmpty())
                return errorResponse(
                    400, QStringLiteral("SubnetIsRequiredForNetworkInterface"),
                    QStringLiteral("IP configuration %1 must reference a subnet.").arg(cid), true);
            if (auto e = refCheck(subnetRef))
                return *e;
            const QString pipRef = cp.value(QStringLiteral("publicIPAddress"))
                                       .toObject()
                                       .value(QStringLiteral("id"))
                                       .toString();
            if (!pipRef.isEmpty()) {
                if (auto e = refCheck(pipRef))
                    return *e;
                for (const Resource &other : std::as_const(resources))
                    for (const NicRef &ref : other.refs)
                        if (ref.id == pipRef.toLower() && other.id.toLower() != key)
                            return errorResponse(
                                400, QStringLiteral("PublicIPAddressInUse"),
                                QStringLiteral("Resource %1 is already in use by %2.")
                                    .arg(pipRef, ref.via),
                                true);
            }
            // The lowest free of 10.0.0.4, .5, … per subnet (Azure keeps .0–.3 for itself): a
            // NIC made after another was deleted takes the freed address, never one in use.
            QSet<QString> taken;
            for (const Resource &other : std::as_const(resources))
                if (other.kind == ArmKind::NetworkInterface && other.id.toLower() != key)
                    for (const QJsonValue &oc : other.body.value(QStringLiteral("properties"))
                                                    .toObject()
                                                    .value(QStringLiteral("ipConfigurations"))
                                                    .toArray()) {
                        const QJsonObject op =
                            oc.toObject().value(QStringLiteral("properties")).toObject();
                        if (op.value(QStringLiteral("subnet"))
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toString()
                                .compare(subnetRef, Qt::CaseInsensitive) == 0)
                            taken.insert(op.value(QStringLiteral("privateIPAddress")).toString());
                    }
            const QString subnetPrefix =
                resources.value(subnetRef.toLower().section(QLatin1String("/subnets/"), 0, 0))
                    .body.value(QStringLiteral("properties"))
                    .toObject()
                    .value(QStringLiteral("subnets"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("properties"))
                    .toObject()
                    .value(QStringLiteral("addressPrefix"))
                    .toString(QStringLiteral("10.0.0.0/24"));
            QString privateIp;
            for (int host = 4; privateIp.isEmpty() || taken.contains(privateIp); ++host)
                privateIp = subnetPrefix.section(QLatin1Char('.'), 0, 2) + QLatin1Char('.') +
                            QString::number(host);
            res.refs << NicRef{subnetRef.toLower(), cid};
            QJsonObject ocp{
                {QStringLiteral("privateIPAddress"), privateIp},
                {QStringLiteral("privateIPAllocationMethod"),
                 cp.value(QStringLiteral("privateIPAllocationMethod"))
                     .toString(QStringLiteral("Dynamic"))},
                {QStringLiteral("subnet"), QJsonObject{{QStringLiteral("id"), subnetRef}}},
                {QStringLiteral("primary"), first},
                {QStringLiteral("privateIPAddressVersion"), QStringLiteral("IPv4")}};
            if (!pipRef.isEmpty()) {
                res.refs << NicRef{pipRef.toLower(), cid};
                ocp.insert(
                    QStringLiteral("publicIPAddress"),
                    QJsonObject{{QStringLiteral("id"), resources.value(pipRef.toLower()).id}});
            }
            outConfigs.append(QJsonObject{
                {QStringLiteral("name"), cname},
                {QStringLiteral("id"), cid},
                {QStringLiteral("etag"), res.etag},
                {QStringLiteral("type"),
                 QStringLiteral("Microsoft.Network/networkInterfaces/ipConfigurations")},
                {QStringLiteral("properties"), ocp},
            });
            first = false;
        }
        p.insert(QStringLiteral("ipConfigurations"), outConfigs);
        p.insert(QStringLiteral("dnsSettings"),
                 QJsonObject{{QStringLiteral("dnsServers"), QJsonArray()},
                             {QStringLiteral("appliedDnsServers"), QJsonArray()},
                             {QStringLiteral("internalDomainNameSuffix"),
                              QStringLiteral("%1.dx.internal.cloudapp.net")
                                  .arg(guid.left(8).remove(QLatin1Char('-')))}});
        p.insert(QStringLiteral("enableAcceleratedNetworking"), false);
        p.insert(QStringLiteral("enableIPForwarding"), false);
        p.insert(QStringLiteral("primary"), true);
        break;
    }
    case ArmKind::VirtualMachine: {
        lastVmPutBody = call.request.body;
        initialState =
            existing != resources.end() ? QStringLiteral("Updating") : QStringLiteral("Creating");
        const QString vmSize = props.value(QStringLiteral("hardwareProfile"))
                                   .toObject()
                                   .value(QStringLiteral("vmSize"))
                                   .toString();
        const VmSize *size = findVmSize(vmSize);
        if (!size || options.restrictedSizes.contains(vmSize, Qt::CaseInsensitive))
            return errorResponse(
                409, QStringLiteral("SkuNotAvailable"),
                QStringLiteral("The requested size for resource '%1' is currently not available "
                               "in location '%2' zones '' for subscription '%3'. Please try "
                               "another size or deploy to a different location or zones. See "
                               "https://aka.ms/azureskunotavailable for details.")
                    .arg(id, location, sub.id));
        const QJsonObject storage = props.value(QStringLiteral("storageProfile")).toObject();
        const QJsonObject imageRef = storage.value(QStringLiteral("imageReference")).toObject();
        const QString publisher = imageRef.value(QStringLiteral("publisher")).toString();
        const QString offer = imageRef.value(QStringLiteral("offer")).toString();
        const QString skuName = imageRef.value(QStringLiteral("sku")).toString();
        const QString version =
            imageRef.value(QStringLiteral("version")).toString(QStringLiteral("latest"));
        const ImageSku *image =
            publisher.compare(QLatin1String("Canonical"), Qt::CaseInsensitive) == 0
                ? findImage(offer, skuName)
                : nullptr;
        if (!image || (version != QLatin1String("latest") && !image->versions.contains(version)))
            return invalidParameterResponse(
                QStringLiteral("The platform image '%1:%2:%3:%4' is not available. Verify that "
                               "all fields in the storage profile are correct. For more details "
                               "about storage profile information, please refer to "
                               "https://aka.ms/storageprofile")
                    .arg(publisher, offer, skuName, version),
                QStringLiteral("imageReference"));
        // Every simulated size is x64 (wording unverified: no recording of this refusal).
        if (image->architecture != QLatin1String("x64"))
            return errorResponse(
                400, QStringLiteral("BadRequest"),
                QStringLiteral("The selected VM size '%1' cannot boot the image architecture "
                               "'%2'. Please choose a VM size that supports '%2'.")
                    .arg(size->name, image->architecture));
        if (!size->hyperVGenerations.split(QLatin1Char(',')).contains(image->hyperVGeneration))
            return errorResponse(
                400, QStringLiteral("BadRequest"),
                QStringLiteral("The selected VM size '%1' cannot boot Hypervisor Generation '%2'. "
                               "If this was a Create operation please check that the Hypervisor "
                               "Generation of the Image matches the Hypervisor Generation of the "
                               "selected VM Size. If this was an Update operation please select "
                               "a Hypervisor Generation '%2' VM Size. For more information, see "
                               "https://aka.ms/azuregen2vm")
                    .arg(size->name, image->hyperVGeneration.mid(1)));
        const QJsonObject os = props.value(QStringLiteral("osProfile")).toObject();
        const QString computerName = os.value(QStringLiteral("computerName")).toString(name);
        static const QRegularExpression hostRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$"));
        if (computerName.size() > 64 || !hostRe.match(computerName).hasMatch() ||
            computerName.endsWith(QLatin1Char('.')) || computerName.endsWith(QLatin1Char('-')))
            return invalidParameterResponse(
                QStringLiteral("Linux host name cannot exceed 64 characters in length or contain "
                               "the following characters: ` ~ ! @ # $ % ^ & * ( ) = + _ [ ] { } "
                               "\\ | ; : ' \" , < > / ?."),
                QStringLiteral("computerName"));
        const QString user = os.value(QStringLiteral("adminUsername")).toString();
        static const QRegularExpression userRe(QStringLiteral("^[a-z_][a-z0-9_.-]{0,63}$"),
                                               QRegularExpression::CaseInsensitiveOption);
        if (user.isEmpty())
            return invalidParameterResponse(
                QStringLiteral("Required parameter 'adminUsername' is missing (null)."),
                QStringLiteral("adminUsername"));
        if (reservedUserNames().contains(user.toLower()) || !userRe.match(user).hasMatch())
            return invalidParameterResponse(QStringLiteral("The Admin Username specified is not "
                                                           "allowed."),
                                            QStringLiteral("adminUsername"));
        const QJsonObject linux = os.value(QStringLiteral("linuxConfiguration")).toObject();
        const bool noPassword =
            linux.value(QStringLiteral("disablePasswordAuthentication")).toBool(false);
        const QString password = os.value(QStringLiteral("adminPassword")).toString();
        const QJsonArray keys = linux.value(QStringLiteral("ssh"))
                                    .toObject()
                                    .value(QStringLiteral("publicKeys"))
                                    .toArray();
        if (noPassword && keys.isEmpty())
            return invalidParameterResponse(
                QStringLiteral("Authentication using either SSH or by user name and password "
                               "must be enabled in Linux profile."),
                QStringLiteral("linuxConfiguration"));
        if (!noPassword) {
            if (password.isEmpty())
                return invalidParameterResponse(
                    QStringLiteral("Required parameter 'adminPassword' is missing (null)."),
                    QStringLiteral("adminPassword"));
            if (!passwordAcceptable(password))
                return invalidParameterResponse(
                    QStringLiteral("The supplied password must be between 6-72 characters long "
                                   "and must satisfy at least 3 of password complexity "
                                   "requirements from the following:\r\n1) Contains an uppercase "
                                   "character\r\n2) Contains a lowercase character\r\n3) Contains "
                                   "a numeric digit\r\n4) Contains a special character\r\n5) "
                                   "Control characters are not allowed"),
                    QStringLiteral("adminPassword"));
        }
        static const QRegularExpression keyRe(
            QStringLiteral("^(ssh-rsa|ssh-ed25519|ecdsa-sha2-nistp(256|384|521)) "
                           "[A-Za-z0-9+/]+={0,3}( .*)?\\s*$"));
        for (const QJsonValue &k : keys) {
            const QJsonObject ko = k.toObject();
            if (ko.value(QStringLiteral("path")).toString() !=
                QStringLiteral("/home/%1/.ssh/authorized_keys").arg(user))
                return invalidParameterResponse(
                    QStringLiteral("The value of parameter linuxConfiguration.ssh.publicKeys.path "
                                   "is invalid."),
                    QStringLiteral("linuxConfiguration.ssh.publicKeys.path"));
            if (!keyRe.match(ko.value(QStringLiteral("keyData")).toString()).hasMatch())
                return invalidParameterResponse(
                    QStringLiteral("The value of parameter linuxConfiguration.ssh.publicKeys."
                                   "keyData is invalid."),
                    QStringLiteral("linuxConfiguration.ssh.publicKeys.keyData"));
        }
        const QByteArray customData = os.value(QStringLiteral("customData")).toString().toLatin1();
        if (!customData.isEmpty()) {
            const auto decoded =
                QByteArray::fromBase64Encoding(customData, QByteArray::AbortOnBase64DecodingErrors);
            if (customData.size() > 87380 || !decoded)
                return invalidParameterResponse(
                    QStringLiteral("Custom data in OSProfile must be in Base64 encoding and with "
                                   "a maximum length of 87380 characters."),
                    QStringLiteral("customData"));
        }
        const QJsonArray nics = props.value(QStringLiteral("networkProfile"))
                                    .toObject()
                                    .value(QStringLiteral("networkInterfaces"))
                                    .toArray();
        if (nics.isEmpty())
            return invalidParameterResponse(
                QStringLiteral("Required parameter 'networkProfile' is missing (null)."),
                QStringLiteral("networkProfile"));
        QJsonArray outNics;
        for (const QJsonValue &n : nics) {
            const QString nicId = n.toObject().value(QStringLiteral("id")).toString();
            const auto nic = resources.find(nicId.toLower());
            if (nic == resources.end() || nic->kind != ArmKind::NetworkInterface || nic->deleting)
                return errorResponse(400, QStringLiteral("InvalidResourceReference"),
                                     refNotFound(nicId, id));
            if (nic->location != location)
                return errorResponse(
                    400, QStringLiteral("NicInOtherRegion"),
                    QStringLiteral("Network interface %1 is in location '%2' but the virtual "
                                   "machine is in '%3'.")
                        .arg(nic->id, nic->location, location));
            for (const Resource &other : std::as_const(resources))
                if (other.kind == ArmKind::VirtualMachine && other.id.toLower() != key)
                    for (const NicRef &ref : other.refs)
                        if (ref.id == nicId.toLower())
                            return errorResponse(
                                400, QStringLiteral("NicInUse"),
                                QStringLiteral("Network Interface %1 is used by existing resource "
                                               "%2. In order to delete the network interface, it "
                                               "must be dissociated from the resource. To learn "
                                               "more, see aka.ms/deletenic.")
                                    .arg(nic->id, other.id));
            res.refs << NicRef{nicId.toLower(), id};
            QJsonObject on{{QStringLiteral("id"), nic->id}};
            if (n.toObject().contains(QStringLiteral("properties")))
                on.insert(QStringLiteral("properties"),
                          n.toObject().value(QStringLiteral("properties")));
            outNics.append(on);
        }
        // Regional vCPU quota ("Total Regional Cores"), recorded wording.
        int usage = 0;
        for (const Resource &other : std::as_const(resources))
            if (other.kind == ArmKind::VirtualMachine && other.subscriptionId == sub.id &&
                other.location == location && other.id.toLower() != key)
                usage += other.vcpus;
        if (options.regionalVcpuQuota >= 0 && usage + size->vcpus > options.regionalVcpuQuota)
            return errorResponse(
                409, QStringLiteral("OperationNotAllowed"),
                QStringLiteral("Operation could not be completed as it results in exceeding "
                               "approved Total Regional Cores quota. Additional details - "
                               "Deployment Model: Resource Manager, Location: %1, Current Limit: "
                               "%2, Current Usage: %3, Additional Required: %4, (Minimum) New "
                               "Limit Required: %5. Submit a request for Quota increase at "
                               "https://aka.ms/ProdportalCRP/#blade/Microsoft_Azure_Capacity/"
                               "UsageAndQuota.ReactView/Parameters/%%7B%%22subscriptionId%%22:"
                               "%%22%6%%22%%7D by specifying parameters listed in the ‘Details’ "
                               "section for deployment to succeed. Please read more about quota "
                               "limits at https://docs.microsoft.com/en-us/azure/azure-"
                               "supportability/regional-quota-requests.")
                    .arg(location)
                    .arg(options.regionalVcpuQuota)
                    .arg(usage)
                    .arg(size->vcpus)
                    .arg(usage + size->vcpus)
                    .arg(sub.id));

        res.customData = customData;
        res.vcpus = size->vcpus;
        res.hyperVGeneration = image->hyperVGeneration;
        QJsonObject osDisk = storage.value(QStringLiteral("osDisk")).toObject();
        const QString diskName =
            osDisk.value(QStringLiteral("name"))
                .toString(
                    QStringLiteral("%1_OsDisk_1_%2").arg(name, newGuid().remove(QLatin1Char('-'))));
        QJsonObject managed = osDisk.value(QStringLiteral("managedDisk")).toObject();
        if (!managed.contains(QStringLiteral("storageAccountType")))
            managed.insert(QStringLiteral("storageAccountType"), QStringLiteral("Premium_LRS"));
        managed.insert(QStringLiteral("id"),
                       QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/"
                                      "Microsoft.Compute/disks/%3")
                           .arg(sub.id, git->name, diskName));
        osDisk.insert(QStringLiteral("osType"), QStringLiteral("Linux"));
        osDisk.insert(QStringLiteral("name"), diskName);
        osDisk.insert(QStringLiteral("createOption"), QStringLiteral("FromImage"));
        osDisk.insert(QStringLiteral("caching"), QStringLiteral("ReadWrite"));
        osDisk.insert(QStringLiteral("managedDisk"), managed);
        osDisk.insert(
            QStringLiteral("deleteOption"),
            osDisk.value(QStringLiteral("deleteOption")).toString(QStringLiteral("Detach")));
        osDisk.insert(QStringLiteral("diskSizeGB"), 30);
        QJsonObject outImage = imageRef;
        outImage.insert(QStringLiteral("exactVersion"),
                        version == QLatin1String("latest") ? image->versions.constLast() : version);
        // osProfile as GET shows it: never customData or adminPassword.
        QJsonObject outLinux = linux;
        outLinux.insert(QStringLiteral("disablePasswordAuthentication"), noPassword);
        outLinux.insert(QStringLiteral("provisionVMAgent"), true);
        outLinux.insert(
            QStringLiteral("patchSettings"),
            QJsonObject{{QStringLiteral("patchMode"), QStringLiteral("ImageDefault")},
                        {QStringLiteral("assessmentMode"), QStringLiteral("ImageDefault")}});
        p.insert(QStringLiteral("vmId"), existing != resources.end()
                                             ? existing->body.value(QStringLiteral("properties"))
                                                   .toObject()
                                                   .value(QStringLiteral("vmId"))
                                                   .toString()
                                             : newGuid());
        p.insert(QStringLiteral("hardwareProfile"),
                 QJsonObject{{QStringLiteral("vmSize"), size->name}});
        p.insert(QStringLiteral("storageProfile"),
                 QJsonObject{{QStringLiteral("imageReference"), outImage},
                             {QStringLiteral("osDisk"), osDisk},
                             {QStringLiteral("dataDisks"), QJsonArray()}});
        p.insert(QStringLiteral("osProfile"),
                 QJsonObject{{QStringLiteral("computerName"), computerName},
                             {QStringLiteral("adminUsername"), user},
                             {QStringLiteral("linuxConfiguration"), outLinux},
                             {QStringLiteral("secrets"), QJsonArray()},
                             {QStringLiteral("allowExtensionOperations"), true},
                             {QStringLiteral("requireGuestProvisionSignal"), true}});
        p.insert(QStringLiteral("networkProfile"),
                 QJsonObject{{QStringLiteral("networkInterfaces"), outNics}});
        p.insert(QStringLiteral("timeCreated"), isoTime(res.createdAt));
        break;
    }
    case ArmKind::ResourceGroup:
        break;
    }

    out.insert(QStringLiteral("properties"), p);
    res.body = out;
    res.provisioningState = initialState;
    const bool created = existing == resources.end();
    if (!created)
        stopDockerHost(key); // a re-PUT re-runs the VM's provisioning
    resources.insert(key, res);

    auto op = startOperation(compute ? Operation::Shape::Compute : Operation::Shape::Network,
                             sub.id, location, call.apiVersion, options.operationDelayMs, *kind);
    if (faults.failOperationOf.contains(res.name.toLower())) {
        op->failed = true;
        op->error = faults.failOperationOf.value(res.name.toLower());
    }
    op->onSuccess = [this, key, compute] {
        auto r = resources.find(key);
        if (r == resources.end())
            return;
        r->provisioningState = QStringLiteral("Succeeded");
        r->succeededAt = QDateTime::currentDateTimeUtc();
        if (r->kind == ArmKind::PublicIpAddress) {
            QJsonObject pp = r->body.value(QStringLiteral("properties")).toObject();
            pp.insert(QStringLiteral("ipAddress"), r->ipAddress);
            r->body.insert(QStringLiteral("properties"), pp);
        }
        if (compute)
            scheduleBoot(key);
    };
    op->onFailure = [this, key] {
        auto r = resources.find(key);
        if (r != resources.end())
            r->provisioningState = QStringLiteral("Failed");
    };
    emit front->resourcesChanged();

    HttpResponse reply = jsonResponse(created ? 201 : 200, withState(res.body, initialState));
    reply.setHeader("Azure-AsyncOperation", asyncOperationUrl(call, *op).toUtf8());
    reply.setHeader("Azure-AsyncNotification", "Enabled");
    if (compute)
        reply.setHeader("x-ms-ratelimit-remaining-resource",
                        "Microsoft.Compute/PutVM3Min;239,Microsoft.Compute/PutVM30Min;1199");
    if (options.pollRetryAfterSeconds > 0)
        reply.setHeader("Retry-After", QByteArray::number(options.pollRetryAfterSeconds));
    return reply;
}

// …/networkSecurityGroups/{nsg}/securityRules/{rule}: the child PUT/GET/DELETE of one rule
// (nsg-create-and-rule.scenario.json).
HttpResponse Core::securityRuleRoute(const Call &call, const ArmSubscription &sub)
{
    const QStringList &seg = call.segments;
    const auto git = groups.find(groupKey(sub.id, seg.at(3)));
    if (git == groups.end())
        return groupNotFound(seg.at(3));
    const QString nsgId =
        QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/%3/%4")
            .arg(sub.id, git->name, kindType(ArmKind::NetworkSecurityGroup), seg.at(7));
    const auto nsg = resources.find(nsgId.toLower());
    const QString ruleName = seg.at(9);
    auto notFound = [&](const QString &type, const QString &name) {
        return errorResponse(404, QStringLiteral("ResourceNotFound"),
                             QStringLiteral("The Resource '%1/%2' under resource group '%3' was "
                                            "not found. For more details please go to "
                                            "https://aka.ms/ARMResourceNotFoundFix")
                                 .arg(type, name, git->name));
    };
    if (nsg == resources.end() || nsg->deleting)
        return notFound(kindType(ArmKind::NetworkSecurityGroup), seg.at(7));
    QJsonObject props = nsg->body.value(QStringLiteral("properties")).toObject();
    QJsonArray rules = props.value(QStringLiteral("securityRules")).toArray();
    qsizetype index = -1;
    for (qsizetype i = 0; i < rules.size(); ++i)
        if (rules.at(i)
                .toObject()
                .value(QStringLiteral("name"))
                .toString()
                .compare(ruleName, Qt::CaseInsensitive) == 0)
            index = i;
    const QByteArray method = call.request.method;
    if (method == "GET") {
        if (index < 0)
            return notFound(
                QStringLiteral("Microsoft.Network/networkSecurityGroups/%1/securityRules")
                    .arg(nsg->name),
                ruleName);
        QJsonObject rule = rules.at(index).toObject();
        QJsonObject rp = rule.value(QStringLiteral("properties")).toObject();
        rp.insert(QStringLiteral("provisioningState"), nsg->provisioningState);
        rule.insert(QStringLiteral("properties"), rp);
        return jsonResponse(200, rule);
    }
    if (method != "PUT" && method != "DELETE")
        return errorResponse(405, QStringLiteral("MethodNotAllowed"),
                             QStringLiteral("The requested method is not allowed."));
    if (method == "DELETE" && index < 0) {
        HttpResponse r;
        r.status = 204;
        return r;
    }
    QJsonArray updated;
    for (qsizetype i = 0; i < rules.size(); ++i)
        if (i != index)
            updated.append(rules.at(i));
    if (method == "PUT") {
        QJsonObject rule = QJsonDocument::fromJson(call.request.body).object();
        rule.insert(QStringLiteral("name"), ruleName);
        updated.append(rule);
    }
    nsg->etag = etag();
    QJsonArray checked;
    if (auto e = securityRules(nsg->id, nsg->etag, updated, &checked))
        return *e;
    props.insert(QStringLiteral("securityRules"), checked);
    nsg->body.insert(QStringLiteral("properties"), props);
    nsg->body.insert(QStringLiteral("etag"), nsg->etag);
    nsg->provisioningState = QStringLiteral("Updating");
    const QString key = nsg->id.toLower();
    auto op = startOperation(Operation::Shape::Network, sub.id, nsg->location, call.apiVersion,
                             options.operationDelayMs, ArmKind::NetworkSecurityGroup);
    op->onSuccess = [this, key] {
        auto r = resources.find(key);
        if (r != resources.end())
            r->provisioningState = QStringLiteral("Succeeded");
    };
    op->onFailure = [this, key] {
        auto r = resources.find(key);
        if (r != resources.end())
            r->provisioningState = QStringLiteral("Failed");
    };
    HttpResponse reply;
    if (method == "PUT") {
        QJsonObject rule = checked.last().toObject();
        QJsonObject rp = rule.value(QStringLiteral("properties")).toObject();
        rp.insert(QStringLiteral("provisioningState"), QStringLiteral("Updating"));
        rule.insert(QStringLiteral("properties"), rp);
        reply = jsonResponse(index < 0 ? 201 : 200, rule);
    } else {
        reply.status = 202;
        reply.setHeader("Location", locationUrl(call, *op).toUtf8());
    }
    reply.setHeader("Azure-AsyncOperation", asyncOperationUrl(call, *op).toUtf8());
    return reply;
}

} // namespace dockervm::sim::arm
