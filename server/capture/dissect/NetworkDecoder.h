#pragma once

// Decodes the link layer (Ethernet with 802.1Q/802.1ad tags, raw IP, Linux SLL and
// SLL2, BSD and OpenBSD loopback), IPv4, TCP and enhanced GRE of one packet. With a
// tree, it also describes each layer there; without one it only finds the layers
// (the fast path CaptureAnalysis takes for every packet). IPv4 only: a PPTP tunnel
// over IPv6 is counted as other traffic.

#include "dissect/FieldNode.h"
#include "dissect/PacketLayers.h"
#include "file/PacketRecord.h"

namespace keyward::capture {

class NetworkDecoder
{
public:
    [[nodiscard]] static PacketLayers decode(const PacketRecord &packet,
                                             QList<FieldNode> *tree = nullptr);

private:
    static int decodeLink(const PacketRecord &packet, PacketLayers &layers, QList<FieldNode> *tree);
    static void decodeIpv4(const uchar *data, int size, int at, PacketLayers &layers,
                           QList<FieldNode> *tree);
    static void decodeTcp(const uchar *data, int at, PacketLayers &layers, QList<FieldNode> *tree);
    static void decodeGre(const uchar *data, int at, PacketLayers &layers, QList<FieldNode> *tree);
};

} // namespace keyward::capture
