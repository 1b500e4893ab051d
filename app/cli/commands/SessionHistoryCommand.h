#pragma once

// keywardctl session history: the latest ended sessions.

#include "cli/Command.h"

namespace keyward::cli {

class SessionHistoryCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("session"), QStringLiteral("history")};
    }
    QString arguments() const override { return QStringLiteral("[USER]"); }
    QString summary() const override { return QStringLiteral("ended sessions and why they ended"); }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
