#pragma once

// The fields of one PPTP control message that the capture analysis follows.

#include <QString>

namespace keyward::capture {

struct PptpControlSummary
{
    bool valid = false;     // header and length checked, body long enough
    quint16 type = 0;       // control message type, 1..15
    quint16 callId = 0;     // OCRQ/OCRP/ICRQ/ICRP/CCRQ/CDN: the sender's call id
    quint16 peerCallId = 0; // OCRP/ICRP/ICCN/WEN/SLI: the receiver's call id
    quint8 result = 0;
    quint8 error = 0;
    quint16 cause = 0;
    quint16 protocolVersion = 0;
    quint16 firmwareRevision = 0;
    QString hostName;
    QString vendor;
    QString resultText; // the result (or stop reason) spelled out
};

} // namespace keyward::capture
