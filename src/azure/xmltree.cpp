#include "azure/xmltree.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace dockervm::azure {
namespace {

const XmlNode &emptyNode()
{
    static const XmlNode empty;
    return empty;
}

} // namespace

const XmlNode &XmlNode::child(const QString &childName) const
{
    for (const auto &c : children) {
        if (c->name == childName)
            return *c;
    }
    return emptyNode();
}

QList<const XmlNode *> XmlNode::all(const QString &childName) const
{
    QList<const XmlNode *> out;
    for (const auto &c : children) {
        if (c->name == childName)
            out.append(c.get());
    }
    return out;
}

const XmlNode &XmlNode::at(const QString &path) const
{
    const XmlNode *node = this;
    for (const QStringView part : QStringView(path).split(QLatin1Char('/'))) {
        node = &node->child(part.toString());
        if (node->isNull())
            return emptyNode();
    }
    return *node;
}

std::optional<XmlNode> XmlNode::parse(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    XmlNode root;
    QList<XmlNode *> stack;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            if (error)
                *error = QCoreApplication::translate("azure", "The reply contains a document type "
                                                              "definition, which is refused.");
            return std::nullopt;
        case QXmlStreamReader::StartElement: {
            XmlNode *node = nullptr;
            if (stack.isEmpty()) {
                node = &root;
            } else {
                auto child = std::make_shared<XmlNode>();
                node = child.get();
                stack.last()->children.append(child);
            }
            node->name = reader.name().toString();
            node->nil = reader.attributes().value(
                            QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                            QStringLiteral("nil")) == QLatin1String("true");
            stack.append(node);
            break;
        }
        case QXmlStreamReader::EndElement:
            stack.removeLast();
            break;
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty())
                stack.last()->text += reader.text();
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        if (error)
            *error = QCoreApplication::translate("azure", "Malformed XML at line %1, column %2: %3")
                         .arg(reader.lineNumber())
                         .arg(reader.columnNumber())
                         .arg(reader.errorString());
        return std::nullopt;
    }
    if (root.isNull()) {
        if (error)
            *error = QCoreApplication::translate("azure", "The reply holds no XML element.");
        return std::nullopt;
    }
    return root;
}

} // namespace dockervm::azure
