// sim::EntraSimulator on its own, over TLS on loopback with a plain QNetworkAccessManager: the
// recorded error body shape, tenants, auto-approve (demo), refresh rotation and revocation, and
// checkAccessToken() as the ARM simulator uses it.
#include "entra_harness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace dockervm;
using sim::EntraSimulator;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject body;
};

} // namespace

class TestEntraSim : public QObject
{
    Q_OBJECT

private slots:
    void errorBodyShape();
    void unknownTenantAndMethod();
    void autoApprove();
    void refreshRotatesAndRevokes();
    void perTenantTokensAndCheck();
    void handleFallsThroughForOtherPaths();

private:
    Answer post(EntraHarness &h, const QString &path, const QUrlQuery &form,
                const QByteArray &method = "POST");
    QNetworkAccessManager m_nam;
};

Answer TestEntraSim::post(EntraHarness &h, const QString &path, const QUrlQuery &form,
                          const QByteArray &method)
{
    QUrl url = h.sim->authority();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(h.pki.caCertPath);
    request.setSslConfiguration(ssl);
    QNetworkReply *reply =
        m_nam.sendCustomRequest(request, method, form.query(QUrl::FullyEncoded).toLatin1());
    std::unique_ptr<QNetworkReply> owner(reply);
    Answer a;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        return a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = QJsonDocument::fromJson(reply->readAll()).object();
    return a;
}

static QUrlQuery form(std::initializer_list<std::pair<const char *, QString>> items)
{
    QUrlQuery q;
    for (const auto &[k, v] : items)
        q.addQueryItem(QString::fromLatin1(k), QString::fromLatin1(QUrl::toPercentEncoding(v)));
    return q;
}

void TestEntraSim::errorBodyShape()
{
    EntraHarness h;
    QVERIFY(h.start());
    const Answer dc =
        post(h, QStringLiteral("/organizations/oauth2/v2.0/devicecode"),
             form({{"client_id", QStringLiteral("app")},
                   {"scope", QStringLiteral("https://management.core.windows.net//.default")}}));
    QCOMPARE(dc.status, 200);
    for (const char *k :
         {"user_code", "device_code", "verification_uri", "expires_in", "interval", "message"})
        QVERIFY2(dc.body.contains(QLatin1String(k)), k);
    const Answer pending =
        post(h, QStringLiteral("/organizations/oauth2/v2.0/token"),
             form({{"grant_type", QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                   {"client_id", QStringLiteral("app")},
                   {"device_code", dc.body.value(QLatin1String("device_code")).toString()}}));
    QCOMPARE(pending.status, 400);
    // The same keys as the recorded body in tests/data/arm/entra/auth-device-code-flow.json.
    QFile f(qEnvironmentVariable("DOCKERVM_TEST_DATA") +
            QStringLiteral("/arm/entra/auth-device-code-flow.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject recorded = QJsonDocument::fromJson(f.readAll())
                                     .object()
                                     .value(QLatin1String("captures"))
                                     .toArray()
                                     .at(1)
                                     .toObject()
                                     .value(QLatin1String("response"))
                                     .toObject()
                                     .value(QLatin1String("body"))
                                     .toObject();
    QCOMPARE(pending.body.keys(), recorded.keys());
    QCOMPARE(pending.body.value(QLatin1String("error")).toString(),
             QStringLiteral("authorization_pending"));
    const QString description = pending.body.value(QLatin1String("error_description")).toString();
    QVERIFY(description.startsWith(QLatin1String("AADSTS70016: ")));
    QVERIFY(description.contains(QLatin1String("\r\nTrace ID: ")));
    QCOMPARE(pending.body.value(QLatin1String("error_codes")).toArray(), QJsonArray{70016});
    // Wrong client for the code: invalid_grant.
    const Answer wrongClient =
        post(h, QStringLiteral("/organizations/oauth2/v2.0/token"),
             form({{"grant_type", QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                   {"client_id", QStringLiteral("other")},
                   {"device_code", dc.body.value(QLatin1String("device_code")).toString()}}));
    QCOMPARE(wrongClient.body.value(QLatin1String("error")).toString(),
             QStringLiteral("invalid_grant"));
    const Answer unknownCode =
        post(h, QStringLiteral("/organizations/oauth2/v2.0/token"),
             form({{"grant_type", QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                   {"client_id", QStringLiteral("app")},
                   {"device_code", QStringLiteral("nope")}}));
    QCOMPARE(unknownCode.body.value(QLatin1String("error")).toString(),
             QStringLiteral("bad_verification_code"));
    const Answer grant = post(h, QStringLiteral("/organizations/oauth2/v2.0/token"),
                              form({{"grant_type", QStringLiteral("password")}}));
    QCOMPARE(grant.body.value(QLatin1String("error")).toString(),
             QStringLiteral("unsupported_grant_type"));
}

void TestEntraSim::unknownTenantAndMethod()
{
    EntraHarness h;
    QVERIFY(h.start());
    const Answer t = post(h, QStringLiteral("/not-a-tenant/oauth2/v2.0/devicecode"),
                          form({{"client_id", QStringLiteral("app")}}));
    QCOMPARE(t.status, 400);
    QCOMPARE(t.body.value(QLatin1String("error")).toString(), QStringLiteral("invalid_tenant"));
    const Answer m = post(h, QStringLiteral("/organizations/oauth2/v2.0/token"), {}, "GET");
    QCOMPARE(m.status, 405);
}

void TestEntraSim::autoApprove()
{
    EntraSimulator::Options o;
    o.autoApproveAfterMs = 0;
    EntraHarness h;
    QVERIFY(h.start(o));
    const Answer dc =
        post(h, QStringLiteral("/organizations/oauth2/v2.0/devicecode"),
             form({{"client_id", QStringLiteral("app")}, {"scope", QStringLiteral("s")}}));
    const Answer tok =
        post(h, QStringLiteral("/organizations/oauth2/v2.0/token"),
             form({{"grant_type", QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                   {"client_id", QStringLiteral("app")},
                   {"device_code", dc.body.value(QLatin1String("device_code")).toString()}}));
    QCOMPARE(tok.status, 200);
    QCOMPARE(tok.body.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
    QVERIFY(tok.body.contains(QLatin1String("refresh_token")));
    QVERIFY(tok.body.contains(QLatin1String("id_token")));
    // A redeemed code cannot be used twice.
    const Answer again =
        post(h, QStringLiteral("/organizations/oauth2/v2.0/token"),
             form({{"grant_type", QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                   {"client_id", QStringLiteral("app")},
                   {"device_code", dc.body.value(QLatin1String("device_code")).toString()}}));
    QCOMPARE(again.body.value(QLatin1String("error")).toString(),
             QStringLiteral("bad_verification_code"));
}

void TestEntraSim::refreshRotatesAndRevokes()
{
    EntraSimulator::Options o;
    o.autoApproveAfterMs = 0;
    EntraHarness h;
    QVERIFY(h.start(o));
    const Answer dc =
        post(h, QStringLiteral("/organizations/oauth2/v2.0/devicecode"),
             form({{"client_id", QStringLiteral("app")}, {"scope", QStringLiteral("s")}}));
    const Answer tok =
        post(h, QStringLiteral("/organizations/oauth2/v2.0/token"),
             form({{"grant_type", QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                   {"client_id", QStringLiteral("app")},
                   {"device_code", dc.body.value(QLatin1String("device_code")).toString()}}));
    const QString rt = tok.body.value(QLatin1String("refresh_token")).toString();
    const Answer r1 = post(h, QStringLiteral("/organizations/oauth2/v2.0/token"),
                           form({{"grant_type", QStringLiteral("refresh_token")},
                                 {"client_id", QStringLiteral("app")},
                                 {"refresh_token", rt}}));
    QCOMPARE(r1.status, 200);
    const QString rt2 = r1.body.value(QLatin1String("refresh_token")).toString();
    QVERIFY(!rt2.isEmpty() && rt2 != rt);
    h.sim->revokeUser(EntraSimulator::defaultUser().userName);
    const Answer r2 = post(h, QStringLiteral("/organizations/oauth2/v2.0/token"),
                           form({{"grant_type", QStringLiteral("refresh_token")},
                                 {"client_id", QStringLiteral("app")},
                                 {"refresh_token", rt2}}));
    QCOMPARE(r2.status, 400);
    QCOMPARE(r2.body.value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(r2.body.value(QLatin1String("error_codes")).toArray(), QJsonArray{50173});
}

void TestEntraSim::perTenantTokensAndCheck()
{
    EntraSimulator::Options o;
    o.autoApproveAfterMs = 0;
    o.accessTokenLifetimeSec = 1;
    EntraHarness h;
    QVERIFY(h.start(o));
    const QString tenant = EntraSimulator::defaultUser().tenantIds.first();
    const Answer dc =
        post(h, QStringLiteral("/%1/oauth2/v2.0/devicecode").arg(tenant),
             form({{"client_id", QStringLiteral("app")}, {"scope", QStringLiteral("s")}}));
    const Answer tok =
        post(h, QStringLiteral("/%1/oauth2/v2.0/token").arg(tenant),
             form({{"grant_type", QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                   {"client_id", QStringLiteral("app")},
                   {"device_code", dc.body.value(QLatin1String("device_code")).toString()}}));
    const QByteArray access = tok.body.value(QLatin1String("access_token")).toString().toUtf8();
    sim::TokenCheck c = h.sim->checkAccessToken(access);
    QVERIFY(c.ok);
    QCOMPARE(c.tenantId, tenant);
    QCOMPARE(c.user, EntraSimulator::defaultUser().userName);
    QVERIFY(!h.sim->checkAccessToken("forged").ok);
    QVERIFY(!h.sim->checkAccessToken("forged").expired);
    // One-second tokens run out (waits on the condition, not a fixed sleep).
    QTRY_VERIFY_WITH_TIMEOUT(h.sim->checkAccessToken(access).expired, 5000);
    QVERIFY(!h.sim->checkAccessToken(access).ok);
}

void TestEntraSim::handleFallsThroughForOtherPaths()
{
    EntraSimulator simulator;
    sim::HttpRequest r;
    r.method = "GET";
    r.path = QStringLiteral("/subscriptions");
    QVERIFY(!simulator.handle(r).has_value());
}

QTEST_GUILESS_MAIN(TestEntraSim)
#include "tst_entrasim.moc"
