#include "crypto/Rc4.h"

#include "crypto/CryptoLibrary.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <stdexcept>

namespace keyward::protocol::crypto {

Rc4::Rc4(const CryptoLibrary &library) : m_library(library), m_ctx(EVP_CIPHER_CTX_new())
{
    if (!m_ctx)
        throw std::bad_alloc();
}

Rc4::~Rc4()
{
    EVP_CIPHER_CTX_free(m_ctx);
}

void Rc4::setKey(ByteView key)
{
    bool ok = true;
    if (key.size() != m_keyLength) {
        ok = EVP_EncryptInit_ex2(m_ctx, m_library.rc4(), nullptr, nullptr, nullptr) == 1 &&
             EVP_CIPHER_CTX_set_key_length(m_ctx, static_cast<int>(key.size())) == 1;
        m_keyLength = key.size();
    }
    ok = ok && EVP_EncryptInit_ex2(m_ctx, nullptr, key.data(), nullptr, nullptr) == 1;
    if (!ok) {
        m_keyLength = 0;
        throw std::runtime_error("RC4 key setup failed");
    }
}

void Rc4::apply(ByteView data, std::uint8_t *out)
{
    int len = 0;
    if (data.empty())
        return;
    if (EVP_EncryptUpdate(m_ctx, out, &len, data.data(), static_cast<int>(data.size())) != 1 ||
        static_cast<std::size_t>(len) != data.size())
        throw std::runtime_error("RC4 failed");
}

} // namespace keyward::protocol::crypto
