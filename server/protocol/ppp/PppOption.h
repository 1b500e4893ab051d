#pragma once

// A Configuration Option (RFC 1661 section 6): Type, Length, Data; and the option
// lists that Configure-Request/Ack/Nak/Reject carry.

#include "common/Bytes.h"
#include "common/Result.h"

#include <cstdint>
#include <vector>

namespace keyward::protocol::ppp {

struct PppOption
{
    std::uint8_t type = 0;
    Bytes data; // without the Type and Length octets

    bool operator==(const PppOption &) const = default;

    // Rejects an option with Length below 2 or one that runs past the end.
    static Result<std::vector<PppOption>> decodeList(ByteView options);
    // Options whose data exceeds 253 octets cannot be encoded and are skipped.
    static Bytes encodeList(const std::vector<PppOption> &options);

    static PppOption u16(std::uint8_t type, std::uint16_t value);
    static PppOption u32(std::uint8_t type, std::uint32_t value);
    // Value of a 2- or 4-octet option; 0 when the data is shorter.
    std::uint16_t asU16() const;
    std::uint32_t asU32() const;
};

} // namespace keyward::protocol::ppp
