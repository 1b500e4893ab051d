#pragma once

// keywardctl window list: the planned change windows as a table.

#include "cli/Command.h"

namespace keyward::cli {

class WindowListCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("window"), QStringLiteral("list")};
    }
    QString summary() const override { return QStringLiteral("planned change windows"); }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
