#include "cli/commands/BackupUploadCommand.h"

#include "api/AdminMethod.h"
#include "api/BackupMessages.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace keyward::cli {

Result<CommandRequest> BackupUploadCommand::parse(const QStringList &args,
                                                  const CommandInput &) const
{
    if (auto counted = count(args, 1, 1); !counted)
        return counted.error();
    m_path = args.first();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            ErrorKind::Invalid,
            QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString()).toStdString());
    // The size and SHA-256 go first: keywardd refuses a file too large before any
    // data, and checks the whole file against the hash at the end.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return fail(
            ErrorKind::Invalid,
            QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString()).toStdString());
    m_size = file.size();
    api::BackupUploadParams begin;
    begin.phase = QStringLiteral("begin");
    begin.file = QFileInfo(m_path).fileName();
    begin.size = m_size;
    begin.sha256 = QString::fromLatin1(hash.result().toHex());
    return CommandRequest{api::Method::BackupUpload, begin.toJson()};
}

Result<CommandRequest> BackupUploadCommand::part(const QString &upload, qint64 offset) const
{
    api::BackupUploadParams p;
    p.upload = upload;
    if (offset >= m_size) {
        p.phase = QStringLiteral("finish");
        return CommandRequest{api::Method::BackupUpload, p.toJson()};
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return fail(
            ErrorKind::Invalid,
            QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString()).toStdString());
    p.phase = QStringLiteral("chunk");
    p.offset = offset;
    p.data = file.read(api::FileChunk::MaxBytes);
    if (p.data.isEmpty())
        return fail(
            ErrorKind::Invalid,
            QStringLiteral("%1 became shorter while it was sent").arg(m_path).toStdString());
    return CommandRequest{api::Method::BackupUpload, p.toJson()};
}

Result<std::optional<CommandRequest>> BackupUploadCommand::next(const QJsonObject &result) const
{
    if (result.contains(QLatin1String("id")))
        return std::optional<CommandRequest>{}; // finished: the backup as listed
    auto state = api::BackupUploadState::fromJson(result);
    if (!state)
        return state.error();
    auto request = part(state->upload, state->received);
    if (!request)
        return request.error();
    return std::optional<CommandRequest>(*request);
}

Result<CommandOutput> BackupUploadCommand::present(const QJsonObject &result) const
{
    auto info = api::BackupInfo::fromJson(result);
    if (!info)
        return info.error();
    return CommandOutput{QStringLiteral("uploaded %1 as backup %2 (%3 bytes, sha256 %4)\n"
                                        "restore it with: keywardctl backup restore %2 "
                                        "--passphrase-stdin --yes\n")
                             .arg(info->uploadedFrom, info->id)
                             .arg(info->size)
                             .arg(info->sha256)};
}

} // namespace keyward::cli
