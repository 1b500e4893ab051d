#pragma once

// keywardctl capture delete ID: removes a stopped capture and its files.

#include "cli/Command.h"

namespace keyward::cli {

class CaptureDeleteCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("capture"), QStringLiteral("delete")};
    }
    QString arguments() const override { return QStringLiteral("ID"); }
    QString summary() const override
    {
        return QStringLiteral("delete a stopped capture and its files");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
