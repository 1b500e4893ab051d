#include "cli/commands/PolicySetCommand.h"

#include "api/AdminMethod.h"
#include "api/PolicyMessages.h"
#include "cli/commands/PolicyText.h"

namespace keyward::cli {

Result<CommandRequest> PolicySetCommand::parse(const QStringList &args, const CommandInput &) const
{
    if (auto counted = count(args, 2, 2); !counted)
        return counted.error();
    // keywardd checks the key and the value's range and names what is wrong; here only
    // the JSON type is chosen.
    const QString &value = args[1];
    QJsonValue v;
    if (value == QLatin1String("true") || value == QLatin1String("false")) {
        v = value == QLatin1String("true");
    } else {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok)
            return usage(
                QStringLiteral("policy value '%1' is not a number, true or false").arg(value));
        v = number;
    }
    return CommandRequest{api::Method::PolicySet,
                          api::PolicySetParams{QJsonObject{{args[0], v}}}.toJson()};
}

Result<CommandOutput> PolicySetCommand::present(const QJsonObject &result) const
{
    auto set = api::PolicySetResult::fromJson(result);
    if (!set)
        return set.error();
    return CommandOutput{PolicyText::text(set->policy, set->weaknesses)};
}

} // namespace keyward::cli
