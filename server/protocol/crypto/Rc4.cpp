// RC4_set_key and RC4 are deprecated in OpenSSL 3.0 in favour of EVP, which runs the
// same functions through a provider (see Rc4.h for why Keyward calls them directly).
#define OPENSSL_SUPPRESS_DEPRECATED

#include "crypto/Rc4.h"

#include <new>
#include <openssl/crypto.h>
#include <openssl/rc4.h>
#include <stdexcept>

namespace keyward::protocol::crypto {

namespace {

static_assert(sizeof(RC4_KEY) <= Rc4::StateSize && alignof(RC4_KEY) <= 8,
              "Rc4::StateSize is too small for this OpenSSL's RC4_KEY");

RC4_KEY *state(std::uint8_t *storage)
{
    return std::launder(reinterpret_cast<RC4_KEY *>(storage));
}

} // namespace

Rc4::~Rc4()
{
    if (m_keyed)
        OPENSSL_cleanse(m_state.data(), m_state.size());
}

void Rc4::setKey(ByteView key)
{
    if (key.empty() || key.size() > 256)
        throw std::invalid_argument("RC4 keys are 1..256 octets");
    // RC4_set_key writes the whole state, so the previous key leaves nothing behind.
    RC4_set_key(new (m_state.data()) RC4_KEY, static_cast<int>(key.size()), key.data());
    m_keyed = true;
}

void Rc4::apply(ByteView data, std::uint8_t *out)
{
    if (data.empty())
        return;
    if (!m_keyed)
        throw std::logic_error("RC4 used before setKey()");
    RC4(state(m_state.data()), data.size(), data.data(), out);
}

} // namespace keyward::protocol::crypto
