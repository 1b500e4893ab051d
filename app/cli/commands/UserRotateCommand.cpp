#include "cli/commands/UserRotateCommand.h"

#include "api/AdminMethod.h"
#include "api/IsoTime.h"
#include "api/UserMessages.h"
#include "cli/commands/OneTimePasswords.h"

namespace keyward::cli {

Result<CommandRequest> UserRotateCommand::parse(const QStringList &args, const CommandInput &) const
{
    api::UserRotateParams params;
    QStringList words = args;
    // Temporary credentials: --expires-in HOURS anywhere.
    if (const int at = words.indexOf(QStringLiteral("--expires-in")); at >= 0) {
        if (at + 1 >= words.size())
            return expects();
        auto hours = number(words[at + 1], QStringLiteral("HOURS"), 1);
        if (!hours)
            return hours.error();
        params.expiresInHours = *hours;
        words.remove(at, 2);
    }
    const QStringList &rest = words;
    if (rest.isEmpty())
        return expects();
    if (rest[0] == QLatin1String("--group")) {
        if (rest.size() != 2)
            return expects();
        params.group = rest[1];
    } else if (rest[0] == QLatin1String("--older-than")) {
        if (rest.size() != 2)
            return expects();
        auto days = number(rest[1], QStringLiteral("DAYS"), 1);
        if (!days)
            return days.error();
        params.olderThanDays = *days;
    } else {
        for (const QString &a : rest) {
            if (a.startsWith(QLatin1String("--")))
                return expects();
        }
        params.names = rest;
    }
    return CommandRequest{api::Method::UserRotate, params.toJson()};
}

Result<CommandOutput> UserRotateCommand::present(const QJsonObject &result) const
{
    auto rotated = api::UserRotateResult::fromJson(result);
    if (!rotated)
        return rotated.error();
    QString text = OneTimePasswords::text(rotated->users);
    if (rotated->expiresAt.isValid())
        text += QStringLiteral("unused by %1, these accounts are disabled\n")
                    .arg(api::IsoTime::seconds(rotated->expiresAt));
    return CommandOutput{text};
}

} // namespace keyward::cli
