#pragma once

// keywardctl session list: the live sessions as a table.

#include "cli/Command.h"

namespace keyward::cli {

class SessionListCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("session"), QStringLiteral("list")};
    }
    QString summary() const override { return QStringLiteral("live sessions"); }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
