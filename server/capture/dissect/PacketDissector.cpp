#include "dissect/PacketDissector.h"

namespace keyward::capture {

DissectedPacket PacketDissector::dissect(const PacketRecord &packet)
{
    DissectedPacket out;
    out.timestampNs = packet.timestampNs;
    out.length = packet.originalLength;
    return out;
}

} // namespace keyward::capture
