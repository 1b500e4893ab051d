#include "dissect/CaptureAnalysis.h"

#include "dissect/CaptureAnalysisState.h"

namespace keyward::capture {

CaptureAnalysis::CaptureAnalysis() : m_state(std::make_unique<CaptureAnalysisState>()) {}
CaptureAnalysis::~CaptureAnalysis() = default;

void CaptureAnalysis::add(const PacketRecord &packet)
{
    m_state->add(packet);
}

CaptureReport CaptureAnalysis::report() const
{
    return m_state->report();
}

} // namespace keyward::capture
