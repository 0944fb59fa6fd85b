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
