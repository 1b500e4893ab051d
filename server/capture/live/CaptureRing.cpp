#include "capture/live/CaptureRing.h"

#include "file/PcapngWriter.h"

namespace keyward::capture::live {

CaptureRing::CaptureRing(const CaptureStore &store, int id, quint32 linkType, quint32 snaplen,
                         QString interfaceName, Limits limits)
    : m_store(store), m_id(id), m_linkType(linkType), m_snaplen(snaplen),
      m_interface(std::move(interfaceName)), m_limits(limits)
{}

CaptureRing::~CaptureRing()
{
    close();
}

Status CaptureRing::openNext()
{
    m_writer.reset();
    if (m_file)
        m_file->close();
    ++m_sequence;
    m_file = std::make_unique<QFile>(m_store.filePath(m_id, m_sequence));
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(ErrorKind::Unavailable, "cannot create " + m_file->fileName().toStdString() +
                                                ": " + m_file->errorString().toStdString());
    m_file->setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    m_writer = std::make_unique<PcapngWriter>(m_file.get());
    if (auto header = m_writer->writeSectionHeader(
            QStringLiteral("Keyward keywardd"),
            QStringLiteral("capture %1, file %2").arg(m_id).arg(m_sequence));
        !header)
        return header;
    auto iface = m_writer->addInterface(m_linkType, m_interface, m_snaplen);
    if (!iface)
        return iface.error();
    m_interfaceId = *iface;
    m_kept.append({m_file->fileName(), 0});
    while (m_limits.maxFiles > 0 && m_kept.size() > m_limits.maxFiles) {
        const Kept oldest = m_kept.takeFirst();
        QFile::remove(oldest.path);
        m_ringDropped += oldest.packets;
    }
    return {};
}

Status CaptureRing::write(const PacketRecord &packet)
{
    if (!m_writer ||
        (m_limits.maxFileBytes > 0 && m_writer->bytesWritten() >= m_limits.maxFileBytes))
        if (auto opened = openNext(); !opened)
            return opened;
    if (auto written = m_writer->writePacket(m_interfaceId, packet); !written)
        return written;
    ++m_kept.last().packets;
    return {};
}

void CaptureRing::close()
{
    m_writer.reset();
    if (m_file)
        m_file->close();
    m_file.reset();
}

} // namespace keyward::capture::live
