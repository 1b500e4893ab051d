#include "cli/commands/SessionRekeyCommand.h"

#include "api/SessionMessages.h"

namespace keyward::cli {

Result<CommandOutput> SessionRekeyCommand::present(const QJsonObject &result) const
{
    auto rekey = api::SessionRekeyResult::fromJson(result);
    if (!rekey)
        return rekey.error();
    return CommandOutput{
        QStringLiteral("session %1: %2 (%3)\n").arg(rekey->id).arg(rekey->outcome, rekey->detail)};
}

} // namespace keyward::cli
