#include "core/AuditLog.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace keyward::core {

namespace {

const QByteArray GenesisHash(32, '\0');

AuditEntry readEntry(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = q.value(1).toLongLong();
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.target = q.value(4).toString();
    e.outcome = q.value(5).toString();
    e.details = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
    e.previousHash = q.value(7).toByteArray();
    e.hash = q.value(8).toByteArray();
    return e;
}

const char *const Columns = "id, at, actor, action, target, outcome, details, prev_hash, hash";

} // namespace

Result<qint64> AuditLog::append(const QString &actor, const QString &action, const QString &target,
                                const QString &outcome, const QJsonObject &details, qint64 nowMs)
{
    QSqlQuery q(m_database.connection());
    AuditEntry e;
    e.previousHash = GenesisHash;
    e.id = 1;
    if (!q.exec(QStringLiteral("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1")))
        return fail(ErrorKind::Internal,
                    "cannot read the audit trail: " + q.lastError().text().toStdString());
    if (q.next()) {
        e.id = q.value(0).toLongLong() + 1;
        e.previousHash = q.value(1).toByteArray();
    } else {
        // Empty after pruning everything? Continue from the anchor's sequence.
        QSqlQuery seq(m_database.connection());
        if (seq.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit'")) &&
            seq.next())
            e.id = seq.value(0).toLongLong() + 1;
    }
    e.at = nowMs;
    e.actor = actor;
    e.action = action;
    e.target = target;
    e.outcome = outcome;
    e.details = details;
    e.hash = e.computeHash();

    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO audit (id, at, actor, action, target, outcome, "
                                  "details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(e.id), QVariant(e.at), QVariant(e.actor), QVariant(e.action), QVariant(e.target),
          QVariant(e.outcome), QVariant(QJsonDocument(e.details).toJson(QJsonDocument::Compact)),
          QVariant(e.previousHash), QVariant(e.hash)})
        insert.addBindValue(v);
    if (!insert.exec())
        return fail(ErrorKind::Internal, "cannot write to the audit trail (disk full?): " +
                                             insert.lastError().text().toStdString());
    return e.id;
}

Result<QList<AuditEntry>> AuditLog::list(const AuditFilter &filter) const
{
    QString sql = QStringLiteral("SELECT %1 FROM audit WHERE 1=1").arg(QLatin1String(Columns));
    QVariantList values;
    if (!filter.actor.isEmpty()) {
        sql += QStringLiteral(" AND actor = ?");
        values << filter.actor;
    }
    if (!filter.action.isEmpty()) {
        sql += QStringLiteral(" AND substr(action, 1, ?) = ?");
        values << filter.action.size() << filter.action;
    }
    if (!filter.target.isEmpty()) {
        sql += QStringLiteral(" AND target = ?");
        values << filter.target;
    }
    if (filter.since > 0) {
        sql += QStringLiteral(" AND at >= ?");
        values << filter.since;
    }
    if (filter.until > 0) {
        sql += QStringLiteral(" AND at < ?");
        values << filter.until;
    }
    if (filter.beforeId > 0) {
        sql += QStringLiteral(" AND id < ?");
        values << filter.beforeId;
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values << qBound(1, filter.limit, 10000);
    QSqlQuery q(m_database.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return fail(ErrorKind::Internal,
                    "cannot read the audit trail: " + q.lastError().text().toStdString());
    QList<AuditEntry> entries;
    while (q.next())
        entries.append(readEntry(q));
    return entries;
}

AuditVerification AuditLog::verify() const
{
    AuditVerification result;
    auto broken = [&](qint64 id, const QString &problem) {
        result.intact = false;
        result.firstBadId = id;
        result.problem = problem;
        return result;
    };

    qint64 expectedId = 1;
    QByteArray expectedPrevious = GenesisHash;
    QSqlQuery anchor(m_database.connection());
    if (anchor.exec(QStringLiteral("SELECT first_id, prev_hash FROM audit_anchor")) &&
        anchor.next()) {
        expectedId = anchor.value(0).toLongLong();
        expectedPrevious = anchor.value(1).toByteArray();
    }

    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit ORDER BY id").arg(QLatin1String(Columns))))
        return broken(0, QStringLiteral("the audit trail cannot be read: ") + q.lastError().text());
    qint64 lastId = expectedId - 1;
    while (q.next()) {
        const AuditEntry e = readEntry(q);
        if (e.id != expectedId)
            return broken(
                expectedId,
                e.id > expectedId
                    ? QStringLiteral("entry %1 is missing (the trail jumps from %2 to %3)")
                          .arg(expectedId)
                          .arg(expectedId - 1)
                          .arg(e.id)
                    : QStringLiteral("entry %1 is out of place").arg(e.id));
        if (e.previousHash != expectedPrevious)
            return broken(e.id, QStringLiteral("entry %1 does not follow entry %2: an entry was "
                                               "removed, replaced or reordered")
                                    .arg(e.id)
                                    .arg(e.id - 1));
        if (e.computeHash() != e.hash)
            return broken(e.id,
                          QStringLiteral("entry %1 (%2 by %3) was edited after it was written")
                              .arg(e.id)
                              .arg(e.action, e.actor));
        expectedPrevious = e.hash;
        lastId = e.id;
        ++expectedId;
        ++result.checked;
    }
    // AUTOINCREMENT remembers the highest id ever used: entries cut off the end show.
    QSqlQuery seq(m_database.connection());
    if (seq.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit'")) &&
        seq.next() && seq.value(0).toLongLong() > lastId)
        return broken(lastId + 1, QStringLiteral("the newest entries after %1 were removed "
                                                 "(the trail reached %2)")
                                      .arg(lastId)
                                      .arg(seq.value(0).toLongLong()));
    return result;
}

Result<qint64> AuditLog::prune(qint64 cutoffMs, qint64 nowMs, const QString &actor)
{
    qint64 removed = 0;
    auto done = m_database.transaction([&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("SELECT id, prev_hash FROM audit WHERE at >= ? OR id = (SELECT "
                                 "MAX(id) FROM audit) ORDER BY id LIMIT 1"));
        q.addBindValue(cutoffMs);
        if (!q.exec())
            return fail(ErrorKind::Internal,
                        "cannot read the audit trail: " + q.lastError().text().toStdString());
        if (!q.next())
            return {}; // empty trail
        const qint64 firstKept = q.value(0).toLongLong();
        const QByteArray anchorHash = q.value(1).toByteArray();
        QSqlQuery del(m_database.connection());
        del.prepare(QStringLiteral("DELETE FROM audit WHERE id < ?"));
        del.addBindValue(firstKept);
        if (!del.exec())
            return fail(ErrorKind::Internal,
                        "cannot prune the audit trail: " + del.lastError().text().toStdString());
        removed = del.numRowsAffected();
        if (removed == 0)
            return {};
        QSqlQuery a(m_database.connection());
        if (!a.exec(QStringLiteral("DELETE FROM audit_anchor")))
            return fail(ErrorKind::Internal,
                        "cannot update the audit anchor: " + a.lastError().text().toStdString());
        a.prepare(QStringLiteral("INSERT INTO audit_anchor (first_id, prev_hash, pruned_at) "
                                 "VALUES (?, ?, ?)"));
        a.addBindValue(firstKept);
        a.addBindValue(anchorHash);
        a.addBindValue(nowMs);
        if (!a.exec())
            return fail(ErrorKind::Internal,
                        "cannot update the audit anchor: " + a.lastError().text().toStdString());
        auto logged = append(actor, QStringLiteral("audit.prune"), QStringLiteral("audit"),
                             QStringLiteral("ok"),
                             {{"removed", removed},
                              {"olderThan", cutoffMs},
                              {"firstKept", firstKept},
                              {"anchorHash", QString::fromLatin1(anchorHash.toHex())}},
                             nowMs);
        if (!logged)
            return logged.error();
        return {};
    });
    if (!done)
        return done.error();
    return removed;
}

} // namespace keyward::core
