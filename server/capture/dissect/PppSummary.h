#pragma once

// The fields of one PPP frame that the capture analysis and the client inventory
// follow.

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

namespace keyward::capture {

struct PppSummary
{
    bool valid = false; // the frame parsed to its end
    quint16 protocol = 0;
    bool addressControl = false;     // ff 03 present
    bool compressedProtocol = false; // one-octet protocol field
    int code = -1;                   // LCP/IPCP/CCP/IPV6CP/CHAP/PAP code
    int identifier = -1;
    QList<std::pair<quint8, QByteArray>> options; // Configure-* options (type, data)
    quint16 rejectedProtocol = 0;                 // LCP Protocol-Reject
    QString identification;                       // LCP Identification (RFC 1570) message
    QByteArray chapValue;
    QString chapName;
    QString chapMessage;    // Success / Failure message
    int chapAlgorithm = -1; // 0x81, 0x80 or 0x05 as decided for this frame
    QString papPeer;
    quint16 coherencyCount = 0; // MPPE
    quint8 mppeFlags = 0;
    int payloadOffset = 0; // after the protocol field, within the frame
};

} // namespace keyward::capture
