#include "cli/commands/WindowListCommand.h"

#include "api/AdminMethod.h"
#include "api/IsoTime.h"
#include "api/WindowMessages.h"
#include "cli/TextTable.h"

namespace keyward::cli {

Result<CommandRequest> WindowListCommand::parse(const QStringList &args, const CommandInput &) const
{
    if (auto counted = count(args, 0, 0); !counted)
        return counted.error();
    return CommandRequest{api::Method::WindowList, {}};
}

Result<CommandOutput> WindowListCommand::present(const QJsonObject &result) const
{
    auto list = api::ChangeWindowList::fromJson(result);
    if (!list)
        return list.error();
    TextTable table({QStringLiteral("id"), QStringLiteral("start"),
                     QStringLiteral("durationMinutes"), QStringLiteral("title"),
                     QStringLiteral("group"), QStringLiteral("plannedBy")});
    for (const api::ChangeWindow &w : std::as_const(list->windows))
        table.add({TextTable::number(w.id), api::IsoTime::seconds(w.start),
                   TextTable::number(w.durationMinutes), w.title, w.group, w.plannedBy});
    return CommandOutput{table.text()};
}

} // namespace keyward::cli
