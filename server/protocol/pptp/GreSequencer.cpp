#include "pptp/GreSequencer.h"

#include <algorithm>

namespace keyward::protocol::pptp {

GreSequencer::GreSequencer(std::uint16_t peerReceiveWindow, Duration ackDelay,
                           std::uint32_t initialSequence)
    : m_peerWindow(std::max<std::uint32_t>(peerReceiveWindow, 1)), m_ackDelay(ackDelay),
      m_nextSequence(initialSequence), m_peerAcked(initialSequence - 1)
{}

GreSequencer::SendNumbers GreSequencer::nextSend()
{
    SendNumbers numbers;
    numbers.sequence = m_nextSequence++;
    if (m_ackPending) {
        numbers.acknowledgment = m_lastReceived;
        m_ackPending = false;
        m_ackDeadline = NoDeadline;
    }
    return numbers;
}

GreSequencer::Verdict GreSequencer::onReceive(const GrePacket &packet, Timestamp now)
{
    if (packet.acknowledgment)
        onAck(*packet.acknowledgment);
    if (!packet.sequence)
        return Verdict::Accept;

    const std::uint32_t seq = *packet.sequence;
    if (m_received) {
        if (seq == m_lastReceived) {
            ++m_duplicates;
            return Verdict::Duplicate;
        }
        if (!after(seq, m_lastReceived)) {
            ++m_outOfOrder;
            return Verdict::OutOfOrder;
        }
    }
    m_received = true;
    m_lastReceived = seq;
    ++m_accepted;
    if (!m_ackPending) {
        m_ackPending = true;
        m_ackDeadline = now + m_ackDelay;
    }
    return Verdict::Accept;
}

std::optional<std::uint32_t> GreSequencer::takeAckOnly(Timestamp now)
{
    if (!m_ackPending || now < m_ackDeadline)
        return std::nullopt;
    m_ackPending = false;
    m_ackDeadline = NoDeadline;
    return m_lastReceived;
}

void GreSequencer::onAck(std::uint32_t ack)
{
    const std::uint32_t lastSent = m_nextSequence - 1;
    if (!after(ack, m_peerAcked))
        return; // old or repeated ack: nothing new
    if (after(ack, lastSent)) {
        ++m_bogusAcks;
        return;
    }
    m_peerAcked = ack;
}

} // namespace keyward::protocol::pptp
