#pragma once

#include "classic/xmltree.h"
#include "sim/httpserver.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace dockervm::sim::prov {

class Core;

// Request parsing every resource kind shares, and the one set of checks that Create Storage
// Account and Create Cloud Service have in common.

// The request body as an element tree with the expected root, or the 400 BadRequest to answer.
std::optional<classic::XmlElement> parseBody(const HttpRequest &request, const QString &rootName,
                                             HttpResponse *failure);
// 400 BadRequest naming every missing element of the `what` request.
HttpResponse missingElements(const QStringList &missing, const QString &what);

// Storage account names: 3 to 24 lower-case letters and digits.
bool isValidStorageName(const QString &name);
// Cloud service (DNS) names: 3 to 63 letters, digits or hyphens, starting and ending with a letter
// or digit.
bool isValidServiceName(const QString &name);

// What a create request of a storage account or a cloud service says.
struct CreateRequest
{
    QString name;
    QString label; // decoded from base64
    QString description;
    QString location;
    classic::XmlElement body;
};

// How the two create requests differ; everything else they share.
struct CreateRules
{
    QString rootElement; // CreateStorageServiceInput | CreateHostedService
    QString operation;   // "Create Storage Account" | "Create Cloud Service" (in messages)
    QString noun;        // "storage account" | "hosted service" (in messages)
    bool (*isValidName)(const QString &name) = nullptr;
    QString invalidNameMessage; // %1: the name
    // Checks of the kind's own values (e.g. AccountType): the 400 message, empty when fine.
    std::function<QString(const classic::XmlElement &body)> checkValues;
    // Whether the name is in use, and the 409 ConflictError message (%1: the name).
    std::function<bool(const QString &name)> nameInUse;
    QString nameInUseMessage;
};

// The checks of Create Storage Account and Create Cloud Service, in the order the Service
// Management API applies them (request validation, 400 BadRequest, before the state of the
// subscription, 409 ConflictError):
//   1. the body is well-formed XML with the expected root element;
//   2. the required elements are there: ServiceName, Label, Location or AffinityGroup (all missing
//      ones named in one message);
//   3. the name is valid for the kind;
//   4. the label is base64;
//   5. an affinity group is refused (the simulated subscription has none);
//   6. the location is one the subscription offers;
//   7. the kind's own values (AccountType of a storage account);
//   8. the name is not in use (409 ConflictError).
// Returns the request, or nullopt with *failure set to the first failed check's answer.
std::optional<CreateRequest> checkCreateRequest(const Core &core, const HttpRequest &request,
                                                const CreateRules &rules, HttpResponse *failure);

} // namespace dockervm::sim::prov
