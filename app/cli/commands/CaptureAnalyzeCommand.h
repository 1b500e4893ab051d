#pragma once

// keywardctl capture analyze FILE: reads a pcap or pcapng file here (no server) and
// prints its PPTP sessions, findings, users and clients; --json prints the report
// as the admin API shapes it.

#include "cli/Command.h"

namespace keyward::cli {

class CaptureAnalyzeCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("capture"), QStringLiteral("analyze")};
    }
    QString arguments() const override { return QStringLiteral("FILE"); }
    QString summary() const override
    {
        return QStringLiteral("analyse a pcap/pcapng file offline: sessions, findings,\n"
                              "users whose credentials crossed the wire, clients");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
    bool offline() const override { return true; }
    Result<CommandOutput> runOffline(const CommandRequest &request, const CommandInput &input,
                                     bool json) const override;
};

} // namespace keyward::cli
