#pragma once

// keywardctl user rotate: rotates the credentials of many users at once.

#include "cli/Command.h"

namespace keyward::cli {

class UserRotateCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("user"), QStringLiteral("rotate")};
    }
    QString arguments() const override
    {
        return QStringLiteral("--group G | --older-than DAYS | NAME... [--expires-in HOURS]");
    }
    QString summary() const override
    {
        return QStringLiteral("new one-time passwords for many users at once");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
