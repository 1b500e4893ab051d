#include "cli/commands/BackupRestoreCommand.h"

#include "api/AdminMethod.h"
#include "api/BackupMessages.h"

namespace keyward::cli {

Result<CommandRequest> BackupRestoreCommand::parse(const QStringList &args,
                                                   const CommandInput &input) const
{
    api::BackupRestoreParams params;
    bool fromStdin = false;
    QStringList ids;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--passphrase-stdin"))
            fromStdin = true;
        else if (a == QLatin1String("--reason") && i + 1 < args.size())
            params.reason = args[++i];
        else if (a == QLatin1String("--yes"))
            params.confirm = true;
        else if (a.startsWith(QLatin1String("--")))
            return usage(QStringLiteral("backup restore: unknown option '%1'").arg(a));
        else
            ids << a;
    }
    if (ids.size() != 1 || !fromStdin)
        return expects();
    if (!params.confirm)
        return usage(QStringLiteral(
            "backup restore replaces every user, password, API token, setting and the audit "
            "trail with the backup's and ends every session; add --yes to go ahead"));
    params.id = ids.first();
    params.passphrase = input.stdinText.section(QLatin1Char('\n'), 0, 0);
    if (params.passphrase.endsWith(QLatin1Char('\r')))
        params.passphrase.chop(1);
    if (params.passphrase.isEmpty())
        return usage(QStringLiteral("--passphrase-stdin: no passphrase on stdin"));
    return CommandRequest{api::Method::BackupRestore, params.toJson()};
}

Result<CommandOutput> BackupRestoreCommand::present(const QJsonObject &result) const
{
    auto r = api::BackupRestored::fromJson(result);
    if (!r)
        return r.error();
    return CommandOutput{QStringLiteral("restored backup %1: %2 users, %3 API tokens, %4 audit "
                                        "entries (the restore is the last); %5 session(s) ended\n")
                             .arg(r->id)
                             .arg(r->users)
                             .arg(r->tokens)
                             .arg(r->auditEntries)
                             .arg(r->sessionsEnded)};
}

} // namespace keyward::cli
