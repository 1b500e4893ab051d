#include "cli/commands/WindowBaselineCommand.h"

#include "api/AdminMethod.h"
#include "api/WindowInventoryMessages.h"
#include "cli/commands/WindowWeakUses.h"

#include <QJsonDocument>

namespace keyward::cli {

Result<CommandRequest> WindowBaselineCommand::parse(const QStringList &args,
                                                    const CommandInput &) const
{
    api::BaselineParams params;
    bool apply = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--apply")) {
            apply = true;
        } else if (a == QLatin1String("--max-session-hours") && i + 1 < args.size()) {
            auto hours = number(args[++i], QStringLiteral("H"), 1);
            if (!hours)
                return hours.error();
            params.maxSessionHours = *hours;
        } else if (a == QLatin1String("--idle-minutes") && i + 1 < args.size()) {
            auto minutes = number(args[++i], QStringLiteral("M"), 1);
            if (!minutes)
                return minutes.error();
            params.idleTimeoutMinutes = *minutes;
        } else {
            return expects();
        }
    }
    return CommandRequest{apply ? api::Method::WindowBaselineApply
                                : api::Method::WindowBaselinePreview,
                          params.toJson()};
}

Result<CommandOutput> WindowBaselineCommand::present(const QJsonObject &result) const
{
    auto baseline = api::BaselineResult::fromJson(result);
    if (!baseline)
        return baseline.error();
    QString text;
    const QString changes =
        QString::fromUtf8(QJsonDocument(baseline->changes).toJson(QJsonDocument::Compact));
    if (baseline->applied)
        text = baseline->changes.isEmpty()
                   ? QStringLiteral("baseline in force already (recorded)\n")
                   : QStringLiteral("baseline applied: %1\n").arg(changes);
    else
        text = baseline->changes.isEmpty()
                   ? QStringLiteral("baseline in force already\n")
                   : QStringLiteral("the baseline would change: %1\n").arg(changes);
    text +=
        (baseline->applied ? QStringLiteral("cut off:\n") : QStringLiteral("would cut off:\n")) +
        WindowWeakUses::text(baseline->cutOff);
    if (baseline->applied)
        text += QStringLiteral("%1 live session(s) ended\n").arg(baseline->sessionsEnded);
    return CommandOutput{text};
}

} // namespace keyward::cli
