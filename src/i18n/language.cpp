#include "i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace dockervm::i18n {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dockervm::i18n::Language)
};

const QString kResourceDir = QStringLiteral(":/i18n");
const QString kBaseName = QStringLiteral("docker-vm");

// "ko", "ko_KR", "ko-KR", "KO" → "ko"; anything not translated → empty.
QString normalized(const QString &value)
{
    const QString code =
        value.trimmed().toLower().section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
    return languages().contains(code) ? code : QString();
}

QLocale localeFor(const QString &code)
{
    return code == QLatin1String("ko") ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                       : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

QStringList languages()
{
    return {QStringLiteral("en"), QStringLiteral("ko")};
}

Choice chooseLanguage(QStringList *arguments)
{
    Choice choice;
    choice.locale = QLocale::system();
    QString value;
    bool given = false;
    QString source;
    // Program name first; stop at "--" (what follows is operands).
    for (qsizetype i = 1; i < arguments->size(); ++i) {
        const QString arg = arguments->at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg == QLatin1String("--lang")) {
            given = true;
            value = arguments->value(i + 1);
            arguments->remove(i, qMin<qsizetype>(2, arguments->size() - i));
            source = QStringLiteral("--lang");
            break;
        }
        if (arg.startsWith(QLatin1String("--lang="))) {
            given = true;
            value = arg.mid(7);
            arguments->remove(i);
            source = QStringLiteral("--lang");
            break;
        }
    }
    if (!given && qEnvironmentVariableIsSet("DOCKER_VM_LANG") &&
        !qEnvironmentVariable("DOCKER_VM_LANG").isEmpty()) {
        given = true;
        value = qEnvironmentVariable("DOCKER_VM_LANG");
        source = QStringLiteral("DOCKER_VM_LANG");
    }
    if (!given)
        return choice;
    const QString code = normalized(value);
    if (code.isEmpty()) {
        // Said in the language the system would have chosen: the translator is not installed
        // yet, so the caller translates this after installTranslators().
        choice.error = value.isEmpty()
                           ? Tr::tr("%1 needs a language: ko (Korean) or en (English).").arg(source)
                           : Tr::tr("%1 %2: no such language. Choose ko (Korean) or en (English).")
                                 .arg(source, value);
        return choice;
    }
    choice.locale = localeFor(code);
    choice.explicitly = true;
    return choice;
}

QString installTranslators(QCoreApplication *app, const Choice &choice)
{
    if (choice.explicitly)
        QLocale::setDefault(choice.locale);
    // Qt's own texts (standard buttons, QCommandLineParser's errors) when the distribution
    // installed them (Debian: qt6-translations-l10n); English is built in.
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(choice.locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *translator = new QTranslator(app);
    if (!translator->load(choice.locale, kBaseName, QStringLiteral("_"), kResourceDir) &&
        !translator->load(localeFor(QStringLiteral("en")), kBaseName, QStringLiteral("_"),
                          kResourceDir)) {
        delete translator;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(translator);
    const QString code = normalized(translator->language());
    return code.isEmpty() ? QStringLiteral("en") : code;
}

QString languageOptionHelp()
{
    return Tr::tr("Show texts in this language: ko (Korean) or en (English). Default: the "
                  "DOCKER_VM_LANG environment variable, else the system's language.");
}

} // namespace dockervm::i18n
