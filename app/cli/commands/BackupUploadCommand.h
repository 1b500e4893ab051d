#pragma once

// keywardctl backup upload: send a backup file from here to keywardd, in parts, so that
// `backup restore ID` can restore it; prints the id it is listed under.

#include "cli/Command.h"

namespace keyward::cli {

class BackupUploadCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("backup"), QStringLiteral("upload")};
    }
    QString arguments() const override { return QStringLiteral("FILE"); }
    QString summary() const override
    {
        return QStringLiteral("send a backup file to keywardd (then: backup restore ID)");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
    Result<std::optional<CommandRequest>> next(const QJsonObject &result) const override;

private:
    // The request for the part from `offset`, or finish when the whole file is sent.
    Result<CommandRequest> part(const QString &upload, qint64 offset) const;

    mutable QString m_path; // FILE, kept from parse() for the parts that follow
    mutable qint64 m_size = 0;
};

} // namespace keyward::cli
