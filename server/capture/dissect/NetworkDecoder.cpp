#include "dissect/NetworkDecoder.h"

#include "dissect/FieldText.h"
#include "file/LinkType.h"

namespace keyward::capture {

namespace {

constexpr quint16 EtherIpv4 = 0x0800;
constexpr quint16 EtherIpv6 = 0x86dd;

QString etherTypeName(quint16 type)
{
    switch (type) {
    case EtherIpv4:
        return QStringLiteral("IPv4 (0x0800)");
    case EtherIpv6:
        return QStringLiteral("IPv6 (0x86dd)");
    case 0x0806:
        return QStringLiteral("ARP (0x0806)");
    case 0x8100:
        return QStringLiteral("802.1Q VLAN (0x8100)");
    case 0x88a8:
        return QStringLiteral("802.1ad VLAN (0x88a8)");
    default:
        return FieldText::hex16(type);
    }
}

QString sllPacketType(quint16 type)
{
    switch (type) {
    case 0:
        return QStringLiteral("unicast to us (0)");
    case 1:
        return QStringLiteral("broadcast (1)");
    case 2:
        return QStringLiteral("multicast (2)");
    case 3:
        return QStringLiteral("unicast to another host (3)");
    case 4:
        return QStringLiteral("sent by us (4)");
    default:
        return QString::number(type);
    }
}

QString tcpFlagsText(quint8 flags)
{
    static const char *names[] = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"};
    QStringList out;
    for (int i = 0; i < 8; ++i)
        if (flags & (1 << i))
            out << QLatin1String(names[i]);
    return out.join(QLatin1Char(','));
}

} // namespace

PacketLayers NetworkDecoder::decode(const PacketRecord &packet, QList<FieldNode> *tree)
{
    PacketLayers layers;
    const int ip = decodeLink(packet, layers, tree);
    if (ip < 0)
        return layers;
    decodeIpv4(reinterpret_cast<const uchar *>(packet.data.constData()),
               static_cast<int>(packet.data.size()), ip, layers, tree);
    return layers;
}

// Returns the offset of an IPv4 header, or -1.
int NetworkDecoder::decodeLink(const PacketRecord &packet, PacketLayers &layers,
                               QList<FieldNode> *tree)
{
    const auto *d = reinterpret_cast<const uchar *>(packet.data.constData());
    const int size = static_cast<int>(packet.data.size());
    auto truncated = [&](const QString &what) {
        layers.malformed = true;
        layers.problem = QStringLiteral("%1 truncated").arg(what);
        if (tree)
            tree->append(FieldText::node(what, QStringLiteral("[truncated]"), 0, size));
        return -1;
    };
    switch (packet.linkType) {
    case LinkType::Ethernet: {
        layers.linkSupported = true;
        if (size < 14)
            return truncated(QStringLiteral("Ethernet II"));
        FieldNode eth;
        int at = 12;
        quint16 type = FieldText::u16(d + 12);
        if (tree) {
            eth = FieldText::node(QStringLiteral("Ethernet II"), QString(), 0, 14);
            eth.children << FieldText::node(QStringLiteral("Destination"), FieldText::mac(d), 0, 6,
                                            QStringLiteral("eth.dst"))
                         << FieldText::node(QStringLiteral("Source"), FieldText::mac(d + 6), 6, 6,
                                            QStringLiteral("eth.src"));
        }
        int tags = 0;
        while ((type == 0x8100 || type == 0x88a8 || type == 0x9100) && tags < 4) {
            if (size < at + 6)
                return truncated(QStringLiteral("802.1Q VLAN tag"));
            const quint16 tci = FieldText::u16(d + at + 2);
            if (tree)
                eth.children << FieldText::node(
                    QStringLiteral("VLAN"),
                    QStringLiteral("id %1, priority %2").arg(tci & 0x0fff).arg(tci >> 13), at, 4,
                    QStringLiteral("vlan.id"));
            at += 4;
            type = FieldText::u16(d + at);
            ++tags;
        }
        if (tree) {
            eth.children << FieldText::node(QStringLiteral("Type"), etherTypeName(type), at, 2,
                                            QStringLiteral("eth.type"));
            eth.length = at + 2;
            eth.value = QStringLiteral("%1 -> %2").arg(FieldText::mac(d + 6), FieldText::mac(d));
            tree->append(eth);
        }
        layers.etherType = type;
        return type == EtherIpv4 ? at + 2 : -1;
    }
    case LinkType::Raw:
    case LinkType::RawOld:
    case LinkType::Ipv4:
        layers.linkSupported = true;
        if (size < 1)
            return truncated(QStringLiteral("Raw IP"));
        if ((d[0] >> 4) == 4) {
            layers.etherType = EtherIpv4;
            return 0;
        }
        layers.etherType = (d[0] >> 4) == 6 ? EtherIpv6 : 0;
        return -1;
    case LinkType::LinuxSll: {
        layers.linkSupported = true;
        if (size < 16)
            return truncated(QStringLiteral("Linux cooked capture v1"));
        const quint16 type = FieldText::u16(d + 14);
        if (tree) {
            FieldNode sll =
                FieldText::node(QStringLiteral("Linux cooked capture v1"), QString(), 0, 16);
            const int addrLen = qMin<int>(FieldText::u16(d + 4), 8);
            sll.children << FieldText::node(QStringLiteral("Packet type"),
                                            sllPacketType(FieldText::u16(d)), 0, 2,
                                            QStringLiteral("sll.pkttype"))
                         << FieldText::node(QStringLiteral("Link-layer address type"),
                                            QString::number(FieldText::u16(d + 2)), 2, 2)
                         << FieldText::node(QStringLiteral("Source"),
                                            FieldText::hex(d + 6, addrLen), 6, 8,
                                            QStringLiteral("sll.src"))
                         << FieldText::node(QStringLiteral("Protocol"), etherTypeName(type), 14, 2,
                                            QStringLiteral("sll.etype"));
            tree->append(sll);
        }
        layers.etherType = type;
        return type == EtherIpv4 ? 16 : -1;
    }
    case LinkType::LinuxSll2: {
        layers.linkSupported = true;
        if (size < 20)
            return truncated(QStringLiteral("Linux cooked capture v2"));
        const quint16 type = FieldText::u16(d);
        if (tree) {
            FieldNode sll =
                FieldText::node(QStringLiteral("Linux cooked capture v2"), QString(), 0, 20);
            const int addrLen = qMin<int>(d[11], 8);
            sll.children << FieldText::node(QStringLiteral("Protocol"), etherTypeName(type), 0, 2,
                                            QStringLiteral("sll.etype"))
                         << FieldText::node(QStringLiteral("Interface index"),
                                            QString::number(FieldText::u32(d + 4)), 4, 4,
                                            QStringLiteral("sll.ifindex"))
                         << FieldText::node(QStringLiteral("Link-layer address type"),
                                            QString::number(FieldText::u16(d + 8)), 8, 2)
                         << FieldText::node(QStringLiteral("Packet type"), sllPacketType(d[10]), 10,
                                            1, QStringLiteral("sll.pkttype"))
                         << FieldText::node(QStringLiteral("Source"),
                                            FieldText::hex(d + 12, addrLen), 12, 8,
                                            QStringLiteral("sll.src"));
            tree->append(sll);
        }
        layers.etherType = type;
        return type == EtherIpv4 ? 20 : -1;
    }
    case LinkType::Null:
    case LinkType::Loop: {
        layers.linkSupported = true;
        if (size < 4)
            return truncated(QStringLiteral("Loopback"));
        const quint32 be = FieldText::u32(d);
        const quint32 le = static_cast<quint32>(d[0]) | static_cast<quint32>(d[1]) << 8 |
                           static_cast<quint32>(d[2]) << 16 | static_cast<quint32>(d[3]) << 24;
        const quint32 family = packet.linkType == LinkType::Loop ? be : (le < 0x10000 ? le : be);
        if (tree)
            tree->append(FieldText::node(QStringLiteral("Loopback"),
                                         QStringLiteral("address family %1").arg(family), 0, 4,
                                         QStringLiteral("null.family")));
        if (family == 2) {
            layers.etherType = EtherIpv4;
            return 4;
        }
        // 24, 28, 30: AF_INET6 on the BSDs and macOS
        layers.etherType =
            (family == 24 || family == 28 || family == 30 || family == 10) ? EtherIpv6 : 0;
        return -1;
    }
    default:
        layers.problem = QStringLiteral("link type %1 is not supported").arg(packet.linkType);
        if (tree)
            tree->append(FieldText::node(QStringLiteral("Link layer"), layers.problem, 0, size));
        return -1;
    }
}

void NetworkDecoder::decodeIpv4(const uchar *d, int size, int at, PacketLayers &layers,
                                QList<FieldNode> *tree)
{
    if (size < at + 20) {
        layers.malformed = true;
        layers.problem = QStringLiteral("IPv4 header truncated");
        if (tree)
            tree->append(FieldText::node(QStringLiteral("Internet Protocol Version 4"),
                                         QStringLiteral("[truncated]"), at, size - at));
        return;
    }
    const int headerLength = (d[at] & 0x0f) * 4;
    const int totalLength = FieldText::u16(d + at + 2);
    if ((d[at] >> 4) != 4 || headerLength < 20 || totalLength < headerLength ||
        size < at + headerLength) {
        layers.malformed = true;
        layers.problem = QStringLiteral("IPv4 header is malformed");
        if (tree)
            tree->append(FieldText::node(QStringLiteral("Internet Protocol Version 4"),
                                         QStringLiteral("[malformed]"), at, size - at));
        return;
    }
    layers.ipv4 = true;
    layers.ipOffset = at;
    layers.ipHeaderLength = headerLength;
    layers.ipEnd = qMin(size, at + totalLength);
    layers.source = FieldText::u32(d + at + 12);
    layers.destination = FieldText::u32(d + at + 16);
    layers.ipProtocol = d[at + 9];
    const quint16 fragment = FieldText::u16(d + at + 6);
    layers.fragment = (fragment & 0x3fff) != 0;
    if (tree) {
        FieldNode ip = FieldText::node(
            QStringLiteral("Internet Protocol Version 4"),
            QStringLiteral("%1 -> %2")
                .arg(FieldText::ipv4(layers.source), FieldText::ipv4(layers.destination)),
            at, headerLength);
        QString protocol = QString::number(layers.ipProtocol);
        if (layers.ipProtocol == 6)
            protocol = QStringLiteral("TCP (6)");
        else if (layers.ipProtocol == 47)
            protocol = QStringLiteral("GRE (47)");
        else if (layers.ipProtocol == 17)
            protocol = QStringLiteral("UDP (17)");
        else if (layers.ipProtocol == 1)
            protocol = QStringLiteral("ICMP (1)");
        ip.children << FieldText::node(QStringLiteral("Header length"),
                                       QString::number(headerLength), at, 1)
                    << FieldText::node(QStringLiteral("Total length"), QString::number(totalLength),
                                       at + 2, 2, QStringLiteral("ip.len"))
                    << FieldText::node(QStringLiteral("Identification"),
                                       FieldText::hex16(FieldText::u16(d + at + 4)), at + 4, 2,
                                       QStringLiteral("ip.id"))
                    << FieldText::node(QStringLiteral("Flags and fragment offset"),
                                       FieldText::hex16(fragment), at + 6, 2)
                    << FieldText::node(QStringLiteral("Time to live"), QString::number(d[at + 8]),
                                       at + 8, 1, QStringLiteral("ip.ttl"))
                    << FieldText::node(QStringLiteral("Protocol"), protocol, at + 9, 1,
                                       QStringLiteral("ip.proto"))
                    << FieldText::node(QStringLiteral("Header checksum"),
                                       FieldText::hex16(FieldText::u16(d + at + 10)), at + 10, 2)
                    << FieldText::node(QStringLiteral("Source"), FieldText::ipv4(layers.source),
                                       at + 12, 4, QStringLiteral("ip.src"))
                    << FieldText::node(QStringLiteral("Destination"),
                                       FieldText::ipv4(layers.destination), at + 16, 4,
                                       QStringLiteral("ip.dst"));
        tree->append(ip);
    }
    const int transport = at + headerLength;
    if ((fragment & 0x1fff) != 0) {
        layers.transport = PacketLayers::Transport::Other;
        layers.problem = QStringLiteral("IPv4 fragment");
        return;
    }
    if (layers.ipProtocol == 6)
        decodeTcp(d, transport, layers, tree);
    else if (layers.ipProtocol == 47)
        decodeGre(d, transport, layers, tree);
    else
        layers.transport = PacketLayers::Transport::Other;
}

void NetworkDecoder::decodeTcp(const uchar *d, int at, PacketLayers &layers, QList<FieldNode> *tree)
{
    const int end = layers.ipEnd;
    if (end < at + 20) {
        layers.malformed = true;
        layers.problem = QStringLiteral("TCP header truncated");
        layers.transport = PacketLayers::Transport::Other;
        if (tree)
            tree->append(FieldText::node(QStringLiteral("Transmission Control Protocol"),
                                         QStringLiteral("[truncated]"), at, qMax(0, end - at)));
        return;
    }
    const int headerLength = (d[at + 12] >> 4) * 4;
    if (headerLength < 20 || end < at + headerLength) {
        layers.malformed = true;
        layers.problem = QStringLiteral("TCP header is malformed");
        layers.transport = PacketLayers::Transport::Other;
        return;
    }
    layers.transport = PacketLayers::Transport::Tcp;
    layers.transportOffset = at;
    layers.sourcePort = FieldText::u16(d + at);
    layers.destinationPort = FieldText::u16(d + at + 2);
    layers.tcpSeq = FieldText::u32(d + at + 4);
    layers.tcpAck = FieldText::u32(d + at + 8);
    layers.tcpFlags = d[at + 13];
    layers.payloadOffset = at + headerLength;
    layers.payloadLength = end - layers.payloadOffset;
    if (tree) {
        FieldNode tcp = FieldText::node(QStringLiteral("Transmission Control Protocol"),
                                        QStringLiteral("%1 -> %2, %3 bytes")
                                            .arg(layers.sourcePort)
                                            .arg(layers.destinationPort)
                                            .arg(layers.payloadLength),
                                        at, headerLength);
        tcp.children << FieldText::node(QStringLiteral("Source port"),
                                        QString::number(layers.sourcePort), at, 2,
                                        QStringLiteral("tcp.srcport"))
                     << FieldText::node(QStringLiteral("Destination port"),
                                        QString::number(layers.destinationPort), at + 2, 2,
                                        QStringLiteral("tcp.dstport"))
                     << FieldText::node(QStringLiteral("Sequence number"),
                                        QString::number(layers.tcpSeq), at + 4, 4,
                                        QStringLiteral("tcp.seq_raw"))
                     << FieldText::node(QStringLiteral("Acknowledgment number"),
                                        QString::number(layers.tcpAck), at + 8, 4,
                                        QStringLiteral("tcp.ack_raw"))
                     << FieldText::node(QStringLiteral("Header length"),
                                        QString::number(headerLength), at + 12, 1)
                     << FieldText::node(QStringLiteral("Flags"), tcpFlagsText(layers.tcpFlags),
                                        at + 13, 1, QStringLiteral("tcp.flags"))
                     << FieldText::node(QStringLiteral("Window"),
                                        QString::number(FieldText::u16(d + at + 14)), at + 14, 2)
                     << FieldText::node(QStringLiteral("Checksum"),
                                        FieldText::hex16(FieldText::u16(d + at + 16)), at + 16, 2);
        tree->append(tcp);
    }
}

void NetworkDecoder::decodeGre(const uchar *d, int at, PacketLayers &layers, QList<FieldNode> *tree)
{
    const int end = layers.ipEnd;
    layers.transport = PacketLayers::Transport::Other;
    if (end < at + 4) {
        layers.malformed = true;
        layers.problem = QStringLiteral("GRE header truncated");
        return;
    }
    const quint8 flags = d[at];
    const quint8 flags2 = d[at + 1];
    const int version = flags2 & 0x07;
    const quint16 protocol = FieldText::u16(d + at + 2);
    if (version != 1 || protocol != 0x880b) {
        if (tree)
            tree->append(FieldText::node(QStringLiteral("Generic Routing Encapsulation"),
                                         QStringLiteral("version %1, protocol %2 (not PPTP)")
                                             .arg(version)
                                             .arg(FieldText::hex16(protocol)),
                                         at, 4));
        return;
    }
    const bool key = flags & 0x20;
    layers.greHasSeq = flags & 0x10;
    layers.greHasAck = flags2 & 0x80;
    int headerLength = 4 + (key ? 4 : 0) + (layers.greHasSeq ? 4 : 0) + (layers.greHasAck ? 4 : 0);
    if (!key || end < at + headerLength) {
        layers.malformed = true;
        layers.problem = key ? QStringLiteral("enhanced GRE header truncated")
                             : QStringLiteral("enhanced GRE without key");
        if (tree)
            tree->append(FieldText::node(QStringLiteral("Generic Routing Encapsulation (enhanced)"),
                                         QStringLiteral("[%1]").arg(layers.problem), at,
                                         qMax(0, end - at)));
        return;
    }
    layers.transport = PacketLayers::Transport::Gre;
    layers.transportOffset = at;
    layers.grePayloadLength = FieldText::u16(d + at + 4);
    layers.greCallId = FieldText::u16(d + at + 6);
    int pos = at + 8;
    if (layers.greHasSeq) {
        layers.greSeq = FieldText::u32(d + pos);
        pos += 4;
    }
    if (layers.greHasAck) {
        layers.greAck = FieldText::u32(d + pos);
        pos += 4;
    }
    layers.payloadOffset = pos;
    layers.payloadLength = qMin<int>(layers.grePayloadLength, end - pos);
    if (layers.payloadLength < layers.grePayloadLength) {
        layers.malformed = true;
        layers.problem = QStringLiteral("GRE payload truncated (%1 of %2 bytes)")
                             .arg(layers.payloadLength)
                             .arg(layers.grePayloadLength);
    }
    if (tree) {
        FieldNode gre =
            FieldText::node(QStringLiteral("Generic Routing Encapsulation (enhanced)"),
                            QStringLiteral("call id %1").arg(layers.greCallId), at, headerLength);
        QStringList f;
        if (flags & 0x80)
            f << QStringLiteral("C");
        if (flags & 0x40)
            f << QStringLiteral("R");
        if (key)
            f << QStringLiteral("K");
        if (layers.greHasSeq)
            f << QStringLiteral("S");
        if (flags & 0x08)
            f << QStringLiteral("s");
        if (layers.greHasAck)
            f << QStringLiteral("A");
        gre.children << FieldText::node(
                            QStringLiteral("Flags"),
                            QStringLiteral("%1 (%2)").arg(FieldText::hex16(FieldText::u16(d + at)),
                                                          f.join(QLatin1Char(' '))),
                            at, 2, QStringLiteral("gre.flags_and_version"))
                     << FieldText::node(QStringLiteral("Version"), QString::number(version), at + 1,
                                        1, QStringLiteral("gre.flags.version"))
                     << FieldText::node(QStringLiteral("Protocol type"),
                                        QStringLiteral("PPP (0x880b)"), at + 2, 2,
                                        QStringLiteral("gre.proto"))
                     << FieldText::node(QStringLiteral("Payload length"),
                                        QString::number(layers.grePayloadLength), at + 4, 2,
                                        QStringLiteral("gre.key.payload_length"))
                     << FieldText::node(QStringLiteral("Call ID"),
                                        QString::number(layers.greCallId), at + 6, 2,
                                        QStringLiteral("gre.key.call_id"));
        int p = at + 8;
        if (layers.greHasSeq) {
            gre.children << FieldText::node(QStringLiteral("Sequence number"),
                                            QString::number(layers.greSeq), p, 4,
                                            QStringLiteral("gre.sequence_number"));
            p += 4;
        }
        if (layers.greHasAck)
            gre.children << FieldText::node(QStringLiteral("Acknowledgment number"),
                                            QString::number(layers.greAck), p, 4,
                                            QStringLiteral("gre.ack_number"));
        tree->append(gre);
    }
}

} // namespace keyward::capture
