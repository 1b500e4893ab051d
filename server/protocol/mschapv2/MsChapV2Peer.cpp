#include "mschapv2/MsChapV2Peer.h"

#include "crypto/CryptoLibrary.h"
#include "mschapv2/MsChapV2Codec.h"

#include <openssl/crypto.h>

namespace keyward::protocol::mschapv2 {

MsChapV2Peer::MsChapV2Peer(const crypto::CryptoLibrary &library, RandomSource random,
                           RetryCredentials retry, NewPassword newPassword)
    : m_library(&library), m_crypto(library), m_random(std::move(random)),
      m_retry(std::move(retry)), m_newPassword(std::move(newPassword))
{}

Result<MsChapV2Peer> MsChapV2Peer::create(const crypto::CryptoLibrary &library,
                                          const Credentials &credentials, RandomSource random,
                                          RetryCredentials retry, NewPassword newPassword)
{
    MsChapV2Peer peer(library, std::move(random), std::move(retry), std::move(newPassword));
    auto hash = peer.m_crypto.ntPasswordHash(credentials.password);
    if (!hash)
        return hash.error();
    peer.m_hash = *hash;
    peer.m_userName = credentials.userName;
    return peer;
}

Status MsChapV2Peer::onPacket(ByteView packet, Timestamp)
{
    auto decoded = MsChapV2Codec::decode(packet);
    if (!decoded)
        return fail("dropped CHAP packet: " + decoded.message());

    if (auto *challenge = std::get_if<ChapChallengePacket>(&*decoded)) {
        if (m_state == State::Succeeded || m_state == State::Failed)
            return fail("dropped CHAP Challenge: authentication already finished");
        // A retransmitted Challenge (our Response was lost) is answered again.
        m_changing = false;
        respond(challenge->identifier, challenge->challenge);
        return {};
    }
    if (m_state != State::WaitResult)
        return fail("dropped CHAP packet: no Response outstanding");

    if (auto *success = std::get_if<ChapSuccessPacket>(&*decoded)) {
        if (success->identifier != m_identifier)
            return fail("dropped CHAP Success: identifier " + std::to_string(success->identifier) +
                        " does not match our Response's " + std::to_string(m_identifier));
        auto parsed = MsChapV2Codec::parseSuccess(success->message);
        if (!parsed) {
            giveUp(0, "malformed Success: " + parsed.message());
            return {};
        }
        if (!m_crypto.checkAuthenticatorResponse(m_hash, m_ntResponse, m_peerChallenge,
                                                 m_authChallenge, m_userName,
                                                 parsed->authenticatorResponse)) {
            giveUp(0, "the server's authenticator response (S=) is wrong: the server does not "
                      "know the password (mutual authentication failed)");
            return {};
        }
        m_state = State::Succeeded;
        m_events.push_back(MsChapV2PeerAuthenticated{
            m_ntResponse, m_crypto.hashNtPasswordHash(m_hash), parsed->message, m_changing});
        return {};
    }
    if (auto *failure = std::get_if<ChapFailurePacket>(&*decoded)) {
        if (failure->identifier != m_identifier)
            return fail("dropped CHAP Failure: identifier " + std::to_string(failure->identifier) +
                        " does not match our Response's " + std::to_string(m_identifier));
        return onFailure(failure->identifier, failure->message);
    }
    return fail("dropped CHAP packet: a peer does not accept this code");
}

Status MsChapV2Peer::onFailure(std::uint8_t identifier, std::string_view text)
{
    auto parsed = MsChapV2Codec::parseFailure(text);
    if (!parsed) {
        giveUp(0, "malformed Failure: " + parsed.message());
        return {};
    }
    const MsChapV2FailureMessage &f = *parsed;
    std::string what = "server refused (E=" + std::to_string(f.error) + "): " + f.message;
    auto nextId = static_cast<std::uint8_t>(identifier + 1);

    if (f.error == static_cast<std::uint32_t>(MsChapV2Error::AuthenticationFailure) && f.retry &&
        f.challenge && m_retry && !m_changing) {
        auto creds = m_retry();
        if (!creds) {
            giveUp(f.error, what);
            return {};
        }
        auto hash = m_crypto.ntPasswordHash(creds->password);
        if (!hash) {
            giveUp(f.error, what + "; retry password unusable: " + hash.message());
            return {};
        }
        m_userName = creds->userName;
        m_hash = *hash;
        respond(nextId, *f.challenge);
        return {};
    }
    if (f.error == static_cast<std::uint32_t>(MsChapV2Error::PasswordExpired) && f.challenge &&
        m_newPassword && !m_changing) {
        auto newPassword = m_newPassword();
        if (!newPassword) {
            giveUp(f.error, what);
            return {};
        }
        auto newHash = m_crypto.ntPasswordHash(*newPassword);
        Bytes fill(512);
        m_random(fill);
        auto block = m_crypto.newPasswordEncryptedWithOldNtPasswordHash(*newPassword, m_hash, fill);
        OPENSSL_cleanse(fill.data(), fill.size());
        if (!newPassword->empty())
            OPENSSL_cleanse(newPassword->data(), newPassword->size());
        if (!newHash || !block) {
            giveUp(f.error, what + "; new password unusable: " +
                                (newHash ? block.message() : newHash.message()));
            return {};
        }
        ChapChangePasswordPacket p;
        p.identifier = nextId;
        p.encryptedPassword = *block;
        p.encryptedHash =
            m_crypto.oldNtPasswordHashEncryptedWithNewNtPasswordHash(*newHash, m_hash);
        m_random(m_peerChallenge);
        p.peerChallenge = m_peerChallenge;
        m_authChallenge = *f.challenge;
        m_hash = *newHash;
        m_ntResponse =
            m_crypto.generateNtResponse(m_authChallenge, m_peerChallenge, m_userName, m_hash);
        p.ntResponse = m_ntResponse;
        m_identifier = nextId;
        m_changing = true;
        m_outgoing.push_back(MsChapV2Codec::encode(p));
        return {};
    }
    giveUp(f.error, what);
    return {};
}

void MsChapV2Peer::respond(std::uint8_t identifier, const Challenge &challenge)
{
    m_authChallenge = challenge;
    m_random(m_peerChallenge);
    m_ntResponse = m_crypto.generateNtResponse(challenge, m_peerChallenge, m_userName, m_hash);
    m_identifier = identifier;
    m_state = State::WaitResult;
    ChapResponsePacket p;
    p.identifier = identifier;
    p.peerChallenge = m_peerChallenge;
    p.ntResponse = m_ntResponse;
    p.name = m_userName;
    m_outgoing.push_back(MsChapV2Codec::encode(p));
}

void MsChapV2Peer::giveUp(std::uint32_t code, std::string reason)
{
    m_state = State::Failed;
    m_events.push_back(MsChapV2PeerFailed{code, std::move(reason)});
}

std::vector<Bytes> MsChapV2Peer::takeOutgoing()
{
    return std::exchange(m_outgoing, {});
}

std::vector<MsChapV2PeerEvent> MsChapV2Peer::takeEvents()
{
    return std::exchange(m_events, {});
}

} // namespace keyward::protocol::mschapv2
