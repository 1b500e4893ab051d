#include "session/PppSession.h"

#include "ppp/PppProtocol.h"

#include <algorithm>
#include <openssl/crypto.h>

namespace keyward::protocol::session {

using ppp::PppEvent;
using ppp::PppRole;

namespace {

ppp::Lcp::Config lcpConfig(const PppSession::Config &c, std::function<std::uint32_t()> random)
{
    ppp::Lcp::Config l;
    l.role = c.role;
    l.mru = c.mru;
    l.random = std::move(random);
    return l;
}

ppp::Ccp::Config ccpConfig(const PppSession::Config &c)
{
    ppp::Ccp::Config cc;
    cc.role = c.role;
    cc.policy = c.mppePolicy;
    return cc;
}

ppp::Ipcp::Config ipcpConfig(const PppSession::Config &c)
{
    ppp::Ipcp::Config i;
    i.role = c.role;
    i.localAddress = c.role == PppRole::Server ? c.localAddress : 0;
    i.peerAddress = c.role == PppRole::Server ? c.peerAddress : 0;
    i.primaryDns = c.primaryDns;
    i.secondaryDns = c.secondaryDns;
    i.requestDns = c.role == PppRole::Client;
    return i;
}

} // namespace

Result<std::unique_ptr<PppSession>> PppSession::create(const crypto::CryptoLibrary &library,
                                                       Config config)
{
    if (!config.random)
        return fail("a PPP session needs a random source");
    std::unique_ptr<PppSession> session(new PppSession(library, std::move(config)));
    if (session->m_config.role == PppRole::Client) {
        auto peer = mschapv2::MsChapV2Peer::create(library, session->m_config.credentials,
                                                   session->m_config.random, {},
                                                   session->m_config.newPassword);
        if (!peer)
            return peer.error();
        session->m_peer = std::make_unique<mschapv2::MsChapV2Peer>(std::move(peer).value());
    }
    return session;
}

PppSession::PppSession(const crypto::CryptoLibrary &library, Config config)
    : m_library(library), m_config(std::move(config)),
      m_lcp(lcpConfig(m_config, [this] { return random32(); })), m_ccp(ccpConfig(m_config)),
      m_ipcp(ipcpConfig(m_config))
{}

PppSession::~PppSession()
{
    // The MPPE master keys must not linger in freed memory.
    if (m_masterKeys) {
        OPENSSL_cleanse(m_masterKeys->send.data(), m_masterKeys->send.size());
        OPENSSL_cleanse(m_masterKeys->receive.data(), m_masterKeys->receive.size());
    }
}

std::uint32_t PppSession::random32()
{
    std::uint8_t b[4];
    m_config.random(b);
    return static_cast<std::uint32_t>(b[0]) << 24 | static_cast<std::uint32_t>(b[1]) << 16 |
           static_cast<std::uint32_t>(b[2]) << 8 | b[3];
}

void PppSession::start(Timestamp now)
{
    m_phase = Phase::Establish;
    m_lcp.open(now);
    m_lcp.up(now);
    pump(now);
}

void PppSession::onFrame(std::uint16_t protocol, ByteView information, Timestamp now)
{
    if (m_ended)
        return;
    switch (protocol) {
    case ppp::kProtocolLcp:
        m_lcp.receive(information, now);
        break;
    case ppp::kProtocolChap:
        if (m_phase != Phase::Authenticate && m_phase != Phase::Network)
            break; // RFC 1661: only LCP before authentication
        if (m_authenticator) {
            if (auto handled = m_authenticator->onPacket(information, now); !handled)
                log("CHAP packet dropped: " + handled.message());
        } else if (m_peer) {
            // A new Challenge after we authenticated: the server re-authenticates us
            // (rekey). Answer it with a fresh peer, with the current password.
            if (!information.empty() && information[0] == 1 &&
                m_peer->state() == mschapv2::MsChapV2Peer::State::Succeeded) {
                auto fresh = mschapv2::MsChapV2Peer::create(m_library, m_config.credentials,
                                                            m_config.random);
                if (fresh)
                    m_peer = std::make_unique<mschapv2::MsChapV2Peer>(std::move(fresh).value());
            }
            if (auto handled = m_peer->onPacket(information, now); !handled)
                log("CHAP packet dropped: " + handled.message());
        }
        break;
    case ppp::kProtocolCcp:
        if (m_phase == Phase::Network)
            m_ccp.receive(information, now);
        break;
    case ppp::kProtocolIpcp:
        if (m_phase != Phase::Network)
            break;
        if (m_ipcpStarted)
            m_ipcp.receive(information, now);
        else if (m_heldIpcp.size() < 4)
            m_heldIpcp.emplace_back(information.begin(), information.end());
        break;
    default:
        // Protocols we do not carry (IPv6CP, IPX, ...): Protocol-Reject once LCP is
        // open, as RFC 1661 5.7 asks; discarded before that.
        if (m_lcp.isOpened()) {
            m_lcp.sendProtocolReject(protocol, information);
            log("rejected PPP protocol " + std::string(ppp::protocolName(protocol)) +
                " from the peer");
        }
        break;
    }
    pump(now);
}

Timestamp PppSession::nextDeadline() const
{
    Timestamp next = std::min(
        {m_lcp.nextDeadline(), m_ccp.nextDeadline(), m_ipcp.nextDeadline(), m_resetDeadline});
    if (m_authenticator)
        next = std::min(next, m_authenticator->nextDeadline());
    return next;
}

void PppSession::onTimer(Timestamp now)
{
    if (m_ended)
        return;
    if (m_lcp.nextDeadline() <= now)
        m_lcp.onTimer(now);
    if (m_ccp.nextDeadline() <= now)
        m_ccp.onTimer(now);
    if (m_ipcp.nextDeadline() <= now)
        m_ipcp.onTimer(now);
    if (m_authenticator && m_authenticator->nextDeadline() <= now)
        m_authenticator->onTimer(now);
    if (m_resetPending && m_resetDeadline <= now)
        sendCcpReset(now);
    pump(now);
}

void PppSession::close(const std::string &reason, Timestamp now)
{
    terminate(reason, now);
    pump(now);
}

void PppSession::onSignInVerdict(const mschapv2::MsChapV2Verdict &verdict, Timestamp now)
{
    if (m_ended || !m_authenticator ||
        m_authenticator->state() != mschapv2::MsChapV2Authenticator::State::WaitVerdict) {
        log("sign-in verdict ignored: none was awaited");
        return;
    }
    m_authenticator->onVerdict(verdict, now);
    pump(now);
}

void PppSession::lowerDown(const std::string &reason, Timestamp now)
{
    if (m_endReason.empty())
        m_endReason = reason;
    m_lcp.down(now);
    pump(now);
    if (!m_ended) {
        m_ended = true;
        m_phase = Phase::Dead;
        m_events.emplace_back(PppEnded{m_endReason, m_endedByPeer});
    }
    m_outgoing.clear(); // nothing can be sent any more
}

void PppSession::requestCcpReset(Timestamp now)
{
    if (m_ended || m_resetPending)
        return;
    if (!m_ccp.isOpened()) {
        log("MPPE lost packets, but CCP is not open: no Reset-Request sent");
        return;
    }
    m_resetPending = true;
    m_resetTries = 0;
    sendCcpReset(now);
    pump(now);
}

void PppSession::ccpResynchronised(Timestamp now)
{
    if (!m_resetPending)
        return;
    log("MPPE resynchronised after " + std::to_string(m_resetTries) + " CCP Reset-Request(s)");
    stopCcpReset();
    pump(now);
}

void PppSession::sendCcpReset(Timestamp now)
{
    // RFC 3078 section 8 and RFC 1962: the peer answers a Reset-Request by flushing
    // (its next packet carries the A bit). Either may be lost on the way, and nothing
    // else would ever ask again, so it is repeated until the flushed packet arrives.
    m_resetDeadline = NoDeadline;
    if (!m_ccp.isOpened()) {
        stopCcpReset();
        return;
    }
    if (m_resetTries >= m_config.ccpResetMaxTries) {
        stopCcpReset();
        terminate("MPPE: the peer did not resynchronise its stateful encryption after " +
                      std::to_string(m_resetTries) + " CCP Reset-Requests",
                  now);
        return;
    }
    ++m_resetTries;
    m_ccp.sendResetRequest();
    collect(m_ccp);
    m_resetDeadline = now + m_config.ccpResetInterval;
}

void PppSession::stopCcpReset()
{
    m_resetPending = false;
    m_resetTries = 0;
    m_resetDeadline = NoDeadline;
}

std::uint16_t PppSession::peerMru() const
{
    // RFC 1661 6.1: 1500 until the peer's MRU was acknowledged.
    return m_lcp.isOpened() ? m_lcp.agreed().peerMru : std::uint16_t(1500);
}

std::vector<PppSession::Frame> PppSession::takeOutgoing()
{
    return std::exchange(m_outgoing, {});
}

std::vector<PppSessionEvent> PppSession::takeEvents()
{
    return std::exchange(m_events, {});
}

void PppSession::collect(ppp::OptionAutomaton &automaton)
{
    for (Bytes &packet : automaton.takeOutgoing())
        send(automaton.protocol(), std::move(packet));
}

void PppSession::send(std::uint16_t protocol, Bytes information)
{
    // The peer may discard anything longer than its MRU (RFC 1661 6.1), and a frame cut
    // short would be malformed: such a frame is not sent at all. The rejects that
    // echo a peer's packet are cut to fit where they are built.
    if (information.size() > peerMru()) {
        log("not sent: a " + std::string(ppp::protocolName(protocol)) + " packet of " +
            std::to_string(information.size()) + " octets is longer than the peer's MRU " +
            std::to_string(peerMru()));
        return;
    }
    m_outgoing.push_back({protocol, std::move(information)});
}

void PppSession::pump(Timestamp now)
{
    // Events can make other layers act (auth success opens the NCPs, a CCP failure
    // closes LCP): go round until everything is quiet.
    for (int round = 0; round < 16; ++round) {
        bool busy = false;
        if (m_authenticator) {
            for (Bytes &packet : m_authenticator->takeOutgoing())
                send(ppp::kProtocolChap, std::move(packet));
            for (auto &event : m_authenticator->takeEvents()) {
                busy = true;
                if (auto *check = std::get_if<mschapv2::MsChapV2CheckRequested>(&event)) {
                    m_events.emplace_back(PppSignInRequested{std::move(check->check)});
                } else if (auto *ok = std::get_if<mschapv2::MsChapV2Authenticated>(&event)) {
                    mppe::MppeMasterKeys keys{ok->keys.send, ok->keys.receive};
                    authenticationSucceeded(ok->user, keys, now);
                    OPENSSL_cleanse(keys.send.data(), keys.send.size());
                    OPENSSL_cleanse(keys.receive.data(), keys.receive.size());
                    OPENSSL_cleanse(ok->keys.send.data(), ok->keys.send.size());
                    OPENSSL_cleanse(ok->keys.receive.data(), ok->keys.receive.size());
                } else if (auto *failed = std::get_if<mschapv2::MsChapV2Failed>(&event)) {
                    m_events.emplace_back(
                        PppAuthFailed{failed->user, failed->code, failed->reason, failed->final});
                    if (failed->final) {
                        // The Failure goes out first, then LCP Terminate-Request.
                        for (Bytes &packet : m_authenticator->takeOutgoing())
                            send(ppp::kProtocolChap, std::move(packet));
                        terminate((m_rekeying ? "rekey: the client did not re-authenticate ("
                                              : "authentication failed: ") +
                                      failed->reason + (m_rekeying ? "); it must reconnect" : ""),
                                  now);
                    }
                }
            }
        }
        if (m_peer) {
            for (Bytes &packet : m_peer->takeOutgoing())
                send(ppp::kProtocolChap, std::move(packet));
            for (auto &event : m_peer->takeEvents()) {
                busy = true;
                if (auto *ok = std::get_if<mschapv2::MsChapV2PeerAuthenticated>(&event)) {
                    if (ok->passwordChanged) {
                        log("password changed on the server");
                        if (auto changed =
                                m_config.newPassword ? m_config.newPassword() : std::nullopt)
                            m_config.credentials.password = *changed; // for re-authentication
                    }
                    mppe::MppeMasterKeys keys = mppe::MppeKeys::masterKeys(
                        m_library, ok->passwordHashHash, ok->ntResponse, mppe::MppeRole::Client);
                    authenticationSucceeded(m_config.credentials.userName, keys, now);
                    OPENSSL_cleanse(keys.send.data(), keys.send.size());
                    OPENSSL_cleanse(keys.receive.data(), keys.receive.size());
                    OPENSSL_cleanse(ok->passwordHashHash.data(), ok->passwordHashHash.size());
                } else if (auto *failed = std::get_if<mschapv2::MsChapV2PeerFailed>(&event)) {
                    m_events.emplace_back(PppAuthFailed{m_config.credentials.userName, failed->code,
                                                        failed->reason, true});
                    terminate("authentication failed: " + failed->reason, now);
                }
            }
        }
        collect(m_lcp);
        for (const PppEvent &event : m_lcp.takeEvents()) {
            busy = true;
            handleLcpEvent(event, now);
        }
        for (ppp::OptionAutomaton *ncp : {static_cast<ppp::OptionAutomaton *>(&m_ccp),
                                          static_cast<ppp::OptionAutomaton *>(&m_ipcp)}) {
            collect(*ncp);
            for (const PppEvent &event : ncp->takeEvents()) {
                busy = true;
                handleNcpEvent(event, now);
            }
        }
        collect(m_lcp);
        if (!busy)
            break;
    }
}

void PppSession::handleLcpEvent(const PppEvent &event, Timestamp now)
{
    switch (event.kind) {
    case PppEvent::Kind::LayerUp: {
        const auto &agreed = m_lcp.agreed();
        log("LCP up: MRU " + std::to_string(agreed.ourMru) + "/" + std::to_string(agreed.peerMru) +
            (agreed.authentication
                 ? ", authentication " + ppp::Lcp::authName(*agreed.authentication)
                 : std::string(", no authentication")));
        m_lcp.setKeepalive(m_config.echoInterval, m_config.echoMaxMissed, now);
        m_lcp.setPeerMru(agreed.peerMru);
        m_ccp.setPeerMru(agreed.peerMru);
        m_ipcp.setPeerMru(agreed.peerMru);
        if (agreed.peerMru < m_config.mru)
            log("the peer's MRU " + std::to_string(agreed.peerMru) + " is below ours (" +
                std::to_string(m_config.mru) + "): IPv4 packets over " +
                std::to_string(agreed.peerMru) + " octets are dropped on the way to it");
        const bool msChapV2 = agreed.authentication &&
                              agreed.authentication->protocol == ppp::kProtocolChap &&
                              agreed.authentication->algorithm == ppp::kChapMsV2;
        if (!msChapV2) {
            terminate(m_config.role == PppRole::Server
                          ? "the client would not authenticate with MS-CHAPv2"
                          : "the server did not ask for MS-CHAPv2, which MPPE keys need",
                      now);
            break;
        }
        startAuthentication(now);
        break;
    }
    case PppEvent::Kind::LayerDown:
        m_ccp.down(now);
        m_ipcp.down(now);
        stopCcpReset();
        if (m_closing || m_endedByPeer || !m_endReason.empty()) {
            if (m_phase != Phase::Dead)
                m_phase = Phase::Terminate;
        } else {
            linkRenegotiating();
        }
        break;
    case PppEvent::Kind::LayerFinished:
        if (!m_ended) {
            m_ended = true;
            m_phase = Phase::Dead;
            m_events.emplace_back(PppEnded{
                m_endReason.empty() ? std::string("link closed") : m_endReason, m_endedByPeer});
        }
        break;
    case PppEvent::Kind::NegotiationFailed:
        if (m_endReason.empty())
            m_endReason = "LCP: " + event.detail;
        log("LCP negotiation failed: " + event.detail);
        break;
    case PppEvent::Kind::TerminatedByPeer:
        if (m_endReason.empty()) {
            m_endReason = event.detail.empty() ? std::string("the peer ended the link")
                                               : "the peer ended the link: " + event.detail;
            m_endedByPeer = true;
        }
        break;
    case PppEvent::Kind::EchoTimeout:
        terminate("the peer stopped answering LCP echo requests (dead peer)", now);
        break;
    case PppEvent::Kind::ProtocolRejected:
        if (event.protocol == ppp::kProtocolCcp)
            terminate("the peer rejected CCP, so MPPE cannot be used; policy requires it", now);
        else if (event.protocol == ppp::kProtocolIpcp)
            terminate("the peer rejected IPCP", now);
        else
            log("the peer rejected PPP protocol " + std::string(ppp::protocolName(event.protocol)));
        break;
    default:
        if (!event.detail.empty())
            log("LCP: " + event.detail);
        break;
    }
}

void PppSession::handleNcpEvent(const PppEvent &event, Timestamp now)
{
    const bool isCcp = event.layer == ppp::kProtocolCcp;
    const std::string name = isCcp ? "CCP" : "IPCP";
    switch (event.kind) {
    case PppEvent::Kind::LayerUp:
        if (isCcp) {
            maybeMppeReady();
            startIpcp(now);
        } else {
            const auto &a = m_ipcp.agreed();
            if (m_networkUpSent) {
                log("IPCP up again after the LCP renegotiation");
                break;
            }
            m_networkUpSent = true;
            m_events.emplace_back(
                PppNetworkUp{a.localAddress, a.peerAddress, a.primaryDns, a.secondaryDns});
        }
        break;
    case PppEvent::Kind::NegotiationFailed:
        terminate(event.detail.rfind(name, 0) == 0 ? event.detail : name + ": " + event.detail,
                  now);
        break;
    case PppEvent::Kind::LayerFinished:
    case PppEvent::Kind::TerminatedByPeer:
        if (m_phase == Phase::Network)
            terminate(name + " was closed" + (event.detail.empty() ? "" : ": " + event.detail) +
                          "; the link cannot carry data without it",
                      now);
        break;
    case PppEvent::Kind::ResetRequested:
        if (isCcp)
            m_events.emplace_back(PppPeerResetRequest{});
        break;
    default:
        if (!event.detail.empty())
            log(name + ": " + event.detail);
        break;
    }
}

void PppSession::linkRenegotiating()
{
    // LCP left Opened without anyone closing it: the peer renegotiates the link (a
    // Configure-Request, -Ack or -Nak while Opened). Back to the Establish phase; when
    // LCP opens again the session authenticates, then runs CCP and IPCP again.
    log("the peer renegotiates LCP on an open link: authentication, CCP and IPCP run again");
    m_phase = Phase::Establish;
    if (m_authenticator) {
        // A verdict still on its way belongs to the old exchange and is ignored.
        (void)m_authenticator->takeOutgoing();
        (void)m_authenticator->takeEvents();
        m_authenticator.reset();
    }
    m_rekeying = false;
    m_ipcpStarted = false;
    m_ipcpWanted = false;
    m_heldIpcp.clear();
}

void PppSession::startAuthentication(Timestamp now)
{
    m_phase = Phase::Authenticate;
    if (m_config.role != PppRole::Server)
        return; // the peer waits for the server's Challenge
    startAuthenticator(now);
}

bool PppSession::rekey(Timestamp now)
{
    if (m_config.role != PppRole::Server || m_phase != Phase::Network || m_rekeying)
        return false;
    m_rekeying = true;
    log("rekey: re-authenticating the peer with a new challenge");
    startAuthenticator(now);
    pump(now);
    return true;
}

void PppSession::startAuthenticator(Timestamp now)
{
    mschapv2::MsChapV2Authenticator::Config config;
    config.name = m_config.serverName;
    config.maxAttempts = m_config.maxAuthAttempts;
    config.verdictTimeout = m_config.signInTimeout;
    m_authenticator =
        std::make_unique<mschapv2::MsChapV2Authenticator>(m_library, config, m_config.random);
    mschapv2::Challenge challenge{};
    m_config.random(challenge);
    std::uint8_t identifier = 0;
    m_config.random(std::span(&identifier, 1));
    m_authenticator->start(challenge, identifier, now);
}

void PppSession::authenticationSucceeded(const std::string &user, const mppe::MppeMasterKeys &keys,
                                         Timestamp now)
{
    if (m_phase == Phase::Network) {
        // Re-authenticated (rekey): keys come from this exchange from now on. The
        // server renegotiates CCP; the client follows the server's new request.
        m_masterKeys = keys;
        log("re-authenticated; renegotiating CCP for new MPPE keys");
        if (m_config.role == PppRole::Server) {
            m_rekeying = false;
            m_ccp.down(now);
            m_ccp.up(now);
        }
        return;
    }
    if (m_phase != Phase::Authenticate)
        return; // a retransmitted Success after we moved on
    if (!m_user.empty()) {
        // Authenticated again after an LCP renegotiation.
        if (user != m_user) {
            terminate("the peer authenticated again after an LCP renegotiation, but as another "
                      "user; the session belongs to the first",
                      now);
            return;
        }
        m_masterKeys = keys;
        log("authenticated again after the LCP renegotiation; CCP and IPCP follow");
        startNetwork(now);
        return;
    }
    m_user = user;
    m_masterKeys = keys;
    m_events.emplace_back(PppAuthenticated{user});
    startNetwork(now);
}

void PppSession::startNetwork(Timestamp now)
{
    m_phase = Phase::Network;
    m_ccp.open(now);
    m_ccp.up(now);
}

void PppSession::assignPeerAddress(std::uint32_t address, Timestamp now)
{
    if (m_config.role != PppRole::Server || address == 0 || m_ipcpStarted)
        return;
    m_config.peerAddress = address;
    m_ipcp.setPeerAddress(address);
    if (m_ipcpWanted) {
        startIpcp(now);
        pump(now);
    }
}

void PppSession::startIpcp(Timestamp now)
{
    if (m_ipcpStarted)
        return;
    if (m_config.role == PppRole::Server && m_config.peerAddress == 0) {
        m_ipcpWanted = true;
        return;
    }
    m_ipcpStarted = true;
    m_ipcp.open(now);
    m_ipcp.up(now);
    for (const Bytes &packet : std::exchange(m_heldIpcp, {}))
        m_ipcp.receive(packet, now);
}

void PppSession::maybeMppeReady()
{
    const auto parameters = m_ccp.negotiated();
    if (!parameters || !m_masterKeys)
        return;
    stopCcpReset(); // new keys: the decryptor starts afresh
    m_events.emplace_back(PppMppeReady{
        *parameters, mppe::MppeKeys::startKey(m_masterKeys->send, parameters->strength),
        mppe::MppeKeys::startKey(m_masterKeys->receive, parameters->strength), peerMru()});
    log("MPPE " + std::string(mppe::toString(parameters->strength)) + " " +
        std::string(mppe::toString(parameters->mode)) + " negotiated");
}

void PppSession::terminate(const std::string &reason, Timestamp now)
{
    if (m_endReason.empty())
        m_endReason = reason;
    // Works in every phase, also while LCP renegotiates or the peer is ending the link:
    // LCP's Close event is defined in every state (RFC 1661 4.1).
    if (m_ended || m_closing)
        return;
    m_closing = true;
    m_phase = Phase::Terminate;
    stopCcpReset();
    log("closing the link: " + reason);
    m_lcp.close(now, reason);
    using State = ppp::OptionAutomaton::State;
    const State state = m_lcp.state();
    if ((state == State::Initial || state == State::Closed || state == State::Stopped) &&
        !m_ended) {
        // LCP had nothing left to close (never started, or already stopped): the
        // session ends here rather than waiting for a LayerFinished that cannot come.
        m_ended = true;
        m_phase = Phase::Dead;
        m_events.emplace_back(PppEnded{m_endReason, m_endedByPeer});
    }
}

} // namespace keyward::protocol::session
