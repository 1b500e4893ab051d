#pragma once

// Server side of MS-CHAPv2 (RFC 2759), sans-I/O. The caller starts it with a
// challenge and identifier, feeds received CHAP packets (from the Code octet) and
// the current time, and drains outgoing CHAP packets and events.
//
// It does not judge passwords: a well-formed Response (or Change-Password packet)
// becomes an MsChapV2CheckRequested event, and the machine waits, without a clock
// of its own, for the sign-in backend's verdict (onVerdict). The local store
// answers with MsChapV2Verifier, a RADIUS server with the S= it was given; the
// machine cannot tell them apart.
//
// Policy choices:
// - While a verdict is awaited nothing is retransmitted, and a duplicate Response
//   is dropped; a verdict that does not come within verdictTimeout is a final
//   E=691 failure.
// - A refusal with E=691 gives E=691 R=1 with a fresh C= until maxAttempts
//   responses have failed, then E=691 R=0 (final). Whether a wrong password is
//   told apart from the account state is the backend's business (the local one
//   checks the password first).
// - E=648 (expired / must change) carries a fresh C= and accepts a Change-Password
//   packet (code 7) with identifier = Failure identifier + 1, which is checked like
//   a Response. Any other E= is final.
// - A retransmitted Response (or Change-Password) after the final Success/Failure
//   gets the same answer.

#include "common/Bytes.h"
#include "common/Result.h"
#include "common/Time.h"
#include "mschapv2/MsChapV2Crypto.h"
#include "mschapv2/MsChapV2Events.h"
#include "mschapv2/MsChapV2Messages.h"
#include "mschapv2/MsChapV2Packet.h"
#include "mschapv2/MsChapV2SignIn.h"

#include <functional>
#include <span>
#include <string>
#include <vector>

namespace keyward::protocol::crypto {
class CryptoLibrary;
}

namespace keyward::protocol::mschapv2 {

class MsChapV2Authenticator
{
public:
    // Fills the span with random octets (fresh challenges for retries and E=648).
    using RandomSource = std::function<void(std::span<std::uint8_t>)>;

    struct Config
    {
        std::string name = "keyward"; // Name field of our Challenge
        int maxAttempts = 3;          // failed responses before E=691 R=0
        Duration retransmitInterval{3000};
        int maxTransmits = 10; // Challenge / retry-Failure transmissions
        std::string successMessage = "Access granted";
        Duration verdictTimeout{20000}; // how long the sign-in backend may take
    };

    enum class State
    {
        Idle,
        WaitResponse,
        WaitVerdict, // a check was requested; onVerdict() continues
        WaitChangePassword,
        Succeeded,
        Failed
    };

    MsChapV2Authenticator(const crypto::CryptoLibrary &library, Config config,
                          RandomSource random = {});

    // Sends the first Challenge.
    void start(const Challenge &challenge, std::uint8_t identifier, Timestamp now);
    // A received CHAP packet. An error means the packet was dropped (the reason is
    // for the log); it does not end the authentication.
    Status onPacket(ByteView packet, Timestamp now);
    // The sign-in backend's answer to the last MsChapV2CheckRequested. Ignored
    // unless one is awaited (state() == WaitVerdict).
    void onVerdict(const MsChapV2Verdict &verdict, Timestamp now);

    Timestamp nextDeadline() const; // Timestamp::max() when no timer is armed
    void onTimer(Timestamp now);

    std::vector<Bytes> takeOutgoing();
    std::vector<MsChapV2AuthenticatorEvent> takeEvents();

    State state() const { return m_state; }
    bool finished() const { return m_state == State::Succeeded || m_state == State::Failed; }

private:
    Status onResponse(const ChapResponsePacket &response, Timestamp now);
    Status onChangePassword(const ChapChangePasswordPacket &packet, Timestamp now);
    void awaitVerdict(std::uint8_t identifier, bool passwordChange, MsChapV2Check check,
                      Timestamp now);
    void succeed(std::uint8_t identifier, const std::string &user,
                 const std::string &authenticatorResponse, const std::string &message,
                 const MsChapV2MppeKeys &keys);
    void failAttempt(std::uint8_t identifier, const std::string &user, const std::string &reason,
                     const std::string &userMessage, Timestamp now);
    void askForNewPassword(std::uint8_t identifier, const std::string &user,
                           const std::string &reason, const std::string &userMessage,
                           Timestamp now);
    void sendFinalFailure(std::uint8_t identifier, const std::string &user, std::uint32_t code,
                          const std::string &reason, const std::string &userMessage);
    void send(Bytes packet, Timestamp now, bool armTimer);
    Challenge freshChallenge();

    const crypto::CryptoLibrary &m_library;
    Config m_config;
    RandomSource m_random;

    State m_state = State::Idle;
    Challenge m_challenge{};       // the challenge the next Response answers
    std::uint8_t m_expectedId = 0; // identifier the next Response must carry
    std::uint8_t m_answeredId = 0; // identifier of the Response we answered last
    int m_failedAttempts = 0;
    std::string m_lastUser;       // last user name seen (for the timeout event)
    std::string m_changeUser;     // user in the E=648 change-password step
    std::uint8_t m_pendingId = 0; // identifier of the packet whose verdict is awaited
    bool m_pendingChange = false; // that packet is a Change-Password
    Bytes m_lastPacket;           // for retransmission
    Timestamp m_deadline = Timestamp::max();
    int m_transmits = 0;

    std::vector<Bytes> m_outgoing;
    std::vector<MsChapV2AuthenticatorEvent> m_events;
};

} // namespace keyward::protocol::mschapv2
