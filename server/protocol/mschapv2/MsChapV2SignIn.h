#pragma once

// The seam between the MS-CHAPv2 authenticator and whoever judges a sign-in (the
// local credential store, a RADIUS server): what the authenticator asks, and the
// verdict it waits for. The authenticator never sees an NT hash; a verifier that
// knows one uses MsChapV2Verifier to answer, a RADIUS server answers with the
// MS-CHAP2-Success text and the MS-MPPE keys (RFC 2548).
//
// Checks and verdicts carry key material (NT-Response, MPPE keys): they stay inside
// the server process, never in a log line or an IPC event.

#include "mschapv2/MsChapV2Crypto.h"

#include <array>
#include <cstdint>
#include <string>
#include <variant>

namespace keyward::protocol::mschapv2 {

// What a verifier needs to judge a Response.
struct MsChapV2ResponseCheck
{
    std::string user;                   // full name as sent (DOMAIN\user or user@realm kept)
    Challenge authenticatorChallenge{}; // the challenge this Response answers
    Challenge peerChallenge{};
    NtResponse ntResponse{};
};

// A Change-Password packet (code 7) after E=648, with the challenge sent in that
// Failure.
struct MsChapV2PasswordChangeCheck
{
    std::string user;
    Challenge authenticatorChallenge{};
    Challenge peerChallenge{};
    NtResponse ntResponse{};       // computed with the new password
    PwBlock encryptedPassword{};   // 516 octets, RC4 under the old NT hash
    EncryptedHash encryptedHash{}; // the old hash encrypted with the new one
};

using MsChapV2Check = std::variant<MsChapV2ResponseCheck, MsChapV2PasswordChangeCheck>;

// MPPE keys as RFC 2548 carries them, from the authenticator's (server's) side:
// send = server->client (MS-MPPE-Send-Key), receive = client->server
// (MS-MPPE-Recv-Key). 16 octets each; 40- and 56-bit sessions use the first 8.
struct MsChapV2MppeKeys
{
    std::array<std::uint8_t, 16> send{};
    std::array<std::uint8_t, 16> receive{};
};

struct MsChapV2Accepted
{
    std::string authenticatorResponse; // "S=" + 40 upper-case hex digits (RFC 2759 §8.7)
    MsChapV2MppeKeys keys;
    std::string message; // M= text; empty gives the authenticator's default
};

struct MsChapV2Refused
{
    // E= value: 691 wrong password or unknown user, 646, 647, 649, 709, and 648 =
    // expired, change allowed (a Change-Password packet follows).
    std::uint32_t code = 691;
    std::string reason;      // for the server's log, never a secret
    std::string userMessage; // M= text; empty gives a default for the code
};

using MsChapV2Verdict = std::variant<MsChapV2Accepted, MsChapV2Refused>;

} // namespace keyward::protocol::mschapv2
