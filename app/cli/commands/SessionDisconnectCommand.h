#pragma once

// keywardctl session disconnect ID: ends a session; the account stays as it is.

#include "api/AdminMethod.h"
#include "api/SessionMessages.h"
#include "cli/commands/SessionIdCommand.h"

namespace keyward::cli {

class SessionDisconnectCommand : public SessionIdCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("session"), QStringLiteral("disconnect")};
    }
    QString summary() const override { return QStringLiteral("end a session"); }
    Result<CommandOutput> present(const QJsonObject &result) const override
    {
        return asJson<api::SessionRef>(result);
    }

protected:
    QString method() const override { return api::Method::SessionDisconnect; }
};

} // namespace keyward::cli
