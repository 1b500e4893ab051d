#pragma once

// keywardctl window validate: keywardd runs keyward-probe against itself with a test
// account made for the moment; a 128-bit session must come up and a 40-bit-only
// attempt must be refused. Exit status 1 when a check fails.

#include "cli/Command.h"

namespace keyward::cli {

class WindowValidateCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("window"), QStringLiteral("validate")};
    }
    QString summary() const override
    {
        return QStringLiteral("probe the server: 128-bit up, 40-bit-only refused");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
