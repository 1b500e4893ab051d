#pragma once

// Encrypted backups of keywardd's state: backup.create, backup.list,
// backup.download, backup.upload, backup.delete and backup.restore. Every one needs
// the admin role.
//
// A backup is downloaded in parts (FileChunk, at most FileChunk::MaxBytes each), so a
// remote console gets it as well as a local one and no frame grows past the IPC limit;
// the state directory itself stays readable by keywardd only.

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace keyward::api {

// backup.create. The passphrase is never stored, logged or audited.
struct BackupCreateParams
{
    QString passphrase;

    QJsonObject toJson() const;
    static Result<BackupCreateParams> fromJson(const QJsonObject &json);
    bool operator==(const BackupCreateParams &) const = default;
};

// One backup as keywardd lists it: the result of backup.create and an item of
// backup.list.
struct BackupInfo
{
    QString id;   // "20261129T163000Z"
    QString file; // its file name in STATE-DIR/backups
    QDateTime created;
    QString createdBy;
    qint64 size = 0;
    QString sha256; // of the encrypted file, hex
    qint64 users = 0;
    qint64 tokens = 0;
    qint64 auditEntries = 0;
    bool verified = false; // restored into a scratch directory and read back
    QString problem;       // why it did not verify; empty when it did
    QString auditHead;     // the audit chain's head hash in the backup, hex
    // Sent by an admin (backup.upload) rather than made by this keywardd: created,
    // createdBy and the counts then say when and by whom it was uploaded (the counts
    // are 0 and verified false: only its passphrase opens it).
    bool uploaded = false;
    QString uploadedFrom; // the file's name on the admin's side

    QJsonObject toJson() const;
    static Result<BackupInfo> fromJson(const QJsonObject &json);
    bool operator==(const BackupInfo &) const = default;
};

// The result of backup.list: newest first, and how many keywardd keeps.
struct BackupList
{
    QList<BackupInfo> backups;
    int retention = 0;

    QJsonObject toJson() const;
    static Result<BackupList> fromJson(const QJsonObject &json);
    bool operator==(const BackupList &) const = default;
};

// A backup (or a report) named by its id: backup.delete's params and result.
struct FileRef
{
    QString id;

    QJsonObject toJson() const;
    static Result<FileRef> fromJson(const QJsonObject &json);
    bool operator==(const FileRef &) const = default;
};

// backup.download and report.download: the part of the file from `offset`.
struct FileChunkParams
{
    QString id;
    qint64 offset = 0;

    QJsonObject toJson() const;
    static Result<FileChunkParams> fromJson(const QJsonObject &json);
    bool operator==(const FileChunkParams &) const = default;
};

// One part of a file; ask again from offset + data.size() until `done`.
struct FileChunk
{
    static constexpr qint64 MaxBytes = 512 * 1024;

    QString id;
    QString file; // the file name to save it under
    qint64 offset = 0;
    qint64 size = 0; // the whole file
    QByteArray data; // base64 on the wire
    bool done = false;
    // With the last part of a report signed in a detached file: that file's text, to
    // save beside it as FILE.sig. Empty otherwise.
    QString signature;

    QJsonObject toJson() const;
    static Result<FileChunk> fromJson(const QJsonObject &json);
    bool operator==(const FileChunk &) const = default;
};

// backup.upload: a backup file from the admin's desktop, sent in parts, so that
// backup.restore can restore it into this keywardd. Three phases:
//   begin  (file, size, sha256) -> BackupUploadState with the upload's id
//   chunk  (upload, offset, data) -> BackupUploadState; parts in order, each at most
//          FileChunk::MaxBytes, offset = what keywardd holds so far
//   finish (upload) -> BackupInfo: the SHA-256 and the backup header are checked,
//          then it is listed like any other backup (uploaded = true)
//   abort  (upload) -> BackupUploadState: the partial file is removed
// A file over MaxBytes is refused at begin, before any data is accepted. An upload
// that receives nothing for IdleSeconds, or whose admin's connection closes, is
// removed.
struct BackupUploadParams
{
    static constexpr qint64 MaxBytes = 64 * 1024 * 1024;
    static constexpr int IdleSeconds = 120;

    QString phase; // "begin", "chunk", "finish" or "abort"
    QString upload;
    QString file;
    qint64 size = 0;
    QString sha256; // hex
    qint64 offset = 0;
    QByteArray data; // base64 on the wire

    QJsonObject toJson() const;
    static Result<BackupUploadParams> fromJson(const QJsonObject &json);
    bool operator==(const BackupUploadParams &) const = default;
};

// The result of backup.upload begin, chunk and abort.
struct BackupUploadState
{
    QString upload;
    qint64 received = 0;
    qint64 size = 0;

    QJsonObject toJson() const;
    static Result<BackupUploadState> fromJson(const QJsonObject &json);
    bool operator==(const BackupUploadState &) const = default;
};

// backup.restore into the running keywardd: every session ends, the database and
// keys are replaced by the backup's, and the restore is audited in the restored
// chain. `confirm` must be true: the call replaces every user, token and setting.
struct BackupRestoreParams
{
    QString id;
    QString passphrase;
    bool confirm = false;
    // Why, in the admin's words (a change window's rollback says which step failed);
    // kept in the restore's audit entry. At most MaxReasonLength characters, one line.
    QString reason;
    static constexpr int MaxReasonLength = 300;

    QJsonObject toJson() const;
    static Result<BackupRestoreParams> fromJson(const QJsonObject &json);
    bool operator==(const BackupRestoreParams &) const = default;
};

// The result of backup.restore.
struct BackupRestored
{
    QString id;
    qint64 users = 0;
    qint64 tokens = 0;
    qint64 auditEntries = 0;
    int sessionsEnded = 0;

    QJsonObject toJson() const;
    static Result<BackupRestored> fromJson(const QJsonObject &json);
    bool operator==(const BackupRestored &) const = default;
};

} // namespace keyward::api
