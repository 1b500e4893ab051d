#include "mppe/MppePolicy.h"

namespace keyward::protocol::mppe {

void MppePolicy::setAllowed(MppeStrength strength, bool allowed)
{
    switch (strength) {
    case MppeStrength::Bits40:
        m_allow40 = allowed;
        break;
    case MppeStrength::Bits56:
        m_allow56 = allowed;
        break;
    case MppeStrength::Bits128:
        m_allow128 = allowed;
        break;
    }
}

bool MppePolicy::allows(MppeStrength strength) const
{
    switch (strength) {
    case MppeStrength::Bits40:
        return m_allow40;
    case MppeStrength::Bits56:
        return m_allow56;
    case MppeStrength::Bits128:
        return m_allow128;
    }
    return false;
}

bool MppePolicy::allows(const MppeParameters &parameters) const
{
    return allows(parameters.strength) &&
           (parameters.mode == MppeMode::Stateless ? m_statelessAllowed : m_statefulAllowed);
}

MppeParameters MppePolicy::preferred() const
{
    MppeParameters out;
    out.mode =
        statefulPreferred() || !m_statelessAllowed ? MppeMode::Stateful : MppeMode::Stateless;
    if (!m_statefulAllowed)
        out.mode = MppeMode::Stateless;
    out.strength = m_allow128  ? MppeStrength::Bits128
                   : m_allow56 ? MppeStrength::Bits56
                   : m_allow40 ? MppeStrength::Bits40
                               : MppeStrength::Bits128;
    return out;
}

std::string MppePolicy::describeAllowed() const
{
    std::string out;
    for (MppeStrength s : {MppeStrength::Bits40, MppeStrength::Bits56, MppeStrength::Bits128}) {
        if (!allows(s))
            continue;
        if (!out.empty())
            out += " or ";
        out += toString(s);
    }
    return out.empty() ? "no MPPE strength at all" : out;
}

Result<MppeParameters> MppePolicy::choose(const MppeOption &offered, std::string_view peer,
                                          bool peerInsists) const
{
    const std::string who(peer);
    if (offered.strengthCount() == 0)
        return fail(who + " offered no MPPE key strength; policy requires " + describeAllowed());
    MppeParameters out;
    bool found = false;
    for (MppeStrength s : {MppeStrength::Bits128, MppeStrength::Bits56, MppeStrength::Bits40}) {
        if (offered.offers(s) && allows(s)) {
            out.strength = s;
            found = true;
            break;
        }
    }
    if (!found)
        return fail(who + " offered only " + offered.describeStrengths() +
                    " MPPE; policy requires " + describeAllowed());
    const bool askStateful = statefulPreferred() && !peerInsists;
    if (offered.has(MppeOption::kStateless) && m_statelessAllowed && !askStateful) {
        out.mode = MppeMode::Stateless;
    } else if (m_statefulAllowed) {
        out.mode = MppeMode::Stateful;
    } else {
        return fail(who + " offered only stateful MPPE; policy requires stateless");
    }
    return out;
}

} // namespace keyward::protocol::mppe
