#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace dockervm::azure {

// A small read-only element tree over QXmlStreamReader, for the nested Service Management
// replies (deployments, storage accounts) where a flat stream parse gets unwieldy. Namespaces are
// ignored (ASM uses one default namespace), DTDs are refused, entities never expanded.
class XmlNode
{
public:
    QString name;
    QString text; // concatenated character data directly inside this element
    QList<std::shared_ptr<XmlNode>> children;
    bool nil = false; // i:nil="true"

    // The first child with this name, or an empty node.
    const XmlNode &child(const QString &childName) const;
    QList<const XmlNode *> all(const QString &childName) const;
    // Walks "A/B/C" through first children.
    const XmlNode &at(const QString &path) const;
    QString value(const QString &path) const { return at(path).text.trimmed(); }
    bool isNull() const { return name.isEmpty(); }

    // nullopt with *error set when the document is not well-formed XML.
    static std::optional<XmlNode> parse(const QByteArray &xml, QString *error);
};

} // namespace dockervm::azure
