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
    TextTable table({QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("created"),
                     QStringLiteral("expires"), QStringLiteral("sources"),
                     QStringLiteral("lastUsed"), QStringLiteral("lastUsedFrom")});
    for (const api::TokenInfo &t : std::as_const(list->tokens))
        table.add({t.name, t.role, api::IsoTime::seconds(t.created),
                   t.expires.isValid() ? api::IsoTime::seconds(t.expires) : QStringLiteral("never"),
                   t.sources.isEmpty() ? QStringLiteral("any") : t.sources.join(QLatin1Char(',')),
                   api::IsoTime::seconds(t.lastUsed), t.lastUsedFrom});
    return CommandOutput{table.text()};
}

} // namespace keyward::cli
