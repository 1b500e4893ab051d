#pragma once

// keywardctl window cleanup: expires the unused temporary credentials now and
// revokes the accounts named, ending their sessions (audited).

#include "cli/Command.h"

namespace keyward::cli {

class WindowCleanupCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("window"), QStringLiteral("cleanup")};
    }
    QString arguments() const override
    {
        return QStringLiteral("[--expire-unused] [--revoke NAME]...");
    }
    QString summary() const override
    {
        return QStringLiteral("expire unused temporary credentials, revoke accounts");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
