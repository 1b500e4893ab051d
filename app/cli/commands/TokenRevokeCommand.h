#pragma once

// keywardctl token revoke NAME: the token stops working at once.

#include "cli/Command.h"

namespace keyward::cli {

class TokenRevokeCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("token"), QStringLiteral("revoke")};
    }
    QString arguments() const override { return QStringLiteral("NAME"); }
    QString summary() const override
    {
        return QStringLiteral("revoke a token; its console is refused from now on");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
