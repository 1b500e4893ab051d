#pragma once

// keywardctl backup download: save a backup file here (still encrypted)

#include "cli/Command.h"

namespace keyward::cli {

class BackupDownloadCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("backup"), QStringLiteral("download")};
    }
    QString arguments() const override { return QStringLiteral("ID [--output FILE]"); }
    QString summary() const override
    {
        return QStringLiteral("save a backup file here (still encrypted)");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
    Result<std::optional<CommandRequest>> next(const QJsonObject &result) const override;

private:
    mutable QString m_output;  // --output, kept from parse() for the parts that follow
    mutable QString m_summary; // where the file went, once the last part is written
};

} // namespace keyward::cli
