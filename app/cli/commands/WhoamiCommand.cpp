#include "cli/commands/WhoamiCommand.h"

#include "api/AdminMethod.h"

#include <QJsonArray>

namespace keyward::cli {

Result<CommandRequest> WhoamiCommand::parse(const QStringList &args, const CommandInput &) const
{
    if (auto counted = count(args, 0, 0); !counted)
        return counted.error();
    return CommandRequest{api::Method::Hello, {}};
}

Result<CommandOutput> WhoamiCommand::present(const QJsonObject &result) const
{
    const QString identity = result.value(QLatin1String("identity")).toString();
    const QString role = result.value(QLatin1String("role")).toString();
    if (identity.isEmpty())
        return fail(ErrorKind::Invalid, "the handshake's answer is missing 'identity'");
    QString text = QStringLiteral("%1, role %2\n")
                       .arg(identity, role.isEmpty() ? QStringLiteral("not told (an older "
                                                                      "keywardd: all methods)")
                                                     : role);
    return CommandOutput{text};
}

} // namespace keyward::cli
