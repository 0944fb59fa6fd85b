#include "sim/createrequest.h"

#include "sim/provisioningcore.h"

#include <QRegularExpression>

namespace dockervm::sim::prov {

std::optional<classic::XmlElement> parseBody(const HttpRequest &request, const QString &rootName,
                                             HttpResponse *failure)
{
    QString error;
    auto root = classic::parseXmlDocument(request.body, &error);
    if (!root) {
        *failure = badRequest(QStringLiteral("The request body is not well-formed XML: %1. Send a "
                                             "<%2> document in the Azure namespace.")
                                  .arg(error, rootName));
        return std::nullopt;
    }
    if (root->name != rootName) {
        *failure = badRequest(QStringLiteral("The request body must be a <%1> document, not <%2>.")
                                  .arg(rootName, root->name));
        return std::nullopt;
    }
    return root;
}

HttpResponse missingElements(const QStringList &missing, const QString &what)
{
    return badRequest(QStringLiteral("The %1 request is missing required element(s): %2.")
                          .arg(what, missing.join(QStringLiteral(", "))));
}

bool isValidStorageName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]{3,24}$"));
    return re.match(name).hasMatch();
}

bool isValidServiceName(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]{1,61}[A-Za-z0-9]$"));
    return re.match(name).hasMatch();
}

std::optional<CreateRequest> checkCreateRequest(const Core &core, const HttpRequest &request,
                                                const CreateRules &rules, HttpResponse *failure)
{
    auto root = parseBody(request, rules.rootElement, failure);
    if (!root)
        return std::nullopt;

    CreateRequest r;
    r.name = root->textAt(u"ServiceName");
    const QString labelB64 = root->textAt(u"Label");
    r.location = root->textAt(u"Location");
    const QString affinity = root->textAt(u"AffinityGroup");
    QStringList missing;
    if (r.name.isEmpty())
        missing << QStringLiteral("ServiceName");
    if (labelB64.isEmpty())
        missing << QStringLiteral("Label");
    if (r.location.isEmpty() && affinity.isEmpty())
        missing << QStringLiteral("Location (or AffinityGroup)");
    if (!missing.isEmpty()) {
        *failure = missingElements(missing, rules.operation);
        return std::nullopt;
    }
    if (rules.isValidName && !rules.isValidName(r.name)) {
        *failure = badRequest(rules.invalidNameMessage.arg(r.name));
        return std::nullopt;
    }
    const auto label = QByteArray::fromBase64Encoding(labelB64.toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
    if (!label) {
        *failure = badRequest(
            QStringLiteral("The label of %1 '%2' must be base64 encoded.").arg(rules.noun, r.name));
        return std::nullopt;
    }
    if (!affinity.isEmpty()) {
        *failure = badRequest(QStringLiteral("The affinity group '%1' does not exist in this "
                                             "subscription; use a Location.")
                                  .arg(affinity));
        return std::nullopt;
    }
    if (!core.isLocationKnown(r.location)) {
        *failure = badRequest(QStringLiteral("The location '%1' is not a valid location for this "
                                             "subscription.")
                                  .arg(r.location));
        return std::nullopt;
    }
    if (rules.checkValues) {
        const QString message = rules.checkValues(*root);
        if (!message.isEmpty()) {
            *failure = badRequest(message);
            return std::nullopt;
        }
    }
    if (rules.nameInUse && rules.nameInUse(r.name)) {
        const QString &m = rules.nameInUseMessage;
        *failure = conflict(m.contains(QLatin1String("%1")) ? m.arg(r.name) : m);
        return std::nullopt;
    }
    r.label = QString::fromUtf8(*label);
    r.description = root->textAt(u"Description");
    r.body = std::move(*root);
    return r;
}

} // namespace dockervm::sim::prov
