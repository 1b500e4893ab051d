#pragma once

// Counts PPP control retransmissions on one link, ours and the server's, by watching
// the control frames that pass (sans-I/O: frames in, counts out).
//
// A retransmission is a request that repeats, apart from its identifier, the previous
// request of the same kind from the same side: a Configure-Request or Terminate-Request
// of LCP, IPCP or CCP, or an MS-CHAPv2 Challenge or Response. That is what a restart
// timer produces (pppd changes the identifier, we may keep it), and a side that
// changes its options is negotiating, not retransmitting. A new Challenge (another
// content: the server re-authenticates to rekey) starts the count afresh for the
// layers above it, whose requests may then rightly repeat the earlier ones.
//
// What it cannot see: a request of the server's that was lost on the way before any
// copy arrived. Its repeat is the first copy we get, so it is not counted; a loss on
// our way out shows as our own retransmission.

#include "common/Bytes.h"

#include <QJsonObject>
#include <QString>
#include <map>
#include <tuple>

namespace keyward::probe {

class ControlRetransmits
{
public:
    void onSent(std::uint16_t protocol, protocol::ByteView information);
    void onReceived(std::uint16_t protocol, protocol::ByteView information);

    int ours() const { return m_ours; }
    int servers() const { return m_servers; }
    // "LCP 1, CCP 2" for the side's retransmissions by protocol; empty when none.
    QString oursByProtocol() const { return describe(Side::Ours); }
    QString serversByProtocol() const { return describe(Side::Server); }
    // {"ours": n, "server": n, "oursByProtocol": {...}, "serverByProtocol": {...}}
    QJsonObject toJson() const;

private:
    enum class Side
    {
        Ours,
        Server
    };
    void note(Side side, std::uint16_t protocol, protocol::ByteView information);
    QString describe(Side side) const;

    // (side, protocol, code) -> the request's data after code, identifier and length.
    std::map<std::tuple<Side, std::uint16_t, std::uint8_t>, protocol::Bytes> m_last;
    std::map<std::pair<Side, std::uint16_t>, int> m_byProtocol;
    int m_ours = 0;
    int m_servers = 0;
};

} // namespace keyward::probe
