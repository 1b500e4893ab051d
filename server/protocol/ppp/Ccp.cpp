#include "ppp/Ccp.h"

#include <string>

namespace keyward::protocol::ppp {

using mppe::MppeOption;
using mppe::MppeParameters;

namespace {

std::optional<MppeParameters> parametersOf(const std::vector<PppOption> &options)
{
    for (const PppOption &option : options) {
        if (option.type != MppeOption::kType)
            continue;
        auto decoded = MppeOption::decode(option.data);
        if (decoded)
            return decoded->parameters();
    }
    return std::nullopt;
}

std::string describe(const MppeParameters &p)
{
    return std::string(mppe::toString(p.strength)) + " " + std::string(mppe::toString(p.mode));
}

} // namespace

Ccp::Ccp(Config config)
    : OptionPolicy(), OptionAutomaton(*this, kProtocolCcp, "CCP", config.limits),
      m_config(std::move(config))
{
    resetNegotiation();
}

std::string Ccp::peerName() const
{
    return m_config.role == PppRole::Server ? "client" : "server";
}

std::optional<MppeParameters> Ccp::negotiated() const
{
    if (!isOpened())
        return std::nullopt;
    return m_ourAgreed;
}

void Ccp::resetNegotiation()
{
    m_request = m_config.policy.preferred();
    m_unacceptable = 0;
    m_askedStateful = false;
    m_peerAgreed.reset();
    m_ourAgreed.reset();
}

std::vector<PppOption> Ccp::buildRequest()
{
    return {PppOption{MppeOption::kType, MppeOption::fromParameters(m_request).encode()}};
}

OptionPolicy::Verdict Ccp::examineRequest(const std::vector<PppOption> &request)
{
    Verdict verdict;
    const PppOption *mppeOption = nullptr;
    for (const PppOption &option : request) {
        if (option.type == MppeOption::kType && !mppeOption)
            mppeOption = &option;
        else
            verdict.rejects.push_back(option); // Deflate, BSD, Predictor, MPPC-only...
    }
    const PppOption counterOffer{MppeOption::kType, MppeOption::fromParameters(m_request).encode()};
    if (!mppeOption) {
        if (++m_unacceptable >= 2)
            verdict.fatal = peerName() + " did not offer MPPE; policy requires encryption";
        else
            verdict.naks.push_back(counterOffer);
        return verdict;
    }
    auto offered = MppeOption::decode(mppeOption->data);
    if (!offered) {
        verdict.naks.push_back(counterOffer);
        return verdict;
    }
    auto choice = m_config.policy.choose(offered.value(), peerName(), m_askedStateful);
    if (!choice) {
        // First time: tell the peer what we allow. Asked again: it cannot converge.
        if (++m_unacceptable >= 2)
            verdict.fatal = choice.message();
        else
            verdict.naks.push_back(counterOffer);
        return verdict;
    }
    // Keep both directions on the same parameters when the peer offers ours.
    MppeParameters chosen = choice.value();
    if (offered->offers(m_request.strength) && m_config.policy.allows(m_request) &&
        (m_request.mode == chosen.mode))
        chosen = m_request;
    MppeOption wanted = MppeOption::fromParameters(chosen);
    if (offered->bits != wanted.bits) {
        // A peer that asks for stateless again after our Nak gets it (when allowed).
        m_askedStateful = m_askedStateful || (offered->has(MppeOption::kStateless) &&
                                              chosen.mode == mppe::MppeMode::Stateful);
        verdict.naks.push_back(PppOption{MppeOption::kType, wanted.encode()});
    }
    return verdict;
}

void Ccp::peerRequestAcked(const std::vector<PppOption> &options)
{
    m_peerAgreed = parametersOf(options);
    m_unacceptable = 0;
}

void Ccp::ourRequestAcked(const std::vector<PppOption> &options)
{
    m_ourAgreed = parametersOf(options);
}

Status Ccp::ourRequestNaked(const std::vector<PppOption> &suggested)
{
    for (const PppOption &option : suggested) {
        if (option.type != MppeOption::kType)
            continue;
        auto offered = MppeOption::decode(option.data);
        if (!offered)
            return fail(peerName() +
                        " sent a malformed MPPE option in Configure-Nak: " + offered.message());
        // The peer's own suggestion wins here: preferring stateful must not loop.
        auto choice = m_config.policy.choose(offered.value(), peerName(), true);
        if (!choice)
            return fail(choice.message());
        m_request = choice.value();
    }
    return {};
}

Status Ccp::ourRequestRejected(const std::vector<PppOption> &rejected)
{
    for (const PppOption &option : rejected)
        if (option.type == MppeOption::kType)
            return fail(peerName() + " rejected MPPE; policy requires encryption");
    return {};
}

Status Ccp::beforeLayerUp(Timestamp)
{
    if (!m_ourAgreed || !m_peerAgreed)
        return fail("MPPE was not agreed in both directions");
    if (!(*m_ourAgreed == *m_peerAgreed))
        return fail("MPPE parameters differ between directions: we receive " +
                    describe(*m_ourAgreed) + ", " + peerName() + " receives " +
                    describe(*m_peerAgreed));
    if (!m_config.policy.allows(*m_ourAgreed))
        return fail("agreed MPPE " + describe(*m_ourAgreed) + " is not allowed by policy");
    return {};
}

bool Ccp::handleExtendedCode(const ControlPacket &packet, Timestamp)
{
    switch (packet.code) {
    case kResetRequest:
        if (!isOpened())
            return true;
        emitEvent(PppEvent::Kind::ResetRequested, "CCP: peer asked for a reset", 0,
                  packet.identifier);
        if (m_config.autoResetAck)
            sendResetAck(packet.identifier);
        return true;
    case kResetAck:
        if (isOpened())
            emitEvent(PppEvent::Kind::ResetAcknowledged, "CCP: peer acknowledged a reset", 0,
                      packet.identifier);
        return true;
    default:
        return false;
    }
}

void Ccp::sendResetRequest()
{
    if (isOpened())
        sendPacket(kResetRequest, nextIdentifier(), {});
}

void Ccp::sendResetAck(std::uint8_t identifier)
{
    if (isOpened())
        sendPacket(kResetAck, identifier, {});
}

} // namespace keyward::protocol::ppp
