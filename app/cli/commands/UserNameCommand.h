#pragma once

// The user commands that take one NAME and send it as a UserRef: each names its
// method and prints its reply.

#include "cli/Command.h"

namespace keyward::cli {

class UserNameCommand : public Command
{
public:
    QString arguments() const override { return QStringLiteral("NAME"); }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;

protected:
    virtual QString method() const = 0;
};

} // namespace keyward::cli
