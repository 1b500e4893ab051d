#include "cli/commands/SessionIdCommand.h"

#include "api/SessionMessages.h"

namespace keyward::cli {

Result<CommandRequest> SessionIdCommand::parse(const QStringList &args, const CommandInput &) const
{
    if (auto counted = count(args, 1, 1); !counted)
        return counted.error();
    auto id = number(args[0], QStringLiteral("ID"), 0);
    if (!id)
        return id.error();
    return CommandRequest{method(), api::SessionRef{*id}.toJson()};
}

} // namespace keyward::cli
