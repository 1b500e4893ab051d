#pragma once

// keywardctl user groups: replaces a user's groups.

#include "cli/Command.h"

namespace keyward::cli {

class UserGroupsCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("user"), QStringLiteral("groups")};
    }
    QString arguments() const override { return QStringLiteral("NAME [GROUP...]"); }
    QString summary() const override { return QStringLiteral("set the user's groups"); }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
