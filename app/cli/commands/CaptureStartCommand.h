#pragma once

// keywardctl capture start [--filter BPF] [--interface NAME] [--snaplen N]
// [--max-file-bytes N] [--max-files N]: starts a capture on the server.

#include "cli/Command.h"

namespace keyward::cli {

class CaptureStartCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("capture"), QStringLiteral("start")};
    }
    QString arguments() const override
    {
        return QStringLiteral("[--filter BPF] [--interface NAME] [--snaplen N] "
                              "[--max-file-bytes N] [--max-files N]");
    }
    QString summary() const override
    {
        return QStringLiteral("capture packets on the server (default: PPTP, on any "
                              "interface)");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
