#include "cli/commands/OneTimePasswords.h"

#include "cli/TextTable.h"

namespace keyward::cli {

QString OneTimePasswords::text(const QList<api::OneTimePassword> &passwords)
{
    TextTable table({QStringLiteral("name"), QStringLiteral("password")});
    for (const api::OneTimePassword &p : passwords)
        table.add({p.name, p.password});
    return QStringLiteral("%1 user(s); one-time passwords (shown once, must be changed at the "
                          "first login):\n")
               .arg(passwords.size()) +
           table.text();
}

} // namespace keyward::cli
