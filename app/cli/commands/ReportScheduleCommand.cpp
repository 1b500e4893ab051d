#include "cli/commands/ReportScheduleCommand.h"

#include "api/AdminMethod.h"
#include "api/IsoTime.h"
#include "api/ReportMessages.h"
#include "cli/TextTable.h"

#include <QJsonDocument>

namespace keyward::cli {

Result<CommandRequest> ReportScheduleCommand::parse(const QStringList &args,
                                                    const CommandInput &input) const
{
    if (args.isEmpty())
        return CommandRequest{api::Method::ReportSchedule, {}};
    if (args != QStringList{QStringLiteral("--settings-stdin")})
        return expects();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(input.stdinText.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return usage(QStringLiteral("--settings-stdin: stdin is not a JSON object (%1); start "
                                    "from `keywardctl --json report schedule`")
                         .arg(error.errorString()));
    auto settings = api::ReportSettings::fromJson(document.object());
    if (!settings)
        return usage(QString::fromStdString(settings.message()));
    return CommandRequest{api::Method::ReportScheduleSet, settings->toJson()};
}

Result<CommandOutput> ReportScheduleCommand::present(const QJsonObject &result) const
{
    auto settings = api::ReportSettings::fromJson(result);
    if (!settings)
        return settings.error();
    TextTable table({QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("format"),
                     QStringLiteral("everyDays"), QStringLiteral("lastRun"),
                     QStringLiteral("nextRun")});
    for (const api::ScheduledReport &s : std::as_const(settings->schedule))
        table.add({s.name, s.kind, s.format, TextTable::number(s.everyDays),
                   s.lastRun.isValid() ? api::IsoTime::seconds(s.lastRun) : QStringLiteral("never"),
                   s.nextRun.isValid() ? api::IsoTime::seconds(s.nextRun) : QString()});
    return CommandOutput{table.text() +
                         QStringLiteral("dormant after %1 days; privileged groups: %2\n")
                             .arg(settings->dormantDays)
                             .arg(settings->privilegedGroups.join(QStringLiteral(", ")))};
}

} // namespace keyward::cli
