#pragma once

// keywardctl backup create: encrypted backup of users, keys and audit trail (passphrase on stdin)

#include "cli/Command.h"

namespace keyward::cli {

class BackupCreateCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("backup"), QStringLiteral("create")};
    }
    QString arguments() const override { return QStringLiteral("--passphrase-stdin"); }
    QString summary() const override
    {
        return QStringLiteral(
            "encrypted backup of users, keys and audit trail (passphrase on stdin)");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
