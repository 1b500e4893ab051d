#pragma once

// One PPP link over a PPTP call, sans-I/O, for either end: LCP, then MS-CHAPv2
// (authenticator on the server, peer on the client), then CCP/MPPE and IPCP, as
// RFC 1661's phases say. It takes the control frames the data path hands up and
// gives back frames to send and events (sign-in requested, authenticated, MPPE keys
// ready, network up, ended with a reason).
//
// On the server it does not know who judges a password: each MS-CHAPv2 Response
// becomes a PppSignInRequested event, and the owner hands the backend's verdict
// back with onSignInVerdict() whenever it comes (the local store at once, RADIUS
// later). The MPPE keys come from the verdict; on the client from the exchange.
//
// Rules it enforces: no network phase without authentication; IPCP starts only once
// CCP has agreed MPPE (as pppd does with require-mppe), so no address is handed out
// and no IPv4 can flow unencrypted; MPPE must come up as the policy says or the
// link is terminated with the reason; network-layer
// protocols we do not carry get an LCP Protocol-Reject in the network phase and are
// discarded before it; no frame we send is longer than the peer's MRU.
//
// LCP renegotiation on an open link (the peer sends a Configure-Request while LCP is
// Opened): RFC 1661 takes LCP back to Req-Sent and signals This-Layer-Down to the
// layers above, so the NCPs go down and the link is back in the Establish phase. As
// pppd does, the whole climb is run again: MS-CHAPv2, then CCP (MPPE keys from the new
// exchange, PppMppeReady again), then IPCP with the same addresses. The session's
// identity does not change with it: a peer that now authenticates as another user gets
// the link terminated, since its slot, address and accounting belong to the first
// user, and the new MPPE keys would be keys of someone else's password.

#include "common/Bytes.h"
#include "common/Result.h"
#include "common/Time.h"
#include "mppe/MppeKeys.h"
#include "mppe/MppePolicy.h"
#include "mschapv2/MsChapV2Authenticator.h"
#include "mschapv2/MsChapV2Peer.h"
#include "ppp/Ccp.h"
#include "ppp/Ipcp.h"
#include "ppp/Lcp.h"
#include "session/PppSessionEvent.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace keyward::protocol::crypto {
class CryptoLibrary;
}

namespace keyward::protocol::session {

class PppSession
{
public:
    enum class Phase
    {
        Dead,
        Establish,
        Authenticate,
        Network,
        Terminate
    };

    struct Config
    {
        ppp::PppRole role = ppp::PppRole::Server;
        std::uint16_t mru = 1400;
        mppe::MppePolicy mppePolicy{};
        Duration echoInterval{std::chrono::seconds(60)};
        int echoMaxMissed = 3;
        // Fills the span with random octets (challenges, magic numbers).
        std::function<void(std::span<std::uint8_t>)> random;

        // Server side. With peerAddress 0 the owner gives it later with
        // assignPeerAddress() (after PppAuthenticated); IPCP waits for it.
        std::uint32_t localAddress = 0;
        std::uint32_t peerAddress = 0;
        std::uint32_t primaryDns = 0;
        std::uint32_t secondaryDns = 0;
        std::string serverName = "keywardd";
        int maxAuthAttempts = 3;
        // How long the sign-in backend may take to answer; then E=691, final.
        Duration signInTimeout{std::chrono::seconds(20)};
        // Stateful MPPE: a CCP Reset-Request is repeated this often until our decryptor
        // sees the peer's flushed packet, at most this many times; then the link ends.
        Duration ccpResetInterval{std::chrono::seconds(1)};
        int ccpResetMaxTries = 8;

        // Client side.
        mschapv2::MsChapV2Peer::Credentials credentials;
        mschapv2::MsChapV2Peer::NewPassword newPassword;
    };

    struct Frame
    {
        std::uint16_t protocol = 0;
        Bytes information;
    };

    static Result<std::unique_ptr<PppSession>> create(const crypto::CryptoLibrary &library,
                                                      Config config);

    ~PppSession();
    PppSession(const PppSession &) = delete;
    PppSession &operator=(const PppSession &) = delete;

    // The call is up (lower layer): LCP starts negotiating.
    void start(Timestamp now);
    // A control frame from the peer: protocol and the information field after it.
    void onFrame(std::uint16_t protocol, ByteView information, Timestamp now);
    Timestamp nextDeadline() const;
    void onTimer(Timestamp now);
    // Ends the link from our side (LCP Terminate-Request with the reason).
    void close(const std::string &reason, Timestamp now);
    // Server: the sign-in backend's answer to the last PppSignInRequested. Ignored
    // (with a log line) when none is awaited, for example after the session ended.
    void onSignInVerdict(const mschapv2::MsChapV2Verdict &verdict, Timestamp now);
    // The call under us went away: no more packets can be sent.
    void lowerDown(const std::string &reason, Timestamp now);
    // Our MPPE decryptor lost sync (stateful mode): ask the peer to flush, with a CCP
    // Reset-Request now and again every Config::ccpResetInterval until
    // ccpResynchronised(); after Config::ccpResetMaxTries the link is terminated with
    // the reason. Calls while a reset is already pending change nothing.
    void requestCcpReset(Timestamp now);
    // Our MPPE decryptor got the flushed packet and decrypts again: stop repeating.
    void ccpResynchronised(Timestamp now);
    bool ccpResetPending() const { return m_resetPending; }
    // The largest information field the peer takes (its LCP MRU; 1500 until LCP agreed
    // one): no control frame we send is longer, and the data path keeps IPv4 packets
    // within it (PppMppeReady::peerMru).
    std::uint16_t peerMru() const;
    // Server: fresh MPPE keys now. Re-authenticates in-band with a new MS-CHAPv2
    // challenge, then renegotiates CCP so both ends switch to keys from the new
    // exchange (PppMppeReady again). A peer that does not re-authenticate gets the
    // link terminated, so it reconnects with new keys. False when not in the network
    // phase.
    bool rekey(Timestamp now);
    // Server: the client's tunnel address, when Config::peerAddress was 0. IPCP starts
    // once both MPPE is up and the address is known.
    void assignPeerAddress(std::uint32_t address, Timestamp now);
    bool rekeying() const { return m_rekeying; }

    std::vector<Frame> takeOutgoing();
    std::vector<PppSessionEvent> takeEvents();

    Phase phase() const { return m_phase; }
    const ppp::Lcp &lcp() const { return m_lcp; }
    const ppp::Ipcp &ipcp() const { return m_ipcp; }
    const ppp::Ccp &ccp() const { return m_ccp; }
    const std::string &user() const { return m_user; }

private:
    PppSession(const crypto::CryptoLibrary &library, Config config);
    void pump(Timestamp now);
    void collect(ppp::OptionAutomaton &automaton);
    void send(std::uint16_t protocol, Bytes information);
    void linkRenegotiating();
    void sendCcpReset(Timestamp now);
    void stopCcpReset();
    void handleLcpEvent(const ppp::PppEvent &event, Timestamp now);
    void handleNcpEvent(const ppp::PppEvent &event, Timestamp now);
    void startAuthentication(Timestamp now);
    void startAuthenticator(Timestamp now);
    void authenticationSucceeded(const std::string &user, const mppe::MppeMasterKeys &keys,
                                 Timestamp now);
    void startNetwork(Timestamp now);
    void startIpcp(Timestamp now);
    void maybeMppeReady();
    void terminate(const std::string &reason, Timestamp now);
    void log(std::string message) { m_events.emplace_back(PppLog{std::move(message)}); }
    std::uint32_t random32();

    const crypto::CryptoLibrary &m_library;
    Config m_config;
    ppp::Lcp m_lcp;
    ppp::Ccp m_ccp;
    ppp::Ipcp m_ipcp;
    std::unique_ptr<mschapv2::MsChapV2Authenticator> m_authenticator;
    std::unique_ptr<mschapv2::MsChapV2Peer> m_peer;
    Phase m_phase = Phase::Dead;
    std::string m_user;
    // MasterSendKey/MasterReceiveKey of our side (16 octets): the start keys of any
    // strength CCP agrees are cut from them.
    std::optional<mppe::MppeMasterKeys> m_masterKeys;
    std::string m_endReason;
    bool m_endedByPeer = false;
    bool m_ended = false;
    bool m_ipcpStarted = false;
    bool m_ipcpWanted = false; // MPPE is up; IPCP waits for the peer's address
    bool m_rekeying = false;
    bool m_closing = false;       // terminate() ran: LCP is closing for good
    bool m_networkUpSent = false; // PppNetworkUp went out (once per session)
    bool m_resetPending = false;
    int m_resetTries = 0;
    Timestamp m_resetDeadline = NoDeadline;
    std::vector<Bytes> m_heldIpcp; // the peer's IPCP packets that came before MPPE was up
    std::vector<Frame> m_outgoing;
    std::vector<PppSessionEvent> m_events;
};

} // namespace keyward::protocol::session
