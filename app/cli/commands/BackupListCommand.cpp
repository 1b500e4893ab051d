#include "cli/commands/BackupListCommand.h"

#include "api/AdminMethod.h"
#include "api/BackupMessages.h"
#include "api/IsoTime.h"
#include "cli/TextTable.h"

namespace keyward::cli {

Result<CommandRequest> BackupListCommand::parse(const QStringList &args, const CommandInput &) const
{
    if (auto counted = count(args, 0, 0); !counted)
        return counted.error();
    return CommandRequest{api::Method::BackupList, {}};
}

Result<CommandOutput> BackupListCommand::present(const QJsonObject &result) const
{
    auto list = api::BackupList::fromJson(result);
    if (!list)
        return list.error();
    TextTable table({QStringLiteral("id"), QStringLiteral("created"), QStringLiteral("createdBy"),
                     QStringLiteral("size"), QStringLiteral("users"), QStringLiteral("verified"),
                     QStringLiteral("sha256")});
    for (const api::BackupInfo &b : std::as_const(list->backups))
        table.add({b.id, api::IsoTime::seconds(b.created), b.createdBy, TextTable::number(b.size),
                   TextTable::number(b.users),
                   b.uploaded ? QStringLiteral("uploaded") : TextTable::yesNo(b.verified),
                   b.sha256});
    return CommandOutput{table.text() +
                         QStringLiteral("the newest %1 are kept\n").arg(list->retention)};
}

} // namespace keyward::cli
