#pragma once

// keywardctl user enable NAME: lets a disabled or revoked user sign in again.

#include "api/AdminMethod.h"
#include "api/UserMessages.h"
#include "cli/commands/UserNameCommand.h"

namespace keyward::cli {

class UserEnableCommand : public UserNameCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("user"), QStringLiteral("enable")};
    }
    QString summary() const override { return QStringLiteral("let the user sign in again"); }
    Result<CommandOutput> present(const QJsonObject &result) const override
    {
        return asJson<api::UserStateResult>(result);
    }

protected:
    QString method() const override { return api::Method::UserEnable; }
};

} // namespace keyward::cli
