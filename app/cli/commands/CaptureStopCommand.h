#pragma once

// keywardctl capture stop [ID]: stops the running capture.

#include "cli/Command.h"

namespace keyward::cli {

class CaptureStopCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("capture"), QStringLiteral("stop")};
    }
    QString arguments() const override { return QStringLiteral("[ID]"); }
    QString summary() const override { return QStringLiteral("stop the running capture"); }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
