#include "file/PcapFileReader.h"

#include <QIODevice>
#include <QtEndian>
#include <limits>

namespace keyward::capture {

namespace {

constexpr quint32 PcapMagicMicro = 0xa1b2c3d4;
constexpr quint32 PcapMagicNano = 0xa1b23c4d;
constexpr quint32 PcapMagicMicroSwapped = 0xd4c3b2a1;
constexpr quint32 PcapMagicNanoSwapped = 0x4d3cb2a1;
constexpr quint32 PcapngSectionHeader = 0x0a0d0d0a;
constexpr quint32 PcapngByteOrderMagic = 0x1a2b3c4d;
constexpr quint32 PcapngInterface = 0x00000001;
constexpr quint32 PcapngObsoletePacket = 0x00000002;
constexpr quint32 PcapngSimplePacket = 0x00000003;
constexpr quint32 PcapngEnhancedPacket = 0x00000006;
constexpr qsizetype PcapHeaderSize = 24;
constexpr qsizetype PcapRecordHeaderSize = 16;
// A pcapng interface table has no natural bound; a file that declares more than this
// many interfaces in one section is not believed.
constexpr int MaxInterfaces = 4096;

QString blockName(quint32 type)
{
    switch (type) {
    case PcapngSectionHeader:
        return QStringLiteral("section header block");
    case PcapngInterface:
        return QStringLiteral("interface description block");
    case PcapngObsoletePacket:
        return QStringLiteral("packet block");
    case PcapngSimplePacket:
        return QStringLiteral("simple packet block");
    case 0x00000004:
        return QStringLiteral("name resolution block");
    case 0x00000005:
        return QStringLiteral("interface statistics block");
    case PcapngEnhancedPacket:
        return QStringLiteral("enhanced packet block");
    case 0x0000000a:
        return QStringLiteral("decryption secrets block");
    default:
        return QStringLiteral("block of type 0x%1").arg(type, 8, 16, QLatin1Char('0'));
    }
}

qint64 pow10(int n)
{
    qint64 v = 1;
    for (int i = 0; i < n; ++i)
        v *= 10;
    return v;
}

} // namespace

PcapFileReader::PcapFileReader(qsizetype maxBlockSize) : m_maxBlockSize(maxBlockSize) {}

void PcapFileReader::feed(QByteArrayView bytes)
{
    if (m_error || bytes.isEmpty())
        return;
    if (m_pos > 0 && (m_pos >= m_buffer.size() / 2 || m_pos > 1024 * 1024)) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(bytes.data(), bytes.size());
}

void PcapFileReader::finish()
{
    m_finished = true;
}

bool PcapFileReader::atEnd() const
{
    return m_finished && available() == 0 && !m_error;
}

QList<quint32> PcapFileReader::interfaceLinkTypes() const
{
    if (m_format == Format::Pcap)
        return {m_pcapLinkType};
    QList<quint32> out;
    for (const Interface &iface : m_interfaces)
        out.append(iface.linkType);
    return out;
}

quint16 PcapFileReader::u16(const uchar *p) const
{
    return m_bigEndian ? qFromBigEndian<quint16>(p) : qFromLittleEndian<quint16>(p);
}

quint32 PcapFileReader::u32(const uchar *p) const
{
    return m_bigEndian ? qFromBigEndian<quint32>(p) : qFromLittleEndian<quint32>(p);
}

void PcapFileReader::consume(qsizetype n)
{
    m_pos += n;
    m_offset += n;
}

Error PcapFileReader::corrupt(const QString &what, qint64 at) const
{
    return fail(QStringLiteral("capture file is corrupt at byte offset %1: %2")
                    .arg(at)
                    .arg(what)
                    .toStdString());
}

Error PcapFileReader::remember(Error error)
{
    m_error = error;
    return error;
}

Result<std::optional<PacketRecord>> PcapFileReader::next()
{
    if (m_error)
        return *m_error;
    for (;;) {
        auto r = step();
        if (r)
            return std::move(*r);
    }
}

// One step: a packet, an error, "need more" (all returned), or a block consumed that
// gave no packet (nullopt: go on).
std::optional<Result<std::optional<PacketRecord>>> PcapFileReader::step()
{
    if (m_format == Format::Unknown) {
        if (available() < 4) {
            if (m_finished && available() > 0)
                return Result<std::optional<PacketRecord>>(remember(corrupt(
                    QStringLiteral("the file is truncated inside its first 4 bytes"), m_offset)));
            if (m_finished && m_offset == 0)
                return Result<std::optional<PacketRecord>>(
                    remember(fail(std::string("capture file is empty"))));
            return Result<std::optional<PacketRecord>>(std::optional<PacketRecord>{});
        }
        const auto *p = reinterpret_cast<const uchar *>(m_buffer.constData() + m_pos);
        const quint32 magic = qFromLittleEndian<quint32>(p);
        if (magic == PcapngSectionHeader)
            m_format = Format::Pcapng;
        else if (magic == PcapMagicMicro || magic == PcapMagicNano ||
                 magic == PcapMagicMicroSwapped || magic == PcapMagicNanoSwapped)
            m_format = Format::Pcap;
        else
            return Result<std::optional<PacketRecord>>(
                remember(corrupt(QStringLiteral("not a pcap or pcapng file (magic number 0x%1)")
                                     .arg(qFromBigEndian<quint32>(p), 8, 16, QLatin1Char('0')),
                                 m_offset)));
    }
    Result<std::optional<PacketRecord>> r = m_format == Format::Pcapng ? readPcapngBlock()
                                            : m_headerRead             ? readPcapRecord()
                                                                       : readPcapHeader();
    if (!r.ok())
        return r;
    if (r.value().has_value())
        return r;
    // Nothing produced: either more bytes are needed, or a non-packet block was consumed.
    if (m_needMore)
        return r;
    return std::nullopt;
}

Result<std::optional<PacketRecord>> PcapFileReader::readPcapHeader()
{
    m_needMore = false;
    if (available() < PcapHeaderSize) {
        if (m_finished)
            return remember(
                corrupt(QStringLiteral("the pcap file header is truncated (%1 of 24 bytes)")
                            .arg(available()),
                        m_offset));
        m_needMore = true;
        return std::optional<PacketRecord>{};
    }
    const auto *p = reinterpret_cast<const uchar *>(m_buffer.constData() + m_pos);
    const quint32 magic = qFromLittleEndian<quint32>(p);
    m_bigEndian = magic == PcapMagicMicroSwapped || magic == PcapMagicNanoSwapped;
    m_pcapNano = magic == PcapMagicNano || magic == PcapMagicNanoSwapped;
    const quint16 major = u16(p + 4);
    if (major != 2)
        return remember(corrupt(QStringLiteral("pcap file header: unsupported version %1.%2")
                                    .arg(major)
                                    .arg(u16(p + 6)),
                                m_offset));
    m_pcapSnapLength = u32(p + 16);
    // The upper bits of the link type field carry FCS information.
    m_pcapLinkType = u32(p + 20) & 0x03ffffff;
    m_headerRead = true;
    consume(PcapHeaderSize);
    return std::optional<PacketRecord>{};
}

Result<std::optional<PacketRecord>> PcapFileReader::readPcapRecord()
{
    m_needMore = false;
    if (available() == 0 && m_finished) {
        m_needMore = true; // the clean end
        return std::optional<PacketRecord>{};
    }
    if (available() < PcapRecordHeaderSize) {
        if (m_finished)
            return remember(corrupt(
                QStringLiteral("pcap record header truncated (%1 of 16 bytes)").arg(available()),
                m_offset));
        m_needMore = true;
        return std::optional<PacketRecord>{};
    }
    const auto *p = reinterpret_cast<const uchar *>(m_buffer.constData() + m_pos);
    const quint32 seconds = u32(p);
    const quint32 fraction = u32(p + 4);
    const quint32 captured = u32(p + 8);
    const quint32 original = u32(p + 12);
    if (captured > static_cast<quint64>(m_maxBlockSize))
        return remember(corrupt(
            QStringLiteral("pcap record claims %1 captured bytes, more than the %2 believed")
                .arg(captured)
                .arg(m_maxBlockSize),
            m_offset));
    if (fraction >= (m_pcapNano ? 1000000000u : 1000000u))
        return remember(corrupt(
            QStringLiteral("pcap record timestamp fraction %1 is out of range").arg(fraction),
            m_offset));
    if (available() < PcapRecordHeaderSize + captured) {
        if (m_finished)
            return remember(corrupt(
                QStringLiteral("pcap record truncated: %1 captured bytes declared, %2 present")
                    .arg(captured)
                    .arg(available() - PcapRecordHeaderSize),
                m_offset));
        m_needMore = true;
        return std::optional<PacketRecord>{};
    }
    PacketRecord record;
    record.timestampNs =
        qint64(seconds) * 1000000000 + (m_pcapNano ? qint64(fraction) : qint64(fraction) * 1000);
    record.originalLength = qMax(original, captured);
    record.linkType = m_pcapLinkType;
    record.data = QByteArray(m_buffer.constData() + m_pos + PcapRecordHeaderSize, captured);
    consume(PcapRecordHeaderSize + captured);
    return std::optional<PacketRecord>{std::move(record)};
}

Result<std::optional<PacketRecord>> PcapFileReader::readPcapngBlock()
{
    m_needMore = false;
    if (available() == 0 && m_finished) {
        m_needMore = true; // the clean end
        return std::optional<PacketRecord>{};
    }
    if (available() < 12) {
        if (m_finished)
            return remember(
                corrupt(QStringLiteral("pcapng block header truncated (%1 of at least 12 bytes)")
                            .arg(available()),
                        m_offset));
        m_needMore = true;
        return std::optional<PacketRecord>{};
    }
    const auto *p = reinterpret_cast<const uchar *>(m_buffer.constData() + m_pos);
    const quint32 rawType = qFromLittleEndian<quint32>(p);
    if (rawType == PcapngSectionHeader) {
        // A new section: its byte-order magic decides how everything in it is read.
        const quint32 bom = qFromLittleEndian<quint32>(p + 8);
        if (bom == PcapngByteOrderMagic)
            m_bigEndian = false;
        else if (bom == qbswap(PcapngByteOrderMagic))
            m_bigEndian = true;
        else
            return remember(corrupt(
                QStringLiteral("section header block has no valid byte-order magic"), m_offset));
    } else if (m_section == 0) {
        return remember(corrupt(
            QStringLiteral("pcapng file does not start with a section header block"), m_offset));
    }
    const quint32 type = u32(p);
    const quint32 length = u32(p + 4);
    if (length < 12 || length % 4 != 0)
        return remember(corrupt(QStringLiteral("%1 has an invalid total length of %2 bytes")
                                    .arg(blockName(type))
                                    .arg(length),
                                m_offset));
    if (length > static_cast<quint64>(m_maxBlockSize))
        return remember(corrupt(QStringLiteral("%1 claims %2 bytes, more than the %3 believed")
                                    .arg(blockName(type))
                                    .arg(length)
                                    .arg(m_maxBlockSize),
                                m_offset));
    if (available() < length) {
        if (m_finished)
            return remember(corrupt(QStringLiteral("%1 truncated: %2 bytes declared, %3 present")
                                        .arg(blockName(type))
                                        .arg(length)
                                        .arg(available()),
                                    m_offset));
        m_needMore = true;
        return std::optional<PacketRecord>{};
    }
    if (u32(p + length - 4) != length)
        return remember(corrupt(QStringLiteral("%1 of %2 bytes ends with a different length (%3)")
                                    .arg(blockName(type))
                                    .arg(length)
                                    .arg(u32(p + length - 4)),
                                m_offset));
    Result<std::optional<PacketRecord>> out = std::optional<PacketRecord>{};
    switch (type) {
    case PcapngSectionHeader: {
        Status s = parseSectionHeader(p, length);
        if (!s.ok())
            return remember(s.error());
        break;
    }
    case PcapngInterface: {
        Status s = parseInterface(p, length);
        if (!s.ok())
            return remember(s.error());
        break;
    }
    case PcapngEnhancedPacket:
    case PcapngSimplePacket:
    case PcapngObsoletePacket:
        out = parsePacketBlock(type, p, length);
        if (!out.ok())
            return remember(out.error());
        break;
    default:
        break; // name resolution, statistics, secrets, custom: not needed here
    }
    consume(length);
    return out;
}

Status PcapFileReader::parseSectionHeader(const uchar *block, quint32 length)
{
    if (length < 28)
        return corrupt(
            QStringLiteral("section header block is %1 bytes, shorter than 28").arg(length),
            m_offset);
    const quint16 major = u16(block + 12);
    if (major != 1)
        return corrupt(QStringLiteral("section header block: unsupported pcapng version %1.%2")
                           .arg(major)
                           .arg(u16(block + 14)),
                       m_offset);
    m_interfaces.clear();
    ++m_section;
    return {};
}

Status PcapFileReader::parseInterface(const uchar *block, quint32 length)
{
    if (length < 20)
        return corrupt(
            QStringLiteral("interface description block is %1 bytes, shorter than 20").arg(length),
            m_offset);
    if (m_interfaces.size() >= MaxInterfaces)
        return corrupt(QStringLiteral("more than %1 interfaces in one section").arg(MaxInterfaces),
                       m_offset);
    Interface iface;
    iface.linkType = u16(block + 8);
    iface.snapLength = u32(block + 12);
    // Options: code, length, value padded to 4.
    quint32 pos = 16;
    const quint32 end = length - 4;
    while (pos + 4 <= end) {
        const quint16 code = u16(block + pos);
        const quint16 optionLength = u16(block + pos + 2);
        pos += 4;
        if (code == 0)
            break;
        if (pos + optionLength > end)
            return corrupt(
                QStringLiteral("interface description block: option %1 runs past the block")
                    .arg(code),
                m_offset + pos - 4);
        if (code == 9 && optionLength >= 1) { // if_tsresol
            const uchar v = block[pos];
            iface.binary = (v & 0x80) != 0;
            iface.exponent = v & 0x7f;
            if ((iface.binary && iface.exponent > 62) || (!iface.binary && iface.exponent > 18))
                return corrupt(
                    QStringLiteral(
                        "interface description block: timestamp resolution %1 is not usable")
                        .arg(v),
                    m_offset + pos);
        } else if (code == 14 && optionLength >= 8) { // if_tsoffset
            const quint64 hi = u32(block + pos);
            const quint64 lo = u32(block + pos + 4);
            iface.offsetSeconds =
                static_cast<qint64>(m_bigEndian ? (hi << 32 | lo) : (lo << 32 | hi));
        }
        pos += (optionLength + 3u) & ~3u;
    }
    m_interfaces.append(iface);
    return {};
}

qint64 PcapFileReader::toNanoseconds(const Interface &iface, quint64 units) const
{
    qint64 ns = 0;
    if (iface.binary) {
        const unsigned __int128 scaled = static_cast<unsigned __int128>(units) * 1000000000u;
        ns = static_cast<qint64>(scaled >> iface.exponent);
    } else if (iface.exponent <= 9) {
        ns = static_cast<qint64>(units * static_cast<quint64>(pow10(9 - iface.exponent)));
    } else {
        ns = static_cast<qint64>(units / static_cast<quint64>(pow10(iface.exponent - 9)));
    }
    // if_tsoffset comes from the file: a value past what 64-bit nanoseconds hold (the
    // year 2262) is clamped, not left to overflow.
    qint64 offsetNs = 0;
    if (__builtin_mul_overflow(iface.offsetSeconds, qint64{1000000000}, &offsetNs))
        offsetNs = iface.offsetSeconds < 0 ? std::numeric_limits<qint64>::min()
                                           : std::numeric_limits<qint64>::max();
    qint64 sum = 0;
    if (__builtin_add_overflow(ns, offsetNs, &sum))
        sum =
            offsetNs < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    return sum;
}

Result<std::optional<PacketRecord>>
PcapFileReader::parsePacketBlock(quint32 type, const uchar *block, quint32 length)
{
    PacketRecord record;
    quint32 captured = 0;
    quint32 dataAt = 0;
    const Interface *iface = nullptr;
    if (type == PcapngSimplePacket) {
        if (length < 16)
            return corrupt(
                QStringLiteral("simple packet block is %1 bytes, shorter than 16").arg(length),
                m_offset);
        if (m_interfaces.isEmpty())
            return corrupt(
                QStringLiteral("simple packet block before any interface description block"),
                m_offset);
        iface = &m_interfaces.first();
        record.originalLength = u32(block + 8);
        captured = qMin(record.originalLength, length - 16);
        if (iface->snapLength != 0)
            captured = qMin(captured, iface->snapLength);
        dataAt = 12;
    } else {
        if (length < 32)
            return corrupt(
                QStringLiteral("%1 is %2 bytes, shorter than 32").arg(blockName(type)).arg(length),
                m_offset);
        quint32 interfaceId = 0;
        if (type == PcapngEnhancedPacket)
            interfaceId = u32(block + 8);
        else
            interfaceId = u16(block + 8);
        if (interfaceId >= static_cast<quint32>(m_interfaces.size()))
            return corrupt(QStringLiteral("%1 names interface %2, but the section has %3")
                               .arg(blockName(type))
                               .arg(interfaceId)
                               .arg(m_interfaces.size()),
                           m_offset);
        iface = &m_interfaces.at(interfaceId);
        record.interfaceId = interfaceId;
        const quint64 units = static_cast<quint64>(u32(block + 12)) << 32 | u32(block + 16);
        record.timestampNs = toNanoseconds(*iface, units);
        captured = u32(block + 20);
        record.originalLength = u32(block + 24);
        dataAt = 28;
        if (captured > length - 32)
            return corrupt(QStringLiteral("%1 claims %2 captured bytes in a block of %3")
                               .arg(blockName(type))
                               .arg(captured)
                               .arg(length),
                           m_offset);
    }
    record.linkType = iface->linkType;
    record.originalLength = qMax(record.originalLength, captured);
    record.data = QByteArray(reinterpret_cast<const char *>(block + dataAt), captured);
    return std::optional<PacketRecord>{std::move(record)};
}

Status PcapFileReader::forEach(QIODevice &device, const std::function<bool(PacketRecord &&)> &visit,
                               qsizetype maxBlockSize)
{
    PcapFileReader reader(maxBlockSize);
    QByteArray chunk(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(chunk.data(), chunk.size());
        if (n < 0)
            return fail(ErrorKind::Unavailable, QStringLiteral("cannot read the capture file: %1")
                                                    .arg(device.errorString())
                                                    .toStdString());
        if (n == 0)
            reader.finish();
        else
            reader.feed(QByteArrayView(chunk.constData(), n));
        for (;;) {
            auto r = reader.next();
            if (!r.ok())
                return r.error();
            if (!r.value())
                break;
            if (!visit(std::move(*r.value())))
                return {};
        }
        if (n == 0)
            return {};
    }
}

Result<QList<PacketRecord>> PcapFileReader::readAll(QIODevice &device)
{
    QList<PacketRecord> out;
    Status s = forEach(device, [&out](PacketRecord &&record) {
        out.append(std::move(record));
        return true;
    });
    if (!s.ok())
        return s.error();
    return out;
}

Result<QList<PacketRecord>> PcapFileReader::readAll(QByteArrayView bytes)
{
    PcapFileReader reader;
    reader.feed(bytes);
    reader.finish();
    QList<PacketRecord> out;
    for (;;) {
        auto r = reader.next();
        if (!r.ok())
            return r.error();
        if (!r.value())
            return out;
        out.append(std::move(*r.value()));
    }
}

} // namespace keyward::capture
