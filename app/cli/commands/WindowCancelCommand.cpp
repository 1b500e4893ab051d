#include "cli/commands/WindowCancelCommand.h"

#include "api/AdminMethod.h"
#include "api/WindowMessages.h"

namespace keyward::cli {

Result<CommandRequest> WindowCancelCommand::parse(const QStringList &args,
                                                  const CommandInput &) const
{
    if (auto counted = count(args, 1, 1); !counted)
        return counted.error();
    auto id = number(args[0], QStringLiteral("ID"), 0);
    if (!id)
        return id.error();
    return CommandRequest{api::Method::WindowCancel, api::WindowRef{*id}.toJson()};
}

Result<CommandOutput> WindowCancelCommand::present(const QJsonObject &result) const
{
    return asJson<api::WindowRef>(result);
}

} // namespace keyward::cli
