#pragma once

// Receiving side of MPPE (RFC 3078) for one direction. Input is what follows PPP
// protocol 0x00fd (MPPE header + ciphertext); output is the PPP protocol field
// plus information. Every rejected packet is an error value with a reason.
//
// Stateless: a packet whose count is ahead of the last one by d (1..2047) is
// decrypted after d key changes (lost packets are simply skipped); a count equal to
// or behind the last one is a duplicate or reordered packet and is dropped.
// Stateful (the rules of the Linux kernel's ppp_mppe, RFC 3078 §8): the next count
// is expected, and a packet with the flushed bit A means the sender changed its key
// before it (a flag packet, low count octet 0xff, must carry A). A count behind is
// dropped (late or duplicate; the stream is untouched). A count ahead means packets
// were lost: the packet is dropped, a CCP Reset-Request is requested
// (takeResetRequest()) and packets are discarded until one arrives with A; then the
// key is changed once for every flag packet passed before it and once for the A
// packet itself, and takeResynchronised() says so once.

#include "common/Bytes.h"
#include "common/Result.h"
#include "mppe/MppeKeySchedule.h"
#include "mppe/MppeParameters.h"

#include <cstdint>
#include <span>

namespace keyward::protocol::mppe {

class MppeDecryptor
{
public:
    // Counts further ahead than this are treated as late (RFC 3078 gives no window;
    // half the count space is what the Linux kernel uses).
    static constexpr std::uint16_t MaxForwardJump = 2047;

    MppeDecryptor(const crypto::CryptoLibrary &library, ByteView receiveStartKey,
                  MppeParameters parameters);

    // out must hold packet.size() - 2 octets; returns the plaintext length.
    Result<std::size_t> decrypt(ByteView packet, std::span<std::uint8_t> out);
    // Decrypts in place; the plaintext is returned as a view into packet.
    Result<std::span<std::uint8_t>> decryptInPlace(std::span<std::uint8_t> packet);

    // True once after loss was detected in stateful mode: send a CCP Reset-Request.
    bool takeResetRequest() { return std::exchange(m_resetRequest, false); }
    // True once after a flushed packet ended the discarding that a Reset-Request was
    // asked for: the Reset-Request can stop being repeated.
    bool takeResynchronised() { return std::exchange(m_resynchronised, false); }
    bool discarding() const { return m_discarding; }
    std::uint16_t lastCoherencyCount() const { return m_lastCount; }
    const MppeParameters &parameters() const { return m_parameters; }

private:
    // Checks the header and brings the key state to the packet's count.
    Status admit(const std::uint8_t *header, std::size_t size);
    Status admitStateful(std::uint16_t count, bool flushed);
    void resync(std::uint16_t count);

    MppeParameters m_parameters;
    MppeKeySchedule m_keys;
    std::uint16_t m_lastCount = 0x0fff; // so that the first expected count is 0
    bool m_discarding = false;
    bool m_resetRequest = false;
    bool m_resynchronised = false;
};

} // namespace keyward::protocol::mppe
