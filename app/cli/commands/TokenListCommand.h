#pragma once

// keywardctl token list: the API tokens as a table.

#include "cli/Command.h"

namespace keyward::cli {

class TokenListCommand : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("token"), QStringLiteral("list")}; }
    QString summary() const override
    {
        return QStringLiteral("API tokens: role, expiry, allowed sources, last use");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
