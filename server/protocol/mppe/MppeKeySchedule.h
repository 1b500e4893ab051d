#pragma once

// The key state of one MPPE direction: start key, current session key and the RC4
// keystream keyed with it. A key change (RFC 3078 §7.3, RFC 3079 GetNewKeyFromSHA)
// hashes one buffer prepared at construction (start key | pad1 | session key | pad2,
// only the session key slot rewritten) and keys the interim RC4 on the stack, so the
// per-packet path allocates nothing.
//
// Stateful mode keeps one RC4 keystream running across apply() calls until the next
// key change (about 1 KiB of state on the heap). Stateless mode changes the key before
// every packet, so nothing of the keystream outlives a packet: each apply() keys RC4
// with the current session key on the stack. An idle stateless direction holds only
// its keys (about 150 octets).

#include "common/Bytes.h"
#include "crypto/Rc4.h"
#include "mppe/MppeParameters.h"

#include <array>
#include <cstdint>
#include <memory>

namespace keyward::protocol::crypto {
class CryptoLibrary;
}

namespace keyward::protocol::mppe {

class MppeKeySchedule
{
public:
    // startKey: 8 octets (40/56-bit) or 16 (128-bit); a wrong size is clamped to
    // what the strength needs (callers get it from MppeKeys).
    MppeKeySchedule(const crypto::CryptoLibrary &library, ByteView startKey, MppeStrength strength,
                    MppeMode mode = MppeMode::Stateful);
    ~MppeKeySchedule();
    MppeKeySchedule(const MppeKeySchedule &) = delete;
    MppeKeySchedule &operator=(const MppeKeySchedule &) = delete;

    // Back to the initial session key, RC4 re-keyed.
    void reset();
    // One RFC 3078 §7.3 key change, RC4 re-keyed with the new session key.
    void changeKey();
    // RC4 re-keyed with the current session key (the "flushed" A bit).
    void reinitialize();
    // XORs keystream into out (out may equal data). Stateful: the stream continues
    // from the last call. Stateless: the keystream of the current session key from
    // its start, every call.
    void apply(ByteView data, std::uint8_t *out);

    ByteView sessionKey() const { return ByteView(m_session.data(), m_length); }
    std::size_t keyLength() const { return m_length; }

private:
    static constexpr std::size_t PadLength = 40;

    // GetNewKeyFromSHA(start, session) into out (m_length octets); session may be out.
    void newKeyFromSha(const std::uint8_t *session, std::uint8_t *out);

    MppeStrength m_strength;
    std::size_t m_length;
    // start key | pad1 | session key | pad2, each key m_length octets.
    std::array<std::uint8_t, 16 + PadLength + 16 + PadLength> m_shaInput{};
    std::array<std::uint8_t, 16> m_initial{};
    std::array<std::uint8_t, 16> m_session{};
    std::unique_ptr<crypto::Rc4> m_stream; // stateful mode only
};

} // namespace keyward::protocol::mppe
