#include "cli/commands/CaptureDownloadCommand.h"

#include "api/AdminMethod.h"
#include "api/CaptureMessages.h"

#include <cstdio>

namespace keyward::cli {

Result<CommandRequest> CaptureDownloadCommand::parse(const QStringList &args,
                                                     const CommandInput &) const
{
    if (args.size() != 3 || args[1] != QLatin1String("--out") || args[2].isEmpty())
        return expects();
    auto id = number(args[0], QStringLiteral("ID"), 1);
    if (!id)
        return id.error();
    m_path = args[2];
    m_file.reset();
    m_written = 0;
    return CommandRequest{api::Method::CaptureDownload,
                          api::CaptureDownloadParams{*id, 0}.toJson()};
}

Result<std::optional<CommandRequest>> CaptureDownloadCommand::next(const QJsonObject &result) const
{
    auto chunk = api::CaptureChunk::fromJson(result);
    if (!chunk)
        return chunk.error();
    if (chunk->offset != m_written)
        return fail(QStringLiteral("the server sent the bytes from %1, not from %2")
                        .arg(chunk->offset)
                        .arg(m_written)
                        .toStdString());
    if (!m_file) {
        m_file = std::make_unique<QFile>(m_path);
        const bool toStdout = m_path == QLatin1String("-");
        const bool opened = toStdout ? m_file->open(stdout, QIODevice::WriteOnly)
                                     : m_file->open(QIODevice::WriteOnly | QIODevice::Truncate);
        if (!opened)
            return fail(QStringLiteral("cannot write %1: %2")
                            .arg(m_path, m_file->errorString())
                            .toStdString());
        if (!toStdout) // a capture holds what crossed the wire: the admin's alone
            m_file->setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    if (m_file->write(chunk->data) != chunk->data.size())
        return fail(
            QStringLiteral("cannot write %1: %2").arg(m_path, m_file->errorString()).toStdString());
    m_written += chunk->data.size();
    if (chunk->done || chunk->data.isEmpty()) {
        m_file->close();
        return std::optional<CommandRequest>{};
    }
    return std::optional<CommandRequest>(CommandRequest{
        api::Method::CaptureDownload, api::CaptureDownloadParams{chunk->id, m_written}.toJson()});
}

Result<CommandOutput> CaptureDownloadCommand::present(const QJsonObject &result) const
{
    auto chunk = api::CaptureChunk::fromJson(result);
    if (!chunk)
        return chunk.error();
    if (m_path == QLatin1String("-"))
        return CommandOutput{};
    return CommandOutput{QStringLiteral("capture %1: %2 bytes written to %3\n")
                             .arg(chunk->id)
                             .arg(m_written)
                             .arg(m_path)};
}

} // namespace keyward::cli
