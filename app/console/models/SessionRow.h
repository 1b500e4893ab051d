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
    // Duration and idle time as they were when the model's clock read `atMs`; the
    // model counts them on from there.
    qint64 durationSeconds = 0;
    qint64 idleSeconds = 0;
    qint64 atMs = 0;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    // GRE flow: waited for the peer's window, dropped (by cause), sequence gaps.
    qint64 packetsQueued = 0;
    qint64 windowTimeouts = 0;
    qint64 packetsDropped = 0;
    qint64 packetsLost = 0;
    api::SessionDrops drops;
    // The client as keywardd names it ("Windows RAS 5.20"); empty when not told.
    QString client;
    bool clientLegacy = false;
    // How the user signed in, as keywardd says it: "radius", "local",
    // "local (RADIUS down)"; empty while signing in or from an older keywardd.
    QString signIn;
    int key() const { return id; }
    // The same figures, whenever they were taken (a row that did not change is not
    // announced).
    bool operator==(const SessionRow &o) const
    {
        return id == o.id && user == o.user && peer == o.peer && tunnel == o.tunnel &&
               strengthBits == o.strengthBits && mode == o.mode && state == o.state &&
               durationSeconds == o.durationSeconds && idleSeconds == o.idleSeconds &&
               bytesIn == o.bytesIn && bytesOut == o.bytesOut && client == o.client &&
               clientLegacy == o.clientLegacy && signIn == o.signIn;
    }
};

} // namespace keyward::console
