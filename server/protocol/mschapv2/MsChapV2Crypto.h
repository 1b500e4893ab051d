#pragma once

// The RFC 2759 §8 algorithms (MS-CHAPv2) over the CryptoLibrary. The server side
// needs only the stored NT hash; functions that take a plaintext password exist for
// the peer (probe) and for a password change, and wipe their temporaries.

#include "common/Bytes.h"
#include "common/Result.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace keyward::protocol::crypto {
class CryptoLibrary;
}

namespace keyward::protocol::mschapv2 {

using NtHash = std::array<std::uint8_t, 16>;
using Challenge = std::array<std::uint8_t, 16>;
using ChallengeHash = std::array<std::uint8_t, 8>;
using NtResponse = std::array<std::uint8_t, 24>;
using PwBlock = std::array<std::uint8_t, 516>;
using EncryptedHash = std::array<std::uint8_t, 16>;

class MsChapV2Crypto
{
public:
    static constexpr std::size_t AuthenticatorResponseLength = 42; // "S=" + 40 hex

    explicit MsChapV2Crypto(const crypto::CryptoLibrary &library) : m_library(library) {}

    // §8.3 NtPasswordHash: MD4 of the UTF-16LE password; the password is UTF-8.
    Result<NtHash> ntPasswordHash(std::string_view utf8Password) const;
    NtHash ntPasswordHashOfUtf16(ByteView utf16lePassword) const;
    // §8.4 HashNtPasswordHash.
    NtHash hashNtPasswordHash(const NtHash &passwordHash) const;
    // §8.2 ChallengeHash. userName may carry a DOMAIN\ prefix; it is stripped here.
    ChallengeHash challengeHash(const Challenge &peerChallenge,
                                const Challenge &authenticatorChallenge,
                                std::string_view userName) const;
    // §8.5 ChallengeResponse.
    NtResponse challengeResponse(const ChallengeHash &challenge, const NtHash &passwordHash) const;
    // §8.1 GenerateNTResponse (from the hash, so the server never needs the password).
    NtResponse generateNtResponse(const Challenge &authenticatorChallenge,
                                  const Challenge &peerChallenge, std::string_view userName,
                                  const NtHash &passwordHash) const;
    // §8.7 GenerateAuthenticatorResponse: "S=" followed by 40 uppercase hex digits.
    std::string generateAuthenticatorResponse(const NtHash &passwordHash,
                                              const NtResponse &ntResponse,
                                              const Challenge &peerChallenge,
                                              const Challenge &authenticatorChallenge,
                                              std::string_view userName) const;
    // §8.8 CheckAuthenticatorResponse, constant time over the 42 characters;
    // hex case is ignored.
    bool checkAuthenticatorResponse(const NtHash &passwordHash, const NtResponse &ntResponse,
                                    const Challenge &peerChallenge,
                                    const Challenge &authenticatorChallenge,
                                    std::string_view userName,
                                    std::string_view receivedResponse) const;

    // §8.9 NewPasswordEncryptedWithOldNtPasswordHash. randomFill must hold at least
    // 512 octets (only 512 - password length are used). Fails on a bad password.
    Result<PwBlock> newPasswordEncryptedWithOldNtPasswordHash(std::string_view newUtf8Password,
                                                              const NtHash &oldPasswordHash,
                                                              ByteView randomFill) const;
    // §8.12 OldNtPasswordHashEncryptedWithNewNtPasswordHash.
    EncryptedHash
    oldNtPasswordHashEncryptedWithNewNtPasswordHash(const NtHash &newPasswordHash,
                                                    const NtHash &oldPasswordHash) const;
    // Server side of §8.9: decrypts a PWBLOCK with the stored old hash and returns
    // the new password as UTF-16LE, after checking the length field (even, 2..512).
    Result<Bytes> decryptNewPassword(const PwBlock &encrypted, const NtHash &oldPasswordHash) const;

private:
    const crypto::CryptoLibrary &m_library;
};

} // namespace keyward::protocol::mschapv2
