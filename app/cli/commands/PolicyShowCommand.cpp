#include "cli/commands/PolicyShowCommand.h"

#include "api/AdminMethod.h"
#include "api/PolicyMessages.h"
#include "cli/commands/PolicyText.h"

namespace keyward::cli {

Result<CommandRequest> PolicyShowCommand::parse(const QStringList &args, const CommandInput &) const
{
    if (auto counted = count(args, 0, 0); !counted)
        return counted.error();
    return CommandRequest{api::Method::PolicyGet, {}};
}

Result<CommandOutput> PolicyShowCommand::present(const QJsonObject &result) const
{
    auto got = api::PolicyGetResult::fromJson(result);
    if (!got)
        return got.error();
    return CommandOutput{PolicyText::text(got->policy, got->weaknesses)};
}

} // namespace keyward::cli
