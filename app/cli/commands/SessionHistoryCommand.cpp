#include "cli/commands/SessionHistoryCommand.h"

#include "api/AdminMethod.h"
#include "api/IsoTime.h"
#include "api/SessionMessages.h"
#include "cli/TextTable.h"

namespace keyward::cli {

Result<CommandRequest> SessionHistoryCommand::parse(const QStringList &args,
                                                    const CommandInput &) const
{
    if (auto counted = count(args, 0, 1); !counted)
        return counted.error();
    api::SessionHistoryParams params;
    params.user = args.value(0);
    return CommandRequest{api::Method::SessionHistory, params.toJson()};
}

Result<CommandOutput> SessionHistoryCommand::present(const QJsonObject &result) const
{
    auto history = api::SessionHistoryResult::fromJson(result);
    if (!history)
        return history.error();
    TextTable table({QStringLiteral("user"), QStringLiteral("peerAddress"), QStringLiteral("mppe"),
                     QStringLiteral("started"), QStringLiteral("ended"), QStringLiteral("bytesIn"),
                     QStringLiteral("bytesOut"), QStringLiteral("reason")});
    for (const api::EndedSession &s : std::as_const(history->sessions))
        table.add({s.user, s.peerAddress, s.mppe, api::IsoTime::seconds(s.started),
                   api::IsoTime::seconds(s.ended), TextTable::number(s.bytesIn),
                   TextTable::number(s.bytesOut), s.reason});
    return CommandOutput{table.text()};
}

} // namespace keyward::cli
