#pragma once

// Reads pcap and pcapng, sans-I/O: bytes are fed in as they arrive (a file read in
// chunks, a download), packets come out of next(). Both byte orders, microsecond and
// nanosecond pcap, pcapng with several sections (SHB), several interfaces with their
// own timestamp resolution and offset, enhanced, simple and obsolete packet blocks;
// other pcapng blocks are skipped.
//
// Hostile files are expected: no length is believed before it is checked against
// what is left and against a maximum block size, and a corrupt or truncated file
// gives an error that names the byte offset and the block where it breaks. After an
// error the reader stays failed.

#include "common/Result.h"
#include "file/PacketRecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <functional>
#include <optional>

class QIODevice;

namespace keyward::capture {

class PcapFileReader
{
public:
    enum class Format
    {
        Unknown, // not enough bytes yet
        Pcap,
        Pcapng,
    };

    // No block or record larger than this is believed (pcapng blocks, pcap records).
    static constexpr qsizetype DefaultMaxBlockSize = 16 * 1024 * 1024;

    explicit PcapFileReader(qsizetype maxBlockSize = DefaultMaxBlockSize);

    // More bytes of the file, in order.
    void feed(QByteArrayView bytes);
    // No more bytes will come: a block left incomplete is now a truncation error.
    void finish();

    // The next packet; an empty optional when more bytes are needed (or, after
    // finish(), at the clean end of the file); an error when the file is corrupt
    // or truncated.
    [[nodiscard]] Result<std::optional<PacketRecord>> next();

    Format format() const { return m_format; }
    // Bytes of the file consumed so far: the offset of the next block.
    qint64 offset() const { return m_offset; }
    bool failed() const { return m_error.has_value(); }
    bool atEnd() const;
    // pcapng: the interfaces of the current section with their link types.
    QList<quint32> interfaceLinkTypes() const;

    // Pulls the whole device through a reader, calling visit for each packet until
    // it returns false. Reads in chunks; memory stays bounded by the largest block.
    [[nodiscard]] static Status forEach(QIODevice &device,
                                        const std::function<bool(PacketRecord &&)> &visit,
                                        qsizetype maxBlockSize = DefaultMaxBlockSize);
    // Every packet of a file (tests, small captures).
    [[nodiscard]] static Result<QList<PacketRecord>> readAll(QIODevice &device);
    [[nodiscard]] static Result<QList<PacketRecord>> readAll(QByteArrayView bytes);

private:
    struct Interface
    {
        quint32 linkType = 0;
        quint32 snapLength = 0;
        // Timestamp units: 10^-exponent seconds, or 2^-exponent when binary.
        bool binary = false;
        int exponent = 6;
        qint64 offsetSeconds = 0;
    };

    std::optional<Result<std::optional<PacketRecord>>> step();
    Result<std::optional<PacketRecord>> readPcapHeader();
    Result<std::optional<PacketRecord>> readPcapRecord();
    Result<std::optional<PacketRecord>> readPcapngBlock();
    Status parseSectionHeader(const uchar *block, quint32 length);
    Status parseInterface(const uchar *block, quint32 length);
    Result<std::optional<PacketRecord>> parsePacketBlock(quint32 type, const uchar *block,
                                                         quint32 length);
    Error corrupt(const QString &what, qint64 at) const;
    Error remember(Error error);
    qint64 toNanoseconds(const Interface &iface, quint64 units) const;
    quint16 u16(const uchar *p) const;
    quint32 u32(const uchar *p) const;
    qsizetype available() const { return m_buffer.size() - m_pos; }
    void consume(qsizetype n);

    qsizetype m_maxBlockSize;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_offset = 0;
    bool m_finished = false;
    bool m_needMore = false;
    std::optional<Error> m_error;

    Format m_format = Format::Unknown;
    bool m_bigEndian = false; // byte order of the file (or of the current section)
    bool m_headerRead = false;
    // pcap
    quint32 m_pcapLinkType = 0;
    bool m_pcapNano = false;
    quint32 m_pcapSnapLength = 0;
    // pcapng
    QList<Interface> m_interfaces;
    int m_section = 0;
};

} // namespace keyward::capture
