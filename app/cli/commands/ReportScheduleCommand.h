#pragma once

// keywardctl report schedule: scheduled reports and report settings; --settings-stdin sets them
// (JSON)

#include "cli/Command.h"

namespace keyward::cli {

class ReportScheduleCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("report"), QStringLiteral("schedule")};
    }
    QString arguments() const override { return QStringLiteral("[--settings-stdin]"); }
    QString summary() const override
    {
        return QStringLiteral(
            "scheduled reports and report settings; --settings-stdin sets them (JSON)");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
