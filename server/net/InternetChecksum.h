#pragma once

// The RFC 1071 Internet checksum (IPv4 headers, ICMP).

#include <cstddef>
#include <cstdint>

namespace keyward::net {

inline std::uint16_t internetChecksum(const std::uint8_t *data, std::size_t length)
{
    std::uint32_t sum = 0;
    for (std::size_t i = 0; i + 1 < length; i += 2)
        sum += static_cast<std::uint32_t>(data[i] << 8 | data[i + 1]);
    if (length % 2)
        sum += static_cast<std::uint32_t>(data[length - 1] << 8);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return static_cast<std::uint16_t>(~sum);
}

} // namespace keyward::net
