#include "admin/BackupUploads.h"

#include "core/BackupFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QStorageInfo>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace keyward::admin {

Q_LOGGING_CATEGORY(lcUpload, "keyward.backup")

namespace {

constexpr qint64 MinimumBackupSize = core::BackupFile::HeaderSize + core::BackupFile::TagSize;

} // namespace

BackupUploads::BackupUploads(QString directory, int idleSeconds, QObject *parent)
    : QObject(parent), m_directory(std::move(directory)), m_idleSeconds(idleSeconds)
{
    m_sweep.setInterval(std::max(1, std::min(idleSeconds, 10)) * 1000);
    connect(&m_sweep, &QTimer::timeout, this, &BackupUploads::sweep);
}

BackupUploads::~BackupUploads()
{
    for (const auto &u : std::as_const(m_uploads))
        QFile::remove(u->path);
}

Result<api::BackupUploadState> BackupUploads::begin(const QString &owner, const QString &from,
                                                    qint64 size, const QString &sha256)
{
    if (size > api::BackupUploadParams::MaxBytes)
        return fail(ErrorKind::Invalid,
                    QStringLiteral("the file is %1 bytes; keywardd takes backups of at most %2 "
                                   "bytes (%3 MiB)")
                        .arg(size)
                        .arg(api::BackupUploadParams::MaxBytes)
                        .arg(api::BackupUploadParams::MaxBytes / (1024 * 1024))
                        .toStdString());
    if (size < MinimumBackupSize)
        return fail(ErrorKind::Invalid, "the file is too short to be a Keyward backup");
    if (m_uploads.size() >= MaxUploads)
        return fail(ErrorKind::Conflict, QStringLiteral("%1 uploads are running already; try "
                                                        "again when one has finished")
                                             .arg(MaxUploads)
                                             .toStdString());
    if (!QDir().mkpath(m_directory))
        return fail(ErrorKind::Unavailable,
                    "cannot create the backups folder " + m_directory.toStdString());
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QStorageInfo disk(m_directory);
    if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < size)
        return fail(ErrorKind::Unavailable,
                    QStringLiteral("there are %1 bytes free for keywardd's backups and the file "
                                   "needs %2; free some space (delete old backups) and try again")
                        .arg(disk.bytesAvailable())
                        .arg(size)
                        .toStdString());
    auto upload = std::make_shared<Upload>();
    const QString id = QStringLiteral("%1%2")
                           .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'))
                           .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    upload->owner = owner;
    upload->from = QFileInfo(from).fileName();
    upload->path = QDir(m_directory).filePath(QStringLiteral(".upload-%1.part").arg(id));
    upload->size = size;
    upload->sha256 = sha256;
    upload->hash = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
    // Made 0600 from the start, and never over something already there.
    const QByteArray native = QFile::encodeName(upload->path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(ErrorKind::Unavailable,
                    "cannot create " + upload->path.toStdString() + ": " + std::strerror(errno));
    ::close(fd);
    upload->idle.start();
    m_uploads.insert(id, upload);
    if (!m_sweep.isActive())
        m_sweep.start();
    qCInfo(lcUpload).noquote() << "upload" << id << "of" << size << "bytes begun by" << owner;
    return api::BackupUploadState{id, 0, size};
}

Result<BackupUploads::Upload *> BackupUploads::owned(const QString &owner, const QString &upload)
{
    auto it = m_uploads.find(upload);
    if (it == m_uploads.end() || (*it)->owner != owner)
        return fail(ErrorKind::NotFound,
                    "no upload " + upload.toStdString() +
                        " is running for you (it was finished, aborted or abandoned)");
    return it->get();
}

Result<api::BackupUploadState> BackupUploads::chunk(const QString &owner, const QString &id,
                                                    qint64 offset, const QByteArray &data)
{
    auto found = owned(owner, id);
    if (!found)
        return found.error();
    Upload &u = **found;
    if (offset != u.received)
        return fail(ErrorKind::Invalid, QStringLiteral("the part at offset %1 is out of order: "
                                                       "keywardd holds %2 bytes")
                                            .arg(offset)
                                            .arg(u.received)
                                            .toStdString());
    if (u.received + data.size() > u.size) {
        const qint64 size = u.size;
        drop(id, QStringLiteral("more data than announced"));
        return fail(ErrorKind::Invalid,
                    QStringLiteral("more data than the %1 bytes announced; the upload was removed")
                        .arg(size)
                        .toStdString());
    }
    QFile file(u.path);
    bool written =
        file.open(QIODevice::WriteOnly | QIODevice::Append) && file.write(data) == data.size();
    written = written && file.flush();
    const QString why = file.errorString();
    file.close();
    if (!written) {
        const qint64 size = u.size;
        drop(id, QStringLiteral("cannot write: ") + why);
        return fail(ErrorKind::Unavailable,
                    QStringLiteral("keywardd cannot write the upload (%1; is the disk full?): the "
                                   "partial file was removed, nothing else changed; free %2 bytes "
                                   "and try again")
                        .arg(why)
                        .arg(size)
                        .toStdString());
    }
    u.hash->addData(data);
    u.received += data.size();
    u.idle.restart();
    return api::BackupUploadState{id, u.received, u.size};
}

Result<BackupUploads::Finished> BackupUploads::finish(const QString &owner, const QString &id)
{
    auto found = owned(owner, id);
    if (!found)
        return found.error();
    Upload &u = **found;
    const std::shared_ptr<Upload> keep = m_uploads.value(id);
    if (u.received != u.size) {
        const auto message = QStringLiteral("the upload holds %1 of the %2 bytes announced; send "
                                            "the rest before finishing")
                                 .arg(u.received)
                                 .arg(u.size)
                                 .toStdString();
        return fail(ErrorKind::Invalid, message);
    }
    const QString sha = QString::fromLatin1(u.hash->result().toHex());
    if (sha != u.sha256) {
        drop(id, QStringLiteral("SHA-256 mismatch"));
        return fail(ErrorKind::Invalid,
                    "the file's SHA-256 is " + sha.toStdString() + ", not the " +
                        u.sha256.toStdString() +
                        " announced: it changed on the way or was not read whole; "
                        "the upload was removed");
    }
    QFile file(u.path);
    if (!file.open(QIODevice::ReadOnly)) {
        drop(id, QStringLiteral("cannot read back"));
        return fail(ErrorKind::Unavailable,
                    "cannot read the upload back: " + file.errorString().toStdString());
    }
    Finished done{file.readAll(), sha, u.from};
    file.close();
    drop(id, {});
    if (done.bytes.size() != keep->size ||
        QCryptographicHash::hash(done.bytes, QCryptographicHash::Sha256).toHex() != sha.toLatin1())
        return fail(ErrorKind::Unavailable, "the upload changed on keywardd's disk; send it again");
    if (auto header = checkHeader(done.bytes); !header)
        return fail(ErrorKind::Invalid, header.message() + "; the upload was removed");
    return done;
}

Result<api::BackupUploadState> BackupUploads::abort(const QString &owner, const QString &id)
{
    auto found = owned(owner, id);
    if (!found)
        return found.error();
    api::BackupUploadState state{id, (*found)->received, (*found)->size};
    drop(id, QStringLiteral("aborted"));
    return state;
}

Status BackupUploads::checkHeader(const QByteArray &bytes)
{
    if (!bytes.startsWith("KEYWARDB"))
        return fail(ErrorKind::Invalid, "this is not a Keyward backup file (no KEYWARDB header)");
    if (bytes.size() < MinimumBackupSize)
        return fail(ErrorKind::Invalid, "the backup file is cut short");
    const auto h = reinterpret_cast<const unsigned char *>(bytes.constData());
    if (h[8] != 1)
        return fail(ErrorKind::Invalid, "the backup file has format version " +
                                            std::to_string(h[8]) + "; this keywardd reads 1");
    if (h[9] != 1 || h[10] < 10 || h[10] > 20 || h[11] < 1 || h[11] > 16 || h[12] < 1 || h[12] > 4)
        return fail(ErrorKind::Invalid, "the backup header names a key derivation this keywardd "
                                        "does not use");
    return {};
}

void BackupUploads::abandon(const QString &owner)
{
    const auto ids = m_uploads.keys();
    for (const QString &id : ids)
        if (m_uploads.value(id)->owner == owner)
            drop(id, QStringLiteral("its connection closed"));
}

void BackupUploads::drop(const QString &id, const QString &why)
{
    auto upload = m_uploads.take(id);
    if (!upload)
        return;
    QFile::remove(upload->path);
    if (!why.isEmpty())
        qCInfo(lcUpload).noquote() << "upload" << id << "by" << upload->owner << "removed:" << why;
    if (m_uploads.isEmpty())
        m_sweep.stop();
}

void BackupUploads::sweep()
{
    const auto ids = m_uploads.keys();
    for (const QString &id : ids)
        if (m_uploads.value(id)->idle.hasExpired(qint64(m_idleSeconds) * 1000))
            drop(id, QStringLiteral("nothing arrived for %1 s").arg(m_idleSeconds));
}

} // namespace keyward::admin
