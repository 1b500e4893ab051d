#include "cli/commands/BackupDownloadCommand.h"

#include "api/AdminMethod.h"
#include "api/BackupMessages.h"
#include "cli/commands/FileDownload.h"

namespace keyward::cli {

Result<CommandRequest> BackupDownloadCommand::parse(const QStringList &args,
                                                    const CommandInput &) const
{
    return FileDownload::parse(*this, api::Method::BackupDownload, args, &m_output);
}

Result<CommandOutput> BackupDownloadCommand::present(const QJsonObject &result) const
{
    if (auto chunk = api::FileChunk::fromJson(result); !chunk)
        return chunk.error();
    return CommandOutput{m_summary};
}

Result<std::optional<CommandRequest>> BackupDownloadCommand::next(const QJsonObject &result) const
{
    return FileDownload::next(api::Method::BackupDownload, result, m_output, &m_summary);
}

} // namespace keyward::cli
