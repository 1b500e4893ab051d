#pragma once

// The accounts of the protocol tests' sign-in backend: a state and an NT hash per
// user, turned into a verdict with MsChapV2Verifier as a backend that holds NT hashes
// would. keywardd's own backend (server/signin/LocalSignIn) reads the credential
// store and core::AccountRules instead.

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
