#include "cli/commands/WindowTemporaryCommand.h"

#include "api/AdminMethod.h"
#include "api/IsoTime.h"
#include "api/WindowStepMessages.h"
#include "cli/TextTable.h"

namespace keyward::cli {

Result<CommandRequest> WindowTemporaryCommand::parse(const QStringList &args,
                                                     const CommandInput &) const
{
    if (auto counted = count(args, 0, 0); !counted)
        return counted.error();
    return CommandRequest{api::Method::WindowTemporary, {}};
}

Result<CommandOutput> WindowTemporaryCommand::present(const QJsonObject &result) const
{
    auto list = api::TemporaryCredentialList::fromJson(result);
    if (!list)
        return list.error();
    TextTable table({QStringLiteral("name"), QStringLiteral("issued"), QStringLiteral("expires"),
                     QStringLiteral("issuedBy")});
    for (const api::TemporaryCredential &c : std::as_const(list->credentials))
        table.add({c.name, api::IsoTime::seconds(c.issuedAt), api::IsoTime::seconds(c.expiresAt),
                   c.issuedBy});
    return CommandOutput{table.text()};
}

} // namespace keyward::cli
