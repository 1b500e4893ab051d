#pragma once

// What CaptureAnalysis concludes about a capture: counts, sessions, findings, the
// users whose credentials crossed the wire and the client inventory. toJson() is
// the shape of the admin API's and keywardctl's output; keep it stable.

#include "dissect/CaptureFinding.h"
#include "dissect/CaptureSessionInfo.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace keyward::capture {

struct CaptureUser
{
    QString name;
    QString authProtocol;
    int exchanges = 0; // authentication exchanges seen on the wire
    qint64 firstSeenNs = 0;
};

struct CaptureClient
{
    ClientIdentity identity;
    QString address; // the client's IP address
    int sessions = 0;
};

struct CaptureReport
{
    quint64 packets = 0;
    quint64 pptpControlPackets = 0;
    quint64 grePackets = 0;
    quint64 otherPackets = 0; // not PPTP: counted and ignored
    quint64 malformedPackets = 0;
    quint64 unsupportedLinkPackets = 0;
    qint64 firstNs = 0;
    qint64 lastNs = 0;
    QList<CaptureSessionInfo> sessions;
    QList<CaptureFinding> findings;
    QList<CaptureUser> users;
    QList<CaptureClient> clients;

    [[nodiscard]] QJsonObject toJson() const;
    // The text keywardctl prints.
    [[nodiscard]] QString toText() const;
};

} // namespace keyward::capture
