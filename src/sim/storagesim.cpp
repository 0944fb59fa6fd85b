#include "sim/storagesim.h"

#include "common/logging.h"
#include "sim/asmxmlwriter.h"
#include "sim/createrequest.h"
#include "sim/provisioningcore.h"

namespace dockervm::sim::prov::storagesim {
namespace {

const QStringList &accountTypes()
{
    static const QStringList types{QStringLiteral("Standard_LRS"), QStringLiteral("Standard_ZRS"),
                                   QStringLiteral("Standard_GRS"),
                                   QStringLiteral("Standard_RAGRS")};
    return types;
}

// <StorageService> in the element order of the 2016 recording (list-storage-services-2016-04).
void writeStorageService(AsmXmlWriter &w, const Core &core, const StorageAccount &s)
{
    const bool creating = core.operationPending(s.pendingOperation);
    w.start(QStringLiteral("StorageService"));
    w.text(QStringLiteral("Url"),
           core.serviceUrl(QStringLiteral("services/storageservices/") + s.name));
    w.text(QStringLiteral("ServiceName"), s.name);
    w.start(QStringLiteral("StorageServiceProperties"));
    w.textOrNil(QStringLiteral("Description"), s.description);
    w.text(QStringLiteral("Location"), s.location);
    w.text(QStringLiteral("Label"), base64(s.label));
    w.text(QStringLiteral("Status"),
           creating ? QStringLiteral("Creating") : QStringLiteral("Created"));
    w.start(QStringLiteral("Endpoints"));
    for (const char *kind : {"blob", "queue", "table", "file"})
        w.text(QStringLiteral("Endpoint"), QStringLiteral("https://%1.%2.core.windows.net/")
                                               .arg(s.name, QString::fromLatin1(kind)));
    w.end();
    w.text(QStringLiteral("GeoPrimaryRegion"), s.location);
    w.text(QStringLiteral("StatusOfPrimary"), creating ? QString() : QStringLiteral("Available"));
    w.empty(QStringLiteral("GeoSecondaryRegion"));
    w.empty(QStringLiteral("StatusOfSecondary"));
    w.text(QStringLiteral("CreationTime"), s.createdUtc);
    w.empty(QStringLiteral("CustomDomains"));
    w.text(QStringLiteral("AccountType"), s.accountType);
    w.end(); // StorageServiceProperties
    w.empty(QStringLiteral("ExtendedProperties"));
    w.end();
}

HttpResponse listStorage(Core &core, AzureCall &)
{
    AsmXmlWriter w;
    w.start(QStringLiteral("StorageServices"));
    for (const auto &[key, s] : core.storageAccounts())
        writeStorageService(w, core, s);
    return xmlReply(w.finish());
}

HttpResponse getStorage(Core &core, AzureCall &call)
{
    const StorageAccount *s = core.storage(call.match.captured(1));
    if (!s)
        return notFound(
            QStringLiteral("The storage account '%1' was not found.").arg(call.match.captured(1)));
    AsmXmlWriter w;
    writeStorageService(w, core, *s);
    return xmlReply(w.finish());
}

HttpResponse storageAvailability(Core &core, AzureCall &call)
{
    const QString name = call.match.captured(1);
    QString reason;
    if (!isValidStorageName(name))
        reason = QStringLiteral("The name is not a valid storage account name. Storage account "
                                "names must be between 3 and 24 characters in length and use "
                                "numbers and lower-case letters only.");
    else if (core.storage(name))
        reason = QStringLiteral("A storage account named '%1' already exists in the subscription.")
                     .arg(name);
    AsmXmlWriter w;
    w.start(QStringLiteral("AvailabilityResponse"));
    w.boolean(QStringLiteral("Result"), reason.isEmpty());
    w.textOrNil(QStringLiteral("Reason"), reason);
    return xmlReply(w.finish());
}

HttpResponse createStorage(Core &core, AzureCall &call)
{
    CreateRules rules;
    rules.rootElement = QStringLiteral("CreateStorageServiceInput");
    rules.operation = QStringLiteral("Create Storage Account");
    rules.noun = QStringLiteral("storage account");
    rules.isValidName = &isValidStorageName;
    rules.invalidNameMessage = QStringLiteral(
        "The name '%1' is not a valid storage account name. Storage account names must be between "
        "3 and 24 characters in length and use numbers and lower-case letters only.");
    rules.checkValues = [](const classic::XmlElement &body) {
        const QString accountType = body.textAt(u"AccountType");
        if (!accountType.isEmpty() && !accountTypes().contains(accountType))
            return QStringLiteral("The account type '%1' is not valid; use one of %2.")
                .arg(accountType, accountTypes().join(QStringLiteral(", ")));
        return QString();
    };
    rules.nameInUse = [&core](const QString &name) {
        return core.storage(name) != nullptr;
    };
    rules.nameInUseMessage =
        QStringLiteral("A storage account named '%1' already exists in the subscription.");
    HttpResponse failure;
    const auto request = checkCreateRequest(core, call.request, rules, &failure);
    if (!request)
        return failure;

    const QString accountType = request->body.textAt(u"AccountType");
    StorageAccount s;
    s.name = request->name;
    s.label = request->label;
    s.description = request->description;
    s.location = request->location;
    s.accountType = accountType.isEmpty() ? QStringLiteral("Standard_GRS") : accountType;
    s.createdUtc = utcNow();
    s.pendingOperation = core.startOperation(core.options().operationDelayMs, {});
    const QString op = s.pendingOperation;
    core.addStorage(std::move(s));
    qCInfo(lcSim).noquote() << "storage account" << request->name << "in" << request->location
                            << "creating";
    emit core.resourcesChanged();
    return accepted(op);
}

HttpResponse deleteStorage(Core &core, AzureCall &call)
{
    const QString name = call.match.captured(1);
    StorageAccount *s = core.storage(name);
    if (!s)
        return notFound(QStringLiteral("The storage account '%1' was not found.").arg(name));
    if (core.operationPending(s->pendingOperation))
        return busy(s->pendingOperation);
    const QString prefix = QStringLiteral("https://%1.blob.").arg(s->name.toLower());
    for (const auto &[key, svc] : core.services()) {
        if (svc.deployment && svc.deployment->mediaLink.toLower().startsWith(prefix))
            return badRequest(
                QStringLiteral("Storage account %1 has some active image(s) and/or disk(s), e.g. "
                               "%2. Ensure these image(s) and/or disk(s) are removed before "
                               "deleting this storage account.")
                    .arg(s->name, svc.deployment->mediaLink));
    }
    core.storageAccounts().erase(name.toLower());
    qCInfo(lcSim).noquote() << "storage account" << name << "removed";
    emit core.resourcesChanged();
    return emptyReply(200);
}

} // namespace

void install(Core &core)
{
    const QString ss = QStringLiteral("services/storageservices");
    core.route("GET", ss, &listStorage);
    core.route("POST", ss, &createStorage);
    core.route("GET", ss + QStringLiteral("/operations/isavailable/([^/]*)"), &storageAvailability);
    core.route("GET", ss + QStringLiteral("/([^/]+)"), &getStorage);
    core.route("DELETE", ss + QStringLiteral("/([^/]+)"), &deleteStorage);
}

void seed(Core &core)
{
    const ProvisioningOptions &o = core.options();
    if (o.portalVhdsLocation.isEmpty() || !isValidStorageName(o.portalVhdsName))
        return;
    StorageAccount s;
    s.name = o.portalVhdsName;
    s.label = o.portalVhdsName;
    s.location = o.portalVhdsLocation;
    s.accountType = QStringLiteral("Standard_LRS");
    s.createdUtc = utcNow();
    core.addStorage(std::move(s));
}

} // namespace dockervm::sim::prov::storagesim
