#include "cli/commands/CaptureListCommand.h"

#include "api/AdminMethod.h"
#include "api/CaptureMessages.h"
#include "api/IsoTime.h"
#include "cli/TextTable.h"

namespace keyward::cli {

Result<CommandRequest> CaptureListCommand::parse(const QStringList &args,
                                                 const CommandInput &) const
{
    if (auto counted = count(args, 0, 0); !counted)
        return counted.error();
    return CommandRequest{api::Method::CaptureList, {}};
}

Result<CommandOutput> CaptureListCommand::present(const QJsonObject &result) const
{
    auto list = api::CaptureListResult::fromJson(result);
    if (!list)
        return list.error();
    TextTable table({QStringLiteral("id"), QStringLiteral("state"), QStringLiteral("started"),
                     QStringLiteral("by"), QStringLiteral("interface"), QStringLiteral("filter"),
                     QStringLiteral("packets"), QStringLiteral("kernelDropped"),
                     QStringLiteral("feedDropped"), QStringLiteral("bytes")});
    for (const api::CaptureInfo &c : std::as_const(list->captures))
        table.add({TextTable::number(c.id), c.state, api::IsoTime::seconds(c.started), c.startedBy,
                   c.interface, c.filter, QString::number(c.packets),
                   QString::number(c.kernelDropped), QString::number(c.feedDropped),
                   QString::number(c.bytes)});
    QString text = table.text();
    if (!list->available)
        text += QStringLiteral("capture unavailable: %1\n").arg(list->unavailableReason);
    return CommandOutput{text};
}

} // namespace keyward::cli
