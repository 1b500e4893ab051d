#include "dissect/TcpStreamReassembler.h"

namespace keyward::capture {

void TcpStreamReassembler::add(quint32 seq, bool syn, QByteArrayView payload)
{
    if (syn) {
        if (!m_started) {
            m_started = true;
            m_next = seq + 1;
        }
        seq += 1;
    }
    if (payload.isEmpty())
        return;
    if (!m_started) {
        // The capture began inside the connection: start where this segment does.
        m_started = true;
        m_next = seq;
    }
    const qint32 ahead = static_cast<qint32>(seq - m_next);
    if (ahead > 0) {
        if (ahead > 0x10000000) {
            m_retransmitted += payload.size();
            return; // far off: not this stream
        }
        for (const Held &h : std::as_const(m_held))
            if (h.seq == seq && h.data.size() >= payload.size())
                return; // a retransmission of a held segment
        m_held.append({seq, payload.toByteArray()});
        m_heldBytes += static_cast<int>(payload.size());
        while (m_heldBytes > MaxHeld || m_held.size() > MaxHeldSegments) {
            // Give the gap up: continue from the earliest held segment.
            int earliest = 0;
            for (int i = 1; i < m_held.size(); ++i)
                if (static_cast<qint32>(m_held[i].seq - m_held[earliest].seq) < 0)
                    earliest = i;
            m_next = m_held[earliest].seq;
            ++m_gaps;
            m_gapPending = true;
            drain();
            if (m_held.isEmpty())
                break;
        }
        return;
    }
    append(seq, payload);
    drain();
}

void TcpStreamReassembler::append(quint32 seq, QByteArrayView payload)
{
    const qint32 behind = static_cast<qint32>(m_next - seq);
    if (behind >= payload.size()) {
        m_retransmitted += payload.size();
        return;
    }
    if (behind > 0) {
        m_retransmitted += behind;
        payload = payload.sliced(behind);
    }
    if (m_stream.size() + payload.size() > MaxStream) {
        // The reader is not consuming (not PPTP, or garbage): keep the newest bytes.
        m_stream.clear();
        ++m_gaps;
        m_gapPending = true;
    }
    m_stream.append(payload.data(), payload.size());
    m_next += static_cast<quint32>(payload.size());
}

void TcpStreamReassembler::drain()
{
    bool progress = true;
    while (progress && !m_held.isEmpty()) {
        progress = false;
        for (int i = 0; i < m_held.size(); ++i) {
            if (static_cast<qint32>(m_held[i].seq - m_next) <= 0) {
                Held h = m_held.takeAt(i);
                m_heldBytes -= static_cast<int>(h.data.size());
                append(h.seq, h.data);
                progress = true;
                break;
            }
        }
    }
}

void TcpStreamReassembler::consume(qsizetype n)
{
    m_stream.remove(0, qMin(n, m_stream.size()));
}

bool TcpStreamReassembler::takeGap()
{
    return std::exchange(m_gapPending, false);
}

} // namespace keyward::capture
