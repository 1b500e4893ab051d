#pragma once

// keywardctl window cancel ID: removes a planned change window from every console's
// calendar.

#include "cli/Command.h"

namespace keyward::cli {

class WindowCancelCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("window"), QStringLiteral("cancel")};
    }
    QString arguments() const override { return QStringLiteral("ID"); }
    QString summary() const override { return QStringLiteral("cancel a planned window"); }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
