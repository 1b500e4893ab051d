#include "cli/commands/ReportDownloadCommand.h"

#include "api/AdminMethod.h"
#include "cli/commands/FileDownload.h"

namespace keyward::cli {

Result<CommandRequest> ReportDownloadCommand::parse(const QStringList &args,
                                                    const CommandInput &) const
{
    return FileDownload::parse(*this, api::Method::ReportDownload, args, &m_output);
}

Result<CommandOutput> ReportDownloadCommand::present(const QJsonObject &result) const
{
    return FileDownload::save(result, m_output);
}

std::optional<CommandRequest> ReportDownloadCommand::next(const CommandRequest &sent,
                                                          const QJsonObject &result) const
{
    return FileDownload::next(sent, result);
}

} // namespace keyward::cli
