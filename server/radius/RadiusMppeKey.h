#pragma once

// MS-MPPE-Send-Key and MS-MPPE-Recv-Key (RFC 2548 §2.4.2, §2.4.3): a salt and the
// key, its length in front, padded to 16 octets and hidden by an MD5 stream over
// the shared secret, the Access-Request's authenticator and the salt.

#include "common/Result.h"
#include "radius/RadiusPacket.h"

namespace keyward::radius {

class RadiusMppeKey
{
public:
    // The key from an attribute's value (salt and string). The result is key
    // material: the caller wipes it.
    [[nodiscard]] static Result<protocol::Bytes> decrypt(protocol::ByteView value,
                                                         protocol::ByteView secret,
                                                         const Authenticator &requestAuthenticator);
    // The attribute's value for `key` (a server's side; tests). The salt's high bit is
    // set as the RFC requires.
    [[nodiscard]] static Result<protocol::Bytes> encrypt(protocol::ByteView key,
                                                         protocol::ByteView secret,
                                                         const Authenticator &requestAuthenticator,
                                                         std::uint16_t salt);
};

} // namespace keyward::radius
