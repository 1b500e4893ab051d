#pragma once

// What one session's tunnel carried and what it saw go wrong on the way, as the data
// path counted it: IPv4 both ways, and at the GRE level the packets the server sent
// twice (duplicates) or that came after a later one (out of order; both are dropped,
// never delivered), our packets refused because the server's receive window was full,
// and what could not be decrypted. Lost GRE packets are not counted here: a gap shows
// as a lost ping, or as TCP's retransmissions above the tunnel.

#include <QJsonObject>

namespace keyward::probe {

struct ProbeTraffic
{
    bool known = false; // false: the session never had a data path to read
    quint64 packetsIn = 0;
    quint64 bytesIn = 0;
    quint64 packetsOut = 0;
    quint64 bytesOut = 0;
    quint64 greAccepted = 0;
    quint64 greDuplicates = 0;
    quint64 greOutOfOrder = 0;
    quint64 windowFull = 0;
    quint64 decryptErrors = 0;
    quint64 dropped = 0; // every drop on the receive side, whatever the reason

    QJsonObject toJson() const
    {
        auto n = [](quint64 v) { return static_cast<qint64>(v); };
        return QJsonObject{{"packetsIn", n(packetsIn)},         {"bytesIn", n(bytesIn)},
                           {"packetsOut", n(packetsOut)},       {"bytesOut", n(bytesOut)},
                           {"greAccepted", n(greAccepted)},     {"greDuplicates", n(greDuplicates)},
                           {"greOutOfOrder", n(greOutOfOrder)}, {"windowFull", n(windowFull)},
                           {"decryptErrors", n(decryptErrors)}, {"dropped", n(dropped)}};
    }
};

} // namespace keyward::probe
