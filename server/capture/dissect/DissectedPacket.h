#pragma once

// What a packet list row and a detail tree need for one packet.

#include "dissect/FieldNode.h"

#include <QList>
#include <QString>

namespace keyward::capture {

struct DissectedPacket
{
    QString source;      // address (and port) the packet came from
    QString destination; // address (and port) it went to
    QString protocol;    // the innermost protocol understood ("PPTP", "LCP", "MPPE", ...)
    QString info;        // one line: message type and the fields that matter
    QList<FieldNode> tree;
    qint64 timestampNs = 0;
    quint32 length = 0; // on the wire
    bool pptp = false;  // TCP 1723 or enhanced GRE: part of a PPTP tunnel
    bool malformed = false;
};

} // namespace keyward::capture
