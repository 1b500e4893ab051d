#include "mppe/MppeKeySchedule.h"

#include "crypto/CryptoLibrary.h"
#include "mppe/MppeKeyDerivation.h"
#include "mppe/MppeMagic.h"

#include <algorithm>
#include <new>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <stdexcept>

namespace keyward::protocol::mppe {

MppeKeySchedule::MppeKeySchedule(const crypto::CryptoLibrary &library, ByteView startKey,
                                 MppeStrength strength)
    : m_strength(strength), m_length(MppeKeyDerivation::keyLength(strength)),
      m_mdCtx(EVP_MD_CTX_new()), m_sha1(EVP_MD_fetch(library.context(), "SHA1", nullptr)),
      m_rc4(library), m_interimRc4(library)
{
    if (!m_mdCtx || !m_sha1) {
        EVP_MD_CTX_free(m_mdCtx);
        EVP_MD_free(m_sha1);
        throw std::bad_alloc();
    }
    std::copy_n(startKey.begin(), std::min(startKey.size(), m_length), m_start.begin());
    newKeyFromSha(m_start.data(), m_initial.data()); // GetNewKeyFromSHA(start, start)
    MppeKeyDerivation::reduce(std::span(m_initial.data(), m_length), m_strength);
    reset();
}

MppeKeySchedule::~MppeKeySchedule()
{
    OPENSSL_cleanse(m_start.data(), m_start.size());
    OPENSSL_cleanse(m_initial.data(), m_initial.size());
    OPENSSL_cleanse(m_session.data(), m_session.size());
    EVP_MD_CTX_free(m_mdCtx);
    EVP_MD_free(m_sha1);
}

void MppeKeySchedule::reset()
{
    m_session = m_initial;
    reinitialize();
}

void MppeKeySchedule::newKeyFromSha(const std::uint8_t *session, std::uint8_t *out)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    ByteView pad1 = MppeMagic::shsPad1();
    ByteView pad2 = MppeMagic::shsPad2();
    bool ok = EVP_DigestInit_ex2(m_mdCtx, m_sha1, nullptr) == 1 &&
              EVP_DigestUpdate(m_mdCtx, m_start.data(), m_length) == 1 &&
              EVP_DigestUpdate(m_mdCtx, pad1.data(), pad1.size()) == 1 &&
              EVP_DigestUpdate(m_mdCtx, session, m_length) == 1 &&
              EVP_DigestUpdate(m_mdCtx, pad2.data(), pad2.size()) == 1 &&
              EVP_DigestFinal_ex(m_mdCtx, digest, &len) == 1 && len >= m_length;
    if (!ok)
        throw std::runtime_error("SHA-1 failed during an MPPE key change");
    std::copy_n(digest, m_length, out);
    OPENSSL_cleanse(digest, sizeof digest);
}

void MppeKeySchedule::changeKey()
{
    std::array<std::uint8_t, 16> interim{};
    newKeyFromSha(m_session.data(), interim.data());
    ByteView interimView(interim.data(), m_length);
    m_interimRc4.setKey(interimView);
    m_interimRc4.apply(interimView, m_session.data());
    MppeKeyDerivation::reduce(std::span(m_session.data(), m_length), m_strength);
    OPENSSL_cleanse(interim.data(), interim.size());
    reinitialize();
}

void MppeKeySchedule::reinitialize()
{
    m_rc4.setKey(sessionKey());
}

} // namespace keyward::protocol::mppe
