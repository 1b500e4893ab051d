#include "cli/commands/AuditVerifyCommand.h"

#include "api/AdminMethod.h"
#include "api/AuditMessages.h"

namespace keyward::cli {

Result<CommandRequest> AuditVerifyCommand::parse(const QStringList &args,
                                                 const CommandInput &) const
{
    if (auto counted = count(args, 0, 0); !counted)
        return counted.error();
    return CommandRequest{api::Method::AuditVerify, {}};
}

Result<CommandOutput> AuditVerifyCommand::present(const QJsonObject &result) const
{
    auto verified = api::AuditVerifyResult::fromJson(result);
    if (!verified)
        return verified.error();
    if (verified->intact)
        return CommandOutput{QStringLiteral("audit chain intact: %1 entries verified\n")
                                 .arg(static_cast<int>(verified->checked))};
    // A broken chain is a failure for scripts too.
    return CommandOutput{QStringLiteral("AUDIT CHAIN BROKEN: %1\n").arg(verified->problem), Failed};
}

} // namespace keyward::cli
