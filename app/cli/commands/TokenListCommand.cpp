#include "cli/commands/TokenListCommand.h"

#include "api/AdminMethod.h"
#include "api/IsoTime.h"
#include "api/TokenMessages.h"
#include "cli/TextTable.h"

namespace keyward::cli {

Result<CommandRequest> TokenListCommand::parse(const QStringList &args, const CommandInput &) const
{
    if (auto counted = count(args, 0, 0); !counted)
        return counted.error();
    return CommandRequest{api::Method::TokenList, {}};
}

Result<CommandOutput> TokenListCommand::present(const QJsonObject &result) const
{
    auto list = api::TokenListResult::fromJson(result);
    if (!list)
        return list.error();
    TextTable table(
        {QStringLiteral("name"), QStringLiteral("created"), QStringLiteral("lastUsed")});
    for (const api::TokenInfo &t : std::as_const(list->tokens))
        table.add({t.name, api::IsoTime::seconds(t.created), api::IsoTime::seconds(t.lastUsed)});
    return CommandOutput{table.text()};
}

} // namespace keyward::cli
