#include "core/SessionHistory.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace keyward::core {

Result<qint64> SessionHistory::record(const SessionRecord &s)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO session_history (user, peer_address, tunnel_address, "
                             "mppe, started_at, ended_at, end_reason, bytes_in, bytes_out) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // A call that never signed in has no user; it is still recorded, with an empty one.
    auto text = [](const QString &v) { return QVariant(v.isNull() ? QStringLiteral("") : v); };
    for (const QVariant &v : {text(s.user), text(s.peerAddress), text(s.tunnelAddress),
                              text(s.mppe), QVariant(s.startedAt), QVariant(s.endedAt),
                              text(s.endReason), QVariant(s.bytesIn), QVariant(s.bytesOut)})
        q.addBindValue(v);
    if (!q.exec())
        return fail(ErrorKind::Internal,
                    "cannot record the session: " + q.lastError().text().toStdString());
    return q.lastInsertId().toLongLong();
}

Result<QList<SessionRecord>> SessionHistory::recent(int limit, const QString &user) const
{
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

Result<qint64> SessionHistory::recordEnded(const LiveSession &session)
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

} // namespace keyward::core
