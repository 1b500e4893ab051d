#pragma once

// An RC4 keystream over libcrypto's RC4: the same code OpenSSL's legacy provider runs
// behind EVP, called directly, because MPPE's stateless mode keys RC4 twice for every
// packet and EVP's per-init dispatch and its heap contexts cost more than they give
// there. The keystream continues across apply() calls until the next setKey(), which
// is what stateful MPPE needs.
//
// The key state (about 1 KiB) lives in the object: an Rc4 allocates nothing, can live
// on the stack, and wipes its state when it dies.

#include "common/Bytes.h"

#include <array>
#include <cstdint>

namespace keyward::protocol::crypto {

class CryptoLibrary;

class Rc4
{
public:
    Rc4() = default;
    // libcrypto's RC4 needs no provider; the library is accepted so that callers that
    // hold one keep one way to make an Rc4.
    explicit Rc4(const CryptoLibrary &) {}
    ~Rc4();
    Rc4(const Rc4 &) = delete;
    Rc4 &operator=(const Rc4 &) = delete;

    // Keys of 1..256 octets (MPPE uses 8 or 16).
    void setKey(ByteView key);
    // XORs the next data.size() keystream octets into out (out may equal data).
    void apply(ByteView data, std::uint8_t *out);
    void applyInPlace(std::span<std::uint8_t> data) { apply(data, data.data()); }

    // Room for OpenSSL's RC4_KEY (two counters and 256 RC4_INT); Rc4.cpp checks it.
    static constexpr std::size_t StateSize = 2 * 4 + 256 * 4;

private:
    alignas(8) std::array<std::uint8_t, StateSize> m_state; // set by setKey()
    bool m_keyed = false;
};

} // namespace keyward::protocol::crypto
