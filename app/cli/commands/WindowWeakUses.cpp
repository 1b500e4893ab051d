#include "cli/commands/WindowWeakUses.h"

#include "api/IsoTime.h"
#include "cli/TextTable.h"

namespace keyward::cli {

QString WindowWeakUses::text(const QList<api::WeakUse> &uses)
{
    if (uses.isEmpty())
        return QStringLiteral("none\n");
    TextTable table({QStringLiteral("user"), QStringLiteral("session"), QStringLiteral("mppe"),
                     QStringLiteral("reason"), QStringLiteral("seen")});
    for (const api::WeakUse &w : uses)
        table.add({w.user, w.sessionId ? TextTable::number(w.sessionId) : QStringLiteral("-"),
                   w.mppe, w.reason,
                   w.seenAt.isValid() ? api::IsoTime::seconds(w.seenAt) : QString()});
    return table.text();
}

} // namespace keyward::cli
