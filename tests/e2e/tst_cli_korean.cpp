// `docker-vm` in Korean, end to end: the built binary with `--lang ko`, DOCKER_VM_LANG or a Korean
// system locale prints its usage, the command summaries (registered before main() runs, so
// translated when shown), option help and error messages in Korean; `--lang en` wins over the
// environment; an unknown language is a usage error.
#include "cli_harness.h"

#include <QFile>
#include <QTest>

#include <memory>

using namespace dockervm;

class TestCliKorean : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void helpInKorean();
    void errorsInKorean();
    void environmentAndSystemLocale();
    void unknownLanguageRefused();

private:
    testing::CliHarness::Result run(const QStringList &args, const QProcessEnvironment &extra = {});
    static QString text(const QByteArray &bytes) { return QString::fromUtf8(bytes); }
    std::unique_ptr<testing::CliHarness> m_harness;
};

void TestCliKorean::init()
{
    m_harness = std::make_unique<testing::CliHarness>();
    QVERIFY2(m_harness->isValid(), "DOCKERVM_CLI must name the built docker-vm");
}

testing::CliHarness::Result TestCliKorean::run(const QStringList &args,
                                               const QProcessEnvironment &extra)
{
    QProcessEnvironment env = extra;
    // The suite runs under LC_ALL=C.UTF-8; say so explicitly so only what a case sets counts.
    if (!env.contains(QStringLiteral("LC_ALL")))
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (!env.contains(QStringLiteral("DOCKER_VM_LANG")))
        env.insert(QStringLiteral("DOCKER_VM_LANG"), QString());
    env.insert(QStringLiteral("LANGUAGE"), QString());
    auto r = m_harness->run(args, env);
    if (!r.finished)
        QTest::qFail("docker-vm did not finish", __FILE__, __LINE__);
    return r;
}

void TestCliKorean::helpInKorean()
{
    const auto r = run({QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    const QString out = text(r.out);
    QVERIFY2(out.startsWith(QStringLiteral("사용법: docker-vm COMMAND [옵션]")), qPrintable(out));
    // Command summaries: registered during static initialisation, translated when printed.
    QVERIFY2(out.contains(QStringLiteral("Azure에 로그인하고(디바이스 코드) 구독을 저장합니다.")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("가상 머신을 제공하는 지역을 나열합니다.")),
             qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("Sign in to Azure")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("--lang ko|en")), qPrintable(out));

    // A command's own help: Qt's option list with our Korean option texts.
    const auto c =
        run({QStringLiteral("create"), QStringLiteral("--help"), QStringLiteral("--lang=ko")});
    QCOMPARE(c.exitCode, 0);
    const QString create = text(c.out);
    QVERIFY2(create.contains(QStringLiteral("사용법: docker-vm create [옵션]")),
             qPrintable(create));
    QVERIFY2(create.contains(QStringLiteral("Docker TLS 포트(기본값 4243).")), qPrintable(create));
    QVERIFY2(create.contains(QStringLiteral("이 도움말을 표시합니다.")), qPrintable(create));

    // A group word.
    const auto g = run({QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("account"),
                        QStringLiteral("--help")});
    QCOMPARE(g.exitCode, 0);
    QVERIFY2(text(g.out).contains(QStringLiteral("사용법: docker-vm account COMMAND [옵션]")),
             qPrintable(text(g.out)));
}

void TestCliKorean::errorsInKorean()
{
    // From the CLI itself.
    const auto usage =
        run({QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("check")});
    QCOMPARE(usage.exitCode, 2);
    QVERIFY2(text(usage.err).contains(QStringLiteral("check에는 HOST 하나만 지정합니다.")),
             qPrintable(text(usage.err)));
    const auto unknown =
        run({QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(
        text(unknown.err).startsWith(QStringLiteral("docker-vm: 알 수 없는 명령 'frobnicate'.")),
        qPrintable(text(unknown.err)));

    // From the core library (PublishSettings), through the CLI.
    const QString missing = m_harness->path(QStringLiteral("nowhere.publishsettings"));
    const auto import = run({QStringLiteral("--lang"), QStringLiteral("ko"),
                             QStringLiteral("account"), QStringLiteral("import"), missing});
    QVERIFY(import.exitCode != 0);
    const QString err = text(import.err);
    QVERIFY2(err.contains(
                 QStringLiteral("을(를) 가져올 수 없습니다: 파일이 없습니다. 경로를 확인하세요.")),
             qPrintable(err));
    QVERIFY2(err.contains(missing), qPrintable(err));
}

void TestCliKorean::environmentAndSystemLocale()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DOCKER_VM_LANG"), QStringLiteral("ko"));
    const auto byEnv = run({QStringLiteral("--help")}, env);
    QCOMPARE(byEnv.exitCode, 0);
    QVERIFY2(text(byEnv.out).startsWith(QStringLiteral("사용법:")), qPrintable(text(byEnv.out)));

    // --lang wins over the environment.
    const auto en =
        run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")}, env);
    QCOMPARE(en.exitCode, 0);
    QVERIFY2(text(en.out).startsWith(QLatin1String("Usage: docker-vm COMMAND [options]")),
             qPrintable(text(en.out)));

    // No option, no variable: the system's locale.
    QProcessEnvironment korean;
    korean.insert(QStringLiteral("LC_ALL"), QStringLiteral("ko_KR.UTF-8"));
    const auto bySystem = run({QStringLiteral("--help")}, korean);
    QCOMPARE(bySystem.exitCode, 0);
    QVERIFY2(text(bySystem.out).startsWith(QStringLiteral("사용법:")),
             qPrintable(text(bySystem.out)));
    const auto english = run({QStringLiteral("--help")});
    QVERIFY2(text(english.out).startsWith(QLatin1String("Usage:")), qPrintable(text(english.out)));
}

void TestCliKorean::unknownLanguageRefused()
{
    const auto r = run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("version")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(text(r.err).contains(QLatin1String("--lang fr: no such language. Choose ko (Korean) "
                                                "or en (English).")),
             qPrintable(text(r.err)));
    QVERIFY(r.out.isEmpty());
    const auto empty = run({QStringLiteral("version"), QStringLiteral("--lang")});
    QCOMPARE(empty.exitCode, 2);
    QVERIFY2(text(empty.err).contains(QLatin1String("--lang needs a language")),
             qPrintable(text(empty.err)));
}

QTEST_GUILESS_MAIN(TestCliKorean)
#include "tst_cli_korean.moc"
