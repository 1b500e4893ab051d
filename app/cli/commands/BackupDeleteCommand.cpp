#include "cli/commands/BackupDeleteCommand.h"

#include "api/AdminMethod.h"
#include "api/BackupMessages.h"

namespace keyward::cli {

Result<CommandRequest> BackupDeleteCommand::parse(const QStringList &args,
                                                  const CommandInput &) const
{
    if (auto counted = count(args, 1, 1); !counted)
        return counted.error();
    return CommandRequest{api::Method::BackupDelete, api::FileRef{args.first()}.toJson()};
}

Result<CommandOutput> BackupDeleteCommand::present(const QJsonObject &result) const
{
    auto ref = api::FileRef::fromJson(result);
    if (!ref)
        return ref.error();
    return CommandOutput{QStringLiteral("deleted backup %1\n").arg(ref->id)};
}

} // namespace keyward::cli
