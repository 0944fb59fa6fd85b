// ArmError: the ARM error envelope, nested DeploymentFailed details, Retry-After and the
// translated, actionable userMessage() per category, fed with the recorded fixtures.
#include "arm/armerror.h"

#include "arm_testserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dockervm::arm;
using dockervm::testing::armExchanges;
using dockervm::testing::armFixture;

namespace {

ArmError fromExchange(const QString &fixture, int index = 0)
{
    const auto exchanges = armExchanges(fixture);
    if (index >= exchanges.size())
        return {};
    const auto &e = exchanges.at(index);
    return ArmError::fromHttpReply(e.status, e.body, QStringLiteral("req-1"),
                                   QStringLiteral("corr-1"));
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject issueItem(const QString &codePrefix)
{
    for (const QJsonValue &v : armFixture(QStringLiteral("errors-reported-in-issues.json"))
                                   .value(QLatin1String("items"))
                                   .toArray()) {
        if (v.toObject().value(QLatin1String("code")).toString().startsWith(codePrefix))
            return v.toObject();
    }
    return {};
}

ArmError fromMessage(int status, const QString &code, const QString &message)
{
    return ArmError::fromHttpReply(
        status,
        compact({{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                       {QStringLiteral("message"), message}}}}));
}

} // namespace

class TestArmError : public QObject
{
    Q_OBJECT
private slots:
    void authorizationFailedNamesRoleAndSubscription()
    {
        // The recorded 403 is on a tenant-level scope: no subscription in it.
        ArmError e = fromExchange(QStringLiteral("error-403-authorizationfailed.json"));
        QCOMPARE(e.httpStatus, 403);
        QCOMPARE(e.code, QStringLiteral("AuthorizationFailed"));
        QCOMPARE(e.category(), ArmError::Category::Authorization);
        QVERIFY(e.userMessage().contains(QLatin1String("Contributor (or Owner)")));
        QVERIFY(e.userMessage().contains(QLatin1String("sign in again")));
        QVERIFY(e.userMessage().contains(QLatin1String("req-1")));
        QVERIFY(!e.isRetryable());
        // With a subscription scope in the URL, the text names it.
        e.url = QUrl(QStringLiteral("https://management.azure.com/subscriptions/"
                                    "11111111-2222-3333-4444-555555555555/resourcegroups/rg"));
        QVERIFY(e.userMessage().contains(QLatin1String("11111111-2222-3333-4444-555555555555")));
    }

    void quotaFromOperationNotAllowedAndQuotaExceeded()
    {
        const ArmError cores = fromExchange(QStringLiteral("error-409-quota-regional-cores.json"));
        QCOMPARE(cores.httpStatus, 409);
        QCOMPARE(cores.code, QStringLiteral("OperationNotAllowed"));
        QCOMPARE(cores.category(), ArmError::Category::Quota);
        QVERIFY(!cores.isRetryable()); // a 409 no replay fixes
        QVERIFY(cores.userMessage().contains(QLatin1String("request more quota")));
        QVERIFY(cores.userMessage().contains(
            QLatin1String("https://portal.azure.com/#view/Microsoft_Azure_Capacity/")));
        QVERIFY(cores.userMessage().contains(QLatin1String("Total Regional Cores")));

        const ArmError wrapped =
            fromExchange(QStringLiteral("error-400-invalidtemplatedeployment-quotaexceeded.json"));
        QCOMPARE(wrapped.code, QStringLiteral("InvalidTemplateDeployment"));
        QCOMPARE(wrapped.rootCause().code, QStringLiteral("QuotaExceeded"));
        QCOMPARE(wrapped.category(), ArmError::Category::Quota);

        // "Disk ... is attached" is OperationNotAllowed too, but not about quota.
        const ArmError disk = fromExchange(QStringLiteral("error-delete-in-use-resources.json"), 0);
        QCOMPARE(disk.code, QStringLiteral("OperationNotAllowed"));
        QCOMPARE(disk.category(), ArmError::Category::Other);
        QVERIFY(!disk.isRetryable());
    }

    void deploymentFailedNestedDnsRecordInUse()
    {
        const auto ex = armExchanges(QStringLiteral("error-deployment-failed-dnsrecordinuse.json"));
        QCOMPARE(ex.size(), 1);
        const ArmError e = ArmError::fromOperationBody(
            QJsonDocument::fromJson(ex.first().body).object(), QStringLiteral("req-9"));
        QCOMPARE(e.kind, ArmError::Kind::OperationFailed);
        QCOMPARE(e.code, QStringLiteral("DeploymentFailed")); // raw, for logs and --json
        QCOMPARE(e.details.size(), 1);
        QCOMPARE(e.details.first().code, QStringLiteral("BadRequest"));
        QCOMPARE(e.details.first().details.size(), 1); // the JSON string, parsed
        const ArmErrorDetail root = e.rootCause();
        QCOMPARE(root.code, QStringLiteral("DnsRecordInUse"));
        QCOMPARE(root.message, QStringLiteral("DNS record clitest.westus.cloudapp.azure.com is "
                                              "already used by another public IP."));
        QCOMPARE(e.category(), ArmError::Category::DnsRecordInUse);
        QVERIFY(e.userMessage().contains(QLatin1String("Choose another DNS label")));
        QVERIFY(e.userMessage().contains(QLatin1String("clitest.westus.cloudapp.azure.com")));
        const QJsonObject j = e.toJson();
        QCOMPARE(j.value(QLatin1String("code")).toString(), QStringLiteral("DeploymentFailed"));
        QCOMPARE(j.value(QLatin1String("rootCause")).toObject().value(QLatin1String("code")),
                 QJsonValue(QStringLiteral("DnsRecordInUse")));
        QCOMPARE(j.value(QLatin1String("category")).toString(),
                 QStringLiteral("dns-record-in-use"));
    }

    void lroFailureBodies()
    {
        const auto net = armExchanges(QStringLiteral("lro-failed-network.json"));
        const ArmError n =
            ArmError::fromOperationBody(QJsonDocument::fromJson(net.first().body).object());
        QCOMPARE(n.kind, ArmError::Kind::OperationFailed);
        QCOMPARE(n.code, QStringLiteral("InitiatingCircuitNotProvisioned"));
        QCOMPARE(n.category(), ArmError::Category::Other);
        QVERIFY(n.userMessage().contains(QLatin1String("The Azure operation failed")));
        QVERIFY(n.userMessage().contains(QLatin1String("InitiatingCircuitNotProvisioned")));

        const auto ext = armExchanges(QStringLiteral("lro-failed-vm-extension.json"));
        const ArmError x =
            ArmError::fromOperationBody(QJsonDocument::fromJson(ext.last().body).object());
        QCOMPARE(x.code, QStringLiteral("VMExtensionProvisioningError"));

        const ArmError c = ArmError::fromOperationBody(
            QJsonObject{{QStringLiteral("status"), QStringLiteral("Canceled")}});
        QCOMPARE(c.kind, ArmError::Kind::OperationCanceled);
        QCOMPARE(c.category(), ArmError::Category::Cancelled);
        QVERIFY(!c.userMessage().isEmpty());
    }

    void notFound()
    {
        const ArmError rg = fromExchange(QStringLiteral("error-404-resourcegroupnotfound.json"));
        QCOMPARE(rg.category(), ArmError::Category::ResourceGroupNotFound);
        QVERIFY(rg.userMessage().contains(QLatin1String("resource group does not exist")));
        const ArmError r = fromMessage(404, QStringLiteral("ResourceNotFound"),
                                       QStringLiteral("The Resource 'x' was not found."));
        QCOMPARE(r.category(), ArmError::Category::ResourceNotFound);
        QVERIFY(r.userMessage().contains(QLatin1String("resource does not exist")));
    }

    void inUseDeleteOrder_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("code");
        QTest::newRow("nic") << 1 << QStringLiteral("NicInUse");
        QTest::newRow("nsg") << 2 << QStringLiteral("InUseNetworkSecurityGroupCannotBeDeleted");
        QTest::newRow("pip") << 3 << QStringLiteral("PublicIPAddressCannotBeDeleted");
        QTest::newRow("subnet") << 4 << QStringLiteral("InUseSubnetCannotBeDeleted");
    }
    void inUseDeleteOrder()
    {
        QFETCH(int, index);
        QFETCH(QString, code);
        const ArmError e =
            fromExchange(QStringLiteral("error-delete-in-use-resources.json"), index);
        QCOMPARE(e.httpStatus, 400);
        QCOMPARE(e.code, code);
        QCOMPARE(e.category(), ArmError::Category::InUse);
        QVERIFY(e.userMessage().contains(QLatin1String("reverse order")));
        QVERIFY(!e.isRetryable());
    }

    void skuNotAvailable()
    {
        const QJsonObject item = issueItem(QStringLiteral("SkuNotAvailable"));
        const ArmError e =
            ArmError::fromHttpReply(409, compact(item.value(QLatin1String("body")).toObject()));
        QCOMPARE(e.category(), ArmError::Category::SkuNotAvailable);
        QVERIFY(!e.isRetryable()); // 409, but never replayed
        QVERIFY(e.userMessage().contains(QLatin1String("Choose another size or another region")));
        const QJsonObject capacity = issueItem(QStringLiteral("SkuNotAvailable (capacity"));
        const ArmError c = fromMessage(409, QStringLiteral("SkuNotAvailable"),
                                       capacity.value(QLatin1String("message")).toString());
        QCOMPARE(c.category(), ArmError::Category::SkuNotAvailable);
    }

    void signIn()
    {
        const QJsonObject item = issueItem(QStringLiteral("ExpiredAuthenticationToken"));
        const ArmError e = fromMessage(401, QStringLiteral("ExpiredAuthenticationToken"),
                                       item.value(QLatin1String("message")).toString());
        QCOMPARE(e.category(), ArmError::Category::SignIn);
        QVERIFY(e.userMessage().contains(QLatin1String("Sign in again")));
        const ArmError i = fromMessage(401, QStringLiteral("InvalidAuthenticationToken"),
                                       QStringLiteral("The access token is invalid."));
        QCOMPARE(i.category(), ArmError::Category::SignIn);
        const ArmError s = ArmError::signInRequired(QStringLiteral("Refresh token revoked."));
        QCOMPARE(s.category(), ArmError::Category::SignIn);
        QVERIFY(s.userMessage().startsWith(QLatin1String("Refresh token revoked.")));
    }

    void providerNotRegistered()
    {
        const ArmError e =
            fromMessage(409, QStringLiteral("MissingSubscriptionRegistration"),
                        QStringLiteral("The subscription is not registered to use namespace "
                                       "'Microsoft.Network'."));
        QCOMPARE(e.category(), ArmError::Category::ProviderNotRegistered);
        QVERIFY(!e.isRetryable());
        QVERIFY(e.userMessage().contains(QLatin1String("Register Microsoft.Compute and "
                                                       "Microsoft.Network")));
    }

    void throttling_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("seconds");
        QTest::newRow("TooManyRequests") << QStringLiteral("TooManyRequests") << -1;
        QTest::newRow("ResourceRequestsThrottled")
            << QStringLiteral("ResourceRequestsThrottled") << 372;
    }
    void throttling()
    {
        QFETCH(QString, prefix);
        QFETCH(int, seconds);
        const QJsonObject item = issueItem(prefix);
        const ArmError e =
            ArmError::fromHttpReply(item.value(QLatin1String("status")).toInt(),
                                    compact(item.value(QLatin1String("body")).toObject()));
        QCOMPARE(e.httpStatus, 429);
        QCOMPARE(e.category(), ArmError::Category::Throttled);
        QCOMPARE(e.retryAfterSeconds, seconds);
        QVERIFY(e.isRetryable());
        QVERIFY(e.userMessage().contains(QLatin1String("throttling")));
        // The header wins over the message.
        const ArmError h = ArmError::fromHttpReply(
            429, compact(item.value(QLatin1String("body")).toObject()), {}, {}, "17");
        QCOMPARE(h.retryAfterSeconds, 17);
    }

    void subscriptionThrottledMessageSeconds()
    {
        const QJsonObject item = issueItem(QStringLiteral("SubscriptionRequestsThrottled"));
        QCOMPARE(retryAfterFromMessage(item.value(QLatin1String("message")).toString()), 6);
        QCOMPARE(retryAfterFromMessage(QStringLiteral("no number here")), -1);
    }

    void retryAfterHeader()
    {
        const QDateTime now(QDate(2026, 11, 30), QTime(12, 0, 0), Qt::UTC);
        QCOMPARE(parseRetryAfter("30", now), 30);
        QCOMPARE(parseRetryAfter(" 0 ", now), 0);
        QCOMPARE(parseRetryAfter("Mon, 30 Nov 2026 12:00:45 GMT", now), 45);
        QCOMPARE(parseRetryAfter("Mon, 30 Nov 2026 11:00:00 GMT", now), 0); // in the past
        QCOMPARE(parseRetryAfter("", now), -1);
        QCOMPARE(parseRetryAfter("soon", now), -1);
        QCOMPARE(parseRetryAfter("-5", now), -1);
    }

    void transientConflictOnly409Retried()
    {
        const ArmError a = fromMessage(409, QStringLiteral("AnotherOperationInProgress"),
                                       QStringLiteral("Operation 'PutVM' is not allowed since "
                                                      "another operation is in progress."));
        QVERIFY(a.isRetryable());
        QCOMPARE(a.category(), ArmError::Category::TransientConflict);
        QVERIFY(a.userMessage().contains(QLatin1String("still running")));
        const ArmError c = fromMessage(409, QStringLiteral("Conflict"),
                                       QStringLiteral("Operation is in progress on the resource."));
        QVERIFY(c.isRetryable());
        const ArmError other = fromMessage(409, QStringLiteral("Conflict"),
                                           QStringLiteral("The resource already exists."));
        QVERIFY(!other.isRetryable());
    }

    void serverAndTransport()
    {
        const ArmError s = ArmError::fromHttpReply(503, "<html>Service Unavailable</html>");
        QCOMPARE(s.category(), ArmError::Category::Server);
        QVERIFY(s.isRetryable());
        QVERIFY(s.message.contains(QLatin1String("Service Unavailable"))); // raw text kept
        QVERIFY(s.userMessage().contains(QLatin1String("internal error (HTTP 503)")));
        const ArmError t = ArmError::fromNetworkError(
            QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused"),
            QUrl(QStringLiteral("https://h/x?api-version=1")));
        QCOMPARE(t.kind, ArmError::Kind::Transport);
        QVERIFY(t.isRetryable());
        QVERIFY(t.userMessage().contains(QLatin1String("Check the network connection")));
        const ArmError tls = ArmError::fromNetworkError(
            QNetworkReply::SslHandshakeFailedError, QStringLiteral("handshake"),
            QUrl(QStringLiteral("https://h/")), {QStringLiteral("The certificate is self-signed")});
        QCOMPARE(tls.kind, ArmError::Kind::Tls);
        QVERIFY(!tls.isRetryable());
        const ArmError h =
            ArmError::hostRefused(QUrl(QStringLiteral("https://evil.example/op?token=x")),
                                  QUrl(QStringLiteral("https://management.azure.com")));
        QVERIFY(h.userMessage().contains(QLatin1String("evil.example")));
        QVERIFY(!h.userMessage().contains(QLatin1String("token=x")));
    }

    void notAnEnvelope()
    {
        QVERIFY(!parseArmErrorBody("not json"));
        QVERIFY(!parseArmErrorBody("{\"value\":[]}"));
        const auto bare = parseArmErrorBody("{\"code\":\"X\",\"message\":\"m\"}");
        QVERIFY(bare);
        QCOMPARE(bare->code, QStringLiteral("X"));
        const ArmError e = ArmError::fromHttpReply(400, QByteArray());
        QCOMPARE(e.category(), ArmError::Category::Other);
        QVERIFY(e.userMessage().contains(QLatin1String("HTTP 400")));
    }
};

QTEST_GUILESS_MAIN(TestArmError)
#include "tst_armerror.moc"
