#include "sim/operationsim.h"

#include "sim/asmxmlwriter.h"
#include "sim/provisioningcore.h"

namespace dockervm::sim::prov::operationsim {
namespace {

HttpResponse getOperation(Core &core, AzureCall &call)
{
    const Operation *op = core.operation(call.match.captured(1));
    if (!op)
        return notFound(QStringLiteral("The operation request ID %1 was not found.")
                            .arg(call.match.captured(1)));
    AsmXmlWriter w;
    w.start(QStringLiteral("Operation"));
    w.text(QStringLiteral("ID"), Core::dashedId(op->id));
    if (!op->finished) {
        w.text(QStringLiteral("Status"), QStringLiteral("InProgress"));
    } else {
        w.text(QStringLiteral("Status"),
               op->fails ? QStringLiteral("Failed") : QStringLiteral("Succeeded"));
        w.number(QStringLiteral("HttpStatusCode"), op->httpStatus);
        if (op->fails) {
            w.start(QStringLiteral("Error"));
            w.text(QStringLiteral("Code"), op->errorCode);
            w.text(QStringLiteral("Message"), op->errorMessage);
            w.end();
        }
    }
    return xmlReply(w.finish());
}

} // namespace

void install(Core &core)
{
    core.route("GET", QStringLiteral("operations/([^/]+)"), &getOperation);
}

} // namespace dockervm::sim::prov::operationsim
