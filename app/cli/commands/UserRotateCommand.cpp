#include "cli/commands/UserRotateCommand.h"

#include "api/AdminMethod.h"
#include "api/UserMessages.h"
#include "cli/commands/OneTimePasswords.h"

namespace keyward::cli {

Result<CommandRequest> UserRotateCommand::parse(const QStringList &args, const CommandInput &) const
{
    if (args.isEmpty())
        return expects();
    api::UserRotateParams params;
    if (args[0] == QLatin1String("--group")) {
        if (args.size() != 2)
            return expects();
        params.group = args[1];
    } else if (args[0] == QLatin1String("--older-than")) {
        if (args.size() != 2)
            return expects();
        auto days = number(args[1], QStringLiteral("DAYS"), 1);
        if (!days)
            return days.error();
        params.olderThanDays = *days;
    } else {
        for (const QString &a : args) {
            if (a.startsWith(QLatin1String("--")))
                return expects();
        }
        params.names = args;
    }
    return CommandRequest{api::Method::UserRotate, params.toJson()};
}

Result<CommandOutput> UserRotateCommand::present(const QJsonObject &result) const
{
    auto rotated = api::UserRotateResult::fromJson(result);
    if (!rotated)
        return rotated.error();
    return CommandOutput{OneTimePasswords::text(rotated->users)};
}

} // namespace keyward::cli
