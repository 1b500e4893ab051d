#include "cli/commands/UserResetCommand.h"

#include "api/UserMessages.h"

namespace keyward::cli {

Result<CommandOutput> UserResetCommand::present(const QJsonObject &result) const
{
    auto reset = api::UserResetResult::fromJson(result);
    if (!reset)
        return reset.error();
    return CommandOutput{QStringLiteral("reset %1; temporary password (shown once): %2\n"
                                        "the user must change it at the next login\n")
                             .arg(reset->name, reset->password)};
}

} // namespace keyward::cli
