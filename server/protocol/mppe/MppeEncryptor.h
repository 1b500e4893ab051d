#pragma once

// Sending side of MPPE (RFC 3078) for one direction. Input is the PPP protocol
// field plus information; output is the MPPE header plus RC4 ciphertext (what
// follows PPP protocol 0x00fd).
//
// Stateless mode: the key changes before every packet, including the first, so
// the packet with coherency count N is encrypted with the key after N+1 changes
// (the convention Windows RRAS uses); every packet has the flushed bit A.
// Stateful mode: the RC4 stream runs across packets. The key changes (RFC 3078 §7.3,
// RC4 restarted with the new key) before the "flag" packet whose low count octet is
// 0xff (every 256 packets) and before the first packet after a CCP Reset-Request;
// exactly those packets carry the flushed bit A. This is what the Linux kernel's
// ppp_mppe does on both sides (a receiver changes its key on every A packet), so the
// first packet of a session carries no A: with A, a Linux peer would change its key
// and read nothing but noise.

#include "common/Bytes.h"
#include "common/Result.h"
#include "mppe/MppeKeySchedule.h"
#include "mppe/MppeParameters.h"

#include <cstdint>
#include <span>

namespace keyward::protocol::mppe {

class MppeEncryptor
{
public:
    MppeEncryptor(const crypto::CryptoLibrary &library, ByteView sendStartKey,
                  MppeParameters parameters);

    // out must hold plaintext.size() + 2 octets; returns the octets written.
    // plaintext and out must not overlap (use encryptInPlace for that).
    Result<std::size_t> encrypt(ByteView plaintext, std::span<std::uint8_t> out);
    // packet = 2 octets reserved for the header, then the plaintext; encrypted in
    // place.
    Status encryptInPlace(std::span<std::uint8_t> packet);

    // CCP Reset-Request received: the next packet is flushed (stateful mode).
    void onResetRequest() { m_flushNext = true; }
    std::uint16_t nextCoherencyCount() const { return m_nextCount; }
    const MppeParameters &parameters() const { return m_parameters; }

private:
    std::uint8_t prepare(); // key handling for the next packet; returns header flags

    MppeParameters m_parameters;
    MppeKeySchedule m_keys;
    std::uint16_t m_nextCount = 0;
    bool m_flushNext = false; // stateful: a Reset-Request came, the next packet carries A
};

} // namespace keyward::protocol::mppe
