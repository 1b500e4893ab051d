#include "cli/commands/AuditListCommand.h"

#include "api/AdminMethod.h"
#include "api/AuditMessages.h"
#include "api/IsoTime.h"
#include "cli/TextTable.h"

namespace keyward::cli {

Result<CommandRequest> AuditListCommand::parse(const QStringList &args, const CommandInput &) const
{
    if (auto counted = count(args, 0, 1); !counted)
        return counted.error();
    api::AuditListParams params;
    params.action = args.value(0);
    return CommandRequest{api::Method::AuditList, params.toJson()};
}

Result<CommandOutput> AuditListCommand::present(const QJsonObject &result) const
{
    auto list = api::AuditListResult::fromJson(result);
    if (!list)
        return list.error();
    TextTable table({QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("actor"),
                     QStringLiteral("action"), QStringLiteral("target"),
                     QStringLiteral("outcome")});
    for (const api::AuditEntry &e : std::as_const(list->entries))
        table.add({TextTable::number(e.id), api::IsoTime::milliseconds(e.at), e.actor, e.action,
                   e.target, e.outcome});
    return CommandOutput{table.text()};
}

} // namespace keyward::cli
