#include "ipc/IpcFrameReader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>
#include <limits>

namespace keyward::ipc {

QByteArray IpcFrameReader::encode(const QJsonObject &object)
{
    const QByteArray body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return lengthPrefix(body.size()) + body;
}

QByteArray IpcFrameReader::lengthPrefix(qsizetype bodySize)
{
    const auto n = static_cast<quint32>(bodySize);
    QByteArray prefix(4, Qt::Uninitialized);
    prefix[0] = static_cast<char>(n >> 24);
    prefix[1] = static_cast<char>(n >> 16);
    prefix[2] = static_cast<char>(n >> 8);
    prefix[3] = static_cast<char>(n);
    return prefix;
}

void IpcFrameReader::roll(qint64 nowMs)
{
    if (!m_windowStarted || nowMs - m_windowStart >= 1000 || nowMs < m_windowStart) {
        m_windowStarted = true;
        m_windowStart = nowMs;
        m_bytesInWindow = 0;
        m_framesInWindow = 0;
    }
}

qint64 IpcFrameReader::room(qint64 nowMs)
{
    if (m_limits.bytesPerSecond <= 0)
        return std::numeric_limits<qint64>::max();
    roll(nowMs);
    return std::max<qint64>(0, m_limits.bytesPerSecond - m_bytesInWindow);
}

qint64 IpcFrameReader::msUntilNextSecond(qint64 nowMs) const
{
    if (!m_windowStarted)
        return 0;
    return std::clamp<qint64>(m_windowStart + 1000 - nowMs, 1, 1000);
}

IpcFrameReader::Status IpcFrameReader::next(QJsonObject *object, qint64 nowMs)
{
    if (m_failed)
        return Status::Error;
    if (m_buffer.size() < 4)
        return Status::NeedMore;
    const auto *p = reinterpret_cast<const unsigned char *>(m_buffer.constData());
    const quint32 length = quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3];
    if (length == 0 || length > static_cast<quint32>(m_maxFrameSize)) {
        m_failed = true;
        m_error =
            QStringLiteral("frame of %1 bytes is outside 1..%2").arg(length).arg(m_maxFrameSize);
        m_buffer.clear();
        return Status::Error;
    }
    if (m_buffer.size() < 4 + static_cast<qsizetype>(length))
        return Status::NeedMore;
    if (m_limits.framesPerSecond > 0) {
        roll(nowMs);
        if (m_framesInWindow >= m_limits.framesPerSecond)
            return Status::Throttled; // counted before parsing: no JSON work for a flood
        ++m_framesInWindow;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_buffer.mid(4, length), &parseError);
    m_buffer.remove(0, 4 + length);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        m_failed = true;
        m_error = parseError.error != QJsonParseError::NoError
                      ? QStringLiteral("frame is not valid JSON: %1 at offset %2")
                            .arg(parseError.errorString())
                            .arg(parseError.offset)
                      : QStringLiteral("frame is JSON but not an object");
        m_buffer.clear();
        return Status::Error;
    }
    *object = document.object();
    return Status::Frame;
}

} // namespace keyward::ipc
