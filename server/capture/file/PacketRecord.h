#pragma once

// One captured packet as a capture file holds it: when, how long it was on the wire,
// what link layer its bytes start with, and the bytes that were kept (at most
// originalLength; fewer when the capture had a snap length).

#include <QByteArray>
#include <QtGlobal>

namespace keyward::capture {

struct PacketRecord
{
    qint64 timestampNs = 0;     // nanoseconds since the Unix epoch
    quint32 originalLength = 0; // length on the wire
    quint32 linkType = 0;       // pcap LINKTYPE_* (see LinkType.h)
    QByteArray data;            // the captured bytes
    quint32 interfaceId = 0;    // pcapng interface (0 for pcap)
};

} // namespace keyward::capture
