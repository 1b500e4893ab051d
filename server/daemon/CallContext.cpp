#include "daemon/CallContext.h"

#include "core/PolicyStore.h"
#include "daemon/DaemonConfig.h"

#include <QtGlobal>
#include <algorithm>
#include <openssl/rand.h>

namespace keyward::daemon {

protocol::mppe::MppePolicy CallContext::mppePolicy() const
{
    const core::Policy &policy = m_policy.current();
    protocol::mppe::MppePolicy p;
    p.setAllowed(protocol::mppe::MppeStrength::Bits40, policy.allowMppe40);
    p.setAllowed(protocol::mppe::MppeStrength::Bits56, policy.allowMppe56);
    p.setAllowed(protocol::mppe::MppeStrength::Bits128, policy.allowMppe128);
    p.setStatefulAllowed(policy.allowStatefulMppe);
    p.setStatefulPreferred(policy.preferStatefulMppe);
    return p;
}

int CallContext::idleTimeoutSeconds() const
{
    return std::min(m_config.idleTimeoutSeconds, m_policy.current().idleTimeoutMinutes * 60);
}

int CallContext::maxSessionSeconds() const
{
    return std::min(m_config.maxSessionSeconds, m_policy.current().maxSessionHours * 3600);
}

void CallContext::fillRandom(std::span<std::uint8_t> out)
{
    if (RAND_bytes(out.data(), static_cast<int>(out.size())) != 1)
        qFatal("no randomness from OpenSSL");
}

} // namespace keyward::daemon
