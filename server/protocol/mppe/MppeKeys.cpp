#include "mppe/MppeKeys.h"

#include <algorithm>
#include <openssl/crypto.h>

namespace keyward::protocol::mppe {

namespace {

// GetAsymmetricStartKey for both directions of a role, 16 octets each.
MppeMasterKeys directionKeys(const crypto::CryptoLibrary &library, const MppeMasterKey &master,
                             MppeRole role)
{
    const bool isServer = role == MppeRole::Server;
    MppeMasterKeys out;
    for (bool isSend : {true, false}) {
        Bytes key = MppeKeyDerivation::asymmetricStartKey(library, master, out.send.size(), isSend,
                                                          isServer);
        std::copy_n(key.begin(), out.send.size(), (isSend ? out.send : out.receive).begin());
        OPENSSL_cleanse(key.data(), key.size());
    }
    return out;
}

void wipe(MppeMasterKeys &keys)
{
    OPENSSL_cleanse(keys.send.data(), keys.send.size());
    OPENSSL_cleanse(keys.receive.data(), keys.receive.size());
}

} // namespace

MppeKeys::MppeKeys(const crypto::CryptoLibrary &library, ByteView passwordHashHash,
                   ByteView ntResponse, MppeRole role, MppeStrength strength)
    : m_masterKey(MppeKeyDerivation::masterKey(library, passwordHashHash, ntResponse)),
      m_role(role), m_strength(strength)
{
    MppeMasterKeys full = directionKeys(library, m_masterKey, role);
    m_send = startKey(full.send, strength);
    m_receive = startKey(full.receive, strength);
    wipe(full);
}

MppeMasterKeys MppeKeys::masterKeys(const crypto::CryptoLibrary &library, ByteView passwordHashHash,
                                    ByteView ntResponse, MppeRole role)
{
    MppeMasterKey master = MppeKeyDerivation::masterKey(library, passwordHashHash, ntResponse);
    MppeMasterKeys out = directionKeys(library, master, role);
    OPENSSL_cleanse(master.data(), master.size());
    return out;
}

Bytes MppeKeys::startKey(ByteView masterDirectionKey, MppeStrength strength)
{
    const std::size_t len =
        std::min(MppeKeyDerivation::keyLength(strength), masterDirectionKey.size());
    return Bytes(masterDirectionKey.begin(),
                 masterDirectionKey.begin() + static_cast<std::ptrdiff_t>(len));
}

} // namespace keyward::protocol::mppe
