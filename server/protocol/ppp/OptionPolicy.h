#pragma once

// The per-protocol half of the RFC 1661 automaton: which options we ask for, what we
// accept from the peer, and how we react to its Nak/Reject. OptionAutomaton calls
// these; LCP, IPCP and CCP implement them.

#include "common/Result.h"
#include "common/Time.h"
#include "ppp/ControlPacket.h"
#include "ppp/PppOption.h"

#include <string>
#include <vector>

namespace keyward::protocol::ppp {

class OptionPolicy
{
public:
    // The answer to one peer Configure-Request. Empty naks and rejects mean Ack.
    // A non-empty `fatal` means the negotiation cannot succeed: the automaton
    // reports it and closes the layer.
    struct Verdict
    {
        std::vector<PppOption> naks;    // options with the values we would accept
        std::vector<PppOption> rejects; // options copied verbatim from the request
        std::string fatal;
    };

    virtual ~OptionPolicy() = default;

    // A new negotiation starts (this-layer-started or Open from Closed/Stopped).
    virtual void resetNegotiation() = 0;
    // Options for our next Configure-Request.
    virtual std::vector<PppOption> buildRequest() = 0;
    virtual Verdict examineRequest(const std::vector<PppOption> &request) = 0;
    // We sent a Configure-Ack for these options: they now apply to the peer.
    virtual void peerRequestAcked(const std::vector<PppOption> &options) = 0;
    // The peer acked our request.
    virtual void ourRequestAcked(const std::vector<PppOption> &options) = 0;
    // Adjust our request; an error ends the negotiation with its message.
    virtual Status ourRequestNaked(const std::vector<PppOption> &suggested) = 0;
    virtual Status ourRequestRejected(const std::vector<PppOption> &rejected) = 0;
    // Last check before this-layer-up; an error closes the layer instead.
    virtual Status beforeLayerUp(Timestamp) { return {}; }
    // Codes beyond 1..7 (LCP Echo, CCP Reset...). Return false for an unknown code,
    // which the automaton answers with a Code-Reject.
    virtual bool handleExtendedCode(const ControlPacket &, Timestamp) { return false; }
    // A Code-Reject for this code makes the layer unusable (RXJ-) when true.
    virtual bool isCatastrophicReject(std::uint8_t code) const { return code >= 1 && code <= 7; }
};

} // namespace keyward::protocol::ppp
