// New control connections per address: a token bucket each (rate and burst), a
// bounded table, and one log line per episode of refusals. Time is passed in.

#include "daemon/SourceRateLimiter.h"
#include "daemon/TokenBucket.h"

#include <QTest>

using keyward::daemon::SourceRateLimiter;
using keyward::daemon::TokenBucket;
using keyward::protocol::Timestamp;

namespace {
Timestamp ms(long long value)
{
    return Timestamp(value);
}
} // namespace

class TestSourceRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void aBucketRefillsAtItsRateUpToItsBurst()
    {
        TokenBucket bucket(10, 20, ms(1000));
        for (int i = 0; i < 20; ++i)
            QVERIFY(bucket.take(1, ms(1000)));
        QVERIFY(!bucket.take(1, ms(1000)));
        QCOMPARE(bucket.millisecondsUntil(1, ms(1000)), 101);
        QVERIFY(!bucket.take(1, ms(1099)));
        QVERIFY(bucket.take(1, ms(1100)));
        // An hour later it holds the burst, not more.
        QCOMPARE(bucket.available(ms(3600 * 1000)), 20.0);
        QCOMPARE(bucket.takeUpTo(50, ms(3600 * 1000)), 20.0);
        QCOMPARE(bucket.takeUpTo(5, ms(3600 * 1000)), 0.0);
    }

    void anAddressGetsItsBurstThenItsRate()
    {
        SourceRateLimiter limiter(10, 20);
        using V = SourceRateLimiter::Verdict;
        for (int i = 0; i < 20; ++i)
            QCOMPARE(limiter.admit(0x0a000001, ms(0)), V::Admitted);
        QCOMPARE(limiter.admit(0x0a000001, ms(0)), V::RefusedFirstTime);
        QCOMPARE(limiter.admit(0x0a000001, ms(50)), V::Refused); // logged once
        QCOMPARE(limiter.admit(0x0a000001, ms(100)), V::Admitted);
        // Other addresses are not held back by this one.
        QCOMPARE(limiter.admit(0x0a000002, ms(100)), V::Admitted);
        // Once dry, a steady 100 a second gets 10 a second through.
        while (limiter.admit(0x0a000001, ms(1000)) == V::Admitted) {
        }
        int admitted = 0;
        for (int t = 1010; t <= 2000; t += 10)
            admitted += limiter.admit(0x0a000001, ms(t)) == V::Admitted;
        QVERIFY2(admitted >= 9 && admitted <= 11, qPrintable(QString::number(admitted)));
    }

    void aNewEpisodeIsReportedAgainOnceTheAddressWasQuiet()
    {
        SourceRateLimiter limiter(10, 2);
        using V = SourceRateLimiter::Verdict;
        QCOMPARE(limiter.admit(7, ms(0)), V::Admitted);
        QCOMPARE(limiter.admit(7, ms(0)), V::Admitted);
        QCOMPARE(limiter.admit(7, ms(0)), V::RefusedFirstTime);
        QCOMPARE(limiter.admit(7, ms(10)), V::Refused);
        // Quiet until the bucket is full again: the episode is over.
        QCOMPARE(limiter.admit(7, ms(1000)), V::Admitted);
        QCOMPARE(limiter.admit(7, ms(1000)), V::Admitted);
        QCOMPARE(limiter.admit(7, ms(1000)), V::RefusedFirstTime);
    }

    void theTableIsBounded()
    {
        SourceRateLimiter limiter(1, 1, 100);
        for (quint32 a = 1; a <= 1000; ++a)
            QCOMPARE(limiter.admit(a, ms(0)), SourceRateLimiter::Verdict::Admitted);
        QCOMPARE(limiter.size(), 100);
        // The most recent addresses are remembered: 1000 is still dry.
        QCOMPARE(limiter.admit(1000, ms(0)), SourceRateLimiter::Verdict::RefusedFirstTime);
        QCOMPARE(limiter.size(), 100);
    }
};

QTEST_APPLESS_MAIN(TestSourceRateLimiter)
#include "TestSourceRateLimiter.moc"
