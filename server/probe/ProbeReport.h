#pragma once

// What one probe session found out.

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
    int pingsSent = 0;
    int pingsReceived = 0;
    double rttTotalMs = 0;

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
        return o;
    }
};

} // namespace keyward::probe
