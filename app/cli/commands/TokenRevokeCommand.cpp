#include "cli/commands/TokenRevokeCommand.h"

#include "api/AdminMethod.h"
#include "api/TokenMessages.h"

namespace keyward::cli {

Result<CommandRequest> TokenRevokeCommand::parse(const QStringList &args,
                                                 const CommandInput &) const
{
    if (auto counted = count(args, 1, 1); !counted)
        return counted.error();
    return CommandRequest{api::Method::TokenRevoke, api::TokenRef{args[0]}.toJson()};
}

Result<CommandOutput> TokenRevokeCommand::present(const QJsonObject &result) const
{
    return asJson<api::TokenRef>(result);
}

} // namespace keyward::cli
