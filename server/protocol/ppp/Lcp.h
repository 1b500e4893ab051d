#pragma once

// LCP (RFC 1661) on top of OptionAutomaton: MRU, ACCM, Authentication-Protocol
// (MS-CHAPv2 only by default), Magic-Number with loopback detection, PFC, ACFC.
// Everything else is Configure-Rejected. Also Echo-Request/Reply (with dead-peer
// detection), Discard-Request, Protocol-Reject in both directions.

#include "ppp/OptionAutomaton.h"
#include "ppp/OptionPolicy.h"
#include "ppp/PppProtocol.h"

#include <cstdint>
#include <functional>
#include <optional>

namespace keyward::protocol::ppp {

class Lcp final : private OptionPolicy, public OptionAutomaton
{
public:
    enum OptionType : std::uint8_t
    {
        kOptMru = 1,
        kOptAccm = 2,
        kOptAuthProtocol = 3,
        kOptQualityProtocol = 4,
        kOptMagicNumber = 5,
        kOptPfc = 7,
        kOptAcfc = 8,
        kOptCallback = 13,
        kOptMrru = 17,
        kOptShortSequence = 18,
        kOptEndpointDiscriminator = 19,
    };

    struct AuthProtocol
    {
        std::uint16_t protocol = kProtocolChap;
        std::uint8_t algorithm = kChapMsV2; // CHAP only; 0 for PAP
        bool operator==(const AuthProtocol &) const = default;
    };

    struct Config
    {
        PppRole role = PppRole::Server;
        std::uint16_t mru = 1400;    // what we ask to receive (PPTP default)
        std::uint16_t minMru = 576;  // smallest MRU we accept from the peer
        std::uint16_t maxMru = 1500; // largest MRU we ask for after a Nak
        bool requestPfc = true;
        bool requestAcfc = true;
        // Weak authentication, off by default (explicit, audited admin choice).
        bool allowPap = false;
        bool allowChapMd5 = false;
        bool allowMsChapV1 = false;
        // Source of Magic-Numbers (the caller passes a CSPRNG or a test sequence).
        std::function<std::uint32_t()> random;
        OptionAutomaton::Limits limits{};
    };

    // What LCP agreed, valid once the layer is up.
    struct Agreed
    {
        std::uint16_t ourMru = 1500;  // we receive up to this
        std::uint16_t peerMru = 1500; // we send at most this
        std::uint32_t ourMagic = 0;
        std::uint32_t peerMagic = 0;
        bool sendPfc = false;                       // the peer accepts compressed protocol fields
        bool sendAcfc = false;                      // the peer accepts omitted address/control
        std::optional<AuthProtocol> authentication; // the protocol the server runs
    };

    explicit Lcp(Config config);

    const Agreed &agreed() const { return m_agreed; }

    // Sends a Protocol-Reject for a frame of an unsupported protocol (Opened only).
    // `payload` is the rejected frame's information field.
    void sendProtocolReject(std::uint16_t protocol, ByteView payload);
    void sendEchoRequest(ByteView data = {});
    // Dead-peer detection: send an Echo-Request every `interval` while Opened and
    // raise EchoTimeout after `maxMissed` unanswered in a row. interval 0 disables.
    void setKeepalive(Duration interval, int maxMissed, Timestamp now);
    int missedEchoes() const { return m_missedEchoes; }

    Timestamp nextDeadline() const override;
    void onTimer(Timestamp now) override;

    static std::string authName(const AuthProtocol &auth);

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
    bool isCatastrophicReject(std::uint8_t code) const override;

    std::uint32_t newMagic();
    bool authAllowed(const AuthProtocol &auth) const;
    static std::optional<AuthProtocol> parseAuth(const PppOption &option);
    static PppOption authOption(const AuthProtocol &auth);

    Config m_config;
    Agreed m_agreed;

    // What our next Configure-Request carries.
    std::optional<std::uint16_t> m_reqMru;
    std::optional<std::uint32_t> m_reqMagic;
    bool m_wantMagic = true;
    std::optional<AuthProtocol> m_reqAuth;
    bool m_reqPfc = false;
    bool m_reqAcfc = false;
    int m_loopbacks = 0;

    Duration m_keepaliveInterval{0};
    int m_keepaliveMaxMissed = 0;
    Timestamp m_nextEcho = NoDeadline;
    int m_missedEchoes = 0;
};

} // namespace keyward::protocol::ppp
