#pragma once

// What a sign-in backend that holds NT hashes (the local credential store) knows
// about a user: the account state and the stored NT hash. With MsChapV2Verifier it
// turns them into a verdict; the plaintext password is never needed.

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
