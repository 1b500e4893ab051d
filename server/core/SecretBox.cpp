#include "core/SecretBox.h"

#include "core/KeyFile.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdexcept>

namespace keyward::core {

namespace {
constexpr std::size_t NonceSize = 12;
constexpr std::size_t TagSize = 16;
} // namespace

Result<SecretBox> SecretBox::load(const QString &keyFilePath)
{
    SecretBox box;
    if (auto read = KeyFile::read(keyFilePath, box.m_key); !read)
        return read.error();
    return box;
}

Result<SecretBox> SecretBox::create(const QString &keyFilePath)
{
    SecretBox box;
    if (auto created = KeyFile::create(keyFilePath, box.m_key, "the credential store"); !created)
        return created.error();
    return box;
}

SecretBox SecretBox::fromKey(const std::array<std::uint8_t, KeySize> &key)
{
    SecretBox box;
    box.m_key = key;
    return box;
}

SecretBox::~SecretBox()
{
    OPENSSL_cleanse(m_key.data(), m_key.size());
}

SecretBox::SecretBox(SecretBox &&other) noexcept : m_key(other.m_key)
{
    OPENSSL_cleanse(other.m_key.data(), other.m_key.size());
}

Bytes SecretBox::seal(ByteView plaintext, ByteView context) const
{
    Bytes out(NonceSize + plaintext.size() + TagSize);
    if (RAND_bytes(out.data(), NonceSize) != 1)
        throw std::runtime_error("no randomness for a nonce");
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    bool ok =
        ctx && EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, m_key.data(), out.data()) == 1 &&
        EVP_EncryptUpdate(ctx, nullptr, &len, context.data(), static_cast<int>(context.size())) ==
            1 &&
        EVP_EncryptUpdate(ctx, out.data() + NonceSize, &len, plaintext.data(),
                          static_cast<int>(plaintext.size())) == 1 &&
        EVP_EncryptFinal_ex(ctx, out.data() + NonceSize + len, &len) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, TagSize,
                            out.data() + NonceSize + plaintext.size()) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        throw std::runtime_error("AES-256-GCM seal failed");
    return out;
}

Result<Bytes> SecretBox::open(ByteView sealed, ByteView context) const
{
    if (sealed.size() < NonceSize + TagSize)
        return fail(ErrorKind::Internal, "sealed value is too short to hold a nonce and a tag");
    std::size_t textSize = sealed.size() - NonceSize - TagSize;
    Bytes out(textSize);
    Bytes tag(sealed.end() - TagSize, sealed.end());
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    bool ok =
        ctx &&
        EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, m_key.data(), sealed.data()) == 1 &&
        EVP_DecryptUpdate(ctx, nullptr, &len, context.data(), static_cast<int>(context.size())) ==
            1 &&
        EVP_DecryptUpdate(ctx, out.data(), &len, sealed.data() + NonceSize,
                          static_cast<int>(textSize)) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) == 1 &&
        EVP_DecryptFinal_ex(ctx, out.data() + len, &len) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok) {
        OPENSSL_cleanse(out.data(), out.size());
        return fail(ErrorKind::Internal,
                    "sealed value does not open with this key (wrong key file, or the "
                    "value was altered or moved to another row)");
    }
    return out;
}

} // namespace keyward::core
