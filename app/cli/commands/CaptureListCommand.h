#pragma once

// keywardctl capture list: the captures on the server, and whether it can capture.

#include "cli/Command.h"

namespace keyward::cli {

class CaptureListCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("capture"), QStringLiteral("list")};
    }
    QString summary() const override { return QStringLiteral("captures kept on the server"); }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
