#pragma once

// keywardctl report create: write a signed report on the server

#include "cli/Command.h"

namespace keyward::cli {

class ReportCreateCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("report"), QStringLiteral("create")};
    }
    QString arguments() const override
    {
        return QStringLiteral("[--kind full|account-review] [--format pdf|html|csv] [--days N]");
    }
    QString summary() const override
    {
        return QStringLiteral("write a signed report on the server");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
