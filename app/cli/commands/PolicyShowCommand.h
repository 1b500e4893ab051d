#pragma once

// keywardctl policy show: the security policy, one setting a line, and its weak settings.

#include "cli/Command.h"

namespace keyward::cli {

class PolicyShowCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("policy"), QStringLiteral("show")};
    }
    QString summary() const override { return QStringLiteral("the security policy"); }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
