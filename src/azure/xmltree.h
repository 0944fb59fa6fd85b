#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace dockervm::azure {

// A small read-only element tree over QXmlStreamReader: the building block of every Service
// Management reply parser (models, deployments, storage accounts, errors) and of the simulator's
// request parsing. Tolerant of the namespace (the real replies use
// http://schemas.microsoft.com/windowsazure; elements are matched by local name); documents with
// a DTD or entity references are refused (no entity expansion), and so are documents nested
// deeper than 64 levels.
struct XmlElement
{
    QString name;     // local name
    QString text;     // concatenated character data directly inside this element (not trimmed)
    bool nil = false; // xsi:nil="true"
    QList<XmlElement> children;

    const XmlElement *child(QStringView localName) const;
    QList<const XmlElement *> childrenNamed(QStringView localName) const;
    // Text of the first child with that name, trimmed; empty when absent or nil.
    QString childText(QStringView localName) const;
    bool hasChild(QStringView localName) const { return child(localName) != nullptr; }

    // Paths walk "A/B/C" through the first child of each name.
    // The element at the path; nullptr when any step is absent.
    const XmlElement *find(QStringView path) const;
    // Every element named like the last step, under the first element of the steps before it
    // ("RoleList/Role": all Role children of the first RoleList); empty when absent.
    QList<const XmlElement *> findAll(QStringView path) const;
    // Trimmed text at the path; empty when absent or nil.
    QString textAt(QStringView path) const;
};

// Parses a whole document. Returns nullopt and sets *error (translated, names line/column) on
// malformed XML, a DTD, or documents nested deeper than 64 levels.
std::optional<XmlElement> parseXmlDocument(const QByteArray &xml, QString *error = nullptr);
// The same, and the root element must have this local name (*error names both otherwise).
std::optional<XmlElement> parseXmlDocument(const QByteArray &xml, QStringView expectedRoot,
                                           QString *error = nullptr);

// "true"/"1" (case-insensitive) -> true.
bool xmlBool(const QString &text);
// ISO 8601 (e.g. 2014-07-25T00:00:00Z) to UTC; null QDateTime when unparsable.
QDateTime xmlDateTime(const QString &text);

} // namespace dockervm::azure
