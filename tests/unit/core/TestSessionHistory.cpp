// Ended sessions are kept with their reason, newest first, per user on request;
// written in batches (a thousand in a few transactions, none lost at a clean stop)
// and kept within the retention, also when the clock is pushed forward.

#include "core/SessionHistory.h"

#include <QSqlDatabase>
#include <QSqlQuery>
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

    void aThousandEndedSessionsAreWrittenInAFewTransactions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("state.db");
        auto db = Database::open(path);
        QVERIFY(db.ok());
        // A second connection sees each commit of the first as a new data_version.
        Observer observer(path);
        QVERIFY(observer.ok());
        int commits = 0;
        {
            SessionHistory history(**db);
            for (int i = 0; i < 1000; ++i) {
                LiveSession s;
                s.user = QString("user%1").arg(i % 37);
                s.peerAddress = "192.0.2.7";
                s.startedAt = QDateTime::fromSecsSinceEpoch(1'800'000'000 + i);
                s.endedAt = QDateTime::fromSecsSinceEpoch(1'800'000'100 + i);
                s.endReason = "the client cleared the call";
                QVERIFY(history.recordEnded(s).ok());
                if (observer.changed())
                    ++commits;
            }
            QVERIFY(history.pending() < SessionHistory::MaxPending);
        } // a clean stop
        if (observer.changed())
            ++commits;
        QVERIFY2(commits >= 1 && commits <= 5, qPrintable(QString("%1 commits").arg(commits)));
        QCOMPARE(observer.count("SELECT COUNT(*) FROM session_history"), 1000);
        QCOMPARE(observer.count("SELECT COUNT(DISTINCT started_at) FROM session_history"), 1000);
    }

    void readsSeeTheSessionsStillWaiting()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("state.db"));
        QVERIFY(db.ok());
        SessionHistory history(**db);
        SessionRecord r;
        r.user = "alice";
        r.endedAt = 2000;
        r.endReason = "idle for 1800 s";
        QVERIFY(history.record(r).ok());
        QCOMPARE(history.pending(), 1);
        auto recent = history.recent(10);
        QVERIFY(recent.ok());
        QCOMPARE(recent->size(), 1);
        QCOMPARE(history.pending(), 0);
    }

    void sessionsOlderThanTheRetentionArePruned()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("state.db"));
        QVERIFY(db.ok());
        SessionHistory history(**db);
        const qint64 day = 86400;
        const qint64 now = 1'800'000'000;
        for (int age : {400, 200, 121, 119, 30, 0}) {
            SessionRecord r;
            r.user = QString("aged%1").arg(age);
            r.startedAt = now - age * day - 60;
            r.endedAt = now - age * day;
            QVERIFY(history.record(r).ok());
        }
        QVERIFY(history.flush().ok());
        auto pruned = history.prune(120 * day, now);
        QVERIFY2(pruned.ok(), pruned.message().c_str());
        QCOMPARE(pruned->removed, qint64(3));
        QCOMPARE(pruned->olderThan, now - 120 * day);
        QVERIFY(!pruned->clockAhead);
        QStringList kept;
        const auto recent = history.recent(100);
        QVERIFY(recent.ok());
        for (const SessionRecord &r : *recent)
            kept << r.user;
        QCOMPARE(kept, QStringList({"aged0", "aged30", "aged119"}));
    }

    void aClockPushedForwardAYearPrunesNoSessionThePolicyKeeps()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("state.db"));
        QVERIFY(db.ok());
        SessionHistory history(**db);
        const qint64 day = 86400;
        const qint64 now = 1'800'000'000;
        for (int age : {100, 50, 1}) {
            SessionRecord r;
            r.user = "alice";
            r.endedAt = now - age * day;
            QVERIFY(history.record(r).ok());
        }
        QVERIFY(history.flush().ok());
        auto pruned = history.prune(120 * day, now + 365 * day);
        QVERIFY(pruned.ok());
        QCOMPARE(pruned->removed, qint64(0));
        QVERIFY(pruned->clockAhead);
        QCOMPARE(history.recent(100)->size(), 3);
    }

private:
    // A second connection to the same database file.
    class Observer
    {
    public:
        explicit Observer(const QString &path)
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", Name);
            db.setDatabaseName(path);
            m_ok = db.open();
            m_version = version();
        }
        ~Observer()
        {
            QSqlDatabase::database(Name, false).close();
            QSqlDatabase::removeDatabase(Name);
        }
        bool ok() const { return m_ok; }
        // Whether another connection committed since the last call.
        bool changed()
        {
            const qint64 now = version();
            const bool moved = now != m_version;
            m_version = now;
            return moved;
        }
        int count(const char *sql) const
        {
            QSqlQuery q(QSqlDatabase::database(Name));
            return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
        }

    private:
        qint64 version() const
        {
            QSqlQuery q(QSqlDatabase::database(Name));
            return q.exec("PRAGMA data_version") && q.next() ? q.value(0).toLongLong() : -1;
        }
        static constexpr const char *Name = "observer";
        bool m_ok = false;
        qint64 m_version = -1;
    };
};

QTEST_GUILESS_MAIN(TestSessionHistory)
#include "TestSessionHistory.moc"
