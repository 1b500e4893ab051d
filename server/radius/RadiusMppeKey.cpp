#include "radius/RadiusMppeKey.h"

#include "radius/RadiusDigest.h"

#include <openssl/crypto.h>

namespace keyward::radius {

using protocol::Bytes;
using protocol::ByteView;

namespace {

constexpr std::size_t Block = 16;

// XORs `data` in place with b(1) = MD5(S + R + A), b(i) = MD5(S + c(i-1)), where the
// c(i) are the encrypted blocks (the input when decrypting, the output when
// encrypting).
Status hide(Bytes &data, ByteView secret, const Authenticator &request, ByteView salt,
            bool decrypting)
{
    Bytes previous;
    for (std::size_t at = 0; at < data.size(); at += Block) {
        auto b = at == 0 ? RadiusDigest::md5({secret, request, salt})
                         : RadiusDigest::md5({secret, previous});
        if (!b)
            return b.error();
        Bytes cipher(data.begin() + static_cast<std::ptrdiff_t>(at),
                     data.begin() + static_cast<std::ptrdiff_t>(at + Block));
        for (std::size_t i = 0; i < Block; ++i)
            data[at + i] ^= (*b)[i];
        previous = decrypting ? cipher
                              : Bytes(data.begin() + static_cast<std::ptrdiff_t>(at),
                                      data.begin() + static_cast<std::ptrdiff_t>(at + Block));
        OPENSSL_cleanse(b->data(), b->size());
    }
    return {};
}

} // namespace

Result<Bytes> RadiusMppeKey::decrypt(ByteView value, ByteView secret,
                                     const Authenticator &requestAuthenticator)
{
    if (value.size() < 2 + Block || (value.size() - 2) % Block != 0)
        return fail("MPPE key attribute of " + std::to_string(value.size()) +
                    " octets (a 2-octet salt and a multiple of 16 expected)");
    if ((value[0] & 0x80) == 0)
        return fail("MPPE key attribute's salt lacks its high bit");
    Bytes plain(value.begin() + 2, value.end());
    if (auto hidden = hide(plain, secret, requestAuthenticator, value.subspan(0, 2), true); !hidden)
        return hidden.error();
    const std::size_t length = plain[0];
    if (length == 0 || length > plain.size() - 1) {
        OPENSSL_cleanse(plain.data(), plain.size());
        return fail("MPPE key attribute does not decrypt (wrong shared secret?)");
    }
    Bytes key(plain.begin() + 1, plain.begin() + 1 + static_cast<std::ptrdiff_t>(length));
    OPENSSL_cleanse(plain.data(), plain.size());
    return key;
}

Result<Bytes> RadiusMppeKey::encrypt(ByteView key, ByteView secret,
                                     const Authenticator &requestAuthenticator, std::uint16_t salt)
{
    if (key.empty() || key.size() > 240)
        return fail("an MPPE key of 1 to 240 octets");
    Bytes plain;
    plain.push_back(static_cast<std::uint8_t>(key.size()));
    plain.insert(plain.end(), key.begin(), key.end());
    plain.resize((plain.size() + Block - 1) / Block * Block, 0);
    const std::uint8_t saltBytes[2] = {static_cast<std::uint8_t>(0x80 | (salt >> 8)),
                                       static_cast<std::uint8_t>(salt)};
    if (auto hidden = hide(plain, secret, requestAuthenticator, saltBytes, false); !hidden)
        return hidden.error();
    Bytes out(saltBytes, saltBytes + 2);
    out.insert(out.end(), plain.begin(), plain.end());
    return out;
}

} // namespace keyward::radius
