#pragma once

// The backup files admins are sending to keywardd (backup.upload), each written to a
// temporary file in STATE-DIR/backups (0600) as its parts arrive, in order. Bounds:
// at most MaxUploads at once, each at most api::BackupUploadParams::MaxBytes (refused
// at begin, before any data), and only with that much free space on the disk. An
// upload belongs to the admin who began it; it is removed when it receives nothing
// for IdleSeconds, when a connection of that admin closes, on abort, and when a part
// cannot be written (a full disk: nothing else is touched). finish() checks the size,
// the SHA-256 announced at begin and the backup header, and hands the bytes over.

#include "api/BackupMessages.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

namespace keyward::admin {

class BackupUploads : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxUploads = 4;

    struct Finished
    {
        QByteArray bytes;
        QString sha256; // hex
        QString from;   // the file's name on the admin's side
    };

    // `directory`: where the temporary files go (the backups folder).
    explicit BackupUploads(QString directory,
                           int idleSeconds = api::BackupUploadParams::IdleSeconds,
                           QObject *parent = nullptr);
    ~BackupUploads() override;

    Result<api::BackupUploadState> begin(const QString &owner, const QString &from, qint64 size,
                                         const QString &sha256);
    Result<api::BackupUploadState> chunk(const QString &owner, const QString &upload, qint64 offset,
                                         const QByteArray &data);
    // The whole file, checked; the upload is over either way.
    Result<Finished> finish(const QString &owner, const QString &upload);
    Result<api::BackupUploadState> abort(const QString &owner, const QString &upload);

    // Whether `bytes` starts like a backup this keywardd can read (magic, version, key
    // derivation) and is long enough to hold one; an error says what it is not.
    static Status checkHeader(const QByteArray &bytes);

    int count() const { return static_cast<int>(m_uploads.size()); }

public slots:
    // A connection of `owner` closed: that admin's uploads are abandoned.
    void abandon(const QString &owner);

private:
    struct Upload
    {
        QString owner;
        QString from;
        QString path; // the temporary file
        qint64 size = 0;
        qint64 received = 0;
        QString sha256;
        std::unique_ptr<QCryptographicHash> hash;
        QElapsedTimer idle;
    };

    Result<Upload *> owned(const QString &owner, const QString &upload);
    void drop(const QString &upload, const QString &why);
    void sweep();

    QString m_directory;
    int m_idleSeconds;
    QHash<QString, std::shared_ptr<Upload>> m_uploads;
    QTimer m_sweep;
};

} // namespace keyward::admin
