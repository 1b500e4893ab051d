#pragma once

// The MPPE start keys of one MS-CHAPv2 session for one side (RFC 3079 §3.4):
// the server's send key is the client's receive key (Magic3) and the other way
// round (Magic2). Strength picks 8 or 16 octets; the salt for 40/56-bit keys is
// applied to session keys, not to start keys.
//
// RFC 3079 calls the 16-octet keys of one side MasterSendKey and MasterReceiveKey;
// RFC 2548 carries them in MS-MPPE-Send-Key and MS-MPPE-Recv-Key. A session of
// any strength starts from them: its start keys are their first 8 or 16 octets.

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

// MasterSendKey and MasterReceiveKey of one side, 16 octets each.
struct MppeMasterKeys
{
    MppeMasterKey send{};
    MppeMasterKey receive{};
};

class MppeKeys
{
public:
    // passwordHashHash: MD4(NT hash) (16 octets); ntResponse: the peer's 24 octets.
    MppeKeys(const crypto::CryptoLibrary &library, ByteView passwordHashHash, ByteView ntResponse,
             MppeRole role, MppeStrength strength);

    // RFC 3079 §3.4 with 16-octet keys: GetMasterKey, then GetAsymmetricStartKey for
    // each direction of the role.
    static MppeMasterKeys masterKeys(const crypto::CryptoLibrary &library,
                                     ByteView passwordHashHash, ByteView ntResponse, MppeRole role);
    // The start key of a strength from a 16-octet master send or receive key: its
    // first 8 (40/56-bit) or 16 (128-bit) octets.
    static Bytes startKey(ByteView masterDirectionKey, MppeStrength strength);

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
