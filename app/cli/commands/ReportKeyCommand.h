#pragma once

// keywardctl report key: the public key that reports are signed with (PEM)

#include "cli/Command.h"

namespace keyward::cli {

class ReportKeyCommand : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("report"), QStringLiteral("key")}; }
    QString arguments() const override { return QStringLiteral(""); }
    QString summary() const override
    {
        return QStringLiteral("the public key that reports are signed with (PEM)");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
