// The management client against hostile servers over real TLS on loopback: a reply that trickles,
// a server that never answers, bodies far larger than any Azure reply. Whatever the server does,
// a call ends with a specific error within its budget, and the client stops reading early.
#include "classic/managementclient.h"

#include "hostile_https.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace dockervm;
using namespace dockervm::classic;
using dockervm::testing::HostileHttpsServer;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// The peak resident set of this process (VmHWM), in bytes; -1 when unknown.
qint64 peakResidentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

} // namespace

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

class TestManagementBounds : public QObject
{
    Q_OBJECT

    std::unique_ptr<HostileHttpsServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;

    // Small limits so the tests are quick; the defaults are checked in defaultsGiveUpInTime().
    ManagementClient::Options options() const
    {
        ManagementClient::Options o;
        o.extraCaCertificates = {m_server->caCertificate()};
        o.timeoutMs = 400;
        o.totalTimeoutMs = 1500;
        o.backoffBaseMs = 10;
        o.backoffMaxMs = 40;
        o.maxReplyBytes = 1 * kMiB;
        return o;
    }

    // Waits generously: a call that is bounded ends long before this.
    static bool waitFinished(ManagementReply *reply, int timeoutMs = 30000)
    {
        if (reply->isFinished())
            return true;
        QSignalSpy spy(reply, &ManagementReply::finished);
        return spy.wait(timeoutMs);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_server = std::make_unique<HostileHttpsServer>();
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_nam = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_nam.reset();
        m_server.reset();
    }

    void defaultsGiveUpInTime()
    {
        // Whatever a server does, a call ends within 2 minutes and reads at most 32 MiB.
        const ManagementClient::Options o;
        QVERIFY(o.totalTimeoutMs < 120000);
        QVERIFY(o.timeoutMs <= o.totalTimeoutMs);
        QCOMPARE(o.maxReplyBytes, 32 * kMiB);
    }

    void trickleTimesOutWhileReceiving()
    {
        // One byte every 50 ms: a timer reset by progress never fires; the attempt's deadline does.
        m_server->behaviour = HostileHttpsServer::Behaviour::Trickle;
        m_server->trickleIntervalMs = 50;
        ManagementClient::Options o = options();
        o.maxRetries = 0;
        ManagementClient client(m_nam.get(), m_server->subscription(), o);
        ManagementReply *reply = client.get(QStringLiteral("locations"));
        QVERIFY(waitFinished(reply));
        const AsmError &e = reply->error();
        QCOMPARE(e.kind, AsmError::Kind::Timeout);
        QVERIFY2(e.explanation.contains(QStringLiteral("timed out after 0.4 s while receiving")),
                 qPrintable(e.explanation));
        QVERIFY(reply->bytesReceived() > 0);
        QVERIFY(reply->bytesReceived() < m_server->announcedBytes);
        QCOMPARE(reply->attempts(), 1);
        QVERIFY(!client.isBusy());
    }

    void trickleRetriedWithinBudget()
    {
        m_server->behaviour = HostileHttpsServer::Behaviour::Trickle;
        ManagementClient client(m_nam.get(), m_server->subscription(), options());
        ManagementReply *reply = client.get(QStringLiteral("locations"));
        QVERIFY(waitFinished(reply));
        const AsmError &e = reply->error();
        QCOMPARE(e.kind, AsmError::Kind::Timeout);
        QVERIFY2(e.explanation.contains(QStringLiteral("while receiving")),
                 qPrintable(e.explanation));
        QVERIFY2(e.explanation.contains(QStringLiteral("Gave up after")),
                 qPrintable(e.explanation));
        // 1.5 s of budget holds at most 3 attempts of 0.4 s (a retry needs a whole attempt's
        // room): the budget ended it, not the count (6).
        QVERIFY2(reply->attempts() >= 1 && reply->attempts() <= 3,
                 QByteArray::number(reply->attempts()).constData());
        // Each attempt was a request (one may be cut before its head arrived on a slow machine).
        QVERIFY(m_server->requests() >= 1 && m_server->requests() <= reply->attempts());
    }

    void silentServerGivesUpWithinBudget()
    {
        m_server->behaviour = HostileHttpsServer::Behaviour::Silent;
        ManagementClient client(m_nam.get(), m_server->subscription(), options());
        OsImagesReply *reply = client.listOsImages();
        QSignalSpy retrying(reply, &ManagementReply::retrying);
        QVERIFY(waitFinished(reply));
        const AsmError &e = reply->error();
        QCOMPARE(e.kind, AsmError::Kind::Timeout);
        QVERIFY2(e.explanation.contains(QStringLiteral("did not answer within")),
                 qPrintable(e.explanation));
        QVERIFY2(e.explanation.contains(
                     QStringLiteral("Gave up after %1 attempt(s)").arg(reply->attempts())),
                 qPrintable(e.explanation));
        // maxRetries (5) would allow 6 attempts; the 1.5 s budget allows at most 3.
        QVERIFY2(reply->attempts() <= 3, QByteArray::number(reply->attempts()).constData());
        QCOMPARE(retrying.size(), reply->attempts() - 1);
        // Each attempt was a request (one may be cut before its head arrived on a slow machine).
        QVERIFY(m_server->requests() >= 1 && m_server->requests() <= reply->attempts());
    }

    void hugeAnnouncedBodyRefusedAtItsHeaders()
    {
        m_server->behaviour = HostileHttpsServer::Behaviour::HugeAnnounced;
        ManagementClient client(m_nam.get(), m_server->subscription(), options());
        OsImagesReply *reply = client.listOsImages();
        QVERIFY(waitFinished(reply));
        const AsmError &e = reply->error();
        QCOMPARE(e.kind, AsmError::Kind::TooLarge);
        QVERIFY2(e.explanation.contains(QStringLiteral("larger than 1 MiB")),
                 qPrintable(e.explanation));
        QVERIFY(e.explanation.contains(QStringLiteral("the list of OS images")));
        QVERIFY(e.explanation.contains(QString::number(200 * kMiB)));
        QVERIFY(!e.isRetryable());
        QCOMPARE(reply->attempts(), 1);
        // The client hung up: the server got nowhere near its 200 MiB.
        QTRY_COMPARE(m_server->openConnections(), 0);
        QVERIFY2(m_server->bodyBytesSent() < 8 * kMiB,
                 QByteArray::number(m_server->bodyBytesSent()).constData());
    }

    void hugeChunkedBodyCutAtTheCap()
    {
        m_server->behaviour = HostileHttpsServer::Behaviour::HugeChunked;
        ManagementClient client(m_nam.get(), m_server->subscription(), options());
        ManagementReply *reply = client.get(QStringLiteral("services/images"));
        QVERIFY(waitFinished(reply));
        const AsmError &e = reply->error();
        QCOMPARE(e.kind, AsmError::Kind::TooLarge);
        QVERIFY2(e.explanation.contains(QStringLiteral("larger than 1 MiB; reading stopped")),
                 qPrintable(e.explanation));
        QCOMPARE(reply->attempts(), 1);
        QCOMPARE(reply->bytesReceived(), 1 * kMiB + 1); // one byte over the cap, no more
        QTRY_COMPARE(m_server->openConnections(), 0);
        QVERIFY2(m_server->bodyBytesSent() < 16 * kMiB,
                 QByteArray::number(m_server->bodyBytesSent()).constData());
    }

    void hugeBodyWithDefaultCapKeepsMemoryBounded()
    {
        // The default 32 MiB cap against a 200 MiB body: the process stays far under 300 MB.
        m_server->behaviour = HostileHttpsServer::Behaviour::HugeChunked;
        ManagementClient::Options o;
        o.extraCaCertificates = {m_server->caCertificate()};
        ManagementClient client(m_nam.get(), m_server->subscription(), o);
        ManagementReply *reply = client.get(QStringLiteral("services/images"));
        QVERIFY(waitFinished(reply, 60000));
        QCOMPARE(reply->error().kind, AsmError::Kind::TooLarge);
        QVERIFY2(reply->error().explanation.contains(QStringLiteral("larger than 32 MiB")),
                 qPrintable(reply->error().explanation));
        QTRY_COMPARE(m_server->openConnections(), 0);
        QVERIFY2(m_server->bodyBytesSent() < 64 * kMiB,
                 QByteArray::number(m_server->bodyBytesSent()).constData());
        const qint64 peak = peakResidentBytes();
        qInfo("200 MiB chunked body, 32 MiB cap: the server sent %lld bytes; peak RSS %lld MB",
              m_server->bodyBytesSent(), peak / 1000000);
        // Under AddressSanitizer freed blocks sit in its quarantine and every byte has shadow
        // memory, so the process's RSS says nothing about the client: the byte count above is
        // what shows the cap there.
        if (peak > 0 && !kAddressSanitizer)
            QVERIFY2(peak < 300 * 1000 * 1000, QByteArray::number(peak).constData());
    }
};

QTEST_GUILESS_MAIN(TestManagementBounds)
#include "tst_managementbounds.moc"
