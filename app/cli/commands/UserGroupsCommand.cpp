#include "cli/commands/UserGroupsCommand.h"

#include "api/AdminMethod.h"
#include "api/UserMessages.h"

namespace keyward::cli {

Result<CommandRequest> UserGroupsCommand::parse(const QStringList &args, const CommandInput &) const
{
    if (args.isEmpty())
        return expects();
    return CommandRequest{api::Method::UserGroups, api::UserGroups{args[0], args.mid(1)}.toJson()};
}

Result<CommandOutput> UserGroupsCommand::present(const QJsonObject &result) const
{
    return asJson<api::UserGroups>(result);
}

} // namespace keyward::cli
