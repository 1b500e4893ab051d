#include "cli/commands/WindowPlanCommand.h"

#include "api/AdminMethod.h"
#include "api/WindowMessages.h"

namespace keyward::cli {

Result<CommandRequest> WindowPlanCommand::parse(const QStringList &args, const CommandInput &) const
{
    if (auto counted = count(args, 2, 4); !counted)
        return counted.error();
    // START goes as written: keywardd checks it and says what an ISO 8601 time looks like.
    api::WindowPlanParams params;
    params.title = args[0];
    params.start = args[1];
    if (args.size() >= 3) {
        auto minutes = number(args[2], QStringLiteral("MINUTES"), 1);
        if (!minutes)
            return minutes.error();
        params.durationMinutes = *minutes;
    }
    params.group = args.value(3);
    return CommandRequest{api::Method::WindowPlan, params.toJson()};
}

Result<CommandOutput> WindowPlanCommand::present(const QJsonObject &result) const
{
    return asJson<api::ChangeWindow>(result);
}

} // namespace keyward::cli
