#pragma once

// Sequencing and acknowledgment for one direction-pair of an enhanced GRE call
// (RFC 2637 section 4.2).
//
// Sending rule. RFC 2637 gives each side a receive window, but none of the
// implementations PPTP clients are used with turns the peer's window into loss: the
// Linux kernel's pptp module (which accel-ppp drives), Poptop pptpd's pptpgre.c and
// pptp-linux's pptp_gre.c all send every packet at once and never look at the
// window; they acknowledge by piggybacking, and the user-space ones send an ack-only
// packet when nothing else goes out (pptpd after 50 ms, pptp-linux at once when two
// or more are owed). pptp-linux itself advertises a window of 3 yet accepts every
// in-order packet whatever is outstanding, and Windows clients (window 64) work at
// full speed against those servers. A window that is enforced caps a call at
// window x packet size per round trip (3 packets: about 1 Mbit/s at 30 ms), and
// since GRE is never retransmitted, dropping past the window is silent loss that
// the TCP inside the tunnel pays for. So:
//   - the window we keep is max(peer's window, MinimumSendWindow): a small
//     advertised window is advisory, as it is for the reference implementations;
//     a peer that does acknowledge never meets the bound in practice (1024 packets
//     in flight is ~380 Mbit/s at 30 ms);
//   - a packet that finds that window full waits in the caller's bounded queue
//     (TunnelPath), it is not dropped;
//   - an ack that never comes must not stall the call: after WindowTimeout without
//     ack progress, everything outstanding is taken as delivered (counted in
//     windowTimeouts). The Linux kernel module acknowledges only on its own data,
//     so a silent peer is normal, not a failure.
//
// Receiving: accepts only packets newer than the last one accepted (serial-number
// arithmetic, so 2^32 wraparound is fine); a repeat of the last one (duplicate) or
// an older one (late: reordered, or repeated) is refused and counted, never passed
// up, as the Linux kernel module does. A jump forward counts the skipped numbers as
// lost until they arrive late (within the last 64 numbers), so lost() is the
// sequence gaps that were never filled.
//
// Acks we owe go out piggybacked on the next packet we send; when nothing is sent,
// an ack-only packet is due once AckEvery packets are owed, or `ackDelay` after the
// first one owed.

#include "common/Time.h"
#include "pptp/GrePacket.h"

#include <cstdint>
#include <optional>

namespace keyward::protocol::pptp {

class GreSequencer
{
public:
    static constexpr std::uint32_t MinimumSendWindow = 1024;
    static constexpr Duration WindowTimeout{50};
    static constexpr std::uint32_t AckEvery = 8;

    enum class Verdict
    {
        Accept,
        Duplicate,
        OutOfOrder // late: a newer packet was accepted before it
    };

    struct SendNumbers
    {
        std::uint32_t sequence = 0;
        std::optional<std::uint32_t> acknowledgment;
    };

    // peerReceiveWindow: the window from the peer's OCRQ/OCRP (see sendWindow()).
    GreSequencer(std::uint16_t peerReceiveWindow, Duration ackDelay,
                 std::uint32_t initialSequence = 0);

    // --- sending ---
    std::uint16_t peerWindow() const { return m_peerWindow; }
    // The bound on unacknowledged packets: max(peer's window, MinimumSendWindow).
    std::uint32_t sendWindow() const { return m_sendWindow; }
    // True while fewer than sendWindow() packets are unacknowledged.
    bool canSend() const { return unacknowledged() < m_sendWindow; }
    // Numbers for the next packet; takes the ack we owe along. It does not enforce
    // the window: check canSend() first (and queue when it is false).
    SendNumbers nextSend(Timestamp now);
    std::uint32_t unacknowledged() const { return m_nextSequence - (m_peerAcked + 1); }
    // When no ack has moved the window for WindowTimeout while packets are
    // outstanding, takes them all as delivered and returns true.
    bool expireWindow(Timestamp now);
    Timestamp windowDeadline() const
    {
        return unacknowledged() > 0 ? m_lastAckProgress + WindowTimeout : NoDeadline;
    }

    // --- receiving ---
    // Feeds a decoded packet from the peer: its acknowledgment (if any) updates our
    // window, its sequence number (if any) decides whether the payload is passed up.
    // An ack-only packet returns Accept (there is nothing to drop).
    Verdict onReceive(const GrePacket &packet, Timestamp now);

    // An ack-only packet is due: returns the number to acknowledge and marks it sent.
    std::optional<std::uint32_t> takeAckOnly(Timestamp now);
    Timestamp nextDeadline() const { return m_owed > 0 ? m_ackDeadline : NoDeadline; }
    bool ackPending() const { return m_owed > 0; }
    std::uint32_t acksOwed() const { return m_owed; }

    std::uint64_t accepted() const { return m_accepted; }
    std::uint64_t duplicates() const { return m_duplicates; }
    std::uint64_t outOfOrder() const { return m_outOfOrder; }
    std::uint64_t lost() const { return m_lost; }
    // Acks for packets we never sent (ignored).
    std::uint64_t bogusAcks() const { return m_bogusAcks; }
    std::uint64_t windowTimeouts() const { return m_windowTimeouts; }

private:
    void onAck(std::uint32_t ack, Timestamp now);
    static bool after(std::uint32_t a, std::uint32_t b)
    {
        return static_cast<std::int32_t>(a - b) > 0;
    }

    std::uint16_t m_peerWindow;
    std::uint32_t m_sendWindow;
    Duration m_ackDelay;
    std::uint32_t m_nextSequence;
    std::uint32_t m_peerAcked; // highest of our sequence numbers the peer acked
    Timestamp m_lastAckProgress{0};
    bool m_received = false;
    std::uint32_t m_lastReceived = 0;
    std::uint64_t m_gaps = 0; // bit i: m_lastReceived - i was skipped and has not arrived
    std::uint32_t m_owed = 0;
    Timestamp m_ackDeadline = NoDeadline;
    std::uint64_t m_accepted = 0;
    std::uint64_t m_duplicates = 0;
    std::uint64_t m_outOfOrder = 0;
    std::uint64_t m_lost = 0;
    std::uint64_t m_bogusAcks = 0;
    std::uint64_t m_windowTimeouts = 0;
};

} // namespace keyward::protocol::pptp
