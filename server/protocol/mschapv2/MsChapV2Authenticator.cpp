#include "mschapv2/MsChapV2Authenticator.h"

#include "crypto/CryptoLibrary.h"
#include "mschapv2/MsChapV2Codec.h"
#include "mschapv2/MsChapV2PasswordEncoding.h"

#include <algorithm>
#include <openssl/crypto.h>

namespace keyward::protocol::mschapv2 {

namespace {

std::string describe(MsChapV2AccountState state)
{
    switch (state) {
    case MsChapV2AccountState::Ok:
        return "ok";
    case MsChapV2AccountState::UnknownUser:
        return "unknown user";
    case MsChapV2AccountState::Disabled:
        return "account disabled";
    case MsChapV2AccountState::NoDialinPermission:
        return "account locked out or without dial-in permission";
    case MsChapV2AccountState::PasswordExpired:
        return "password expired or must be changed";
    case MsChapV2AccountState::RestrictedLogonHours:
        return "logon outside the permitted hours";
    }
    return "unknown account state";
}

} // namespace

MsChapV2Authenticator::MsChapV2Authenticator(const crypto::CryptoLibrary &library, Config config,
                                             AccountLookup lookup, PasswordPolicy policy,
                                             RandomSource random)
    : m_library(library), m_crypto(library), m_config(std::move(config)),
      m_lookup(std::move(lookup)), m_policy(std::move(policy)), m_random(std::move(random))
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

    const std::string &user = response.name;
    m_lastUser = user;
    MsChapV2Account account = m_lookup ? m_lookup(user) : MsChapV2Account{};
    if (account.state == MsChapV2AccountState::UnknownUser) {
        failAttempt(response.identifier, user, MsChapV2Error::AuthenticationFailure, "unknown user",
                    true, now);
        return {};
    }
    NtResponse expected =
        m_crypto.generateNtResponse(m_challenge, response.peerChallenge, user, account.ntHash);
    if (!constantTimeEqual(expected, response.ntResponse)) {
        failAttempt(response.identifier, user, MsChapV2Error::AuthenticationFailure,
                    "wrong password (NT-Response mismatch)", true, now);
        return {};
    }

    switch (account.state) {
    case MsChapV2AccountState::Ok:
        succeed(response.identifier, user, account.ntHash, response.ntResponse,
                response.peerChallenge);
        return {};
    case MsChapV2AccountState::PasswordExpired: {
        m_changeUser = user;
        m_changeOldHash = account.ntHash;
        m_challenge = freshChallenge();
        m_answeredId = response.identifier;
        m_expectedId = static_cast<std::uint8_t>(response.identifier + 1);
        m_state = State::WaitChangePassword;
        m_transmits = 0;
        MsChapV2FailureMessage msg{static_cast<std::uint32_t>(MsChapV2Error::PasswordExpired),
                                   false, m_challenge, 3, "Password expired"};
        m_events.push_back(MsChapV2Failed{user, msg.error, describe(account.state), false});
        send(MsChapV2Codec::encode(
                 ChapFailurePacket{response.identifier, MsChapV2Codec::formatFailure(msg)}),
             now, true);
        return {};
    }
    case MsChapV2AccountState::Disabled:
        sendFinalFailure(response.identifier, user,
                         static_cast<std::uint32_t>(MsChapV2Error::AccountDisabled),
                         describe(account.state), "Account disabled");
        return {};
    case MsChapV2AccountState::NoDialinPermission:
        sendFinalFailure(response.identifier, user,
                         static_cast<std::uint32_t>(MsChapV2Error::NoDialinPermission),
                         describe(account.state), "No dial-in permission");
        return {};
    case MsChapV2AccountState::RestrictedLogonHours:
        sendFinalFailure(response.identifier, user,
                         static_cast<std::uint32_t>(MsChapV2Error::RestrictedLogonHours),
                         describe(account.state), "Restricted logon hours");
        return {};
    case MsChapV2AccountState::UnknownUser:
        break;
    }
    return {};
}

Status MsChapV2Authenticator::onChangePassword(const ChapChangePasswordPacket &packet,
                                               Timestamp now)
{
    (void)now;
    if (m_state != State::WaitChangePassword)
        return fail("dropped CHAP Change-Password: no password change was requested");
    if (packet.identifier != m_expectedId)
        return fail("dropped CHAP Change-Password: identifier " +
                    std::to_string(packet.identifier) + " does not match the expected " +
                    std::to_string(m_expectedId));
    const std::string user = m_changeUser;
    const auto changing = static_cast<std::uint32_t>(MsChapV2Error::ChangingPassword);

    auto newUnicode = m_crypto.decryptNewPassword(packet.encryptedPassword, m_changeOldHash);
    if (!newUnicode) {
        sendFinalFailure(packet.identifier, user, changing,
                         "password change rejected: " + newUnicode.message(),
                         "Password change failed");
        return {};
    }
    NtHash newHash = m_crypto.ntPasswordHashOfUtf16(*newUnicode);
    auto newText = MsChapV2PasswordEncoding::utf16LeToUtf8(*newUnicode);
    OPENSSL_cleanse(newUnicode->data(), newUnicode->size());

    auto wipeText = [&newText] {
        if (newText.ok() && !newText->empty())
            OPENSSL_cleanse(newText->data(), newText->size());
    };
    EncryptedHash expectedHash =
        m_crypto.oldNtPasswordHashEncryptedWithNewNtPasswordHash(newHash, m_changeOldHash);
    if (!constantTimeEqual(expectedHash, packet.encryptedHash)) {
        wipeText();
        sendFinalFailure(packet.identifier, user, changing,
                         "password change rejected: Encrypted-Hash does not match (wrong old "
                         "password or tampered packet)",
                         "Password change failed");
        return {};
    }
    NtResponse expected =
        m_crypto.generateNtResponse(m_challenge, packet.peerChallenge, user, newHash);
    if (!constantTimeEqual(expected, packet.ntResponse)) {
        wipeText();
        sendFinalFailure(packet.identifier, user,
                         static_cast<std::uint32_t>(MsChapV2Error::AuthenticationFailure),
                         "password change rejected: NT-Response does not match the new password",
                         "Authentication failed");
        return {};
    }
    if (!newText) {
        sendFinalFailure(packet.identifier, user, changing,
                         "password change rejected: new password is not valid Unicode",
                         "Password change failed");
        return {};
    }
    if (m_policy) {
        Status verdict = m_policy(user, *newText);
        if (!verdict) {
            wipeText();
            sendFinalFailure(packet.identifier, user, changing,
                             "password change rejected by policy: " + verdict.message(),
                             verdict.message());
            return {};
        }
    }
    wipeText();
    m_events.push_back(MsChapV2PasswordChanged{user, newHash});
    succeed(packet.identifier, user, newHash, packet.ntResponse, packet.peerChallenge);
    return {};
}

void MsChapV2Authenticator::succeed(std::uint8_t identifier, const std::string &user,
                                    const NtHash &hash, const NtResponse &ntResponse,
                                    const Challenge &peerChallenge)
{
    std::string s =
        m_crypto.generateAuthenticatorResponse(hash, ntResponse, peerChallenge, m_challenge, user);
    m_state = State::Succeeded;
    m_answeredId = identifier;
    m_deadline = Timestamp::max();
    m_lastPacket = MsChapV2Codec::encode(
        ChapSuccessPacket{identifier, MsChapV2Codec::formatSuccess({s, m_config.successMessage})});
    m_outgoing.push_back(m_lastPacket);
    m_events.push_back(MsChapV2Authenticated{user, ntResponse, m_crypto.hashNtPasswordHash(hash)});
}

void MsChapV2Authenticator::failAttempt(std::uint8_t identifier, const std::string &user,
                                        MsChapV2Error code, const std::string &reason,
                                        bool allowRetry, Timestamp now)
{
    ++m_failedAttempts;
    bool retry = allowRetry && m_failedAttempts < m_config.maxAttempts;
    if (!retry) {
        sendFinalFailure(identifier, user, static_cast<std::uint32_t>(code),
                         reason + " (attempt " + std::to_string(m_failedAttempts) + " of " +
                             std::to_string(m_config.maxAttempts) + ", no retry left)",
                         "Authentication failed");
        return;
    }
    m_challenge = freshChallenge();
    m_answeredId = identifier;
    m_expectedId = static_cast<std::uint8_t>(identifier + 1);
    m_transmits = 0;
    MsChapV2FailureMessage msg{static_cast<std::uint32_t>(code), true, m_challenge, 3,
                               "Authentication failed"};
    m_events.push_back(MsChapV2Failed{user, msg.error,
                                      reason + " (attempt " + std::to_string(m_failedAttempts) +
                                          " of " + std::to_string(m_config.maxAttempts) + ")",
                                      false});
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
