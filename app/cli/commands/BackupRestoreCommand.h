#pragma once

// keywardctl backup restore: restore a backup into the running server (ends every session)

#include "cli/Command.h"

namespace keyward::cli {

class BackupRestoreCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("backup"), QStringLiteral("restore")};
    }
    QString arguments() const override
    {
        return QStringLiteral("ID --passphrase-stdin --yes [--reason TEXT]");
    }
    QString summary() const override
    {
        return QStringLiteral("restore a backup into the running server (ends every session)");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
