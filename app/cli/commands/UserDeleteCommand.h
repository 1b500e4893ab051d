#pragma once

// keywardctl user delete NAME: deletes an account and ends its sessions.

#include "api/AdminMethod.h"
#include "api/UserMessages.h"
#include "cli/commands/UserNameCommand.h"

namespace keyward::cli {

class UserDeleteCommand : public UserNameCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("user"), QStringLiteral("delete")};
    }
    QString summary() const override
    {
        return QStringLiteral("delete the account and end its sessions");
    }
    Result<CommandOutput> present(const QJsonObject &result) const override
    {
        return asJson<api::UserDeleteResult>(result);
    }

protected:
    QString method() const override { return api::Method::UserDelete; }
};

} // namespace keyward::cli
