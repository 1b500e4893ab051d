#pragma once

// keywardctl user show NAME: one user in detail, as JSON.

#include "api/AdminMethod.h"
#include "api/UserMessages.h"
#include "cli/commands/UserNameCommand.h"

namespace keyward::cli {

class UserShowCommand : public UserNameCommand
{
public:
    QStringList words() const override { return {QStringLiteral("user"), QStringLiteral("show")}; }
    QString summary() const override { return QStringLiteral("one user in detail"); }
    Result<CommandOutput> present(const QJsonObject &result) const override
    {
        return asJson<api::UserDetail>(result);
    }

protected:
    QString method() const override { return api::Method::UserShow; }
};

} // namespace keyward::cli
