#pragma once

// What a client showed of itself: the SCCRQ it sent, its LCP Identification
// messages (RFC 1570) and the options it offered. Both the capture analysis and
// keywardd's live sessions fill one and ask ClientInventory to name the client.

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace keyward::capture {

struct ClientEvidence
{
    bool sccrqSeen = false;
    QString vendor;                 // SCCRQ vendor name
    QString hostName;               // SCCRQ host name
    quint16 firmwareRevision = 0;   // SCCRQ firmware revision
    quint16 protocolVersion = 0;    // SCCRQ protocol version (0x0100)
    QStringList lcpIdentifications; // LCP Identification messages from the client
    bool lcpRequestSeen = false;    // a Configure-Request from the client was seen
    std::optional<quint16> mru;     // MRU the client asked for
    bool offeredAcfc = false;
    bool offeredPfc = false;
    bool offeredMagic = false;
    bool offeredCallback = false;
    bool offeredMultilink = false;
    QList<quint16> lcpOptionOrder; // option types of the client's first LCP Configure-Request
    // Authentication protocols the client offered (in Configure-Naks and its own
    // requests): 0xc223 with algorithm 0x81 (MS-CHAPv2), 0x80 (MS-CHAPv1), 0x05
    // (MD5) encoded as (protocol << 8 | algorithm); 0xc023 << 8 for PAP.
    QList<quint32> authOffered;
    bool ccpRequestSeen = false;
    quint32 mppeBitsOffered = 0; // union of the MPPE option bits the client asked for
    bool mppeOptionSeen = false;
};

} // namespace keyward::capture
