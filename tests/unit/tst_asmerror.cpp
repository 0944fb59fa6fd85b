#include "classic/asmerror.h"

#include "asm_fixtures.h"

#include <QTest>

using namespace dockervm::classic;
using dockervm::testing::asmFixture;

class TestAsmError : public QObject
{
    Q_OBJECT
private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messageStart");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("400") << "error-400-badrequest-create-deployment-invalid-port-2016-04.xml"
                             << 400 << "BadRequest"
                             << "A parameter was incorrect" << false;
        QTest::newRow("404") << "error-404-resourcenotfound-no-deployments-2014-09.xml" << 404
                             << "ResourceNotFound"
                             << "No deployments were found." << false;
        QTest::newRow("409 registered")
            << "error-409-conflicterror-already-registered.xml" << 409 << "ConflictError"
            << "The resource type website" << false;
        QTest::newRow("409 exclusive")
            << "error-409-conflicterror-exclusive-access.xml" << 409 << "ConflictError"
            << "Windows Azure is currently performing" << true;
        QTest::newRow("503") << "error-503-toomanyrequests-2015-03.xml" << 503 << "TooManyRequests"
                             << "Too many requests received." << true;
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, messageStart);
        QFETCH(bool, retryable);
        const AsmError e =
            AsmError::fromHttpReply(status, asmFixture(file), QStringLiteral("req-1"));
        QVERIFY(e.isError());
        QCOMPARE(e.kind, AsmError::Kind::Http);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.code, code);
        QVERIFY2(e.message.startsWith(messageStart), qPrintable(e.message));
        QCOMPARE(e.isRetryable(), retryable);
        QVERIFY(!e.explanation.isEmpty());
        QVERIFY(!e.nextStep.isEmpty());
        QCOMPARE(e.requestId, QStringLiteral("req-1"));
        const QString text = e.toString();
        QVERIFY(text.contains(code));
        QVERIFY(text.contains(QStringLiteral("req-1")));
        QVERIFY(e.summary().contains(messageStart));
    }

    void forbidden()
    {
        const QByteArray body =
            "<Error xmlns=\"http://schemas.microsoft.com/windowsazure\" "
            "xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\"><Code>ForbiddenError</Code>"
            "<Message>The server failed to authenticate the request. Verify that the certificate "
            "is "
            "valid and is associated with this subscription.</Message></Error>";
        const AsmError e = AsmError::fromHttpReply(403, body);
        QCOMPARE(e.code, QStringLiteral("ForbiddenError"));
        QVERIFY(e.isAuthenticationError());
        QVERIFY(!e.isRetryable());
        QVERIFY(e.explanation.contains(QStringLiteral("management certificate is not accepted")));
        QVERIFY(e.nextStep.contains(QStringLiteral(".publishsettings")));
        const AsmError e2 = AsmError::fromHttpReply(
            403, "<Error><Code>AuthenticationFailed</Code><Message>x</Message></Error>");
        QCOMPARE(e2.explanation, e.explanation);
    }

    void codes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("version") << 400 << "MissingOrIncorrectVersionHeader"
                                 << "x-ms-version" << false;
        QTest::newRow("busy") << 503 << "ServerBusy"
                              << "busy" << true;
        QTest::newRow("internal") << 500 << "InternalError"
                                  << "internal error" << true;
        QTest::newRow("bad") << 400 << "BadRequest"
                             << "rejected" << false;
        QTest::newRow("disabled") << 403 << "SubscriptionDisabled"
                                  << "disabled" << false;
        QTest::newRow("conflict") << 409 << "ConflictError"
                                  << "conflicts" << false;
        QTest::newRow("unknown") << 418 << "Teapot"
                                 << "418" << false;
    }

    void codes()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, needle);
        QFETCH(bool, retryable);
        const QByteArray body =
            "<Error><Code>" + code.toUtf8() + "</Code><Message>m</Message></Error>";
        const AsmError e = AsmError::fromHttpReply(status, body);
        QCOMPARE(e.code, code);
        QVERIFY2(e.explanation.contains(needle, Qt::CaseInsensitive), qPrintable(e.explanation));
        QCOMPARE(e.isRetryable(), retryable);
    }

    void nonXmlBody()
    {
        const AsmError e = AsmError::fromHttpReply(502, "Bad gateway from proxy");
        QVERIFY(e.code.isEmpty());
        QCOMPARE(e.message, QStringLiteral("Bad gateway from proxy"));
        QVERIFY(e.explanation.contains(QStringLiteral("502")));
        const AsmError html = AsmError::fromHttpReply(404, "<html><body>nope</body></html>");
        QVERIFY(html.code.isEmpty());
        QVERIFY(html.message.isEmpty());
        QVERIFY(html.explanation.contains(QStringLiteral("does not exist")));
        QVERIFY(!parseAsmErrorBody("<Error/>"));
        QVERIFY(!parseAsmErrorBody(""));
    }

    void transport_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError)
                                 << int(AsmError::Kind::Transport) << "refused" << true;
        QTest::newRow("dns") << int(QNetworkReply::HostNotFoundError)
                             << int(AsmError::Kind::Transport) << "resolved" << true;
        QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError)
                                << int(AsmError::Kind::Transport) << "closed" << true;
        QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << int(AsmError::Kind::Timeout)
                                 << "timed out" << true;
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError)
                             << int(AsmError::Kind::Tls) << "TLS" << false;
    }

    void transport()
    {
        QFETCH(int, error);
        QFETCH(int, kind);
        QFETCH(QString, needle);
        QFETCH(bool, retryable);
        const QUrl url(QStringLiteral("https://management.example:8443/sub/locations"));
        const AsmError e = AsmError::fromNetworkError(QNetworkReply::NetworkError(error),
                                                      QStringLiteral("qt text"), url);
        QCOMPARE(int(e.kind), kind);
        QVERIFY2(e.explanation.contains(needle), qPrintable(e.explanation));
        QCOMPARE(e.isRetryable(), retryable);
        QVERIFY(!e.nextStep.isEmpty());
    }

    void tlsDetails()
    {
        const QList<QSslError> errors{QSslError(QSslError::SelfSignedCertificateInChain),
                                      QSslError(QSslError::HostNameMismatch)};
        const AsmError e = AsmError::fromNetworkError(
            QNetworkReply::SslHandshakeFailedError, QStringLiteral("handshake"),
            QUrl(QStringLiteral("https://127.0.0.1:1/")), errors);
        QCOMPARE(e.kind, AsmError::Kind::Tls);
        QCOMPARE(e.tlsErrors.size(), 2);
        QVERIFY(e.explanation.contains(errors.first().errorString()));
        QVERIFY(e.nextStep.contains(QStringLiteral("--management-ca")));
        QVERIFY(e.toString().contains(errors.last().errorString()));
        QVERIFY(!e.isRetryable());
        // Named once, in the explanation (decided by the kind, not by searching the text).
        QCOMPARE(e.toString().count(errors.last().errorString()), 1);
        // A transport error that came with TLS errors lists them on lines of their own.
        const AsmError t = AsmError::fromNetworkError(QNetworkReply::RemoteHostClosedError,
                                                      QStringLiteral("closed"),
                                                      QUrl(QStringLiteral("https://h:1/")), errors);
        QCOMPARE(t.kind, AsmError::Kind::Transport);
        QVERIFY(t.toString().contains(QStringLiteral("TLS: ") + errors.first().errorString()));
    }

    void bounds()
    {
        const QUrl url(QStringLiteral("https://management.example/sub/services/images"));
        const AsmError silent = AsmError::timeout(url, 60000);
        QVERIFY2(silent.explanation.contains(
                     QStringLiteral("management.example did not answer within 60 seconds")),
                 qPrintable(silent.explanation));
        const AsmError trickle = AsmError::timeout(url, 60000, 1234);
        QCOMPARE(trickle.kind, AsmError::Kind::Timeout);
        QVERIFY2(trickle.explanation.contains(
                     QStringLiteral("timed out after 60 s while receiving (1234 bytes received)")),
                 qPrintable(trickle.explanation));
        QVERIFY(trickle.isRetryable());

        const AsmError gaveUp = AsmError::gaveUp(silent, 2, 110000);
        QCOMPARE(gaveUp.kind, AsmError::Kind::Timeout);
        QVERIFY2(
            gaveUp.explanation.endsWith(QStringLiteral("Gave up after 2 attempt(s) in 110.0 s.")),
            qPrintable(gaveUp.explanation));
        QVERIFY(gaveUp.explanation.startsWith(silent.explanation));

        const AsmError announced = AsmError::tooLarge(QStringLiteral("the list of OS images"),
                                                      32 * 1024 * 1024, 209715200);
        QCOMPARE(announced.kind, AsmError::Kind::TooLarge);
        QVERIFY2(announced.explanation.contains(
                     QStringLiteral("The reply to the list of OS images is larger than 32 MiB "
                                    "(it announced 209715200 bytes)")),
                 qPrintable(announced.explanation));
        QVERIFY(!announced.isRetryable());
        const AsmError counted = AsmError::tooLarge(QStringLiteral("x"), 1024 * 1024);
        QVERIFY(counted.explanation.contains(QStringLiteral("larger than 1 MiB; reading stopped")));
        QCOMPARE(asmErrorKindName(AsmError::Kind::TooLarge), QStringLiteral("too-large"));
    }

    void redirectRefused()
    {
        const QUrl endpoint(QStringLiteral("https://management.core.windows.net"));
        const AsmError e = AsmError::redirectRefused(
            307, QUrl(QStringLiteral("https://evil.example/sub/services?x=1")), endpoint);
        QCOMPARE(e.kind, AsmError::Kind::RedirectRefused);
        QCOMPARE(e.httpStatus, 307);
        QVERIFY2(e.explanation.contains(QStringLiteral(
                     "https://management.core.windows.net redirected the request to another host "
                     "(https://evil.example/sub/services)")),
                 qPrintable(e.explanation));
        QVERIFY(!e.isRetryable());
        QVERIFY(!e.nextStep.isEmpty());
        const AsmError plain = AsmError::redirectRefused(
            302, QUrl(QStringLiteral("http://management.core.windows.net/x")), endpoint);
        QVERIFY(plain.explanation.contains(QStringLiteral("non-HTTPS address")));
        QCOMPARE(asmErrorKindName(AsmError::Kind::RedirectRefused),
                 QStringLiteral("redirect-refused"));
    }

    void clientClosedIsACancel()
    {
        const AsmError e = AsmError::clientClosed();
        QCOMPARE(e.kind, AsmError::Kind::Cancelled);
        QVERIFY(!e.isRetryable());
        QVERIFY(
            e.explanation.contains(QStringLiteral("connection to the subscription was closed")));
    }

    void specials()
    {
        QCOMPARE(AsmError::cancelled().kind, AsmError::Kind::Cancelled);
        QVERIFY(!AsmError::cancelled().isRetryable());
        const AsmError t = AsmError::timeout(QUrl(QStringLiteral("https://h/")), 1500);
        QCOMPARE(t.kind, AsmError::Kind::Timeout);
        QVERIFY(t.explanation.contains(QStringLiteral("1.5")));
        QVERIFY(t.isRetryable());
        QCOMPARE(AsmError::tooManyRedirects(QUrl(QStringLiteral("https://h/")), 5).kind,
                 AsmError::Kind::TooManyRedirects);
        QVERIFY(!AsmError().isError());
        QVERIFY(AsmError().toString().isEmpty());
        QCOMPARE(asmErrorKindName(AsmError::Kind::Tls), QStringLiteral("tls"));
    }
};

QTEST_GUILESS_MAIN(TestAsmError)
#include "tst_asmerror.moc"
