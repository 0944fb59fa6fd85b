#include "classic/xmltree.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace dockervm::classic {
namespace {

constexpr int kMaxDepth = 64;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(classic::models)
};

// Parses the current start element (already read) and everything below it into `out`.
bool readElement(QXmlStreamReader &reader, XmlElement &out, int depth)
{
    if (depth > kMaxDepth) {
        reader.raiseError(Tr::tr("elements are nested too deeply"));
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
            reader.raiseError(Tr::tr("document type declarations and entities are not accepted"));
            return false;
        default:
            break;
        }
    }
    return !reader.hasError();
}

// Byte offset of the first byte that does not start or continue a valid UTF-8 sequence
// (overlong forms, surrogates and values above U+10FFFF are invalid, as for Qt's decoder); -1
// when the whole array is valid UTF-8.
qsizetype firstInvalidUtf8(const QByteArray &bytes, qsizetype from)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = from;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0)
                lo = 0xA0; // no overlong forms
            else if (b == 0xED)
                hi = 0x9F; // no surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0)
                lo = 0x90;
            else if (b == 0xF4)
                hi = 0x8F; // nothing above U+10FFFF
        } else {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= n)
                return i;
            const unsigned char c = p[i + k];
            if (c < (k == 1 ? lo : 0x80) || c > (k == 1 ? hi : 0xBF))
                return i;
        }
        i += length;
    }
    return -1;
}

// True when QXmlStreamReader decodes the document as UTF-8: no UTF-16/32 byte order mark and
// no XML declaration naming another encoding.
bool readAsUtf8(const QByteArray &xml)
{
    if (xml.startsWith("\xFE\xFF") || xml.startsWith("\xFF\xFE") ||
        (xml.size() >= 2 && (xml[0] == '\0' || xml[1] == '\0')))
        return false;
    static const QRegularExpression declaration(
        QStringLiteral(R"(^(?:\x{FEFF})?\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']*)["'])"));
    const auto m = declaration.match(QString::fromLatin1(xml.left(256)));
    if (!m.hasMatch())
        return true;
    const QString encoding = m.captured(1).trimmed();
    return encoding.compare(QLatin1String("utf-8"), Qt::CaseInsensitive) == 0 ||
           encoding.compare(QLatin1String("utf8"), Qt::CaseInsensitive) == 0;
}

} // namespace

XmlErrorPosition xmlErrorPosition(const QXmlStreamReader &reader, const QByteArray &xml)
{
    const auto withoutPeriod = [](QString text) {
        while (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        return text;
    };
    XmlErrorPosition position{reader.lineNumber(), reader.columnNumber(), std::nullopt,
                              withoutPeriod(reader.errorString())};
    if (!reader.hasError() || reader.error() != QXmlStreamReader::NotWellFormedError ||
        !readAsUtf8(xml))
        return position;
    const qsizetype start = xml.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype bad = firstInvalidUtf8(xml, start);
    if (bad < 0)
        return position;
    // The bytes before the bad one, alone: another error there comes first in the document
    // (running out of input is expected).
    QXmlStreamReader prefix(xml.left(bad));
    while (!prefix.atEnd())
        prefix.readNext();
    if (prefix.hasError() && prefix.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
        return {prefix.lineNumber(), prefix.columnNumber(), std::nullopt,
                withoutPeriod(prefix.errorString())};
    }
    const qsizetype lineStart = qMax(start, xml.lastIndexOf('\n', bad - 1) + 1);
    position.line = xml.left(bad).count('\n') + 1;
    position.column = QString::fromUtf8(xml.mid(lineStart, bad - lineStart)).size() + 1;
    position.invalidByte = static_cast<unsigned char>(xml.at(bad));
    position.message.clear();
    return position;
}

QString xmlErrorText(const QXmlStreamReader &reader, const QByteArray &xml)
{
    const XmlErrorPosition at = xmlErrorPosition(reader, xml);
    if (at.invalidByte) {
        return Tr::tr("line %1, column %2: byte 0x%3 is not valid UTF-8")
            .arg(at.line)
            .arg(at.column)
            .arg(uint(*at.invalidByte), 2, 16, QLatin1Char('0'));
    }
    return Tr::tr("line %1, column %2: %3").arg(at.line).arg(at.column).arg(at.message);
}

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
            reader.raiseError(Tr::tr("document type declarations and entities are not accepted"));
            break;
        }
        if (token == QXmlStreamReader::StartElement) {
            if (root) {
                reader.raiseError(Tr::tr("more than one root element"));
                break;
            }
            root.emplace();
            if (!readElement(reader, *root, 1))
                break;
        }
    }
    if (reader.hasError()) {
        if (error)
            *error = Tr::tr("malformed XML at %1").arg(xmlErrorText(reader, xml));
        return std::nullopt;
    }
    if (!root) {
        if (error)
            *error = Tr::tr("the reply holds no XML element");
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
            *error = Tr::tr("expected an XML element <%1> but the reply holds <%2>")
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

} // namespace dockervm::classic
