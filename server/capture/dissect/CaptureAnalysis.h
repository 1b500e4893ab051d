#pragma once

// Follows a capture packet by packet (state across packets, no clock, no I/O): the
// TCP 1723 streams reassembled per direction (out of order, retransmitted, split
// and coalesced segments), PPTP calls matched to their control connection, GRE
// calls to their calls, PPP sessions with their sign-in, CCP and MPPE; then
// report() gives sessions, findings, users and the client inventory.
//
// Everything it keeps is bounded: connections, calls and buffered TCP bytes per
// direction have caps, past which the excess is counted and dropped.

#include "dissect/CaptureReport.h"
#include "file/PacketRecord.h"

#include <QJsonObject>
#include <memory>

namespace keyward::capture {

class CaptureAnalysisState;

class CaptureAnalysis
{
public:
    CaptureAnalysis();
    ~CaptureAnalysis();
    CaptureAnalysis(const CaptureAnalysis &) = delete;
    CaptureAnalysis &operator=(const CaptureAnalysis &) = delete;

    void add(const PacketRecord &packet);
    [[nodiscard]] CaptureReport report() const;
    [[nodiscard]] QJsonObject toJson() const { return report().toJson(); }

private:
    std::unique_ptr<CaptureAnalysisState> m_state;
};

} // namespace keyward::capture
