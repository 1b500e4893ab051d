#pragma once

// The OpenSSL 3 algorithms the protocol core uses, fetched once from a library
// context of our own. MD4, single DES and RC4 live in OpenSSL's "legacy" provider;
// load() loads it explicitly and fails with a message naming the provider when it
// is missing, instead of failing later inside a handshake.
//
// There is no global state: the caller owns the CryptoLibrary and passes it to what
// needs it. It is immutable after load() and safe to share between threads.

#include "common/Bytes.h"
#include "common/Result.h"

#include <array>
#include <initializer_list>
#include <memory>

struct ossl_lib_ctx_st;
struct ossl_provider_st;
struct evp_md_st;
struct evp_cipher_st;

namespace keyward::protocol::crypto {

using Md4Digest = std::array<std::uint8_t, 16>;
using Sha1Digest = std::array<std::uint8_t, 20>;
using Sha256Digest = std::array<std::uint8_t, 32>;
using DesBlock = std::array<std::uint8_t, 8>;

class CryptoLibrary
{
public:
    static Result<std::shared_ptr<const CryptoLibrary>> load();
    ~CryptoLibrary();
    CryptoLibrary(const CryptoLibrary &) = delete;
    CryptoLibrary &operator=(const CryptoLibrary &) = delete;

    Md4Digest md4(ByteView data) const;
    Sha1Digest sha1(std::initializer_list<ByteView> parts) const;
    // SHA-1 of one buffer by libcrypto's SHA-1 itself, without EVP's fetch, dispatch and
    // heap context: for MPPE's key change, which stateless mode runs for every packet.
    // Its working state is wiped before it returns.
    static Sha1Digest sha1Direct(ByteView data);
    Sha256Digest sha256(std::initializer_list<ByteView> parts) const;

    // DES-ECB of one block with a 56-bit key given as 7 octets; the parity bits are
    // added as RFC 2759 §8.6 / RFC 2433 B.3 describe.
    DesBlock desEncrypt(ByteView key7, ByteView block8) const;
    static DesBlock desKeyWithParity(ByteView key7);

    // Cryptographically strong random bytes from this library context.
    Bytes randomBytes(std::size_t count) const;

    ossl_lib_ctx_st *context() const { return m_ctx; }
    const evp_cipher_st *rc4() const { return m_rc4; }

private:
    CryptoLibrary() = default;

    ossl_lib_ctx_st *m_ctx = nullptr;
    ossl_provider_st *m_defaultProvider = nullptr;
    ossl_provider_st *m_legacyProvider = nullptr;
    evp_md_st *m_md4 = nullptr;
    evp_md_st *m_sha1 = nullptr;
    evp_md_st *m_sha256 = nullptr;
    evp_cipher_st *m_des = nullptr;
    evp_cipher_st *m_rc4 = nullptr;
};

} // namespace keyward::protocol::crypto
