#pragma once

// RFC 3079 §3 key derivation for MPPE from MS-CHAPv2, and the RFC 3078 §7.3 key
// change. Pure functions over the CryptoLibrary; MppeKeys and MppeKeySchedule
// build on them.
//
// Keys: 40- and 56-bit sessions use 8-octet keys whose first three (40-bit: d1 26
// 9e) or first one (56-bit: d1) octets are overwritten by the salt; 128-bit uses
// 16 octets.

#include "common/Bytes.h"
#include "mppe/MppeParameters.h"

#include <array>
#include <cstdint>

namespace keyward::protocol::crypto {
class CryptoLibrary;
}

namespace keyward::protocol::mppe {

using MppeMasterKey = std::array<std::uint8_t, 16>;

class MppeKeyDerivation
{
public:
    static constexpr std::size_t keyLength(MppeStrength s)
    {
        return s == MppeStrength::Bits128 ? 16 : 8;
    }

    // §3.4 GetMasterKey: SHA1(PasswordHashHash | NT-Response | Magic1)[0..16).
    static MppeMasterKey masterKey(const crypto::CryptoLibrary &library, ByteView passwordHashHash,
                                   ByteView ntResponse);
    // §3.4 GetAsymmetricStartKey. Magic3 when (isSend == isServer), else Magic2.
    static Bytes asymmetricStartKey(const crypto::CryptoLibrary &library,
                                    const MppeMasterKey &masterKey, std::size_t keyLength,
                                    bool isSend, bool isServer);
    // RFC 3079 §3.3 / RFC 3078 §7.3 GetNewKeyFromSHA: SHA1(start | pad1 | session |
    // pad2) truncated to the start key's length.
    static Bytes newKeyFromSha(const crypto::CryptoLibrary &library, ByteView startKey,
                               ByteView sessionKey);
    // Applies the 40-bit (d1 26 9e) or 56-bit (d1) salt in place; 128-bit unchanged.
    static void reduce(std::span<std::uint8_t> key, MppeStrength strength);
    // The first session key: GetNewKeyFromSHA(start, start), reduced (no RC4 step).
    static Bytes initialSessionKey(const crypto::CryptoLibrary &library, ByteView startKey,
                                   MppeStrength strength);
    // One key change: interim = GetNewKeyFromSHA(start, session);
    // session = RC4(interim, interim); reduced.
    static Bytes changeKey(const crypto::CryptoLibrary &library, ByteView startKey,
                           ByteView sessionKey, MppeStrength strength);
};

} // namespace keyward::protocol::mppe
