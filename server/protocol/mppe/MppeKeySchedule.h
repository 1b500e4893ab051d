#pragma once

// The key state of one MPPE direction: start key, current session key and the RC4
// keystream keyed with it. Key changes (RFC 3078 §7.3) reuse one SHA-1 context and
// two RC4 contexts, so the per-packet path of stateless mode allocates nothing.

#include "common/Bytes.h"
#include "crypto/Rc4.h"
#include "mppe/MppeParameters.h"

#include <array>
#include <cstdint>

struct evp_md_ctx_st;
struct evp_md_st;

namespace keyward::protocol::crypto {
class CryptoLibrary;
}

namespace keyward::protocol::mppe {

class MppeKeySchedule
{
public:
    // startKey: 8 octets (40/56-bit) or 16 (128-bit); a wrong size is clamped to
    // what the strength needs (callers get it from MppeKeys).
    MppeKeySchedule(const crypto::CryptoLibrary &library, ByteView startKey, MppeStrength strength);
    ~MppeKeySchedule();
    MppeKeySchedule(const MppeKeySchedule &) = delete;
    MppeKeySchedule &operator=(const MppeKeySchedule &) = delete;

    // Back to the initial session key, RC4 re-keyed.
    void reset();
    // One RFC 3078 §7.3 key change, RC4 re-keyed with the new session key.
    void changeKey();
    // RC4 re-keyed with the current session key (the "flushed" A bit).
    void reinitialize();
    void apply(ByteView data, std::uint8_t *out) { m_rc4.apply(data, out); }

    ByteView sessionKey() const { return ByteView(m_session.data(), m_length); }
    std::size_t keyLength() const { return m_length; }

private:
    void newKeyFromSha(const std::uint8_t *session, std::uint8_t *out);

    MppeStrength m_strength;
    std::size_t m_length;
    std::array<std::uint8_t, 16> m_start{};
    std::array<std::uint8_t, 16> m_initial{};
    std::array<std::uint8_t, 16> m_session{};
    evp_md_ctx_st *m_mdCtx = nullptr;
    evp_md_st *m_sha1 = nullptr;
    crypto::Rc4 m_rc4;
    crypto::Rc4 m_interimRc4;
};

} // namespace keyward::protocol::mppe
