#pragma once

// CCP (RFC 1962) carrying only MPPE (RFC 3078). Each side requests exactly one
// strength bit plus the mode; a peer that offers several gets a Nak with the one we
// choose; a peer that cannot meet the MppePolicy ends CCP with a reason such as
// "client offered only 40-bit MPPE; policy requires 128-bit" (the caller then
// terminates LCP). Every other compression option is Configure-Rejected.
// Reset-Request/Reset-Ack (codes 14/15) are passed up and sent on request.

#include "mppe/MppeOption.h"
#include "mppe/MppeParameters.h"
#include "mppe/MppePolicy.h"
#include "ppp/OptionAutomaton.h"
#include "ppp/OptionPolicy.h"
#include "ppp/PppProtocol.h"

#include <optional>

namespace keyward::protocol::ppp {

class Ccp final : private OptionPolicy, public OptionAutomaton
{
public:
    struct Config
    {
        PppRole role = PppRole::Server;
        mppe::MppePolicy policy{};
        OptionAutomaton::Limits limits{};
        // Answer a peer Reset-Request with a Reset-Ack (what Windows and pppd expect
        // for MPPE; the caller still gets ResetRequested to flush its cipher).
        bool autoResetAck = true;
    };

    explicit Ccp(Config config);

    // The agreed parameters once Opened (both directions are the same by check).
    std::optional<mppe::MppeParameters> negotiated() const;

    // The MPPE decryptor lost sync: ask the peer to reset (Opened only).
    void sendResetRequest();
    void sendResetAck(std::uint8_t identifier);

private:
    void resetNegotiation() override;
    std::vector<PppOption> buildRequest() override;
    Verdict examineRequest(const std::vector<PppOption> &request) override;
    void peerRequestAcked(const std::vector<PppOption> &options) override;
    void ourRequestAcked(const std::vector<PppOption> &options) override;
    Status ourRequestNaked(const std::vector<PppOption> &suggested) override;
    Status ourRequestRejected(const std::vector<PppOption> &rejected) override;
    Status beforeLayerUp(Timestamp now) override;
    bool handleExtendedCode(const ControlPacket &packet, Timestamp now) override;

    std::string peerName() const;

    Config m_config;
    mppe::MppeParameters m_request;
    int m_unacceptable = 0;       // peer requests we could not accept at all
    bool m_askedStateful = false; // we Nak'ed the peer's stateless request (stateful preferred)
    std::optional<mppe::MppeParameters> m_peerAgreed;
    std::optional<mppe::MppeParameters> m_ourAgreed;
};

} // namespace keyward::protocol::ppp
