#pragma once

// keywardctl window plan: plans a change window.

#include "cli/Command.h"

namespace keyward::cli {

class WindowPlanCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("window"), QStringLiteral("plan")};
    }
    QString arguments() const override { return QStringLiteral("TITLE START [MINUTES [GROUP]]"); }
    QString summary() const override { return QStringLiteral("plan one (START in ISO 8601, UTC)"); }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
