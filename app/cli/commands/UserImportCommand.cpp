#include "cli/commands/UserImportCommand.h"

#include "api/AdminMethod.h"
#include "api/UserMessages.h"
#include "cli/commands/OneTimePasswords.h"

#include <QFile>

namespace keyward::cli {

Result<CommandRequest> UserImportCommand::parse(const QStringList &args, const CommandInput &) const
{
    if (auto counted = count(args, 1, 1); !counted)
        return counted.error();
    QFile file(args[0]);
    if (!file.open(QIODevice::ReadOnly))
        return usage(QStringLiteral("cannot read %1: %2").arg(args[0], file.errorString()));
    return CommandRequest{api::Method::UserImport,
                          api::UserImportParams{QString::fromUtf8(file.readAll())}.toJson()};
}

Result<CommandOutput> UserImportCommand::present(const QJsonObject &result) const
{
    auto imported = api::UserImportResult::fromJson(result);
    if (!imported)
        return imported.error();
    return CommandOutput{OneTimePasswords::text(imported->users)};
}

} // namespace keyward::cli
