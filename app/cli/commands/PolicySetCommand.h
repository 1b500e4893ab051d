#pragma once

// keywardctl policy set: changes one policy setting.

#include "cli/Command.h"

namespace keyward::cli {

class PolicySetCommand : public Command
{
public:
    QStringList words() const override { return {QStringLiteral("policy"), QStringLiteral("set")}; }
    QString arguments() const override { return QStringLiteral("KEY VALUE"); }
    QString summary() const override { return QStringLiteral("change one policy setting"); }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
