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
    if (verified->intact) {
        QString text = QStringLiteral("audit chain intact: %1 entries verified")
                           .arg(static_cast<int>(verified->checked));
        if (verified->keyedFrom > 0)
            text += QStringLiteral(", keyed from entry %1").arg(verified->keyedFrom);
        if (verified->anchorsChecked > 0)
            text += QStringLiteral(", %1 anchor(s) outside the database hold")
                        .arg(verified->anchorsChecked);
        return CommandOutput{text + QLatin1Char('\n')};
    }
    // A broken chain is a failure for scripts too.
    return CommandOutput{QStringLiteral("AUDIT CHAIN BROKEN: %1\n").arg(verified->problem), Failed};
}

} // namespace keyward::cli
