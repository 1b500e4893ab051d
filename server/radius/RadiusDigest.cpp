#include "radius/RadiusDigest.h"

#include <memory>
#include <openssl/evp.h>

namespace keyward::radius {

Result<Digest> RadiusDigest::md5(std::initializer_list<protocol::ByteView> parts)
{
    std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> md(EVP_MD_fetch(nullptr, "MD5", nullptr),
                                                       &EVP_MD_free);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!md || !ctx)
        return fail(ErrorKind::Internal, "OpenSSL offers no MD5, which RADIUS needs");
    bool ok = EVP_DigestInit_ex2(ctx.get(), md.get(), nullptr) == 1;
    for (const protocol::ByteView &part : parts)
        ok = ok && EVP_DigestUpdate(ctx.get(), part.data(), part.size()) == 1;
    Digest out{};
    unsigned int length = 0;
    ok = ok && EVP_DigestFinal_ex(ctx.get(), out.data(), &length) == 1 && length == out.size();
    if (!ok)
        return fail(ErrorKind::Internal, "MD5 failed in OpenSSL");
    return out;
}

Result<Digest> RadiusDigest::hmacMd5(protocol::ByteView key, protocol::ByteView data)
{
    Digest out{};
    std::size_t length = 0;
    static const std::uint8_t none = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "MD5", nullptr, key.empty() ? &none : key.data(),
                   key.size(), data.data(), data.size(), out.data(), out.size(), &length) ||
        length != out.size())
        return fail(ErrorKind::Internal, "HMAC-MD5 failed in OpenSSL");
    return out;
}

} // namespace keyward::radius
