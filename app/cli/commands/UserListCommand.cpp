#include "cli/commands/UserListCommand.h"

#include "api/AdminMethod.h"
#include "api/IsoTime.h"
#include "api/UserMessages.h"
#include "cli/TextTable.h"

namespace keyward::cli {

Result<CommandRequest> UserListCommand::parse(const QStringList &args, const CommandInput &) const
{
    if (auto counted = count(args, 0, 0); !counted)
        return counted.error();
    return CommandRequest{api::Method::UserList, {}};
}

Result<CommandOutput> UserListCommand::present(const QJsonObject &result) const
{
    auto list = api::UserListResult::fromJson(result);
    if (!list)
        return list.error();
    TextTable table({QStringLiteral("name"), QStringLiteral("state"), QStringLiteral("mustChange"),
                     QStringLiteral("expires"), QStringLiteral("failedLogins"),
                     QStringLiteral("lastLogin"), QStringLiteral("lastAddress")});
    for (const api::UserSummary &u : std::as_const(list->users))
        table.add({u.name, api::toString(u.state), TextTable::yesNo(u.mustChange),
                   api::IsoTime::seconds(u.expires), TextTable::number(u.failedLogins),
                   api::IsoTime::seconds(u.lastLogin), u.lastAddress});
    return CommandOutput{table.text()};
}

} // namespace keyward::cli
