// The management client against the Azure simulator over real TLS on loopback.
#include "classic/managementclient.h"
#include "classic/publishsettings.h"
#include "sim/azuresimulator.h"

#include "asm_fixtures.h"
#include "asm_simulator.h"
#include "ps_testcerts.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dockervm;
using namespace dockervm::classic;
using dockervm::sim::AzureCall;
using dockervm::sim::AzureSimulator;
using dockervm::sim::HttpResponse;
using dockervm::testing::asmFixture;
using dockervm::testing::asmRequestCount;
using dockervm::testing::asmSimulatorClientOptions;

class TestManagementClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<AzureSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    int m_flaky409 = 0;
    QByteArray m_redirectTarget; // for the "elsewhere" route; %PORT% is the simulator's port

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
        m_sim->addRoute("GET", QStringLiteral("loop"), [](AzureCall &c) {
            HttpResponse r = HttpResponse::text(307, QByteArray());
            r.setHeader("Location", "https://" + c.request.header("host") + c.request.target);
            return r;
        });
        m_sim->addRoute("POST", QStringLiteral("elsewhere"), [this](AzureCall &) {
            HttpResponse r = HttpResponse::text(307, QByteArray());
            QByteArray target = m_redirectTarget;
            target.replace("%PORT%", QByteArray::number(m_sim->port()));
            r.setHeader("Location", target);
            return r;
        });
        // Recorded replies for the typed calls.
        m_sim->addRoute("GET", QStringLiteral("services/storageservices"), [](AzureCall &) {
            return AzureSimulator::xmlResponse(
                200, asmFixture(QStringLiteral("list-storage-services-2014-09.xml")));
        });
        m_sim->addRoute("GET", QStringLiteral("services/storageservices/([^/]+)"),
                        [](AzureCall &c) {
                            const QByteArray name = c.match.captured(1).toUtf8();
                            return AzureSimulator::xmlResponse(
                                200, "<StorageService xmlns=\"http://schemas.microsoft.com/"
                                     "windowsazure\"><ServiceName>" +
                                         name +
                                         "</ServiceName><StorageServiceProperties><Location>West "
                                         "US</Location><Status>Created</Status><Endpoints>"
                                         "<Endpoint>https://" +
                                         name +
                                         ".blob.core.windows.net/</Endpoint></Endpoints>"
                                         "</StorageServiceProperties></StorageService>");
                        });
        m_sim->addRoute(
            "GET", QStringLiteral("services/hostedservices/([^/]+)/deploymentslots/([^/]+)"),
            [](AzureCall &c) {
                if (c.match.captured(1) == QLatin1String("garbled"))
                    return AzureSimulator::xmlResponse(200, "<Deployment><Name>");
                return AzureSimulator::xmlResponse(
                    200,
                    asmFixture(QStringLiteral("get-deployment-dockerext-1.0-error-2015-07.xml")));
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
        // Parsed as it arrived: the bytes were read (all of them) but not kept.
        QCOMPARE(
            reply->bytesReceived(),
            dockervm::testing::asmFixture(QStringLiteral("list-os-images-2014-09.xml")).size());
        QVERIFY(reply->body().isEmpty());
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

    // Issue 9: with extra CAs the client trusts only them at first (the system store is read
    // only when a chain needs it). A server none of them vouches for: the system store is tried
    // once more (the same request, no retry counted), and the failure is the TLS one.
    void untrustedByTheExtraCaTriesTheSystemStoreOnce()
    {
        ManagementClient::Options o = asmSimulatorClientOptions(*m_sim);
        o.extraCaCertificates = QSslCertificate::fromData(
            dockervm::testsupport::psSelfSigned(QStringLiteral("Some other CA")).certPem,
            QSsl::Pem);
        QCOMPARE(o.extraCaCertificates.size(), 1);
        auto c = client(o);
        LocationsReply *reply = c->listLocations();
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->error().kind, AsmError::Kind::Tls);
        QVERIFY(!reply->error().tlsErrors.isEmpty());
        QCOMPARE(reply->attempts(), 1);
        QVERIFY(m_sim->requestLog().isEmpty()); // no request got through either handshake
        // The system store is now part of the client's trust, with the extra CA.
        QVERIFY(c->sslConfiguration().caCertificates().contains(o.extraCaCertificates.first()));
        QVERIFY(c->sslConfiguration().caCertificates().size() > 1);
        // A second call does not read it again and still fails the same way.
        LocationsReply *again = c->listLocations();
        QVERIFY(waitFinished(again));
        QCOMPARE(again->error().kind, AsmError::Kind::Tls);
    }

    void redirectKeepsMethodAndBody()
    {
        sim::AzureFaults f;
        f.redirectEvery = 1; // every request is sent on to the same host once
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
        QCOMPARE(reply->url().host(), QStringLiteral("127.0.0.1"));
        const auto log = m_sim->requestLog();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0].status, 307);
        QCOMPARE(log[1].status, 200);
        QCOMPARE(log[1].method, QByteArray("POST"));
        QCOMPARE(log[1].body, body);
        QVERIFY(log[1].host.startsWith("127.0.0.1:"));
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

    // Azure's front ends redirect within the management host's domain (management.core.windows.net
    // -> ussouth.management.core.windows.net, tests/data/asm/redirect-307-*.http); anything else
    // would carry the management certificate's session and the body (with the VM password) away.
    void sameManagementHost_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("same");
        const QString azure = QStringLiteral("https://management.core.windows.net");
        for (const char *fixture : {"redirect-307-get-operation-status-2014-09.http",
                                    "redirect-307-get-hosted-service-2014-09.http",
                                    "redirect-307-delete-hosted-service-2014-09.http"}) {
            const QByteArray http = asmFixture(QString::fromLatin1(fixture)).toLower();
            const qsizetype at = http.indexOf("location: ");
            QVERIFY(at >= 0);
            const QByteArray location = http.mid(at + 10, http.indexOf('\n', at) - at - 10);
            QTest::newRow(fixture) << azure << QString::fromLatin1(location.trimmed()) << true;
        }
        QTest::newRow("same host") << azure << azure + QStringLiteral("/sub/locations") << true;
        QTest::newRow("same host, port spelled")
            << azure << QStringLiteral("https://management.core.windows.net:443/x") << true;
        QTest::newRow("upper case")
            << azure << QStringLiteral("https://USNORTH.Management.Core.Windows.NET/x") << true;
        QTest::newRow("other host") << azure << QStringLiteral("https://evil.example/x") << false;
        QTest::newRow("suffix trick")
            << azure << QStringLiteral("https://management.core.windows.net.evil.example/x")
            << false;
        QTest::newRow("no dot boundary")
            << azure << QStringLiteral("https://xmanagement.core.windows.net/x") << false;
        QTest::newRow("parent domain")
            << azure << QStringLiteral("https://core.windows.net/x") << false;
        QTest::newRow("plain http")
            << azure << QStringLiteral("http://management.core.windows.net/x") << false;
        QTest::newRow("other port")
            << azure << QStringLiteral("https://management.core.windows.net:8443/x") << false;
        QTest::newRow("user info")
            << azure << QStringLiteral("https://me@management.core.windows.net/x") << false;
        QTest::newRow("loopback, same port") << QStringLiteral("https://127.0.0.1:8443")
                                             << QStringLiteral("https://127.0.0.1:8443/x") << true;
        QTest::newRow("loopback, other name")
            << QStringLiteral("https://127.0.0.1:8443")
            << QStringLiteral("https://localhost:8443/x") << false;
        QTest::newRow("no subdomains of an address")
            << QStringLiteral("https://10.0.0.1") << QStringLiteral("https://a.10.0.0.1/x")
            << false;
    }

    void sameManagementHost()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, target);
        QFETCH(bool, same);
        QCOMPARE(ManagementClient::isSameManagementHost(QUrl(endpoint), QUrl(target)), same);
    }

    void redirectOffTheManagementHostRefused_data()
    {
        QTest::addColumn<QByteArray>("location");
        QTest::addColumn<QString>("says");
        QTest::newRow("other host") << QByteArray("https://localhost:%PORT%/elsewhere")
                                    << "redirected the request to another host (https://localhost:";
        QTest::newRow("other port")
            << QByteArray("https://127.0.0.1:1/elsewhere")
            << "redirected the request to another host (https://127.0.0.1:1";
        QTest::newRow("plain http")
            << QByteArray("http://127.0.0.1:%PORT%/elsewhere") << "non-HTTPS address";
    }

    void redirectOffTheManagementHostRefused()
    {
        QFETCH(QByteArray, location);
        QFETCH(QString, says);
        m_redirectTarget = location;
        auto c = client();
        ManagementReply *reply =
            c->post(QStringLiteral("elsewhere"), QByteArray("<Secret>not for others</Secret>"));
        QVERIFY(waitFinished(reply));
        const AsmError &e = reply->error();
        QCOMPARE(e.kind, AsmError::Kind::RedirectRefused);
        QCOMPARE(e.httpStatus, 307);
        QVERIFY2(e.explanation.contains(says), qPrintable(e.explanation));
        QVERIFY(e.explanation.contains(QStringLiteral("not followed")));
        QVERIFY(!e.isRetryable());
        QCOMPARE(reply->redirects(), 0);
        QCOMPARE(reply->attempts(), 1);
        // The body went nowhere else.
        const auto log = m_sim->requestLog();
        QCOMPARE(log.size(), 1);
        QVERIFY(log.first().host.startsWith("127.0.0.1:"));
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

    void typedStorageAndDeploymentReplies()
    {
        auto c = client();
        StorageServicesReply *list = c->listStorageServices();
        StorageServiceReply *one = c->getStorageService(QStringLiteral("portalvhdsabc"));
        DeploymentReply *deployment = c->getDeploymentBySlot(QStringLiteral("dockerhost1"));
        DeploymentReply *garbled = c->getDeploymentBySlot(QStringLiteral("garbled"));
        for (ManagementReply *r : std::initializer_list<ManagementReply *>{list, one, deployment})
            QVERIFY(waitFinished(r) && r->ok());
        QVERIFY(pickVhdStorage(list->storageServices(), QStringLiteral("West US")));
        QCOMPARE(one->storageService().name, QStringLiteral("portalvhdsabc"));
        QCOMPARE(one->storageService().blobEndpoint,
                 QStringLiteral("https://portalvhdsabc.blob.core.windows.net/"));
        QCOMPARE(deployment->deployment().instances.size(), 1);
        const auto extension = deployment->deployment().instances.first().dockerExtension();
        QVERIFY(extension && extension->failed());
        QCOMPARE(asmRequestCount(*m_sim, QStringLiteral("/dockerhost1/deploymentslots/Production"),
                                 "GET"),
                 1);
        // A 200 whose body is not a deployment: parsed once, in the reply, as an error.
        QVERIFY(waitFinished(garbled));
        QCOMPARE(garbled->error().kind, AsmError::Kind::InvalidReply);
        QVERIFY2(garbled->error().explanation.contains(QStringLiteral("the deployment")),
                 qPrintable(garbled->error().explanation));
    }

    void busyWhileRepliesPending()
    {
        auto c = client();
        QSignalSpy busy(c.get(), &ManagementClient::busyChanged);
        QVERIFY(!c->isBusy());
        LocationsReply *a = c->listLocations();
        OsImagesReply *b = c->listOsImages();
        QVERIFY(c->isBusy());
        QCOMPARE(c->pendingReplies(), 2);
        QCOMPARE(busy.size(), 1);
        QCOMPARE(busy.first().first().toBool(), true);
        QVERIFY(waitFinished(a));
        QVERIFY(c->isBusy() || b->isFinished());
        QVERIFY(waitFinished(b));
        QVERIFY(!c->isBusy());
        QCOMPARE(busy.size(), 2);
        QCOMPARE(busy.last().first().toBool(), false);

        // A reply its owner deletes before it finished no longer counts.
        ManagementReply *dropped = c->get(QStringLiteral("locations"));
        QVERIFY(c->isBusy());
        delete dropped;
        QVERIFY(!c->isBusy());
    }

    // The owner of a reply always hears of its end, even when the client is destroyed first.
    void destroyClientMidRequest()
    {
        sim::AzureFaults f;
        f.hangPaths = {QStringLiteral("/locations")};
        m_sim->setFaults(f);
        auto c = client();
        LocationsReply *reply = c->listLocations();
        QPointer<LocationsReply> alive(reply);
        AsmError seen;
        int finished = 0;
        connect(reply, &ManagementReply::finished, this, [&] {
            ++finished;
            seen = reply->error();
        });
        QTRY_COMPARE(m_sim->requestLog().size(), 1);
        QVERIFY(c->isBusy());
        c.reset();
        QCOMPARE(finished, 1);
        QCOMPARE(seen.kind, AsmError::Kind::Cancelled);
        QVERIFY2(
            seen.explanation.contains(QStringLiteral("connection to the subscription was closed")),
            qPrintable(seen.explanation));
        QVERIFY(alive.isNull()); // deleted with its client, after finished()
    }

    void destroyClientMidBackoff()
    {
        sim::AzureFaults f;
        f.failureRate503 = 1.0;
        m_sim->setFaults(f);
        ManagementClient::Options o = asmSimulatorClientOptions(*m_sim);
        o.backoffBaseMs = 300;
        o.backoffMaxMs = 300;
        auto c = client(o);
        LocationsReply *reply = c->listLocations();
        QSignalSpy retrying(reply, &ManagementReply::retrying);
        int finished = 0;
        AsmError seen;
        connect(reply, &ManagementReply::finished, this, [&] {
            ++finished;
            seen = reply->error();
        });
        QVERIFY(retrying.wait(10000));
        c.reset(); // the retry timer is pending
        QCOMPARE(finished, 1);
        QCOMPARE(seen.kind, AsmError::Kind::Cancelled);
        // The retry never fires (nothing dereferences the dead client): no second request.
        QVERIFY(!QTest::qWaitFor([this] { return m_sim->requestLog().size() > 1; }, 900));
        QCOMPARE(finished, 1);
    }

    void requestFromFinishedSlotWhileClosing()
    {
        sim::AzureFaults f;
        f.hangPaths = {QStringLiteral("/locations")};
        m_sim->setFaults(f);
        auto c = client();
        LocationsReply *reply = c->listLocations();
        QPointer<ManagementReply> second;
        ManagementClient *raw = c.get();
        connect(reply, &ManagementReply::finished, this, [&] {
            // A careless owner sends again from its slot, on the dying client.
            second = raw->get(QStringLiteral("services/images"));
        });
        QTRY_COMPARE(m_sim->requestLog().size(), 1);
        c.reset();
        QVERIFY(second);
        QSignalSpy secondFinished(second.data(), &ManagementReply::finished);
        QVERIFY(secondFinished.wait(5000));
        QCOMPARE(second->error().kind, AsmError::Kind::Cancelled);
        QTRY_VERIFY(second.isNull()); // nobody owns it: it deletes itself
        QCOMPARE(m_sim->requestLog().size(), 1);
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
