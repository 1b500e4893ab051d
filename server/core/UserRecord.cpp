#include "core/UserRecord.h"

namespace keyward::core {

QString toString(AccountState state)
{
    switch (state) {
    case AccountState::Active:
        return QStringLiteral("active");
    case AccountState::Disabled:
        return QStringLiteral("disabled");
    case AccountState::Revoked:
        return QStringLiteral("revoked");
    }
    return QStringLiteral("active");
}

bool accountStateFromString(const QString &text, AccountState *state)
{
    for (AccountState s : {AccountState::Active, AccountState::Disabled, AccountState::Revoked}) {
        if (text == toString(s)) {
            *state = s;
            return true;
        }
    }
    return false;
}

} // namespace keyward::core
