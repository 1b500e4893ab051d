#pragma once

// What a sign-in backend that knows the NT hash (the local credential store) uses
// to answer the authenticator's checks (MsChapV2SignIn.h): RFC 2759 §8 for the
// NT-Response and the S= authenticator response, §8.9-8.13 for Change-Password,
// RFC 3079 §3.4 for the MPPE keys of the server side. Pure functions over the
// CryptoLibrary; whether an account may sign in is the backend's business.

#include "common/Result.h"
#include "mschapv2/MsChapV2Crypto.h"
#include "mschapv2/MsChapV2SignIn.h"

#include <cstdint>
#include <string>

namespace keyward::protocol::crypto {
class CryptoLibrary;
}

namespace keyward::protocol::mschapv2 {

// The new password of a Change-Password packet, once opened. The caller wipes
// utf8 (OPENSSL_cleanse) as soon as its policy has looked at it.
struct MsChapV2NewPassword
{
    std::string utf8;
    NtHash ntHash{};
};

class MsChapV2Verifier
{
public:
    explicit MsChapV2Verifier(const crypto::CryptoLibrary &library);

    // The NT-Response is the one the stored hash gives (constant-time comparison).
    bool responseMatches(const MsChapV2ResponseCheck &check, const NtHash &stored) const;
    // The Success for a Response that matched hash: S= (RFC 2759 §8.7) and the
    // server's MPPE keys (RFC 3079 GetMasterKey + GetAsymmetricStartKey, 16 octets).
    // Call it only after responseMatches().
    MsChapV2Accepted accept(const MsChapV2ResponseCheck &check, const NtHash &hash,
                            std::string message = {}) const;

    // Opens a Change-Password packet with the stored old hash: decrypts the new
    // password, checks the Encrypted-Hash, checks the NT-Response against the new
    // hash and that the password is valid Unicode, in that order. Each failure has
    // its own message (never a secret) and the kind that refusalCode() maps to the
    // E= value to answer: Forbidden (the NT-Response does not match the new password)
    // gives 691, any other kind 709 (the change itself failed).
    Result<MsChapV2NewPassword> openPasswordChange(const MsChapV2PasswordChangeCheck &check,
                                                   const NtHash &oldHash) const;
    // The Success for a change that was opened and stored: S= and keys from the new
    // hash.
    MsChapV2Accepted acceptChanged(const MsChapV2PasswordChangeCheck &check, const NtHash &newHash,
                                   std::string message = {}) const;

    // The E= value for an openPasswordChange() error (see there).
    static std::uint32_t refusalCode(const Error &error);
    // The whole refusal for an openPasswordChange() error: its code, the message
    // as the log reason and the M= text the peer is shown.
    static MsChapV2Refused refusal(const Error &error);

private:
    MsChapV2Accepted acceptFor(const std::string &user, const Challenge &authenticatorChallenge,
                               const Challenge &peerChallenge, const NtResponse &ntResponse,
                               const NtHash &hash, std::string message) const;

    const crypto::CryptoLibrary &m_library;
    MsChapV2Crypto m_crypto;
};

} // namespace keyward::protocol::mschapv2
