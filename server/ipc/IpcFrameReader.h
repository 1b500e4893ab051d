#pragma once

// Admin API framing: a 4-byte big-endian length, then one JSON object of that many
// bytes. The reader accumulates bytes from a stream socket and hands out whole
// objects; a frame over the maximum size, or one that is not a JSON object, is an
// error the connection reports and then closes on — the reader never buffers more
// than one maximum-size frame.
//
// A reader given limits also counts what a peer sends per second, before any JSON is
// parsed: room() says how many more bytes it takes in the current second, and next()
// answers Throttled once the second's frames are used up. The connection then stops
// reading until the next second (the kernel's buffers push back on the peer), so a
// flood costs its sender time, not the daemon CPU. Time is passed in.

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace keyward::ipc {

class IpcFrameReader
{
public:
    static constexpr qsizetype DefaultMaxFrameSize = 1024 * 1024;

    explicit IpcFrameReader(qsizetype maxFrameSize = DefaultMaxFrameSize)
        : m_maxFrameSize(maxFrameSize)
    {}

    // What a peer may send per second; 0 is no limit.
    struct Limits
    {
        qint64 bytesPerSecond = 0;
        int framesPerSecond = 0;
    };
    void setLimits(Limits limits) { m_limits = limits; }

    // How many more bytes the reader takes at `nowMs` (in this second of the peer's).
    qint64 room(qint64 nowMs);
    void append(const QByteArray &bytes)
    {
        m_buffer.append(bytes);
        m_bytesInWindow += bytes.size();
    }

    enum class Status
    {
        NeedMore,
        Frame,
        Throttled, // this second's frames are used up; call again in msUntilNextSecond()
        Error
    };
    // Takes the next whole frame out of the buffer. On Error, errorString() says why
    // and the stream cannot be resynchronised: close the connection.
    Status next(QJsonObject *object, qint64 nowMs = 0);
    qint64 msUntilNextSecond(qint64 nowMs) const;
    QString errorString() const { return m_error; }
    qsizetype buffered() const { return m_buffer.size(); }

    static QByteArray encode(const QJsonObject &object);
    // The four octets in front of a frame of `bodySize` octets.
    static QByteArray lengthPrefix(qsizetype bodySize);

private:
    void roll(qint64 nowMs);

    qsizetype m_maxFrameSize;
    Limits m_limits;
    qint64 m_windowStart = 0;
    bool m_windowStarted = false;
    qint64 m_bytesInWindow = 0;
    int m_framesInWindow = 0;
    QByteArray m_buffer;
    QString m_error;
    bool m_failed = false;
};

} // namespace keyward::ipc
