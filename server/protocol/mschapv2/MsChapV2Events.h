#pragma once

// Events the MS-CHAPv2 machines queue for their caller. None carries a password;
// the NT-Response and PasswordHashHash are the RFC 3079 MPPE master-key inputs and
// must stay inside the server process (never logged, never sent over IPC).

#include "mschapv2/MsChapV2Crypto.h"

#include <cstdint>
#include <string>
#include <variant>

namespace keyward::protocol::mschapv2 {

struct MsChapV2Authenticated
{
    std::string user; // the full name as sent (DOMAIN\user kept)
    NtResponse ntResponse{};
    NtHash passwordHashHash{};
};

struct MsChapV2Failed
{
    std::string user;
    std::uint32_t code = 0; // RFC 2759 E= value (691, 646..649, 709) or 0 for timeouts
    std::string reason;     // for logs; never contains secrets
    bool final = false;     // true when the machine has given up (no retry left)
};

struct MsChapV2PasswordChanged
{
    std::string user;
    NtHash newNtHash{};
};

using MsChapV2AuthenticatorEvent =
    std::variant<MsChapV2Authenticated, MsChapV2Failed, MsChapV2PasswordChanged>;

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
