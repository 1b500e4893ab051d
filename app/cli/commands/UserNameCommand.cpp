#include "cli/commands/UserNameCommand.h"

#include "api/UserMessages.h"

namespace keyward::cli {

Result<CommandRequest> UserNameCommand::parse(const QStringList &args, const CommandInput &) const
{
    if (auto counted = count(args, 1, 1); !counted)
        return counted.error();
    return CommandRequest{method(), api::UserRef{args[0]}.toJson()};
}

} // namespace keyward::cli
