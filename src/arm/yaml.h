#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// A small YAML data tree, a block-style writer for it and a reader for block YAML of the same
// shape (what cloud-init's user data needs). Written for cloud-config: the writer's output reads
// back, through PyYAML's safe_load (what cloud-init uses), as exactly the tree that was written.
namespace dockervm::arm::yaml {

class Node
{
public:
    enum class Kind { Null, Bool, Int, Float, String, Sequence, Mapping };
    using Entry = QPair<QString, Node>;

    Node() = default; // null
    Node(bool b);
    Node(int i);
    Node(qint64 i);
    Node(double d);
    Node(const QString &s);
    Node(const char *utf8);
    static Node sequence(const QList<Node> &items = {});
    static Node mapping(const QList<Entry> &entries = {});

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isString() const { return m_kind == Kind::String; }
    bool isSequence() const { return m_kind == Kind::Sequence; }
    bool isMapping() const { return m_kind == Kind::Mapping; }
    bool toBool() const { return m_bool; }
    qint64 toInt() const { return m_int; }
    double toDouble() const { return m_kind == Kind::Int ? double(m_int) : m_double; }
    QString toString() const { return m_string; } // String only; empty otherwise
    const QList<Node> &items() const { return m_items; }
    const QList<Entry> &entries() const { return m_entries; }

    // Mappings keep the order keys were inserted in; inserting an existing key replaces its value
    // in place. On a node of another kind these turn it into a mapping / sequence first.
    Node &insert(const QString &key, const Node &value);
    Node &append(const Node &item);
    const Node *value(const QString &key) const; // nullptr when absent or not a mapping

    // The JSON equivalent (what `json.dumps(yaml.safe_load(...))` prints, keys in our order).
    QJsonValue toJson() const;
    QByteArray toJsonText() const; // compact, keys in insertion order

    friend bool operator==(const Node &a, const Node &b);
    friend bool operator!=(const Node &a, const Node &b) { return !(a == b); }

private:
    Kind m_kind = Kind::Null;
    bool m_bool = false;
    qint64 m_int = 0;
    double m_double = 0;
    QString m_string;
    QList<Node> m_items;
    QList<Entry> m_entries;
};

// Block-style YAML for `root` (UTF-8, ends with a newline, no document markers). Mappings and
// sequences in block style (empty ones as {} and []), strings with a line break as literal
// block scalars (`|`, `|-` or `|+` by their trailing newlines, with an indentation indicator
// when the text starts with a space), strings a YAML 1.1 reader could take for something else
// (true, no, ~, 0644, 1e3, 12:30, 2024-01-01, …) or holding special characters double-quoted.
QByteArray write(const Node &root);

struct ReadError
{
    int line = 0; // 1-based; 0 when not tied to a line
    QString message;
};

// Reads block YAML: block mappings and sequences, plain / single-quoted / double-quoted scalars
// on one line, literal and folded block scalars (with chomping and indentation indicators),
// empty flow collections, comments, one optional `---`. Plain scalars are resolved as PyYAML's
// safe_load does (YAML 1.1: null, bool incl. yes/no/on/off, int incl. 0644 octal and 0x, float).
// Anchors, aliases, tags, non-empty flow collections, multi-line plain or quoted scalars,
// complex keys, several documents and timestamps are refused with the line they are on.
std::optional<Node> read(const QByteArray &text, ReadError *error = nullptr);

// "line 3: …" for messages.
QString describe(const ReadError &error);

} // namespace dockervm::arm::yaml
