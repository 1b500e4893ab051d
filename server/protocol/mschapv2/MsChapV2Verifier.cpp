#include "mschapv2/MsChapV2Verifier.h"

#include "mppe/MppeKeys.h"
#include "mschapv2/MsChapV2Messages.h"
#include "mschapv2/MsChapV2PasswordEncoding.h"

#include <algorithm>
#include <openssl/crypto.h>

namespace keyward::protocol::mschapv2 {

MsChapV2Verifier::MsChapV2Verifier(const crypto::CryptoLibrary &library)
    : m_library(library), m_crypto(library)
{}

bool MsChapV2Verifier::responseMatches(const MsChapV2ResponseCheck &check,
                                       const NtHash &stored) const
{
    NtResponse expected = m_crypto.generateNtResponse(check.authenticatorChallenge,
                                                      check.peerChallenge, check.user, stored);
    const bool matches = constantTimeEqual(expected, check.ntResponse);
    OPENSSL_cleanse(expected.data(), expected.size());
    return matches;
}

MsChapV2Accepted MsChapV2Verifier::accept(const MsChapV2ResponseCheck &check, const NtHash &hash,
                                          std::string message) const
{
    return acceptFor(check.user, check.authenticatorChallenge, check.peerChallenge,
                     check.ntResponse, hash, std::move(message));
}

MsChapV2Accepted MsChapV2Verifier::acceptChanged(const MsChapV2PasswordChangeCheck &check,
                                                 const NtHash &newHash, std::string message) const
{
    return acceptFor(check.user, check.authenticatorChallenge, check.peerChallenge,
                     check.ntResponse, newHash, std::move(message));
}

MsChapV2Accepted MsChapV2Verifier::acceptFor(const std::string &user,
                                             const Challenge &authenticatorChallenge,
                                             const Challenge &peerChallenge,
                                             const NtResponse &ntResponse, const NtHash &hash,
                                             std::string message) const
{
    MsChapV2Accepted accepted;
    accepted.authenticatorResponse = m_crypto.generateAuthenticatorResponse(
        hash, ntResponse, peerChallenge, authenticatorChallenge, user);
    NtHash hashHash = m_crypto.hashNtPasswordHash(hash);
    mppe::MppeMasterKeys keys =
        mppe::MppeKeys::masterKeys(m_library, hashHash, ntResponse, mppe::MppeRole::Server);
    accepted.keys.send = keys.send;
    accepted.keys.receive = keys.receive;
    OPENSSL_cleanse(hashHash.data(), hashHash.size());
    OPENSSL_cleanse(keys.send.data(), keys.send.size());
    OPENSSL_cleanse(keys.receive.data(), keys.receive.size());
    accepted.message = std::move(message);
    return accepted;
}

Result<MsChapV2NewPassword>
MsChapV2Verifier::openPasswordChange(const MsChapV2PasswordChangeCheck &check,
                                     const NtHash &oldHash) const
{
    auto newUnicode = m_crypto.decryptNewPassword(check.encryptedPassword, oldHash);
    if (!newUnicode)
        return fail(ErrorKind::Invalid, newUnicode.message());
    MsChapV2NewPassword opened;
    opened.ntHash = m_crypto.ntPasswordHashOfUtf16(*newUnicode);
    auto newText = MsChapV2PasswordEncoding::utf16LeToUtf8(*newUnicode);
    OPENSSL_cleanse(newUnicode->data(), newUnicode->size());
    auto wipe = [&opened, &newText] {
        OPENSSL_cleanse(opened.ntHash.data(), opened.ntHash.size());
        if (newText.ok() && !newText->empty())
            OPENSSL_cleanse(newText->data(), newText->size());
    };

    EncryptedHash expectedHash =
        m_crypto.oldNtPasswordHashEncryptedWithNewNtPasswordHash(opened.ntHash, oldHash);
    if (!constantTimeEqual(expectedHash, check.encryptedHash)) {
        wipe();
        return fail(ErrorKind::Invalid, "Encrypted-Hash does not match (wrong old password or "
                                        "tampered packet)");
    }
    NtResponse expected = m_crypto.generateNtResponse(
        check.authenticatorChallenge, check.peerChallenge, check.user, opened.ntHash);
    const bool matches = constantTimeEqual(expected, check.ntResponse);
    OPENSSL_cleanse(expected.data(), expected.size());
    if (!matches) {
        wipe();
        return fail(ErrorKind::Forbidden, "NT-Response does not match the new password");
    }
    if (!newText) {
        wipe();
        return fail(ErrorKind::Invalid, "the new password is not valid Unicode");
    }
    opened.utf8.assign(newText->data(), newText->size());
    if (!newText->empty())
        OPENSSL_cleanse(newText->data(), newText->size());
    return opened;
}

std::uint32_t MsChapV2Verifier::refusalCode(const Error &error)
{
    return static_cast<std::uint32_t>(error.kind == ErrorKind::Forbidden
                                          ? MsChapV2Error::AuthenticationFailure
                                          : MsChapV2Error::ChangingPassword);
}

MsChapV2Refused MsChapV2Verifier::refusal(const Error &error)
{
    MsChapV2Refused refused;
    refused.code = refusalCode(error);
    refused.reason = "password change rejected: " + error.message;
    refused.userMessage =
        refused.code == static_cast<std::uint32_t>(MsChapV2Error::AuthenticationFailure)
            ? "Authentication failed"
            : "Password change failed";
    return refused;
}

} // namespace keyward::protocol::mschapv2
