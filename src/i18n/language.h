#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace dockervm::i18n {

// The languages the programs are translated into (translations/docker-vm_<code>.ts).
QStringList languages(); // {"en", "ko"}

// The language of the user interface, chosen once at start-up, before any text is translated:
//  1. `--lang ko|en` (or `--lang=ko`) among the arguments;
//  2. the DOCKER_VM_LANG environment variable;
//  3. the system's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Unix).
// The option is removed from *arguments so the programs' own parsers never see it twice.
struct Choice
{
    QLocale locale; // QLocale::system() unless --lang or DOCKER_VM_LANG chose one
    bool explicitly = false;
    QString error; // a --lang or DOCKER_VM_LANG value that names no translated language
};
Choice chooseLanguage(QStringList *arguments);

// Installs Qt's own translations (qtbase_<lang>.qm, when installed) and the programs'
// (:/i18n/docker-vm_<lang>.qm, embedded) for the locale, and makes it the default QLocale when it
// was chosen explicitly. English is the fallback for any language without a translation. Returns
// the language code loaded ("ko", "en"). Call once, right after the application object exists.
QString installTranslators(QCoreApplication *app, const Choice &choice);

// The help text of the --lang option, for the programs' option lists.
QString languageOptionHelp();

} // namespace dockervm::i18n
