#include "mppe/MppeKeySchedule.h"

#include "crypto/CryptoLibrary.h"
#include "mppe/MppeKeyDerivation.h"
#include "mppe/MppeMagic.h"

#include <algorithm>
#include <openssl/crypto.h>

namespace keyward::protocol::mppe {

MppeKeySchedule::MppeKeySchedule(const crypto::CryptoLibrary &library, ByteView startKey,
                                 MppeStrength strength, MppeMode mode)
    : m_strength(strength), m_length(MppeKeyDerivation::keyLength(strength)),
      m_stream(mode == MppeMode::Stateful ? std::make_unique<crypto::Rc4>(library) : nullptr)
{
    ByteView pad1 = MppeMagic::shsPad1();
    ByteView pad2 = MppeMagic::shsPad2();
    static_assert(PadLength == 40);
    std::uint8_t *p = m_shaInput.data();
    std::copy_n(startKey.begin(), std::min(startKey.size(), m_length), p);
    std::copy(pad1.begin(), pad1.end(), p + m_length);
    std::copy(pad2.begin(), pad2.end(), p + 2 * m_length + PadLength);
    std::copy_n(p, m_length, m_initial.data());
    newKeyFromSha(m_initial.data(), m_initial.data()); // GetNewKeyFromSHA(start, start)
    MppeKeyDerivation::reduce(std::span(m_initial.data(), m_length), m_strength);
    reset();
}

MppeKeySchedule::~MppeKeySchedule()
{
    OPENSSL_cleanse(m_shaInput.data(), m_shaInput.size());
    OPENSSL_cleanse(m_initial.data(), m_initial.size());
    OPENSSL_cleanse(m_session.data(), m_session.size());
}

void MppeKeySchedule::reset()
{
    m_session = m_initial;
    reinitialize();
}

void MppeKeySchedule::newKeyFromSha(const std::uint8_t *session, std::uint8_t *out)
{
    std::copy_n(session, m_length, m_shaInput.data() + m_length + PadLength);
    crypto::Sha1Digest digest =
        crypto::CryptoLibrary::sha1Direct(ByteView(m_shaInput.data(), 2 * (m_length + PadLength)));
    std::copy_n(digest.begin(), m_length, out);
    OPENSSL_cleanse(digest.data(), digest.size());
}

void MppeKeySchedule::changeKey()
{
    // session = RC4(interim, interim), interim = GetNewKeyFromSHA(start, session).
    // The interim RC4 state wipes itself when it goes out of scope; the new session key
    // is written over the old one in place.
    std::uint8_t *session = m_session.data();
    newKeyFromSha(session, session);
    {
        crypto::Rc4 interim;
        interim.setKey(ByteView(session, m_length));
        interim.apply(ByteView(session, m_length), session);
    }
    MppeKeyDerivation::reduce(std::span(session, m_length), m_strength);
    reinitialize();
}

void MppeKeySchedule::reinitialize()
{
    if (m_stream)
        m_stream->setKey(sessionKey());
}

void MppeKeySchedule::apply(ByteView data, std::uint8_t *out)
{
    if (m_stream) {
        m_stream->apply(data, out);
        return;
    }
    crypto::Rc4 rc4; // wiped when it goes out of scope
    rc4.setKey(sessionKey());
    rc4.apply(data, out);
}

} // namespace keyward::protocol::mppe
