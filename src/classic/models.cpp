#include "classic/models.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

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

// ---------------------------------------------------------------------------------------------
// OsImageListParser

namespace {

constexpr int kMaxDepth = 64; // as parseXmlDocument()

enum class Field {
    None,
    Category,
    Label,
    Location,
    LogicalSizeInGB,
    Name,
    Os,
    Eula,
    Description,
    ImageFamily,
    ShowInGui,
    PublishedDate,
    IsPremium,
    IconUri,
    PrivacyUri,
    RecommendedVmSize,
    PublisherName,
    PricingDetailLink,
    SmallIconUri,
    MediaLink,
    OsState,
    Language,
    IoType,
};

Field fieldNamed(QStringView n)
{
    static constexpr struct
    {
        QLatin1StringView name;
        Field field;
    } fields[] = {
        {QLatin1StringView("Category"), Field::Category},
        {QLatin1StringView("Label"), Field::Label},
        {QLatin1StringView("Location"), Field::Location},
        {QLatin1StringView("LogicalSizeInGB"), Field::LogicalSizeInGB},
        {QLatin1StringView("Name"), Field::Name},
        {QLatin1StringView("OS"), Field::Os},
        {QLatin1StringView("Eula"), Field::Eula},
        {QLatin1StringView("Description"), Field::Description},
        {QLatin1StringView("ImageFamily"), Field::ImageFamily},
        {QLatin1StringView("ShowInGui"), Field::ShowInGui},
        {QLatin1StringView("PublishedDate"), Field::PublishedDate},
        {QLatin1StringView("IsPremium"), Field::IsPremium},
        {QLatin1StringView("IconUri"), Field::IconUri},
        {QLatin1StringView("PrivacyUri"), Field::PrivacyUri},
        {QLatin1StringView("RecommendedVMSize"), Field::RecommendedVmSize},
        {QLatin1StringView("PublisherName"), Field::PublisherName},
        {QLatin1StringView("PricingDetailLink"), Field::PricingDetailLink},
        {QLatin1StringView("SmallIconUri"), Field::SmallIconUri},
        {QLatin1StringView("MediaLink"), Field::MediaLink},
        {QLatin1StringView("OSState"), Field::OsState},
        {QLatin1StringView("Language"), Field::Language},
        {QLatin1StringView("IOType"), Field::IoType},
    };
    for (const auto &f : fields) {
        if (n.size() == f.name.size() && n == f.name)
            return f.field;
    }
    return Field::None;
}

bool isNil(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == QLatin1String("nil") && xmlBool(a.value().toString()))
            return true;
    }
    return false;
}

} // namespace

struct OsImageListParser::State
{
    QXmlStreamReader reader;
    QList<OsImage> images;
    int depth = 0;         // of the element the reader is in (root = 1)
    bool sawRoot = false;  // the root element started
    bool rootDone = false; // and ended
    QString ownError;      // an error of ours (wrong root), beside the reader's
    // Inside <OSImage> (depth 2): the field at depth 3 being read, its text.
    bool inImage = false;
    Field field = Field::None;
    bool fieldNil = false;
    QString text;
    // One copy of each value that repeats across images.
    QSet<QString> strings;
    QHash<QString, QStringList> locationLists;
    QHash<QString, QDateTime> dates;

    QString shared(const QString &value)
    {
        const auto it = strings.constFind(value);
        if (it != strings.cend())
            return *it;
        strings.insert(value);
        return value;
    }
    void endField();
    void run();
};

void OsImageListParser::State::endField()
{
    if (field == Field::None || fieldNil || images.isEmpty())
        return;
    OsImage &i = images.last();
    const QString v = text.trimmed();
    switch (field) {
    case Field::None:
        break;
    case Field::Category:
        i.category = shared(v);
        break;
    case Field::Label:
        i.label = shared(v);
        break;
    case Field::Location: {
        auto it = locationLists.constFind(v);
        if (it == locationLists.cend())
            it = locationLists.insert(v, v.split(QLatin1Char(';'), Qt::SkipEmptyParts));
        i.locations = *it;
        break;
    }
    case Field::LogicalSizeInGB:
        i.logicalSizeInGB = v.toDouble();
        break;
    case Field::Name:
        i.name = v;
        break;
    case Field::Os:
        i.os = shared(v);
        break;
    case Field::Eula:
        i.eula = shared(v);
        break;
    case Field::Description:
        i.description = shared(v);
        break;
    case Field::ImageFamily:
        i.imageFamily = shared(v);
        break;
    case Field::ShowInGui:
        i.showInGui = xmlBool(v);
        break;
    case Field::PublishedDate: {
        auto it = dates.constFind(v);
        if (it == dates.cend())
            it = dates.insert(v, xmlDateTime(v));
        i.publishedDate = *it;
        break;
    }
    case Field::IsPremium:
        i.isPremium = xmlBool(v);
        break;
    case Field::IconUri:
        i.iconUri = shared(v);
        break;
    case Field::PrivacyUri:
        i.privacyUri = shared(v);
        break;
    case Field::RecommendedVmSize:
        i.recommendedVmSize = shared(v);
        break;
    case Field::PublisherName:
        i.publisherName = shared(v);
        break;
    case Field::PricingDetailLink:
        i.pricingDetailLink = shared(v);
        break;
    case Field::SmallIconUri:
        i.smallIconUri = shared(v);
        break;
    case Field::MediaLink:
        i.mediaLink = v;
        break;
    case Field::OsState:
        i.osState = shared(v);
        break;
    case Field::Language:
        i.language = shared(v);
        break;
    case Field::IoType:
        i.ioType = shared(v);
        break;
    }
}

void OsImageListParser::State::run()
{
    if (!ownError.isEmpty())
        return;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        switch (token) {
        case QXmlStreamReader::Invalid:
            return; // an error, or the data so far is used up (PrematureEndOfDocumentError)
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            reader.raiseError(Tr::tr("document type declarations and entities are not accepted"));
            return;
        case QXmlStreamReader::StartElement:
            ++depth;
            if (depth > kMaxDepth) {
                reader.raiseError(Tr::tr("elements are nested too deeply"));
                return;
            }
            if (depth == 1) {
                if (sawRoot) {
                    reader.raiseError(Tr::tr("more than one root element"));
                    return;
                }
                sawRoot = true;
                if (reader.name() != QLatin1String("Images")) {
                    ownError = Tr::tr("expected an XML element <%1> but the reply holds <%2>")
                                   .arg(QStringLiteral("Images"), reader.name().toString());
                    return;
                }
            } else if (depth == 2) {
                inImage = reader.name() == QLatin1String("OSImage");
                if (inImage)
                    images.append(OsImage());
            } else if (depth == 3 && inImage) {
                field = fieldNamed(reader.name());
                fieldNil = field != Field::None && isNil(reader.attributes());
                text.clear();
            }
            break;
        case QXmlStreamReader::Characters:
            // Only text directly inside a field counts (as XmlElement::text).
            if (depth == 3 && field != Field::None)
                text += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            if (depth == 3 && inImage) {
                endField();
                field = Field::None;
            } else if (depth == 2) {
                inImage = false;
            } else if (depth == 1) {
                rootDone = true;
            }
            --depth;
            break;
        default:
            break;
        }
    }
}

OsImageListParser::OsImageListParser() : d(std::make_unique<State>())
{
    d->reader.setNamespaceProcessing(true);
}

OsImageListParser::~OsImageListParser() = default;

void OsImageListParser::addData(const QByteArray &chunk)
{
    if (hasError() || chunk.isEmpty())
        return;
    d->reader.addData(chunk);
    d->run();
}

bool OsImageListParser::hasError() const
{
    return !d->ownError.isEmpty() ||
           (d->reader.hasError() &&
            d->reader.error() != QXmlStreamReader::PrematureEndOfDocumentError);
}

qsizetype OsImageListParser::count() const
{
    return d->images.size();
}

bool OsImageListParser::finish(QString *error, const QByteArray *whole)
{
    if (!d->ownError.isEmpty()) {
        if (error)
            *error = d->ownError;
        return false;
    }
    const bool truncated = d->reader.error() == QXmlStreamReader::PrematureEndOfDocumentError;
    // After the root's end tag, running out of data is the end of the document.
    if ((d->reader.hasError() && !(truncated && d->rootDone)) || !d->rootDone) {
        if (error) {
            if (!d->sawRoot && (!d->reader.hasError() || d->reader.characterOffset() == 0))
                *error = Tr::tr("the reply holds no XML element");
            else if (whole)
                *error = Tr::tr("malformed XML at %1").arg(xmlErrorText(d->reader, *whole));
            else
                *error = Tr::tr("malformed XML at line %1, column %2: %3")
                             .arg(d->reader.lineNumber())
                             .arg(d->reader.columnNumber())
                             .arg(d->reader.hasError()
                                      ? d->reader.errorString()
                                      : Tr::tr("the document ends before its root element"));
        }
        return false;
    }
    return true;
}

QList<OsImage> OsImageListParser::takeImages()
{
    d->strings.clear();
    d->locationLists.clear();
    d->dates.clear();
    return std::exchange(d->images, {});
}

std::optional<QList<OsImage>> parseOsImages(const QByteArray &xml, QString *error)
{
    OsImageListParser parser;
    parser.addData(xml);
    if (!parser.finish(error, &xml))
        return std::nullopt;
    return parser.takeImages();
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

QList<OsImage> filterImages(QList<OsImage> &&images, const QString &substring, bool linuxOnly)
{
    QList<OsImage> out = std::move(images);
    out.removeIf([&](const OsImage &i) {
        return (linuxOnly && !i.isLinux()) ||
               (!substring.isEmpty() && !i.name.contains(substring, Qt::CaseInsensitive));
    });
    sortImages(out);
    return out;
}

QJsonObject osImageToJson(const OsImage &i)
{
    return QJsonObject{
        {QStringLiteral("name"), i.name},
        {QStringLiteral("label"), i.label},
        {QStringLiteral("os"), i.os},
        {QStringLiteral("category"), i.category},
        {QStringLiteral("imageFamily"), i.imageFamily},
        {QStringLiteral("publisherName"), i.publisherName},
        {QStringLiteral("publishedDate"), i.publishedDate.isValid()
                                              ? QJsonValue(i.publishedDate.toString(Qt::ISODate))
                                              : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("recommendedVmSize"), i.recommendedVmSize},
        {QStringLiteral("logicalSizeInGB"), i.logicalSizeInGB},
        {QStringLiteral("isPremium"), i.isPremium},
        {QStringLiteral("locations"), QJsonArray::fromStringList(i.locations)},
        {QStringLiteral("lacksExtensionAgent"), lacksExtensionAgent(i)},
    };
}

JsonArrayStreamWriter::JsonArrayStreamWriter(std::function<void(const QByteArray &)> sink)
    : m_sink(std::move(sink))
{}

void JsonArrayStreamWriter::append(const QJsonObject &object)
{
    // The object alone, as a document, is the element one level deeper: indent every line by
    // one more level (strings never hold a raw newline in JSON).
    QByteArray element = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (element.endsWith('\n'))
        element.chop(1);
    element.replace("\n", "\n    ");
    appendElement(QByteArrayLiteral("    ") + element);
}

void JsonArrayStreamWriter::appendElement(const QByteArray &indentedElement)
{
    Q_ASSERT(!m_finished);
    m_sink((m_count == 0 ? QByteArrayLiteral("[\n") : QByteArrayLiteral(",\n")) + indentedElement);
    ++m_count;
}

namespace {

// A JSON value exactly as QJsonDocument writes it: printable ASCII without quote or backslash
// is copied; anything else (escapes, non-ASCII) is left to QJsonDocument itself.
void appendJsonString(QByteArray &out, const QString &s)
{
    bool plain = true;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7e || u == u'"' || u == u'\\') {
            plain = false;
            break;
        }
    }
    if (plain) {
        out += '"';
        out += s.toLatin1();
        out += '"';
        return;
    }
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    out += QByteArrayView(array).sliced(1, array.size() - 2); // without [ ]
}

void appendJsonDouble(QByteArray &out, double d)
{
    if (d == std::floor(d) && std::abs(d) < 9007199254740992.0) { // integral: written as such
        out += QByteArray::number(qint64(d));
        return;
    }
    const QByteArray array = QJsonDocument(QJsonArray{d}).toJson(QJsonDocument::Compact);
    out += QByteArrayView(array).sliced(1, array.size() - 2);
}

} // namespace

QByteArray osImageJsonElement(const OsImage &i)
{
    // Keys in QJsonObject's (sorted) order.
    QByteArray o;
    o.reserve(640);
    const auto key = [&o](const char *name) {
        o += "        \"";
        o += name;
        o += "\": ";
    };
    o += "    {\n";
    key("category");
    appendJsonString(o, i.category);
    o += ",\n";
    key("imageFamily");
    appendJsonString(o, i.imageFamily);
    o += ",\n";
    key("isPremium");
    o += i.isPremium ? "true" : "false";
    o += ",\n";
    key("label");
    appendJsonString(o, i.label);
    o += ",\n";
    key("lacksExtensionAgent");
    o += lacksExtensionAgent(i) ? "true" : "false";
    o += ",\n";
    key("locations");
    o += "[\n";
    for (qsizetype k = 0; k < i.locations.size(); ++k) {
        o += "            ";
        appendJsonString(o, i.locations.at(k));
        o += k + 1 < i.locations.size() ? ",\n" : "\n";
    }
    o += "        ],\n";
    key("logicalSizeInGB");
    appendJsonDouble(o, i.logicalSizeInGB);
    o += ",\n";
    key("name");
    appendJsonString(o, i.name);
    o += ",\n";
    key("os");
    appendJsonString(o, i.os);
    o += ",\n";
    key("publishedDate");
    if (i.publishedDate.isValid())
        appendJsonString(o, i.publishedDate.toString(Qt::ISODate));
    else
        o += "null";
    o += ",\n";
    key("publisherName");
    appendJsonString(o, i.publisherName);
    o += ",\n";
    key("recommendedVmSize");
    appendJsonString(o, i.recommendedVmSize);
    o += "\n    }";
    return o;
}

void JsonArrayStreamWriter::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_sink(m_count == 0 ? QByteArrayLiteral("[\n]\n") : QByteArrayLiteral("\n]\n"));
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
