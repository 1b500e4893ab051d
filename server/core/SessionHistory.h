#pragma once

// The record of ended sessions in the state database, so an admin can see later who
// was connected, for how long, and why each session ended.
//
// Writes are batched: an ended session waits in memory and is written with the others
// in one transaction (one sync) when MaxPending are waiting or MaxDelayMs after the
// first of them, whichever comes first, and when the history is flushed or destroyed
// (a clean stop). A crash loses at most the sessions of those last MaxDelayMs, and at
// most MaxPending of them. Reads write what is waiting first, so they see every
// ended session. Retention removes sessions that ended longer ago than it.

#include "common/Result.h"
#include "core/Database.h"
#include "core/LiveSession.h"
#include "core/SessionRecord.h"

#include <QList>
#include <QTimer>

namespace keyward::core {

class SessionHistory
{
public:
    static constexpr int MaxPending = 250;
    static constexpr int MaxDelayMs = 5000;
    // Kept in memory while the database refuses writes (a full disk); beyond it the
    // oldest waiting sessions are dropped, with a warning.
    static constexpr int MaxBuffered = 10000;

    explicit SessionHistory(Database &database);
    // Writes what is waiting.
    ~SessionHistory();
    SessionHistory(const SessionHistory &) = delete;
    SessionHistory &operator=(const SessionHistory &) = delete;

    // Queues an ended session. An error says that a write that fell due failed; the
    // sessions stay queued for the next one.
    Status record(const SessionRecord &session);
    // An ended session, with its final counters.
    Status recordEnded(const LiveSession &session);
    // Writes every waiting session in one transaction.
    Status flush();
    int pending() const { return static_cast<int>(m_pending.size()); }

    // Newest first; `user` empty for everybody.
    Result<QList<SessionRecord>> recent(int limit, const QString &user = {});

    // Removes the sessions that ended longer than `retentionSeconds` ago (never past
    // the newest one's end minus the retention: a clock pushed forward removes nothing
    // the policy keeps). Joins the caller's transaction; the caller flushes first.
    struct Pruned
    {
        qint64 removed = 0;
        qint64 olderThan = 0; // Unix seconds
        bool clockAhead = false;
    };
    Result<Pruned> prune(qint64 retentionSeconds, qint64 nowSeconds);

private:
    Status write(const QList<SessionRecord> &sessions);

    Database &m_database;
    QList<SessionRecord> m_pending;
    QTimer m_timer;
};

} // namespace keyward::core
