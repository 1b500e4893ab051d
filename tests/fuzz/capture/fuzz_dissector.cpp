// Fuzzes the dissector and the capture analysis: the first octet picks a link type,
// the rest is a run of packets, each a 2-octet length and its bytes. Every packet
// is dissected on its own and fed to one CaptureAnalysis; the report and its JSON
// and text are built at the end. Nothing may crash, read out of bounds or point a
// field outside its packet.

#include "dissect/CaptureAnalysis.h"
#include "dissect/PacketDissector.h"
#include "file/LinkType.h"

#include <cstdlib>

using namespace keyward::capture;

namespace {

void checkBounds(const QList<FieldNode> &nodes, qsizetype size)
{
    for (const FieldNode &n : nodes) {
        if (n.offset >= 0 && (n.length < 0 || n.offset + n.length > size))
            std::abort();
        checkBounds(n.children, size);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    static const quint32 links[] = {LinkType::Ethernet,  LinkType::Raw,    LinkType::LinuxSll,
                                    LinkType::LinuxSll2, LinkType::Null,   LinkType::Loop,
                                    LinkType::Ipv4,      LinkType::RawOld, 999};
    const quint32 link = links[data[0] % (sizeof(links) / sizeof(links[0]))];
    CaptureAnalysis analysis;
    std::size_t pos = 1;
    qint64 ts = 0;
    while (pos + 2 <= size) {
        const std::size_t length =
            std::min<std::size_t>(data[pos] << 8 | data[pos + 1], size - pos - 2);
        PacketRecord packet;
        packet.linkType = link;
        packet.timestampNs = ts += 1000;
        packet.data = QByteArray(reinterpret_cast<const char *>(data + pos + 2),
                                 static_cast<qsizetype>(length));
        packet.originalLength = static_cast<quint32>(length);
        const DissectedPacket d = PacketDissector::dissect(packet);
        checkBounds(d.tree, packet.data.size());
        analysis.add(packet);
        pos += 2 + length;
    }
    const CaptureReport report = analysis.report();
    (void)report.toJson();
    (void)report.toText();
    return 0;
}
