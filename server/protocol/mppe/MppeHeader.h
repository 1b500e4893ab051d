#pragma once

// The 2-octet MPPE header (RFC 3078 §3): A (flushed) B C (compressed) D
// (encrypted) bits, then a 12-bit coherency count.

#include <cstdint>

namespace keyward::protocol::mppe {

class MppeHeader
{
public:
    static constexpr std::size_t Length = 2;
    static constexpr std::uint8_t FlushedBit = 0x80;    // A
    static constexpr std::uint8_t FrontBit = 0x40;      // B (MPPC history)
    static constexpr std::uint8_t CompressedBit = 0x20; // C
    static constexpr std::uint8_t EncryptedBit = 0x10;  // D
    static constexpr std::uint16_t CountSpace = 4096;
    static constexpr std::uint16_t CountMask = 0x0fff;

    static void write(std::uint8_t *out, std::uint8_t flags, std::uint16_t count)
    {
        out[0] = static_cast<std::uint8_t>(flags | ((count >> 8) & 0x0f));
        out[1] = static_cast<std::uint8_t>(count & 0xff);
    }
    static std::uint16_t count(const std::uint8_t *in)
    {
        return static_cast<std::uint16_t>((in[0] & 0x0f) << 8 | in[1]);
    }
    static std::uint8_t flags(const std::uint8_t *in) { return in[0] & 0xf0; }
    // (to - from) on the 12-bit circle, 0..4095.
    static std::uint16_t distance(std::uint16_t from, std::uint16_t to)
    {
        return static_cast<std::uint16_t>((to - from) & CountMask);
    }
    // Stateful "flag" packet: its low count octet is 0xff and it carries a key change.
    static bool isFlagPacket(std::uint16_t count) { return (count & 0xff) == 0xff; }
};

} // namespace keyward::protocol::mppe
