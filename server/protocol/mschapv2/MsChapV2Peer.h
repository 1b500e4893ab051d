#pragma once

// Client side of MS-CHAPv2 for keyward-probe, sans-I/O. Answers a Challenge with a
// Response, insists on a correct S= authenticator response (mutual
// authentication), and understands Failure: E=691 R=1 retries with the new C= if
// the caller supplies credentials for it; E=648 builds a Change-Password packet if
// the caller supplies a new password.

#include "common/Bytes.h"
#include "common/Result.h"
#include "common/Time.h"
#include "mschapv2/MsChapV2Crypto.h"
#include "mschapv2/MsChapV2Events.h"

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace keyward::protocol::crypto {
class CryptoLibrary;
}

namespace keyward::protocol::mschapv2 {

class MsChapV2Peer
{
public:
    struct Credentials
    {
        std::string userName; // sent as is (DOMAIN\user allowed)
        std::string password; // UTF-8
    };
    // Fills the span with random octets (peer challenges, PWBLOCK fill).
    using RandomSource = std::function<void(std::span<std::uint8_t>)>;
    // Asked after E=691 R=1; std::nullopt gives up.
    using RetryCredentials = std::function<std::optional<Credentials>()>;
    // Asked after E=648; std::nullopt gives up. Returns the new password (UTF-8).
    using NewPassword = std::function<std::optional<std::string>()>;

    enum class State
    {
        WaitChallenge,
        WaitResult,
        Succeeded,
        Failed
    };

    // Fails when the password is not valid UTF-8 or too long.
    static Result<MsChapV2Peer> create(const crypto::CryptoLibrary &library,
                                       const Credentials &credentials, RandomSource random,
                                       RetryCredentials retry = {}, NewPassword newPassword = {});

    Status onPacket(ByteView packet, Timestamp now);
    Timestamp nextDeadline() const { return Timestamp::max(); }
    void onTimer(Timestamp) {}

    std::vector<Bytes> takeOutgoing();
    std::vector<MsChapV2PeerEvent> takeEvents();
    State state() const { return m_state; }

private:
    MsChapV2Peer(const crypto::CryptoLibrary &library, RandomSource random, RetryCredentials retry,
                 NewPassword newPassword);
    void respond(std::uint8_t identifier, const Challenge &challenge);
    Status onFailure(std::uint8_t identifier, std::string_view text);
    void giveUp(std::uint32_t code, std::string reason);

    const crypto::CryptoLibrary *m_library;
    MsChapV2Crypto m_crypto;
    RandomSource m_random;
    RetryCredentials m_retry;
    NewPassword m_newPassword;

    std::string m_userName;
    NtHash m_hash{};
    State m_state = State::WaitChallenge;
    Challenge m_authChallenge{};
    Challenge m_peerChallenge{};
    NtResponse m_ntResponse{};
    std::uint8_t m_identifier = 0;
    bool m_changing = false;

    std::vector<Bytes> m_outgoing;
    std::vector<MsChapV2PeerEvent> m_events;
};

} // namespace keyward::protocol::mschapv2
