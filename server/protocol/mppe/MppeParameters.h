#pragma once

// What CCP agreed for one direction-pair of an MPPE session: key strength and
// whether keys change per packet (stateless, RFC 3078 "H" bit) or every 256.

#include <cstdint>
#include <string_view>

namespace keyward::protocol::mppe {

enum class MppeStrength : std::uint8_t
{
    Bits40,
    Bits56,
    Bits128
};
enum class MppeMode : std::uint8_t
{
    Stateless,
    Stateful
};

struct MppeParameters
{
    MppeStrength strength = MppeStrength::Bits128;
    MppeMode mode = MppeMode::Stateless;

    bool operator==(const MppeParameters &) const = default;
};

constexpr std::string_view toString(MppeStrength s)
{
    switch (s) {
    case MppeStrength::Bits40:
        return "40-bit";
    case MppeStrength::Bits56:
        return "56-bit";
    case MppeStrength::Bits128:
        return "128-bit";
    }
    return "unknown";
}

constexpr std::string_view toString(MppeMode m)
{
    return m == MppeMode::Stateless ? "stateless" : "stateful";
}

} // namespace keyward::protocol::mppe
