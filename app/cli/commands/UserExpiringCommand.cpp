#include "cli/commands/UserExpiringCommand.h"

#include "api/AdminMethod.h"
#include "api/IsoTime.h"
#include "api/UserMessages.h"
#include "cli/TextTable.h"

namespace keyward::cli {

Result<CommandRequest> UserExpiringCommand::parse(const QStringList &args,
                                                  const CommandInput &) const
{
    if (auto counted = count(args, 0, 1); !counted)
        return counted.error();
    api::UserExpiringParams params; // 14 days unless told
    if (!args.isEmpty()) {
        auto days = number(args[0], QStringLiteral("DAYS"), 0);
        if (!days)
            return days.error();
        params.days = *days;
    }
    return CommandRequest{api::Method::UserExpiring, params.toJson()};
}

Result<CommandOutput> UserExpiringCommand::present(const QJsonObject &result) const
{
    auto expiring = api::UserExpiringResult::fromJson(result);
    if (!expiring)
        return expiring.error();
    TextTable table({QStringLiteral("name"), QStringLiteral("expires"), QStringLiteral("daysLeft"),
                     QStringLiteral("expired")});
    for (const api::ExpiringUser &u : std::as_const(expiring->users))
        table.add({u.name, api::IsoTime::seconds(u.expires), TextTable::number(u.daysLeft),
                   TextTable::yesNo(u.expired)});
    return CommandOutput{table.text()};
}

} // namespace keyward::cli
