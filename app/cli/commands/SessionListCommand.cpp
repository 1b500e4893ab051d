#include "cli/commands/SessionListCommand.h"

#include "api/AdminMethod.h"
#include "api/SessionMessages.h"
#include "cli/TextTable.h"

namespace keyward::cli {

Result<CommandRequest> SessionListCommand::parse(const QStringList &args,
                                                 const CommandInput &) const
{
    if (auto counted = count(args, 0, 0); !counted)
        return counted.error();
    return CommandRequest{api::Method::SessionList, {}};
}

Result<CommandOutput> SessionListCommand::present(const QJsonObject &result) const
{
    auto list = api::SessionListResult::fromJson(result);
    if (!list)
        return list.error();
    TextTable table({QStringLiteral("id"), QStringLiteral("user"), QStringLiteral("peerAddress"),
                     QStringLiteral("tunnelAddress"), QStringLiteral("mppe"),
                     QStringLiteral("mppeMode"), QStringLiteral("durationSeconds"),
                     QStringLiteral("idleSeconds"), QStringLiteral("bytesIn"),
                     QStringLiteral("bytesOut")});
    for (const api::SessionListEntry &e : std::as_const(list->sessions)) {
        const api::SessionInfo &s = e.session;
        // Until the data plane knows the call, its figures are blank.
        const auto figure = [&](qint64 api::SessionTraffic::*field) {
            return e.traffic ? TextTable::number((*e.traffic).*field) : QString();
        };
        table.add({TextTable::number(s.id), s.user, s.peerAddress, s.tunnelAddress, s.mppe,
                   s.mppeMode, TextTable::number(e.durationSeconds),
                   figure(&api::SessionTraffic::idleSeconds), figure(&api::SessionTraffic::bytesIn),
                   figure(&api::SessionTraffic::bytesOut)});
    }
    return CommandOutput{table.text()};
}

} // namespace keyward::cli
