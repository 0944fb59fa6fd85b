#include "azure/xmltree.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace dockervm::azure {
namespace {

constexpr int kMaxDepth = 64;

QString tr(const char *text)
{
    return QCoreApplication::translate("azure::models", text);
}

// Parses the current start element (already read) and everything below it into `out`.
bool readElement(QXmlStreamReader &reader, XmlElement &out, int depth)
{
    if (depth > kMaxDepth) {
        reader.raiseError(tr("elements are nested too deeply"));
        return false;
    }
    out.name = reader.name().toString();
    const QXmlStreamAttributes attributes = reader.attributes();
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == QLatin1String("nil") && xmlBool(a.value().toString()))
            out.nil = true;
    }
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            out.children.append(XmlElement());
            if (!readElement(reader, out.children.last(), depth + 1))
                return false;
            break;
        }
        case QXmlStreamReader::Characters:
            out.text += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            return true;
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            reader.raiseError(tr("document type declarations and entities are not accepted"));
            return false;
        default:
            break;
        }
    }
    return !reader.hasError();
}

} // namespace

const XmlElement *XmlElement::child(QStringView localName) const
{
    for (const XmlElement &c : children) {
        if (c.name == localName)
            return &c;
    }
    return nullptr;
}

QList<const XmlElement *> XmlElement::childrenNamed(QStringView localName) const
{
    QList<const XmlElement *> out;
    for (const XmlElement &c : children) {
        if (c.name == localName)
            out.append(&c);
    }
    return out;
}

QString XmlElement::childText(QStringView localName) const
{
    const XmlElement *c = child(localName);
    if (!c || c->nil)
        return {};
    return c->text.trimmed();
}

const XmlElement *XmlElement::find(QStringView path) const
{
    const XmlElement *node = this;
    for (const QStringView part : path.split(QLatin1Char('/'))) {
        node = node->child(part);
        if (!node)
            return nullptr;
    }
    return node;
}

QList<const XmlElement *> XmlElement::findAll(QStringView path) const
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const XmlElement *parent = slash < 0 ? this : find(path.left(slash));
    if (!parent)
        return {};
    return parent->childrenNamed(path.mid(slash + 1));
}

QString XmlElement::textAt(QStringView path) const
{
    const XmlElement *e = find(path);
    if (!e || e->nil)
        return {};
    return e->text.trimmed();
}

std::optional<XmlElement> parseXmlDocument(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    reader.setNamespaceProcessing(true);
    std::optional<XmlElement> root;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
            reader.raiseError(tr("document type declarations and entities are not accepted"));
            break;
        }
        if (token == QXmlStreamReader::StartElement) {
            if (root) {
                reader.raiseError(tr("more than one root element"));
                break;
            }
            root.emplace();
            if (!readElement(reader, *root, 1))
                break;
        }
    }
    if (reader.hasError()) {
        if (error)
            *error = tr("malformed XML at line %1, column %2: %3")
                         .arg(reader.lineNumber())
                         .arg(reader.columnNumber())
                         .arg(reader.errorString());
        return std::nullopt;
    }
    if (!root) {
        if (error)
            *error = tr("the reply holds no XML element");
        return std::nullopt;
    }
    return root;
}

std::optional<XmlElement> parseXmlDocument(const QByteArray &xml, QStringView expectedRoot,
                                           QString *error)
{
    QString parseError;
    std::optional<XmlElement> root = parseXmlDocument(xml, &parseError);
    if (!root) {
        if (error)
            *error = parseError;
        return std::nullopt;
    }
    if (root->name != expectedRoot) {
        if (error)
            *error = tr("expected an XML element <%1> but the reply holds <%2>")
                         .arg(expectedRoot, root->name);
        return std::nullopt;
    }
    return root;
}

bool xmlBool(const QString &text)
{
    const QString t = text.trimmed();
    return t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || t == QLatin1String("1");
}

QDateTime xmlDateTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        return {};
    return dt.toUTC();
}

} // namespace dockervm::azure
