// SHA1_Init/Update/Final are deprecated in OpenSSL 3.0 in favour of EVP; sha1Direct()
// uses them on purpose (see CryptoLibrary.h).
#define OPENSSL_SUPPRESS_DEPRECATED

#include "crypto/CryptoLibrary.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/provider.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <stdexcept>

namespace keyward::protocol::crypto {

namespace {

std::string opensslError()
{
    unsigned long code = ERR_get_error();
    if (code == 0)
        return "no detail from OpenSSL";
    char buf[256];
    ERR_error_string_n(code, buf, sizeof buf);
    ERR_clear_error();
    return buf;
}

template <std::size_t N>
std::array<std::uint8_t, N> digest(ossl_lib_ctx_st *, const EVP_MD *md,
                                   std::initializer_list<ByteView> parts)
{
    std::array<std::uint8_t, N> out{};
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    unsigned int len = 0;
    bool ok = ctx && EVP_DigestInit_ex2(ctx, md, nullptr) == 1;
    for (ByteView p : parts)
        ok = ok && EVP_DigestUpdate(ctx, p.data(), p.size()) == 1;
    ok = ok && EVP_DigestFinal_ex(ctx, out.data(), &len) == 1 && len == N;
    EVP_MD_CTX_free(ctx);
    if (!ok)
        throw std::runtime_error("digest failed: " + opensslError()); // allocation failure only
    return out;
}

} // namespace

Result<std::shared_ptr<const CryptoLibrary>> CryptoLibrary::load()
{
    std::shared_ptr<CryptoLibrary> lib(new CryptoLibrary);
    lib->m_ctx = OSSL_LIB_CTX_new();
    if (!lib->m_ctx)
        return fail("cannot create an OpenSSL library context: " + opensslError());
    lib->m_defaultProvider = OSSL_PROVIDER_load(lib->m_ctx, "default");
    if (!lib->m_defaultProvider)
        return fail("cannot load the OpenSSL 'default' provider: " + opensslError());
    lib->m_legacyProvider = OSSL_PROVIDER_load(lib->m_ctx, "legacy");
    if (!lib->m_legacyProvider)
        return fail("cannot load the OpenSSL 'legacy' provider, which holds MD4, DES and RC4 "
                    "needed by MS-CHAPv2 and MPPE (is legacy.so installed in OpenSSL's "
                    "modules directory, or OPENSSL_MODULES set?): " +
                    opensslError());

    struct Wanted
    {
        const char *name;
        const char *provider;
    };
    lib->m_md4 = EVP_MD_fetch(lib->m_ctx, "MD4", nullptr);
    lib->m_sha1 = EVP_MD_fetch(lib->m_ctx, "SHA1", nullptr);
    lib->m_sha256 = EVP_MD_fetch(lib->m_ctx, "SHA256", nullptr);
    lib->m_des = EVP_CIPHER_fetch(lib->m_ctx, "DES-ECB", nullptr);
    lib->m_rc4 = EVP_CIPHER_fetch(lib->m_ctx, "RC4", nullptr);
    const std::pair<const void *, Wanted> checks[] = {
        {lib->m_md4, {"MD4", "legacy"}},        {lib->m_sha1, {"SHA1", "default"}},
        {lib->m_sha256, {"SHA256", "default"}}, {lib->m_des, {"DES-ECB", "legacy"}},
        {lib->m_rc4, {"RC4", "legacy"}},
    };
    for (const auto &[handle, wanted] : checks) {
        if (!handle)
            return fail(std::string("OpenSSL has no ") + wanted.name + " in its '" +
                        wanted.provider + "' provider: " + opensslError());
    }
    return std::shared_ptr<const CryptoLibrary>(std::move(lib));
}

CryptoLibrary::~CryptoLibrary()
{
    EVP_CIPHER_free(m_rc4);
    EVP_CIPHER_free(m_des);
    EVP_MD_free(m_sha256);
    EVP_MD_free(m_sha1);
    EVP_MD_free(m_md4);
    if (m_legacyProvider)
        OSSL_PROVIDER_unload(m_legacyProvider);
    if (m_defaultProvider)
        OSSL_PROVIDER_unload(m_defaultProvider);
    OSSL_LIB_CTX_free(m_ctx);
}

Md4Digest CryptoLibrary::md4(ByteView data) const
{
    return digest<16>(m_ctx, m_md4, {data});
}

Sha1Digest CryptoLibrary::sha1(std::initializer_list<ByteView> parts) const
{
    return digest<20>(m_ctx, m_sha1, parts);
}

Sha1Digest CryptoLibrary::sha1Direct(ByteView data)
{
    Sha1Digest out{};
    SHA_CTX ctx;
    bool ok = SHA1_Init(&ctx) == 1 && SHA1_Update(&ctx, data.data(), data.size()) == 1 &&
              SHA1_Final(out.data(), &ctx) == 1;
    OPENSSL_cleanse(&ctx, sizeof ctx);
    if (!ok)
        throw std::runtime_error("SHA-1 failed");
    return out;
}

Sha256Digest CryptoLibrary::sha256(std::initializer_list<ByteView> parts) const
{
    return digest<32>(m_ctx, m_sha256, parts);
}

DesBlock CryptoLibrary::desKeyWithParity(ByteView key7)
{
    // Spread 56 key bits over 8 octets, 7 bits each in the high bits, then set the
    // low bit of each octet so that the octet has odd parity.
    DesBlock key{};
    std::uint64_t bits = 0;
    for (std::size_t i = 0; i < 7 && i < key7.size(); ++i)
        bits = bits << 8 | key7[i];
    for (int i = 0; i < 8; ++i) {
        std::uint8_t b = static_cast<std::uint8_t>((bits >> (49 - 7 * i)) & 0x7f) << 1;
        int ones = __builtin_popcount(b);
        key[i] = static_cast<std::uint8_t>(b | ((ones % 2 == 0) ? 1 : 0));
    }
    return key;
}

DesBlock CryptoLibrary::desEncrypt(ByteView key7, ByteView block8) const
{
    DesBlock key = desKeyWithParity(key7);
    DesBlock out{};
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    bool ok = ctx && EVP_EncryptInit_ex2(ctx, m_des, key.data(), nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_set_padding(ctx, 0) == 1 &&
              EVP_EncryptUpdate(ctx, out.data(), &len, block8.data(),
                                static_cast<int>(block8.size())) == 1 &&
              len == 8;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        throw std::runtime_error("DES-ECB failed: " + opensslError());
    return out;
}

Bytes CryptoLibrary::randomBytes(std::size_t count) const
{
    Bytes out(count);
    if (RAND_bytes_ex(m_ctx, out.data(), count, 0) != 1)
        throw std::runtime_error("no random bytes from OpenSSL: " + opensslError());
    return out;
}

} // namespace keyward::protocol::crypto
