#pragma once

// One user of the credential store as the daemon sees it. The NT hash is only
// held decrypted in memory while a login needs it.

#include <QString>
#include <array>
#include <cstdint>

namespace keyward::core {

using NtHash = std::array<std::uint8_t, 16>;

enum class AccountState
{
    Active,
    Disabled,
    Revoked
};

QString toString(AccountState state);
bool accountStateFromString(const QString &text, AccountState *state);

struct UserRecord
{
    qint64 id = 0;
    QString name;
    NtHash ntHash{};
    AccountState state = AccountState::Active;
    bool mustChangePassword = false;
    qint64 passwordChangedAt = 0; // Unix seconds
    int failedLogins = 0;
    qint64 lockedUntil = 0; // Unix seconds; 0 = not locked
    qint64 lastLoginAt = 0;
    QString lastLoginAddress;
    qint64 createdAt = 0;

    bool isLocked(qint64 now) const { return lockedUntil > now; }
};

} // namespace keyward::core
