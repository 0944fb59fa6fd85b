// The CLI's password prompt on a real terminal (Unix): `docker-vm create` without a password
// reads it from a pseudo-terminal with echo off, restores the terminal afterwards, and refuses to
// prompt when stdin is not a terminal. (The Windows console branch of readSecretFromTerminal
// cannot run here; this keeps the POSIX one honest.)
#include "cli_harness.h"

#include <QFile>
#include <QTest>
#include <QTimer>

#include <memory>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

using namespace dockervm;

class TestCliPasswordPrompt : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void promptReadsWithoutEchoAndRestores();
    void noTerminalNoPrompt();

private:
    std::unique_ptr<testing::CliHarness> m_harness;
    int m_master = -1;
    int m_slave = -1;
};

void TestCliPasswordPrompt::init()
{
    m_harness = std::make_unique<testing::CliHarness>();
    QVERIFY2(m_harness->isValid(), "DOCKERVM_CLI must name the built docker-vm");
}

void TestCliPasswordPrompt::cleanup()
{
#ifdef Q_OS_UNIX
    if (m_slave >= 0)
        ::close(m_slave);
    if (m_master >= 0)
        ::close(m_master);
#endif
    m_slave = m_master = -1;
}

void TestCliPasswordPrompt::promptReadsWithoutEchoAndRestores()
{
#ifndef Q_OS_UNIX
    QSKIP("pseudo-terminals are a Unix thing");
#else
    m_master = ::posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(m_master >= 0);
    QVERIFY(::grantpt(m_master) == 0 && ::unlockpt(m_master) == 0);
    const QString slaveName = QString::fromLocal8Bit(::ptsname(m_master));
    m_slave = ::open(slaveName.toLocal8Bit().constData(), O_RDWR | O_NOCTTY);
    QVERIFY(m_slave >= 0);
    ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);

    // The probe: a fresh terminal echoes what is typed, so the check below can see an echo.
    QByteArray echoed;
    auto drain = [&] {
        char buf[512];
        for (;;) {
            const auto n = ::read(m_master, buf, sizeof buf);
            if (n <= 0)
                break;
            echoed.append(buf, n);
        }
    };
    QVERIFY(::write(m_master, "probe\n", 6) == 6);
    QTRY_VERIFY(([&] {
        drain();
        return echoed.contains("probe");
    }()));
    ::tcflush(m_slave, TCIFLUSH);
    echoed.clear();

    const QByteArray password = "Pr0mpt-Secret-2014!";
    auto echoOff = [this] {
        termios t{};
        return ::tcgetattr(m_slave, &t) == 0 && !(t.c_lflag & ECHO);
    };
    QByteArray err;
    bool typed = false;
    QTimer typist;
    typist.setInterval(10);
    QObject::connect(&typist, &QTimer::timeout, &typist, [&] {
        drain();
        // Type only once the prompt is shown and echo is off (a person is that slow).
        if (typed || !err.contains("Password for azureuser on the VM: ") || !echoOff())
            return;
        const QByteArray line = password + '\n';
        typed = ::write(m_master, line.constData(), size_t(line.size())) == line.size();
    });
    typist.start();
    // A DNS name the rules refuse: after the password, create stops before any request.
    const auto r = m_harness->run({QStringLiteral("create"), QStringLiteral("9bad"),
                                   QStringLiteral("UbuntuLTS"), QStringLiteral("azureuser")},
                                  {}, 60000, [&](QProcess &p) {
                                      p.setStandardInputFile(slaveName);
                                      QObject::connect(&p, &QProcess::readyReadStandardError, &p,
                                                       [&] { err += p.readAllStandardError(); });
                                  });
    typist.stop();
    drain();
    QVERIFY(r.finished);
    err += r.err;
    QVERIFY2(typed, err.constData());
    QCOMPARE(r.exitCode, 2);
    // The password was read (else: "No password given"), and the rules ran.
    QVERIFY2(err.contains("The DNS name must start with a letter."), err.constData());
    QVERIFY2(!err.contains("No password given"), err.constData());
    // Never echoed to the terminal, nor printed.
    QVERIFY2(!echoed.contains(password), echoed.constData());
    QVERIFY(!err.contains(password) && !r.out.contains(password));
    // The terminal echoes again.
    termios after{};
    QCOMPARE(::tcgetattr(m_slave, &after), 0);
    QVERIFY(after.c_lflag & ECHO);
#endif
}

void TestCliPasswordPrompt::noTerminalNoPrompt()
{
    // stdin a plain file: no prompt, the ways to give the password named instead.
    const QString file = m_harness->path(QStringLiteral("input.txt"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not-a-terminal-password\n");
    }
    const auto r = m_harness->run({QStringLiteral("create"), QStringLiteral("demo-host"),
                                   QStringLiteral("UbuntuLTS"), QStringLiteral("azureuser")},
                                  {}, 60000, [&](QProcess &p) { p.setStandardInputFile(file); });
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("No password given. Pass it with --password-file, DOCKER_VM_PASSWORD "
                            "or at the prompt."),
             r.err.constData());
    QVERIFY(!r.err.contains("Password for"));
}

QTEST_GUILESS_MAIN(TestCliPasswordPrompt)
#include "tst_cli_password_prompt.moc"
