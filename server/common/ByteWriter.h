#pragma once

// Big-endian writer that appends to a byte vector.

#include "common/Bytes.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace keyward::protocol {

class ByteWriter
{
public:
    explicit ByteWriter(Bytes &out) : m_out(out) {}

    void u8(std::uint8_t v) { m_out.push_back(v); }
    void u16(std::uint16_t v)
    {
        m_out.push_back(static_cast<std::uint8_t>(v >> 8));
        m_out.push_back(static_cast<std::uint8_t>(v));
    }
    void u32(std::uint32_t v)
    {
        for (int shift = 24; shift >= 0; shift -= 8)
            m_out.push_back(static_cast<std::uint8_t>(v >> shift));
    }
    void bytes(ByteView v) { m_out.insert(m_out.end(), v.begin(), v.end()); }
    void zeros(std::size_t n) { m_out.insert(m_out.end(), n, 0); }

    // Fixed-size NUL-padded text field; longer text is truncated to the field.
    void fixedString(std::string_view text, std::size_t n)
    {
        std::size_t len = std::min(text.size(), n);
        bytes(asBytes(text.substr(0, len)));
        zeros(n - len);
    }

    // Overwrites a 16-bit value already written (length fields filled in last).
    void patchU16(std::size_t offset, std::uint16_t v)
    {
        m_out[offset] = static_cast<std::uint8_t>(v >> 8);
        m_out[offset + 1] = static_cast<std::uint8_t>(v);
    }

    std::size_t size() const { return m_out.size(); }

private:
    Bytes &m_out;
};

} // namespace keyward::protocol
