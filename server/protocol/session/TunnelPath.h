#pragma once

// The data path of one PPTP call, sans-I/O: enhanced GRE with sequencing, PPP
// framing and MPPE, in both directions. The data plane thread owns one per call and
// feeds it raw GRE from the socket and IPv4 packets from the TUN device; the path
// says what to do with each: write an IPv4 packet to the TUN, hand a PPP control
// frame (LCP, CHAP, CCP, IPCP, ...) to the control plane, or drop it with a reason.
//
// IPv4 flows only once MPPE is on: until enableMppe() (after CCP opened) every data
// packet is dropped, and an unencrypted IPv4 frame from the peer is never accepted.

#include "common/Bytes.h"
#include "common/Result.h"
#include "common/Time.h"
#include "mppe/MppeDecryptor.h"
#include "mppe/MppeEncryptor.h"
#include "mppe/MppeParameters.h"
#include "pptp/GreSequencer.h"

#include <list>
#include <memory>
#include <optional>

namespace keyward::protocol::crypto {
class CryptoLibrary;
}

namespace keyward::protocol::session {

// What one call's data path did, counted since it started. Every drop is counted
// in `dropped` and in exactly one of the causes below it.
struct TunnelCounters
{
    std::uint64_t packetsIn = 0; // IPv4 packets delivered to the TUN
    std::uint64_t bytesIn = 0;
    std::uint64_t packetsOut = 0; // IPv4 packets sent to the peer
    std::uint64_t bytesOut = 0;
    std::uint64_t controlIn = 0;
    std::uint64_t controlOut = 0;
    // Sending: packets that waited in the queue for the peer's window, and how often
    // the window was opened because no ack came within GreSequencer::WindowTimeout.
    std::uint64_t queued = 0;
    std::uint64_t windowTimeouts = 0;
    // Receiving: sequence numbers skipped and never filled, and packets that came
    // after a newer one (refused; see `outOfOrder` below).
    std::uint64_t lost = 0;

    std::uint64_t dropped = 0;       // every drop, whatever the cause:
    std::uint64_t noKeys = 0;        // IPv4 to send, or MPPE received, before MPPE was on
    std::uint64_t windowFull = 0;    // to send: the peer's window and the queue were both full
    std::uint64_t encryptErrors = 0; // to send: MPPE could not encrypt
    std::uint64_t decryptErrors = 0; // received: MPPE could not decrypt (or lost its state)
    std::uint64_t unencrypted = 0;   // received: IPv4 without MPPE
    std::uint64_t duplicates = 0;    // received: a GRE sequence number seen before
    std::uint64_t outOfOrder = 0;    // received: late, after a newer packet
    std::uint64_t overPeerMru = 0;   // to send: IPv4 longer than the peer's MRU
    std::uint64_t malformed = 0;     // received: malformed GRE, PPP or inner protocol field,
                                     // a protocol we do not carry inside MPPE, another call's key
    Timestamp lastDataActivity{0};
};

class TunnelPath
{
public:
    // Room to leave in front of an IPv4 packet for GRE (16) + PPP (4) + MPPE (2) +
    // the inner protocol (2): write the packet at buffer + HeadRoom.
    static constexpr std::size_t HeadRoom = 24;
    // Packets that may wait for the peer's window. They are kept as plain IPv4 and
    // numbered and encrypted only when they leave (in order, so stateful MPPE stays
    // in step), in buffers allocated only while they wait: at most 512 x the tunnel's
    // MTU, 750 KiB at an MTU of 1500, per call. 64 was too few for a peer whose acks
    // pause for a few milliseconds at 1 Gbit/s (keyward-probe on a busy 2-core
    // machine): TCP inside then retransmitted up to 0.5% of its segments, every one a
    // packet dropped here; at 512 none is.
    static constexpr std::size_t QueueLimit = 512;

    struct Inbound
    {
        enum class Kind
        {
            Drop,
            Ip,
            Control,
            Nothing
        };
        Kind kind = Kind::Nothing;
        std::span<std::uint8_t>
            bytes;                  // the IPv4 packet, or the PPP frame from the protocol field on
        std::uint16_t protocol = 0; // PPP protocol of a Control frame
        const char *reason = "";    // why a packet was dropped (static text)
    };

    TunnelPath(const crypto::CryptoLibrary &library, std::uint16_t callId, std::uint16_t peerCallId,
               std::uint16_t peerReceiveWindow);

    std::uint16_t callId() const { return m_callId; }
    std::uint16_t peerCallId() const { return m_peerCallId; }
    // A client registers its path before the server's Outgoing-Call-Reply names the
    // server's call id, so frames that race ahead of the reply are not lost.
    void setPeerCallId(std::uint16_t peerCallId) { m_peerCallId = peerCallId; }

    // Starts MPPE with the keys from MS-CHAPv2/CCP; replaces earlier keys (rekey).
    // Returns what the MPPE packets that arrived just before it decrypt to: the peer
    // may open CCP (and send) while its Configure-Ack is still on the way to us.
    std::vector<Bytes> enableMppe(mppe::MppeParameters parameters, ByteView sendStartKey,
                                  ByteView receiveStartKey, Timestamp now);
    bool mppeEnabled() const { return m_encryptor != nullptr; }
    std::optional<mppe::MppeParameters> mppeParameters() const;
    // The peer sent a CCP Reset-Request: flush our next packet (stateful mode).
    void onPeerResetRequest();
    // True once after our decryptor lost packets in stateful mode: send a CCP
    // Reset-Request.
    bool takeResetRequest();
    // True once after the peer's flushed packet resynchronised our decryptor.
    bool takeResynchronised();
    // The peer's LCP MRU (PppMppeReady::peerMru): wrapIp() drops and counts an IPv4
    // packet longer than it. MPPE's 4 octets are not counted against the MRU: the
    // peer's decryptor sees the datagram (Linux sizes its MPPE receive buffer as MRU
    // plus header), and Windows and pppd send datagrams of the peer's MRU in MPPE.
    void setPeerMru(std::uint16_t mru) { m_peerMru = mru; }

    // A GRE packet (the bytes after the IPv4 header) whose key was our call id.
    // Decrypts in place; the returned span points into `gre`.
    Inbound onGre(std::span<std::uint8_t> gre, Timestamp now);

    // Builds the GRE packet for an IPv4 packet that sits at buffer[HeadRoom ..
    // HeadRoom + length). Returns the GRE packet as a span inside buffer, or an
    // empty span when it is not sent now: queued behind the peer's window (see
    // takeQueued()), or dropped (no MPPE yet, queue full, encryption failed).
    std::span<const std::uint8_t> wrapIp(std::span<std::uint8_t> buffer, std::size_t length,
                                         Timestamp now);
    // The next queued packet, built into buffer like wrapIp(), once the window has
    // room for it (an ack came, or the window timer let the outstanding ones go);
    // empty when nothing may be sent now.
    std::span<const std::uint8_t> takeQueued(std::span<std::uint8_t> buffer, Timestamp now);
    std::size_t queuedPackets() const { return m_queue.size(); }
    // Builds the GRE packet for a PPP control frame (protocol + information).
    Bytes wrapControl(std::uint16_t protocol, ByteView information, Timestamp now);
    // An ack-only GRE packet when one is due, else empty.
    Bytes takeAckOnly(Timestamp now);
    Timestamp nextAckDeadline() const { return m_sequencer.nextDeadline(); }
    // The earliest of the ack deadline and, while packets are queued, the window timer.
    Timestamp nextDeadline() const;

    const TunnelCounters &counters() const { return m_counters; }
    const pptp::GreSequencer &sequencer() const { return m_sequencer; }

private:
    std::size_t writeGreHeader(std::uint8_t *out, std::size_t payloadLength,
                               std::optional<std::uint32_t> sequence,
                               std::optional<std::uint32_t> ack) const;
    Inbound drop(std::uint64_t TunnelCounters::*cause, const char *reason);
    std::span<const std::uint8_t> send(std::span<std::uint8_t> buffer, std::size_t length,
                                       Timestamp now);
    Inbound onMppe(std::span<std::uint8_t> packet, Timestamp now);

    const crypto::CryptoLibrary &m_library;
    std::uint16_t m_callId;
    std::uint16_t m_peerCallId;
    pptp::GreSequencer m_sequencer;
    std::unique_ptr<mppe::MppeEncryptor> m_encryptor;
    std::unique_ptr<mppe::MppeDecryptor> m_decryptor;
    TunnelCounters m_counters;
    std::uint16_t m_peerMru = 1500;
    std::vector<Bytes> m_early; // MPPE packets held until the keys arrive (a few at most)
    // IPv4 packets waiting for the peer's window. A list: an empty std::deque holds a
    // 512-octet block and its map, kept by every idle session.
    std::list<Bytes> m_queue;
};

} // namespace keyward::protocol::session
