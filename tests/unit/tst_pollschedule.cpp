// The polling schedule of operations, deployments and `check --wait`, on a simulated clock:
// a state change at a known time is noticed by the next poll, and the request count is bounded.
#include "common/pollschedule.h"

#include <QTest>

using namespace dockervm;

namespace {

// Poll times (ms after the wait began) of a waiter that polls at 0 and then after each delay,
// its requests taking `roundTripMs`, up to `untilMs`.
QList<qint64> pollTimes(qint64 untilMs, int capMs, qint64 roundTripMs = 0)
{
    QList<qint64> times;
    for (qint64 t = 0; t <= untilMs; t += roundTripMs + pollDelayMs(t + roundTripMs, capMs))
        times.append(t);
    return times;
}

} // namespace

class TestPollSchedule : public QObject
{
    Q_OBJECT
private slots:
    // An operation finishing at any moment of the first minute is seen by the next poll at most
    // 250 ms later (plus the poll's round trip); the old elapsed/3 schedule was 0.67 s late at 2 s.
    void finishInFirstMinuteNoticedWithin250ms()
    {
        for (const qint64 roundTrip : {qint64(0), qint64(100)}) {
            const QList<qint64> polls = pollTimes(70000, 5000, roundTrip);
            for (qint64 finish = 0; finish < 60000; finish += 10) {
                const auto next = std::lower_bound(polls.cbegin(), polls.cend(), finish);
                QVERIFY(next != polls.cend());
                QVERIFY2(*next - finish <= 250 + roundTrip,
                         qPrintable(QStringLiteral("finished at %1 ms, noticed at %2 ms")
                                        .arg(finish)
                                        .arg(*next)));
            }
        }
    }

    // The documented rate: at most 4 requests a second, 240 in the first minute.
    void boundedRequestCount()
    {
        const QList<qint64> polls = pollTimes(59999, 5000);
        QCOMPARE(polls.size(), 240);
        for (qsizetype k = 1; k < polls.size(); ++k)
            QVERIFY(polls.at(k) - polls.at(k - 1) >= kPollFastMs);
        // Then slower: doubling every 10 s up to the cap, never above it.
        QCOMPARE(pollDelayMs(60000, 5000), 500);
        QCOMPARE(pollDelayMs(70000, 5000), 1000);
        QCOMPARE(pollDelayMs(80000, 5000), 2000);
        QCOMPARE(pollDelayMs(90000, 5000), 4000);
        QCOMPARE(pollDelayMs(100000, 5000), 5000);
        QCOMPARE(pollDelayMs(3600000, 5000), 5000);
        QCOMPARE(pollDelayMs(3600000, 3000), 3000);
        // An hour of waiting with a 5 s cap: under 1,000 requests.
        QVERIFY(pollTimes(3600000, 5000).size() < 1000);
    }

    void capBelowFastStepUsedFromTheStart()
    {
        QCOMPARE(pollDelayMs(0, 20), 20);
        QCOMPARE(pollDelayMs(120000, 20), 20);
        QCOMPARE(pollDelayMs(0, 0), 1);
    }
};

QTEST_APPLESS_MAIN(TestPollSchedule)
#include "tst_pollschedule.moc"
