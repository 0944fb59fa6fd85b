#include "classic/models.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace dockervm::classic {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(classic::models)
};

QStringList childTexts(const XmlElement *parent, QStringView name)
{
    QStringList out;
    if (!parent)
        return out;
    for (const XmlElement &c : parent->children) {
        if (c.name == name)
            out.append(c.text.trimmed());
    }
    return out;
}

} // namespace

bool Location::supportsVirtualMachines() const
{
    return availableServices.contains(QLatin1String("PersistentVMRole"));
}

bool OsImage::isLinux() const
{
    return os.compare(QLatin1String("Linux"), Qt::CaseInsensitive) == 0;
}

bool OsImage::isPlatformImage() const
{
    return category.compare(QLatin1String("Public"), Qt::CaseInsensitive) == 0;
}

QString operationStatusName(Operation::Status status)
{
    switch (status) {
    case Operation::Status::InProgress:
        return QStringLiteral("InProgress");
    case Operation::Status::Succeeded:
        return QStringLiteral("Succeeded");
    case Operation::Status::Failed:
        return QStringLiteral("Failed");
    case Operation::Status::Unknown:
        break;
    }
    return QStringLiteral("Unknown");
}

Location locationFromXml(const XmlElement &e)
{
    Location l;
    l.name = e.childText(u"Name");
    l.displayName = e.childText(u"DisplayName");
    if (l.displayName.isEmpty())
        l.displayName = l.name;
    l.availableServices = childTexts(e.child(u"AvailableServices"), u"AvailableService");
    if (const XmlElement *caps = e.child(u"ComputeCapabilities")) {
        l.webWorkerRoleSizes = childTexts(caps->child(u"WebWorkerRoleSizes"), u"RoleSize");
        l.vmRoleSizes = childTexts(caps->child(u"VirtualMachinesRoleSizes"), u"RoleSize");
    }
    return l;
}

OsImage osImageFromXml(const XmlElement &e)
{
    OsImage i;
    for (const XmlElement &c : e.children) {
        if (c.nil)
            continue;
        const QString v = c.text.trimmed();
        const QString &n = c.name;
        if (n == QLatin1String("Category"))
            i.category = v;
        else if (n == QLatin1String("Label"))
            i.label = v;
        else if (n == QLatin1String("Location"))
            i.locations = v.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        else if (n == QLatin1String("LogicalSizeInGB"))
            i.logicalSizeInGB = v.toDouble();
        else if (n == QLatin1String("Name"))
            i.name = v;
        else if (n == QLatin1String("OS"))
            i.os = v;
        else if (n == QLatin1String("Eula"))
            i.eula = v;
        else if (n == QLatin1String("Description"))
            i.description = v;
        else if (n == QLatin1String("ImageFamily"))
            i.imageFamily = v;
        else if (n == QLatin1String("ShowInGui"))
            i.showInGui = xmlBool(v);
        else if (n == QLatin1String("PublishedDate"))
            i.publishedDate = xmlDateTime(v);
        else if (n == QLatin1String("IsPremium"))
            i.isPremium = xmlBool(v);
        else if (n == QLatin1String("IconUri"))
            i.iconUri = v;
        else if (n == QLatin1String("PrivacyUri"))
            i.privacyUri = v;
        else if (n == QLatin1String("RecommendedVMSize"))
            i.recommendedVmSize = v;
        else if (n == QLatin1String("PublisherName"))
            i.publisherName = v;
        else if (n == QLatin1String("PricingDetailLink"))
            i.pricingDetailLink = v;
        else if (n == QLatin1String("SmallIconUri"))
            i.smallIconUri = v;
        else if (n == QLatin1String("MediaLink"))
            i.mediaLink = v;
        else if (n == QLatin1String("OSState"))
            i.osState = v;
        else if (n == QLatin1String("Language"))
            i.language = v;
        else if (n == QLatin1String("IOType"))
            i.ioType = v;
    }
    return i;
}

std::optional<QList<Location>> parseLocations(const QByteArray &xml, QString *error)
{
    const auto root = parseXmlDocument(xml, u"Locations", error);
    if (!root)
        return std::nullopt;
    QList<Location> out;
    for (const XmlElement *e : root->childrenNamed(u"Location"))
        out.append(locationFromXml(*e));
    return out;
}

std::optional<QList<OsImage>> parseOsImages(const QByteArray &xml, QString *error)
{
    const auto root = parseXmlDocument(xml, u"Images", error);
    if (!root)
        return std::nullopt;
    QList<OsImage> out;
    out.reserve(root->children.size());
    for (const XmlElement &e : root->children) {
        if (e.name == QLatin1String("OSImage"))
            out.append(osImageFromXml(e));
    }
    return out;
}

std::optional<AvailabilityResponse> parseAvailabilityResponse(const QByteArray &xml, QString *error)
{
    const auto root = parseXmlDocument(xml, u"AvailabilityResponse", error);
    if (!root)
        return std::nullopt;
    if (!root->hasChild(u"Result")) {
        if (error)
            *error = Tr::tr("the availability reply has no <Result>");
        return std::nullopt;
    }
    AvailabilityResponse r;
    r.available = xmlBool(root->childText(u"Result"));
    r.reason = root->childText(u"Reason");
    return r;
}

std::optional<Operation> parseOperation(const QByteArray &xml, QString *error)
{
    const auto root = parseXmlDocument(xml, u"Operation", error);
    if (!root)
        return std::nullopt;
    Operation op;
    op.id = root->childText(u"ID");
    const QString status = root->childText(u"Status");
    if (status == QLatin1String("InProgress"))
        op.status = Operation::Status::InProgress;
    else if (status == QLatin1String("Succeeded"))
        op.status = Operation::Status::Succeeded;
    else if (status == QLatin1String("Failed"))
        op.status = Operation::Status::Failed;
    op.httpStatusCode = root->childText(u"HttpStatusCode").toInt();
    if (const XmlElement *err = root->child(u"Error")) {
        op.errorCode = err->childText(u"Code");
        op.errorMessage = err->childText(u"Message");
    }
    return op;
}

void sortImages(QList<OsImage> &images)
{
    std::stable_sort(images.begin(), images.end(), [](const OsImage &a, const OsImage &b) {
        if (a.isLinux() != b.isLinux())
            return a.isLinux();
        if (a.publishedDate != b.publishedDate) {
            if (!a.publishedDate.isValid())
                return false;
            if (!b.publishedDate.isValid())
                return true;
            return a.publishedDate > b.publishedDate;
        }
        return a.name < b.name;
    });
}

QList<OsImage> filterImages(const QList<OsImage> &images, const QString &substring, bool linuxOnly)
{
    QList<OsImage> out;
    for (const OsImage &i : images) {
        if (linuxOnly && !i.isLinux())
            continue;
        if (!substring.isEmpty() && !i.name.contains(substring, Qt::CaseInsensitive))
            continue;
        out.append(i);
    }
    sortImages(out);
    return out;
}

QList<Location> virtualMachineLocations(const QList<Location> &locations)
{
    QList<Location> out;
    for (const Location &l : locations) {
        if (l.supportsVirtualMachines())
            out.append(l);
    }
    return out;
}

QDateTime extensionAgentCutoff()
{
    return QDateTime(QDate(2014, 7, 24), QTime(0, 0), Qt::UTC);
}

bool lacksExtensionAgent(const OsImage &image)
{
    if (image.publishedDate.isValid())
        return image.publishedDate < extensionAgentCutoff();
    static const QRegularExpression datePattern(QStringLiteral("-(20\\d{6})(?:\\.\\d+)?-"));
    const QRegularExpressionMatch m = datePattern.match(image.name);
    if (!m.hasMatch())
        return false;
    const QDate d = QDate::fromString(m.captured(1), QStringLiteral("yyyyMMdd"));
    return d.isValid() && d < extensionAgentCutoff().date();
}

} // namespace dockervm::classic
