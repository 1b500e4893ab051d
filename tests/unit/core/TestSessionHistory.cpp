// Ended sessions are kept with their reason, newest first, per user on request.

#include "core/SessionHistory.h"

#include <QTemporaryDir>
#include <QTest>

using namespace keyward::core;

class TestSessionHistory : public QObject
{
    Q_OBJECT

private slots:
    void sessionsAreKeptWithTheirEndReason()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("state.db"));
        QVERIFY(db.ok());
        SessionHistory history(**db);
        for (int i = 0; i < 3; ++i) {
            SessionRecord r;
            r.user = i == 1 ? "bob" : "alice";
            r.peerAddress = "192.0.2.7";
            r.tunnelAddress = QString("10.75.0.%1").arg(i + 2);
            r.mppe = "128-bit stateless";
            r.startedAt = 1000 + i;
            r.endedAt = 2000 + i;
            r.endReason = i == 2 ? "idle for 1800 s" : "the client cleared the call";
            r.bytesIn = 100 * i;
            QVERIFY(history.record(r).ok());
        }
        auto all = history.recent(10);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->first().endReason, QString("idle for 1800 s"));
        QCOMPARE(all->first().tunnelAddress, QString("10.75.0.4"));
        QCOMPARE(all->first().bytesIn, qint64(200));
        auto bob = history.recent(10, "bob");
        QCOMPARE(bob->size(), 1);
        QCOMPARE(history.recent(1)->size(), 1);
    }

    void aCallThatNeverSignedInIsRecordedToo()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("state.db"));
        QVERIFY(db.ok());
        SessionHistory history(**db);
        SessionRecord r; // no user, no tunnel address, no MPPE: LCP never finished
        r.peerAddress = "192.0.2.9";
        r.startedAt = 1000;
        r.endedAt = 1030;
        r.endReason = "the session was not up within 30 s";
        auto recorded = history.record(r);
        QVERIFY2(recorded.ok(), recorded ? "" : recorded.message().c_str());
        QCOMPARE(history.recent(10)->first().endReason, r.endReason);
        QVERIFY(history.recent(10)->first().user.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSessionHistory)
#include "TestSessionHistory.moc"
