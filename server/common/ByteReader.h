#pragma once

// Bounds-checked big-endian reader. Every read checks what is left first; a failed
// read leaves the reader in a failed state so a decoder can read a whole header and
// check once. Nothing here throws or reads past the end.

#include "common/Bytes.h"

#include <cstdint>
#include <string>

namespace keyward::protocol {

class ByteReader
{
public:
    explicit ByteReader(ByteView data) : m_data(data) {}

    std::size_t remaining() const { return m_failed ? 0 : m_data.size() - m_pos; }
    std::size_t position() const { return m_pos; }
    bool failed() const { return m_failed; }
    bool atEnd() const { return remaining() == 0; }

    std::uint8_t u8()
    {
        if (!need(1))
            return 0;
        return m_data[m_pos++];
    }

    std::uint16_t u16()
    {
        if (!need(2))
            return 0;
        std::uint16_t v = static_cast<std::uint16_t>(m_data[m_pos] << 8 | m_data[m_pos + 1]);
        m_pos += 2;
        return v;
    }

    std::uint32_t u32()
    {
        if (!need(4))
            return 0;
        std::uint32_t v = static_cast<std::uint32_t>(m_data[m_pos]) << 24 |
                          static_cast<std::uint32_t>(m_data[m_pos + 1]) << 16 |
                          static_cast<std::uint32_t>(m_data[m_pos + 2]) << 8 |
                          static_cast<std::uint32_t>(m_data[m_pos + 3]);
        m_pos += 4;
        return v;
    }

    ByteView bytes(std::size_t n)
    {
        if (!need(n))
            return {};
        ByteView v = m_data.subspan(m_pos, n);
        m_pos += n;
        return v;
    }

    ByteView rest() { return bytes(remaining()); }

    // A fixed-size, NUL-padded text field (PPTP host name, vendor, phone number...):
    // the text stops at the first NUL.
    std::string fixedString(std::size_t n)
    {
        ByteView v = bytes(n);
        std::string out;
        for (std::uint8_t c : v) {
            if (c == 0)
                break;
            out.push_back(static_cast<char>(c));
        }
        return out;
    }

    bool skip(std::size_t n) { return need(n) ? (m_pos += n, true) : false; }

private:
    bool need(std::size_t n)
    {
        if (m_failed || m_data.size() - m_pos < n) {
            m_failed = true;
            return false;
        }
        return true;
    }

    ByteView m_data;
    std::size_t m_pos = 0;
    bool m_failed = false;
};

} // namespace keyward::protocol
