#pragma once

// One direction of a TCP connection put back in order: segments out of order are
// held until the gap fills, retransmitted bytes are dropped, overlapping segments
// are trimmed. What is in order is appended to stream(); the reader consumes from
// its front. Bounded: at most MaxHeld bytes wait out of order; past that, the gap is
// given up (counted in gaps()) and the stream continues after it.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace keyward::capture {

class TcpStreamReassembler
{
public:
    static constexpr int MaxHeld = 64 * 1024;
    static constexpr int MaxHeldSegments = 128;
    static constexpr int MaxStream = 64 * 1024;

    // syn: the segment carries SYN (its sequence number is the ISN; data follows at +1).
    void add(quint32 seq, bool syn, QByteArrayView payload);

    QByteArray &stream() { return m_stream; }
    // Bytes of the stream consumed by the reader (drops them from the front).
    void consume(qsizetype n);
    quint64 gaps() const { return m_gaps; }
    quint64 retransmittedBytes() const { return m_retransmitted; }
    // True once after a gap was given up: the reader should resynchronise.
    bool takeGap();

private:
    struct Held
    {
        quint32 seq;
        QByteArray data;
    };
    void append(quint32 seq, QByteArrayView payload);
    void drain();

    bool m_started = false;
    quint32 m_next = 0;
    QByteArray m_stream;
    QList<Held> m_held;
    int m_heldBytes = 0;
    quint64 m_gaps = 0;
    quint64 m_retransmitted = 0;
    bool m_gapPending = false;
};

} // namespace keyward::capture
