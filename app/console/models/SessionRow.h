#pragma once

#include "api/SessionMessages.h"

#include <QString>

namespace keyward::console {

// One live session as the table shows it.
struct SessionRow
{
    int id = 0;
    QString user;
    QString peer;
    QString tunnel;       // empty until IPCP has given one
    int strengthBits = 0; // 0 while MPPE is being agreed
    QString mode;         // "stateless", "stateful", or empty while being agreed
    api::SessionState state = api::SessionState::Negotiating;
    qint64 durationSeconds = 0;
    qint64 idleSeconds = 0;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    // GRE flow: waited for the peer's window, dropped (by cause), sequence gaps.
    qint64 packetsQueued = 0;
    qint64 windowTimeouts = 0;
    qint64 packetsDropped = 0;
    qint64 packetsLost = 0;
    api::SessionDrops drops;
    int key() const { return id; }
    bool operator==(const SessionRow &) const = default;
};

} // namespace keyward::console
