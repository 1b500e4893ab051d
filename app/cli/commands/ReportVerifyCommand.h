#pragma once

// keywardctl report verify: check a report's signature offline (exit 1 if changed)

#include "cli/Command.h"

namespace keyward::cli {

class ReportVerifyCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("report"), QStringLiteral("verify")};
    }
    QString arguments() const override { return QStringLiteral("FILE [--key PUBKEY.pem]"); }
    QString summary() const override
    {
        return QStringLiteral("check a report's signature offline (exit 1 if changed)");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
    bool offline() const override { return true; }
    Result<CommandOutput> runOffline(const CommandRequest &request, const CommandInput &input,
                                     bool json) const override;
};

} // namespace keyward::cli
