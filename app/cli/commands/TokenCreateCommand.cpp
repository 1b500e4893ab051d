#include "cli/commands/TokenCreateCommand.h"

#include "api/AdminMethod.h"
#include "api/TokenMessages.h"

namespace keyward::cli {

Result<CommandRequest> TokenCreateCommand::parse(const QStringList &args,
                                                 const CommandInput &) const
{
    if (auto counted = count(args, 1, 1); !counted)
        return counted.error();
    return CommandRequest{api::Method::TokenCreate, api::TokenRef{args[0]}.toJson()};
}

Result<CommandOutput> TokenCreateCommand::present(const QJsonObject &result) const
{
    auto created = api::TokenCreateResult::fromJson(result);
    if (!created)
        return created.error();
    QString text = QStringLiteral("token %1 (shown once; keep it in the console's keychain):\n%2\n")
                       .arg(created->name, created->token);
    if (!created->fingerprint.isEmpty())
        text += QStringLiteral("server certificate fingerprint to pin:\n%1\n")
                    .arg(created->fingerprint);
    return CommandOutput{text};
}

} // namespace keyward::cli
