#pragma once

// keywardctl audit verify: checks the audit chain; a broken chain is a failure for scripts too.

#include "cli/Command.h"

namespace keyward::cli {

class AuditVerifyCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("audit"), QStringLiteral("verify")};
    }
    QString summary() const override { return QStringLiteral("check the audit chain"); }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
