#pragma once

// Writes one running capture into its ring of pcapng files: a new file when the
// current one reaches maxFileBytes, and the oldest removed when there would be more
// than maxFiles (its packets are counted as ringDropped). Each file is a complete
// pcapng section, so the files in order, concatenated, are one valid pcapng.

#include "capture/live/CaptureStore.h"
#include "common/Result.h"
#include "file/PacketRecord.h"

#include <QFile>
#include <QList>
#include <memory>

namespace keyward::capture {
class PcapngWriter;
}

namespace keyward::capture::live {

class CaptureRing
{
public:
    struct Limits
    {
        qint64 maxFileBytes = 16 * 1024 * 1024;
        int maxFiles = 8;
    };

    CaptureRing(const CaptureStore &store, int id, quint32 linkType, quint32 snaplen,
                QString interfaceName, Limits limits);
    ~CaptureRing();
    CaptureRing(const CaptureRing &) = delete;
    CaptureRing &operator=(const CaptureRing &) = delete;

    Status write(const PacketRecord &packet);
    void close();

    qint64 ringDropped() const { return m_ringDropped; }

private:
    Status openNext();

    const CaptureStore &m_store;
    int m_id;
    quint32 m_linkType;
    quint32 m_snaplen;
    QString m_interface;
    Limits m_limits;
    int m_sequence = 0;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<PcapngWriter> m_writer;
    quint32 m_interfaceId = 0;
    struct Kept
    {
        QString path;
        qint64 packets = 0;
    };
    QList<Kept> m_kept;
    qint64 m_ringDropped = 0;
};

} // namespace keyward::capture::live
