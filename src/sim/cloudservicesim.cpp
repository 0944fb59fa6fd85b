#include "sim/cloudservicesim.h"

#include "common/logging.h"
#include "sim/asmxmlwriter.h"
#include "sim/createrequest.h"
#include "sim/deploymentsim.h"
#include "sim/provisioningcore.h"

namespace dockervm::sim::prov::cloudservicesim {
namespace {

const QString kServiceUnknown = QStringLiteral("The service name is unknown.");

// <HostedService> in the element order of get-hosted-service-2014-09; with embed-detail its
// <Deployments> follow (get-hosted-service-embed-detail-empty-2014-09).
void writeHostedService(AsmXmlWriter &w, Core &core, const HostedService &s, bool embedDetail)
{
    w.start(QStringLiteral("HostedService"));
    w.text(QStringLiteral("Url"),
           core.serviceUrl(QStringLiteral("services/hostedservices/") + s.name));
    w.text(QStringLiteral("ServiceName"), s.name);
    w.start(QStringLiteral("HostedServiceProperties"));
    w.text(QStringLiteral("Description"), s.description);
    w.text(QStringLiteral("Location"), s.location);
    w.text(QStringLiteral("Label"), base64(s.label));
    w.text(QStringLiteral("Status"), core.operationPending(s.pendingOperation)
                                         ? QStringLiteral("Deleting")
                                         : QStringLiteral("Created"));
    w.text(QStringLiteral("DateCreated"), s.createdUtc);
    w.text(QStringLiteral("DateLastModified"), s.createdUtc);
    w.empty(QStringLiteral("ExtendedProperties"));
    w.end(); // HostedServiceProperties
    if (embedDetail) {
        w.start(QStringLiteral("Deployments"));
        if (s.deployment)
            deploymentsim::writeDeployment(w, core, s, *s.deployment);
        w.end();
    }
    w.end();
}

HttpResponse listHostedServices(Core &core, AzureCall &)
{
    AsmXmlWriter w;
    w.start(QStringLiteral("HostedServices"));
    for (const auto &[key, s] : core.services())
        writeHostedService(w, core, s, false);
    return xmlReply(w.finish());
}

HttpResponse getHostedService(Core &core, AzureCall &call)
{
    const HostedService *s = core.service(call.match.captured(1));
    if (!s)
        return notFound(kServiceUnknown);
    const bool embed = call.request.query.queryItemValue(QStringLiteral("embed-detail"))
                           .compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    AsmXmlWriter w;
    writeHostedService(w, core, *s, embed);
    return xmlReply(w.finish());
}

HttpResponse createHostedService(Core &core, AzureCall &call)
{
    CreateRules rules;
    rules.rootElement = QStringLiteral("CreateHostedService");
    rules.operation = QStringLiteral("Create Cloud Service");
    rules.noun = QStringLiteral("hosted service");
    rules.isValidName = &isValidServiceName;
    rules.invalidNameMessage = QStringLiteral(
        "The hosted service name '%1' is invalid. It must be 3 to 63 letters, digits or hyphens, "
        "and start and end with a letter or digit.");
    rules.nameInUse = [&core](const QString &name) {
        return core.isServiceNameTaken(name);
    };
    rules.nameInUseMessage = QStringLiteral("The specified DNS name is already taken.");
    HttpResponse failure;
    const auto request = checkCreateRequest(core, call.request, rules, &failure);
    if (!request)
        return failure;

    HostedService s;
    s.name = request->name;
    s.label = request->label;
    s.description = request->description;
    s.location = request->location;
    s.createdUtc = utcNow();
    core.addService(std::move(s));
    qCInfo(lcSim).noquote() << "cloud service" << request->name << "created in"
                            << request->location;
    emit core.resourcesChanged();

    // Synchronous, like the recorded reply (response-201-create-hosted-service-2014-09.http),
    // whose Location names the service as https://<host>/subscriptions/<sub>/compute/<name>.
    HttpResponse r = emptyReply(201);
    r.setHeader("Location", core.computeUrl(request->name).toUtf8());
    return r;
}

HttpResponse deleteHostedService(Core &core, AzureCall &call)
{
    const QString name = call.match.captured(1);
    HostedService *s = core.service(name);
    if (!s)
        return notFound(kServiceUnknown);
    if (core.operationPending(s->pendingOperation))
        return busy(s->pendingOperation);
    if (s->deployment && core.operationPending(s->deployment->pendingOperation))
        return busy(s->deployment->pendingOperation);
    const bool media =
        call.request.query.queryItemValue(QStringLiteral("comp")) == QLatin1String("media");
    if (!media) {
        if (s->deployment)
            return conflict(
                QStringLiteral("The hosted service %1 has a deployment (%2). Delete the "
                               "deployment first, or delete the service with "
                               "comp=media to remove both.")
                    .arg(s->name, s->deployment->name));
        core.removeService(name);
        emit core.resourcesChanged();
        return emptyReply(200);
    }
    const QString serviceName = s->name;
    if (s->deployment)
        s->deployment->deleting = true;
    QPointer<Core> self(&core);
    s->pendingOperation = core.startOperation(core.options().operationDelayMs, [self, serviceName] {
        if (self)
            self->removeService(serviceName);
    });
    qCInfo(lcSim).noquote() << "cloud service" << serviceName << "deleting with its media";
    return accepted(s->pendingOperation);
}

} // namespace

void install(Core &core)
{
    const QString hs = QStringLiteral("services/hostedservices");
    core.route("GET", hs, &listHostedServices);
    core.route("POST", hs, &createHostedService);
    core.route("GET", hs + QStringLiteral("/([^/]+)"), &getHostedService);
    core.route("DELETE", hs + QStringLiteral("/([^/]+)"), &deleteHostedService);
}

} // namespace dockervm::sim::prov::cloudservicesim
