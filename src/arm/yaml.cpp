#include "arm/yaml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace dockervm::arm::yaml {

// ---------------------------------------------------------------------------------------------
// Node

Node::Node(bool b) : m_kind(Kind::Bool), m_bool(b) {}
Node::Node(int i) : m_kind(Kind::Int), m_int(i) {}
Node::Node(qint64 i) : m_kind(Kind::Int), m_int(i) {}
Node::Node(double d) : m_kind(Kind::Float), m_double(d) {}
Node::Node(const QString &s) : m_kind(Kind::String), m_string(s) {}
Node::Node(const char *utf8) : m_kind(Kind::String), m_string(QString::fromUtf8(utf8)) {}

Node Node::sequence(const QList<Node> &items)
{
    Node n;
    n.m_kind = Kind::Sequence;
    n.m_items = items;
    return n;
}

Node Node::mapping(const QList<Entry> &entries)
{
    Node n;
    n.m_kind = Kind::Mapping;
    for (const Entry &e : entries)
        n.insert(e.first, e.second);
    return n;
}

Node &Node::insert(const QString &key, const Node &value)
{
    if (m_kind != Kind::Mapping)
        *this = mapping();
    for (Entry &e : m_entries) {
        if (e.first == key) {
            e.second = value;
            return *this;
        }
    }
    m_entries.append({key, value});
    return *this;
}

Node &Node::append(const Node &item)
{
    if (m_kind != Kind::Sequence)
        *this = sequence();
    m_items.append(item);
    return *this;
}

const Node *Node::value(const QString &key) const
{
    if (m_kind != Kind::Mapping)
        return nullptr;
    for (const Entry &e : m_entries)
        if (e.first == key)
            return &e.second;
    return nullptr;
}

QJsonValue Node::toJson() const
{
    switch (m_kind) {
    case Kind::Null:
        return QJsonValue::Null;
    case Kind::Bool:
        return m_bool;
    case Kind::Int:
        return m_int;
    case Kind::Float:
        return m_double;
    case Kind::String:
        return m_string;
    case Kind::Sequence: {
        QJsonArray a;
        for (const Node &n : m_items)
            a.append(n.toJson());
        return a;
    }
    case Kind::Mapping: {
        QJsonObject o;
        for (const Entry &e : m_entries)
            o.insert(e.first, e.second.toJson());
        return o;
    }
    }
    return QJsonValue::Null;
}

namespace {

QByteArray jsonScalar(const QJsonValue &v)
{
    QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

} // namespace

QByteArray Node::toJsonText() const
{
    switch (m_kind) {
    case Kind::Sequence: {
        QByteArray out = "[";
        for (qsizetype i = 0; i < m_items.size(); ++i)
            out += (i ? "," : "") + m_items[i].toJsonText();
        return out + "]";
    }
    case Kind::Mapping: {
        QByteArray out = "{";
        for (qsizetype i = 0; i < m_entries.size(); ++i)
            out += (i ? "," : "") + jsonScalar(m_entries[i].first) + ":" +
                   m_entries[i].second.toJsonText();
        return out + "}";
    }
    default:
        return jsonScalar(toJson());
    }
}

bool operator==(const Node &a, const Node &b)
{
    if (a.m_kind != b.m_kind)
        return false;
    switch (a.m_kind) {
    case Node::Kind::Null:
        return true;
    case Node::Kind::Bool:
        return a.m_bool == b.m_bool;
    case Node::Kind::Int:
        return a.m_int == b.m_int;
    case Node::Kind::Float:
        return a.m_double == b.m_double || (std::isnan(a.m_double) && std::isnan(b.m_double));
    case Node::Kind::String:
        return a.m_string == b.m_string;
    case Node::Kind::Sequence:
        return a.m_items == b.m_items;
    case Node::Kind::Mapping:
        return a.m_entries == b.m_entries;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Plain scalar resolution: PyYAML's YAML 1.1 implicit resolvers (SafeLoader).

namespace {

const QRegularExpression &boolRe()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|"
                       "Off|OFF)$"));
    return re;
}
const QRegularExpression &nullRe()
{
    static const QRegularExpression re(QStringLiteral("^(?:~|null|Null|NULL|)$"));
    return re;
}
const QRegularExpression &intRe()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
        "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$"));
    return re;
}
const QRegularExpression &floatRe()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
                       "|\\.[0-9_]+(?:[eE][-+][0-9]+)?"
                       "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
                       "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"));
    return re;
}
const QRegularExpression &timestampRe()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
                       "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
                       "(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
                       "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$"));
    return re;
}

qint64 sexagesimal(const QString &digits, int sign)
{
    qint64 value = 0;
    for (const QString &part : digits.split(QLatin1Char(':')))
        value = value * 60 + part.toLongLong();
    return sign * value;
}

Node resolveInt(QString s)
{
    s.remove(QLatin1Char('_'));
    int sign = 1;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('+'))) {
        sign = s.startsWith(QLatin1Char('-')) ? -1 : 1;
        s = s.mid(1);
    }
    bool ok = true;
    qint64 v = 0;
    if (s == QLatin1String("0"))
        v = 0;
    else if (s.startsWith(QLatin1String("0b")))
        v = s.mid(2).toLongLong(&ok, 2);
    else if (s.startsWith(QLatin1String("0x")))
        v = s.mid(2).toLongLong(&ok, 16);
    else if (s.startsWith(QLatin1Char('0')))
        v = s.mid(1).toLongLong(&ok, 8);
    else if (s.contains(QLatin1Char(':')))
        return Node(sexagesimal(s, sign));
    else
        v = s.toLongLong(&ok, 10);
    return ok ? Node(qint64(sign * v)) : Node(QString()); // overflow: caller refuses
}

Node resolveFloat(QString s)
{
    s.remove(QLatin1Char('_'));
    const QString lower = s.toLower();
    int sign = 1;
    QString body = lower;
    if (body.startsWith(QLatin1Char('-')) || body.startsWith(QLatin1Char('+'))) {
        sign = body.startsWith(QLatin1Char('-')) ? -1 : 1;
        body = body.mid(1);
    }
    if (body == QLatin1String(".inf"))
        return Node(sign * HUGE_VAL);
    if (body == QLatin1String(".nan"))
        return Node(std::nan(""));
    if (body.contains(QLatin1Char(':'))) {
        double value = 0;
        for (const QString &part : body.split(QLatin1Char(':')))
            value = value * 60 + part.toDouble();
        return Node(sign * value);
    }
    return Node(sign * body.toDouble());
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Writer

namespace {

bool isYamlWord(const QString &s)
{
    static const QStringList words{QStringLiteral("y"),    QStringLiteral("n"),
                                   QStringLiteral("yes"),  QStringLiteral("no"),
                                   QStringLiteral("true"), QStringLiteral("false"),
                                   QStringLiteral("on"),   QStringLiteral("off"),
                                   QStringLiteral("null"), QStringLiteral("~")};
    return words.contains(s.toLower());
}

// A string that every YAML reader takes back as exactly this string when written plain.
// Conservative on purpose: a letter, '/' or '_' first, then letters, digits and _./+=@-,
// inner spaces, and ':' only when no space or end follows.
bool safePlain(const QString &s)
{
    if (s.isEmpty() || isYamlWord(s) || s.endsWith(QLatin1Char(' ')))
        return false;
    const QChar first = s.front();
    const bool firstOk = (first >= QLatin1Char('a') && first <= QLatin1Char('z')) ||
                         (first >= QLatin1Char('A') && first <= QLatin1Char('Z')) ||
                         first == QLatin1Char('/') || first == QLatin1Char('_');
    if (!firstOk)
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            continue;
        if (QStringLiteral("_./+=@-").contains(c))
            continue;
        if (c == QLatin1Char(' ') && s.at(i + 1) != QLatin1Char('#'))
            continue;
        if (c == QLatin1Char(':') && i + 1 < s.size() && s.at(i + 1) != QLatin1Char(' '))
            continue;
        return false;
    }
    return true;
}

// Characters written escaped, never raw: what PyYAML's reader refuses (controls, DEL, C1,
// U+FFFE/U+FFFF, lone surrogates) and what it takes as a line break or a byte order mark.
bool needsEscape(const QString &s, qsizetype i)
{
    const QChar c = s.at(i);
    const char16_t u = c.unicode();
    if (c.isHighSurrogate())
        return !(i + 1 < s.size() && s.at(i + 1).isLowSurrogate());
    if (c.isLowSurrogate())
        return !(i > 0 && s.at(i - 1).isHighSurrogate());
    return (u < 0x20 && u != '\n' && u != '\t') || (u >= 0x7f && u <= 0x9f) || u == 0x2028 ||
           u == 0x2029 || u == 0xfeff || u == 0xfffe || u == 0xffff;
}

QString doubleQuoted(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const char16_t u = c.unicode();
        switch (u) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (needsEscape(s, i))
                out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString scalarText(const QString &s)
{
    return safePlain(s) ? s : doubleQuoted(s);
}

// A literal block scalar suits text with a line break, something besides line breaks and
// only printable characters (tabs allowed).
bool literalFits(const QString &s)
{
    if (!s.contains(QLatin1Char('\n')))
        return false;
    bool content = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (needsEscape(s, i) || c == QLatin1Char('\r'))
            return false;
        if (c != QLatin1Char('\n') && c != QLatin1Char(' '))
            content = true;
    }
    return content;
}

// " |<indicator><chomping>\n" then the lines at `contentIndent`.
void writeLiteral(QByteArray &out, const QString &s, int contentIndent, int step)
{
    qsizetype trailing = 0;
    while (trailing < s.size() && s.at(s.size() - 1 - trailing) == QLatin1Char('\n'))
        ++trailing;
    const QStringList lines = s.left(s.size() - trailing).split(QLatin1Char('\n'));
    bool indicator = false;
    for (const QString &l : lines) {
        if (l.isEmpty())
            continue;
        indicator = l.startsWith(QLatin1Char(' '));
        break;
    }
    out += " |";
    if (indicator)
        out += QByteArray::number(step);
    out += trailing == 0 ? "-" : trailing == 1 ? "" : "+";
    out += '\n';
    const QByteArray pad(contentIndent, ' ');
    for (const QString &l : lines)
        out += (l.isEmpty() ? QByteArray() : pad + l.toUtf8()) + '\n';
    for (qsizetype i = 1; i < trailing; ++i)
        out += '\n';
}

void writeMapping(QByteArray &out, const Node &n, int indent, bool firstInline);
void writeSequence(QByteArray &out, const Node &n, int indent, bool firstInline);

// After "key:" or "-": the value, at `indent` (the mapping's or the sequence's column).
void writeValue(QByteArray &out, const Node &v, int indent, bool inSequence)
{
    switch (v.kind()) {
    case Node::Kind::Null:
        out += " null\n";
        return;
    case Node::Kind::Bool:
        out += v.toBool() ? " true\n" : " false\n";
        return;
    case Node::Kind::Int:
        out += ' ' + QByteArray::number(v.toInt()) + '\n';
        return;
    case Node::Kind::Float: {
        const double d = v.toDouble();
        if (std::isnan(d))
            out += " .nan\n";
        else if (std::isinf(d))
            out += d > 0 ? " .inf\n" : " -.inf\n";
        else {
            QByteArray t = QByteArray::number(d, 'g', 17);
            if (!t.contains('.') && !t.contains('e'))
                t += ".0";
            else if (t.contains('e') && !t.contains('.'))
                t.replace("e", ".0e");
            if (t.contains('e') && !t.contains("e-") && !t.contains("e+"))
                t.replace("e", "e+");
            out += ' ' + t + '\n';
        }
        return;
    }
    case Node::Kind::String:
        if (literalFits(v.toString()))
            writeLiteral(out, v.toString(), indent + 2, 2);
        else
            out += ' ' + scalarText(v.toString()).toUtf8() + '\n';
        return;
    case Node::Kind::Mapping:
        if (v.entries().isEmpty()) {
            out += " {}\n";
        } else if (inSequence) {
            out += ' ';
            writeMapping(out, v, indent + 2, true);
        } else {
            out += '\n';
            writeMapping(out, v, indent + 2, false);
        }
        return;
    case Node::Kind::Sequence:
        if (v.items().isEmpty()) {
            out += " []\n";
        } else if (inSequence) {
            out += ' ';
            writeSequence(out, v, indent + 2, true);
        } else {
            out += '\n';
            writeSequence(out, v, indent + 2, false);
        }
        return;
    }
}

void writeMapping(QByteArray &out, const Node &n, int indent, bool firstInline)
{
    bool first = true;
    for (const Node::Entry &e : n.entries()) {
        if (!(first && firstInline))
            out += QByteArray(indent, ' ');
        first = false;
        out += scalarText(e.first).toUtf8() + ':';
        writeValue(out, e.second, indent, false);
    }
}

void writeSequence(QByteArray &out, const Node &n, int indent, bool firstInline)
{
    bool first = true;
    for (const Node &item : n.items()) {
        if (!(first && firstInline))
            out += QByteArray(indent, ' ');
        first = false;
        out += '-';
        writeValue(out, item, indent, true);
    }
}

} // namespace

QByteArray write(const Node &root)
{
    QByteArray out;
    if (root.isMapping() && !root.entries().isEmpty())
        writeMapping(out, root, 0, false);
    else if (root.isSequence() && !root.items().isEmpty())
        writeSequence(out, root, 0, false);
    else {
        writeValue(out, root, 0, false);
        out = out.mid(1); // the value's leading space
        if (out.startsWith('|')) {
            // A top-level literal: PyYAML measures its indicator from column 0.
            out.clear();
            writeLiteral(out, root.toString(), 2, 2);
            out = out.mid(1);
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Reader

namespace {

struct Line
{
    int number = 0;      // 1-based
    int indent = 0;      // leading spaces
    QString text;        // after the indentation
    bool newline = true; // ended by a line break (not the end of the text)
};

class Reader
{
public:
    explicit Reader(const QByteArray &text);
    std::optional<Node> document();
    ReadError error() const { return m_error; }

private:
    bool failed() const { return m_failed; }
    Node fail(int line, const QString &message);
    bool ignorable(const Line &l) const;
    void skipIgnorable();
    bool atEnd() const { return m_pos >= m_lines.size(); }
    static bool isDashItem(const QString &t)
    {
        return t == QLatin1String("-") || t.startsWith(QLatin1String("- "));
    }
    bool keyOf(const Line &l, QString *key, QString *rest);

    Node node(int parentIndent, bool sameIndentSequence);
    Node mapping(int indent);
    Node sequence(int indent);
    Node inlineValue(const QString &text, int parentIndent, int lineNo);
    Node blockScalar(const QString &header, int parentIndent, int lineNo);
    void noContinuation(int indent, int lineNo);

    // One-line scalars; *end receives where it stopped.
    QString doubleQuotedScalar(const QString &t, qsizetype *end, int lineNo);
    QString singleQuotedScalar(const QString &t, qsizetype *end, int lineNo);
    Node plainScalar(const QString &t, int lineNo);
    QString afterScalar(const QString &t, qsizetype end, int lineNo);

    QList<Line> m_lines;
    qsizetype m_pos = 0;
    bool m_failed = false;
    ReadError m_error;
};

Reader::Reader(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const QStringList raw = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (i == raw.size() - 1 && raw[i].isEmpty())
            break; // the text's final line break
        Line l;
        l.number = int(i + 1);
        QString t = raw[i];
        if (t.endsWith(QLatin1Char('\r')))
            t.chop(1);
        int n = 0;
        while (n < t.size() && t.at(n) == QLatin1Char(' '))
            ++n;
        l.indent = n;
        l.text = t.mid(n);
        l.newline = i < raw.size() - 1;
        m_lines.append(l);
    }
}

Node Reader::fail(int line, const QString &message)
{
    if (!m_failed) {
        m_failed = true;
        m_error.line = line;
        m_error.message = message;
    }
    return {};
}

bool Reader::ignorable(const Line &l) const
{
    // Blank or a comment after spaces; a tab there is an error (as in PyYAML), see skipIgnorable.
    return l.text.isEmpty() || l.text.startsWith(QLatin1Char('#'));
}

void Reader::skipIgnorable()
{
    while (!atEnd() && ignorable(m_lines[m_pos])) {
        // A tab before a comment or on an empty line is harmless; a tab before content is not.
        ++m_pos;
    }
    if (!atEnd() && m_lines[m_pos].text.startsWith(QLatin1Char('\t')))
        fail(m_lines[m_pos].number,
             QStringLiteral("a tab indents this line; YAML indents with spaces only"));
}

std::optional<Node> Reader::document()
{
    bool explicitStart = false;
    skipIgnorable();
    if (!atEnd() && m_lines[m_pos].indent == 0 && m_lines[m_pos].text.startsWith(QLatin1Char('%')))
        fail(m_lines[m_pos].number, QStringLiteral("YAML directives (%…) are not supported"));
    if (!atEnd() && m_lines[m_pos].indent == 0 &&
        (m_lines[m_pos].text == QLatin1String("---") ||
         m_lines[m_pos].text.startsWith(QLatin1String("--- ")))) {
        if (!m_lines[m_pos].text.mid(3).trimmed().isEmpty() &&
            !m_lines[m_pos].text.mid(3).trimmed().startsWith(QLatin1Char('#')))
            fail(m_lines[m_pos].number,
                 QStringLiteral("content on the '---' line is not supported; start it on the "
                                "next line"));
        ++m_pos;
        explicitStart = true;
    }
    Node root = node(-1, true);
    skipIgnorable();
    if (!failed() && !explicitStart && root.isNull() && !atEnd() &&
        m_lines[m_pos].text == QLatin1String("..."))
        fail(m_lines[m_pos].number, QStringLiteral("a document end marker '...' without a "
                                                   "document"));
    skipIgnorable();
    if (!failed() && !atEnd()) {
        const Line &l = m_lines[m_pos];
        if (l.indent == 0 && (l.text == QLatin1String("...") || l.text == QLatin1String("---"))) {
            ++m_pos;
            skipIgnorable();
            if (!atEnd())
                fail(m_lines[m_pos].number,
                     QStringLiteral("more than one YAML document; only one is supported"));
        } else {
            fail(l.number, QStringLiteral("unexpected content at indentation %1 (the structure "
                                          "above ends at a smaller indentation)")
                               .arg(l.indent));
        }
    }
    if (failed())
        return std::nullopt;
    return root;
}

// The node that starts on the next content line, when that line is indented more than
// parentIndent (or is a "- " item at parentIndent, when a mapping's value may be such a list).
Node Reader::node(int parentIndent, bool sameIndentSequence)
{
    skipIgnorable();
    if (failed() || atEnd())
        return {};
    const Line &l = m_lines[m_pos];
    if (l.indent == 0 && (l.text == QLatin1String("...") || l.text == QLatin1String("---")))
        return {};
    const bool dash = isDashItem(l.text);
    if (l.indent < parentIndent || (l.indent == parentIndent && !(dash && sameIndentSequence)))
        return {};
    if (dash)
        return sequence(l.indent);
    QString key, rest;
    if (keyOf(l, &key, &rest))
        return failed() ? Node() : mapping(l.indent);
    if (failed())
        return {};
    const int lineNo = l.number;
    const QString text = l.text;
    ++m_pos;
    Node v = inlineValue(text, parentIndent, lineNo);
    if (!v.isMapping() && !v.isSequence())
        noContinuation(parentIndent, lineNo);
    return v;
}

// Whether the line is "key: …"; fills the key and what follows the colon.
bool Reader::keyOf(const Line &l, QString *key, QString *rest)
{
    const QString &t = l.text;
    if (t.startsWith(QLatin1Char('?')) && (t.size() == 1 || t.at(1) == QLatin1Char(' '))) {
        fail(l.number, QStringLiteral("complex mapping keys ('? ') are not supported"));
        return false;
    }
    qsizetype end = 0;
    if (t.startsWith(QLatin1Char('"')) || t.startsWith(QLatin1Char('\''))) {
        const bool dq = t.startsWith(QLatin1Char('"'));
        // A quoted scalar followed by ':' is a key; without the colon it is a value.
        qsizetype close = 1;
        if (dq) {
            while (close < t.size() && t.at(close) != QLatin1Char('"'))
                close += t.at(close) == QLatin1Char('\\') ? 2 : 1;
        } else {
            while (close < t.size()) {
                if (t.at(close) == QLatin1Char('\'')) {
                    if (close + 1 < t.size() && t.at(close + 1) == QLatin1Char('\'')) {
                        close += 2;
                        continue;
                    }
                    break;
                }
                ++close;
            }
        }
        qsizetype after = close + 1;
        while (after < t.size() && t.at(after) == QLatin1Char(' '))
            ++after;
        if (after >= t.size() || t.at(after) != QLatin1Char(':') ||
            (after + 1 < t.size() && t.at(after + 1) != QLatin1Char(' ')))
            return false;
        const QString k =
            dq ? doubleQuotedScalar(t, &end, l.number) : singleQuotedScalar(t, &end, l.number);
        if (failed())
            return false;
        *key = k;
        *rest = t.mid(after + 1).trimmed();
        return true;
    }
    if (isDashItem(t))
        return false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t.at(i) == QLatin1Char('#') && i > 0 && t.at(i - 1) == QLatin1Char(' '))
            return false;
        if (t.at(i) == QLatin1Char(':') && (i + 1 == t.size() || t.at(i + 1) == QLatin1Char(' '))) {
            if (i == 0)
                return false;
            *key = t.left(i).trimmed();
            if (key->isEmpty()) {
                fail(l.number, QStringLiteral("a mapping key is empty"));
                return false;
            }
            if (QStringLiteral("&*!|>[]{},%@`").contains(key->front())) {
                fail(l.number, QStringLiteral("the key '%1' starts with '%2', which this reader "
                                              "does not support (anchors, aliases, tags, flow "
                                              "and block indicators); quote the key")
                                   .arg(*key, key->front()));
                return false;
            }
            if (key->contains(QLatin1Char('\t'))) {
                fail(l.number, QStringLiteral("a tab in the key '%1'; quote the key").arg(*key));
                return false;
            }
            *rest = t.mid(i + 1).trimmed();
            return true;
        }
    }
    return false;
}

Node Reader::mapping(int indent)
{
    Node m = Node::mapping();
    while (!failed()) {
        skipIgnorable();
        if (failed() || atEnd())
            break;
        const Line l = m_lines[m_pos];
        if (l.indent < indent)
            break;
        if (l.indent == 0 && (l.text == QLatin1String("...") || l.text == QLatin1String("---")))
            break;
        if (l.indent > indent)
            return fail(l.number, QStringLiteral("unexpected indentation %1 inside a mapping at "
                                                 "indentation %2")
                                      .arg(l.indent)
                                      .arg(indent));
        QString key, rest;
        if (isDashItem(l.text))
            return fail(l.number, QStringLiteral("a list item where a mapping key was expected"));
        if (!keyOf(l, &key, &rest)) {
            if (failed())
                return {};
            return fail(l.number,
                        isDashItem(l.text)
                            ? QStringLiteral("a list item where a mapping key was expected")
                            : QStringLiteral("expected 'key: value' in a mapping"));
        }
        ++m_pos;
        Node value;
        if (rest.isEmpty() || rest.startsWith(QLatin1Char('#')))
            value = node(indent, true);
        else {
            value = inlineValue(rest, indent, l.number);
            if (!value.isSequence() && !value.isMapping())
                noContinuation(indent, l.number);
        }
        m.insert(key, value);
    }
    return m;
}

Node Reader::sequence(int indent)
{
    Node s = Node::sequence();
    while (!failed()) {
        skipIgnorable();
        if (failed() || atEnd())
            break;
        Line &l = m_lines[m_pos];
        if (l.indent < indent || !isDashItem(l.text))
            break;
        if (l.indent > indent)
            return fail(l.number, QStringLiteral("unexpected indentation %1 inside a list at "
                                                 "indentation %2")
                                      .arg(l.indent)
                                      .arg(indent));
        qsizetype p = 1;
        while (p < l.text.size() && l.text.at(p) == QLatin1Char(' '))
            ++p;
        const QString rest = l.text.mid(p);
        if (rest.isEmpty() || rest.startsWith(QLatin1Char('#'))) {
            ++m_pos;
            s.append(node(indent, false));
            continue;
        }
        // The item's content starts a node in column indent+p: read it as its own line.
        l.indent = int(indent + p);
        l.text = rest;
        s.append(node(indent, false));
    }
    return s;
}

// A value written on the same line as its key or dash.
Node Reader::inlineValue(const QString &text, int parentIndent, int lineNo)
{
    const QChar c = text.front();
    if (c == QLatin1Char('|') || c == QLatin1Char('>'))
        return blockScalar(text, parentIndent, lineNo);
    if (isDashItem(text))
        return fail(lineNo, QStringLiteral("a list item is not allowed after a key on the same "
                                           "line; start the list on the next line"));
    if (c == QLatin1Char('&') || c == QLatin1Char('*') || c == QLatin1Char('!'))
        return fail(lineNo, QStringLiteral("anchors (&), aliases (*) and tags (!) are not "
                                           "supported"));
    if (c == QLatin1Char('[') || c == QLatin1Char('{')) {
        QString t = text.section(QStringLiteral(" #"), 0, 0);
        t.remove(QLatin1Char(' '));
        if (t == QLatin1String("[]"))
            return Node::sequence();
        if (t == QLatin1String("{}"))
            return Node::mapping();
        return fail(lineNo, QStringLiteral("flow collections ([…] or {…}) are supported only "
                                           "empty; write the items in block style"));
    }
    qsizetype end = 0;
    if (c == QLatin1Char('"')) {
        const QString s = doubleQuotedScalar(text, &end, lineNo);
        afterScalar(text, end, lineNo);
        return failed() ? Node() : Node(s);
    }
    if (c == QLatin1Char('\'')) {
        const QString s = singleQuotedScalar(text, &end, lineNo);
        afterScalar(text, end, lineNo);
        return failed() ? Node() : Node(s);
    }
    return plainScalar(text, lineNo);
}

void Reader::noContinuation(int indent, int lineNo)
{
    if (failed())
        return;
    skipIgnorable();
    if (!failed() && !atEnd() && m_lines[m_pos].indent > indent && m_lines[m_pos].number != lineNo)
        fail(m_lines[m_pos].number,
             QStringLiteral("a scalar continues on this line (multi-line plain or quoted "
                            "scalars are not supported; use a block scalar '|')"));
}

QString Reader::afterScalar(const QString &t, qsizetype end, int lineNo)
{
    const QString rest = t.mid(end);
    const QString trimmed = rest.trimmed();
    if (!trimmed.isEmpty() && !(trimmed.startsWith(QLatin1Char('#')) &&
                                (rest.startsWith(QLatin1Char(' ')) || rest.isEmpty())))
        fail(lineNo, QStringLiteral("unexpected text after a quoted scalar: '%1'").arg(trimmed));
    return {};
}

QString Reader::doubleQuotedScalar(const QString &t, qsizetype *end, int lineNo)
{
    QString out;
    qsizetype i = 1;
    for (; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == QLatin1Char('"')) {
            *end = i + 1;
            return out;
        }
        if (c != QLatin1Char('\\')) {
            out += c;
            continue;
        }
        if (++i >= t.size())
            break;
        const char e = t.at(i).toLatin1();
        auto hex = [&](int digits) {
            bool ok = false;
            const uint code = t.mid(i + 1, digits).toUInt(&ok, 16);
            if (!ok || t.mid(i + 1, digits).size() != digits) {
                fail(lineNo, QStringLiteral("a bad \\%1 escape in a double-quoted scalar")
                                 .arg(QLatin1Char(e)));
                return;
            }
            if (code > 0x10ffff) {
                fail(lineNo, QStringLiteral("the escape \\%1%2 is not a Unicode character")
                                 .arg(QLatin1Char(e))
                                 .arg(t.mid(i + 1, digits)));
                return;
            }
            // Not QString::fromUcs4: it drops a U+FEFF as a byte order mark.
            if (code < 0x10000) {
                out += QChar(char16_t(code));
            } else {
                out += QChar(QChar::highSurrogate(code));
                out += QChar(QChar::lowSurrogate(code));
            }
            i += digits;
        };
        switch (e) {
        case '0':
            out += QChar(0);
            break;
        case 'a':
            out += QChar(7);
            break;
        case 'b':
            out += QChar(8);
            break;
        case 't':
        case '\t':
            out += QChar(9);
            break;
        case 'n':
            out += QChar(10);
            break;
        case 'v':
            out += QChar(11);
            break;
        case 'f':
            out += QChar(12);
            break;
        case 'r':
            out += QChar(13);
            break;
        case 'e':
            out += QChar(27);
            break;
        case ' ':
            out += QLatin1Char(' ');
            break;
        case '"':
            out += QLatin1Char('"');
            break;
        case '/':
            out += QLatin1Char('/');
            break;
        case '\\':
            out += QLatin1Char('\\');
            break;
        case 'N':
            out += QChar(0x85);
            break;
        case '_':
            out += QChar(0xa0);
            break;
        case 'L':
            out += QChar(0x2028);
            break;
        case 'P':
            out += QChar(0x2029);
            break;
        case 'x':
            hex(2);
            break;
        case 'u':
            hex(4);
            break;
        case 'U':
            hex(8);
            break;
        default:
            fail(lineNo,
                 QStringLiteral("unknown escape '\\%1' in a double-quoted scalar").arg(t.at(i)));
        }
        if (failed())
            return {};
    }
    fail(lineNo, QStringLiteral("a double-quoted scalar does not end on its line (multi-line "
                                "quoted scalars are not supported)"));
    return {};
}

QString Reader::singleQuotedScalar(const QString &t, qsizetype *end, int lineNo)
{
    QString out;
    for (qsizetype i = 1; i < t.size(); ++i) {
        if (t.at(i) == QLatin1Char('\'')) {
            if (i + 1 < t.size() && t.at(i + 1) == QLatin1Char('\'')) {
                out += QLatin1Char('\'');
                ++i;
                continue;
            }
            *end = i + 1;
            return out;
        }
        out += t.at(i);
    }
    fail(lineNo, QStringLiteral("a single-quoted scalar does not end on its line (multi-line "
                                "quoted scalars are not supported)"));
    return {};
}

Node Reader::plainScalar(const QString &t, int lineNo)
{
    QString s = t;
    const qsizetype hash = s.indexOf(QLatin1String(" #"));
    if (hash >= 0)
        s = s.left(hash);
    s = s.trimmed();
    if (s.startsWith(QLatin1Char('@')) || s.startsWith(QLatin1Char('`')))
        return fail(lineNo, QStringLiteral("a plain scalar cannot start with '%1' (reserved); "
                                           "quote it")
                                .arg(s.front()));
    if (!s.isEmpty() && QStringLiteral(",]}").contains(s.front()))
        return fail(lineNo, QStringLiteral("a plain scalar cannot start with '%1' (a flow "
                                           "indicator); quote it")
                                .arg(s.front()));
    if (s.startsWith(QLatin1Char('%')))
        return fail(lineNo, QStringLiteral("a plain scalar cannot start with '%'; quote it"));
    if (s.contains(QLatin1String(": ")) || s.endsWith(QLatin1Char(':')))
        return fail(lineNo, QStringLiteral("a mapping value is not allowed here ('%1'); quote "
                                           "the text or start the mapping on its own line")
                                .arg(s));
    if (s.contains(QLatin1Char('\t')))
        return fail(lineNo, QStringLiteral("a tab inside a plain scalar; quote the text"));
    if (nullRe().match(s).hasMatch())
        return {};
    if (boolRe().match(s).hasMatch()) {
        const QString l = s.toLower();
        return Node(l == QLatin1String("yes") || l == QLatin1String("true") ||
                    l == QLatin1String("on"));
    }
    if (intRe().match(s).hasMatch()) {
        Node n = resolveInt(s);
        if (n.isString())
            return fail(lineNo, QStringLiteral("the integer %1 is too large").arg(s));
        return n;
    }
    if (floatRe().match(s).hasMatch())
        return resolveFloat(s);
    if (timestampRe().match(s).hasMatch())
        return fail(lineNo, QStringLiteral("'%1' reads as a timestamp in YAML 1.1, which this "
                                           "reader does not support; quote it")
                                .arg(s));
    if (s == QLatin1String("=") || s.startsWith(QLatin1String("<<")))
        return fail(lineNo,
                    QStringLiteral("'%1' has a special meaning in YAML 1.1; quote it").arg(s));
    return Node(s);
}

// A literal (|) or folded (>) block scalar whose header is on line lineNo; the content is
// indented more than parentIndent. Follows PyYAML's scanner (indentation detection, folding,
// chomping).
Node Reader::blockScalar(const QString &header, int parentIndent, int lineNo)
{
    const bool folded = header.front() == QLatin1Char('>');
    int increment = 0;
    int chomping = 0; // -1 strip, 0 clip, +1 keep
    qsizetype i = 1;
    for (; i < header.size() && i <= 2; ++i) {
        const QChar c = header.at(i);
        if ((c == QLatin1Char('+') || c == QLatin1Char('-')) && chomping == 0)
            chomping = c == QLatin1Char('+') ? 1 : -1;
        else if (c >= QLatin1Char('1') && c <= QLatin1Char('9') && increment == 0)
            increment = c.digitValue();
        else
            break;
    }
    const QString rest = header.mid(i);
    if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(' ')))
        return fail(lineNo, QStringLiteral("a bad block scalar header '%1'").arg(header));
    if (!rest.trimmed().isEmpty() && !rest.trimmed().startsWith(QLatin1Char('#')))
        return fail(lineNo, QStringLiteral("text after a block scalar header '%1'; the text "
                                           "starts on the next line")
                                .arg(header));

    const int minIndent = std::max(parentIndent + 1, 1);
    int indent = 0;
    qsizetype p = m_pos;
    if (increment) {
        indent = minIndent + increment - 1;
    } else {
        int maxIndent = 0;
        while (p < m_lines.size()) {
            const Line &l = m_lines[p];
            maxIndent = std::max(maxIndent, l.indent);
            if (!l.text.isEmpty())
                break;
            ++p;
        }
        indent = std::max(minIndent, maxIndent);
    }

    // The lines of the scalar: blank (fewer spaces than the indentation) or content.
    struct Item
    {
        bool blank;
        QString text;
        bool newline;
    };
    QList<Item> items;
    // As PyYAML's scanner: with the indentation detected, leading lines of spaces are line
    // breaks whatever their length; after that a line of at most `indent` spaces is a break and
    // a longer one is content (spaces). Spaces at the very end of the text (no line break after
    // them) are content only beyond the indentation.
    p = m_pos;
    bool leading = increment == 0;
    while (p < m_lines.size()) {
        const Line &l = m_lines[p];
        if (l.text.isEmpty()) {
            const bool spacesBeyond = l.indent > indent && !leading;
            if (!l.newline) {
                if (spacesBeyond)
                    items.append({false, QString(l.indent - indent, QLatin1Char(' ')), false});
                ++p;
                break;
            }
            if (spacesBeyond)
                items.append({false, QString(l.indent - indent, QLatin1Char(' ')), true});
            else
                items.append({true, {}, true});
        } else if (l.indent >= indent) {
            leading = false;
            items.append({false, QString(l.indent - indent, QLatin1Char(' ')) + l.text, l.newline});
        } else {
            break;
        }
        ++p;
    }
    m_pos = p;

    QString chunks;
    QString lineBreak;
    QString breaks;
    qsizetype k = 0;
    while (k < items.size() && items[k].blank) {
        breaks += QLatin1Char('\n');
        ++k;
    }
    while (k < items.size()) {
        chunks += breaks;
        const QString &text = items[k].text;
        const bool leadingNonSpace =
            !(text.startsWith(QLatin1Char(' ')) || text.startsWith(QLatin1Char('\t')));
        chunks += text;
        lineBreak = items[k].newline ? QStringLiteral("\n") : QString();
        ++k;
        breaks.clear();
        while (k < items.size() && items[k].blank) {
            breaks += QLatin1Char('\n');
            ++k;
        }
        if (k < items.size()) {
            const QString &next = items[k].text;
            if (folded && lineBreak == QLatin1String("\n") && leadingNonSpace &&
                !(next.startsWith(QLatin1Char(' ')) || next.startsWith(QLatin1Char('\t')))) {
                if (breaks.isEmpty())
                    chunks += QLatin1Char(' ');
            } else {
                chunks += lineBreak;
            }
        }
    }
    if (chomping != -1)
        chunks += lineBreak;
    if (chomping == 1)
        chunks += breaks;
    return Node(chunks);
}

} // namespace

std::optional<Node> read(const QByteArray &stream, ReadError *error)
{
    // One byte order mark is the encoding's; a second one is content (as PyYAML reads it).
    const QByteArray text = stream.startsWith("\xEF\xBB\xBF") ? stream.mid(3) : stream;
    if (text.startsWith("\xEF\xBB\xBF")) {
        if (error)
            *error = {1, QStringLiteral("a second byte order mark (U+FEFF) at the start")};
        return std::nullopt;
    }
    if (QString::fromUtf8(text).toUtf8() != text) {
        if (error)
            *error = {0, QStringLiteral("the text is not valid UTF-8")};
        return std::nullopt;
    }
    // PyYAML's reader refuses these anywhere in the stream (Reader.NON_PRINTABLE).
    const QString decoded = QString::fromUtf8(text);
    int line = 1;
    for (qsizetype i = 0; i < decoded.size(); ++i) {
        const QChar c = decoded.at(i);
        const char16_t u = c.unicode();
        if (u == '\n')
            ++line;
        // PyYAML breaks lines at these too; this reader only at \n (and \r\n).
        if ((u == '\r' && (i + 1 >= decoded.size() || decoded.at(i + 1) != QLatin1Char('\n'))) ||
            u == 0x85 || u == 0x2028 || u == 0x2029) {
            if (error)
                *error = {line, QStringLiteral("a line break other than \\n or \\r\\n (#x%1); "
                                               "write it escaped in a double-quoted scalar")
                                    .arg(uint(u), 4, 16, QLatin1Char('0'))};
            return std::nullopt;
        }
        const bool printable =
            u == 0x09 || u == 0x0a || u == 0x0d || (u >= 0x20 && u <= 0x7e) || u == 0x85 ||
            (u >= 0xa0 && u <= 0xd7ff) || (u >= 0xe000 && u <= 0xfffd) ||
            (c.isHighSurrogate() && i + 1 < decoded.size() && decoded.at(i + 1).isLowSurrogate());
        if (c.isHighSurrogate() && printable) {
            ++i;
            continue;
        }
        if (!printable) {
            if (error)
                *error = {line, QStringLiteral("unacceptable character #x%1: special characters "
                                               "are not allowed")
                                    .arg(uint(u), 4, 16, QLatin1Char('0'))};
            return std::nullopt;
        }
    }
    Reader r(text);
    auto result = r.document();
    if (!result && error)
        *error = r.error();
    return result;
}

QString describe(const ReadError &error)
{
    return error.line > 0 ? QStringLiteral("line %1: %2").arg(error.line).arg(error.message)
                          : error.message;
}

} // namespace dockervm::arm::yaml
