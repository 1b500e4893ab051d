#pragma once

// A live (or just ended) session as everything outside the control plane sees it:
// the admin API, the session history, and later RADIUS accounting and alerts. A
// value: taken from the session registry, never a handle into it.

#include "core/SessionEndCause.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace keyward::core {

struct LiveSession
{
    quint16 id = 0;      // our call id
    QString user;        // empty until the client authenticated
    QString peerAddress; // the client's address
    QString tunnelAddress;
    QDateTime startedAt;  // UTC
    bool up = false;      // IPCP is open: traffic flows
    QString mppeStrength; // "128-bit"; empty until CCP agreed MPPE
    QString mppeMode;     // "stateless" or "stateful"
    // The client as ClientInventory names it from its SCCRQ and PPP options.
    QString clientName; // "Windows RAS", "pppd/pptp-linux", ... or "unknown"
    QString clientVersion;
    bool clientLegacy = false;
    // The sign-in backend that signed the user in ("local", "radius", "local (RADIUS
    // down)"); empty until then.
    QString signInBackend;
    // RADIUS accounting: the session's Acct-Session-Id (its start in ms since the epoch
    // and its call id, hex: unique across restarts), whether RADIUS authenticated it,
    // the Class its Access-Accept gave (echoed unchanged) and its Acct-Interim-Interval.
    QString accountingSessionId;
    bool radiusAuthenticated = false;
    QByteArray radiusClass;
    int acctInterimSeconds = 0; // 0: none given

    // From the data plane.
    bool hasCounters = false;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    qint64 packetsIn = 0;
    qint64 packetsOut = 0;
    qint64 idleSeconds = 0;
    // GRE flow: packets that waited for the peer's window, window timer expiries,
    // received sequence gaps never filled, and drops (all, and by cause).
    qint64 packetsQueued = 0;
    qint64 windowTimeouts = 0;
    qint64 packetsLost = 0;
    qint64 packetsDropped = 0;
    struct Drops
    {
        qint64 noKeys = 0;
        qint64 windowFull = 0;
        qint64 encrypt = 0;
        qint64 decrypt = 0;
        qint64 unencrypted = 0;
        qint64 duplicate = 0;
        qint64 late = 0;
        qint64 malformed = 0;
        qint64 tooLong = 0;
    } drops;

    // Set once it ended.
    QDateTime endedAt;
    QString endReason;
    SessionEndCause endCause = SessionEndCause::Unknown;
};

} // namespace keyward::core
