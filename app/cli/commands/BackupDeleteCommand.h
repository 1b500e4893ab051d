#pragma once

// keywardctl backup delete: delete a backup

#include "cli/Command.h"

namespace keyward::cli {

class BackupDeleteCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("backup"), QStringLiteral("delete")};
    }
    QString arguments() const override { return QStringLiteral("ID"); }
    QString summary() const override { return QStringLiteral("delete a backup"); }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
