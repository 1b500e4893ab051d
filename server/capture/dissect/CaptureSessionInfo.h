#pragma once

// One PPTP call seen in a capture: its control connection, GRE call ids, who signed
// in and how, what MPPE was agreed, and the client behind it.

#include "dissect/ClientIdentity.h"

#include <QString>
#include <QStringList>

namespace keyward::capture {

struct CaptureSessionInfo
{
    QString client;           // "address:port" of the PNS (the side that sent the SCCRQ)
    QString server;           // "address:port" of the PAC
    quint16 clientCallId = 0; // the call id the client chose (OCRQ)
    quint16 serverCallId = 0; // the call id the server chose (OCRP)
    bool callEstablished = false;
    QString user;         // the name in the CHAP Response (or PAP request)
    QString authProtocol; // "MS-CHAPv2", "MS-CHAPv1", "CHAP-MD5", "PAP", "" when none seen
    QString authResult;   // "success", "failure (E=691 ...)", "" when none seen
    QString mppeStrength; // "128-bit", "56-bit", "40-bit", "" when CCP did not agree
    bool mppeStateful = false;
    bool mppeAgreed = false;
    quint32 mppeBitsOffered = 0; // union of the MPPE bits either side asked for
    qint64 firstSeenNs = 0;
    qint64 lastSeenNs = 0;
    quint64 greToServer = 0; // GRE packets client -> server
    quint64 greToClient = 0;
    quint64 encryptedPackets = 0;
    quint64 plaintextAfterCcp = 0;
    QString clearReason; // Call-Disconnect-Notify / Stop reason when seen
    ClientIdentity clientIdentity;
};

} // namespace keyward::capture
