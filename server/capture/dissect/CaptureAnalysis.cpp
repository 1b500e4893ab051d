#include "dissect/CaptureAnalysis.h"

namespace keyward::capture {

class CaptureAnalysisState
{
public:
    CaptureReport report;
};

CaptureAnalysis::CaptureAnalysis() : m_state(std::make_unique<CaptureAnalysisState>()) {}
CaptureAnalysis::~CaptureAnalysis() = default;

void CaptureAnalysis::add(const PacketRecord &)
{
    ++m_state->report.packets;
}

CaptureReport CaptureAnalysis::report() const
{
    return m_state->report;
}

} // namespace keyward::capture
