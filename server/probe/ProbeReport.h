#pragma once

// What one probe session found out.

#include "probe/ControlRetransmits.h"
#include "probe/ProbeTraffic.h"

#include <QJsonObject>
#include <QString>

namespace keyward::probe {

struct ProbeReport
{
    int index = 0;
    bool up = false;
    QString error;        // why the session failed, empty when it did not
    QString endReason;    // how the session ended
    quint32 authCode = 0; // MS-CHAPv2 E= value of a failure
    bool passwordChanged = false;
    int keyChanges = 0; // MPPE keys agreed: 1 at set-up, +1 for every rekey
    QString mppe;       // "128-bit stateless"
    QString localAddress;
    QString serverAddress;
    qint64 setupMs = 0;
    qint64 startedAtMs = 0; // on the process's monotonic clock (QElapsedTimer's reference)
    // Pings: the counted ones start once the tunnel answered a first echo (or the
    // settle time ran out); echoes before that are warm-up, not losses.
    bool settled = false; // the tunnel answered an echo before the counted pings
    qint64 settleMs = 0;  // from network up to that first answer
    int warmupEchoes = 0; // echoes sent before it
    int pingsSent = 0;
    int pingsReceived = 0;
    double rttTotalMs = 0;
    ProbeTraffic traffic;
    ControlRetransmits retransmits;

    int pingsLost() const { return pingsSent - pingsReceived; }

    QJsonObject toJson() const
    {
        QJsonObject o{{"index", index},
                      {"up", up},
                      {"mppe", mppe},
                      {"localAddress", localAddress},
                      {"serverAddress", serverAddress},
                      {"setupMs", setupMs},
                      {"pingsSent", pingsSent},
                      {"pingsReceived", pingsReceived},
                      {"endReason", endReason},
                      {"passwordChanged", passwordChanged}};
        o.insert("keyChanges", keyChanges);
        if (!error.isEmpty())
            o.insert("error", error);
        if (authCode)
            o.insert("authCode", static_cast<qint64>(authCode));
        if (pingsReceived)
            o.insert("rttAvgMs", rttTotalMs / pingsReceived);
        if (pingsSent || warmupEchoes) {
            o.insert("pingsLost", pingsLost());
            o.insert("lossPercent", pingsSent ? 100.0 * pingsLost() / pingsSent : 0.0);
            o.insert("settled", settled);
            o.insert("settleMs", settleMs);
            o.insert("warmupEchoes", warmupEchoes);
        }
        if (traffic.known)
            o.insert("tunnel", traffic.toJson());
        o.insert("controlRetransmits", retransmits.toJson());
        return o;
    }
};

} // namespace keyward::probe
