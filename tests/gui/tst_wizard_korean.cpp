// The wizard in Korean, as `docker-vm-wizard --lang ko` starts it: the translators of
// src/i18n (the embedded :/i18n/docker-vm_ko.qm) installed before any widget exists, then the real
// wizard over demo mode's simulators. Page titles, buttons, a validation message and the visible
// texts of each page are Korean; the Korean mnemonics ("다음(&N)") work and stay unique per page.
#include "i18n/language.h"
#include "sim/demoenvironment.h"
#include "ui/setupwizard.h"
#include "wizard/catalogue.h"
#include "wizard/provisioningsession.h"
#include "wizard/setupcontroller.h"
#include "wizard/subscriptions.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace dockervm;
using Page = wizard::SetupController::Page;
using Controller = wizard::SetupController;

namespace {

bool hasHangul(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF) ||
            (u >= 0x3130 && u <= 0x318F))
            return true;
    }
    return false;
}

// A text without Hangul is fine only when it is a name or a value, not a sentence: product and
// protocol names, numbers, host, file and region names, sizes, dates (what the simulator and the
// user supply).
bool acceptableWithoutHangul(const QString &text)
{
    QString t = text;
    t.remove(QLatin1Char('&'));
    static const QRegularExpression allowed(QStringLiteral(
        "^(|[\\s\\d.,:;/()%<>+*×—–-]*|Docker|Azure|Azure Resource Manager|Docker VM Wizard|"
        "Demo Subscription|[A-Za-z0-9._~/-]+\\.(net|com|pem|publishsettings)|"
        "[\\w .()-]*(US|Europe|Asia|Japan|Brazil|Australia|UK|India|Korea|Canada)[\\w .()-]*|"
        "[0-9a-f-]{36}|Ubuntu.*|ID:?|Windows Azure "
        "Tools|Standard_\\w+|ExtraSmall|Small|Medium|Large|"
        "ExtraLarge|A[0-9]+|azureuser|wizard-ko|9bad|\\d{4}-\\d\\d-\\d\\d.*)$"));
    return allowed.match(t.trimmed()).hasMatch();
}

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return QChar();
}

} // namespace

class tst_WizardKorean : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void pagesButtonsAndValidationInKorean();
    void englishWhenAskedFor();

private:
    void makeWizard();
    // Every visible text of the current page is Korean (or a name); mnemonics are unique.
    void verifyPageKorean(const QString &where);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sim::DemoEnvironment> m_env;
    std::unique_ptr<Controller> m_controller;
    std::unique_ptr<ui::SetupWizard> m_wizard;
};

void tst_WizardKorean::initTestCase()
{
    Q_INIT_RESOURCE(wizard);
    QStandardPaths::setTestModeEnabled(true);
    // What app/gui/main.cpp does with `--lang ko`, under the suite's LC_ALL=C.UTF-8.
    QStringList args{QStringLiteral("docker-vm-wizard"), QStringLiteral("--lang"),
                     QStringLiteral("ko"), QStringLiteral("--demo")};
    const i18n::Choice choice = i18n::chooseLanguage(&args);
    QVERIFY2(choice.error.isEmpty(), qPrintable(choice.error));
    QCOMPARE(args, (QStringList{QStringLiteral("docker-vm-wizard"), QStringLiteral("--demo")}));
    QCOMPARE(i18n::installTranslators(qApp, choice), QStringLiteral("ko"));
    QCOMPARE(QLocale().language(), QLocale::Korean);
}

void tst_WizardKorean::makeWizard()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    sim::DemoEnvironment::Options envOptions;
    envOptions.latencyMs = 0;
    envOptions.operationDelayMs = 80;
    envOptions.bootDelayMs = 150;
    envOptions.extensionDelayMs = 150;
    envOptions.pollIntervalMs = 40;
    envOptions.fastKeys = true;
    envOptions.baseDir = m_dir->path();
    m_env = std::make_unique<sim::DemoEnvironment>(envOptions);
    QString error;
    QVERIFY2(m_env->start(&error), qPrintable(error));
    Controller::Options o;
    o.demo = true;
    o.accountConfigDir = m_env->accountConfigDir();
    o.accountDataDir = m_env->accountDataDir();
    o.settingsFile = m_env->settingsFile();
    o.defaultCertDir = m_env->certDir();
    o.networkAccessManager = m_env->networkAccessManager();
    o.client = m_env->clientOptions();
    o.provisioner = m_env->provisionerOptions();
    o.keyType = m_env->keyType();
    o.nameDebounceMs = 40;
    m_controller = std::make_unique<Controller>(o);
    QTRY_VERIFY(m_controller->subscriptions()->client());
    m_wizard = std::make_unique<ui::SetupWizard>(m_controller.get());
    m_wizard->show();
    QApplication::setActiveWindow(m_wizard.get());
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
}

void tst_WizardKorean::cleanup()
{
    if (m_env)
        QCOMPARE(m_env->networkAccessManager()->refusedCount(), 0);
    m_wizard.reset();
    m_controller.reset();
    m_env.reset();
    m_dir.reset();
}

void tst_WizardKorean::verifyPageKorean(const QString &where)
{
    QWizardPage *page = m_wizard->currentPage();
    QStringList english;
    auto check = [&](const QString &text, const QObject *o) {
        if (!hasHangul(text) && !acceptableWithoutHangul(text))
            english << QStringLiteral("%1 \"%2\"").arg(o->objectName(), text);
    };
    check(page->title(), page);
    check(page->subTitle(), page);
    QHash<QChar, QString> seen;
    QStringList clashes;
    auto addMnemonic = [&](const QString &text) {
        const QChar m = mnemonicOf(text);
        if (m.isNull())
            return;
        if (m.unicode() > 127)
            clashes << QStringLiteral("non-ASCII mnemonic in \"%1\"").arg(text);
        if (seen.contains(m))
            clashes << QStringLiteral("Alt+%1: \"%2\" and \"%3\"").arg(m, seen.value(m), text);
        else
            seen.insert(m, text);
    };
    for (auto *l : page->findChildren<QLabel *>()) {
        if (!l->isVisible())
            continue;
        // Rich text: the words, not the tags.
        QString text = l->text();
        text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        check(text, l);
        if (l->buddy())
            addMnemonic(l->text());
    }
    for (auto *b : m_wizard->findChildren<QAbstractButton *>()) {
        if (!b->isVisible())
            continue;
        check(b->text(), b);
        addMnemonic(b->text());
    }
    for (auto *t : page->findChildren<QTabWidget *>())
        for (int i = 0; t->isVisible() && i < t->count(); ++i) {
            check(t->tabText(i), t);
            addMnemonic(t->tabText(i));
        }
    QVERIFY2(english.isEmpty(),
             qPrintable(where + QStringLiteral(": English left: ") + english.join(u"; ")));
    QVERIFY2(clashes.isEmpty(), qPrintable(where + QStringLiteral(": ") + clashes.join(u"; ")));
}

void tst_WizardKorean::pagesButtonsAndValidationInKorean()
{
    makeWizard();
    QCOMPARE(m_wizard->currentId(), int(Page::Welcome));
    QCOMPARE(m_wizard->currentPage()->title(), QStringLiteral("Azure 가상 머신에서 Docker 실행"));
    QCOMPARE(m_wizard->button(QWizard::NextButton)->text(), QStringLiteral("다음(&N) >"));
    QCOMPARE(m_wizard->button(QWizard::CancelButton)->text(), QStringLiteral("취소"));
    verifyPageKorean(QStringLiteral("welcome"));
    if (QTest::currentTestFailed())
        return;

    // The Korean mnemonic works: Alt+N is Next.
    QTest::keyClick(m_wizard.get(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Subscription));
    QCOMPARE(m_wizard->currentPage()->title(), QStringLiteral("Azure 구독"));
    QTRY_COMPARE(m_wizard->findChild<QListWidget *>(QStringLiteral("subscriptionList"))->count(),
                 1);
    QCOMPARE(m_wizard->button(QWizard::BackButton)->text(), QStringLiteral("< 뒤로(&B)"));
    verifyPageKorean(QStringLiteral("subscription"));
    if (QTest::currentTestFailed())
        return;

    QTest::keyClick(m_wizard.get(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Region));
    QCOMPARE(m_wizard->currentPage()->title(), QStringLiteral("지역"));
    QTRY_COMPARE(m_controller->catalogue()->locationsState(), wizard::Catalogue::LoadState::Loaded);
    verifyPageKorean(QStringLiteral("region"));
    if (QTest::currentTestFailed())
        return;

    QTest::keyClick(m_wizard.get(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(Page::Image));
    QCOMPARE(m_wizard->currentPage()->title(), QStringLiteral("이미지"));
    QTRY_COMPARE(m_controller->catalogue()->imagesState(), wizard::Catalogue::LoadState::Loaded);
    QTRY_VERIFY(!m_controller->catalogue()->imageName().isEmpty());

    QTest::keyClick(m_wizard.get(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(Page::VirtualMachine));
    QCOMPARE(m_wizard->currentPage()->title(), QStringLiteral("가상 머신"));

    // A validation message, from the core's rules (context VmSpec), shown under the field.
    auto *dns = m_wizard->findChild<QLineEdit *>(QStringLiteral("dnsNameEdit"));
    QVERIFY(dns);
    QTRY_COMPARE(QApplication::focusWidget(), dns);
    QTest::keyClicks(dns, QStringLiteral("9bad"));
    auto *status = m_wizard->findChild<QLabel *>(QStringLiteral("nameStatus"));
    QVERIFY(status);
    QTRY_VERIFY2(status->text().contains(QStringLiteral("DNS 이름은 문자로 시작해야 합니다.")),
                 qPrintable(status->text()));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    verifyPageKorean(QStringLiteral("virtual machine"));
    if (QTest::currentTestFailed())
        return;
}

// The same build shows English when English is chosen: the translators are replaced, and the
// wizard made afterwards speaks English (what `--lang en` on a Korean desktop gives).
void tst_WizardKorean::englishWhenAskedFor()
{
    QStringList args{QStringLiteral("docker-vm-wizard"), QStringLiteral("--lang=en")};
    const i18n::Choice choice = i18n::chooseLanguage(&args);
    QCOMPARE(args, QStringList{QStringLiteral("docker-vm-wizard")});
    // Remove the Korean translators first (the programs install once; the test switches).
    for (QTranslator *t : qApp->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);
    QCOMPARE(i18n::installTranslators(qApp, choice), QStringLiteral("en"));
    makeWizard();
    QCOMPARE(m_wizard->currentPage()->title(),
             QStringLiteral("Run Docker on an Azure virtual machine"));
    QCOMPARE(m_wizard->button(QWizard::NextButton)->text(), QStringLiteral("&Next >"));

    // An unknown language is refused, naming the choices.
    QStringList bad{QStringLiteral("x"), QStringLiteral("--lang"), QStringLiteral("fr")};
    const i18n::Choice refused = i18n::chooseLanguage(&bad);
    QVERIFY(refused.error.contains(QLatin1String("fr")));
    QVERIFY(refused.error.contains(QLatin1String("ko")));
}

QTEST_MAIN(tst_WizardKorean)
#include "tst_wizard_korean.moc"
