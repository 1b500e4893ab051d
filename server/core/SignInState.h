#pragma once

// What a sign-in finds an account to be, once its password has been proved. The
// sign-in backend turns it into the protocol's answer (MS-CHAPv2 E= codes).

namespace keyward::core {

enum class SignInState
{
    Allowed,
    Disabled,           // disabled or revoked by an admin
    Locked,             // too many failed sign-ins; locked until the lockout ends
    MustChangePassword, // expired, or an admin asked for a change at the next sign-in
};

} // namespace keyward::core
