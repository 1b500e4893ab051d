// The per-address throttle, with time passed in: the wait grows with failures up to
// its bound, is forgotten after a quiet period, belongs to one address only, turns to
// the longest wait for a password spray (reported once), and the table of addresses
// stays within its size.

#include "signin/SourceThrottle.h"

#include <QTest>

using keyward::signin::SourceThrottle;

namespace {
const QString A = QStringLiteral("203.0.113.1");
const QString B = QStringLiteral("203.0.113.2");
} // namespace

class TestSourceThrottle : public QObject
{
    Q_OBJECT

private slots:
    void theWaitGrowsWithFailuresUpToItsBound()
    {
        SourceThrottle throttle;
        QList<qint64> waits;
        for (int i = 0; i < 8; ++i) {
            waits << throttle.delayMs(A, 1000);
            QVERIFY(!throttle.recordFailure(A, QStringLiteral("alice"), 1000));
        }
        waits << throttle.delayMs(A, 1000);
        QCOMPARE(waits, QList<qint64>({0, 0, 1000, 2000, 4000, 8000, 16000, 16000, 16000}));
        QVERIFY(throttle.limits().maxDelayMs < 20000); // below the authenticator's wait
        QCOMPARE(throttle.delayMs(B, 1000), 0);        // another address is not slowed
        QCOMPARE(throttle.failures(A, 1000), 8);
    }

    void aQuietAddressIsForgotten()
    {
        SourceThrottle throttle;
        for (int i = 0; i < 4; ++i)
            (void)throttle.recordFailure(A, QStringLiteral("alice"), 0);
        const qint64 quiet = throttle.limits().quietMs;
        QCOMPARE(throttle.delayMs(A, quiet - 1), 4000);
        QCOMPARE(throttle.delayMs(A, quiet), 0);
        QCOMPARE(throttle.failures(A, quiet), 0);
        // A failure after the quiet period starts from the beginning.
        (void)throttle.recordFailure(A, QStringLiteral("alice"), quiet + 5);
        QCOMPARE(throttle.failures(A, quiet + 5), 1);
        QCOMPARE(throttle.delayMs(A, quiet + 5), 0);
    }

    void manyUserNamesFromOneAddressAreASprayReportedOnce()
    {
        SourceThrottle throttle;
        const int names = throttle.limits().sprayUserNames;
        int reported = 0;
        // The same name again and again is not a spray.
        for (int i = 0; i < 10; ++i)
            reported += throttle.recordFailure(B, QStringLiteral("alice"), 0) ? 1 : 0;
        QCOMPARE(reported, 0);
        for (int i = 0; i < names + 3; ++i)
            reported += throttle.recordFailure(A, QStringLiteral("user%1").arg(i), 0) ? 1 : 0;
        QCOMPARE(reported, 1);
        QCOMPARE(throttle.delayMs(A, 0), throttle.limits().maxDelayMs);
        // Names differing only in case are one name.
        SourceThrottle cased;
        for (int i = 0; i < names + 3; ++i)
            QVERIFY(!cased.recordFailure(A, i % 2 ? QStringLiteral("ALICE") : "alice", 0));
    }

    void theTableOfAddressesIsBounded()
    {
        SourceThrottle::Limits limits;
        limits.maxSources = 3;
        SourceThrottle throttle(limits);
        for (int i = 0; i < 3; ++i)
            (void)throttle.recordFailure(QStringLiteral("10.0.0.%1").arg(i), "x", 0);
        // 10.0.0.0 fails again: the most recent now; 10.0.0.1 is the oldest.
        (void)throttle.recordFailure(QStringLiteral("10.0.0.0"), "x", 1);
        (void)throttle.recordFailure(QStringLiteral("10.0.0.9"), "x", 2);
        QCOMPARE(throttle.trackedSources(), 3);
        QCOMPARE(throttle.failures(QStringLiteral("10.0.0.1"), 2), 0);
        QCOMPARE(throttle.failures(QStringLiteral("10.0.0.0"), 2), 2);
        QCOMPARE(throttle.failures(QStringLiteral("10.0.0.9"), 2), 1);
        for (int i = 0; i < 1000; ++i)
            (void)throttle.recordFailure(QStringLiteral("10.1.%1.%2").arg(i / 250).arg(i % 250),
                                         "x", 3);
        QCOMPARE(throttle.trackedSources(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSourceThrottle)
#include "TestSourceThrottle.moc"
