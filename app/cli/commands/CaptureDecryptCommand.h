#pragma once

// keywardctl capture decrypt FILE --user NAME --password-stdin --out OUT.pcapng:
// decrypts the MPPE traffic of a user's sessions in a capture here (no server),
// with the user's password read from stdin for this run only, and writes the IP
// packets as pcapng. A wrong password is reported as such (exit status 4).

#include "cli/Command.h"

namespace keyward::cli {

class CaptureDecryptCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("capture"), QStringLiteral("decrypt")};
    }
    QString arguments() const override
    {
        return QStringLiteral("FILE --user NAME --password-stdin --out OUT.pcapng");
    }
    QString summary() const override
    {
        return QStringLiteral("decrypt a user's captured MPPE sessions with their password;\n"
                              "the IP packets go to a pcapng file");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
    bool offline() const override { return true; }
    Result<CommandOutput> runOffline(const CommandRequest &request, const CommandInput &input,
                                     bool json) const override;
};

} // namespace keyward::cli
