#include "core/SessionHistory.h"

#include "core/RetentionCutoff.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace keyward::core {

Q_LOGGING_CATEGORY(lcHistory, "keyward.history")

SessionHistory::SessionHistory(Database &database) : m_database(database)
{
    m_timer.setSingleShot(true);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
        if (auto written = flush(); !written)
            qCWarning(lcHistory).noquote() << QString::fromStdString(written.message());
    });
}

SessionHistory::~SessionHistory()
{
    if (auto written = flush(); !written)
        qCWarning(lcHistory).noquote() << QString::fromStdString(written.message());
}

Status SessionHistory::record(const SessionRecord &session)
{
    m_pending.append(session);
    if (m_pending.size() > MaxBuffered) {
        const qsizetype dropped = m_pending.size() - MaxBuffered;
        m_pending.remove(0, dropped);
        qCWarning(lcHistory).noquote()
            << "the session history cannot be written: dropped" << dropped
            << "ended session(s) beyond the" << MaxBuffered << "kept waiting";
    }
    if (m_pending.size() >= MaxPending)
        return flush();
    if (!m_timer.isActive())
        m_timer.start(MaxDelayMs);
    return {};
}

Status SessionHistory::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return {};
    if (auto written = write(m_pending); !written) {
        m_timer.start(MaxDelayMs); // try again
        return written;
    }
    m_pending.clear();
    return {};
}

Status SessionHistory::write(const QList<SessionRecord> &sessions)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("INSERT INTO session_history (user, peer_address, "
                                 "tunnel_address, mppe, started_at, ended_at, end_reason, "
                                 "bytes_in, bytes_out) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        // A call that never signed in has no user; it is still recorded, with an empty one.
        auto text = [](const QString &v) { return QVariant(v.isNull() ? QStringLiteral("") : v); };
        for (const SessionRecord &s : sessions) {
            int i = 0;
            for (const QVariant &v : {text(s.user), text(s.peerAddress), text(s.tunnelAddress),
                                      text(s.mppe), QVariant(s.startedAt), QVariant(s.endedAt),
                                      text(s.endReason), QVariant(s.bytesIn), QVariant(s.bytesOut)})
                q.bindValue(i++, v);
            if (!q.exec())
                return fail(ErrorKind::Internal,
                            "cannot record " + std::to_string(sessions.size()) +
                                " ended session(s): " + q.lastError().text().toStdString());
        }
        return {};
    });
}

Result<QList<SessionRecord>> SessionHistory::recent(int limit, const QString &user)
{
    if (auto written = flush(); !written)
        qCWarning(lcHistory).noquote() << QString::fromStdString(written.message());
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, user, peer_address, tunnel_address, mppe, started_at, "
                             "ended_at, end_reason, bytes_in, bytes_out FROM session_history %1 "
                             "ORDER BY id DESC LIMIT ?")
                  .arg(user.isEmpty() ? QString() : QStringLiteral("WHERE user = ?")));
    if (!user.isEmpty())
        q.addBindValue(user);
    q.addBindValue(qBound(1, limit, 10000));
    if (!q.exec())
        return fail(ErrorKind::Internal,
                    "cannot read the session history: " + q.lastError().text().toStdString());
    QList<SessionRecord> out;
    while (q.next()) {
        SessionRecord s;
        s.id = q.value(0).toLongLong();
        s.user = q.value(1).toString();
        s.peerAddress = q.value(2).toString();
        s.tunnelAddress = q.value(3).toString();
        s.mppe = q.value(4).toString();
        s.startedAt = q.value(5).toLongLong();
        s.endedAt = q.value(6).toLongLong();
        s.endReason = q.value(7).toString();
        s.bytesIn = q.value(8).toLongLong();
        s.bytesOut = q.value(9).toLongLong();
        out.append(s);
    }
    return out;
}

Status SessionHistory::recordEnded(const LiveSession &session)
{
    SessionRecord entry;
    entry.user = session.user;
    entry.peerAddress = session.peerAddress;
    entry.tunnelAddress = session.tunnelAddress;
    if (!session.mppeStrength.isEmpty())
        entry.mppe = session.mppeStrength + QLatin1Char(' ') + session.mppeMode;
    entry.startedAt = session.startedAt.toSecsSinceEpoch();
    entry.endedAt = session.endedAt.isValid() ? session.endedAt.toSecsSinceEpoch()
                                              : QDateTime::currentSecsSinceEpoch();
    entry.endReason = session.endReason;
    entry.bytesIn = session.bytesIn;
    entry.bytesOut = session.bytesOut;
    return record(entry);
}

Result<SessionHistory::Pruned> SessionHistory::prune(qint64 retentionSeconds, qint64 nowSeconds)
{
    QSqlQuery newest(m_database.connection());
    if (!newest.exec(QStringLiteral("SELECT MAX(ended_at) FROM session_history")) || !newest.next())
        return fail(ErrorKind::Internal,
                    "cannot read the session history: " + newest.lastError().text().toStdString());
    Pruned pruned;
    if (newest.value(0).isNull())
        return pruned;
    const auto cutoff =
        RetentionCutoff::compute(nowSeconds, retentionSeconds, newest.value(0).toLongLong());
    pruned.olderThan = cutoff.before;
    pruned.clockAhead = cutoff.clockAhead;
    QSqlQuery del(m_database.connection());
    del.prepare(QStringLiteral("DELETE FROM session_history WHERE ended_at < ?"));
    del.addBindValue(cutoff.before);
    if (!del.exec())
        return fail(ErrorKind::Internal,
                    "cannot prune the session history: " + del.lastError().text().toStdString());
    pruned.removed = del.numRowsAffected();
    return pruned;
}

} // namespace keyward::core
