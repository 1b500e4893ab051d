#include "cli/commands/StatusCommand.h"

#include "api/AdminMethod.h"
#include "api/StatusMessages.h"

namespace keyward::cli {

Result<CommandRequest> StatusCommand::parse(const QStringList &args, const CommandInput &) const
{
    if (auto counted = count(args, 0, 0); !counted)
        return counted.error();
    return CommandRequest{api::Method::Status, {}};
}

Result<CommandOutput> StatusCommand::present(const QJsonObject &result) const
{
    auto status = api::StatusResult::fromJson(result);
    if (!status)
        return status.error();
    QString text = QStringLiteral("keywardd %1, %2 session(s), listening on %3\n")
                       .arg(status->version)
                       .arg(status->sessions)
                       .arg(status->listen);
    if (!status->adminListen.isEmpty())
        text += QStringLiteral("remote consoles on %1, certificate fingerprint %2\n")
                    .arg(status->adminListen, status->fingerprint);
    for (const QString &w : std::as_const(status->weaknesses))
        text += QStringLiteral("WEAK: ") + w + QLatin1Char('\n');
    return CommandOutput{text};
}

} // namespace keyward::cli
