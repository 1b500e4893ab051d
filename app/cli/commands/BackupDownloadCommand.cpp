#include "cli/commands/BackupDownloadCommand.h"

#include "api/AdminMethod.h"
#include "cli/commands/FileDownload.h"

namespace keyward::cli {

Result<CommandRequest> BackupDownloadCommand::parse(const QStringList &args,
                                                    const CommandInput &) const
{
    return FileDownload::parse(*this, api::Method::BackupDownload, args, &m_output);
}

Result<CommandOutput> BackupDownloadCommand::present(const QJsonObject &result) const
{
    return FileDownload::save(result, m_output);
}

std::optional<CommandRequest> BackupDownloadCommand::next(const CommandRequest &sent,
                                                          const QJsonObject &result) const
{
    return FileDownload::next(sent, result);
}

} // namespace keyward::cli
