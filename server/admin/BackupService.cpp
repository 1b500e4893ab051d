#include "admin/BackupService.h"

#include "admin/AdminContext.h"
#include "admin/AuditedChange.h"
#include "admin/SessionControl.h"
#include "api/AdminMethod.h"
#include "api/BackupMessages.h"
#include "core/AuditLog.h"
#include "core/BackupFile.h"
#include "core/Database.h"
#include "core/PolicyStore.h"
#include "ipc/MethodRegistry.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <openssl/crypto.h>

namespace keyward::admin {

Q_LOGGING_CATEGORY(lcBackup, "keyward.backup")

namespace {

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

// The passphrase as bytes; the request's copy is overwritten as far as Qt lets us.
QByteArray takePassphrase(QString &text)
{
    QByteArray bytes = text.toUtf8();
    text.fill(QChar(u'\0'));
    text.clear();
    return bytes;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

BackupService::BackupService(AdminContext &context, SessionControl &sessions, Settings settings)
    : m_context(context), m_sessions(sessions), m_settings(std::move(settings)),
      m_catalog(QDir(m_settings.files.stateDir).filePath(QStringLiteral("backups")),
                m_settings.retention),
      m_uploads(std::make_unique<BackupUploads>(m_catalog.directory()))
{}

void BackupService::registerMethods(ipc::MethodRegistry &registry)
{
    registry.add(api::Method::BackupCreate, handler(this, &BackupService::create));
    registry.add(api::Method::BackupList, handler(this, &BackupService::list));
    registry.add(api::Method::BackupDownload, handler(this, &BackupService::download));
    registry.add(api::Method::BackupUpload, handler(this, &BackupService::upload));
    registry.add(api::Method::BackupDelete, handler(this, &BackupService::remove));
    registry.add(api::Method::BackupRestore, handler(this, &BackupService::restore));
}

Result<api::BackupInfo> BackupService::createBackup(QByteArray &passphrase, const QString &actor)
{
    if (auto strong = core::BackupFile::checkPassphrase(passphrase); !strong) {
        wipe(passphrase);
        return strong.error();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto contents = core::BackupSnapshot::take(m_context.database, m_settings.files,
                                               m_settings.config, now.toMSecsSinceEpoch());
    if (!contents) {
        wipe(passphrase);
        return contents.error();
    }
    auto sealed = core::BackupFile::seal(*contents, passphrase);
    contents->wipe();
    if (!sealed) {
        wipe(passphrase);
        return sealed.error();
    }
    // The proof that it restores: decrypt it again and read it back in a scratch copy.
    auto opened = core::BackupFile::open(*sealed, passphrase);
    wipe(passphrase);
    core::BackupCheck check;
    if (!opened) {
        check.problem = QString::fromStdString(opened.message());
    } else {
        QTemporaryDir scratch(
            QDir(m_settings.files.stateDir).filePath(QStringLiteral(".verify-XXXXXX")));
        if (!scratch.isValid())
            check.problem = QStringLiteral("cannot make a scratch directory to verify it in");
        else
            check = core::BackupSnapshot::check(*opened, scratch.path());
        opened->wipe();
    }

    api::BackupInfo info;
    info.id = now.toString(QStringLiteral("yyyyMMdd'T'hhmmss'Z'"));
    for (int n = 2; m_catalog.find(info.id); ++n)
        info.id = now.toString(QStringLiteral("yyyyMMdd'T'hhmmss'Z'")) + QLatin1Char('-') +
                  QString::number(n);
    info.file = QStringLiteral("keyward-%1.kwbackup").arg(info.id);
    info.created = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    info.createdBy = actor;
    info.size = sealed->size();
    info.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(*sealed, QCryptographicHash::Sha256).toHex());
    info.users = check.counts.users;
    info.tokens = check.counts.tokens;
    info.auditEntries = check.counts.auditEntries;
    info.verified = check.verified();
    info.problem = check.problem;
    info.auditHead = check.headHash;
    auto added = m_catalog.add(info.toJson(), *sealed);
    if (!added)
        return added.error();
    QJsonObject details{{"file", info.file},   {"sha256", info.sha256},
                        {"size", info.size},   {"verified", info.verified},
                        {"users", info.users}, {"auditEntries", info.auditEntries}};
    if (!added->isEmpty())
        details.insert(QStringLiteral("removedByRetention"), QJsonArray::fromStringList(*added));
    auto logged =
        AuditedChange(m_context, actor)
            .record(api::Method::BackupCreate, info.id,
                    info.verified ? QStringLiteral("ok") : QStringLiteral("unverified"), details);
    if (!logged)
        return logged.error();
    qCInfo(lcBackup).noquote() << "backup" << info.id << "made by" << actor << "(" << info.size
                               << "bytes, sha256" << info.sha256
                               << (info.verified ? "verified)" : "NOT verified)");
    return info;
}

Result<QList<api::BackupInfo>> BackupService::backups() const
{
    auto entries = m_catalog.list();
    if (!entries)
        return entries.error();
    QList<api::BackupInfo> out;
    for (const QJsonObject &e : std::as_const(*entries)) {
        auto info = api::BackupInfo::fromJson(e);
        if (!info)
            return fail(ErrorKind::Internal, "the backup list is damaged: " + info.message());
        out << *info;
    }
    return out;
}

Result<QJsonObject> BackupService::restoreBackup(const QString &id, QByteArray &passphrase,
                                                 const QString &actor, const QString &reason)
{
    auto entry = m_catalog.find(id);
    if (!entry) {
        wipe(passphrase);
        return entry.error();
    }
    const QString path = m_catalog.pathOf(entry->value(QLatin1String("file")).toString());
    const QByteArray file = readFile(path);
    if (file.isEmpty()) {
        wipe(passphrase);
        return fail(ErrorKind::NotFound, "the backup file " + path.toStdString() + " is gone");
    }
    auto contents = core::BackupFile::open(file, passphrase);
    wipe(passphrase);
    if (!contents)
        return contents.error();
    struct Wiper
    {
        core::BackupContents &c;
        ~Wiper() { c.wipe(); }
    } wiper{*contents};

    // The running keywardd holds its keys in memory: a backup made under other keys
    // (another server, or before a key was replaced) is restored while it is stopped.
    const auto sameKey = [&](const char *name, const QString &current) {
        return contents->files.value(QString::fromLatin1(name)) == readFile(current);
    };
    if (!sameKey(core::BackupContents::CredentialKey, m_settings.files.credentialKey()) ||
        !sameKey(core::BackupContents::AuditKeyFile, m_settings.files.auditKey()))
        return fail(ErrorKind::Conflict,
                    "backup " + id.toStdString() +
                        " was made with other keys than this keywardd holds (another server, or "
                        "before its keys were replaced): stop keywardd and restore it with "
                        "`keywardd --restore FILE`; nothing was changed");

    QTemporaryDir scratch(
        QDir(m_settings.files.stateDir).filePath(QStringLiteral(".restore-XXXXXX")));
    if (!scratch.isValid())
        return fail(ErrorKind::Unavailable, "cannot make a scratch directory in " +
                                                m_settings.files.stateDir.toStdString());
    const core::BackupCheck check = core::BackupSnapshot::check(*contents, scratch.path());
    if (!check.verified())
        return fail(ErrorKind::Invalid, "backup " + id.toStdString() +
                                            " does not restore cleanly: " +
                                            check.problem.toStdString() + "; nothing was changed");

    // Sessions signed in under the credentials being replaced end, with a reason.
    int ended = 0;
    const QString endedBecause =
        QStringLiteral("the server's state is being restored from backup %1").arg(id);
    for (const core::LiveSession &s : m_sessions.sessions())
        ended += m_sessions.end(s.id, endedBecause, actor) ? 1 : 0;

    // The anchors go with the chain they anchor; the ones replaced are kept beside.
    const QString anchors = m_settings.files.anchorFile;
    const QString keptAnchors =
        anchors + QStringLiteral(".before-restore-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'hhmmss"));
    const bool hadAnchors = QFile::exists(anchors);
    if (hadAnchors && !QFile::rename(anchors, keptAnchors))
        return fail(ErrorKind::Unavailable, "cannot move the audit anchors " +
                                                anchors.toStdString() +
                                                " aside; nothing was changed");
    const QByteArray newAnchors =
        contents->files.value(QString::fromLatin1(core::BackupContents::AuditAnchors));
    Status swapped =
        newAnchors.isEmpty() ? Status{} : core::BackupSnapshot::writePrivate(anchors, newAnchors);
    QJsonObject details{{"file", entry->value(QLatin1String("file"))},
                        {"sha256", entry->value(QLatin1String("sha256"))},
                        {"created", entry->value(QLatin1String("created"))},
                        {"sessionsEnded", ended}};
    if (!reason.isEmpty())
        details.insert(QStringLiteral("reason"), reason);
    // The chain being replaced, so the restored trail says what it undid; its anchors
    // are kept beside (keptAnchors) for whoever must verify it later.
    if (const auto replaced = m_context.audit.head(); replaced && replaced->id > 0) {
        details.insert(QStringLiteral("replacedEntries"), replaced->id);
        details.insert(QStringLiteral("replacedHead"), QString::fromLatin1(replaced->hash.toHex()));
    }
    if (swapped)
        swapped = core::BackupSnapshot::replaceDatabase(
            m_context.database,
            QDir(scratch.path()).filePath(QString::fromLatin1(core::BackupContents::Database)),
            [&]() -> Status {
                auto logged = m_context.audit.append(actor, api::Method::BackupRestore, id,
                                                     QStringLiteral("ok"), details,
                                                     QDateTime::currentMSecsSinceEpoch());
                return logged ? Status{} : Status{logged.error()};
            });
    if (!swapped) {
        QFile::remove(anchors);
        if (hadAnchors)
            QFile::rename(keptAnchors, anchors);
        return fail(swapped.kind(), swapped.message() + "; nothing was changed");
    }
    const QByteArray reportKey =
        contents->files.value(QString::fromLatin1(core::BackupContents::ReportKey));
    if (!reportKey.isEmpty() && reportKey != readFile(m_settings.files.reportKey())) {
        if (auto written =
                core::BackupSnapshot::writePrivate(m_settings.files.reportKey(), reportKey);
            !written)
            qCWarning(lcBackup).noquote()
                << "the report key was not restored:" << QString::fromStdString(written.message());
    }
    if (auto reloaded = m_context.policy.load(); !reloaded)
        qCWarning(lcBackup).noquote()
            << "the restored policy does not load:" << QString::fromStdString(reloaded.message());
    qCWarning(lcBackup).noquote() << "state restored from backup" << id << "by" << actor << ";"
                                  << ended << "session(s) ended";
    return api::BackupRestored{id, check.counts.users, check.counts.tokens,
                               check.counts.auditEntries + 1, ended}
        .toJson();
}

void BackupService::create(const Request &request, const Responder &reply)
{
    auto params = api::BackupCreateParams::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    QByteArray passphrase = takePassphrase(params->passphrase);
    auto info = createBackup(passphrase, request.peer.identity());
    if (!info)
        return reply.error(info.error());
    reply.result(info->toJson());
}

void BackupService::list(const Request &, const Responder &reply)
{
    auto all = backups();
    if (!all)
        return reply.error(all.error());
    reply.result(api::BackupList{*all, m_settings.retention}.toJson());
}

void BackupService::download(const Request &request, const Responder &reply)
{
    auto params = api::FileChunkParams::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    auto entry = m_catalog.find(params->id);
    if (!entry)
        return reply.error(entry.error());
    auto part = m_catalog.read(params->id, params->offset, api::FileChunk::MaxBytes);
    if (!part)
        return reply.error(part.error());
    api::FileChunk chunk;
    chunk.id = params->id;
    chunk.file = entry->value(QLatin1String("file")).toString();
    chunk.offset = params->offset;
    chunk.size = part->second;
    chunk.data = part->first;
    chunk.done = params->offset + part->first.size() >= part->second;
    reply.result(chunk.toJson());
}

void BackupService::upload(const Request &request, const Responder &reply)
{
    auto params = api::BackupUploadParams::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    const QString owner = request.peer.identity();
    Result<api::BackupUploadState> state = fail(ErrorKind::Invalid, "unknown phase");
    if (params->phase == QLatin1String("begin")) {
        state = m_uploads->begin(owner, params->file, params->size, params->sha256);
    } else if (params->phase == QLatin1String("chunk")) {
        state = m_uploads->chunk(owner, params->upload, params->offset, params->data);
    } else if (params->phase == QLatin1String("abort")) {
        state = m_uploads->abort(owner, params->upload);
    } else {
        auto file = m_uploads->finish(owner, params->upload);
        if (!file)
            return reply.error(file.error());
        auto info = addUploaded(*file, owner);
        if (!info)
            return reply.error(info.error());
        return reply.result(info->toJson());
    }
    if (!state)
        return reply.error(state.error());
    reply.result(state->toJson());
}

Result<api::BackupInfo> BackupService::addUploaded(const BackupUploads::Finished &file,
                                                   const QString &actor)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString stamp = now.toString(QStringLiteral("yyyyMMdd'T'hhmmss'Z'"));
    api::BackupInfo info;
    info.id = stamp + QStringLiteral("-uploaded");
    for (int n = 2; m_catalog.find(info.id); ++n)
        info.id = stamp + QStringLiteral("-uploaded-") + QString::number(n);
    info.file = QStringLiteral("keyward-%1.kwbackup").arg(info.id);
    info.created = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    info.createdBy = actor;
    info.size = file.bytes.size();
    info.sha256 = file.sha256;
    info.uploaded = true;
    info.uploadedFrom = file.from;
    QStringList removed;
    auto done = AuditedChange(m_context, actor)
                    .run(api::Method::BackupUpload, info.id, [&]() -> Result<QJsonObject> {
                        auto added = m_catalog.add(info.toJson(), file.bytes);
                        if (!added)
                            return added.error();
                        removed = *added;
                        QJsonObject details{{"file", info.file},
                                            {"uploadedFrom", info.uploadedFrom},
                                            {"sha256", info.sha256},
                                            {"size", info.size}};
                        if (!removed.isEmpty())
                            details.insert(QStringLiteral("removedByRetention"),
                                           QJsonArray::fromStringList(removed));
                        return details;
                    });
    if (!done) {
        (void)m_catalog.remove(info.id); // not listed without its record
        return done.error();
    }
    qCInfo(lcBackup).noquote() << "backup" << info.id << "uploaded by" << actor << "(" << info.size
                               << "bytes, sha256" << info.sha256 << ")";
    return info;
}

void BackupService::remove(const Request &request, const Responder &reply)
{
    auto ref = api::FileRef::fromJson(request.params);
    if (!ref)
        return reply.error(ref.error());
    if (auto found = m_catalog.find(ref->id); !found)
        return reply.error(found.error());
    auto done =
        AuditedChange(m_context, request.peer.identity())
            .run(api::Method::BackupDelete, ref->id, {}, [&] { return m_catalog.remove(ref->id); });
    if (!done)
        return reply.error(done.error());
    reply.result(ref->toJson());
}

void BackupService::restore(const Request &request, const Responder &reply)
{
    auto params = api::BackupRestoreParams::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    QByteArray passphrase = takePassphrase(params->passphrase);
    if (!params->confirm) {
        wipe(passphrase);
        return reply.error(fail(ErrorKind::Invalid,
                                "restoring replaces every user, password, token, setting and "
                                "the audit trail with the backup's, and ends every session: "
                                "send confirm: true to go ahead"));
    }
    auto restored = restoreBackup(params->id, passphrase, request.peer.identity(), params->reason);
    if (!restored)
        return reply.error(restored.error());
    reply.result(*restored);
}

} // namespace keyward::admin
