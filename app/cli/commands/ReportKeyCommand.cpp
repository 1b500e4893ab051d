#include "cli/commands/ReportKeyCommand.h"

#include "api/AdminMethod.h"
#include "api/ReportMessages.h"

namespace keyward::cli {

Result<CommandRequest> ReportKeyCommand::parse(const QStringList &args, const CommandInput &) const
{
    if (auto counted = count(args, 0, 0); !counted)
        return counted.error();
    return CommandRequest{api::Method::ReportKey, {}};
}

Result<CommandOutput> ReportKeyCommand::present(const QJsonObject &result) const
{
    auto k = api::ReportKeyInfo::fromJson(result);
    if (!k)
        return k.error();
    // The PEM alone on stdout, so `keywardctl report key > report-key.pem` keeps it.
    return CommandOutput{k->publicKeyPem};
}

} // namespace keyward::cli
