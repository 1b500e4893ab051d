#include "cli/commands/WindowCleanupCommand.h"

#include "api/AdminMethod.h"
#include "api/WindowStepMessages.h"

namespace keyward::cli {

Result<CommandRequest> WindowCleanupCommand::parse(const QStringList &args,
                                                   const CommandInput &) const
{
    api::WindowCleanupParams params;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--expire-unused"))
            params.expireUnused = true;
        else if (args[i] == QLatin1String("--revoke") && i + 1 < args.size())
            params.revoke << args[++i];
        else
            return expects();
    }
    if (!params.expireUnused && params.revoke.isEmpty())
        return expects();
    return CommandRequest{api::Method::WindowCleanup, params.toJson()};
}

Result<CommandOutput> WindowCleanupCommand::present(const QJsonObject &result) const
{
    auto done = api::WindowCleanupResult::fromJson(result);
    if (!done)
        return done.error();
    auto names = [](const QStringList &list) {
        return list.isEmpty() ? QStringLiteral("none") : list.join(QStringLiteral(", "));
    };
    return CommandOutput{QStringLiteral("expired (disabled): %1\n"
                                        "revoked: %2\n"
                                        "used, no longer temporary: %3\n"
                                        "%4 session(s) ended\n")
                             .arg(names(done->expired), names(done->revoked), names(done->used))
                             .arg(done->sessionsEnded)};
}

} // namespace keyward::cli
