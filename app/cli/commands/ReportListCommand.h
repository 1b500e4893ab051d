#pragma once

// keywardctl report list: reports written on demand and by the schedule

#include "cli/Command.h"

namespace keyward::cli {

class ReportListCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("report"), QStringLiteral("list")};
    }
    QString arguments() const override { return QStringLiteral(""); }
    QString summary() const override
    {
        return QStringLiteral("reports written on demand and by the schedule");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
