#pragma once

// keywardctl audit list: the latest audit entries as a table.

#include "cli/Command.h"

namespace keyward::cli {

class AuditListCommand : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("audit"), QStringLiteral("list")}; }
    QString arguments() const override { return QStringLiteral("[ACTION-PREFIX]"); }
    QString summary() const override { return QStringLiteral("recent audit entries"); }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
