#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

class QXmlStreamReader;

namespace dockervm::classic {

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

// Where a QXmlStreamReader error really is. QXmlStreamReader reports content that is not valid
// in the document's encoding at the end of the XML declaration (line 1), wherever the bad byte
// is, and before any other error, even one earlier in the document. For a document read as
// UTF-8 (no UTF-16/32 byte order mark, no other declared encoding) this finds the first invalid
// byte: when the document reads without another error up to it, that byte's 1-based line and
// column (characters before it on its line + 1) and its value; otherwise the earlier error with
// its position. For any other error, the reader's own line, column and message.
struct XmlErrorPosition
{
    qint64 line = 0;
    qint64 column = 0;
    std::optional<unsigned char> invalidByte; // set when the error is that byte's encoding
    QString message;                          // the reader's message when there is no byte
};
XmlErrorPosition xmlErrorPosition(const QXmlStreamReader &reader, const QByteArray &xml);
// "line L, column C: byte 0xNN is not valid UTF-8" or "line L, column C: <message>"
// (translated, no final period).
QString xmlErrorText(const QXmlStreamReader &reader, const QByteArray &xml);

// "true"/"1" (case-insensitive) -> true.
bool xmlBool(const QString &text);
// ISO 8601 (e.g. 2014-07-25T00:00:00Z) to UTC; null QDateTime when unparsable.
QDateTime xmlDateTime(const QString &text);

} // namespace dockervm::classic
