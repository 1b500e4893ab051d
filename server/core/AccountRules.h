#pragma once

// The rules about accounts that several parts of keywardd apply, each written once:
// when a password expires, what state a sign-in finds an account in, whether a new
// password is acceptable (complexity and reuse), and how a one-time password is made.

#include "common/Result.h"
#include "core/Policy.h"
#include "core/SignInState.h"
#include "core/UserRecord.h"

#include <QString>

namespace keyward::protocol::crypto {
class CryptoLibrary;
}

namespace keyward::core {

class CredentialStore;

class AccountRules
{
public:
    explicit AccountRules(const Policy &policy) : m_policy(policy) {}

    // When the user's password expires under the policy's maximum age (Unix seconds).
    qint64 passwordExpiresAt(const UserRecord &user) const;
    bool passwordExpired(const UserRecord &user, qint64 now) const;
    // Whole days until expiry; negative once expired.
    int daysLeft(const UserRecord &user, qint64 now) const;

    // The state a sign-in with the right password finds: disabled before locked
    // before a required change.
    SignInState signInState(const UserRecord &user, qint64 now) const;
    // What an admin sees: "damaged" when the stored credential does not open,
    // "locked" while a lockout lasts, else the stored state.
    QString displayState(const UserRecord &user, qint64 now) const;

    // Length and complexity; the error says what is wrong in the user's words.
    Status checkNewPassword(const QString &password) const;
    // Not among the user's last passwords (the policy's history depth).
    Status checkNotReused(const CredentialStore &store, const QString &name,
                          const NtHash &candidate) const;

    // 18 characters from an alphabet without look-alikes, with every character
    // class: passes any policy within its bounds.
    static Result<QString> generatePassword();
    // The NT hash (MD4 of the UTF-16LE password) that the store keeps, sealed.
    static Result<NtHash> hashPassword(const protocol::crypto::CryptoLibrary &crypto,
                                       const QString &password);

private:
    const Policy &m_policy;
};

} // namespace keyward::core
