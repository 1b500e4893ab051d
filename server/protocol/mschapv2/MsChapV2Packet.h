#pragma once

// The CHAP packets MS-CHAPv2 uses (RFC 1994 header, RFC 2759 bodies), as values.
// The codec is MsChapV2Codec; the machines are MsChapV2Authenticator and
// MsChapV2Peer. A CHAP packet here starts at the Code octet (the PPP protocol
// field 0xC223 is the caller's business).

#include "mschapv2/MsChapV2Crypto.h"

#include <cstdint>
#include <string>
#include <variant>

namespace keyward::protocol::mschapv2 {

enum class ChapCode : std::uint8_t
{
    CodeChallenge = 1,
    CodeResponse = 2,
    CodeSuccess = 3,
    CodeFailure = 4,
    CodeChangePassword = 7, // MS-CHAPv2 Change-Password (RFC 2759 §7)
};

struct ChapChallengePacket
{
    std::uint8_t identifier = 0;
    Challenge challenge{};
    std::string name; // the authenticator's name (opaque octets)
    bool operator==(const ChapChallengePacket &) const = default;
};

struct ChapResponsePacket
{
    std::uint8_t identifier = 0;
    Challenge peerChallenge{};
    NtResponse ntResponse{};
    std::uint8_t flags = 0; // RFC 2759: must be zero
    std::string name;       // user name as sent, possibly DOMAIN\user
    bool operator==(const ChapResponsePacket &) const = default;
};

struct ChapSuccessPacket
{
    std::uint8_t identifier = 0;
    std::string message; // "S=<40 hex> M=<text>"
    bool operator==(const ChapSuccessPacket &) const = default;
};

struct ChapFailurePacket
{
    std::uint8_t identifier = 0;
    std::string message; // "E=... R=... C=... V=... M=..."
    bool operator==(const ChapFailurePacket &) const = default;
};

struct ChapChangePasswordPacket
{
    std::uint8_t identifier = 0;
    PwBlock encryptedPassword{};
    EncryptedHash encryptedHash{};
    Challenge peerChallenge{};
    NtResponse ntResponse{};
    std::uint16_t flags = 0;
    bool operator==(const ChapChangePasswordPacket &) const = default;
};

using ChapPacket = std::variant<ChapChallengePacket, ChapResponsePacket, ChapSuccessPacket,
                                ChapFailurePacket, ChapChangePasswordPacket>;

} // namespace keyward::protocol::mschapv2
