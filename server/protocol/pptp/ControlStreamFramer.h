#pragma once

// Splits the PPTP control TCP stream into messages by their length field. A length
// below the 12-octet header or above the largest control message (220) is refused as
// soon as its two octets arrive, so a hostile peer can never make us hold more than
// one partial message: after push() at most kMaxControlMessageSize - 1 octets remain
// buffered. Once the stream is refused, the framer stays failed (the caller closes).

#include "common/Bytes.h"
#include "common/Result.h"

#include <vector>

namespace keyward::protocol::pptp {

class ControlStreamFramer
{
public:
    // Appends a TCP chunk and returns every message it completed, in order. The
    // messages are only framed here; decodeControlMessage() checks them.
    Result<std::vector<Bytes>> push(ByteView chunk);

    bool failed() const { return !m_failure.empty(); }
    std::size_t buffered() const { return m_partial.size(); }

private:
    // The length announced by the buffered partial message (at least two octets
    // buffered), or 0 after recording why that length is refused.
    std::size_t pendingLength();

    Bytes m_partial;
    std::string m_failure;
};

} // namespace keyward::protocol::pptp
