#pragma once

// The session commands that take one ID and send it as a SessionRef: each names its
// method and prints its reply.

#include "cli/Command.h"

namespace keyward::cli {

class SessionIdCommand : public Command
{
public:
    QString arguments() const override { return QStringLiteral("ID"); }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;

protected:
    virtual QString method() const = 0;
};

} // namespace keyward::cli
