// The management client against the Azure simulator over real TLS on loopback.
#include "azure/managementclient.h"
#include "azure/publishsettings.h"
#include "sim/azuresimulator.h"

#include "asm_simulator.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dockervm;
using namespace dockervm::azure;
using dockervm::sim::AzureCall;
using dockervm::sim::AzureSimulator;
using dockervm::sim::HttpResponse;
using dockervm::testing::asmRequestCount;
using dockervm::testing::asmSimulatorClientOptions;

class TestManagementClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<AzureSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    int m_flaky409 = 0;

    std::unique_ptr<ManagementClient> client(ManagementClient::Options o)
    {
        return std::make_unique<ManagementClient>(m_nam.get(), m_sim->subscription(), o);
    }
    std::unique_ptr<ManagementClient> client() { return client(asmSimulatorClientOptions(*m_sim)); }

    static bool waitFinished(ManagementReply *reply, int timeoutMs = 15000)
    {
        if (reply->isFinished())
            return true;
        QSignalSpy spy(reply, &ManagementReply::finished);
        return spy.wait(timeoutMs);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sim = std::make_unique<AzureSimulator>();
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        QVERIFY(m_sim->port() > 0);
        QCOMPARE(m_sim->subscription().managementEndpoint.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(m_sim->subscription().name, QStringLiteral("Demo Subscription"));
        QVERIFY(m_sim->subscription().isValid());

        // Test-only routes, added the way the next issue's routes will be.
        m_sim->addRoute("POST", QStringLiteral("echo"), [](AzureCall &c) {
            HttpResponse r = AzureSimulator::xmlResponse(200, c.request.body);
            r.setHeader("X-Echo-Content-Type", c.request.header("content-type"));
            return r;
        });
        m_sim->addRoute("DELETE", QStringLiteral("flaky409"), [this](AzureCall &) {
            if (m_flaky409-- > 0)
                return AzureSimulator::errorResponse(
                    409, QStringLiteral("ConflictError"),
                    QStringLiteral("Windows Azure is currently performing an operation with "
                                   "x-ms-requestid 1234 on this deployment that requires "
                                   "exclusive access."));
            return AzureSimulator::xmlResponse(200, QByteArray());
        });
        m_sim->addRoute("PUT", QStringLiteral("registered"), [](AzureCall &) {
            return AzureSimulator::errorResponse(
                409, QStringLiteral("ConflictError"),
                QStringLiteral("The resource type website is already registered for this "
                               "subscription."));
        });
        m_sim->addRoute("GET", QStringLiteral("loop"), [this](AzureCall &c) {
            HttpResponse r = HttpResponse::text(307, QByteArray());
            r.setHeader("Location", "https://localhost:" + QByteArray::number(m_sim->port()) +
                                        c.request.target);
            return r;
        });
    }

    void init()
    {
        m_sim->setFaults(sim::AzureFaults());
        m_sim->clearRequestLog();
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_flaky409 = 0;
    }

    void cleanup() { m_nam.reset(); }

    void listLocations()
    {
        auto c = client();
        LocationsReply *reply = c->listLocations();
        QVERIFY(waitFinished(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->httpStatus(), 200);
        QCOMPARE(reply->locations().size(), 13);
        QCOMPARE(virtualMachineLocations(reply->locations()).size(), 13);
        QCOMPARE(reply->attempts(), 1);
        QVERIFY(!reply->requestId().isEmpty());
        const auto log = m_sim->requestLog();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().method, QByteArray("GET"));
        QCOMPARE(log.first().path,
                 QLatin1Char('/') + m_sim->subscription().id + QStringLiteral("/locations"));
        QCOMPARE(log.first().apiVersion, QByteArray("2014-06-01"));
        QVERIFY(log.first().clientCertificateAccepted);
    }

    void listAndFilterImages()
    {
        auto c = client();
        OsImagesReply *reply = c->listOsImages();
        QVERIFY(waitFinished(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->images().size(), 264);
        const QList<OsImage> ubuntu = filterImages(reply->images());
        QCOMPARE(ubuntu.size(), 9);
        QVERIFY(ubuntu.first().name.contains(QStringLiteral("20140924")));
        QVERIFY(!lacksExtensionAgent(ubuntu.first()));
        QVERIFY(lacksExtensionAgent(ubuntu.last()));
    }

    void availability_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("available");
        QTest::addColumn<QString>("reason");
        QTest::newRow("free") << "docker-vm-1234" << true << QString();
        QTest::newRow("taken") << "taken" << false << "already taken";
        QTest::newRow("taken, other case") << "TAKEN" << false << "already taken";
        QTest::newRow("invalid") << "-x" << false << "invalid";
    }

    void availability()
    {
        QFETCH(QString, name);
        QFETCH(bool, available);
        QFETCH(QString, reason);
        auto c = client();
        AvailabilityReply *reply = c->checkHostedServiceName(name);
        QVERIFY(waitFinished(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->availability().available, available);
        if (reason.isEmpty())
            QVERIFY(reply->availability().reason.isEmpty());
        else
            QVERIFY2(reply->availability().reason.contains(reason),
                     qPrintable(reply->availability().reason));
    }

    void wrongClientCertificate()
    {
        QString error;
        const auto stranger = m_sim->issueStrangerCertificate(&error);
        QVERIFY2(!stranger.first.isNull(), qPrintable(error));
        Subscription sub = m_sim->subscription();
        sub.certificate = stranger.first;
        sub.privateKey = stranger.second;
        ManagementClient c(m_nam.get(), sub, asmSimulatorClientOptions(*m_sim));
        LocationsReply *reply = c.listLocations();
        QVERIFY(waitFinished(reply));
        QVERIFY(!reply->ok());
        const AsmError &e = reply->error();
        QCOMPARE(e.kind, AsmError::Kind::Http);
        QCOMPARE(e.httpStatus, 403);
        QCOMPARE(e.code, QStringLiteral("ForbiddenError"));
        QVERIFY(e.message.contains(QStringLiteral("certificate is valid and is associated")));
        QVERIFY(e.isAuthenticationError());
        QVERIFY(e.explanation.contains(QStringLiteral("management certificate is not accepted")));
        QVERIFY(e.nextStep.contains(QStringLiteral(".publishsettings")));
        QCOMPARE(reply->attempts(), 1); // never retried
        QCOMPARE(m_sim->requestLog().size(), 1);
        QVERIFY(!m_sim->requestLog().first().clientCertificateAccepted);
    }

    void noClientCertificate()
    {
        Subscription sub = m_sim->subscription();
        sub.certificate = QSslCertificate();
        sub.privateKey = QSslKey();
        ManagementClient c(m_nam.get(), sub, asmSimulatorClientOptions(*m_sim));
        ManagementReply *reply = c.get(QStringLiteral("locations"));
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->error().httpStatus, 403);
        QCOMPARE(reply->error().code, QStringLiteral("ForbiddenError"));
        QCOMPARE(reply->attempts(), 1);
    }

    void untrustedServer()
    {
        ManagementClient::Options o = asmSimulatorClientOptions(*m_sim);
        o.extraCaCertificates.clear(); // the system store does not know the simulator's CA
        auto c = client(o);
        LocationsReply *reply = c->listLocations();
        QVERIFY(waitFinished(reply));
        const AsmError &e = reply->error();
        QCOMPARE(e.kind, AsmError::Kind::Tls);
        QVERIFY(!e.tlsErrors.isEmpty());
        QVERIFY2(e.explanation.contains(QStringLiteral("not trusted")), qPrintable(e.explanation));
        QVERIFY(e.nextStep.contains(QStringLiteral("--management-ca")));
        QCOMPARE(reply->attempts(), 1);
    }

    void redirectKeepsMethodAndBody()
    {
        sim::AzureFaults f;
        f.redirectEvery = 1; // every request to 127.0.0.1 is sent on to localhost
        m_sim->setFaults(f);
        auto c = client();
        const QByteArray body = "<Echo xmlns=\"http://schemas.microsoft.com/windowsazure\">"
                                "<Value>kept across the 307</Value></Echo>";
        ManagementReply *reply = c->post(QStringLiteral("echo"), body);
        QVERIFY(waitFinished(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->redirects(), 1);
        QCOMPARE(reply->attempts(), 1);
        QCOMPARE(reply->body(), body);
        QVERIFY(reply->header("X-Echo-Content-Type").startsWith("application/xml"));
        QCOMPARE(reply->url().host(), QStringLiteral("localhost"));
        const auto log = m_sim->requestLog();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0].status, 307);
        QCOMPARE(log[1].status, 200);
        QCOMPARE(log[1].method, QByteArray("POST"));
        QCOMPARE(log[1].body, body);
        QVERIFY(log[1].host.startsWith("localhost"));
        QVERIFY(log[1].clientCertificateAccepted); // client certificate kept
    }

    void redirectedTypedCall()
    {
        sim::AzureFaults f;
        f.redirectEvery = 1;
        m_sim->setFaults(f);
        auto c = client();
        LocationsReply *reply = c->listLocations();
        QVERIFY(waitFinished(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->locations().size(), 13);
        QCOMPARE(reply->redirects(), 1);
    }

    void redirectLoopGivesUp()
    {
        auto c = client();
        ManagementReply *reply = c->get(QStringLiteral("loop"));
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->error().kind, AsmError::Kind::TooManyRedirects);
        QCOMPARE(reply->redirects(), 5);
        QCOMPARE(asmRequestCount(*m_sim, QStringLiteral("/loop")), 6);
    }

    void storm503SucceedsAfterRetries()
    {
        sim::AzureFaults f;
        f.fail503Next = 3;
        m_sim->setFaults(f);
        auto c = client();
        LocationsReply *reply = c->listLocations();
        QSignalSpy retrying(reply, &ManagementReply::retrying);
        QVERIFY(waitFinished(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->attempts(), 4);
        QCOMPARE(retrying.size(), 3);
        const AsmError first = retrying.first().at(1).value<AsmError>();
        QCOMPARE(first.httpStatus, 503);
        QCOMPARE(first.code, QStringLiteral("TooManyRequests"));
        const int delay = retrying.first().at(2).toInt();
        QVERIFY(delay >= 5 && delay <= 10);
        QCOMPARE(reply->locations().size(), 13);
    }

    void storm503GivesUp()
    {
        sim::AzureFaults f;
        f.failureRate503 = 1.0;
        m_sim->setFaults(f);
        ManagementClient::Options o = asmSimulatorClientOptions(*m_sim);
        o.maxRetries = 2;
        auto c = client(o);
        LocationsReply *reply = c->listLocations();
        QVERIFY(waitFinished(reply));
        QVERIFY(!reply->ok());
        QCOMPARE(reply->error().httpStatus, 503);
        QCOMPARE(reply->error().code, QStringLiteral("TooManyRequests"));
        QVERIFY(reply->error().explanation.contains(QStringLiteral("busy")));
        QCOMPARE(reply->attempts(), 3);
        QCOMPARE(m_sim->requestLog().size(), 3);
    }

    void conflictExclusiveAccessRetried()
    {
        m_flaky409 = 2;
        auto c = client();
        ManagementReply *reply = c->del(QStringLiteral("flaky409"));
        QVERIFY(waitFinished(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->attempts(), 3);
    }

    void notRetried_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("404") << QByteArray("GET") << "no/such/thing"
                             << "2014-06-01" << 404 << "ResourceNotFound";
        QTest::newRow("400 version") << QByteArray("GET") << "locations"
                                     << "1999-01-01" << 400 << "MissingOrIncorrectVersionHeader";
        QTest::newRow("409 registered") << QByteArray("PUT") << "registered"
                                        << "2014-06-01" << 409 << "ConflictError";
        QTest::newRow("400 verb") << QByteArray("DELETE") << "locations"
                                  << "2014-06-01" << 400 << "InvalidHttpVerb";
    }

    void notRetried()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, apiVersion);
        QFETCH(int, status);
        QFETCH(QString, code);
        ManagementClient::Options o = asmSimulatorClientOptions(*m_sim);
        o.apiVersion = apiVersion;
        auto c = client(o);
        ManagementReply *reply =
            c->send(method, path, method == "PUT" ? QByteArray("<x/>") : QByteArray());
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->error().kind, AsmError::Kind::Http);
        QCOMPARE(reply->error().httpStatus, status);
        QCOMPARE(reply->error().code, code);
        QVERIFY(!reply->error().requestId.isEmpty());
        QCOMPARE(reply->attempts(), 1);
        QCOMPARE(m_sim->requestLog().size(), 1);
    }

    void timeout()
    {
        sim::AzureFaults f;
        f.hangPaths = {QStringLiteral("/services/images")};
        m_sim->setFaults(f);
        ManagementClient::Options o = asmSimulatorClientOptions(*m_sim);
        o.timeoutMs = 300;
        o.maxRetries = 1;
        auto c = client(o);
        OsImagesReply *reply = c->listOsImages();
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->error().kind, AsmError::Kind::Timeout);
        QVERIFY(reply->error().explanation.contains(QStringLiteral("did not answer")));
        QCOMPARE(reply->attempts(), 2);
        QVERIFY(reply->elapsedMs() >= 500); // two attempts of ~300 ms (coarse timers)
        QCOMPARE(m_sim->requestLog().size(), 2);
        QCOMPARE(m_sim->requestLog().first().status, 0);
    }

    void cancelInFlight()
    {
        sim::AzureFaults f;
        f.hangPaths = {QStringLiteral("/locations")};
        m_sim->setFaults(f);
        auto c = client();
        LocationsReply *reply = c->listLocations();
        QSignalSpy finished(reply, &ManagementReply::finished);
        QTRY_COMPARE(m_sim->requestLog().size(), 1); // the request reached the server
        reply->abort();
        QCOMPARE(finished.size(), 1);
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error().kind, AsmError::Kind::Cancelled);
        reply->abort(); // idempotent
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
    }

    void cancelDuringBackoff()
    {
        sim::AzureFaults f;
        f.failureRate503 = 1.0;
        m_sim->setFaults(f);
        ManagementClient::Options o = asmSimulatorClientOptions(*m_sim);
        o.backoffBaseMs = 5000;
        o.backoffMaxMs = 5000;
        auto c = client(o);
        LocationsReply *reply = c->listLocations();
        QSignalSpy retrying(reply, &ManagementReply::retrying);
        QSignalSpy finished(reply, &ManagementReply::finished);
        QVERIFY(retrying.wait(10000));
        reply->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(reply->error().kind, AsmError::Kind::Cancelled);
        QCOMPARE(m_sim->requestLog().size(), 1); // the pending retry never went out
    }

    void cancelBeforeStart()
    {
        auto c = client();
        LocationsReply *reply = c->listLocations();
        reply->abort();
        QCOMPARE(reply->error().kind, AsmError::Kind::Cancelled);
        QTest::qWait(100);
        QCOMPARE(m_sim->requestLog().size(), 0);
    }

    void droppedConnectionRetried()
    {
        sim::AzureFaults f;
        f.dropNext = 2;
        m_sim->setFaults(f);
        auto c = client();
        LocationsReply *reply = c->listLocations();
        QVERIFY(waitFinished(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        const auto log = m_sim->requestLog();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log[0].status, -1);
        QCOMPARE(log[1].status, -1);
        QCOMPARE(log[2].status, 200);
    }

    void droppedForeverGivesUp()
    {
        sim::AzureFaults f;
        f.dropRate = 1.0;
        m_sim->setFaults(f);
        ManagementClient::Options o = asmSimulatorClientOptions(*m_sim);
        o.maxRetries = 1;
        auto c = client(o);
        LocationsReply *reply = c->listLocations();
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->error().kind, AsmError::Kind::Transport);
        QCOMPARE(reply->error().networkError, QNetworkReply::RemoteHostClosedError);
        QVERIFY(reply->error().explanation.contains(QStringLiteral("closed the connection")));
        QCOMPARE(reply->attempts(), 2);
    }

    void connectionRefused()
    {
        Subscription sub = m_sim->subscription();
        // A port that was just free: bind and release it.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 freePort = probe.serverPort();
        probe.close();
        QUrl endpoint = sub.managementEndpoint;
        endpoint.setPort(freePort);
        sub.managementEndpoint = endpoint;
        ManagementClient::Options o = asmSimulatorClientOptions(*m_sim);
        o.maxRetries = 1;
        ManagementClient c(m_nam.get(), sub, o);
        ManagementReply *reply = c.get(QStringLiteral("locations"));
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->error().kind, AsmError::Kind::Transport);
        QCOMPARE(reply->error().networkError, QNetworkReply::ConnectionRefusedError);
        QVERIFY(reply->error().explanation.contains(QStringLiteral("refused")));
        QCOMPARE(reply->attempts(), 2);
    }

    void latency()
    {
        sim::AzureFaults f;
        f.latencyMs = 250;
        m_sim->setFaults(f);
        auto c = client();
        AvailabilityReply *reply = c->checkHostedServiceName(QStringLiteral("slow-name"));
        QVERIFY(waitFinished(reply));
        QVERIFY(reply->ok());
        QVERIFY2(reply->elapsedMs() >= 250, QByteArray::number(reply->elapsedMs()).constData());
    }

    void unknownSubscriptionForbidden()
    {
        Subscription sub = m_sim->subscription();
        sub.id = QStringLiteral("00000000-1111-2222-3333-444444444444");
        ManagementClient c(m_nam.get(), sub, asmSimulatorClientOptions(*m_sim));
        ManagementReply *reply = c.get(QStringLiteral("locations"));
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->error().httpStatus, 403);
    }

    void backoffIsBounded()
    {
        ManagementClient::Options o;
        o.backoffBaseMs = 500;
        o.backoffMaxMs = 8000;
        auto c = client(o);
        for (int retry = 1; retry <= 10; ++retry) {
            const int full = std::min(8000, 500 << std::min(retry - 1, 10));
            for (int k = 0; k < 20; ++k) {
                const int d = c->backoffDelayMs(retry);
                QVERIFY(d >= full / 2 && d <= full);
            }
        }
    }

    void publishSettingsRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("sim.publishsettings"));
        QString error;
        QVERIFY2(m_sim->writePublishSettings(path, &error), qPrintable(error));
        QCOMPARE(QFile::permissions(path) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        const PublishSettingsResult parsed = PublishSettings::load(path);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage));
        QCOMPARE(parsed.subscriptions.size(), 1);
        const Subscription sub = parsed.subscriptions.first();
        QCOMPARE(sub.id, m_sim->subscription().id);
        QCOMPARE(sub.name, QStringLiteral("Demo Subscription"));
        QCOMPARE(sub.managementEndpoint, m_sim->endpoint());
        QCOMPARE(sub.certificate, m_sim->subscription().certificate);

        const QString caPath = dir.filePath(QStringLiteral("ca.pem"));
        QVERIFY2(m_sim->writeCaFile(caPath, &error), qPrintable(error));
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(caPath);
        QCOMPARE(cas.size(), 1);
        QCOMPARE(cas.first(), m_sim->caCertificate());

        // The imported subscription talks to the simulator.
        ManagementClient::Options o;
        o.extraCaCertificates = cas;
        ManagementClient c(m_nam.get(), sub, o);
        LocationsReply *reply = c.listLocations();
        QVERIFY(waitFinished(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->locations().size(), 13);
    }
};

QTEST_GUILESS_MAIN(TestManagementClient)
#include "tst_managementclient.moc"
