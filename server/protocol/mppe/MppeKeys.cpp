#include "mppe/MppeKeys.h"

namespace keyward::protocol::mppe {

MppeKeys::MppeKeys(const crypto::CryptoLibrary &library, ByteView passwordHashHash,
                   ByteView ntResponse, MppeRole role, MppeStrength strength)
    : m_masterKey(MppeKeyDerivation::masterKey(library, passwordHashHash, ntResponse)),
      m_role(role), m_strength(strength)
{
    const bool isServer = role == MppeRole::Server;
    const std::size_t len = MppeKeyDerivation::keyLength(strength);
    m_send = MppeKeyDerivation::asymmetricStartKey(library, m_masterKey, len, true, isServer);
    m_receive = MppeKeyDerivation::asymmetricStartKey(library, m_masterKey, len, false, isServer);
}

} // namespace keyward::protocol::mppe
