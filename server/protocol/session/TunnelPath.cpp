#include "session/TunnelPath.h"

#include "pptp/GrePacket.h"

#include <algorithm>
#include <cstring>

namespace keyward::protocol::session {

namespace {

constexpr std::uint16_t ProtocolIpv4 = 0x0021;
constexpr std::uint16_t ProtocolMppe = 0x00FD;
constexpr Duration AckDelay{20};

// Reads a PPP frame header: optional FF 03, then a 1- or 2-octet protocol field.
// Returns the offset of the information field, or 0 when malformed.
std::size_t parsePppHeader(const std::uint8_t *p, std::size_t n, std::uint16_t *protocol)
{
    std::size_t i = 0;
    if (n >= 2 && p[0] == 0xFF && p[1] == 0x03)
        i = 2;
    if (i >= n)
        return 0;
    if (p[i] & 1) { // compressed (PFC): one octet, odd
        *protocol = p[i];
        return i + 1;
    }
    if (i + 2 > n || !(p[i + 1] & 1))
        return 0;
    *protocol = static_cast<std::uint16_t>(p[i] << 8 | p[i + 1]);
    return i + 2;
}

} // namespace

TunnelPath::TunnelPath(const crypto::CryptoLibrary &library, std::uint16_t callId,
                       std::uint16_t peerCallId, std::uint16_t peerReceiveWindow)
    : m_library(library), m_callId(callId), m_peerCallId(peerCallId),
      m_sequencer(peerReceiveWindow, AckDelay)
{}

std::vector<Bytes> TunnelPath::enableMppe(mppe::MppeParameters parameters, ByteView sendStartKey,
                                          ByteView receiveStartKey, Timestamp now)
{
    m_encryptor = std::make_unique<mppe::MppeEncryptor>(m_library, sendStartKey, parameters);
    m_decryptor = std::make_unique<mppe::MppeDecryptor>(m_library, receiveStartKey, parameters);
    std::vector<Bytes> delivered;
    for (Bytes &packet : std::exchange(m_early, {})) {
        const Inbound in = onMppe(packet, now);
        if (in.kind == Inbound::Kind::Ip)
            delivered.emplace_back(in.bytes.begin(), in.bytes.end());
    }
    return delivered;
}

std::optional<mppe::MppeParameters> TunnelPath::mppeParameters() const
{
    if (!m_encryptor)
        return std::nullopt;
    return m_encryptor->parameters();
}

void TunnelPath::onPeerResetRequest()
{
    if (m_encryptor)
        m_encryptor->onResetRequest();
}

bool TunnelPath::takeResetRequest()
{
    return m_decryptor && m_decryptor->takeResetRequest();
}

bool TunnelPath::takeResynchronised()
{
    return m_decryptor && m_decryptor->takeResynchronised();
}

TunnelPath::Inbound TunnelPath::drop(std::uint64_t TunnelCounters::*cause, const char *reason)
{
    ++m_counters.dropped;
    ++(m_counters.*cause);
    Inbound in;
    in.kind = Inbound::Kind::Drop;
    in.reason = reason;
    return in;
}

TunnelPath::Inbound TunnelPath::onGre(std::span<std::uint8_t> gre, Timestamp now)
{
    auto decoded = pptp::GrePacket::decode(gre);
    if (!decoded)
        return drop(&TunnelCounters::malformed, "malformed GRE packet");
    const pptp::GrePacket &packet = *decoded;
    if (packet.callId != m_callId)
        return drop(&TunnelCounters::malformed, "GRE packet for another call");
    const auto verdict = m_sequencer.onReceive(packet, now);
    m_counters.lost = m_sequencer.lost();
    switch (verdict) {
    case pptp::GreSequencer::Verdict::Accept:
        break;
    case pptp::GreSequencer::Verdict::Duplicate:
        return drop(&TunnelCounters::duplicates, "duplicate GRE sequence number");
    case pptp::GreSequencer::Verdict::OutOfOrder:
        return drop(&TunnelCounters::outOfOrder, "GRE packet out of order");
    }
    if (packet.payload.empty())
        return {};

    // The payload view points into `gre`; work on it in place.
    const std::size_t offset = static_cast<std::size_t>(packet.payload.data() - gre.data());
    std::span<std::uint8_t> ppp = gre.subspan(offset, packet.payload.size());
    std::uint16_t protocol = 0;
    const std::size_t info = parsePppHeader(ppp.data(), ppp.size(), &protocol);
    if (info == 0)
        return drop(&TunnelCounters::malformed, "malformed PPP header");

    if (protocol == ProtocolMppe) {
        if (!m_decryptor) {
            if (m_early.size() >= 8)
                return drop(&TunnelCounters::noKeys, "MPPE packet before CCP opened");
            m_early.emplace_back(ppp.begin() + static_cast<std::ptrdiff_t>(info), ppp.end());
            return {};
        }
        return onMppe(ppp.subspan(info), now);
    }
    if (protocol == ProtocolIpv4) {
        return drop(&TunnelCounters::unencrypted, "unencrypted IPv4 refused: MPPE is required");
    }
    // Everything else, including network protocols we do not carry (IPv6, ...), goes
    // to the control plane, which answers unknown ones with LCP Protocol-Reject.
    Inbound in;
    in.kind = Inbound::Kind::Control;
    in.protocol = protocol;
    in.bytes = ppp.subspan(info);
    ++m_counters.controlIn;
    return in;
}

TunnelPath::Inbound TunnelPath::onMppe(std::span<std::uint8_t> packet, Timestamp now)
{
    auto plain = m_decryptor->decryptInPlace(packet);
    if (!plain) {
        return drop(&TunnelCounters::decryptErrors, "MPPE packet could not be decrypted");
    }
    std::uint16_t inner = 0;
    std::span<std::uint8_t> body = *plain;
    std::size_t innerInfo = 0;
    if (!body.empty() && (body[0] & 1)) {
        inner = body[0];
        innerInfo = 1;
    } else if (body.size() >= 2 && (body[1] & 1)) {
        inner = static_cast<std::uint16_t>(body[0] << 8 | body[1]);
        innerInfo = 2;
    } else {
        return drop(&TunnelCounters::malformed, "malformed protocol inside MPPE");
    }
    if (inner != ProtocolIpv4)
        return drop(&TunnelCounters::malformed, "non-IPv4 protocol inside MPPE");
    Inbound in;
    in.kind = Inbound::Kind::Ip;
    in.bytes = body.subspan(innerInfo);
    in.protocol = inner;
    ++m_counters.packetsIn;
    m_counters.bytesIn += in.bytes.size();
    m_counters.lastDataActivity = now;
    return in;
}

std::size_t TunnelPath::writeGreHeader(std::uint8_t *out, std::size_t payloadLength,
                                       std::optional<std::uint32_t> sequence,
                                       std::optional<std::uint32_t> ack) const
{
    std::size_t i = 0;
    out[i++] = static_cast<std::uint8_t>(0x20 | (sequence ? 0x10 : 0)); // K, S
    out[i++] = static_cast<std::uint8_t>((ack ? 0x80 : 0) | 0x01);      // A, version 1
    out[i++] = 0x88;
    out[i++] = 0x0B;
    out[i++] = static_cast<std::uint8_t>(payloadLength >> 8);
    out[i++] = static_cast<std::uint8_t>(payloadLength);
    out[i++] = static_cast<std::uint8_t>(m_peerCallId >> 8);
    out[i++] = static_cast<std::uint8_t>(m_peerCallId);
    for (auto value : {sequence, ack}) {
        if (!value)
            continue;
        out[i++] = static_cast<std::uint8_t>(*value >> 24);
        out[i++] = static_cast<std::uint8_t>(*value >> 16);
        out[i++] = static_cast<std::uint8_t>(*value >> 8);
        out[i++] = static_cast<std::uint8_t>(*value);
    }
    return i;
}

std::span<const std::uint8_t> TunnelPath::wrapIp(std::span<std::uint8_t> buffer, std::size_t length,
                                                 Timestamp now)
{
    if (!m_encryptor) {
        ++m_counters.dropped;
        ++m_counters.noKeys;
        return {};
    }
    if (length > m_peerMru) {
        ++m_counters.dropped;
        ++m_counters.overPeerMru;
        return {};
    }
    if (!m_queue.empty() || !m_sequencer.canSend()) {
        // Behind the packets already waiting, so the order on the wire stays.
        if (m_queue.size() >= QueueLimit) {
            ++m_counters.dropped;
            ++m_counters.windowFull;
            return {};
        }
        const auto *ip = buffer.data() + HeadRoom;
        m_queue.emplace_back(ip, ip + length);
        ++m_counters.queued;
        return {};
    }
    return send(buffer, length, now);
}

std::span<const std::uint8_t> TunnelPath::takeQueued(std::span<std::uint8_t> buffer, Timestamp now)
{
    if (m_queue.empty())
        return {};
    if (m_sequencer.expireWindow(now))
        ++m_counters.windowTimeouts;
    if (!m_sequencer.canSend())
        return {};
    Bytes packet = std::move(m_queue.front());
    m_queue.pop_front();
    std::memcpy(buffer.data() + HeadRoom, packet.data(), packet.size());
    auto out = send(buffer, packet.size(), now);
    return out;
}

Timestamp TunnelPath::nextDeadline() const
{
    const Timestamp ack = m_sequencer.nextDeadline();
    if (m_queue.empty())
        return ack;
    return std::min(ack, m_sequencer.windowDeadline());
}

std::span<const std::uint8_t> TunnelPath::send(std::span<std::uint8_t> buffer, std::size_t length,
                                               Timestamp now)
{
    // [GRE header][FF 03 00 FD][MPPE header (2)][00 21][IPv4 ...]
    std::uint8_t *ip = buffer.data() + HeadRoom;
    std::uint8_t *mppe = ip - 4; // MPPE header + inner protocol
    ip[-2] = 0x00;
    ip[-1] = 0x21;
    if (!m_encryptor->encryptInPlace(std::span<std::uint8_t>(mppe, length + 4))) {
        ++m_counters.dropped;
        ++m_counters.encryptErrors;
        return {};
    }
    std::uint8_t *ppp = mppe - 4;
    ppp[0] = 0xFF;
    ppp[1] = 0x03;
    ppp[2] = 0x00;
    ppp[3] = 0xFD;
    const std::size_t payload = length + 8;
    const auto numbers = m_sequencer.nextSend(now);
    const std::size_t headerSize = 8 + 4 + (numbers.acknowledgment ? 4 : 0);
    std::uint8_t *start = ppp - headerSize;
    writeGreHeader(start, payload, numbers.sequence, numbers.acknowledgment);
    ++m_counters.packetsOut;
    m_counters.bytesOut += length;
    m_counters.lastDataActivity = now;
    return {start, headerSize + payload};
}

Bytes TunnelPath::wrapControl(std::uint16_t protocol, ByteView information, Timestamp now)
{
    // Control frames never wait for the window: LCP echoes and CCP resets must flow.
    const auto numbers = m_sequencer.nextSend(now);
    Bytes out(16 + 4 + information.size());
    const std::size_t payload = 4 + information.size();
    std::size_t h = writeGreHeader(out.data(), payload, numbers.sequence, numbers.acknowledgment);
    out[h++] = 0xFF;
    out[h++] = 0x03;
    out[h++] = static_cast<std::uint8_t>(protocol >> 8);
    out[h++] = static_cast<std::uint8_t>(protocol);
    std::memcpy(out.data() + h, information.data(), information.size());
    out.resize(h + information.size());
    ++m_counters.controlOut;
    return out;
}

Bytes TunnelPath::takeAckOnly(Timestamp now)
{
    auto ack = m_sequencer.takeAckOnly(now);
    if (!ack)
        return {};
    Bytes out(12);
    writeGreHeader(out.data(), 0, std::nullopt, ack);
    return out;
}

} // namespace keyward::protocol::session
