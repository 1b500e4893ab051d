#pragma once

// What a PPTP control connection and its calls work with, and nothing more: the
// configuration, the crypto library, the data plane, the session registry (call ids,
// addresses, session life), the sign-in backend and the policy in force. keywardd
// builds one once the network is open; connections and sessions never see the rest
// of the server.

#include "mppe/MppePolicy.h"

#include <cstdint>
#include <span>

namespace keyward::protocol::crypto {
class CryptoLibrary;
}
namespace keyward::net {
class DataPlane;
}
namespace keyward::signin {
class SignInBackend;
}
namespace keyward::core {
class PolicyStore;
}

namespace keyward::daemon {

struct DaemonConfig;
class SessionRegistry;

class CallContext
{
public:
    CallContext(const DaemonConfig &config, const protocol::crypto::CryptoLibrary &crypto,
                net::DataPlane &dataPlane, SessionRegistry &sessions, signin::SignInBackend &signIn,
                const core::PolicyStore &policy)
        : m_config(config), m_crypto(crypto), m_dataPlane(dataPlane), m_sessions(sessions),
          m_signIn(signIn), m_policy(policy)
    {}

    const DaemonConfig &config() const { return m_config; }
    const protocol::crypto::CryptoLibrary &crypto() const { return m_crypto; }
    net::DataPlane &dataPlane() const { return m_dataPlane; }
    SessionRegistry &sessions() const { return m_sessions; }
    signin::SignInBackend &signIn() const { return m_signIn; }

    // The MPPE strengths and modes the policy allows now.
    protocol::mppe::MppePolicy mppePolicy() const;
    // The stricter of the configuration and the policy.
    int idleTimeoutSeconds() const;
    int maxSessionSeconds() const;
    static void fillRandom(std::span<std::uint8_t> out);

private:
    const DaemonConfig &m_config;
    const protocol::crypto::CryptoLibrary &m_crypto;
    net::DataPlane &m_dataPlane;
    SessionRegistry &m_sessions;
    signin::SignInBackend &m_signIn;
    const core::PolicyStore &m_policy;
};

} // namespace keyward::daemon
