#pragma once

// keywardctl user expiring: whose password expires soon.

#include "cli/Command.h"

namespace keyward::cli {

class UserExpiringCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("user"), QStringLiteral("expiring")};
    }
    QString arguments() const override { return QStringLiteral("[DAYS]"); }
    QString summary() const override
    {
        return QStringLiteral("passwords expiring within DAYS (14)");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
