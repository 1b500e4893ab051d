#pragma once

// keywardctl backup list: backups with checksum and verified state

#include "cli/Command.h"

namespace keyward::cli {

class BackupListCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("backup"), QStringLiteral("list")};
    }
    QString arguments() const override { return QStringLiteral(""); }
    QString summary() const override
    {
        return QStringLiteral("backups with checksum and verified state");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
