#include "core/AuditLog.h"

#include "core/RetentionCutoff.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace keyward::core {

Q_LOGGING_CATEGORY(lcAuditLog, "keyward.audit")

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

// Where keying started, and which key (its id) keyed it.
struct Keying
{
    qint64 firstId = 0;
    QByteArray keyId;
};

Result<std::optional<Keying>> readKeying(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT first_id, key_id FROM audit_keying")))
        return fail(ErrorKind::Internal,
                    "cannot read the audit trail's keying: " + q.lastError().text().toStdString());
    if (!q.next())
        return std::optional<Keying>();
    return std::optional<Keying>(Keying{q.value(0).toLongLong(), q.value(1).toByteArray()});
}

QString shortHex(const QByteArray &hash)
{
    return QString::fromLatin1(hash.toHex().left(16)) + QStringLiteral("...");
}

QString isoMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

AuditLog::AuditLog(Database &database) : m_database(database) {}

AuditLog::AuditLog(Database &database, std::optional<AuditKey> key, qint64 keyedFrom,
                   const QString &anchorFile)
    : m_database(database), m_key(std::move(key)), m_keyedFrom(keyedFrom)
{
    if (!anchorFile.isEmpty())
        m_anchors.emplace(anchorFile);
}

AuditLog::~AuditLog()
{
    if (!m_anchors)
        return;
    auto anchored = writeAnchor(QDateTime::currentMSecsSinceEpoch());
    if (!anchored)
        qCWarning(lcAuditLog).noquote() << "cannot anchor the audit trail at stop:"
                                        << QString::fromStdString(anchored.message());
}

Result<qint64> AuditLog::keyedEntryCount(Database &database)
{
    auto keying = readKeying(database.connection());
    if (!keying)
        return keying.error();
    if (!*keying)
        return qint64(0);
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit WHERE id >= ?"));
    q.addBindValue((*keying)->firstId);
    if (!q.exec() || !q.next())
        return fail(ErrorKind::Internal,
                    "cannot read the audit trail: " + q.lastError().text().toStdString());
    return q.value(0).toLongLong();
}

Result<std::unique_ptr<AuditLog>> AuditLog::open(Database &database, const QString &keyFile,
                                                 const QString &anchorFile)
{
    auto keying = readKeying(database.connection());
    if (!keying)
        return keying.error();
    auto keyed = keyedEntryCount(database);
    if (!keyed)
        return keyed.error();
    const std::string directory = QFileInfo(keyFile).absolutePath().toStdString();
    const std::string name = QFileInfo(keyFile).fileName().toStdString();

    auto loaded = AuditKey::load(keyFile);
    if (!loaded && loaded.kind() != ErrorKind::NotFound)
        return loaded.error();
    std::optional<AuditKey> key;
    bool startKeying = !*keying;
    if (loaded) {
        key.emplace(std::move(loaded).value());
        if (*keying && (*keying)->keyId != key->id()) {
            if (*keyed > 0)
                return fail(ErrorKind::Unavailable,
                            "the audit key file " + keyFile.toStdString() +
                                " does not belong to the audit trail in " +
                                database.path().toStdString() + ": its " + std::to_string(*keyed) +
                                " keyed entries (from entry " + std::to_string((*keying)->firstId) +
                                ") were written with another key. Restore the " + name +
                                " that was backed up with this database into " + directory +
                                " and start keywardd again");
            startKeying = true; // nothing was keyed with the old key
        }
    } else {
        if (*keyed > 0)
            return fail(ErrorKind::Unavailable,
                        "the audit key file " + keyFile.toStdString() +
                            " is missing, but the audit trail in " + database.path().toStdString() +
                            " holds " + std::to_string(*keyed) +
                            " entries keyed with it (from entry " +
                            std::to_string((*keying)->firstId) +
                            "), which cannot be verified or continued without it. Restore " + name +
                            " from your backup of the state directory " + directory +
                            " (owner: the user keywardd runs as, mode 0600) and start keywardd "
                            "again; keywardd makes a new audit key only for a trail with no "
                            "keyed entry");
        qCInfo(lcAuditLog).noquote()
            << "no keyed audit entry yet: making a new audit key file" << keyFile;
        auto created = AuditKey::create(keyFile);
        if (!created)
            return created.error();
        key.emplace(std::move(created).value());
        startKeying = true;
    }

    qint64 keyedFrom = *keying ? (*keying)->firstId : 0;
    if (startKeying) {
        AuditLog probe(database);
        auto next = probe.nextId();
        if (!next)
            return next.error();
        keyedFrom = *next;
        auto recorded = database.transaction([&]() -> Status {
            QSqlQuery q(database.connection());
            if (!q.exec(QStringLiteral("DELETE FROM audit_keying")))
                return fail(ErrorKind::Internal, "cannot record where audit keying starts: " +
                                                     q.lastError().text().toStdString());
            q.prepare(QStringLiteral("INSERT INTO audit_keying (first_id, key_id) VALUES (?, ?)"));
            q.addBindValue(keyedFrom);
            q.addBindValue(key->id());
            if (!q.exec())
                return fail(ErrorKind::Internal, "cannot record where audit keying starts: " +
                                                     q.lastError().text().toStdString());
            return {};
        });
        if (!recorded)
            return recorded.error();
        qCInfo(lcAuditLog).noquote() << "audit entries are keyed from entry" << keyedFrom;
    }
    return std::unique_ptr<AuditLog>(new AuditLog(database, std::move(key), keyedFrom, anchorFile));
}

Result<qint64> AuditLog::nextId() const
{
    // AUTOINCREMENT remembers the highest id ever used: an id cut off the end is never
    // given again, so the cut shows as a gap.
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT MAX(COALESCE((SELECT MAX(id) FROM audit), 0), "
                               "COALESCE((SELECT seq FROM sqlite_sequence WHERE name = "
                               "'audit'), 0))")) ||
        !q.next())
        return fail(ErrorKind::Internal,
                    "cannot read the audit trail: " + q.lastError().text().toStdString());
    return q.value(0).toLongLong() + 1;
}

Result<qint64> AuditLog::append(const QString &actor, const QString &action, const QString &target,
                                const QString &outcome, const QJsonObject &details, qint64 nowMs)
{
    if (!m_key) {
        // Asked each time: keywardd may have keyed the trail since this log was made.
        auto keying = readKeying(m_database.connection());
        if (!keying)
            return keying.error();
        if (*keying)
            return fail(ErrorKind::Internal,
                        "the audit trail is keyed from entry " +
                            std::to_string((*keying)->firstId) +
                            ": it can be written only with its key (audit.key)");
    }
    QSqlQuery q(m_database.connection());
    AuditEntry e;
    e.previousHash = GenesisHash;
    if (!q.exec(QStringLiteral("SELECT hash FROM audit ORDER BY id DESC LIMIT 1")))
        return fail(ErrorKind::Internal,
                    "cannot read the audit trail: " + q.lastError().text().toStdString());
    if (q.next())
        e.previousHash = q.value(0).toByteArray();
    auto next = nextId();
    if (!next)
        return next.error();
    e.id = std::max(*next, m_key ? m_keyedFrom : qint64(0));
    e.at = nowMs;
    e.actor = actor;
    e.action = action;
    e.target = target;
    e.outcome = outcome;
    e.details = details;
    e.hash = m_key && e.id >= m_keyedFrom ? e.computeMac(*m_key) : e.computeHash();

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
    };
    [&] {
        auto keying = readKeying(m_database.connection());
        if (!keying)
            return broken(0, QString::fromStdString(keying.message()));
        const qint64 keyedFrom = *keying ? (*keying)->firstId : 0;
        result.keyedFrom = keyedFrom;
        if (*keying && m_key && (*keying)->keyId != m_key->id())
            return broken(keyedFrom,
                          QStringLiteral("the entries from %1 were keyed with another key than "
                                         "this audit.key (a key file from elsewhere, or the "
                                         "record of the keying was altered)")
                              .arg(keyedFrom));

        qint64 expectedId = 1;
        QByteArray expectedPrevious = GenesisHash;
        QSqlQuery anchor(m_database.connection());
        if (anchor.exec(QStringLiteral("SELECT first_id, prev_hash FROM audit_anchor")) &&
            anchor.next()) {
            expectedId = anchor.value(0).toLongLong();
            expectedPrevious = anchor.value(1).toByteArray();
        }
        const qint64 firstId = expectedId;

        QSqlQuery q(m_database.connection());
        if (!q.exec(QStringLiteral("SELECT %1 FROM audit ORDER BY id").arg(QLatin1String(Columns))))
            return broken(0, QStringLiteral("the audit trail cannot be read: ") +
                                 q.lastError().text());
        qint64 lastId = expectedId - 1;
        qint64 lastPruneFirstKept = -1;
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
                return broken(e.id, QStringLiteral("entry %1 does not follow entry %2: an entry "
                                                   "was removed, replaced or reordered")
                                        .arg(e.id)
                                        .arg(e.id - 1));
            const bool keyed = keyedFrom > 0 && e.id >= keyedFrom;
            if (keyed && !m_key)
                return broken(e.id, QStringLiteral("entries from %1 are keyed: verifying them "
                                                   "needs the audit key (audit.key)")
                                        .arg(keyedFrom));
            if ((keyed ? e.computeMac(*m_key) : e.computeHash()) != e.hash)
                return broken(e.id,
                              QStringLiteral("entry %1 (%2 by %3) was edited after it was written")
                                  .arg(e.id)
                                  .arg(e.action, e.actor));
            if (e.action == QLatin1String("audit.prune"))
                lastPruneFirstKept = e.details.value(QStringLiteral("firstKept")).toInteger(-1);
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
        // A keyed trail that starts after entry 1 must say, in a keyed entry, that
        // retention cut it there: the oldest entries cannot go unnoticed.
        if (firstId > 1 && keyedFrom > 0 && keyedFrom <= firstId && lastPruneFirstKept != firstId)
            return broken(firstId, QStringLiteral("the entries before %1 were removed without a "
                                                  "recorded pruning (the oldest entries were "
                                                  "cut off)")
                                       .arg(firstId));
    }();
    checkAnchors(result);
    return result;
}

void AuditLog::checkAnchors(AuditVerification &result) const
{
    if (!m_anchors)
        return;
    const QString file = m_anchors->path();
    auto failed = [&](const AuditAnchor &a, const QString &how, qint64 badId,
                      const QString &problem) {
        result.failedAnchor = a.line;
        result.anchorFailure = how;
        if (result.intact) {
            result.intact = false;
            result.firstBadId = badId;
            result.problem = problem;
        } else {
            result.problem += QStringLiteral("; ") + problem;
        }
    };
    auto anchors = m_anchors->read();
    if (!anchors) {
        failed(AuditAnchor{}, QStringLiteral("damaged"), 0,
               QString::fromStdString(anchors.message()));
        return;
    }
    QSqlQuery range(m_database.connection());
    if (!range.exec(QStringLiteral("SELECT MIN(id), MAX(id) FROM audit")) || !range.next())
        return;
    const qint64 minId = range.value(0).toLongLong();
    const qint64 maxId = range.value(1).toLongLong();
    const qint64 keyedFrom = result.keyedFrom;
    for (const AuditAnchor &a : *anchors) {
        const QString where = QStringLiteral("the anchor at line %1 of %2").arg(a.line).arg(file);
        if (!a.valid)
            return failed(a, QStringLiteral("damaged"), 0,
                          QStringLiteral("line %1 of the anchor file %2 is not an anchor: the "
                                         "file was damaged or edited")
                              .arg(a.line)
                              .arg(file));
        const QString written = isoMs(a.writtenAt);
        if (a.id > maxId)
            return failed(a, QStringLiteral("truncated"), maxId + 1,
                          QStringLiteral("%1 (written %2) recorded entry %3, but the trail ends "
                                         "at entry %4: the trail was truncated, its newest "
                                         "entries removed")
                              .arg(where, written)
                              .arg(a.id)
                              .arg(maxId));
        if (a.id < minId)
            continue; // removed by retention since
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("SELECT hash FROM audit WHERE id = ?"));
        q.addBindValue(a.id);
        if (!q.exec())
            return;
        if (!q.next())
            return failed(a, QStringLiteral("rewritten"), a.id,
                          QStringLiteral("%1 (written %2) recorded entry %3, which is no longer "
                                         "in the trail: the trail was rewritten")
                              .arg(where, written)
                              .arg(a.id));
        const QByteArray hash = q.value(0).toByteArray();
        if (hash != a.hash)
            return failed(a, QStringLiteral("rewritten"), a.id,
                          QStringLiteral("%1 (written %2) recorded entry %3 with hash %4, but "
                                         "the trail's entry %3 now has hash %5: the trail was "
                                         "rewritten")
                              .arg(where, written)
                              .arg(a.id)
                              .arg(shortHex(a.hash), shortHex(hash)));
        // The anchored entry was keyed (or not); the trail must still say so.
        const bool anchoredKeyed = a.keyedFrom > 0 && a.id >= a.keyedFrom;
        const bool nowKeyed = keyedFrom > 0 && a.id >= keyedFrom;
        if (anchoredKeyed != nowKeyed || (anchoredKeyed && a.keyedFrom != keyedFrom))
            return failed(a, QStringLiteral("rewritten"), a.id,
                          QStringLiteral("%1 (written %2) recorded the trail keyed from entry "
                                         "%3, but the database now says %4: the record of the "
                                         "keying was rewritten")
                              .arg(where, written)
                              .arg(a.keyedFrom)
                              .arg(keyedFrom > 0 ? QStringLiteral("from entry %1").arg(keyedFrom)
                                                 : QStringLiteral("not keyed")));
        ++result.anchorsChecked;
    }
}

Result<AuditHead> AuditLog::head() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1")))
        return fail(ErrorKind::Internal,
                    "cannot read the audit trail: " + q.lastError().text().toStdString());
    AuditHead head;
    head.keyedFrom = m_keyedFrom;
    if (q.next()) {
        head.id = q.value(0).toLongLong();
        head.hash = q.value(1).toByteArray();
    }
    return head;
}

Result<std::optional<AuditAnchor>> AuditLog::writeAnchor(qint64 nowMs)
{
    if (!m_anchors)
        return std::optional<AuditAnchor>();
    auto current = head();
    if (!current)
        return current.error();
    if (current->id == 0)
        return std::optional<AuditAnchor>();
    if (!m_lastAnchored) {
        auto anchors = m_anchors->read();
        if (anchors) {
            for (auto it = anchors->crbegin(); it != anchors->crend(); ++it) {
                if (it->valid) {
                    m_lastAnchored = AuditHead{it->id, it->hash, it->keyedFrom};
                    break;
                }
            }
        }
    }
    if (m_lastAnchored && m_lastAnchored->id == current->id &&
        m_lastAnchored->hash == current->hash)
        return std::optional<AuditAnchor>();
    AuditAnchor anchor;
    anchor.valid = true;
    anchor.writtenAt = nowMs;
    anchor.id = current->id;
    anchor.hash = current->hash;
    anchor.keyedFrom = current->keyedFrom;
    if (auto appended = m_anchors->append(anchor); !appended)
        return appended.error();
    m_lastAnchored = *current;
    qCInfo(lcAuditLog).noquote() << "audit anchor: entry" << anchor.id << "hash"
                                 << QString::fromLatin1(anchor.hash.toHex()) << "keyed from"
                                 << anchor.keyedFrom << "written to" << m_anchors->path();
    return std::optional<AuditAnchor>(anchor);
}

Result<qint64> AuditLog::prune(qint64 retentionMs, qint64 nowMs, const QString &actor)
{
    qint64 removed = 0;
    auto done = m_database.transaction([&]() -> Status {
        QSqlQuery newest(m_database.connection());
        if (!newest.exec(QStringLiteral("SELECT MAX(at) FROM audit")) || !newest.next())
            return fail(ErrorKind::Internal,
                        "cannot read the audit trail: " + newest.lastError().text().toStdString());
        if (newest.value(0).isNull())
            return {}; // empty trail
        const qint64 newestAt = newest.value(0).toLongLong();
        const auto cutoff = RetentionCutoff::compute(nowMs, retentionMs, newestAt);
        if (cutoff.clockAhead)
            qCWarning(lcAuditLog).noquote()
                << QStringLiteral("the clock (%1) is %2 days ahead of the newest audit entry "
                                  "(%3), more than the retention of %4 days: retention keeps "
                                  "every entry from %5 on. Check the system clock")
                       .arg(isoMs(nowMs))
                       .arg((nowMs - newestAt) / 86400000)
                       .arg(isoMs(newestAt))
                       .arg(retentionMs / 86400000)
                       .arg(isoMs(cutoff.before));
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("SELECT id, prev_hash FROM audit WHERE at >= ? OR id = (SELECT "
                                 "MAX(id) FROM audit) ORDER BY id LIMIT 1"));
        q.addBindValue(cutoff.before);
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
                              {"olderThan", cutoff.before},
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
