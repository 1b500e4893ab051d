#pragma once

// What a backup holds, in the clear, while keywardd makes or reads one: the files of
// the state directory by name (the database snapshot, the key files, the audit
// anchors, the report key) and a manifest. It lives in memory only; wipe() clears
// every byte before it goes, since the key files are among them.

#include "common/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace keyward::core {

struct BackupContents
{
    // The names a backup uses for the state directory's files.
    static constexpr const char *Database = "keyward.db";
    static constexpr const char *CredentialKey = "credentials.key";
    static constexpr const char *AuditKeyFile = "audit.key";
    static constexpr const char *AuditAnchors = "audit.anchors";
    static constexpr const char *ReportKey = "report.key";
    static constexpr const char *Manifest = "manifest.json";
    static constexpr const char *Config = "config.json";

    QMap<QString, QByteArray> files;

    // Overwrites every file's bytes, then forgets them.
    void wipe();

    // One byte string holding every file (name and length before each), and back.
    QByteArray pack() const;
    static Result<BackupContents> unpack(const QByteArray &packed);
};

} // namespace keyward::core
