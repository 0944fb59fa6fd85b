// The translations stay complete and extractable. lupdate runs over src/, ui/ and app/ into
// temporary copies of translations/*.ts (the real ones are never touched) and the test fails on:
//  - any lupdate warning: a tr() it cannot attribute to a context ("tr() cannot be called without
//    context", "Class 'X' lacks Q_OBJECT macro", "Qualifying with unknown namespace/class"), so a
//    text would never be extracted or would sit under a context no lookup uses;
//  - a Korean text left unfinished (new in the sources, not translated yet) or vanished/obsolete
//    (the source text changed or went: its translation is dead weight);
//  - an English plural form (%n) left unfinished;
//  - a Korean translation whose placeholders (%1..%99, %n) or mnemonic count (&) differ from its
//    source text, or whose mnemonic is not an ASCII letter or digit (Korean UIs write "다음(&N)").
// checkerCatchesEachMistake() shows each rule firing on a small synthetic project.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations.append(xml.readElementText());
            } else {
                current.translations.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(n|[1-9][0-9]?)"));
    QStringList found;
    for (const auto &m : re.globalMatch(text))
        found.append(m.captured(0));
    found.sort();
    return found;
}

// The characters after each mnemonic '&': not "&&" (a literal ampersand) and not an entity of
// rich text (&lt; &amp; &#160;).
QStringList mnemonics(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&(&|[A-Za-z]+;|#[0-9]+;|.)"),
                                       QRegularExpression::DotMatchesEverythingOption);
    QStringList found;
    for (const auto &m : re.globalMatch(text)) {
        const QString after = m.captured(1);
        if (after == QLatin1String("&") || after.size() > 1 || after.at(0).isSpace())
            continue;
        found.append(after);
    }
    return found;
}

QString where(const Message &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(80));
}

// What is wrong with one .ts file; `complete`: every text needs a translation (Korean), else only
// the plural forms do (English, the source language).
QStringList problems(const QString &tsPath, bool complete)
{
    QString error;
    const QList<Message> messages = readTs(tsPath, &error);
    if (!error.isEmpty())
        return {error};
    QStringList out;
    const QString file = QFileInfo(tsPath).fileName();
    for (const Message &m : messages) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
            out.append(
                QStringLiteral("%1: vanished (no longer in the sources): %2").arg(file, where(m)));
            continue;
        }
        if (m.type == QLatin1String("unfinished")) {
            if (complete || m.numerus)
                out.append(QStringLiteral("%1: unfinished: %2").arg(file, where(m)));
            continue;
        }
        for (const QString &t : m.translations) {
            if (t.isEmpty()) {
                out.append(QStringLiteral("%1: empty translation: %2").arg(file, where(m)));
                continue;
            }
            QStringList want = placeholders(m.source);
            QStringList got = placeholders(t);
            if (m.numerus) { // a singular form may say "one" instead of %n
                want.removeAll(QStringLiteral("%n"));
                got.removeAll(QStringLiteral("%n"));
            }
            if (want != got)
                out.append(QStringLiteral("%1: placeholders %2 in the source, %3 in \"%4\": %5")
                               .arg(file, want.join(QLatin1Char(' ')), got.join(QLatin1Char(' ')),
                                    t, where(m)));
            const QStringList sourceKeys = mnemonics(m.source);
            const QStringList keys = mnemonics(t);
            if (sourceKeys.size() != keys.size())
                out.append(QStringLiteral("%1: %2 mnemonic(s) in the source, %3 in \"%4\": %5")
                               .arg(file)
                               .arg(sourceKeys.size())
                               .arg(keys.size())
                               .arg(t, where(m)));
            for (const QString &k : keys) {
                if (k.at(0).unicode() > 127 || !k.at(0).isLetterOrNumber())
                    out.append(QStringLiteral("%1: mnemonic '&%2' is not an ASCII letter or "
                                              "digit in \"%3\": %4")
                                   .arg(file, k, t, where(m)));
            }
        }
    }
    return out;
}

// Runs lupdate like the dockervm_i18n_lupdate target does; returns its warnings.
QStringList runLupdate(const QString &root, const QStringList &dirs, const QStringList &tsFiles,
                       QString *failure)
{
    const QString lupdate = qEnvironmentVariable("DOCKERVM_LUPDATE");
    QStringList args{QStringLiteral("-I"),         root,
                     QStringLiteral("-I"),         root + QStringLiteral("/src"),
                     QStringLiteral("-I"),         root + QStringLiteral("/app/cli"),
                     QStringLiteral("-locations"), QStringLiteral("none")};
    for (const QString &d : dirs)
        args.append(root + QLatin1Char('/') + d);
    args.append(QStringLiteral("-ts"));
    args.append(tsFiles);
    QProcess p;
    p.start(lupdate, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *failure = QStringLiteral("lupdate (%1) failed: %2 %3")
                       .arg(lupdate, p.errorString(), QString::fromUtf8(p.readAllStandardError()));
        return {};
    }
    QStringList warnings;
    const QString err = QString::fromUtf8(p.readAllStandardError());
    for (const QString &line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("Scanning directory")))
            continue;
        warnings.append(line);
    }
    return warnings;
}

bool write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DOCKERVM_LUPDATE") ||
            qEnvironmentVariableIsEmpty("DOCKERVM_SOURCE_DIR"))
            QFAIL("DOCKERVM_LUPDATE and DOCKERVM_SOURCE_DIR must be set (tests/CMakeLists.txt)");
    }

    void everyTextExtractedAndTranslated()
    {
        const QString root = qEnvironmentVariable("DOCKERVM_SOURCE_DIR");
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QStringList copies;
        for (const char *lang : {"ko", "en"}) {
            const QString name = QStringLiteral("docker-vm_%1.ts").arg(QLatin1String(lang));
            const QString copy = tmp.filePath(name);
            QVERIFY(QFile::copy(root + QStringLiteral("/translations/") + name, copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            copies.append(copy);
        }
        QString failure;
        const QStringList warnings =
            runLupdate(root, {QStringLiteral("src"), QStringLiteral("ui"), QStringLiteral("app")},
                       copies, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY2(warnings.isEmpty(),
                 qPrintable(QStringLiteral("lupdate cannot extract every text (use tr() of a class "
                                           "with Q_OBJECT or Q_DECLARE_TR_FUNCTIONS, or "
                                           "QT_TRANSLATE_NOOP):\n") +
                            warnings.join(QLatin1Char('\n'))));
        QStringList found = problems(copies.at(0), true);
        found += problems(copies.at(1), false);
        QVERIFY2(
            found.isEmpty(),
            qPrintable(QStringLiteral("%1 problem(s); run the dockervm_i18n_lupdate target and "
                                      "translate (Qt Linguist):\n")
                           .arg(found.size()) +
                       found.join(QLatin1Char('\n'))));
        // Not an empty pass: the Korean file holds the texts.
        QString error;
        QVERIFY(readTs(copies.at(0), &error).size() > 1000);
    }

    // Each rule fires: a synthetic project with one mistake of every kind.
    void checkerCatchesEachMistake()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString root = tmp.path();
        // A file-local wrapper lupdate cannot see through, and two well-formed texts.
        QVERIFY(
            write(root + QStringLiteral("/app/cli/a.cpp"),
                  "#include <QCoreApplication>\n"
                  "namespace {\n"
                  "QString tr(const char *t) { return QCoreApplication::translate(\"cli\", t); }\n"
                  "struct Tr { Q_DECLARE_TR_FUNCTIONS(cli) };\n"
                  "}\n"
                  "QString f() { return tr(\"hidden\"); }\n"
                  "QString g() { return Tr::tr(\"&Next %1\"); }\n"
                  "QString h() { return Tr::tr(\"new text\"); }\n"
                  "QString i() { return Tr::tr(\"%n file(s)\", nullptr, 2); }\n"));
        QVERIFY(write(root + QStringLiteral("/ko.ts"),
                      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
                      "<TS version=\"2.1\" language=\"ko_KR\">\n<context>\n<name>cli</name>\n"
                      "<message><source>&amp;Next %1</source>"
                      "<translation>다음(&amp;다) %2 &amp;B</translation></message>\n"
                      "<message><source>gone</source><translation>없음</translation></message>\n"
                      "<message numerus=\"yes\"><source>%n file(s)</source><translation>"
                      "<numerusform>파일 %n개</numerusform></translation></message>\n"
                      "</context>\n</TS>\n"));
        QVERIFY(write(root + QStringLiteral("/en.ts"),
                      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
                      "<TS version=\"2.1\" language=\"en_US\">\n</TS>\n"));
        QString failure;
        const QStringList warnings = runLupdate(
            root, {QStringLiteral("app")},
            {root + QStringLiteral("/ko.ts"), root + QStringLiteral("/en.ts")}, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY2(warnings.join(QLatin1Char('\n')).contains(QLatin1String("a.cpp:6")),
                 qPrintable(warnings.join(QLatin1Char('\n'))));

        const QString ko = problems(root + QStringLiteral("/ko.ts"), true).join(QLatin1Char('\n'));
        QVERIFY2(ko.contains(QLatin1String("unfinished: [cli] \"new text\"")), qPrintable(ko));
        QVERIFY2(ko.contains(QLatin1String("vanished (no longer in the sources): [cli] \"gone\"")),
                 qPrintable(ko));
        QVERIFY2(ko.contains(QLatin1String("placeholders %1 in the source, %2 in")),
                 qPrintable(ko));
        QVERIFY2(ko.contains(QLatin1String("1 mnemonic(s) in the source, 2 in")), qPrintable(ko));
        QVERIFY2(ko.contains(QStringLiteral("mnemonic '&다' is not an ASCII letter")),
                 qPrintable(ko));
        QVERIFY2(!ko.contains(QLatin1String("file(s)")), qPrintable(ko)); // that one is right
        const QString en = problems(root + QStringLiteral("/en.ts"), false).join(QLatin1Char('\n'));
        // English needs only the plural forms.
        QVERIFY2(en.contains(QLatin1String("unfinished: [cli] \"%n file(s)\"")), qPrintable(en));
        QVERIFY2(!en.contains(QLatin1String("new text")), qPrintable(en));
    }

    void mnemonicsIgnoreEntitiesAndLiteralAmpersands()
    {
        QCOMPARE(mnemonics(QStringLiteral("&lt;name&gt; &amp; &#160; A && B")), QStringList());
        QCOMPARE(mnemonics(QStringLiteral("다음(&N) >")), QStringList{QStringLiteral("N")});
        QCOMPARE(placeholders(QStringLiteral("%2을(를) %1에 %n개, 100%")),
                 (QStringList{QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%n")}));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
