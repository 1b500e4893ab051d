#pragma once

// keywardctl session rekey ID: fresh MPPE keys now, through an in-band MS-CHAPv2
// re-authentication; says whether the client took them or was disconnected.

#include "api/AdminMethod.h"
#include "cli/commands/SessionIdCommand.h"

namespace keyward::cli {

class SessionRekeyCommand : public SessionIdCommand
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("session"), QStringLiteral("rekey")};
    }
    QString summary() const override
    {
        return QStringLiteral("fresh MPPE keys now (in-band re-authentication)");
    }
    Result<CommandOutput> present(const QJsonObject &result) const override;

protected:
    QString method() const override { return api::Method::SessionRekey; }
};

} // namespace keyward::cli
