#include "ppp/Lcp.h"

#include "common/ByteReader.h"
#include "common/ByteWriter.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace keyward::protocol::ppp {

namespace {

std::string peerName(PppRole role)
{
    return role == PppRole::Server ? "client" : "server";
}

} // namespace

Lcp::Lcp(Config config)
    : OptionPolicy(), OptionAutomaton(*this, kProtocolLcp, "LCP", config.limits),
      m_config(std::move(config))
{
    resetNegotiation();
}

std::string Lcp::authName(const AuthProtocol &auth)
{
    if (auth.protocol == kProtocolPap)
        return "PAP";
    if (auth.protocol == kProtocolEap)
        return "EAP";
    if (auth.protocol == kProtocolChap) {
        switch (auth.algorithm) {
        case kChapMd5:
            return "CHAP-MD5";
        case kChapMsV1:
            return "MS-CHAPv1";
        case kChapMsV2:
            return "MS-CHAPv2";
        default:
            return "CHAP algorithm " + std::to_string(auth.algorithm);
        }
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "protocol 0x%04x", auth.protocol);
    return buf;
}

std::uint32_t Lcp::newMagic()
{
    for (int attempt = 0; attempt < 16; ++attempt) {
        std::uint32_t value = m_config.random ? m_config.random() : 0;
        if (value != 0 && (!m_reqMagic || value != *m_reqMagic))
            return value;
    }
    // A broken random source must still not yield 0 or our current value.
    std::uint32_t fallback = m_reqMagic ? *m_reqMagic * 2654435761u + 1u : 0x5a5a5a5au;
    return fallback == 0 ? 1 : fallback;
}

bool Lcp::authAllowed(const AuthProtocol &auth) const
{
    if (auth.protocol == kProtocolChap && auth.algorithm == kChapMsV2)
        return true;
    if (auth.protocol == kProtocolPap)
        return m_config.allowPap;
    if (auth.protocol == kProtocolChap && auth.algorithm == kChapMd5)
        return m_config.allowChapMd5;
    if (auth.protocol == kProtocolChap && auth.algorithm == kChapMsV1)
        return m_config.allowMsChapV1;
    return false;
}

std::optional<Lcp::AuthProtocol> Lcp::parseAuth(const PppOption &option)
{
    if (option.data.size() < 2)
        return std::nullopt;
    AuthProtocol auth;
    auth.protocol = option.asU16();
    auth.algorithm = 0;
    if (auth.protocol == kProtocolChap) {
        if (option.data.size() != 3)
            return std::nullopt;
        auth.algorithm = option.data[2];
    } else if (auth.protocol == kProtocolPap && option.data.size() != 2) {
        return std::nullopt;
    } else if (option.data.size() > 2) {
        auth.algorithm = option.data[2];
    }
    return auth;
}

PppOption Lcp::authOption(const AuthProtocol &auth)
{
    PppOption option = PppOption::u16(kOptAuthProtocol, auth.protocol);
    if (auth.protocol == kProtocolChap)
        option.data.push_back(auth.algorithm);
    return option;
}

// ---- OptionPolicy -------------------------------------------------------------------

void Lcp::resetNegotiation()
{
    m_agreed = Agreed{};
    m_reqMru = m_config.mru;
    if (m_config.role == PppRole::Server)
        m_reqAuth = AuthProtocol{kProtocolChap, kChapMsV2};
    else
        m_reqAuth.reset();
    m_reqMagic.reset();
    m_wantMagic = true; // drawn when the first request is built
    m_reqPfc = m_config.requestPfc;
    m_reqAcfc = m_config.requestAcfc;
    m_loopbacks = 0;
    m_nextEcho = NoDeadline;
    m_missedEchoes = 0;
}

std::vector<PppOption> Lcp::buildRequest()
{
    std::vector<PppOption> options;
    if (m_reqMru)
        options.push_back(PppOption::u16(kOptMru, *m_reqMru));
    if (m_reqAuth)
        options.push_back(authOption(*m_reqAuth));
    if (m_wantMagic && !m_reqMagic)
        m_reqMagic = newMagic();
    if (m_reqMagic)
        options.push_back(PppOption::u32(kOptMagicNumber, *m_reqMagic));
    if (m_reqPfc)
        options.push_back(PppOption{kOptPfc, {}});
    if (m_reqAcfc)
        options.push_back(PppOption{kOptAcfc, {}});
    return options;
}

OptionPolicy::Verdict Lcp::examineRequest(const std::vector<PppOption> &request)
{
    Verdict verdict;
    for (const PppOption &option : request) {
        switch (option.type) {
        case kOptMru:
            if (option.data.size() != 2)
                verdict.rejects.push_back(option);
            else if (option.asU16() < m_config.minMru)
                verdict.naks.push_back(PppOption::u16(kOptMru, m_config.minMru));
            break;
        case kOptAccm:
            if (option.data.size() != 4)
                verdict.rejects.push_back(option);
            break;
        case kOptAuthProtocol: {
            if (m_config.role == PppRole::Server) {
                // Clients do not get to make the server authenticate itself.
                verdict.rejects.push_back(option);
                break;
            }
            auto auth = parseAuth(option);
            if (!auth || !authAllowed(*auth))
                verdict.naks.push_back(authOption(AuthProtocol{kProtocolChap, kChapMsV2}));
            break;
        }
        case kOptMagicNumber: {
            if (option.data.size() != 4) {
                verdict.rejects.push_back(option);
                break;
            }
            std::uint32_t magic = option.asU32();
            if (magic == 0) {
                verdict.naks.push_back(PppOption::u32(kOptMagicNumber, newMagic()));
            } else if (m_reqMagic && magic == *m_reqMagic) {
                ++m_loopbacks;
                emitEvent(PppEvent::Kind::LoopbackDetected,
                          "LCP: peer's Magic-Number equals ours (" + std::to_string(m_loopbacks) +
                              " time(s)); the link may be looped back");
                if (m_loopbacks >= limits().maxFailure) {
                    verdict.fatal = "link appears to be looped back (peer's Magic-Number "
                                    "matched ours " +
                                    std::to_string(m_loopbacks) + " times)";
                    return verdict;
                }
                m_reqMagic = newMagic();
                verdict.naks.push_back(PppOption::u32(kOptMagicNumber, newMagic()));
            }
            break;
        }
        case kOptPfc:
        case kOptAcfc:
            if (!option.data.empty())
                verdict.rejects.push_back(option);
            break;
        default: // Quality, Callback, multilink, endpoint discriminator, unknown
            verdict.rejects.push_back(option);
            break;
        }
    }
    return verdict;
}

void Lcp::peerRequestAcked(const std::vector<PppOption> &options)
{
    m_agreed.peerMru = 1500;
    m_agreed.peerMagic = 0;
    m_agreed.sendPfc = false;
    m_agreed.sendAcfc = false;
    if (m_config.role == PppRole::Client)
        m_agreed.authentication.reset();
    for (const PppOption &option : options) {
        switch (option.type) {
        case kOptMru:
            m_agreed.peerMru = option.asU16();
            break;
        case kOptMagicNumber:
            m_agreed.peerMagic = option.asU32();
            break;
        case kOptPfc:
            m_agreed.sendPfc = true;
            break;
        case kOptAcfc:
            m_agreed.sendAcfc = true;
            break;
        case kOptAuthProtocol:
            if (m_config.role == PppRole::Client)
                m_agreed.authentication = parseAuth(option);
            break;
        default:
            break;
        }
    }
}

void Lcp::ourRequestAcked(const std::vector<PppOption> &options)
{
    m_agreed.ourMru = 1500;
    m_agreed.ourMagic = 0;
    if (m_config.role == PppRole::Server)
        m_agreed.authentication.reset();
    for (const PppOption &option : options) {
        if (option.type == kOptMru)
            m_agreed.ourMru = option.asU16();
        else if (option.type == kOptMagicNumber)
            m_agreed.ourMagic = option.asU32();
        else if (option.type == kOptAuthProtocol && m_config.role == PppRole::Server)
            m_agreed.authentication = parseAuth(option);
    }
}

Status Lcp::ourRequestNaked(const std::vector<PppOption> &suggested)
{
    for (const PppOption &option : suggested) {
        switch (option.type) {
        case kOptMru: {
            std::uint16_t mru = option.asU16();
            if (option.data.size() == 2 && mru >= m_config.minMru && mru <= m_config.maxMru)
                m_reqMru = mru;
            else
                m_reqMru.reset(); // fall back to the default of 1500
            break;
        }
        case kOptAuthProtocol: {
            if (!m_reqAuth)
                break; // we do not ask the peer to authenticate
            auto auth = parseAuth(option);
            if (!auth)
                return fail(peerName(m_config.role) +
                            " sent a malformed Authentication-Protocol in Configure-Nak");
            if (!authAllowed(*auth))
                return fail(peerName(m_config.role) + " refused MS-CHAPv2 and proposed " +
                            authName(*auth) + "; policy allows MS-CHAPv2 only");
            m_reqAuth = auth;
            break;
        }
        case kOptMagicNumber:
            m_reqMagic = newMagic();
            break;
        default:
            break; // PFC/ACFC/ACCM cannot usefully be Nak'd; unrequested hints are ignored
        }
    }
    return {};
}

Status Lcp::ourRequestRejected(const std::vector<PppOption> &rejected)
{
    for (const PppOption &option : rejected) {
        switch (option.type) {
        case kOptMru:
            m_reqMru.reset();
            break;
        case kOptAuthProtocol:
            if (m_config.role == PppRole::Server)
                return fail("client refused to authenticate (Configure-Reject of "
                            "Authentication-Protocol)");
            m_reqAuth.reset();
            break;
        case kOptMagicNumber:
            m_reqMagic.reset();
            m_wantMagic = false;
            break;
        case kOptPfc:
            m_reqPfc = false;
            break;
        case kOptAcfc:
            m_reqAcfc = false;
            break;
        default:
            break;
        }
    }
    return {};
}

Status Lcp::beforeLayerUp(Timestamp now)
{
    if (m_config.role == PppRole::Server && !m_agreed.authentication)
        return fail("no authentication protocol agreed");
    m_missedEchoes = 0;
    if (m_keepaliveInterval.count() > 0)
        m_nextEcho = now + m_keepaliveInterval;
    return {};
}

bool Lcp::isCatastrophicReject(std::uint8_t code) const
{
    return code >= kConfigureRequest && code <= kCodeReject;
}

bool Lcp::handleExtendedCode(const ControlPacket &packet, Timestamp now)
{
    switch (packet.code) {
    case kProtocolReject: {
        if (!isOpened()) {
            emitEvent(PppEvent::Kind::PacketDiscarded, "LCP: Protocol-Reject outside Opened");
            return true;
        }
        if (packet.data.size() < 2) {
            emitEvent(PppEvent::Kind::PacketDiscarded,
                      "LCP: Protocol-Reject without a rejected protocol");
            return true;
        }
        std::uint16_t rejected = static_cast<std::uint16_t>(packet.data[0] << 8 | packet.data[1]);
        char buf[80];
        std::snprintf(buf, sizeof buf, "peer rejected protocol 0x%04x (%s)", rejected,
                      std::string(protocolName(rejected)).c_str());
        emitEvent(PppEvent::Kind::ProtocolRejected, buf, rejected, packet.identifier);
        if (rejected == kProtocolLcp)
            protocolRejected(now);
        return true;
    }
    case kEchoRequest: {
        if (!isOpened())
            return true; // silently discarded outside Opened (RFC 1661 5.8)
        if (packet.data.size() < 4) {
            emitEvent(PppEvent::Kind::PacketDiscarded, "LCP: Echo-Request without Magic-Number");
            return true;
        }
        ByteReader reader(packet.data);
        std::uint32_t magic = reader.u32();
        if (m_agreed.ourMagic != 0 && magic == m_agreed.ourMagic) {
            emitEvent(PppEvent::Kind::LoopbackDetected,
                      "LCP: Echo-Request carries our own Magic-Number");
            return true;
        }
        Bytes reply;
        ByteWriter writer(reply);
        writer.u32(m_agreed.ourMagic);
        writer.bytes(reader.rest());
        sendPacket(kEchoReply, packet.identifier, reply);
        return true;
    }
    case kEchoReply: {
        if (!isOpened() || packet.data.size() < 4)
            return true;
        std::uint32_t magic = ByteReader(packet.data).u32();
        if (m_agreed.ourMagic != 0 && magic == m_agreed.ourMagic) {
            emitEvent(PppEvent::Kind::LoopbackDetected,
                      "LCP: Echo-Reply carries our own Magic-Number");
            return true;
        }
        m_missedEchoes = 0;
        return true;
    }
    case kDiscardRequest:
    case kIdentification: // RFC 1570, sent by Windows clients; informational only
    case kTimeRemaining:
        return true;
    default:
        return false;
    }
}

// ---- Echo, Protocol-Reject ------------------------------------------------------------

void Lcp::sendProtocolReject(std::uint16_t protocol, ByteView payload)
{
    if (!isOpened())
        return;
    std::size_t room = m_agreed.peerMru > 6 ? m_agreed.peerMru - 6u : 0u;
    Bytes data;
    ByteWriter writer(data);
    writer.u16(protocol);
    writer.bytes(payload.first(std::min(room, payload.size())));
    sendPacket(kProtocolReject, nextIdentifier(), data);
}

void Lcp::sendEchoRequest(ByteView data)
{
    if (!isOpened())
        return;
    Bytes body;
    ByteWriter writer(body);
    writer.u32(m_agreed.ourMagic);
    writer.bytes(data);
    sendPacket(kEchoRequest, nextIdentifier(), body);
}

void Lcp::setKeepalive(Duration interval, int maxMissed, Timestamp now)
{
    m_keepaliveInterval = interval;
    m_keepaliveMaxMissed = std::max(1, maxMissed);
    m_missedEchoes = 0;
    if (interval.count() > 0 && isOpened())
        m_nextEcho = now + interval;
    else
        m_nextEcho = NoDeadline;
}

Timestamp Lcp::nextDeadline() const
{
    const Timestamp restart = OptionAutomaton::nextDeadline();
    return isOpened() ? std::min(restart, m_nextEcho) : restart;
}

void Lcp::onTimer(Timestamp now)
{
    OptionAutomaton::onTimer(now);
    if (!isOpened() || now < m_nextEcho)
        return;
    if (m_missedEchoes >= m_keepaliveMaxMissed) {
        m_nextEcho = NoDeadline;
        emitEvent(PppEvent::Kind::EchoTimeout,
                  "LCP: peer did not answer " + std::to_string(m_missedEchoes) +
                      " Echo-Request in a row; the peer is presumed dead");
        return;
    }
    sendEchoRequest();
    ++m_missedEchoes;
    m_nextEcho = now + m_keepaliveInterval;
}

} // namespace keyward::protocol::ppp
