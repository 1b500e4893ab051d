#pragma once

// keywardctl window temporary: the temporary credentials still outstanding (never
// the passwords).

#include "cli/Command.h"

namespace keyward::cli {

class WindowTemporaryCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("window"), QStringLiteral("temporary")};
    }
    QString summary() const override
    {
        return QStringLiteral("temporary credentials and when unused ones expire");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
