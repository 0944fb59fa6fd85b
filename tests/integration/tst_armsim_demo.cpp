// Demo mode's ARM half: DemoEnvironment starts the Entra ID simulator (which approves the device
// code by itself) and the ARM simulator, and hands out CloudEndpoints that work as given: the
// device code flow against the authority, then ARM with the token it yields, both trusted through
// managementCaFile only. The real token check is wired in: the simulator's own test tokens and
// made-up ones are refused.
#include "sim/armsimulator.h"
#include "sim/demoenvironment.h"
#include "sim/entrasim.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>
#include <QUrlQuery>

using namespace dockervm;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject json;
};

class Client
{
public:
    explicit Client(const QString &caFile)
    {
        QFile f(caFile);
        if (f.open(QIODevice::ReadOnly))
            m_ssl.setCaCertificates(QSslCertificate::fromData(f.readAll()));
    }
    Answer send(const QUrl &url, const QByteArray &form = {}, const QByteArray &bearer = {})
    {
        QNetworkRequest req(url);
        req.setSslConfiguration(m_ssl);
        req.setTransferTimeout(15000);
        if (!bearer.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + bearer);
        QNetworkReply *r;
        if (form.isEmpty()) {
            r = m_nam.get(req);
        } else {
            req.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
            r = m_nam.post(req, form);
        }
        QSignalSpy done(r, &QNetworkReply::finished);
        if (!r->isFinished())
            done.wait(20000);
        Answer a;
        a.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.json = QJsonDocument::fromJson(r->readAll()).object();
        if (r->error() != QNetworkReply::NoError && a.status == 0)
            qWarning() << r->errorString();
        r->deleteLater();
        return a;
    }

private:
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
    QNetworkAccessManager m_nam;
};

} // namespace

class TestArmSimDemo : public QObject
{
    Q_OBJECT
private slots:
    void signInThenArmThroughTheDemoEndpoints()
    {
        sim::DemoEnvironment::Options o;
        o.latencyMs = 0;
        o.fastKeys = true;
        o.deviceCodeApproveAfterMs = 200;
        o.armOperationDelayMs = 0;
        o.armBootDelayMs = 0;
        sim::DemoEnvironment demo(o);
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        QVERIFY(demo.arm() && demo.entra());
        QVERIFY(demo.azure()); // the classic half still runs

        const identity::CloudEndpoints e = demo.cloudEndpoints();
        QVERIFY(isLoopbackName(e.authority.host()));
        QVERIFY(isLoopbackName(e.armEndpoint.host()));
        QCOMPARE(e.authority.scheme(), QStringLiteral("https"));
        QVERIFY(QFile::exists(e.managementCaFile));
        Client client(e.managementCaFile);

        // Device code flow as the app runs it.
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("client_id"), e.clientId);
        form.addQueryItem(QStringLiteral("scope"), e.scope());
        const QString base =
            e.authority.toString() + QLatin1Char('/') + e.tenant + QStringLiteral("/oauth2/v2.0/");
        Answer a = client.send(QUrl(base + QStringLiteral("devicecode")),
                               form.toString(QUrl::FullyEncoded).toUtf8());
        QCOMPARE(a.status, 200);
        const QString deviceCode = a.json.value(QStringLiteral("device_code")).toString();
        QVERIFY(!deviceCode.isEmpty());
        QUrlQuery poll;
        poll.addQueryItem(QStringLiteral("grant_type"),
                          QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
        poll.addQueryItem(QStringLiteral("client_id"), e.clientId);
        poll.addQueryItem(QStringLiteral("device_code"), deviceCode);
        // Pending until the simulator approves by itself (QTRY_* would re-run the redeeming poll).
        QByteArray token;
        for (int i = 0; i < 200 && token.isEmpty(); ++i) {
            a = client.send(QUrl(base + QStringLiteral("token")),
                            poll.toString(QUrl::FullyEncoded).toUtf8());
            token = a.json.value(QStringLiteral("access_token")).toString().toUtf8();
            if (token.isEmpty()) {
                QCOMPARE(a.json.value(QStringLiteral("error")).toString(),
                         QStringLiteral("authorization_pending"));
                QTest::qWait(50);
            }
        }
        QVERIFY(!token.isEmpty());

        // ARM with that token: the user's tenant's subscriptions.
        const QString arm = e.armEndpoint.toString();
        a = client.send(QUrl(arm + QStringLiteral("/subscriptions?api-version=2022-12-01")), {},
                        token);
        QCOMPARE(a.status, 200);
        QVERIFY(!a.json.value(QStringLiteral("value")).toArray().isEmpty());
        const QString sub = demo.arm()->defaultSubscriptionId();
        QCOMPARE(client
                     .send(QUrl(arm +
                                QStringLiteral("/subscriptions/%1/locations?api-version=2022-12-01")
                                    .arg(sub)),
                           {}, token)
                     .status,
                 200);

        // Only the Entra simulator's tokens count.
        QCOMPARE(client
                     .send(QUrl(arm + QStringLiteral("/subscriptions?api-version=2022-12-01")), {},
                           demo.arm()->issueTestToken())
                     .status,
                 401);
        demo.entra()->expireAccessToken(token);
        a = client.send(QUrl(arm + QStringLiteral("/subscriptions?api-version=2022-12-01")), {},
                        token);
        QCOMPARE(a.status, 401);
        QCOMPARE(a.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("ExpiredAuthenticationToken"));

        // Host overrides: demo rules (loopback only) and nothing mapped before a VM booted.
        const HostOverrides hosts = demo.armHostOverrides();
        QVERIFY(hosts.isLoopbackOnly());
        QVERIFY(hosts.mapsSimulatedEndpoints());
    }

    void classicOnlyWhenArmIsOff()
    {
        sim::DemoEnvironment::Options o;
        o.arm = false;
        o.fastKeys = true;
        sim::DemoEnvironment demo(o);
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        QVERIFY(!demo.arm());
        QVERIFY(!demo.entra());
        QVERIFY(demo.azure());
    }
};

QTEST_MAIN(TestArmSimDemo)
#include "tst_armsim_demo.moc"
