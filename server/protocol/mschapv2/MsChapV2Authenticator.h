#pragma once

// Server side of MS-CHAPv2 (RFC 2759), sans-I/O. The caller starts it with a
// challenge and identifier, feeds received CHAP packets (from the Code octet) and
// the current time, and drains outgoing CHAP packets and events.
//
// Policy choices:
// - The NT-Response is verified before the account state is revealed: a wrong
//   password always gives E=691, so the state of an account (disabled, expired...)
//   is only disclosed to someone who knows its password. Unknown users get E=691.
// - A wrong password gives E=691 R=1 with a fresh C= until maxAttempts responses
//   have failed, then E=691 R=0 (final).
// - E=648 (expired / must change) carries a fresh C= and accepts a Change-Password
//   packet (code 7) with identifier = Failure identifier + 1.
// - A retransmitted Response after the final Success/Failure gets the same answer.

#include "common/Bytes.h"
#include "common/Result.h"
#include "common/Time.h"
#include "mschapv2/MsChapV2Account.h"
#include "mschapv2/MsChapV2Crypto.h"
#include "mschapv2/MsChapV2Events.h"
#include "mschapv2/MsChapV2Messages.h"
#include "mschapv2/MsChapV2Packet.h"

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace keyward::protocol::crypto {
class CryptoLibrary;
}

namespace keyward::protocol::mschapv2 {

class MsChapV2Authenticator
{
public:
    using AccountLookup = std::function<MsChapV2Account(std::string_view fullUserName)>;
    // Checks a proposed new password (UTF-8). The text is available only for this
    // call and the new hash; return an error whose message may be shown to the user.
    using PasswordPolicy =
        std::function<Status(std::string_view fullUserName, std::string_view newPassword)>;
    // Fills the span with random octets (fresh challenges for retries and E=648).
    using RandomSource = std::function<void(std::span<std::uint8_t>)>;

    struct Config
    {
        std::string name = "keyward"; // Name field of our Challenge
        int maxAttempts = 3;          // failed responses before E=691 R=0
        Duration retransmitInterval{3000};
        int maxTransmits = 10; // Challenge / retry-Failure transmissions
        std::string successMessage = "Access granted";
    };

    enum class State
    {
        Idle,
        WaitResponse,
        WaitChangePassword,
        Succeeded,
        Failed
    };

    MsChapV2Authenticator(const crypto::CryptoLibrary &library, Config config, AccountLookup lookup,
                          PasswordPolicy policy = {}, RandomSource random = {});

    // Sends the first Challenge.
    void start(const Challenge &challenge, std::uint8_t identifier, Timestamp now);
    // A received CHAP packet. An error means the packet was dropped (the reason is
    // for the log); it does not end the authentication.
    Status onPacket(ByteView packet, Timestamp now);

    Timestamp nextDeadline() const; // Timestamp::max() when no timer is armed
    void onTimer(Timestamp now);

    std::vector<Bytes> takeOutgoing();
    std::vector<MsChapV2AuthenticatorEvent> takeEvents();

    State state() const { return m_state; }
    bool finished() const { return m_state == State::Succeeded || m_state == State::Failed; }

private:
    Status onResponse(const ChapResponsePacket &response, Timestamp now);
    Status onChangePassword(const ChapChangePasswordPacket &packet, Timestamp now);
    void succeed(std::uint8_t identifier, const std::string &user, const NtHash &hash,
                 const NtResponse &ntResponse, const Challenge &peerChallenge);
    void failAttempt(std::uint8_t identifier, const std::string &user, MsChapV2Error code,
                     const std::string &reason, bool allowRetry, Timestamp now);
    void sendFinalFailure(std::uint8_t identifier, const std::string &user, std::uint32_t code,
                          const std::string &reason, const std::string &userMessage);
    void send(Bytes packet, Timestamp now, bool armTimer);
    Challenge freshChallenge();

    const crypto::CryptoLibrary &m_library;
    MsChapV2Crypto m_crypto;
    Config m_config;
    AccountLookup m_lookup;
    PasswordPolicy m_policy;
    RandomSource m_random;

    State m_state = State::Idle;
    Challenge m_challenge{};       // the challenge the next Response answers
    std::uint8_t m_expectedId = 0; // identifier the next Response must carry
    std::uint8_t m_answeredId = 0; // identifier of the Response we answered last
    int m_failedAttempts = 0;
    std::string m_lastUser;   // last user name seen (for the timeout event)
    std::string m_changeUser; // user in the E=648 change-password step
    NtHash m_changeOldHash{};
    Bytes m_lastPacket; // for retransmission
    Timestamp m_deadline = Timestamp::max();
    int m_transmits = 0;

    std::vector<Bytes> m_outgoing;
    std::vector<MsChapV2AuthenticatorEvent> m_events;
};

} // namespace keyward::protocol::mschapv2
