#pragma once

// keywardctl user list: the users as a table.

#include "cli/Command.h"

namespace keyward::cli {

class UserListCommand : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("user"), QStringLiteral("list")}; }
    QString summary() const override { return QStringLiteral("users, state and expiry"); }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
