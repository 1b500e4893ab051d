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
    // The sealed NT hash did not open (a damaged row, or one sealed under another
    // key): ntHash is all zeros and no sign-in can succeed until a new password is set.
    bool credentialDamaged = false;

    bool isLocked(qint64 now) const { return lockedUntil > now; }

    UserRecord() = default;
    UserRecord(const UserRecord &) = default;
    UserRecord(UserRecord &&) = default;
    UserRecord &operator=(const UserRecord &) = default;
    UserRecord &operator=(UserRecord &&) = default;
    // The decrypted credential does not outlive the record.
    ~UserRecord() { wipe(ntHash.data(), ntHash.size()); }

private:
    static void wipe(std::uint8_t *p, std::size_t n)
    {
        volatile std::uint8_t *v = p;
        for (std::size_t i = 0; i < n; ++i)
            v[i] = 0;
    }
};

} // namespace keyward::core
