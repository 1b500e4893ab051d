#pragma once

// keywardctl token create: makes an API token for a remote console; it is shown once.

#include "cli/Command.h"

namespace keyward::cli {

class TokenCreateCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("token"), QStringLiteral("create")};
    }
    QString arguments() const override { return QStringLiteral("NAME"); }
    QString summary() const override
    {
        return QStringLiteral("API token for a remote console, shown once");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
