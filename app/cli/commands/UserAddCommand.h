#pragma once

// keywardctl user add: adds a user, with the admin's password or a generated one-time one.

#include "cli/Command.h"

namespace keyward::cli {

class UserAddCommand : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("user"), QStringLiteral("add")}; }
    QString arguments() const override
    {
        return QStringLiteral("NAME [--password-stdin] [--must-change]");
    }
    QString summary() const override
    {
        return QStringLiteral("add a user; without a password one is generated\nand shown once");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
