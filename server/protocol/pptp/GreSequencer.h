#pragma once

// Sequencing and acknowledgment for one direction-pair of an enhanced GRE call
// (RFC 2637 section 4.2). Sending: hands out our sequence numbers, piggybacks the
// acknowledgment we owe, and tracks how many packets the peer has not acknowledged
// against its receive window. Receiving: accepts only packets newer than the last
// one accepted (serial-number arithmetic, so 2^32 wraparound is fine); duplicates
// and late (reordered) packets are dropped and counted, never passed up. An ack we
// owe is sent piggybacked, or alone once `ackDelay` has passed without data to send.

#include "common/Time.h"
#include "pptp/GrePacket.h"

#include <cstdint>
#include <optional>

namespace keyward::protocol::pptp {

class GreSequencer
{
public:
    enum class Verdict
    {
        Accept,
        Duplicate,
        OutOfOrder
    };

    struct SendNumbers
    {
        std::uint32_t sequence = 0;
        std::optional<std::uint32_t> acknowledgment;
    };

    // peerReceiveWindow: the window from the peer's OCRQ/OCRP (0 is treated as 1).
    GreSequencer(std::uint16_t peerReceiveWindow, Duration ackDelay,
                 std::uint32_t initialSequence = 0);

    // --- sending ---
    // True while fewer than the peer's window of packets are unacknowledged.
    bool canSend() const { return unacknowledged() < m_peerWindow; }
    // Numbers for the next data packet; takes the ack we owe along. It does not
    // enforce the window: check canSend() first (or queue/drop when it is false).
    SendNumbers nextSend();
    std::uint32_t unacknowledged() const { return m_nextSequence - (m_peerAcked + 1); }

    // --- receiving ---
    // Feeds a decoded packet from the peer: its acknowledgment (if any) updates our
    // window, its sequence number (if any) decides whether the payload is passed up.
    // An ack-only packet returns Accept (there is nothing to drop).
    Verdict onReceive(const GrePacket &packet, Timestamp now);

    // An ack-only packet is due: returns the number to acknowledge and marks it sent.
    std::optional<std::uint32_t> takeAckOnly(Timestamp now);
    Timestamp nextDeadline() const { return m_ackPending ? m_ackDeadline : NoDeadline; }
    bool ackPending() const { return m_ackPending; }

    std::uint64_t accepted() const { return m_accepted; }
    std::uint64_t duplicates() const { return m_duplicates; }
    std::uint64_t outOfOrder() const { return m_outOfOrder; }
    // Acks for packets we never sent (ignored).
    std::uint64_t bogusAcks() const { return m_bogusAcks; }

private:
    void onAck(std::uint32_t ack);
    static bool after(std::uint32_t a, std::uint32_t b)
    {
        return static_cast<std::int32_t>(a - b) > 0;
    }

    std::uint32_t m_peerWindow;
    Duration m_ackDelay;
    std::uint32_t m_nextSequence;
    std::uint32_t m_peerAcked; // highest of our sequence numbers the peer acked
    bool m_received = false;
    std::uint32_t m_lastReceived = 0;
    bool m_ackPending = false;
    Timestamp m_ackDeadline = NoDeadline;
    std::uint64_t m_accepted = 0;
    std::uint64_t m_duplicates = 0;
    std::uint64_t m_outOfOrder = 0;
    std::uint64_t m_bogusAcks = 0;
};

} // namespace keyward::protocol::pptp
