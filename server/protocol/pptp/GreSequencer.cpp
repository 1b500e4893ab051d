#include "pptp/GreSequencer.h"

#include <algorithm>

namespace keyward::protocol::pptp {

namespace {

constexpr std::uint32_t GapBits = 64;

} // namespace

GreSequencer::GreSequencer(std::uint16_t peerReceiveWindow, Duration ackDelay,
                           std::uint32_t initialSequence)
    : m_peerWindow(peerReceiveWindow),
      m_sendWindow(std::max<std::uint32_t>(peerReceiveWindow, MinimumSendWindow)),
      m_ackDelay(ackDelay), m_nextSequence(initialSequence), m_peerAcked(initialSequence - 1)
{}

GreSequencer::SendNumbers GreSequencer::nextSend(Timestamp now)
{
    if (unacknowledged() == 0)
        m_lastAckProgress = now; // the window timer counts from the first outstanding packet
    SendNumbers numbers;
    numbers.sequence = m_nextSequence++;
    if (m_owed > 0) {
        numbers.acknowledgment = m_lastReceived;
        m_owed = 0;
        m_ackDeadline = NoDeadline;
    }
    return numbers;
}

bool GreSequencer::expireWindow(Timestamp now)
{
    if (unacknowledged() == 0 || now < windowDeadline())
        return false;
    m_peerAcked = m_nextSequence - 1;
    m_lastAckProgress = now;
    ++m_windowTimeouts;
    return true;
}

GreSequencer::Verdict GreSequencer::onReceive(const GrePacket &packet, Timestamp now)
{
    if (packet.acknowledgment)
        onAck(*packet.acknowledgment, now);
    if (!packet.sequence)
        return Verdict::Accept;

    const std::uint32_t seq = *packet.sequence;
    if (m_received) {
        const auto distance = static_cast<std::int32_t>(seq - m_lastReceived);
        if (distance == 0) {
            ++m_duplicates;
            return Verdict::Duplicate;
        }
        if (distance < 0) {
            const auto age = static_cast<std::uint32_t>(-static_cast<std::int64_t>(distance));
            if (age < GapBits) {
                const std::uint64_t bit = std::uint64_t{1} << age;
                if (m_gaps & bit) { // a gap filled, late
                    m_gaps &= ~bit;
                    --m_lost;
                }
            }
            ++m_outOfOrder;
            return Verdict::OutOfOrder;
        }
        const auto jump = static_cast<std::uint32_t>(distance);
        m_lost += jump - 1;
        if (jump < GapBits) {
            const std::uint64_t skipped = ((std::uint64_t{1} << jump) - 1) & ~std::uint64_t{1};
            m_gaps = (m_gaps << jump) | skipped;
        } else {
            m_gaps = ~std::uint64_t{1};
        }
    }
    m_received = true;
    m_lastReceived = seq;
    ++m_accepted;
    if (m_owed++ == 0)
        m_ackDeadline = now + m_ackDelay;
    if (m_owed >= AckEvery)
        m_ackDeadline = now;
    return Verdict::Accept;
}

std::optional<std::uint32_t> GreSequencer::takeAckOnly(Timestamp now)
{
    if (m_owed == 0 || now < m_ackDeadline)
        return std::nullopt;
    m_owed = 0;
    m_ackDeadline = NoDeadline;
    return m_lastReceived;
}

void GreSequencer::onAck(std::uint32_t ack, Timestamp now)
{
    const std::uint32_t lastSent = m_nextSequence - 1;
    if (!after(ack, m_peerAcked))
        return; // old or repeated ack (or one for packets the window timer let go)
    if (after(ack, lastSent)) {
        ++m_bogusAcks;
        return;
    }
    m_peerAcked = ack;
    m_lastAckProgress = now;
}

} // namespace keyward::protocol::pptp
