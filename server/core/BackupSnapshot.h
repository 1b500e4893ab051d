#pragma once

// Taking the state of keywardd into a backup and putting it back:
//  - take(): a consistent online snapshot of the database (VACUUM INTO: one read
//    transaction, so writes that commit meanwhile are either wholly in or wholly
//    out), the key files, the audit anchors and the report key, with a manifest of
//    what it holds (users, tokens, audit entries);
//  - check(): restores a backup into a scratch directory and reads it back: the
//    counts must match the manifest and the audit chain must verify;
//  - install(): puts a backup into the state directory of a stopped keywardd
//    (keywardd --restore), keeping the files it replaces;
//  - replaceDatabase(): swaps the rows of a running keywardd's database for those of
//    a restored copy in one transaction, so the stores built on the connection keep
//    working and see either the old state or the restored one.

#include "common/Result.h"
#include "core/BackupContents.h"

#include <QJsonObject>
#include <QString>
#include <functional>

namespace keyward::core {

class Database;

struct BackupCounts
{
    qint64 users = 0;
    qint64 tokens = 0;
    qint64 auditEntries = 0;

    QJsonObject toJson() const;
    static BackupCounts fromJson(const QJsonObject &json);
    bool operator==(const BackupCounts &) const = default;
};

// What check() found.
struct BackupCheck
{
    BackupCounts counts;
    bool chainIntact = false;
    QString headHash; // hex; empty for an empty trail
    QString problem;  // empty when the backup restores and verifies
    bool verified() const { return problem.isEmpty(); }
};

// Where a keywardd keeps the files a backup holds.
struct StateFiles
{
    QString stateDir;
    QString anchorFile; // the audit anchors (may be outside the state directory)

    QString database() const;
    QString credentialKey() const;
    QString auditKey() const;
    QString reportKey() const;
};

class BackupSnapshot
{
public:
    // The snapshot: `config` is the configuration in force (kept for reference).
    static Result<BackupContents> take(Database &database, const StateFiles &files,
                                       const QJsonObject &config, qint64 nowMs);
    static Result<BackupCounts> count(Database &database);
    // Restores into `scratchDir` (made and emptied by the caller) and reads it back.
    static BackupCheck check(const BackupContents &contents, const QString &scratchDir);
    // For a stopped keywardd: the backup's files replace those of `files`; what they
    // replace moves to STATE-DIR/before-restore-STAMP/. Then `record` runs on the
    // restored database and audit chain (the entry saying what was restored).
    static Status install(const BackupContents &contents, const StateFiles &files,
                          const std::function<Status(Database &, const StateFiles &)> &record,
                          qint64 nowMs);
    // For a running keywardd: the rows of every table are replaced by those of the
    // database file `restoredPath` (opened and brought to the current schema first),
    // and `then` runs in the same transaction (the audit entry).
    static Status replaceDatabase(Database &database, const QString &restoredPath,
                                  const std::function<Status()> &then);
    // Writes a file readable by its owner only, through a temporary name, synced.
    static Status writePrivate(const QString &path, const QByteArray &bytes);
};

} // namespace keyward::core
