#include "cli/commands/WindowInventoryCommand.h"

#include "api/AdminMethod.h"
#include "api/WindowInventoryMessages.h"
#include "cli/TextTable.h"
#include "cli/commands/WindowWeakUses.h"

namespace keyward::cli {

Result<CommandRequest> WindowInventoryCommand::parse(const QStringList &args,
                                                     const CommandInput &) const
{
    if (auto counted = count(args, 0, 0); !counted)
        return counted.error();
    return CommandRequest{api::Method::WindowInventory, {}};
}

Result<CommandOutput> WindowInventoryCommand::present(const QJsonObject &result) const
{
    auto inv = api::WindowInventory::fromJson(result);
    if (!inv)
        return inv.error();
    const QString none = QStringLiteral("none");
    QString text = QStringLiteral("server version    %1\n"
                                  "MPPE allowed      %2\n"
                                  "authentication    %3\n"
                                  "session limit     %4 hours, idle %5 minutes\n"
                                  "password max age  %6 days\n")
                       .arg(inv->serverVersion, inv->mppeStrengths.join(QStringLiteral(", ")),
                            inv->authMethods.join(QStringLiteral(", ")))
                       .arg(inv->maxSessionHours)
                       .arg(inv->idleTimeoutMinutes)
                       .arg(inv->passwordMaxAgeDays);
    text += QStringLiteral("weak settings     %1\n")
                .arg(inv->weaknesses.isEmpty() ? none : inv->weaknesses.join(QStringLiteral("; ")));
    const api::AccountCounts &a = inv->accounts;
    text += QStringLiteral("\naccounts: %1 (active %2, disabled %3, revoked %4, locked %5; "
                           "must change %6, expired %7)\n")
                .arg(a.total)
                .arg(a.active)
                .arg(a.disabled)
                .arg(a.revoked)
                .arg(a.locked)
                .arg(a.mustChange)
                .arg(a.expired);
    TextTable ages({QStringLiteral("passwordAge"), QStringLiteral("accounts")});
    for (const api::AgeBucket &b : std::as_const(inv->credentialAge))
        ages.add({b.label, TextTable::number(b.count)});
    text += ages.text();
    text += QStringLiteral("\nclients on live sessions:\n");
    if (inv->clients.isEmpty()) {
        text += QStringLiteral("none\n");
    } else {
        TextTable clients({QStringLiteral("client"), QStringLiteral("version"),
                           QStringLiteral("legacy"), QStringLiteral("sessions"),
                           QStringLiteral("users")});
        for (const api::InventoryClient &c : std::as_const(inv->clients))
            clients.add({c.name, c.version, TextTable::yesNo(c.legacy),
                         TextTable::number(c.sessions), c.users.join(QLatin1Char(','))});
        text += clients.text();
    }
    text += QStringLiteral("\nstill using weak settings:\n") + WindowWeakUses::text(inv->weak);
    return CommandOutput{text};
}

} // namespace keyward::cli
