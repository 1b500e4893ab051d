#include "cli/commands/ReportListCommand.h"

#include "api/AdminMethod.h"
#include "api/IsoTime.h"
#include "api/ReportMessages.h"
#include "cli/TextTable.h"

namespace keyward::cli {

Result<CommandRequest> ReportListCommand::parse(const QStringList &args, const CommandInput &) const
{
    if (auto counted = count(args, 0, 0); !counted)
        return counted.error();
    return CommandRequest{api::Method::ReportList, {}};
}

Result<CommandOutput> ReportListCommand::present(const QJsonObject &result) const
{
    auto list = api::ReportList::fromJson(result);
    if (!list)
        return list.error();
    TextTable table({QStringLiteral("id"), QStringLiteral("created"), QStringLiteral("kind"),
                     QStringLiteral("format"), QStringLiteral("days"), QStringLiteral("createdBy"),
                     QStringLiteral("size"), QStringLiteral("keyId")});
    for (const api::ReportInfo &r : std::as_const(list->reports))
        table.add({r.id, api::IsoTime::seconds(r.created), r.kind, r.format,
                   TextTable::number(r.periodDays), r.createdBy, TextTable::number(r.size),
                   r.keyId});
    return CommandOutput{table.text()};
}

} // namespace keyward::cli
