#pragma once

// keywardctl token create NAME [--role R] [--expires DAYS] [--from CIDR,...]: makes an
// API token for a remote console with a role (admin unless told), optionally an
// expiry and the networks it may be used from; it is shown once.

#include "cli/Command.h"

namespace keyward::cli {

class TokenCreateCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("token"), QStringLiteral("create")};
    }
    QString arguments() const override
    {
        return QStringLiteral("NAME [--role auditor|operator|admin] [--expires DAYS] "
                              "[--from CIDR,...]");
    }
    QString summary() const override
    {
        return QStringLiteral("API token for a remote console, shown once\n"
                              "(role admin unless told; no expiry; any address)");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
