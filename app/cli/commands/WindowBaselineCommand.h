#pragma once

// keywardctl window baseline: who the baseline (128-bit MPPE only, MS-CHAPv2 only,
// session limits) would cut off; with --apply, puts it in force and ends the live
// sessions below it.

#include "cli/Command.h"

namespace keyward::cli {

class WindowBaselineCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("window"), QStringLiteral("baseline")};
    }
    QString arguments() const override
    {
        return QStringLiteral("[--max-session-hours H] [--idle-minutes M] [--apply]");
    }
    QString summary() const override
    {
        return QStringLiteral("preview the strong baseline and who it cuts off;\n"
                              "--apply puts it in force (audited)");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
