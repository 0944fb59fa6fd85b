#pragma once

#include <QIODevice>
#include <QString>
#include <QStringDecoder>
#include <QStringView>

#include <cstdio>

namespace dockervm {

// Text that came from outside (a Docker daemon's ServerVersion or Name, an error body, an Azure
// reply) must not drive a terminal or a label: an ESC sequence can clear the screen, a CR can
// overwrite a line with a forged "✓", a bidi override can reorder what the reader sees.
//
// True for the characters neutralizeControls() replaces: C0 controls (U+0000–U+001F) except
// tab and line feed, DEL (U+007F), C1 controls (U+0080–U+009F), the bidi embeddings and
// overrides U+202A–U+202E and the isolates U+2066–U+2069.
bool isUnsafeControl(char32_t c);

enum class LineBreaks { Keep, Escape };

// The text with every unsafe character replaced by a visible escape: C0 controls as \xNN
// ("\x1b", "\x0d"), the others as \uNNNN ("\u007f", "\u009b", "\u202e"), so that JSON output
// stays valid JSON. With LineBreaks::Escape line feeds become "\x0a" too (one-line labels).
// Tab and, by default, line feed pass. Everything else, including backslashes, is unchanged.
QString neutralizeControls(QStringView text, LineBreaks lineBreaks = LineBreaks::Keep);

// The columns a text takes on a terminal: East Asian wide and fullwidth characters (Hangul,
// CJK, fullwidth forms) take two, combining marks none, everything else one. For aligned tables
// whose headers or cells may be Korean.
int terminalColumns(QStringView text);
// The text followed by spaces up to `columns` terminal columns (never cut): leftJustified() for
// the terminal's notion of width.
QString padToColumns(const QString &text, int columns);

// A write-only device over a C stream (stdout, stderr) that neutralises what passes through it:
// the one sink of the command line's output. Text arrives as UTF-8 in any split; a character cut
// between two writes is decoded once whole. Each write reaches the stream at once (flushed).
// Invalid UTF-8 comes out as U+FFFD.
class SafeTerminalDevice : public QIODevice
{
public:
    explicit SafeTerminalDevice(std::FILE *stream);

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    std::FILE *m_stream;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};

} // namespace dockervm
