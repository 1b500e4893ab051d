#pragma once

// The audit trail: append-only, every entry chained to the one before, in the state
// database. keywardd's trail is keyed: each entry's hash is an HMAC-SHA256 under the
// audit key (audit.key, outside the database), from the entry where keying started
// (older, unkeyed entries keep their SHA-256 and still verify). The head is anchored
// outside the database (the anchor file, and the log) at intervals and at a clean
// stop. verify() finds an edited, removed, reordered or forged entry, and a trail cut
// short or rewritten since an anchor, and says which entry or anchor and how.
// Retention removes old entries but records where the trail now starts (and an audit
// entry saying so), so what remains still verifies from its first entry.
//
// append() joins the caller's transaction when there is one, so a change and its
// audit entry commit together or not at all.

#include "common/Result.h"
#include "core/AuditAnchor.h"
#include "core/AuditAnchorFile.h"
#include "core/AuditEntry.h"
#include "core/AuditKey.h"
#include "core/Database.h"

#include <QList>
#include <memory>
#include <optional>

namespace keyward::core {

struct AuditVerification
{
    bool intact = true;
    qint64 checked = 0;
    qint64 firstBadId = 0; // 0 when intact
    QString problem;       // what is wrong and where, for the admin
    qint64 keyedFrom = 0;  // the first keyed entry; 0 when the trail is not keyed
    int anchorsChecked = 0;
    int failedAnchor = 0;  // its line in the anchor file; 0 when every anchor holds
    QString anchorFailure; // "truncated", "rewritten" or "damaged"; empty when none
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

// The newest entry: what an anchor records.
struct AuditHead
{
    qint64 id = 0; // 0: the trail is empty
    QByteArray hash;
    qint64 keyedFrom = 0;
};

class AuditLog
{
public:
    // An unkeyed trail without anchors (tests, and tools that only read). It refuses to
    // append to a keyed trail, and cannot verify keyed entries.
    explicit AuditLog(Database &database);
    // keywardd's trail. Loads the key from `keyFile`, or makes it when no entry is
    // keyed yet (keying then starts at the next entry); a missing or foreign key with
    // keyed entries is an error that names the file. Anchors go to `anchorFile`.
    static Result<std::unique_ptr<AuditLog>> open(Database &database, const QString &keyFile,
                                                  const QString &anchorFile);
    // Entries written under a key (0 for a trail that was never keyed).
    static Result<qint64> keyedEntryCount(Database &database);

    // Writes a last anchor when the head moved since the one before (a clean stop).
    ~AuditLog();
    AuditLog(const AuditLog &) = delete;
    AuditLog &operator=(const AuditLog &) = delete;

    Result<qint64> append(const QString &actor, const QString &action, const QString &target,
                          const QString &outcome, const QJsonObject &details, qint64 nowMs);

    // Newest first.
    Result<QList<AuditEntry>> list(const AuditFilter &filter) const;
    // The chain, then every anchor against it.
    AuditVerification verify() const;

    Result<AuditHead> head() const;
    // Appends the head to the anchor file (and logs it) when it moved since the last
    // anchor; nothing when the trail is empty, unchanged, or has no anchor file.
    Result<std::optional<AuditAnchor>> writeAnchor(qint64 nowMs);
    QString anchorFile() const { return m_anchors ? m_anchors->path() : QString(); }
    // The first keyed entry of keywardd's trail; 0 for an unkeyed log.
    qint64 keyedFrom() const { return m_keyedFrom; }

    // Removes entries that are older than the retention (keeping at least the newest
    // one, and never past the newest entry's time minus the retention, so that a clock
    // pushed forward removes nothing the policy keeps), records where the trail now
    // starts so the rest verifies, and records the pruning as an audit entry.
    Result<qint64> prune(qint64 retentionMs, qint64 nowMs, const QString &actor);

private:
    AuditLog(Database &database, std::optional<AuditKey> key, qint64 keyedFrom,
             const QString &anchorFile);
    Result<qint64> nextId() const;
    void checkAnchors(AuditVerification &result) const;

    Database &m_database;
    std::optional<AuditKey> m_key;
    qint64 m_keyedFrom = 0;
    std::optional<AuditAnchorFile> m_anchors;
    std::optional<AuditHead> m_lastAnchored;
};

} // namespace keyward::core
