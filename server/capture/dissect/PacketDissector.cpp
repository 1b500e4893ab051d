#include "dissect/PacketDissector.h"

#include "dissect/FieldText.h"
#include "dissect/NetworkDecoder.h"
#include "dissect/PppDissector.h"
#include "dissect/PptpControlDissector.h"

namespace keyward::capture {

DissectedPacket PacketDissector::dissect(const PacketRecord &packet)
{
    DissectedPacket out;
    out.timestampNs = packet.timestampNs;
    out.length = packet.originalLength;
    const PacketLayers layers = NetworkDecoder::decode(packet, &out.tree);
    out.malformed = layers.malformed;
    const auto *d = reinterpret_cast<const uchar *>(packet.data.constData());
    if (!layers.ipv4) {
        out.protocol =
            layers.etherType == 0x86dd ? QStringLiteral("IPv6") : QStringLiteral("Other");
        out.info = layers.problem.isEmpty() ? QStringLiteral("Not IPv4 (not PPTP, ignored)")
                                            : layers.problem;
        return out;
    }
    out.source = FieldText::ipv4(layers.source);
    out.destination = FieldText::ipv4(layers.destination);
    if (layers.isPptpControl()) {
        out.source += QStringLiteral(":%1").arg(layers.sourcePort);
        out.destination += QStringLiteral(":%1").arg(layers.destinationPort);
        out.pptp = true;
        out.protocol = QStringLiteral("PPTP");
        int pos = layers.payloadOffset;
        const int end = layers.payloadOffset + layers.payloadLength;
        QStringList infos;
        while (pos < end) {
            const int left = end - pos;
            const int length = left >= 2 ? FieldText::u16(d + pos) : 0;
            if (left < 12 || length < 12 || length > left) {
                out.tree << FieldText::node(
                    QStringLiteral("PPTP segment data"),
                    QStringLiteral("%1 bytes of a message split across segments").arg(left), pos,
                    left);
                infos << QStringLiteral("[part of a PPTP message, %1 bytes]").arg(left);
                break;
            }
            PptpControlSummary summary;
            QString info;
            out.tree << PptpControlDissector::dissect(d + pos, length, pos, summary, &info);
            if (!summary.valid)
                out.malformed = true;
            infos << info;
            pos += length;
        }
        if (infos.isEmpty()) {
            out.protocol = QStringLiteral("TCP");
            QStringList flags;
            if (layers.tcpFlags & 0x02)
                flags << QStringLiteral("SYN");
            if (layers.tcpFlags & 0x01)
                flags << QStringLiteral("FIN");
            if (layers.tcpFlags & 0x04)
                flags << QStringLiteral("RST");
            if (layers.tcpFlags & 0x10)
                flags << QStringLiteral("ACK");
            infos << QStringLiteral("%1 -> %2 [%3]")
                         .arg(layers.sourcePort)
                         .arg(layers.destinationPort)
                         .arg(flags.join(QLatin1Char(',')));
        }
        out.info = infos.join(QStringLiteral("; "));
        return out;
    }
    if (layers.transport == PacketLayers::Transport::Gre) {
        out.pptp = true;
        FieldNode holder;
        PppSummary summary;
        QString info;
        PppDissector::dissect(d + layers.payloadOffset, layers.payloadLength, layers.payloadOffset,
                              -1, summary, &holder, &info);
        out.tree << holder.children;
        if (layers.payloadLength == 0) {
            out.protocol = QStringLiteral("GRE");
            out.info = QStringLiteral("GRE acknowledgment %1, call id %2")
                           .arg(layers.greAck)
                           .arg(layers.greCallId);
        } else {
            if (!summary.valid)
                out.malformed = true;
            out.protocol = PppDissector::protocolName(summary.protocol);
            if (summary.protocol == 0 || !summary.valid)
                out.protocol = QStringLiteral("PPP");
            out.info = QStringLiteral("%1 (call %2)").arg(info).arg(layers.greCallId);
        }
        return out;
    }
    out.protocol = layers.ipProtocol == 6    ? QStringLiteral("TCP")
                   : layers.ipProtocol == 17 ? QStringLiteral("UDP")
                   : layers.ipProtocol == 47 ? QStringLiteral("GRE")
                                             : QStringLiteral("IPv4");
    if (layers.transport == PacketLayers::Transport::Tcp) {
        out.source += QStringLiteral(":%1").arg(layers.sourcePort);
        out.destination += QStringLiteral(":%1").arg(layers.destinationPort);
    }
    out.info = layers.problem.isEmpty() ? QStringLiteral("Not PPTP (ignored)") : layers.problem;
    return out;
}

} // namespace keyward::capture
