#pragma once

// keywardctl report download: save a report (and a CSV's .sig) here

#include "cli/Command.h"

namespace keyward::cli {

class ReportDownloadCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("report"), QStringLiteral("download")};
    }
    QString arguments() const override { return QStringLiteral("ID [--output FILE]"); }
    QString summary() const override
    {
        return QStringLiteral("save a report (and a CSV's .sig) here");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
    Result<std::optional<CommandRequest>> next(const QJsonObject &result) const override;

private:
    mutable QString m_output;  // --output, kept from parse() for the parts that follow
    mutable QString m_summary; // where the file went, once the last part is written
};

} // namespace keyward::cli
