#include "mppe/MppeKeyDerivation.h"

#include "crypto/CryptoLibrary.h"
#include "crypto/Rc4.h"
#include "mppe/MppeMagic.h"

#include <algorithm>

namespace keyward::protocol::mppe {

MppeMasterKey MppeKeyDerivation::masterKey(const crypto::CryptoLibrary &library,
                                           ByteView passwordHashHash, ByteView ntResponse)
{
    auto digest = library.sha1({passwordHashHash, ntResponse, asBytes(MppeMagic::Magic1)});
    MppeMasterKey out{};
    std::copy_n(digest.begin(), out.size(), out.begin());
    return out;
}

Bytes MppeKeyDerivation::asymmetricStartKey(const crypto::CryptoLibrary &library,
                                            const MppeMasterKey &masterKey, std::size_t keyLength,
                                            bool isSend, bool isServer)
{
    std::string_view magic = (isSend == isServer) ? MppeMagic::Magic3 : MppeMagic::Magic2;
    auto digest =
        library.sha1({masterKey, MppeMagic::shsPad1(), asBytes(magic), MppeMagic::shsPad2()});
    keyLength = std::min<std::size_t>(keyLength, 16);
    return Bytes(digest.begin(), digest.begin() + static_cast<std::ptrdiff_t>(keyLength));
}

Bytes MppeKeyDerivation::newKeyFromSha(const crypto::CryptoLibrary &library, ByteView startKey,
                                       ByteView sessionKey)
{
    auto digest = library.sha1({startKey, MppeMagic::shsPad1(), sessionKey, MppeMagic::shsPad2()});
    std::size_t n = std::min<std::size_t>(startKey.size(), digest.size());
    return Bytes(digest.begin(), digest.begin() + static_cast<std::ptrdiff_t>(n));
}

void MppeKeyDerivation::reduce(std::span<std::uint8_t> key, MppeStrength strength)
{
    if (key.size() < 3)
        return;
    if (strength == MppeStrength::Bits40) {
        key[0] = 0xd1;
        key[1] = 0x26;
        key[2] = 0x9e;
    } else if (strength == MppeStrength::Bits56) {
        key[0] = 0xd1;
    }
}

Bytes MppeKeyDerivation::initialSessionKey(const crypto::CryptoLibrary &library, ByteView startKey,
                                           MppeStrength strength)
{
    Bytes key = newKeyFromSha(library, startKey, startKey);
    reduce(key, strength);
    return key;
}

Bytes MppeKeyDerivation::changeKey(const crypto::CryptoLibrary &library, ByteView startKey,
                                   ByteView sessionKey, MppeStrength strength)
{
    Bytes interim = newKeyFromSha(library, startKey, sessionKey);
    crypto::Rc4 rc4(library);
    rc4.setKey(interim);
    rc4.applyInPlace(interim);
    reduce(interim, strength);
    return interim;
}

} // namespace keyward::protocol::mppe
