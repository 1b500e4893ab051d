#include "cli/commands/ReportCreateCommand.h"

#include "api/AdminMethod.h"
#include "api/IsoTime.h"
#include "api/ReportMessages.h"

namespace keyward::cli {

Result<CommandRequest> ReportCreateCommand::parse(const QStringList &args,
                                                  const CommandInput &) const
{
    api::ReportCreateParams params;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (i + 1 >= args.size())
            return expects();
        if (a == QLatin1String("--kind")) {
            params.kind = args[++i];
        } else if (a == QLatin1String("--format")) {
            params.format = args[++i];
        } else if (a == QLatin1String("--days")) {
            auto days = number(args[++i], QStringLiteral("--days"), 1);
            if (!days)
                return days.error();
            params.periodDays = *days;
        } else {
            return expects();
        }
    }
    // keywardd checks the values and says which are allowed.
    auto checked = api::ReportCreateParams::fromJson(params.toJson());
    if (!checked)
        return usage(QString::fromStdString(checked.message()));
    return CommandRequest{api::Method::ReportCreate, params.toJson()};
}

Result<CommandOutput> ReportCreateCommand::present(const QJsonObject &result) const
{
    auto r = api::ReportInfo::fromJson(result);
    if (!r)
        return r.error();
    return CommandOutput{QStringLiteral("report %1 written: %2 (%3 bytes), signed by key %4\n"
                                        "get it with: keywardctl report download %1\n")
                             .arg(r->id, r->file)
                             .arg(r->size)
                             .arg(r->keyId)};
}

} // namespace keyward::cli
