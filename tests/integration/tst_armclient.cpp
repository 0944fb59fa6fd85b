// ArmClient and ArmOperation over real TLS on loopback, replaying recorded ARM traffic
// (tests/data/arm/): token handling, throttling, retries, bounds, LRO polling.
#include "arm/apiversions.h"
#include "arm/armclient.h"
#include "arm/armoperation.h"

#include "arm_testserver.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dockervm;
using namespace dockervm::arm;
using dockervm::sim::HttpResponse;
using dockervm::testing::ArmExchange;
using dockervm::testing::armExchanges;
using dockervm::testing::ArmTestServer;
using dockervm::testing::FakeTokenSource;

namespace {

const QString kSub = QStringLiteral("/subscriptions/00000000-0000-0000-0000-000000000000");

bool waitFinished(QObject *job, const char *signal = SIGNAL(finished()), int timeoutMs = 20000)
{
    QSignalSpy spy(job, signal);
    return spy.wait(timeoutMs);
}

bool waitReply(ArmReply *reply)
{
    return reply->isFinished() || waitFinished(reply);
}

bool waitOperation(ArmOperation *op)
{
    return op->isFinished() || waitFinished(op);
}

QString pathOfUri(const ArmExchange &e)
{
    return e.path;
}

ArmOperation::Options fastPolls()
{
    ArmOperation::Options o;
    o.pollStartMs = 5;
    o.maxPollMs = 20;
    o.timeoutMs = 20000;
    return o;
}

} // namespace

class TestArmClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<ArmTestServer> m_server;
    std::unique_ptr<ArmTestServer> m_foreign; // another origin: must never see a token
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<FakeTokenSource> m_tokens;

    std::unique_ptr<ArmClient> client(ArmClient::Options o)
    {
        return std::make_unique<ArmClient>(m_nam.get(), m_tokens.get(), o);
    }
    std::unique_ptr<ArmClient> client() { return client(m_server->clientOptions()); }

    // The Authorization headers the server saw, of every request or of those to `path` only (a
    // test that looks at one path is not misled by a late poll of the test before it: seen under
    // ASan, where the previous test's timed-out operation polled once more after init()).
    QList<QByteArray> authorizations(const QString &path = {}) const
    {
        QList<QByteArray> out;
        for (const auto &l : m_server->log)
            if (path.isEmpty() || l.path == path)
                out << l.authorization;
        return out;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ArmTestServer>();
        m_foreign = std::make_unique<ArmTestServer>();
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QVERIFY2(m_foreign->start(&error), qPrintable(error));
        m_nam = std::make_unique<QNetworkAccessManager>();
    }

    void init()
    {
        m_server->clear();
        m_foreign->clear();
        m_tokens = std::make_unique<FakeTokenSource>();
        m_nam->clearConnectionCache();
    }

    void computeLroInProgressThenSucceeded()
    {
        const auto ex = armExchanges(QStringLiteral("lro-inprogress-then-succeeded-compute.json"));
        QCOMPARE(ex.size(), 3);
        m_server->enqueue(ex[0]);
        m_server->enqueue(ex[1]);
        m_server->enqueue(ex[2]);
        auto c = client();
        QSignalSpy busy(c.get(), &ArmClient::busyChanged);
        ArmReply *put = c->put(pathOfUri(ex[0]), api::compute(),
                               QJsonObject{{QStringLiteral("location"), QStringLiteral("eastus")}});
        QVERIFY(waitReply(put));
        QVERIFY2(put->ok(), qPrintable(put->error().summary()));
        QCOMPARE(put->httpStatus(), 200);
        QCOMPARE(put->asyncOperationUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(put->rateLimitRemaining().contains(
            {QByteArray("x-ms-ratelimit-remaining-subscription-writes"), QByteArray("1193")}));
        QCOMPARE(busy.size(), 2); // true, then false

        ArmOperation op(c.get(), put, fastPolls());
        QSignalSpy statuses(&op, &ArmOperation::statusChanged);
        QVERIFY(waitOperation(&op));
        QVERIFY2(op.ok(), qPrintable(op.error().summary()));
        QCOMPARE(op.state(), ArmOperation::State::Succeeded);
        QCOMPARE(op.polls(), 2);
        QVERIFY(op.usesAsyncOperationHeader());
        QCOMPARE(statuses.size(), 2);
        QCOMPARE(statuses.at(0).at(0).toString(), QStringLiteral("InProgress"));
        QCOMPARE(statuses.at(1).at(0).toString(), QStringLiteral("Succeeded"));
        QCOMPARE(op.resource().value(QLatin1String("name")).toString(),
                 QStringLiteral("monitorvm"));
        // The poll URL is used verbatim (its own api-version), with the bearer token.
        QCOMPARE(m_server->log.size(), 3);
        QCOMPARE(m_server->log.at(0).method, QByteArray("PUT"));
        QVERIFY(m_server->log.at(0).query.contains(QLatin1String("api-version=") + api::compute()));
        QVERIFY(m_server->log.at(1).query.contains(QLatin1String("api-version=2020-06-01")));
        for (const QByteArray &a : authorizations())
            QCOMPARE(a, QByteArray("Bearer token-1"));
        QCOMPARE(m_tokens->asked, 3); // every attempt asks the token source
    }

    void networkLroThenFinalGet()
    {
        const auto ex = armExchanges(QStringLiteral("public-ip-dns-static-basic.scenario.json"));
        QCOMPARE(ex.size(), 3);
        for (const auto &e : ex)
            m_server->enqueue(e);
        auto c = client();
        ArmReply *put = c->put(ex[0].path, api::network(), QJsonObject());
        QVERIFY(waitReply(put));
        QVERIFY(put->ok());
        QCOMPARE(put->httpStatus(), 201);
        ArmOperation::Options o = fastPolls();
        o.finalResourcePath = ex[2].path;
        o.finalApiVersion = api::network();
        ArmOperation op(c.get(), put, o);
        QVERIFY(waitOperation(&op));
        QVERIFY2(op.ok(), qPrintable(op.error().summary()));
        // The final GET's body, not the 201's (provisioningState Updating, no ipAddress).
        const QJsonObject props = op.resource().value(QLatin1String("properties")).toObject();
        QCOMPARE(props.value(QLatin1String("provisioningState")).toString(),
                 QStringLiteral("Succeeded"));
        QVERIFY(!props.value(QLatin1String("ipAddress")).toString().isEmpty());
        QCOMPARE(m_server->log.size(), 3);
        QCOMPARE(m_server->log.at(2).path, ex[2].path);
    }

    void lroFailedCarriesTheError()
    {
        const auto ex = armExchanges(QStringLiteral("lro-failed-vm-extension.json"));
        QCOMPARE(ex.size(), 2);
        // The recording's PUT names one operation id and polls another (two recorded runs):
        // serve the poll under the PUT's Azure-AsyncOperation path.
        m_server->enqueue(ex[0]);
        auto c = client();
        ArmReply *put = c->put(ex[0].path, api::compute(), QJsonObject());
        QVERIFY(waitReply(put));
        QVERIFY(put->ok());
        m_server->enqueue("GET", put->asyncOperationUrl().path(), m_server->response(ex[1]));
        ArmOperation op(c.get(), put, fastPolls());
        QVERIFY(waitOperation(&op));
        QCOMPARE(op.state(), ArmOperation::State::Failed);
        QCOMPARE(op.error().kind, ArmError::Kind::OperationFailed);
        QCOMPARE(op.error().code, QStringLiteral("VMExtensionProvisioningError"));
        QVERIFY(op.error().userMessage().contains(QLatin1String("OmsAgentForLinux")));
    }

    void lroFailedNetworkAndCanceled()
    {
        const auto net = armExchanges(QStringLiteral("lro-failed-network.json"));
        const QString opPath = net[0].path;
        HttpResponse accepted = ArmTestServer::json(
            201, "{}",
            {{"Azure-AsyncOperation",
              (m_server->baseUrl() + opPath + QStringLiteral("?api-version=2020-06-01"))
                  .toLatin1()}});
        m_server->enqueue("PUT", kSub + QStringLiteral("/resourceGroups/rg/x"), accepted);
        m_server->enqueue("GET", opPath, ArmTestServer::json(200, "{\"status\":\"InProgress\"}"));
        m_server->enqueue("GET", opPath, m_server->response(net[0]));
        auto c = client();
        ArmReply *put = c->put(kSub + QStringLiteral("/resourceGroups/rg/x"), api::network(), {});
        QVERIFY(waitReply(put));
        ArmOperation op(c.get(), put, fastPolls());
        QVERIFY(waitOperation(&op));
        QCOMPARE(op.state(), ArmOperation::State::Failed);
        QCOMPARE(op.error().code, QStringLiteral("InitiatingCircuitNotProvisioned"));

        // Status compared case-insensitively; "Canceled" is terminal.
        m_server->clear();
        m_server->enqueue("PUT", kSub + QStringLiteral("/resourceGroups/rg/x"), accepted);
        m_server->enqueue("GET", opPath, ArmTestServer::json(200, "{\"status\":\"running\"}"));
        m_server->enqueue("GET", opPath, ArmTestServer::json(200, "{\"status\":\"canceled\"}"));
        ArmReply *put2 = c->put(kSub + QStringLiteral("/resourceGroups/rg/x"), api::network(), {});
        QVERIFY(waitReply(put2));
        ArmOperation op2(c.get(), put2, fastPolls());
        QVERIFY(waitOperation(&op2));
        QCOMPARE(op2.state(), ArmOperation::State::Canceled);
        QCOMPARE(op2.error().kind, ArmError::Kind::OperationCanceled);
        QCOMPARE(op2.polls(), 2);
    }

    void resourceGroupDeleteLocationPolling()
    {
        const auto ex = armExchanges(QStringLiteral("resource-group-lifecycle.scenario.json"));
        QVERIFY(ex.size() >= 6);
        for (int i = 0; i < 6; ++i)
            m_server->enqueue(ex[i]);
        auto c = client();
        ArmReply *del = c->del(ex[0].path, api::resources());
        QVERIFY(waitReply(del));
        QVERIFY2(del->ok(), qPrintable(del->error().summary()));
        QCOMPARE(del->httpStatus(), 202);
        QVERIFY(del->asyncOperationUrl().isEmpty());
        QCOMPARE(del->locationUrl().host(), QStringLiteral("127.0.0.1"));
        ArmOperation op(c.get(), del, fastPolls());
        QSignalSpy statuses(&op, &ArmOperation::statusChanged);
        QVERIFY(waitOperation(&op));
        QVERIFY2(op.ok(), qPrintable(op.error().summary()));
        QVERIFY(!op.usesAsyncOperationHeader());
        QCOMPARE(op.polls(), 5); // four 202, then 200
        QCOMPARE(statuses.size(), 2);
        QCOMPARE(m_server->log.size(), 6);
        QCOMPARE(m_server->log.at(5).status, 200);
        QVERIFY(m_server->log.at(3).query.contains(QLatin1String("api-version=2021-04-01")));
    }

    void synchronousCreateNeedsNoPolling()
    {
        const auto ex = armExchanges(QStringLiteral("resource-group-lifecycle.scenario.json"));
        m_server->enqueue(ex[7]); // PUT 201, no operation header
        auto c = client();
        ArmReply *put = c->put(ex[7].path, api::resources(),
                               QJsonObject{{QStringLiteral("location"), QStringLiteral("westus")}});
        QVERIFY(waitReply(put));
        QVERIFY(put->ok());
        ArmOperation op(c.get(), put, fastPolls());
        QVERIFY(waitOperation(&op));
        QVERIFY(op.ok());
        QCOMPARE(op.polls(), 0);
        QCOMPARE(m_server->log.size(), 1);
    }

    void lroHonoursRetryAfterAndBacksOff()
    {
        ArmOperation::Options o;
        o.pollStartMs = 5000;
        o.maxPollMs = 30000;
        QCOMPARE(ArmOperation::backoffMs(o, 0), 5000);
        QCOMPARE(ArmOperation::backoffMs(o, 1), 7500);
        QCOMPARE(ArmOperation::backoffMs(o, 2), 11250);
        QCOMPARE(ArmOperation::backoffMs(o, 5), 30000);
        QVERIFY(ArmOperation::isTerminalStatus(QStringLiteral("SUCCEEDED")));
        QVERIFY(!ArmOperation::isTerminalStatus(QStringLiteral("Updating")));

        // With Retry-After: 0 on every reply the operation polls at once even with a long
        // backoff configured: the header wins.
        const QString opPath =
            kSub + QStringLiteral("/providers/Microsoft.Network/locations/westus/operations/1");
        HttpResponse accepted = ArmTestServer::json(
            201, "{}",
            {{"Azure-AsyncOperation",
              (m_server->baseUrl() + opPath + QStringLiteral("?api-version=1")).toLatin1()},
             {"Retry-After", "0"}});
        m_server->enqueue("PUT", kSub + QStringLiteral("/r"), accepted);
        m_server->enqueue(
            "GET", opPath,
            ArmTestServer::json(200, "{\"status\":\"InProgress\"}", {{"Retry-After", "0"}}));
        m_server->enqueue("GET", opPath, ArmTestServer::json(200, "{\"status\":\"Succeeded\"}"));
        auto c = client();
        ArmReply *put = c->put(kSub + QStringLiteral("/r"), api::network(), {});
        QVERIFY(waitReply(put));
        ArmOperation::Options slow;
        slow.pollStartMs = 600000; // would never poll within the test without Retry-After
        slow.maxPollMs = 600000;
        ArmOperation op(c.get(), put, slow);
        QVERIFY(waitOperation(&op));
        QVERIFY(op.ok());
        QCOMPARE(op.polls(), 2);
    }

    void lroTimeoutAndCancel()
    {
        const QString opPath =
            kSub + QStringLiteral("/providers/Microsoft.Compute/locations/westus/operations/2");
        HttpResponse accepted = ArmTestServer::json(
            201, "{}",
            {{"Azure-AsyncOperation",
              (m_server->baseUrl() + opPath + QStringLiteral("?api-version=1")).toLatin1()}});
        m_server->enqueue("PUT", kSub + QStringLiteral("/r"), accepted);
        m_server->enqueue("GET", opPath, ArmTestServer::json(200, "{\"status\":\"InProgress\"}"));
        auto c = client();
        ArmReply *put = c->put(kSub + QStringLiteral("/r"), api::compute(), {});
        QVERIFY(waitReply(put));
        ArmOperation::Options o = fastPolls();
        o.timeoutMs = 300;
        ArmOperation op(c.get(), put, o);
        QVERIFY(waitOperation(&op));
        QCOMPARE(op.state(), ArmOperation::State::Error);
        QCOMPARE(op.error().kind, ArmError::Kind::Timeout);
        QVERIFY(op.error().message.contains(QLatin1String("InProgress")));
        QVERIFY(op.polls() >= 1);

        ArmOperation op2(c.get(), put, fastPolls());
        QSignalSpy finished(&op2, &ArmOperation::finished);
        op2.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(op2.error().kind, ArmError::Kind::Cancelled);
        op2.cancel();
        QCOMPARE(finished.size(), 1);
    }

    void expiredTokenRefreshedOnceAndReplayed()
    {
        const QString path = kSub + QStringLiteral("/resourcegroups");
        HttpResponse unauthorized = ArmTestServer::armError(
            401, QStringLiteral("ExpiredAuthenticationToken"),
            QStringLiteral("The access token expiry UTC time '6/15/2026 8:22:51 AM' is earlier "
                           "than current UTC time '6/15/2026 9:27:25 AM'."));
        unauthorized.setHeader("WWW-Authenticate",
                               "Bearer authorization_uri=\"https://login.windows.net/t\", "
                               "error=\"invalid_token\"");
        m_server->enqueue("GET", path, unauthorized);
        m_server->enqueue("GET", path, ArmTestServer::json(200, "{\"value\":[]}"));
        auto c = client();
        ArmReply *r = c->get(path, api::resources());
        QSignalSpy retrying(r, &ArmReply::retrying);
        QVERIFY(waitReply(r));
        QVERIFY2(r->ok(), qPrintable(r->error().summary()));
        QCOMPARE(r->tokenRefreshes(), 1);
        QCOMPARE(m_tokens->invalidated, QList<QByteArray>{QByteArray("token-1")});
        QCOMPARE(authorizations(path),
                 (QList<QByteArray>{QByteArray("Bearer token-1"), QByteArray("Bearer token-2")}));
        QCOMPARE(retrying.size(), 1);
    }

    void unauthorizedTwiceMeansSignInAgain()
    {
        const QString path = kSub + QStringLiteral("/resourcegroups");
        m_server->enqueue("GET", path,
                          ArmTestServer::armError(401, QStringLiteral("InvalidAuthenticationToken"),
                                                  QStringLiteral("The access token is invalid.")));
        auto c = client();
        ArmReply *r = c->get(path, api::resources());
        QVERIFY(waitReply(r));
        QCOMPARE(r->error().kind, ArmError::Kind::SignInRequired);
        QCOMPARE(r->error().category(), ArmError::Category::SignIn);
        QCOMPARE(r->error().code, QStringLiteral("InvalidAuthenticationToken"));
        QVERIFY(r->error().userMessage().contains(QLatin1String("Sign in again")));
        QCOMPARE(m_server->log.size(), 2);
        QCOMPARE(m_tokens->invalidated.size(), 2);
    }

    void tokenSourceFailures()
    {
        auto c = client();
        m_tokens->failWith = identity::TokenError::Kind::SignInRequired;
        ArmReply *r = c->get(kSub, api::subscriptions());
        QVERIFY(waitReply(r));
        QCOMPARE(r->error().kind, ArmError::Kind::SignInRequired);
        m_tokens->failWith = identity::TokenError::Kind::Transient;
        ArmReply *t = c->get(kSub, api::subscriptions());
        QVERIFY(waitReply(t));
        QCOMPARE(t->error().kind, ArmError::Kind::TokenUnavailable);
        QCOMPARE(m_server->log.size(), 0); // nothing sent without a token
    }

    void throttledWaitsRetryAfter()
    {
        const QString path = kSub + QStringLiteral("/providers/Microsoft.Compute/skus");
        HttpResponse throttled =
            ArmTestServer::armError(429, QStringLiteral("TooManyRequests"),
                                    QStringLiteral("The request is being throttled."));
        throttled.setHeader("Retry-After", "1");
        m_server->enqueue("GET", path, throttled);
        // No header: the seconds in the message.
        m_server->enqueue("GET", path,
                          ArmTestServer::armError(
                              429, QStringLiteral("SubscriptionRequestsThrottled"),
                              QStringLiteral("Number of requests for subscription 'subid' exceeded "
                                             "the backend storage limit. Please try again after "
                                             "'1' seconds.")));
        // Neither: the client's default (50 ms in the test options).
        m_server->enqueue("GET", path,
                          ArmTestServer::armError(429, QStringLiteral("TooManyRequests"),
                                                  QStringLiteral("Throttled.")));
        m_server->enqueue("GET", path, ArmTestServer::json(200, "{\"value\":[]}"));
        auto c = client();
        ArmReply *r = c->get(path, api::computeSkus());
        QSignalSpy retrying(r, &ArmReply::retrying);
        QVERIFY(waitReply(r));
        QVERIFY2(r->ok(), qPrintable(r->error().summary()));
        QCOMPARE(retrying.size(), 3);
        QCOMPARE(retrying.at(0).at(2).toInt(), 1000);
        QCOMPARE(retrying.at(1).at(2).toInt(), 1000);
        QCOMPARE(retrying.at(2).at(2).toInt(), 50);
        // The request log: each replay came after the wait was announced, in order.
        QCOMPARE(m_server->log.size(), 4);
        QCOMPARE(m_server->log.at(0).status, 429);
        QCOMPARE(m_server->log.at(1).status, 429);
        QCOMPARE(m_server->log.at(2).status, 429);
        QCOMPARE(m_server->log.at(3).status, 200);
        QCOMPARE(m_tokens->invalidated.size(), 0);
    }

    void throttledLongerThanWeWaitIsAnError()
    {
        const QString path = kSub + QStringLiteral("/x");
        HttpResponse throttled = ArmTestServer::armError(
            429, QStringLiteral("ResourceRequestsThrottled"),
            QStringLiteral("Number of requests for action 'Microsoft.Cdn/profiles/read' exceeded "
                           "the limit of '50' for time interval '00:05:00'. Please try again "
                           "after '372' seconds."));
        m_server->enqueue("GET", path, throttled);
        auto c = client();
        ArmReply *r = c->get(path, api::resources());
        QVERIFY(waitReply(r));
        QCOMPARE(r->error().category(), ArmError::Category::Throttled);
        QCOMPARE(r->error().retryAfterSeconds, 372);
        QVERIFY(r->error().userMessage().contains(QLatin1String("372")));
        QCOMPARE(m_server->log.size(), 1);
    }

    void serverErrorsRetriedForIdempotentOnly()
    {
        const QString path = kSub + QStringLiteral("/y");
        m_server->enqueue("GET", path,
                          ArmTestServer::armError(503, QStringLiteral("ServiceUnavailable"),
                                                  QStringLiteral("busy")));
        m_server->enqueue("GET", path,
                          ArmTestServer::armError(500, QStringLiteral("InternalServerError"),
                                                  QStringLiteral("oops")));
        m_server->enqueue("GET", path, ArmTestServer::json(200, "{\"ok\":true}"));
        auto c = client();
        ArmReply *r = c->get(path, api::resources());
        QVERIFY(waitReply(r));
        QVERIFY2(r->ok(), qPrintable(r->error().summary()));
        QCOMPARE(r->attempts(), 3);
        QCOMPARE(r->json().value(QLatin1String("ok")).toBool(), true);

        m_server->enqueue("POST", path,
                          ArmTestServer::armError(500, QStringLiteral("InternalServerError"),
                                                  QStringLiteral("oops")));
        ArmReply *p = c->post(path, api::resources());
        QVERIFY(waitReply(p));
        QCOMPARE(p->error().httpStatus, 500);
        QCOMPARE(p->attempts(), 1);
        QCOMPARE(m_server->requests("POST", path), 1);

        // Bounded: maxRetries replays, then the last error with the count.
        ArmClient::Options o = m_server->clientOptions();
        o.maxRetries = 2;
        auto bounded = client(o);
        m_server->enqueue(
            "DELETE", path,
            ArmTestServer::armError(502, QStringLiteral("BadGateway"), QStringLiteral("bad")));
        ArmReply *d = bounded->del(path, api::resources());
        QVERIFY(waitReply(d));
        QCOMPARE(d->attempts(), 3);
        QCOMPARE(d->error().httpStatus, 502);
        QVERIFY(d->error().message.contains(QLatin1String("gave up after 3 attempt")));
    }

    void conflictReplayedOnlyWhenTransient()
    {
        const QString path =
            kSub +
            QStringLiteral("/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm");
        m_server->enqueue(
            "PUT", path,
            ArmTestServer::armError(
                409, QStringLiteral("AnotherOperationInProgress"),
                QStringLiteral(
                    "Operation 'PutVM' is not allowed since another operation is in progress.")));
        m_server->enqueue("PUT", path, ArmTestServer::json(200, "{}"));
        auto c = client();
        ArmReply *r = c->put(path, api::compute(), {});
        QVERIFY(waitReply(r));
        QVERIFY(r->ok());
        QCOMPARE(r->attempts(), 2);

        const auto quota = armExchanges(QStringLiteral("error-409-quota-regional-cores.json"));
        m_server->clear();
        m_server->enqueue("PUT", path, m_server->response(quota[0]));
        ArmReply *q = c->put(path, api::compute(), {});
        QVERIFY(waitReply(q));
        QCOMPARE(q->attempts(), 1);
        QCOMPARE(q->error().category(), ArmError::Category::Quota);
        QCOMPARE(q->error().requestId, QString()); // the recording has none: "-" in the text

        m_server->clear();
        m_server->enqueue(
            "PUT", path,
            ArmTestServer::armError(
                409, QStringLiteral("SkuNotAvailable"),
                QStringLiteral(
                    "The requested VM size ... is currently not available in location 'eastus'.")));
        ArmReply *s = c->put(path, api::compute(), {});
        QVERIFY(waitReply(s));
        QCOMPARE(s->attempts(), 1);
        QCOMPARE(s->error().category(), ArmError::Category::SkuNotAvailable);
    }

    void errorTextsCarryRequestIds()
    {
        const QString path = kSub + QStringLiteral("/resourcegroups/gone");
        const auto ex = armExchanges(QStringLiteral("error-404-resourcegroupnotfound.json"));
        HttpResponse r = m_server->response(ex[0]);
        r.setHeader("x-ms-request-id", "11111111-aaaa");
        r.setHeader("x-ms-correlation-request-id", "22222222-bbbb");
        m_server->enqueue("GET", path, r);
        auto c = client();
        ArmReply *g = c->get(path, api::resources());
        QVERIFY(waitReply(g));
        QCOMPARE(g->error().category(), ArmError::Category::ResourceGroupNotFound);
        QCOMPARE(g->requestId(), QStringLiteral("11111111-aaaa"));
        QVERIFY(g->error().userMessage().contains(QLatin1String("11111111-aaaa")));
        QVERIFY(g->error().userMessage().contains(QLatin1String("22222222-bbbb")));
        QCOMPARE(g->attempts(), 1); // 404 is final
    }

    // A status the caller expects (the provisioner probing whether a group exists) is no failed
    // call: it is logged at debug level, not as "failed after 1 attempt(s)". An unexpected one
    // still is. (Before expectStatus(), every probe of a new group logged such a line.)
    void expectedStatusIsNotLoggedAsAFailure()
    {
        static QStringList logged;
        logged.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("dockervm.arm.debug=false\n"
                                                        "dockervm.arm.info=true"));
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &context, const QString &text) {
                if (type != QtDebugMsg && QLatin1String(context.category) == "dockervm.arm")
                    logged << text;
            });
        const QString path = kSub + QStringLiteral("/resourcegroups/probe");
        const auto ex = armExchanges(QStringLiteral("error-404-resourcegroupnotfound.json"));
        m_server->enqueue("GET", path, m_server->response(ex[0]));
        m_server->enqueue("GET", path, m_server->response(ex[0]));
        auto c = client();
        ArmReply *expected = c->get(path, api::resources());
        expected->expectStatus(404);
        const bool expectedDone = waitReply(expected);
        const QStringList afterExpected = logged;
        ArmReply *unexpected = c->get(path, api::resources());
        const bool unexpectedDone = waitReply(unexpected);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(expectedDone);
        QVERIFY(unexpectedDone);
        // Still an error for the caller, with its category.
        QCOMPARE(expected->httpStatus(), 404);
        QCOMPARE(expected->error().category(), ArmError::Category::ResourceGroupNotFound);
        QVERIFY(expected->isExpectedStatus());
        QVERIFY2(afterExpected.isEmpty(), qPrintable(afterExpected.join(QLatin1Char('\n'))));
        QVERIFY(!unexpected->isExpectedStatus());
        QCOMPARE(logged.size(), 1);
        QVERIFY2(logged.first().contains(QLatin1String("failed after")),
                 qPrintable(logged.first()));
    }

    void replyOverTheCapIsRefused()
    {
        const QString path = kSub + QStringLiteral("/big");
        m_server->enqueue(
            "GET", path, ArmTestServer::json(200, "{\"value\":\"" + QByteArray(5000, 'x') + "\"}"));
        ArmClient::Options o = m_server->clientOptions();
        o.maxReplyBytes = 1000;
        auto c = client(o);
        ArmReply *r = c->get(path, api::resources());
        QVERIFY(waitReply(r));
        QCOMPARE(r->error().kind, ArmError::Kind::TooLarge);
        QVERIFY(r->body().size() <= 1001);
        QCOMPARE(r->attempts(), 1);
    }

    void attemptTimesOut()
    {
        const QString path = kSub + QStringLiteral("/slow");
        HttpResponse hang;
        hang.hang = true;
        m_server->enqueue("GET", path, hang);
        ArmClient::Options o = m_server->clientOptions();
        o.timeoutMs = 300;
        o.maxRetries = 1;
        auto c = client(o);
        ArmReply *r = c->get(path, api::resources());
        QSignalSpy retrying(r, &ArmReply::retrying);
        QVERIFY(waitReply(r));
        QCOMPARE(r->error().kind, ArmError::Kind::Timeout);
        QCOMPARE(r->attempts(), 2);
        QCOMPARE(retrying.size(), 1);
        QVERIFY(r->error().userMessage().contains(QLatin1String("did not answer")));
    }

    void bodyThatIsNotJson()
    {
        const QString path = kSub + QStringLiteral("/html");
        HttpResponse html =
            HttpResponse::text(200, "<html><body>Sign in</body></html>", "text/html");
        m_server->enqueue("GET", path, html);
        auto c = client();
        ArmReply *r = c->get(path, api::resources());
        QVERIFY(waitReply(r));
        QCOMPARE(r->error().kind, ArmError::Kind::InvalidReply);
        QVERIFY(r->error().message.contains(QLatin1String("not JSON")));
        QVERIFY(r->error().message.contains(QLatin1String("text/html")));
    }

    void tokenNeverSentToAnotherHost()
    {
        auto c = client();
        // 1. An absolute URL of another origin (same address, other port).
        ArmReply *r = c->getUrl(QUrl(m_foreign->baseUrl() + QStringLiteral("/steal")));
        QVERIFY(waitReply(r));
        QCOMPARE(r->error().kind, ArmError::Kind::HostRefused);
        QVERIFY(r->error().userMessage().contains(m_foreign->baseUrl()));
        // 2. Plain http to the ARM host.
        ArmReply *h =
            c->getUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(m_server->port())));
        QVERIFY(waitReply(h));
        QCOMPARE(h->error().kind, ArmError::Kind::HostRefused);
        // 3. An LRO whose Azure-AsyncOperation points elsewhere.
        HttpResponse accepted = ArmTestServer::json(
            201, "{}",
            {{"Azure-AsyncOperation",
              (m_foreign->baseUrl() + QStringLiteral("/op?api-version=1")).toLatin1()}});
        m_server->enqueue("PUT", kSub + QStringLiteral("/r"), accepted);
        ArmReply *put = c->put(kSub + QStringLiteral("/r"), api::network(), {});
        QVERIFY(waitReply(put));
        ArmOperation op(c.get(), put, fastPolls());
        QVERIFY(waitOperation(&op));
        QCOMPARE(op.error().kind, ArmError::Kind::HostRefused);
        // 4. A redirect elsewhere.
        HttpResponse redirect = HttpResponse::text(307, QByteArray());
        redirect.setHeader("Location",
                           (m_foreign->baseUrl() + QStringLiteral("/moved")).toLatin1());
        m_server->enqueue("GET", kSub + QStringLiteral("/moved"), redirect);
        ArmReply *m = c->get(kSub + QStringLiteral("/moved"), api::resources());
        QVERIFY(waitReply(m));
        QCOMPARE(m->error().kind, ArmError::Kind::HostRefused);
        // 5. A nextLink elsewhere.
        m_server->enqueue("GET", kSub + QStringLiteral("/list"),
                          ArmTestServer::json(200, "{\"value\":[1],\"nextLink\":\"" +
                                                       m_foreign->baseUrl().toLatin1() +
                                                       "/page2\"}"));
        ArmListReply *l = c->list(kSub + QStringLiteral("/list"), api::resources());
        QVERIFY(l->isFinished() || waitFinished(l));
        QCOMPARE(l->error().kind, ArmError::Kind::HostRefused);

        QCOMPARE(m_foreign->log.size(), 0);
        // A redirect on the ARM host itself is followed, with the token.
        HttpResponse local = HttpResponse::text(307, QByteArray());
        local.setHeader(
            "Location",
            (m_server->baseUrl() + kSub + QStringLiteral("/here?api-version=1")).toLatin1());
        m_server->enqueue("GET", kSub + QStringLiteral("/there"), local);
        m_server->enqueue("GET", kSub + QStringLiteral("/here"), ArmTestServer::json(200, "{}"));
        ArmReply *ok = c->get(kSub + QStringLiteral("/there"), api::resources());
        QVERIFY(waitReply(ok));
        QVERIFY2(ok->ok(), qPrintable(ok->error().summary()));
        QCOMPARE(m_server->log.last().authorization,
                 QByteArray("Bearer token-") + QByteArray::number(m_tokens->issued));
    }

    void pagingFollowsNextLinkBounded()
    {
        const QString path = QStringLiteral("/tenants");
        m_server->enqueue(
            "GET", path,
            ArmTestServer::json(
                200, "{\"value\":[{\"tenantId\":\"a\"},{\"tenantId\":\"b\"}],\"nextLink\":\"" +
                         m_server->baseUrl().toLatin1() +
                         "/tenants-page2?api-version=2022-12-01&%24skiptoken=xyz\"}"));
        m_server->enqueue("GET", QStringLiteral("/tenants-page2"),
                          ArmTestServer::json(200, "{\"value\":[{\"tenantId\":\"c\"}]}"));
        auto c = client();
        ArmListReply *l = c->list(path, api::subscriptions());
        QVERIFY(l->isFinished() || waitFinished(l));
        QVERIFY2(l->ok(), qPrintable(l->error().summary()));
        QCOMPARE(l->values().size(), 3);
        QCOMPARE(l->pages(), 2);
        QVERIFY(m_server->log.at(1).query.contains(QLatin1String("skiptoken=xyz")));

        // A list that never ends.
        m_server->enqueue("GET", QStringLiteral("/loop"),
                          ArmTestServer::json(200, "{\"value\":[1],\"nextLink\":\"" +
                                                       m_server->baseUrl().toLatin1() +
                                                       "/loop?api-version=1\"}"));
        ArmClient::Options o = m_server->clientOptions();
        o.maxPages = 3;
        auto bounded = client(o);
        ArmListReply *loop = bounded->list(QStringLiteral("/loop"), QStringLiteral("1"));
        QVERIFY(loop->isFinished() || waitFinished(loop));
        QCOMPARE(loop->error().kind, ArmError::Kind::TooManyPages);
        QCOMPARE(m_server->requests("GET", QStringLiteral("/loop")), 3);
    }

    void destroyedClientFinishesRepliesCancelled()
    {
        const QString path = kSub + QStringLiteral("/forever");
        HttpResponse hang;
        hang.hang = true;
        m_server->enqueue("GET", path, hang);
        auto c = client();
        QSignalSpy busy(c.get(), &ArmClient::busyChanged);
        ArmReply *r = c->get(path, api::resources());
        QVERIFY(c->isBusy());
        QCOMPARE(busy.size(), 1);
        QPointer<ArmReply> guard(r);
        bool finished = false;
        ArmError error;
        connect(r, &ArmReply::finished, this, [&] {
            finished = true;
            error = r->error();
        });
        QTRY_COMPARE(m_server->log.size(), 1);
        c.reset();
        QVERIFY(finished);
        QCOMPARE(error.kind, ArmError::Kind::Cancelled);
        QVERIFY(!guard); // deleted with its client

        // A list whose first page has not even started.
        auto c3 = client();
        ArmListReply *l = c3->list(path, api::resources());
        QSignalSpy listDone(l, &ArmListReply::finished);
        c3.reset();
        QCOMPARE(listDone.size(), 1);

        auto c2 = client();
        ArmReply *a = c2->get(path, api::resources());
        QSignalSpy done(a, &ArmReply::finished);
        a->abort();
        QCOMPARE(done.size(), 1);
        QCOMPARE(a->error().kind, ArmError::Kind::Cancelled);
        QVERIFY(!c2->isBusy());
    }

    void badCaFileIsAClearError()
    {
        ArmClient::Options o = m_server->clientOptions();
        o.extraCaCertificates.clear();
        o.extraCaFile = QStringLiteral("/nonexistent/ca.pem");
        auto c = client(o);
        QVERIFY(c->setupError().contains(QLatin1String("/nonexistent/ca.pem")));
        ArmReply *r = c->get(kSub, api::subscriptions());
        QVERIFY(waitReply(r));
        QVERIFY(r->error().message.contains(QLatin1String("/nonexistent/ca.pem")));
        QCOMPARE(m_server->log.size(), 0);

        // The test CA from its PEM file works.
        o.extraCaFile = m_server->caFile();
        auto good = client(o);
        QVERIFY(good->setupError().isEmpty());
        m_server->enqueue("GET", kSub, ArmTestServer::json(200, "{}"));
        ArmReply *g = good->get(kSub, api::subscriptions());
        QVERIFY(waitReply(g));
        QVERIFY2(g->ok(), qPrintable(g->error().summary()));

        // Without the CA: TLS error, not retried.
        o.extraCaFile.clear();
        m_nam->clearConnectionCache(); // else the trusted connection is reused
        auto untrusting = client(o);
        ArmReply *t = untrusting->get(kSub, api::subscriptions());
        QVERIFY(waitReply(t));
        QCOMPARE(t->error().kind, ArmError::Kind::Tls);
        QCOMPARE(t->attempts(), 1);
    }
};

QTEST_GUILESS_MAIN(TestArmClient)
#include "tst_armclient.moc"
