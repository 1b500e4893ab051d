#include "cli/commands/UserAddCommand.h"

#include "api/AdminMethod.h"
#include "api/UserMessages.h"

namespace keyward::cli {

Result<CommandRequest> UserAddCommand::parse(const QStringList &args,
                                             const CommandInput &input) const
{
    api::UserAddParams params;
    bool fromStdin = false;
    QStringList names;
    for (const QString &a : args) {
        if (a == QLatin1String("--password-stdin"))
            fromStdin = true;
        else if (a == QLatin1String("--must-change"))
            params.mustChange = true;
        else if (a.startsWith(QLatin1String("--")))
            return usage(QStringLiteral("user add: unknown option '%1'").arg(a));
        else
            names << a;
    }
    if (names.size() != 1)
        return expects();
    params.name = names.first();
    if (fromStdin) {
        // The first line, so `echo PASSWORD |` works; never an argument, where `ps` shows it.
        QString password = input.stdinText.section(QLatin1Char('\n'), 0, 0);
        if (password.endsWith(QLatin1Char('\r')))
            password.chop(1);
        if (password.isEmpty())
            return usage(QStringLiteral("--password-stdin: no password on stdin"));
        params.password = password;
    }
    return CommandRequest{api::Method::UserAdd, params.toJson()};
}

Result<CommandOutput> UserAddCommand::present(const QJsonObject &result) const
{
    auto added = api::UserAddResult::fromJson(result);
    if (!added)
        return added.error();
    QString text =
        QStringLiteral("added %1%2\n")
            .arg(added->name, added->mustChange
                                  ? QStringLiteral(" (must change password at next login)")
                                  : QString());
    if (!added->password.isEmpty())
        text += QStringLiteral("temporary password (shown once): %1\n").arg(added->password);
    return CommandOutput{text};
}

} // namespace keyward::cli
