#pragma once

// The CCP MPPE option (type 18, RFC 3078 section 2.1): a 32-bit Supported Bits field.

#include "common/Bytes.h"
#include "common/Result.h"
#include "mppe/MppeParameters.h"

#include <cstdint>
#include <optional>
#include <string>

namespace keyward::protocol::mppe {

struct MppeOption
{
    static constexpr std::uint8_t kType = 18;

    static constexpr std::uint32_t kMppc = 0x00000001;      // C: MPPC compression
    static constexpr std::uint32_t kObsoleteD = 0x00000010; // D: obsolete, never set
    static constexpr std::uint32_t kBits40 = 0x00000020;    // L
    static constexpr std::uint32_t kBits128 = 0x00000040;   // S
    static constexpr std::uint32_t kBits56 = 0x00000080;    // M
    static constexpr std::uint32_t kStateless = 0x01000000; // H
    static constexpr std::uint32_t kStrengthMask = kBits40 | kBits56 | kBits128;

    std::uint32_t bits = 0;

    bool operator==(const MppeOption &) const = default;

    // `data` is the option data without Type/Length: exactly 4 octets.
    static Result<MppeOption> decode(ByteView data);
    Bytes encode() const;

    bool has(std::uint32_t bit) const { return (bits & bit) != 0; }
    bool offers(MppeStrength strength) const;
    int strengthCount() const;
    static std::uint32_t strengthBit(MppeStrength strength);
    static MppeOption fromParameters(const MppeParameters &parameters);
    // Exactly one strength bit, no MPPC and no D bit: the parameters it names.
    std::optional<MppeParameters> parameters() const;
    // "128-bit", "40-bit and 128-bit", "none"; and the whole option for logs.
    std::string describeStrengths() const;
    std::string describe() const;
};

} // namespace keyward::protocol::mppe
