// neutralizeControls() and SafeTerminalDevice: what may reach a terminal or a label from a
// daemon or from Azure.
#include "common/textsafety.h"

#include <QTest>
#include <QTextStream>

#include <cstdio>

using namespace dockervm;

class TstTextSafety : public QObject
{
    Q_OBJECT
private slots:
    void neutralize_data();
    void neutralize();
    void lineBreaksEscaped();
    void deviceNeutralisesSplitUtf8();
    void terminalColumnsOfKorean();
};

void TstTextSafety::neutralize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Docker 20.10.24 ✓ é")
                           << QStringLiteral("Docker 20.10.24 ✓ é");
    QTest::newRow("tab-newline") << QStringLiteral("a\tb\nc") << QStringLiteral("a\tb\nc");
    QTest::newRow("esc") << QStringLiteral("\x1b[2J") << QStringLiteral("\\x1b[2J");
    QTest::newRow("cr") << QStringLiteral("ok\r✓ forged") << QStringLiteral("ok\\x0d✓ forged");
    QTest::newRow("nul-bel") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("\x07"))
                             << QStringLiteral("a\\x00\\x07");
    QTest::newRow("del") << QString(QChar(0x7F)) << QStringLiteral("\\u007f");
    QTest::newRow("c1-csi") << QString(QChar(0x9B) + QStringLiteral("2J"))
                            << QStringLiteral("\\u009b2J");
    QTest::newRow("c1-bounds") << QString(QChar(0x80)) + QChar(0x9F) + QChar(0xA0)
                               << QStringLiteral("\\u0080\\u009f") + QChar(0xA0);
    QTest::newRow("bidi") << QString(QChar(0x202A)) + QChar(0x202E) + QChar(0x2066) +
                                 QChar(0x2069) + QChar(0x2029)
                          << QStringLiteral("\\u202a\\u202e\\u2066\\u2069") + QChar(0x2029);
    QTest::newRow("backslash-kept") << QStringLiteral("C:\\x1b") << QStringLiteral("C:\\x1b");
}

void TstTextSafety::neutralize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(neutralizeControls(input), expected);
}

void TstTextSafety::lineBreaksEscaped()
{
    QCOMPARE(neutralizeControls(u"a\nb\tc", LineBreaks::Escape), QStringLiteral("a\\x0ab\tc"));
}

void TstTextSafety::deviceNeutralisesSplitUtf8()
{
    std::FILE *file = std::tmpfile();
    QVERIFY(file);
    {
        SafeTerminalDevice device(file);
        // U+202E (E2 80 AE) and U+009B (C2 9B) cut between writes, as a stream may cut them.
        const QByteArray bytes = "a\x1b"
                                 "b\xe2\x80\xae"
                                 "c\xc2\x9b"
                                 "d\r\n✓";
        for (qsizetype i = 0; i < bytes.size(); ++i)
            QCOMPARE(device.write(bytes.mid(i, 1)), 1);
        QTextStream stream(&device);
        stream << QStringLiteral(" tail\x1b") << Qt::flush;
    }
    std::rewind(file);
    char buffer[256] = {};
    const size_t n = std::fread(buffer, 1, sizeof buffer - 1, file);
    std::fclose(file);
    QCOMPARE(QString::fromUtf8(buffer, qsizetype(n)),
             QStringLiteral("a\\x1bb\\u202ec\\u009bd\\x0d\n✓ tail\\x1b"));
}

// Korean table headers and cells line up: Hangul takes two terminal columns.
void TstTextSafety::terminalColumnsOfKorean()
{
    QCOMPARE(terminalColumns(u"NAME"), 4);
    QCOMPARE(terminalColumns(u"이름"), 4);
    QCOMPARE(terminalColumns(u"구독 ID"), 7);
    QCOMPARE(terminalColumns(u"e\u0301"), 1);       // e + combining acute
    QCOMPARE(terminalColumns(u"Ｄｏｃｋｅｒ"), 12); // fullwidth forms
    QCOMPARE(padToColumns(QStringLiteral("이름"), 8), QStringLiteral("이름    "));
    QCOMPARE(padToColumns(QStringLiteral("NAME"), 8), QStringLiteral("NAME    "));
    QCOMPARE(padToColumns(QStringLiteral("가상 머신"), 4), QStringLiteral("가상 머신"));
}

QTEST_GUILESS_MAIN(TstTextSafety)
#include "tst_textsafety.moc"
