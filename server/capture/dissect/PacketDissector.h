#pragma once

// Dissects one captured packet on its own (no state, no clock, no I/O): link layer
// (Ethernet with VLAN tags, raw IP, Linux SLL and SLL2, BSD loopback), IPv4, TCP
// port 1723 with the PPTP control messages whole in this segment, enhanced GRE, PPP
// (LCP, PAP, CHAP / MS-CHAPv2, CCP with MPPE, IPCP, IPV6CP), the MPPE header. The
// tunnel transport is IPv4 only. Every length is checked before it is used; a
// truncated or malformed field is marked and dissection stops there.

#include "dissect/DissectedPacket.h"
#include "file/PacketRecord.h"

namespace keyward::capture {

class PacketDissector
{
public:
    [[nodiscard]] static DissectedPacket dissect(const PacketRecord &packet);
};

} // namespace keyward::capture
