#include "mppe/MppeOption.h"

#include "common/ByteReader.h"
#include "common/ByteWriter.h"

#include <cstdio>

namespace keyward::protocol::mppe {

Result<MppeOption> MppeOption::decode(ByteView data)
{
    if (data.size() != 4)
        return fail("MPPE option carries " + std::to_string(data.size()) +
                    " octets of Supported Bits instead of 4");
    return MppeOption{ByteReader(data).u32()};
}

Bytes MppeOption::encode() const
{
    Bytes out;
    ByteWriter(out).u32(bits);
    return out;
}

std::uint32_t MppeOption::strengthBit(MppeStrength strength)
{
    switch (strength) {
    case MppeStrength::Bits40:
        return kBits40;
    case MppeStrength::Bits56:
        return kBits56;
    case MppeStrength::Bits128:
        return kBits128;
    }
    return 0;
}

bool MppeOption::offers(MppeStrength strength) const
{
    return has(strengthBit(strength));
}

int MppeOption::strengthCount() const
{
    return (has(kBits40) ? 1 : 0) + (has(kBits56) ? 1 : 0) + (has(kBits128) ? 1 : 0);
}

MppeOption MppeOption::fromParameters(const MppeParameters &parameters)
{
    std::uint32_t bits = strengthBit(parameters.strength);
    if (parameters.mode == MppeMode::Stateless)
        bits |= kStateless;
    return MppeOption{bits};
}

std::optional<MppeParameters> MppeOption::parameters() const
{
    if (strengthCount() != 1 || has(kMppc) || has(kObsoleteD))
        return std::nullopt;
    MppeParameters out;
    out.strength = has(kBits40)   ? MppeStrength::Bits40
                   : has(kBits56) ? MppeStrength::Bits56
                                  : MppeStrength::Bits128;
    out.mode = has(kStateless) ? MppeMode::Stateless : MppeMode::Stateful;
    return out;
}

std::string MppeOption::describeStrengths() const
{
    std::string out;
    for (MppeStrength s : {MppeStrength::Bits40, MppeStrength::Bits56, MppeStrength::Bits128}) {
        if (!offers(s))
            continue;
        if (!out.empty())
            out += " and ";
        out += toString(s);
    }
    return out.empty() ? "no" : out;
}

std::string MppeOption::describe() const
{
    char hex[16];
    std::snprintf(hex, sizeof hex, "0x%08x", bits);
    std::string out = describeStrengths() + (has(kStateless) ? " stateless" : " stateful");
    if (has(kMppc))
        out += " +MPPC";
    if (has(kObsoleteD))
        out += " +D";
    return out + " (" + hex + ")";
}

} // namespace keyward::protocol::mppe
