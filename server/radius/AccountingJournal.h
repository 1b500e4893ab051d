#pragma once

// The disk queue of RADIUS accounting records, so that a restart or a crash loses no
// Stop: a file in the state directory (radius-accounting.journal, owner only) of
// append-only lines, each a record (AccountingRecord's JSON) or, later, the
// acknowledgement of one ({"ack":"N"}).
//
// - A record's line is written (write(2)) when it is appended, so a crash of keywardd
//   loses nothing; fdatasync(2) is batched: sync() runs once per event-loop pass
//   (RadiusAccounting calls it), so the records of one pass share one flush and a
//   power loss loses at most that pass. Acknowledgements are written at once and
//   flushed with the next sync: a lost one only makes a record be sent twice, which
//   RADIUS servers recognise (same Acct-Session-Id and status).
// - open() replays the file: records without an acknowledgement come back in order,
//   acknowledged ones never do. A damaged line (a partial write, a bit flip) is
//   skipped with a log line and the rest kept. The file is rewritten with only the
//   pending records (a new file renamed over the old one) at open and whenever at
//   least 1,024 lines are in it and three quarters of them are acknowledged.
// - At most `maxPending` records wait (100,000 by default). Past that the oldest
//   Interim-Update goes first, then the oldest record; each drop is counted and logged.
// - A write that fails (a full disk) is logged; the record stays in memory and is sent
//   as any other; the file is rewritten from memory once the disk takes it (tried at
//   most every 30 s). Nothing here crashes or throws on a disk error.

#include "common/Result.h"
#include "radius/AccountingRecord.h"

#include <QElapsedTimer>
#include <QString>
#include <map>

namespace keyward::radius {

class AccountingJournal
{
public:
    static constexpr int DefaultMaxPending = 100000;
    static constexpr int CompactAtLines = 1024;

    explicit AccountingJournal(QString path, int maxPending = DefaultMaxPending);
    ~AccountingJournal();
    AccountingJournal(const AccountingJournal &) = delete;
    AccountingJournal &operator=(const AccountingJournal &) = delete;

    // Replays the file (a missing one is an empty queue) and opens it for appending.
    // The error says why the file cannot be used at all; the records read are kept
    // (in memory) even then.
    [[nodiscard]] Status open();

    // Journals `record` with the next sequence number, which it returns.
    quint64 append(AccountingRecord record);
    // The server answered record `sequence`: it is never sent again.
    void acknowledge(quint64 sequence);
    // Flushes to disk what was written since the last sync (fdatasync).
    void sync();

    // The records waiting for an answer, oldest first, by sequence number.
    const std::map<quint64, AccountingRecord> &pending() const { return m_pending; }
    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    qint64 dropped() const { return m_dropped; }
    int damagedLines() const { return m_damaged; }
    // False while the last write to the file failed (records are in memory only).
    bool onDisk() const { return !m_writeFailed; }
    qint64 linesInFile() const { return m_lines; }
    const QString &path() const { return m_path; }
    // How long after a failed write the file is rewritten from memory (30 s).
    void setRewriteRetryMs(int ms) { m_rewriteRetryMs = ms; }

private:
    bool writeLine(const QByteArray &line);
    void enforceBound();
    void maybeCompact();
    Status compact();
    void closeFile();

    QString m_path;
    int m_maxPending;
    int m_fd = -1;
    std::map<quint64, AccountingRecord> m_pending;
    int m_interims = 0; // Interim-Updates among m_pending
    quint64 m_nextSequence = 1;
    qint64 m_lines = 0; // lines in the file
    qint64 m_dropped = 0;
    int m_damaged = 0;
    bool m_dirty = false; // written since the last fdatasync
    bool m_writeFailed = false;
    QElapsedTimer m_lastRewriteAttempt;
    int m_rewriteRetryMs = 30000;
};

} // namespace keyward::radius
