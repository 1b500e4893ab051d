#pragma once

// An RC4 keystream over OpenSSL's legacy-provider RC4. The keystream continues
// across apply() calls until the next setKey(), which is what stateful MPPE needs.

#include "common/Bytes.h"

struct evp_cipher_ctx_st;

namespace keyward::protocol::crypto {

class CryptoLibrary;

class Rc4
{
public:
    explicit Rc4(const CryptoLibrary &library);
    ~Rc4();
    Rc4(const Rc4 &) = delete;
    Rc4 &operator=(const Rc4 &) = delete;

    // Keys of 1..256 octets (MPPE uses 8 or 16).
    void setKey(ByteView key);
    // XORs the next data.size() keystream octets into out (out may equal data).
    void apply(ByteView data, std::uint8_t *out);
    void applyInPlace(std::span<std::uint8_t> data) { apply(data, data.data()); }

private:
    const CryptoLibrary &m_library;
    evp_cipher_ctx_st *m_ctx = nullptr;
    std::size_t m_keyLength = 0;
};

} // namespace keyward::protocol::crypto
