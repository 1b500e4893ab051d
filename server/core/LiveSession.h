#pragma once

// A live (or just ended) session as everything outside the control plane sees it:
// the admin API, the session history, and later RADIUS accounting and alerts. A
// value: taken from the session registry, never a handle into it.

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

    // From the data plane.
    bool hasCounters = false;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    qint64 packetsIn = 0;
    qint64 packetsOut = 0;
    qint64 idleSeconds = 0;

    // Set once it ended.
    QDateTime endedAt;
    QString endReason;
};

} // namespace keyward::core
