#pragma once

// The audit trail: append-only, every entry hash-chained (SHA-256) to the one
// before, in the state database. verify() finds an edited, removed or reordered
// entry and says which. Retention removes old entries but records an anchor (and an
// audit entry saying so), so what remains still verifies from its first entry.
//
// append() joins the caller's transaction when there is one, so a change and its
// audit entry commit together or not at all.

#include "common/Result.h"
#include "core/AuditEntry.h"
#include "core/Database.h"

#include <QList>

namespace keyward::core {

struct AuditVerification
{
    bool intact = true;
    qint64 checked = 0;
    qint64 firstBadId = 0; // 0 when intact
    QString problem;       // what is wrong and where, for the admin
};

struct AuditFilter
{
    QString actor;
    QString action; // prefix match: "user." matches every user action
    QString target;
    qint64 since = 0; // Unix ms, inclusive
    qint64 until = 0; // Unix ms, exclusive; 0 = no limit
    int limit = 500;
    qint64 beforeId = 0; // paging: entries with id < beforeId; 0 = newest
};

class AuditLog
{
public:
    explicit AuditLog(Database &database) : m_database(database) {}

    Result<qint64> append(const QString &actor, const QString &action, const QString &target,
                          const QString &outcome, const QJsonObject &details, qint64 nowMs);

    // Newest first.
    Result<QList<AuditEntry>> list(const AuditFilter &filter) const;
    AuditVerification verify() const;

    // Removes entries older than cutoffMs (keeping at least the newest one), leaves an
    // anchor so the rest verifies, and records the pruning as an audit entry.
    Result<qint64> prune(qint64 cutoffMs, qint64 nowMs, const QString &actor);

private:
    Database &m_database;
};

} // namespace keyward::core
