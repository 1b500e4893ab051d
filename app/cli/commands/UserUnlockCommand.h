#pragma once

// keywardctl user unlock NAME: ends a lockout after failed logins.

#include "api/AdminMethod.h"
#include "api/UserMessages.h"
#include "cli/commands/UserNameCommand.h"

namespace keyward::cli {

class UserUnlockCommand : public UserNameCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("user"), QStringLiteral("unlock")};
    }
    QString summary() const override { return QStringLiteral("end a lockout after failed logins"); }
    Result<CommandOutput> present(const QJsonObject &result) const override
    {
        return asJson<api::UserRef>(result);
    }

protected:
    QString method() const override { return api::Method::UserUnlock; }
};

} // namespace keyward::cli
