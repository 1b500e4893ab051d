#pragma once

// keywardctl user reset NAME: a new temporary password, shown once; the user must
// change it at the next login.

#include "api/AdminMethod.h"
#include "cli/commands/UserNameCommand.h"

namespace keyward::cli {

class UserResetCommand : public UserNameCommand
{
public:
    QStringList words() const override { return {QStringLiteral("user"), QStringLiteral("reset")}; }
    QString summary() const override
    {
        return QStringLiteral("new temporary password, shown once; the user\n"
                              "must change it at the next login");
    }
    Result<CommandOutput> present(const QJsonObject &result) const override;

protected:
    QString method() const override { return api::Method::UserReset; }
};

} // namespace keyward::cli
