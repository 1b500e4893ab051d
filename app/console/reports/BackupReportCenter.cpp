#include "reports/BackupReportCenter.h"

#include "api/AdminEvent.h"
#include "api/AdminMethod.h"
#include "client/ServerConnection.h"
#include "core/ReportSignature.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace keyward::console {

BackupReportCenter::BackupReportCenter(ServerConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection)
{
    connect(connection, &ServerConnection::online, this, &BackupReportCenter::refresh);
    connect(connection, &ServerConnection::eventReceived, this,
            [this](const QString &event, const QJsonObject &) {
                if (event == api::Event::ReportChanged)
                    refresh();
            });
}

void BackupReportCenter::refresh()
{
    if (!m_connection)
        return;
    QPointer<BackupReportCenter> self(this);
    // Backups are the admin's; other roles see reports only.
    if (m_connection->access().allows(api::Method::BackupList)) {
        m_connection->call(api::Method::BackupList, {}, [self](const ipc::IpcReply &r) {
            if (!self || !r.ok)
                return;
            if (auto list = api::BackupList::fromJson(r.result)) {
                self->m_backups = list->backups;
                self->m_retention = list->retention;
                self->m_loaded = true;
                emit self->changed();
            }
        });
    }
    m_connection->call(api::Method::ReportList, {}, [self](const ipc::IpcReply &r) {
        if (!self || !r.ok)
            return;
        if (auto list = api::ReportList::fromJson(r.result)) {
            self->m_reports = list->reports;
            self->m_loaded = true;
            emit self->changed();
        }
    });
    m_connection->call(api::Method::ReportSchedule, {}, [self](const ipc::IpcReply &r) {
        if (!self || !r.ok)
            return;
        if (auto settings = api::ReportSettings::fromJson(r.result)) {
            self->m_settings = *settings;
            emit self->changed();
        }
    });
    m_connection->call(api::Method::ReportKey, {}, [self](const ipc::IpcReply &r) {
        if (!self || !r.ok)
            return;
        if (auto key = api::ReportKeyInfo::fromJson(r.result))
            self->m_publicKeyPem = key->publicKeyPem;
    });
}

void BackupReportCenter::createBackup(const QString &passphrase, Done done)
{
    QPointer<BackupReportCenter> self(this);
    // scrypt, the snapshot and the scratch restore take a few seconds on a small box.
    m_connection->call(
        api::Method::BackupCreate, api::BackupCreateParams{passphrase}.toJson(),
        [self, done](const ipc::IpcReply &r) {
            if (!r.ok)
                return done({false, tr("The backup was not made: %1").arg(r.errorMessage)});
            auto info = api::BackupInfo::fromJson(r.result);
            if (!info)
                return done({false, QString::fromStdString(info.message())});
            if (self)
                self->refresh();
            done({info->verified,
                  info->verified
                      ? tr("Backup %1 made and verified: %2 users, %3 audit entries; SHA-256 %4.")
                            .arg(info->id)
                            .arg(info->users)
                            .arg(info->auditEntries)
                            .arg(info->sha256)
                      : tr("Backup %1 was made but did NOT verify: %2")
                            .arg(info->id, info->problem)});
        },
        120000);
}

void BackupReportCenter::restoreBackup(const QString &id, const QString &passphrase, Done done)
{
    QPointer<BackupReportCenter> self(this);
    m_connection->call(
        api::Method::BackupRestore, api::BackupRestoreParams{id, passphrase, true, {}}.toJson(),
        [self, done](const ipc::IpcReply &r) {
            if (!r.ok)
                return done({false, tr("Nothing was restored: %1").arg(r.errorMessage)});
            auto restored = api::BackupRestored::fromJson(r.result);
            if (!restored)
                return done({false, QString::fromStdString(restored.message())});
            if (self)
                self->refresh();
            done({true, tr("Backup %1 restored: %2 users, %3 API tokens; %4 session(s) ended.")
                            .arg(restored->id)
                            .arg(restored->users)
                            .arg(restored->tokens)
                            .arg(restored->sessionsEnded)});
        },
        120000);
}

void BackupReportCenter::deleteBackup(const QString &id, Done done)
{
    QPointer<BackupReportCenter> self(this);
    m_connection->call(api::Method::BackupDelete, api::FileRef{id}.toJson(),
                       [self, done, id](const ipc::IpcReply &r) {
                           if (!r.ok)
                               return done({false, r.errorMessage});
                           if (self)
                               self->refresh();
                           done({true, tr("Backup %1 deleted.").arg(id)});
                       });
}

void BackupReportCenter::downloadBackup(const QString &id, const QString &path, Done done)
{
    download(api::Method::BackupDownload, id, path, 0, std::move(done));
}

void BackupReportCenter::uploadBackup(const QString &path, Progress progress, Uploaded done)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return done({false, tr("Cannot read %1: %2").arg(path, file.errorString())}, {});
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return done({false, tr("Cannot read %1: %2").arg(path, file.errorString())}, {});
    api::BackupUploadParams begin;
    begin.phase = QStringLiteral("begin");
    begin.file = QFileInfo(path).fileName();
    begin.size = file.size();
    begin.sha256 = QString::fromLatin1(hash.result().toHex());
    const qint64 size = begin.size;
    QPointer<BackupReportCenter> self(this);
    m_connection->call(
        api::Method::BackupUpload, begin.toJson(),
        [self, path, size, progress, done](const ipc::IpcReply &r) {
            if (!r.ok)
                return done({false, tr("The file was not uploaded: %1").arg(r.errorMessage)}, {});
            auto state = api::BackupUploadState::fromJson(r.result);
            if (!state)
                return done({false, QString::fromStdString(state.message())}, {});
            if (self)
                self->uploadPart(path, state->upload, 0, size, progress, done);
        });
}

void BackupReportCenter::uploadPart(const QString &path, const QString &upload, qint64 offset,
                                    qint64 size, Progress progress, Uploaded done)
{
    api::BackupUploadParams p;
    p.upload = upload;
    if (offset >= size) {
        p.phase = QStringLiteral("finish");
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
            return done({false, tr("Cannot read %1: %2").arg(path, file.errorString())}, {});
        p.phase = QStringLiteral("chunk");
        p.offset = offset;
        p.data = file.read(api::FileChunk::MaxBytes);
        if (p.data.isEmpty())
            return done({false, tr("%1 became shorter while it was sent.").arg(path)}, {});
    }
    QPointer<BackupReportCenter> self(this);
    const bool finishing = p.phase == QLatin1String("finish");
    m_connection->call(
        api::Method::BackupUpload, p.toJson(),
        [self, path, upload, size, progress, done, finishing](const ipc::IpcReply &r) {
            if (!r.ok)
                return done({false, tr("The file was not uploaded: %1").arg(r.errorMessage)}, {});
            if (finishing) {
                auto info = api::BackupInfo::fromJson(r.result);
                if (!info)
                    return done({false, QString::fromStdString(info.message())}, {});
                if (self)
                    self->refresh();
                return done(
                    {
                        true,
                        tr("%1 uploaded as backup %2 (SHA-256 %3).")
                            .arg(info->uploadedFrom, info->id, info->sha256),
                    },
                    info->id);
            }
            auto state = api::BackupUploadState::fromJson(r.result);
            if (!state)
                return done({false, QString::fromStdString(state.message())}, {});
            if (progress)
                progress(state->received, size);
            if (self)
                self->uploadPart(path, upload, state->received, size, progress, done);
        },
        30000);
}

void BackupReportCenter::downloadReport(const QString &id, const QString &path, Done done)
{
    download(api::Method::ReportDownload, id, path, 0, std::move(done));
}

void BackupReportCenter::download(const QString &method, const QString &id, const QString &path,
                                  qint64 offset, Done done)
{
    QPointer<BackupReportCenter> self(this);
    m_connection->call(
        method, api::FileChunkParams{id, offset}.toJson(),
        [self, method, id, path, done](const ipc::IpcReply &r) {
            if (!r.ok)
                return done({false, r.errorMessage});
            auto chunk = api::FileChunk::fromJson(r.result);
            if (!chunk)
                return done({false, QString::fromStdString(chunk.message())});
            QFile file(path);
            if (!file.open(chunk->offset == 0 ? QIODevice::WriteOnly | QIODevice::Truncate
                                              : QIODevice::ReadWrite) ||
                !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
                !file.seek(chunk->offset) || file.write(chunk->data) != chunk->data.size())
                return done({false, tr("Cannot write %1: %2").arg(path, file.errorString())});
            file.close();
            if (!chunk->done && !chunk->data.isEmpty() && self)
                return self->download(method, id, path, chunk->offset + chunk->data.size(), done);
            if (!chunk->signature.isEmpty()) {
                QFile sig(path + QStringLiteral(".sig"));
                if (!sig.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    return done({false, tr("Cannot write %1.sig").arg(path)});
                sig.write(chunk->signature.toLatin1());
            }
            done({true, tr("Saved %1 (%2 bytes).").arg(path).arg(chunk->size)});
        },
        30000);
}

void BackupReportCenter::createReport(const api::ReportCreateParams &params, Done done)
{
    QPointer<BackupReportCenter> self(this);
    m_connection->call(
        api::Method::ReportCreate, params.toJson(),
        [self, done](const ipc::IpcReply &r) {
            if (!r.ok)
                return done({false, tr("No report was written: %1").arg(r.errorMessage)});
            auto info = api::ReportInfo::fromJson(r.result);
            if (!info)
                return done({false, QString::fromStdString(info.message())});
            if (self)
                self->refresh();
            done({true, tr("Report %1 written and signed (key %2).").arg(info->file, info->keyId)});
        },
        60000);
}

void BackupReportCenter::setSettings(const api::ReportSettings &settings, Done done)
{
    QPointer<BackupReportCenter> self(this);
    m_connection->call(api::Method::ReportScheduleSet, settings.toJson(),
                       [self, done](const ipc::IpcReply &r) {
                           if (!r.ok)
                               return done({false, r.errorMessage});
                           if (self)
                               self->refresh();
                           done({true, tr("The report schedule was saved.")});
                       });
}

BackupReportCenter::Outcome BackupReportCenter::verifyFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {false, tr("Cannot read %1: %2").arg(path, file.errorString())};
    QByteArray detached;
    QFile sig(path + QStringLiteral(".sig"));
    if (sig.open(QIODevice::ReadOnly))
        detached = sig.readAll();
    QByteArray key;
    if (!m_publicKeyPem.isEmpty()) {
        auto raw = core::ReportSignature::publicKeyFromPem(m_publicKeyPem.toLatin1());
        if (raw)
            key = *raw;
    }
    auto verified = core::ReportSignature::verify(file.readAll(), detached, key);
    if (!verified)
        return {false, tr("Not valid: %1").arg(QString::fromStdString(verified.message()))};
    return {true,
            key.isEmpty()
                ? tr("Intact: signed by key %1 (this server's key is not known yet).")
                      .arg(verified->keyId)
                : tr("Intact, and signed by this server's report key %1.").arg(verified->keyId)};
}

QPair<int, QString> BackupReportCenter::strength(const QString &passphrase)
{
    QSet<QChar> distinct(passphrase.cbegin(), passphrase.cend());
    const int words =
        static_cast<int>(passphrase.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    if (passphrase.size() < 10 || distinct.size() < 6)
        return {0, tr("Too weak: at least 10 characters (keywardd refuses shorter ones).")};
    if (passphrase.size() >= 20 && (words >= 4 || distinct.size() >= 12))
        return {2, tr("Strong.")};
    return {1, tr("Fair: a sentence of four or more words is stronger and easier to remember.")};
}

} // namespace keyward::console
