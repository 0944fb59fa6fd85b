#include "common/textsafety.h"

namespace dockervm {

bool isUnsafeControl(char32_t c)
{
    if (c < 0x20)
        return c != U'\n' && c != U'\t';
    if (c >= 0x7F && c <= 0x9F)
        return true;
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

namespace {

// Unicode East Asian Width W and F (UAX #11), the ranges a terminal draws two cells wide.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x231A && c <= 0x231B) ||
           (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xA000 && c <= 0xA4CF) || (c >= 0xA960 && c <= 0xA97F) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

int terminalColumns(QStringView text)
{
    int columns = 0;
    for (const char32_t c : text.toUcs4()) {
        const auto category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
            (c >= 0x1160 && c <= 0x11FF) || c == 0x200B)
            continue; // combining marks and Hangul jamo medial/final: no cell of their own
        columns += isWide(c) ? 2 : 1;
    }
    return columns;
}

QString padToColumns(const QString &text, int columns)
{
    const int used = terminalColumns(text);
    return used >= columns ? text : text + QString(columns - used, QLatin1Char(' '));
}

QString neutralizeControls(QStringView text, LineBreaks lineBreaks)
{
    // The common case (nothing to replace) costs one scan and no allocation beyond the copy.
    const auto unsafe = [lineBreaks](char16_t c) {
        return isUnsafeControl(c) || (c == u'\n' && lineBreaks == LineBreaks::Escape);
    };
    qsizetype first = 0;
    while (first < text.size() && !unsafe(text[first].unicode()))
        ++first;
    if (first == text.size())
        return text.toString();

    QString out;
    out.reserve(text.size() + 16);
    out += text.left(first);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (!unsafe(c)) {
            out += QChar(c);
        } else if (c < 0x20) {
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        } else {
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        }
    }
    return out;
}

SafeTerminalDevice::SafeTerminalDevice(std::FILE *stream) : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 SafeTerminalDevice::readData(char *, qint64)
{
    return -1;
}

qint64 SafeTerminalDevice::writeData(const char *data, qint64 size)
{
    // The decoder keeps an incomplete trailing sequence for the next write.
    const QString text = m_decoder(QByteArrayView(data, size));
    const QByteArray safe = neutralizeControls(text).toUtf8();
    if (!safe.isEmpty()) {
        if (std::fwrite(safe.constData(), 1, size_t(safe.size()), m_stream) != size_t(safe.size()))
            return -1;
        std::fflush(m_stream);
    }
    return size;
}

} // namespace dockervm
