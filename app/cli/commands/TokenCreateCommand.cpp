#include "cli/commands/TokenCreateCommand.h"

#include "api/AdminMethod.h"
#include "api/AdminRole.h"
#include "api/IsoTime.h"
#include "api/TokenMessages.h"

namespace keyward::cli {

Result<CommandRequest> TokenCreateCommand::parse(const QStringList &args,
                                                 const CommandInput &) const
{
    api::TokenCreateParams params;
    QStringList names;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--role") || a == QLatin1String("--expires") ||
            a == QLatin1String("--from")) {
            if (!hasValue)
                return usage(QStringLiteral("token create: %1 needs a value").arg(a));
            const QString value = args[++i];
            if (a == QLatin1String("--role")) {
                if (!api::roleFromName(value))
                    return usage(QStringLiteral("token create: --role must be one of %1, not '%2'")
                                     .arg(api::roleNames().join(QStringLiteral(", ")), value));
                params.role = value;
            } else if (a == QLatin1String("--expires")) {
                auto days = number(value, QStringLiteral("--expires (days)"), 1);
                if (!days)
                    return days.error();
                params.expiresInDays = *days;
            } else {
                params.sources = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
                if (params.sources.isEmpty())
                    return usage(QStringLiteral("token create: --from needs networks, "
                                                "e.g. 192.0.2.0/24,198.51.100.7"));
            }
        } else if (a.startsWith(QLatin1String("--"))) {
            return usage(QStringLiteral("token create: unknown option '%1'").arg(a));
        } else {
            names << a;
        }
    }
    if (names.size() != 1)
        return expects();
    params.name = names.first();
    return CommandRequest{api::Method::TokenCreate, params.toJson()};
}

Result<CommandOutput> TokenCreateCommand::present(const QJsonObject &result) const
{
    auto created = api::TokenCreateResult::fromJson(result);
    if (!created)
        return created.error();
    QString text = QStringLiteral("token %1 (shown once; keep it in the console's keychain):\n%2\n")
                       .arg(created->name, created->token);
    text += QStringLiteral("role %1, %2, %3\n")
                .arg(created->role,
                     created->expires.isValid()
                         ? QStringLiteral("expires %1").arg(api::IsoTime::seconds(created->expires))
                         : QStringLiteral("no expiry"),
                     created->sources.isEmpty()
                         ? QStringLiteral("from any address")
                         : QStringLiteral("from %1").arg(created->sources.join(QLatin1Char(','))));
    if (!created->fingerprint.isEmpty())
        text += QStringLiteral("server certificate fingerprint to pin:\n%1\n")
                    .arg(created->fingerprint);
    return CommandOutput{text};
}

} // namespace keyward::cli
