#pragma once

// Which MPPE parameters we agree to. The default is the product's stance: 128-bit
// only, stateless only. 40/56-bit and stateful mode are explicit admin choices.
// The obsolete D bit and MPPC compression are never agreed.

#include "common/Result.h"
#include "mppe/MppeOption.h"
#include "mppe/MppeParameters.h"

#include <string>
#include <string_view>

namespace keyward::protocol::mppe {

class MppePolicy
{
public:
    MppePolicy() = default;

    void setAllowed(MppeStrength strength, bool allowed);
    bool allows(MppeStrength strength) const;
    void setStatefulAllowed(bool allowed) { m_statefulAllowed = allowed; }
    bool statefulAllowed() const { return m_statefulAllowed; }
    // Stateless is allowed unless turned off (a client that must test stateful mode).
    void setStatelessAllowed(bool allowed) { m_statelessAllowed = allowed; }
    bool statelessAllowed() const { return m_statelessAllowed; }
    // Ask for stateful mode first when it is allowed, and fall back to stateless only
    // when the peer insists. Clients such as pppd try stateless first and take
    // stateful when asked, so without this a stateful tunnel never comes up with them.
    void setStatefulPreferred(bool preferred) { m_statefulPreferred = preferred; }
    bool statefulPreferred() const { return m_statefulAllowed && m_statefulPreferred; }
    bool allows(const MppeParameters &parameters) const;

    // What we put in our own Configure-Request: the strongest allowed strength,
    // stateless unless stateful is preferred (or the only mode allowed). A policy that
    // allows no strength yields 128-bit.
    MppeParameters preferred() const;

    // Picks the parameters to agree from what the peer offered (its request or its
    // Nak): strongest allowed strength; stateless if offered, else stateful when
    // allowed. When stateful is preferred it is chosen even if the peer offered
    // stateless, unless `peerInsists` (the peer asked for stateless again after we
    // asked for stateful, or Nak'ed our stateful request). The error says who offered what and what
    // the policy requires, e.g. "client offered only 40-bit MPPE; policy requires 128-bit". `peer`
    // names the other end ("client" or "server").
    Result<MppeParameters> choose(const MppeOption &offered, std::string_view peer,
                                  bool peerInsists = false) const;

    // "128-bit", "56-bit or 128-bit".
    std::string describeAllowed() const;

private:
    bool m_allow40 = false;
    bool m_allow56 = false;
    bool m_allow128 = true;
    bool m_statefulAllowed = false;
    bool m_statelessAllowed = true;
    bool m_statefulPreferred = false;
};

} // namespace keyward::protocol::mppe
