#pragma once

// keywardctl whoami: who keywardd takes this connection for and its role, from the
// handshake alone (nothing else is asked of the server).

#include "cli/Command.h"

namespace keyward::cli {

class WhoamiCommand : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("whoami")}; }
    QString summary() const override
    {
        return QStringLiteral("who keywardd takes you for, and your role");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    // The request is the handshake itself: `result` is the hello result.
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
