#include "mschapv2/MsChapV2Authenticator.h"

#include "crypto/CryptoLibrary.h"
#include "mschapv2/MsChapV2Codec.h"

#include <algorithm>
#include <optional>

namespace keyward::protocol::mschapv2 {

namespace {

// The M= text when the verdict gives none.
std::string defaultUserMessage(std::uint32_t code)
{
    switch (static_cast<MsChapV2Error>(code)) {
    case MsChapV2Error::RestrictedLogonHours:
        return "Restricted logon hours";
    case MsChapV2Error::AccountDisabled:
        return "Account disabled";
    case MsChapV2Error::PasswordExpired:
        return "Password expired";
    case MsChapV2Error::NoDialinPermission:
        return "No dial-in permission";
    case MsChapV2Error::ChangingPassword:
        return "Password change failed";
    case MsChapV2Error::AuthenticationFailure:
        break;
    }
    return "Authentication failed";
}

// "S=" and 40 hex digits, as RFC 2759 §8.7 writes it (upper case); nullopt when the
// backend's text is not that.
std::optional<std::string> canonicalAuthenticatorResponse(std::string_view text)
{
    if (text.size() != MsChapV2Crypto::AuthenticatorResponseLength || text.substr(0, 2) != "S=")
        return std::nullopt;
    std::string out(text);
    for (std::size_t i = 2; i < out.size(); ++i) {
        char &c = out[i];
        if (c >= 'a' && c <= 'f')
            c = static_cast<char>(c - 'a' + 'A');
        else if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F')))
            return std::nullopt;
    }
    return out;
}

std::string attempts(int failed, int max)
{
    return " (attempt " + std::to_string(failed) + " of " + std::to_string(max);
}

} // namespace

MsChapV2Authenticator::MsChapV2Authenticator(const crypto::CryptoLibrary &library, Config config,
                                             RandomSource random)
    : m_library(library), m_config(std::move(config)), m_random(std::move(random))
{
    if (m_config.maxAttempts < 1)
        m_config.maxAttempts = 1;
    if (m_config.maxTransmits < 1)
        m_config.maxTransmits = 1;
}

void MsChapV2Authenticator::start(const Challenge &challenge, std::uint8_t identifier,
                                  Timestamp now)
{
    m_state = State::WaitResponse;
    m_challenge = challenge;
    m_expectedId = identifier;
    m_failedAttempts = 0;
    m_transmits = 0;
    send(MsChapV2Codec::encode(ChapChallengePacket{identifier, challenge, m_config.name}), now,
         true);
}

Status MsChapV2Authenticator::onPacket(ByteView packet, Timestamp now)
{
    auto decoded = MsChapV2Codec::decode(packet);
    if (!decoded)
        return fail("dropped CHAP packet: " + decoded.message());
    if (auto *response = std::get_if<ChapResponsePacket>(&*decoded))
        return onResponse(*response, now);
    if (auto *change = std::get_if<ChapChangePasswordPacket>(&*decoded))
        return onChangePassword(*change, now);
    return fail("dropped CHAP packet: an authenticator does not accept code " +
                std::to_string(packet[0]));
}

Status MsChapV2Authenticator::onResponse(const ChapResponsePacket &response, Timestamp now)
{
    if (m_state == State::Idle)
        return fail("dropped CHAP Response: no Challenge was sent");
    if (m_state == State::WaitVerdict) {
        if (!m_pendingChange && response.identifier == m_pendingId)
            return fail("dropped CHAP Response: a retransmission of the Response the sign-in "
                        "service is still judging");
        return fail("dropped CHAP Response: waiting for the sign-in service's verdict");
    }
    // A Response to what we already answered means our answer was lost: repeat it.
    if (!m_lastPacket.empty() && m_state != State::WaitResponse &&
        response.identifier == m_answeredId) {
        m_outgoing.push_back(m_lastPacket);
        return {};
    }
    if (m_state == State::WaitResponse && m_transmits > 0 && m_lastPacket[0] != 1 &&
        response.identifier == m_answeredId) {
        m_outgoing.push_back(m_lastPacket); // lost retry-Failure
        return {};
    }
    if (m_state != State::WaitResponse)
        return fail("dropped CHAP Response: not expecting one in this state");
    if (response.identifier != m_expectedId)
        return fail("dropped CHAP Response: identifier " + std::to_string(response.identifier) +
                    " does not match the expected " + std::to_string(m_expectedId));
    if (response.flags != 0)
        return fail("dropped CHAP Response: Flags octet is " + std::to_string(response.flags) +
                    ", must be 0");

    m_lastUser = response.name;
    awaitVerdict(response.identifier, false,
                 MsChapV2ResponseCheck{response.name, m_challenge, response.peerChallenge,
                                       response.ntResponse},
                 now);
    return {};
}

Status MsChapV2Authenticator::onChangePassword(const ChapChangePasswordPacket &packet,
                                               Timestamp now)
{
    if (m_state == State::WaitVerdict && m_pendingChange && packet.identifier == m_pendingId)
        return fail("dropped CHAP Change-Password: a retransmission of the one the sign-in "
                    "service is still judging");
    // Our answer to the change was lost: repeat it.
    if (finished() && !m_changeUser.empty() && !m_lastPacket.empty() &&
        packet.identifier == m_answeredId) {
        m_outgoing.push_back(m_lastPacket);
        return {};
    }
    if (m_state != State::WaitChangePassword)
        return fail("dropped CHAP Change-Password: no password change was requested");
    if (packet.identifier != m_expectedId)
        return fail("dropped CHAP Change-Password: identifier " +
                    std::to_string(packet.identifier) + " does not match the expected " +
                    std::to_string(m_expectedId));
    awaitVerdict(packet.identifier, true,
                 MsChapV2PasswordChangeCheck{m_changeUser, m_challenge, packet.peerChallenge,
                                             packet.ntResponse, packet.encryptedPassword,
                                             packet.encryptedHash},
                 now);
    return {};
}

void MsChapV2Authenticator::awaitVerdict(std::uint8_t identifier, bool passwordChange,
                                         MsChapV2Check check, Timestamp now)
{
    m_state = State::WaitVerdict;
    m_pendingId = identifier;
    m_pendingChange = passwordChange;
    m_deadline = now + m_config.verdictTimeout; // no retransmission while waiting
    m_events.push_back(MsChapV2CheckRequested{std::move(check)});
}

void MsChapV2Authenticator::onVerdict(const MsChapV2Verdict &verdict, Timestamp now)
{
    if (m_state != State::WaitVerdict)
        return;
    const std::uint8_t identifier = m_pendingId;
    const std::string user = m_pendingChange ? m_changeUser : m_lastUser;

    if (const auto *accepted = std::get_if<MsChapV2Accepted>(&verdict)) {
        auto s = canonicalAuthenticatorResponse(accepted->authenticatorResponse);
        if (!s) {
            sendFinalFailure(identifier, user,
                             static_cast<std::uint32_t>(MsChapV2Error::AuthenticationFailure),
                             "the sign-in service answered with a malformed authenticator "
                             "response (expected S= and 40 hex digits)",
                             defaultUserMessage(691));
            return;
        }
        succeed(identifier, user, *s,
                accepted->message.empty() ? m_config.successMessage : accepted->message,
                accepted->keys);
        return;
    }

    const auto &refused = std::get<MsChapV2Refused>(verdict);
    const std::string reason =
        refused.reason.empty()
            ? "refused by the sign-in service (E=" + std::to_string(refused.code) + ")"
            : refused.reason;
    const std::string userMessage =
        refused.userMessage.empty() ? defaultUserMessage(refused.code) : refused.userMessage;
    if (!m_pendingChange &&
        refused.code == static_cast<std::uint32_t>(MsChapV2Error::AuthenticationFailure)) {
        failAttempt(identifier, user, reason, userMessage, now);
    } else if (!m_pendingChange &&
               refused.code == static_cast<std::uint32_t>(MsChapV2Error::PasswordExpired)) {
        askForNewPassword(identifier, user, reason, userMessage, now);
    } else {
        sendFinalFailure(identifier, user, refused.code, reason, userMessage);
    }
}

void MsChapV2Authenticator::succeed(std::uint8_t identifier, const std::string &user,
                                    const std::string &authenticatorResponse,
                                    const std::string &message, const MsChapV2MppeKeys &keys)
{
    m_state = State::Succeeded;
    m_answeredId = identifier;
    m_deadline = Timestamp::max();
    m_lastPacket = MsChapV2Codec::encode(ChapSuccessPacket{
        identifier, MsChapV2Codec::formatSuccess({authenticatorResponse, message})});
    m_outgoing.push_back(m_lastPacket);
    m_events.push_back(MsChapV2Authenticated{user, keys});
}

void MsChapV2Authenticator::failAttempt(std::uint8_t identifier, const std::string &user,
                                        const std::string &reason, const std::string &userMessage,
                                        Timestamp now)
{
    const auto code = static_cast<std::uint32_t>(MsChapV2Error::AuthenticationFailure);
    ++m_failedAttempts;
    if (m_failedAttempts >= m_config.maxAttempts) {
        sendFinalFailure(identifier, user, code,
                         reason + attempts(m_failedAttempts, m_config.maxAttempts) +
                             ", no retry left)",
                         userMessage);
        return;
    }
    m_challenge = freshChallenge();
    m_answeredId = identifier;
    m_expectedId = static_cast<std::uint8_t>(identifier + 1);
    m_state = State::WaitResponse;
    m_transmits = 0;
    MsChapV2FailureMessage msg{code, true, m_challenge, 3, userMessage};
    m_events.push_back(MsChapV2Failed{
        user, code, reason + attempts(m_failedAttempts, m_config.maxAttempts) + ")", false});
    send(MsChapV2Codec::encode(ChapFailurePacket{identifier, MsChapV2Codec::formatFailure(msg)}),
         now, true);
}

void MsChapV2Authenticator::askForNewPassword(std::uint8_t identifier, const std::string &user,
                                              const std::string &reason,
                                              const std::string &userMessage, Timestamp now)
{
    m_changeUser = user;
    m_challenge = freshChallenge();
    m_answeredId = identifier;
    m_expectedId = static_cast<std::uint8_t>(identifier + 1);
    m_state = State::WaitChangePassword;
    m_transmits = 0;
    MsChapV2FailureMessage msg{static_cast<std::uint32_t>(MsChapV2Error::PasswordExpired), false,
                               m_challenge, 3, userMessage};
    m_events.push_back(MsChapV2Failed{user, msg.error, reason, false});
    send(MsChapV2Codec::encode(ChapFailurePacket{identifier, MsChapV2Codec::formatFailure(msg)}),
         now, true);
}

void MsChapV2Authenticator::sendFinalFailure(std::uint8_t identifier, const std::string &user,
                                             std::uint32_t code, const std::string &reason,
                                             const std::string &userMessage)
{
    MsChapV2FailureMessage msg{code, false, freshChallenge(), 3, userMessage};
    m_state = State::Failed;
    m_answeredId = identifier;
    m_deadline = Timestamp::max();
    m_lastPacket =
        MsChapV2Codec::encode(ChapFailurePacket{identifier, MsChapV2Codec::formatFailure(msg)});
    m_outgoing.push_back(m_lastPacket);
    m_events.push_back(MsChapV2Failed{user, code, reason, true});
}

void MsChapV2Authenticator::send(Bytes packet, Timestamp now, bool armTimer)
{
    m_lastPacket = std::move(packet);
    m_outgoing.push_back(m_lastPacket);
    ++m_transmits;
    m_deadline = armTimer ? now + m_config.retransmitInterval : Timestamp::max();
}

Timestamp MsChapV2Authenticator::nextDeadline() const
{
    return m_deadline;
}

void MsChapV2Authenticator::onTimer(Timestamp now)
{
    if (now < m_deadline || finished() || m_state == State::Idle)
        return;
    if (m_state == State::WaitVerdict) {
        sendFinalFailure(m_pendingId, m_pendingChange ? m_changeUser : m_lastUser,
                         static_cast<std::uint32_t>(MsChapV2Error::AuthenticationFailure),
                         "the sign-in service did not answer in time", defaultUserMessage(691));
        return;
    }
    if (m_transmits >= m_config.maxTransmits) {
        m_state = State::Failed;
        m_deadline = Timestamp::max();
        m_events.push_back(MsChapV2Failed{m_lastUser, 0,
                                          "the peer did not answer after " +
                                              std::to_string(m_transmits) + " transmissions",
                                          true});
        return;
    }
    m_outgoing.push_back(m_lastPacket);
    ++m_transmits;
    m_deadline = now + m_config.retransmitInterval;
}

std::vector<Bytes> MsChapV2Authenticator::takeOutgoing()
{
    return std::exchange(m_outgoing, {});
}

std::vector<MsChapV2AuthenticatorEvent> MsChapV2Authenticator::takeEvents()
{
    return std::exchange(m_events, {});
}

Challenge MsChapV2Authenticator::freshChallenge()
{
    Challenge c{};
    if (m_random) {
        m_random(c);
    } else {
        Bytes r = m_library.randomBytes(c.size());
        std::copy(r.begin(), r.end(), c.begin());
    }
    return c;
}

} // namespace keyward::protocol::mschapv2
