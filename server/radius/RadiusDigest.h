#pragma once

// MD5 and HMAC-MD5 as RADIUS uses them (RFC 2865 authenticators, RFC 2548 key
// encryption, RFC 3579 Message-Authenticator), through OpenSSL 3's EVP interfaces.
// MD5 is in OpenSSL's default provider; a FIPS-only OpenSSL has none, and that
// is reported as an error, not a crash.

#include "common/Bytes.h"
#include "common/Result.h"
#include "radius/RadiusCodes.h"

#include <array>
#include <initializer_list>

namespace keyward::radius {

using Digest = std::array<std::uint8_t, 16>;

class RadiusDigest
{
public:
    // MD5 over the parts in order.
    [[nodiscard]] static Result<Digest> md5(std::initializer_list<protocol::ByteView> parts);
    [[nodiscard]] static Result<Digest> hmacMd5(protocol::ByteView key, protocol::ByteView data);
};

} // namespace keyward::radius
