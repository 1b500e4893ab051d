#include "cli/commands/CaptureDeleteCommand.h"

#include "api/AdminMethod.h"
#include "api/CaptureMessages.h"

namespace keyward::cli {

Result<CommandRequest> CaptureDeleteCommand::parse(const QStringList &args,
                                                   const CommandInput &) const
{
    if (auto counted = count(args, 1, 1); !counted)
        return counted.error();
    auto id = number(args[0], QStringLiteral("ID"), 1);
    if (!id)
        return id.error();
    return CommandRequest{api::Method::CaptureDelete, api::CaptureRef{*id}.toJson()};
}

Result<CommandOutput> CaptureDeleteCommand::present(const QJsonObject &result) const
{
    auto ref = api::CaptureRef::fromJson(result);
    if (!ref)
        return ref.error();
    return CommandOutput{QStringLiteral("capture %1 deleted\n").arg(ref->id)};
}

} // namespace keyward::cli
