// The accounting journal on a real file: records come back after a restart in order
// and acknowledged ones never do; a damaged line is skipped and the rest kept; the
// file is compacted when mostly acknowledged; the bound drops the oldest
// Interim-Update first, then the oldest record, and counts each drop; a disk that
// refuses writes (a file size limit standing in for a full disk) keeps the records in
// memory, and the file is rewritten once the disk takes them again.

#include "radius/AccountingJournal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

using namespace keyward;
using namespace keyward::radius;
using Status_ = AccountingRecord::Status;

namespace {

AccountingRecord record(Status_ status, const QString &session, const QString &user = "alice")
{
    AccountingRecord r;
    r.status = status;
    r.sessionId = session;
    r.user = user;
    r.eventTime = 1'700'000'000;
    r.inputOctets = 1234;
    return r;
}

QStringList sessions(const AccountingJournal &journal)
{
    QStringList list;
    for (const auto &[sequence, r] : journal.pending())
        list << AccountingRecord::toString(r.status) + QLatin1Char(':') + r.sessionId;
    return list;
}

} // namespace

class TestAccountingJournal : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath("radius-accounting.journal");
    }

    void unacknowledgedRecordsSurviveARestartAndAcknowledgedOnesDoNot()
    {
        quint64 last = 0;
        {
            AccountingJournal journal(m_path);
            QVERIFY(journal.open().ok());
            QCOMPARE(journal.pendingCount(), 0);
            const quint64 a = journal.append(record(Status_::Start, "A"));
            const quint64 b = journal.append(record(Status_::Start, "B"));
            last = journal.append(record(Status_::Stop, "A"));
            QVERIFY(a < b && b < last);
            journal.acknowledge(a);
            journal.acknowledge(a); // twice is once
            journal.sync();
            QCOMPARE(journal.pendingCount(), 2);
        } // no clean shutdown needed: every line was written when it happened
        AccountingJournal again(m_path);
        QVERIFY(again.open().ok());
        QCOMPARE(sessions(again), QStringList({"Start:B", "Stop:A"}));
        QCOMPARE(again.pending().rbegin()->second.inputOctets, quint64(1234));
        // Numbers go on after the highest one ever used, acknowledged or not.
        QVERIFY(again.append(record(Status_::Stop, "B")) > last);
        // The file was compacted at open: only what is pending is in it.
        QCOMPARE(again.linesInFile(), 3);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    }

    void aDamagedLineIsSkippedAndTheRestKept()
    {
        {
            AccountingJournal journal(m_path);
            QVERIFY(journal.open().ok());
            journal.append(record(Status_::Start, "A"));
            journal.append(record(Status_::Start, "B"));
        }
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite | QIODevice::Append));
        // A bit flip in a middle line, then a record cut short by a crash.
        file.write("{\"seq\":\"9\",\"status\":\"1\",\"sess\x01on\":\"C\"}\n");
        file.write(record(Status_::Stop, "D").toJournalLine().left(30));
        file.close();
        {
            AccountingJournal journal(m_path);
            QVERIFY(journal.open().ok());
            QCOMPARE(journal.damagedLines(), 2);
            QCOMPARE(sessions(journal), QStringList({"Start:A", "Start:B"}));
            // The next line is not glued to the partial one.
            journal.append(record(Status_::Stop, "A"));
        }
        AccountingJournal journal(m_path);
        QVERIFY(journal.open().ok());
        QCOMPARE(journal.damagedLines(), 0);
        QCOMPARE(sessions(journal), QStringList({"Start:A", "Start:B", "Stop:A"}));
    }

    void isCompactedWhenMostlyAcknowledged()
    {
        AccountingJournal journal(m_path);
        QVERIFY(journal.open().ok());
        const quint64 kept = journal.append(record(Status_::Start, "KEEP"));
        qint64 mostLines = 0;
        for (int i = 0; i < 600; ++i) {
            journal.acknowledge(journal.append(record(Status_::InterimUpdate, QString::number(i))));
            mostLines = std::max(mostLines, journal.linesInFile());
        }
        // 1,201 lines would be in the file without compaction.
        QVERIFY2(mostLines <= AccountingJournal::CompactAtLines,
                 qPrintable(QString::number(mostLines)));
        QVERIFY(journal.linesInFile() < 400);
        QCOMPARE(journal.pendingCount(), 1);
        QCOMPARE(journal.pending().begin()->first, kept);
        journal.sync();
        AccountingJournal again(m_path);
        QVERIFY(again.open().ok());
        QCOMPARE(sessions(again), QStringList({"Start:KEEP"}));
    }

    void theBoundDropsInterimUpdatesFirstThenTheOldest()
    {
        {
            AccountingJournal journal(m_path, 3);
            QVERIFY(journal.open().ok());
            journal.append(record(Status_::Start, "A"));
            journal.append(record(Status_::InterimUpdate, "A"));
            journal.append(record(Status_::Start, "B"));
            journal.append(record(Status_::Stop, "A")); // over: the Interim-Update goes
            QCOMPARE(journal.dropped(), 1);
            QCOMPARE(sessions(journal), QStringList({"Start:A", "Start:B", "Stop:A"}));
            journal.append(record(Status_::Stop, "B")); // no Interim left: the oldest goes
            QCOMPARE(journal.dropped(), 2);
            QCOMPARE(sessions(journal), QStringList({"Start:B", "Stop:A", "Stop:B"}));
        }
        // A dropped record does not come back after a restart.
        AccountingJournal journal(m_path, 3);
        QVERIFY(journal.open().ok());
        QCOMPARE(sessions(journal), QStringList({"Start:B", "Stop:A", "Stop:B"}));
        // A smaller bound applies to what was replayed, oldest first.
        AccountingJournal smaller(m_path, 1);
        QVERIFY(smaller.open().ok());
        QCOMPARE(smaller.dropped(), 2);
        QCOMPARE(sessions(smaller), QStringList({"Stop:B"}));
    }

    void aDiskThatRefusesWritesKeepsRecordsInMemory()
    {
        // RLIMIT_FSIZE makes write(2) fail with EFBIG, as a full disk fails with ENOSPC.
        struct Limit
        {
            rlimit saved{};
            Limit()
            {
                std::signal(SIGXFSZ, SIG_IGN);
                getrlimit(RLIMIT_FSIZE, &saved);
            }
            void set(rlim_t bytes)
            {
                rlimit l = saved;
                l.rlim_cur = bytes;
                setrlimit(RLIMIT_FSIZE, &l);
            }
            ~Limit() { setrlimit(RLIMIT_FSIZE, &saved); }
        } limit;
        AccountingJournal journal(m_path);
        journal.setRewriteRetryMs(0);
        QVERIFY(journal.open().ok());
        journal.append(record(Status_::Start, "A"));
        QVERIFY(journal.onDisk());
        limit.set(static_cast<rlim_t>(QFile(m_path).size() + 10));
        journal.append(record(Status_::Start, "B"));
        QVERIFY(!journal.onDisk());
        journal.append(record(Status_::Stop, "A"));
        QCOMPARE(sessions(journal), QStringList({"Start:A", "Start:B", "Stop:A"}));
        limit.set(RLIM_INFINITY == limit.saved.rlim_cur ? RLIM_INFINITY : limit.saved.rlim_cur);
        // The next change rewrites the file from memory.
        journal.append(record(Status_::Stop, "B"));
        QVERIFY(journal.onDisk());
        journal.sync();
        AccountingJournal again(m_path);
        QVERIFY(again.open().ok());
        QCOMPARE(sessions(again), QStringList({"Start:A", "Start:B", "Stop:A", "Stop:B"}));
        QCOMPARE(again.damagedLines(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestAccountingJournal)
#include "TestAccountingJournal.moc"
