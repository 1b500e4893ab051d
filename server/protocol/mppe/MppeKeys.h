#pragma once

// The MPPE start keys of one MS-CHAPv2 session for one side (RFC 3079 §3.4):
// the server's send key is the client's receive key (Magic3) and the other way
// round (Magic2). Strength picks 8 or 16 octets; the salt for 40/56-bit keys is
// applied to session keys, not to start keys.

#include "common/Bytes.h"
#include "mppe/MppeKeyDerivation.h"
#include "mppe/MppeParameters.h"

#include <cstdint>

namespace keyward::protocol::crypto {
class CryptoLibrary;
}

namespace keyward::protocol::mppe {

enum class MppeRole : std::uint8_t
{
    Server,
    Client
};

class MppeKeys
{
public:
    // passwordHashHash: MD4(NT hash) (16 octets); ntResponse: the peer's 24 octets.
    MppeKeys(const crypto::CryptoLibrary &library, ByteView passwordHashHash, ByteView ntResponse,
             MppeRole role, MppeStrength strength);

    const MppeMasterKey &masterKey() const { return m_masterKey; }
    const Bytes &sendStartKey() const { return m_send; }
    const Bytes &receiveStartKey() const { return m_receive; }
    MppeRole role() const { return m_role; }
    MppeStrength strength() const { return m_strength; }

private:
    MppeMasterKey m_masterKey{};
    Bytes m_send;
    Bytes m_receive;
    MppeRole m_role;
    MppeStrength m_strength;
};

} // namespace keyward::protocol::mppe
