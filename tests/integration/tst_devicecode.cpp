// identity::DeviceCodeFlow against sim::EntraSimulator over real TLS on loopback (test CA passed
// as CloudEndpoints::managementCaFile): happy path with the claims of the id_token, pending,
// slow_down (interval grows), expiry on the server and locally, declined, unknown code, cancel,
// transport failures (retried, then a clear error).
#include "entra_harness.h"
#include "identity/devicecodeflow.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace dockervm;
using namespace dockervm::identity;
using sim::EntraSimulator;

namespace {

// Shrinks the server's seconds to 20 ms so that waiting for polls takes no time.
DeviceCodeFlow::Options fastOptions()
{
    DeviceCodeFlow::Options o;
    o.secondMs = 20;
    o.requestTimeoutMs = 5000;
    return o;
}

EntraSimulator::Options simOptions()
{
    EntraSimulator::Options o;
    o.intervalSec = 1;
    return o;
}

DeviceCodeResult resultOf(QSignalSpy &spy)
{
    return spy.constLast().constFirst().value<DeviceCodeResult>();
}

// The recorded replies of tests/data/arm/entra/auth-device-code-flow.json, by their "what".
QJsonObject recorded(const QString &whatStartsWith)
{
    QFile f(qEnvironmentVariable("DOCKERVM_TEST_DATA") +
            QStringLiteral("/arm/entra/auth-device-code-flow.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray captures =
        QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("captures")).toArray();
    for (const QJsonValue &c : captures) {
        if (c.toObject().value(QLatin1String("what")).toString().startsWith(whatStartsWith))
            return c.toObject().value(QLatin1String("response")).toObject();
    }
    return {};
}

sim::HttpResponse replay(const QJsonObject &response)
{
    return sim::HttpResponse::text(
        response.value(QLatin1String("status")).toInt(400),
        QJsonDocument(response.value(QLatin1String("body")).toObject()).toJson(),
        "application/json; charset=utf-8");
}

} // namespace

class TestDeviceCode : public QObject
{
    Q_OBJECT

private slots:
    void signsInAfterApproval();
    void keepsPollingWhilePending();
    void slowDownGrowsTheInterval();
    void serverExpiry();
    void localExpiry();
    void declined();
    void cancel();
    void transportFailureIsRetried();
    void unreachableServerGivesClearError();
    void unreadableCaFile();
    void verificationUrlAccepted();
    void replaysRecordedBodies();
    void throttledPollIsRetried();
    void recordedExpiredCodeExpiresLocally();

private:
    QNetworkAccessManager m_nam;
};

void TestDeviceCode::signsInAfterApproval()
{
    EntraHarness h;
    QString error;
    QVERIFY2(h.start(simOptions(), &error), qPrintable(error));
    DeviceCodeFlow flow(&m_nam, h.endpoints(), fastOptions());
    QSignalSpy ready(&flow, &DeviceCodeFlow::codeReady);
    QSignalSpy done(&flow, &DeviceCodeFlow::finished);
    flow.start();
    QVERIFY(ready.wait(10000));
    const auto code = ready.constFirst().constFirst().value<DeviceCode>();
    QCOMPARE(code.userCode, h.sim->lastUserCode());
    QCOMPARE(code.verificationUri, QUrl(QStringLiteral("https://microsoft.com/devicelogin")));
    QVERIFY(code.message.contains(code.userCode));
    QVERIFY(code.expiresAt > QDateTime::currentDateTimeUtc());
    QCOMPARE(code.intervalSec, 1);
    QVERIFY(h.sim->approve(code.userCode));
    QVERIFY(done.wait(10000));
    const DeviceCodeResult r = resultOf(done);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(!r.tokens.accessToken.isEmpty());
    QVERIFY(!r.tokens.refreshToken.isEmpty());
    QCOMPARE(r.tokens.claims.tenantId, EntraSimulator::defaultUser().tenantIds.first());
    QCOMPARE(r.tokens.claims.userName, QStringLiteral("ada@contoso.example"));
    QCOMPARE(r.tokens.claims.displayName, QStringLiteral("Ada Lovelace"));
    QCOMPARE(r.tokens.claims.objectId, EntraSimulator::defaultUser().objectId);
    QVERIFY(r.tokens.expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));
    QVERIFY(h.sim->checkAccessToken(r.tokens.accessToken).ok);
    QCOMPARE(done.count(), 1);
    QVERIFY(!flow.isRunning());
}

void TestDeviceCode::keepsPollingWhilePending()
{
    EntraHarness h;
    QVERIFY(h.start(simOptions()));
    DeviceCodeFlow flow(&m_nam, h.endpoints(), fastOptions());
    QSignalSpy done(&flow, &DeviceCodeFlow::finished);
    flow.start();
    QTRY_VERIFY_WITH_TIMEOUT(h.sim->pollTimes().size() >= 3, 10000);
    QVERIFY(done.isEmpty()); // authorization_pending three times: still waiting
    QVERIFY(flow.isRunning());
    QVERIFY(h.sim->approve(h.sim->lastUserCode()));
    QVERIFY(done.wait(10000));
    QVERIFY(resultOf(done).ok());
}

void TestDeviceCode::slowDownGrowsTheInterval()
{
    EntraHarness h;
    QVERIFY(h.start(simOptions()));
    h.sim->injectSlowDown(2);
    DeviceCodeFlow flow(&m_nam, h.endpoints(), fastOptions());
    QSignalSpy done(&flow, &DeviceCodeFlow::finished);
    flow.start();
    QCOMPARE(flow.currentIntervalSec(), 5); // before the reply: the RFC default
    QTRY_VERIFY_WITH_TIMEOUT(h.sim->pollTimes().size() >= 3, 10000);
    // Two slow_down answers: 1 s + 5 s + 5 s for every later poll.
    QCOMPARE(flow.currentIntervalSec(), 11);
    QVERIFY(h.sim->approve(h.sim->lastUserCode()));
    QVERIFY(done.wait(10000));
    QVERIFY(resultOf(done).ok());
    QCOMPARE(flow.currentIntervalSec(), 11);
}

void TestDeviceCode::serverExpiry()
{
    EntraHarness h;
    QVERIFY(h.start(simOptions()));
    DeviceCodeFlow flow(&m_nam, h.endpoints(), fastOptions());
    QSignalSpy ready(&flow, &DeviceCodeFlow::codeReady);
    QSignalSpy done(&flow, &DeviceCodeFlow::finished);
    flow.start();
    QVERIFY(ready.wait(10000));
    QVERIFY(h.sim->expireCode(h.sim->lastUserCode()));
    QVERIFY(done.wait(10000));
    const DeviceCodeResult r = resultOf(done);
    QCOMPARE(r.error, DeviceCodeResult::Error::Expired);
    QCOMPARE(r.errorCode, QStringLiteral("expired_token"));
    QVERIFY2(r.message.contains(QLatin1String("AADSTS70020")), qPrintable(r.message));
    QVERIFY2(!r.message.contains(QLatin1String("Trace ID")), qPrintable(r.message));
    QVERIFY(r.message.contains(QLatin1String("again")));
}

void TestDeviceCode::localExpiry()
{
    EntraSimulator::Options o = simOptions();
    o.deviceCodeExpiresInSec = 3; // 60 ms for the client, 3 s for the server
    o.intervalSec = 1;
    EntraHarness h;
    QVERIFY(h.start(o));
    DeviceCodeFlow flow(&m_nam, h.endpoints(), fastOptions());
    QSignalSpy done(&flow, &DeviceCodeFlow::finished);
    flow.start();
    QVERIFY(done.wait(10000));
    const DeviceCodeResult r = resultOf(done);
    QCOMPARE(r.error, DeviceCodeResult::Error::Expired);
    QVERIFY(r.errorCode.isEmpty()); // the client's own clock, not the server's expired_token
    QVERIFY(r.message.contains(h.sim->lastUserCode()));
}

void TestDeviceCode::declined()
{
    EntraHarness h;
    QVERIFY(h.start(simOptions()));
    DeviceCodeFlow flow(&m_nam, h.endpoints(), fastOptions());
    QSignalSpy ready(&flow, &DeviceCodeFlow::codeReady);
    QSignalSpy done(&flow, &DeviceCodeFlow::finished);
    flow.start();
    QVERIFY(ready.wait(10000));
    QVERIFY(h.sim->decline(h.sim->lastUserCode()));
    QVERIFY(done.wait(10000));
    const DeviceCodeResult r = resultOf(done);
    QCOMPARE(r.error, DeviceCodeResult::Error::Declined);
    QVERIFY(r.message.contains(QLatin1String("declined")));
}

void TestDeviceCode::cancel()
{
    EntraHarness h;
    QVERIFY(h.start(simOptions()));
    DeviceCodeFlow flow(&m_nam, h.endpoints(), fastOptions());
    QSignalSpy ready(&flow, &DeviceCodeFlow::codeReady);
    QSignalSpy done(&flow, &DeviceCodeFlow::finished);
    flow.start();
    QVERIFY(ready.wait(10000));
    flow.cancel();
    QVERIFY(done.isEmpty()); // always from the event loop
    QVERIFY(done.wait(10000));
    QCOMPARE(resultOf(done).error, DeviceCodeResult::Error::Cancelled);
    const int polls = flow.pollCount();
    // No further polls after cancel: let another flow poll three times meanwhile.
    DeviceCodeFlow other(&m_nam, h.endpoints(), fastOptions());
    other.start();
    QTRY_VERIFY_WITH_TIMEOUT(other.pollCount() >= 3, 10000);
    QCOMPARE(flow.pollCount(), polls);
    QCOMPARE(done.count(), 1);
}

void TestDeviceCode::transportFailureIsRetried()
{
    EntraHarness h;
    QVERIFY(h.start(simOptions()));
    DeviceCodeFlow flow(&m_nam, h.endpoints(), fastOptions());
    QSignalSpy ready(&flow, &DeviceCodeFlow::codeReady);
    QSignalSpy done(&flow, &DeviceCodeFlow::finished);
    flow.start();
    QVERIFY(ready.wait(10000));
    h.sim->dropNextRequests(2); // two polls lost, within the retries
    QVERIFY(h.sim->approve(h.sim->lastUserCode()));
    QVERIFY(done.wait(10000));
    QVERIFY2(resultOf(done).ok(), qPrintable(resultOf(done).message));

    DeviceCodeFlow flow2(&m_nam, h.endpoints(), fastOptions());
    QSignalSpy ready2(&flow2, &DeviceCodeFlow::codeReady);
    QSignalSpy done2(&flow2, &DeviceCodeFlow::finished);
    flow2.start();
    QVERIFY(ready2.wait(10000));
    h.sim->dropNextRequests(100);
    QVERIFY(done2.wait(10000));
    const DeviceCodeResult r = resultOf(done2);
    QCOMPARE(r.error, DeviceCodeResult::Error::Transport);
    QVERIFY2(r.message.contains(QLatin1String("127.0.0.1")), qPrintable(r.message));
    QVERIFY2(r.message.contains(QLatin1String("4 attempt")), qPrintable(r.message));
}

void TestDeviceCode::unreachableServerGivesClearError()
{
    QTcpServer closed; // a port that nobody listens on once closed
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    CloudEndpoints e;
    e.authority = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
    DeviceCodeFlow flow(&m_nam, e, fastOptions());
    QSignalSpy done(&flow, &DeviceCodeFlow::finished);
    flow.start();
    QVERIFY(done.wait(10000));
    const DeviceCodeResult r = resultOf(done);
    QCOMPARE(r.error, DeviceCodeResult::Error::Transport);
    QVERIFY2(r.message.contains(QLatin1String("Cannot reach the sign-in server 127.0.0.1")),
             qPrintable(r.message));
}

void TestDeviceCode::unreadableCaFile()
{
    CloudEndpoints e;
    e.authority = QUrl(QStringLiteral("https://127.0.0.1:1"));
    e.managementCaFile = QStringLiteral("/nonexistent/ca.pem");
    DeviceCodeFlow flow(&m_nam, e, fastOptions());
    QSignalSpy done(&flow, &DeviceCodeFlow::finished);
    flow.start();
    QVERIFY(done.wait(10000));
    QVERIFY(resultOf(done).message.contains(QLatin1String("/nonexistent/ca.pem")));
}

void TestDeviceCode::verificationUrlAccepted()
{
    // Older replies name it verification_url; a plain HTTP server hands out that shape.
    sim::HttpServer server;
    server.setHandler([](const sim::HttpRequest &r) {
        if (r.path.endsWith(QLatin1String("/devicecode"))) {
            return sim::HttpResponse::text(
                200,
                R"({"user_code":"ABCD1234","device_code":"dc","verification_url":"https://example.test/device","expires_in":900,"interval":1})",
                "application/json");
        }
        return sim::HttpResponse::text(
            400,
            R"({"error":"bad_verification_code","error_description":"AADSTS70019: Verification code expired.\r\nTrace ID: x","error_codes":[70019]})",
            "application/json");
    });
    QVERIFY(server.listen());
    CloudEndpoints e;
    e.authority = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    DeviceCodeFlow flow(&m_nam, e, fastOptions());
    QSignalSpy ready(&flow, &DeviceCodeFlow::codeReady);
    QSignalSpy done(&flow, &DeviceCodeFlow::finished);
    flow.start();
    QVERIFY(ready.wait(10000));
    const auto code = ready.constFirst().constFirst().value<DeviceCode>();
    QCOMPARE(code.verificationUri, QUrl(QStringLiteral("https://example.test/device")));
    QVERIFY(code.message.contains(QLatin1String("ABCD1234"))); // made up when absent
    QVERIFY(done.wait(10000));
    const DeviceCodeResult r = resultOf(done);
    QCOMPARE(r.error, DeviceCodeResult::Error::BadCode);
    QVERIFY2(r.message.contains(QLatin1String("AADSTS70019: Verification code expired.")),
             qPrintable(r.message));
}

void TestDeviceCode::replaysRecordedBodies()
{
    const QJsonObject code = recorded(QStringLiteral("devicecode response, real capture"));
    const QJsonObject pendingReal = recorded(QStringLiteral("token poll while the user"));
    const QJsonObject pendingMsal =
        recorded(QStringLiteral("MSAL test fixture: authorization_pending"));
    const QJsonObject success = recorded(QStringLiteral("MSAL test fixture: token success"));
    QVERIFY(!code.isEmpty() && !pendingReal.isEmpty() && !pendingMsal.isEmpty() &&
            !success.isEmpty());
    QList<QByteArray> bodies;
    int polls = 0;
    sim::HttpServer server;
    server.setHandler([&](const sim::HttpRequest &r) {
        bodies.append(r.body);
        if (r.path == QLatin1String("/organizations/oauth2/v2.0/devicecode"))
            return replay(code);
        ++polls;
        if (polls == 1)
            return replay(pendingReal);
        if (polls == 2)
            return replay(pendingMsal);
        return replay(success);
    });
    QVERIFY(server.listen());
    CloudEndpoints e;
    e.authority = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    DeviceCodeFlow flow(&m_nam, e, fastOptions());
    QSignalSpy ready(&flow, &DeviceCodeFlow::codeReady);
    QSignalSpy done(&flow, &DeviceCodeFlow::finished);
    flow.start();
    QVERIFY(ready.wait(10000));
    const auto dc = ready.constFirst().constFirst().value<DeviceCode>();
    QCOMPARE(dc.userCode, QStringLiteral("YZMYLD4K"));
    QCOMPARE(dc.verificationUri, QUrl(QStringLiteral("https://www.microsoft.com/link")));
    QCOMPARE(dc.intervalSec, 5);
    QVERIFY(dc.message.startsWith(QLatin1String("To sign in, use a web browser")));
    QVERIFY(done.wait(10000));
    const DeviceCodeResult r = resultOf(done);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(polls, 3);
    QVERIFY(!r.tokens.accessToken.isEmpty());
    QVERIFY(r.tokens.claims.isEmpty()); // the recorded id_token is elided: no claims, no crash
    QCOMPARE(r.tokens.lifetimeSec, 3599);
    // What was sent: the form fields of the protocol, the device code from the reply.
    QCOMPARE(bodies.size(), 4);
    const QUrlQuery first(QString::fromLatin1(bodies.at(0)));
    QCOMPARE(first.queryItemValue(QStringLiteral("client_id")), e.clientId);
    QCOMPARE(first.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             QStringLiteral("https://management.core.windows.net//.default offline_access openid "
                            "profile"));
    const QUrlQuery poll(QString::fromLatin1(bodies.at(1)));
    QCOMPARE(poll.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded),
             QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    QCOMPARE(poll.queryItemValue(QStringLiteral("device_code"), QUrl::FullyDecoded),
             code.value(QLatin1String("body"))
                 .toObject()
                 .value(QLatin1String("device_code"))
                 .toString());

    // The recorded error bodies through the parser: first line only, safe text.
    const auto real = parseOAuthError(
        QJsonDocument(pendingReal.value(QLatin1String("body")).toObject()).toJson());
    QVERIFY(real);
    QCOMPARE(real->error, QStringLiteral("authorization_pending"));
    QVERIFY(real->hasCode(70016));
    QCOMPARE(real->summary(), QStringLiteral("AADSTS70016: The provided request has not yet been "
                                             "authorized by the user. The user must input their "
                                             "code."));
    const auto glued = parseOAuthError(
        QJsonDocument(pendingMsal.value(QLatin1String("body")).toObject()).toJson());
    QVERIFY(glued);
    QCOMPARE(glued->summary(), QStringLiteral("AADSTS70016: OAuth 2.0 device flow error. "
                                              "Authorization is pending. Continue polling."));
}

void TestDeviceCode::recordedExpiredCodeExpiresLocally()
{
    const QJsonObject expired =
        recorded(QStringLiteral("MSAL test fixture: devicecode response used"));
    QVERIFY(!expired.isEmpty());
    int polls = 0;
    sim::HttpServer server;
    server.setHandler([&](const sim::HttpRequest &r) {
        if (r.path.endsWith(QLatin1String("/devicecode"))) {
            QJsonObject o = expired;
            o.insert(QStringLiteral("status"), 200);
            return replay(o);
        }
        ++polls;
        return sim::HttpResponse::text(500, "unexpected poll");
    });
    QVERIFY(server.listen());
    CloudEndpoints e;
    e.authority = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    DeviceCodeFlow flow(&m_nam, e, fastOptions());
    QSignalSpy done(&flow, &DeviceCodeFlow::finished);
    flow.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(resultOf(done).error, DeviceCodeResult::Error::Expired);
    QCOMPARE(polls, 0); // expires_in 0: expired before the first poll
}

void TestDeviceCode::throttledPollIsRetried()
{
    int polls = 0;
    sim::HttpServer server;
    server.setHandler([&](const sim::HttpRequest &r) {
        if (r.path.endsWith(QLatin1String("/devicecode"))) {
            return sim::HttpResponse::text(
                200,
                R"({"user_code":"ABCD1234","device_code":"dc","verification_uri":"https://example.test/device","expires_in":900,"interval":1})",
                "application/json");
        }
        if (++polls == 1)
            return sim::HttpResponse::text(429, "Too Many Requests");
        return sim::HttpResponse::text(
            200,
            R"({"token_type":"Bearer","expires_in":"3599","access_token":"at","refresh_token":"rt"})",
            "application/json");
    });
    QVERIFY(server.listen());
    CloudEndpoints e;
    e.authority = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    DeviceCodeFlow flow(&m_nam, e, fastOptions());
    QSignalSpy done(&flow, &DeviceCodeFlow::finished);
    flow.start();
    QVERIFY(done.wait(10000));
    const DeviceCodeResult r = resultOf(done);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(polls, 2);
    QCOMPARE(r.tokens.lifetimeSec, 3599); // expires_in as a string (older servers) is read too
    QCOMPARE(r.tokens.refreshToken, QByteArray("rt"));
}

QTEST_GUILESS_MAIN(TestDeviceCode)
#include "tst_devicecode.moc"
