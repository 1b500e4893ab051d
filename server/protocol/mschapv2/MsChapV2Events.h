#pragma once

// Events the MS-CHAPv2 machines queue for their caller. None carries a password;
// the checks, the MPPE keys and the peer's NT-Response and PasswordHashHash (the
// RFC 3079 MPPE master-key inputs) must stay inside the process (never logged,
// never sent over IPC).

#include "mschapv2/MsChapV2Crypto.h"
#include "mschapv2/MsChapV2SignIn.h"

#include <cstdint>
#include <string>
#include <variant>

namespace keyward::protocol::mschapv2 {

// A Response or Change-Password packet to judge: hand it to the sign-in backend
// and give its verdict to MsChapV2Authenticator::onVerdict().
struct MsChapV2CheckRequested
{
    MsChapV2Check check;
};

struct MsChapV2Authenticated
{
    std::string user;      // the full name as sent (DOMAIN\user kept)
    MsChapV2MppeKeys keys; // from the verdict: the server side's MPPE master keys
};

struct MsChapV2Failed
{
    std::string user;
    std::uint32_t code = 0; // RFC 2759 E= value (691, 646..649, 709) or 0 for timeouts
    std::string reason;     // for logs; never contains secrets
    bool final = false;     // true when the machine has given up (no retry left)
};

using MsChapV2AuthenticatorEvent =
    std::variant<MsChapV2CheckRequested, MsChapV2Authenticated, MsChapV2Failed>;

// Peer side.
struct MsChapV2PeerAuthenticated
{
    NtResponse ntResponse{};
    NtHash passwordHashHash{};
    std::string message; // M= text from the Success packet
    bool passwordChanged = false;
};

struct MsChapV2PeerFailed
{
    std::uint32_t code = 0; // E= from the Failure, 0 for local failures
    std::string reason;     // includes the M= text or the local cause
};

using MsChapV2PeerEvent = std::variant<MsChapV2PeerAuthenticated, MsChapV2PeerFailed>;

} // namespace keyward::protocol::mschapv2
