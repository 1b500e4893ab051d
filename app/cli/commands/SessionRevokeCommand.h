#pragma once

// keywardctl session revoke ID: ends the session and revokes its user's account.

#include "api/AdminMethod.h"
#include "api/SessionMessages.h"
#include "cli/commands/SessionIdCommand.h"

namespace keyward::cli {

class SessionRevokeCommand : public SessionIdCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("session"), QStringLiteral("revoke")};
    }
    QString summary() const override
    {
        return QStringLiteral("end it and disable the account until enabled");
    }
    Result<CommandOutput> present(const QJsonObject &result) const override
    {
        return asJson<api::SessionRevokeResult>(result);
    }

protected:
    QString method() const override { return api::Method::SessionRevoke; }
};

} // namespace keyward::cli
