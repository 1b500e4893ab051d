#pragma once

// keywardctl window inventory: what the server runs with, the clients on live
// sessions, accounts by state and credential age, and who still needs weak settings.

#include "cli/Command.h"

namespace keyward::cli {

class WindowInventoryCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("window"), QStringLiteral("inventory")};
    }
    QString summary() const override
    {
        return QStringLiteral("settings, clients, accounts and weak users before a window");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
