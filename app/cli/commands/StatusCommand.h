#pragma once

// keywardctl status: the server's status: version, sessions, listener, weak settings.

#include "cli/Command.h"

namespace keyward::cli {

class StatusCommand : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("status")}; }
    QString summary() const override { return QStringLiteral("server status and weak settings"); }
    bool showsCaller() const override { return true; }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
