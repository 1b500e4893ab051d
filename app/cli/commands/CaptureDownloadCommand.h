#pragma once

// keywardctl capture download ID --out FILE: fetches a stopped capture in chunks
// and writes it as one pcapng file (mode 0600; "-" writes to standard output).

#include "cli/Command.h"

#include <QFile>
#include <memory>

namespace keyward::cli {

class CaptureDownloadCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("capture"), QStringLiteral("download")};
    }
    QString arguments() const override { return QStringLiteral("ID --out FILE"); }
    QString summary() const override
    {
        return QStringLiteral("save a stopped capture as a pcapng file");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<std::optional<CommandRequest>> next(const QJsonObject &result) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;

private:
    // One download per run of keywardctl: where it goes and how far it got.
    mutable QString m_path;
    mutable std::unique_ptr<QFile> m_file;
    mutable qint64 m_written = 0;
};

} // namespace keyward::cli
