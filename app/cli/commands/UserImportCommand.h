#pragma once

// keywardctl user import: adds users from a CSV file, each with a one-time password.

#include "cli/Command.h"

namespace keyward::cli {

class UserImportCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("user"), QStringLiteral("import")};
    }
    QString arguments() const override { return QStringLiteral("FILE.csv"); }
    QString summary() const override
    {
        return QStringLiteral("add users from CSV lines 'name,group;group'");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
