#pragma once

// Admin API framing: a 4-byte big-endian length, then one JSON object of that many
// bytes. The reader accumulates bytes from a stream socket and hands out whole
// objects; a frame over the maximum size, or one that is not a JSON object, is an
// error the connection reports and then closes on — the reader never buffers more
// than one maximum-size frame.

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

    void append(const QByteArray &bytes) { m_buffer.append(bytes); }

    enum class Status
    {
        NeedMore,
        Frame,
        Error
    };
    // Takes the next whole frame out of the buffer. On Error, errorString() says why
    // and the stream cannot be resynchronised: close the connection.
    Status next(QJsonObject *object);
    QString errorString() const { return m_error; }
    qsizetype buffered() const { return m_buffer.size(); }

    static QByteArray encode(const QJsonObject &object);

private:
    qsizetype m_maxFrameSize;
    QByteArray m_buffer;
    QString m_error;
    bool m_failed = false;
};

} // namespace keyward::ipc
