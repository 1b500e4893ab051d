#pragma once

// One attribute of a RADIUS packet as it is on the wire: its type and value. A
// Vendor-Specific attribute keeps its whole value (vendor id and sub-attributes);
// RadiusPacket reads and writes the Microsoft sub-attributes inside it.

#include "common/Bytes.h"

#include <cstdint>

namespace keyward::radius {

struct RadiusAttribute
{
    std::uint8_t type = 0;
    protocol::Bytes value;

    bool operator==(const RadiusAttribute &) const = default;
};

} // namespace keyward::radius
