#include "pptp/ControlStreamFramer.h"

#include "pptp/ControlCodes.h"

#include <algorithm>

namespace keyward::protocol::pptp {

Result<std::vector<Bytes>> ControlStreamFramer::push(ByteView chunk)
{
    if (failed())
        return fail(m_failure);

    std::vector<Bytes> messages;
    std::size_t pos = 0;
    while (pos < chunk.size()) {
        // Fill the length field first.
        if (m_partial.size() < 2) {
            m_partial.push_back(chunk[pos++]);
            continue;
        }
        const std::size_t length = pendingLength();
        if (length == 0)
            return fail(m_failure);
        const std::size_t take = std::min(length - m_partial.size(), chunk.size() - pos);
        m_partial.insert(m_partial.end(), chunk.begin() + static_cast<std::ptrdiff_t>(pos),
                         chunk.begin() + static_cast<std::ptrdiff_t>(pos + take));
        pos += take;
        if (m_partial.size() == length) {
            messages.push_back(std::move(m_partial));
            m_partial.clear();
        }
    }
    // A chunk that ends right after a length field is checked now, not on the next push.
    if (m_partial.size() >= 2) {
        if (pendingLength() == 0)
            return fail(m_failure);
    }
    return messages;
}

std::size_t ControlStreamFramer::pendingLength()
{
    const std::size_t length = static_cast<std::size_t>(m_partial[0]) << 8 | m_partial[1];
    if (length >= kHeaderSize && length <= kMaxControlMessageSize)
        return length;
    m_failure = "PPTP control stream refused: length field " + std::to_string(length) +
                " is outside " + std::to_string(kHeaderSize) + ".." +
                std::to_string(kMaxControlMessageSize);
    m_partial.clear();
    return 0;
}

} // namespace keyward::protocol::pptp
