#pragma once

// Writes pcapng (little endian, nanosecond timestamps) to a QIODevice: a section
// header, interface descriptions, enhanced packet blocks, each with an optional
// comment. What it writes is what tshark and Wireshark read.

#include "common/Result.h"
#include "file/PacketRecord.h"

#include <QHash>
#include <QString>

class QIODevice;

namespace keyward::capture {

class PcapngWriter
{
public:
    static constexpr quint32 DefaultSnapLength = 262144;

    explicit PcapngWriter(QIODevice *device);

    // The section header; written by the first other call when not called first.
    [[nodiscard]] Status writeSectionHeader(const QString &application = QStringLiteral("Keyward"),
                                            const QString &comment = {});
    // A new interface; its id is what writePacket takes.
    [[nodiscard]] Result<quint32> addInterface(quint32 linkType, const QString &name = {},
                                               quint32 snapLength = DefaultSnapLength);
    [[nodiscard]] Status writePacket(quint32 interfaceId, const PacketRecord &packet,
                                     const QString &comment = {});
    // Writes on the first interface of the packet's link type, described on first use.
    [[nodiscard]] Status write(const PacketRecord &packet, const QString &comment = {});

    qint64 bytesWritten() const { return m_written; }
    int interfaceCount() const { return m_interfaceCount; }

private:
    Status writeBlock(quint32 type, const QByteArray &body);

    QIODevice *m_device;
    bool m_headerWritten = false;
    int m_interfaceCount = 0;
    QHash<quint32, quint32> m_interfaceByLinkType;
    qint64 m_written = 0;
};

} // namespace keyward::capture
