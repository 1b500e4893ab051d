#pragma once

// keywardctl user disable NAME: disables an account and ends its sessions.

#include "api/AdminMethod.h"
#include "api/UserMessages.h"
#include "cli/commands/UserNameCommand.h"

namespace keyward::cli {

class UserDisableCommand : public UserNameCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("user"), QStringLiteral("disable")};
    }
    QString summary() const override
    {
        return QStringLiteral("disable the account and end its sessions");
    }
    Result<CommandOutput> present(const QJsonObject &result) const override
    {
        return asJson<api::UserStateResult>(result);
    }

protected:
    QString method() const override { return api::Method::UserDisable; }
};

} // namespace keyward::cli
