#pragma once

// Sign-in against RADIUS servers (RFC 2865 with MS-CHAPv2 as RFC 2548 carries it).
//
// - The Access-Request carries User-Name as the client sent it, MS-CHAP-Challenge,
//   MS-CHAP2-Response, NAS-IP-Address and/or NAS-Identifier, NAS-Port-Type=Virtual,
//   Service-Type=Framed, Framed-Protocol=PPP, Calling-Station-Id (the client's
//   address) and a Message-Authenticator (RadiusSigner).
// - Access-Accept: MS-CHAP2-Success gives the S= text, MS-MPPE-Send-Key and
//   MS-MPPE-Recv-Key the MPPE keys (an Accept without them is refused: Keyward never
//   runs PPTP without MPPE). MS-MPPE-Encryption-Policy/-Types narrow what the local
//   policy allows, never widen it. Session-Timeout, Idle-Timeout, Framed-IP-Address,
//   Class and Reply-Message go into the SignInGrant.
// - Access-Reject: MS-CHAP-Error's E= code (691 when absent), its M= text or the
//   Reply-Message for the client.
// - No server answered: E=691 with the reason logged; or, with a fallback
//   (signin-backend = radius-then-local), the local store judges, but only when every
//   server is down (never after a reject).
// - Failed sign-ins count against the client's address as with the local store
//   (SourceThrottle): answers to that address wait, the same for right and wrong.
// - A Change-Password (after E=648) goes to the server that sent the E=648 first (it
//   may keep state about the exchange), failing over as usual: an Access-Request with
//   MS-CHAP-Challenge (the challenge of the Failure), MS-CHAP2-CPW and the encrypted
//   new password in MS-CHAP-NT-Enc-PW chunks (RFC 2548 §2.3.3-2.3.5). Its Accept is a
//   sign-in like any other; its Reject's E= goes to the client as a final failure
//   (E=709 from a server that does not allow changes, logged as such).

#include "radius/RadiusClient.h"
#include "signin/SignInBackend.h"
#include "signin/SourceThrottle.h"

#include <QElapsedTimer>
#include <QPointer>
#include <cstdint>
#include <utility>
#include <vector>

namespace keyward::core {
class PolicyStore;
}

namespace keyward::signin {

class RadiusSignIn : public SignInBackend
{
    Q_OBJECT

public:
    struct Options
    {
        QString nasIdentifier;        // empty: none (then nasAddress must be set)
        std::uint32_t nasAddress = 0; // NAS-IP-Address, host order; 0: none
    };

    RadiusSignIn(radius::RadiusClient &client, const core::PolicyStore &policy, Options options,
                 SourceThrottle::Limits throttle = {}, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("radius"); }
    void verify(const SignInRequest &request, Done done) override;

    // The backend asked when every RADIUS server is down (radius-then-local).
    void setFallback(SignInBackend *fallback) { m_fallback = fallback; }

    // The Access-Request for a Response (tests read it back).
    static radius::RadiusPacket
    accessRequest(const protocol::mschapv2::MsChapV2ResponseCheck &check,
                  const QString &peerAddress, const Options &options);
    // The Access-Request for a Change-Password (tests read it back).
    static radius::RadiusPacket
    changePasswordRequest(const protocol::mschapv2::MsChapV2PasswordChangeCheck &check,
                          const QString &peerAddress, const Options &options);
    // The verdict and grant of a checked answer, with the server's secret for the keys.
    protocol::mschapv2::MsChapV2Verdict judge(const radius::RadiusClient::Answer &answer,
                                              protocol::ByteView secret, SignInGrant *grant) const;

private:
    void answer(const SignInRequest &request, qint64 startedMs, qint64 delayMs,
                protocol::mschapv2::MsChapV2Verdict verdict, const SignInGrant &grant, Done done);
    // The MS-MPPE-Encryption-Types the session may use, narrowed from the policy;
    // nullopt when the server's rule is not stricter (then the policy alone applies).
    std::optional<std::uint32_t> mppeTypes(const radius::RadiusPacket &accept) const;
    // The server that asked a call's client for a new password (E=648), where its
    // Change-Password goes first. Bounded: the oldest entries go first.
    void rememberChangeServer(quint16 callId, int server);
    int takeChangeServer(quint16 callId);

    radius::RadiusClient &m_client;
    const core::PolicyStore &m_policy;
    Options m_options;
    SourceThrottle m_throttle;
    QElapsedTimer m_clock;
    QPointer<SignInBackend> m_fallback;
    std::vector<std::pair<quint16, int>> m_changeServers; // call id, server index
};

} // namespace keyward::signin
