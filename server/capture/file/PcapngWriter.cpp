#include "file/PcapngWriter.h"

#include <QIODevice>
#include <QtEndian>

namespace keyward::capture {

namespace {

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

void pad4(QByteArray &out)
{
    while (out.size() % 4 != 0)
        out.append('\0');
}

void putOption(QByteArray &out, quint16 code, const QByteArray &value)
{
    // An option value is at most 65535 bytes; longer text is cut.
    const QByteArray v = value.left(0xfff0);
    put16(out, code);
    put16(out, static_cast<quint16>(v.size()));
    out.append(v);
    pad4(out);
}

void endOptions(QByteArray &out)
{
    put16(out, 0);
    put16(out, 0);
}

} // namespace

PcapngWriter::PcapngWriter(QIODevice *device) : m_device(device) {}

Status PcapngWriter::writeBlock(quint32 type, const QByteArray &body)
{
    if (!m_device || !m_device->isWritable())
        return fail(ErrorKind::Unavailable, "the pcapng output is not open for writing");
    const quint32 total = static_cast<quint32>(body.size() + 12);
    QByteArray block;
    block.reserve(total);
    put32(block, type);
    put32(block, total);
    block.append(body);
    put32(block, total);
    if (m_device->write(block) != block.size())
        return fail(ErrorKind::Unavailable, QStringLiteral("cannot write the pcapng file: %1")
                                                .arg(m_device->errorString())
                                                .toStdString());
    m_written += block.size();
    return {};
}

Status PcapngWriter::writeSectionHeader(const QString &application, const QString &comment)
{
    QByteArray body;
    put32(body, 0x1a2b3c4d);
    put16(body, 1);
    put16(body, 0);
    put32(body, 0xffffffff); // section length unknown
    put32(body, 0xffffffff);
    bool options = false;
    if (!comment.isEmpty()) {
        putOption(body, 1, comment.toUtf8()); // opt_comment
        options = true;
    }
    if (!application.isEmpty()) {
        putOption(body, 4, application.toUtf8()); // shb_userappl
        options = true;
    }
    if (options)
        endOptions(body);
    Status s = writeBlock(0x0a0d0d0a, body);
    if (s.ok())
        m_headerWritten = true;
    return s;
}

Result<quint32> PcapngWriter::addInterface(quint32 linkType, const QString &name,
                                           quint32 snapLength)
{
    if (!m_headerWritten) {
        Status s = writeSectionHeader();
        if (!s.ok())
            return s.error();
    }
    QByteArray body;
    put16(body, static_cast<quint16>(linkType));
    put16(body, 0);
    put32(body, snapLength);
    if (!name.isEmpty())
        putOption(body, 2, name.toUtf8());      // if_name
    putOption(body, 9, QByteArray(1, char(9))); // if_tsresol: nanoseconds
    endOptions(body);
    Status s = writeBlock(0x00000001, body);
    if (!s.ok())
        return s.error();
    const quint32 id = static_cast<quint32>(m_interfaceCount++);
    if (!m_interfaceByLinkType.contains(linkType))
        m_interfaceByLinkType.insert(linkType, id);
    return id;
}

Status PcapngWriter::writePacket(quint32 interfaceId, const PacketRecord &packet,
                                 const QString &comment)
{
    if (interfaceId >= static_cast<quint32>(m_interfaceCount))
        return fail(
            QStringLiteral("pcapng interface %1 was not described").arg(interfaceId).toStdString());
    QByteArray body;
    body.reserve(packet.data.size() + 32);
    const quint64 ts = static_cast<quint64>(packet.timestampNs);
    put32(body, interfaceId);
    put32(body, static_cast<quint32>(ts >> 32));
    put32(body, static_cast<quint32>(ts));
    put32(body, static_cast<quint32>(packet.data.size()));
    put32(body, qMax(packet.originalLength, static_cast<quint32>(packet.data.size())));
    body.append(packet.data);
    pad4(body);
    if (!comment.isEmpty()) {
        putOption(body, 1, comment.toUtf8());
        endOptions(body);
    }
    return writeBlock(0x00000006, body);
}

Status PcapngWriter::write(const PacketRecord &packet, const QString &comment)
{
    auto it = m_interfaceByLinkType.constFind(packet.linkType);
    quint32 id = 0;
    if (it == m_interfaceByLinkType.constEnd()) {
        auto added = addInterface(packet.linkType);
        if (!added.ok())
            return added.error();
        id = added.value();
    } else {
        id = it.value();
    }
    return writePacket(id, packet, comment);
}

} // namespace keyward::capture
