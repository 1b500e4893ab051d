#pragma once

// Names a PPTP client from ClientEvidence, and flags legacy clients (only 40/56-bit
// MPPE offered, MS-CHAPv1 or PAP offered). Rules, in order:
// - an LCP Identification "MSRASV<version>" or "MSRAS-<n>-<host>" is Windows RAS
//   (rasppp), version from the first;
// - SCCRQ vendor "Microsoft" (Windows PPTP miniport) is Windows;
// - SCCRQ vendor "Linux" with no Identification is pppd with pptp-linux (its
//   version is not on the wire; the firmware revision is pptp-linux's);
// - vendors "MikroTik" and "Cisco" name routers, their firmware revision the version;
// - otherwise the vendor as sent, or "unknown".
// Evidence lists what each conclusion rests on; nothing is guessed beyond it.

#include "dissect/ClientEvidence.h"
#include "dissect/ClientIdentity.h"

namespace keyward::capture {

class ClientInventory
{
public:
    [[nodiscard]] static ClientIdentity classify(const ClientEvidence &evidence);

    // Helpers for whoever fills ClientEvidence from parsed messages.
    static void addLcpOptions(ClientEvidence &evidence,
                              const QList<std::pair<quint8, QByteArray>> &options, bool inNak);
    static void addMppeOption(ClientEvidence &evidence, quint32 bits);
    // A PPP control frame the client sent (protocol and information field, as a
    // PPP session receives it): LCP Configure-Request and -Nak options, LCP
    // Identification, CCP Configure-Request MPPE bits. Other frames are ignored.
    static void addClientFrame(ClientEvidence &evidence, quint16 protocol, const uchar *information,
                               int length);
};

} // namespace keyward::capture
