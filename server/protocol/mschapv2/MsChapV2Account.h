#pragma once

// What the authenticator learns about a user from the credential store: the
// account state and the stored NT hash. The plaintext password is never needed.

#include "mschapv2/MsChapV2Crypto.h"

#include <cstdint>

namespace keyward::protocol::mschapv2 {

enum class MsChapV2AccountState : std::uint8_t
{
    Ok,
    UnknownUser,          // answered like a wrong password (E=691), no enumeration
    Disabled,             // E=647
    NoDialinPermission,   // locked out / no dial-in: E=649
    PasswordExpired,      // expired or must change at next logon: E=648, Change-Password
    RestrictedLogonHours, // E=646
};

struct MsChapV2Account
{
    MsChapV2AccountState state = MsChapV2AccountState::UnknownUser;
    NtHash ntHash{}; // meaningful unless state is UnknownUser
};

} // namespace keyward::protocol::mschapv2
