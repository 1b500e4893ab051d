#include "mschapv2/MsChapV2Crypto.h"

#include "crypto/CryptoLibrary.h"
#include "crypto/Rc4.h"
#include "mschapv2/MsChapV2PasswordEncoding.h"
#include "mschapv2/MsChapV2UserName.h"

#include <algorithm>
#include <openssl/crypto.h>

namespace keyward::protocol::mschapv2 {

namespace {

// RFC 2759 §8.7 constants.
constexpr std::string_view ServerSigningMagic = "Magic server to client signing constant";
constexpr std::string_view PadMagic = "Pad to make it do more than one iteration";

constexpr std::size_t PwBlockPasswordArea = 512;

void wipe(Bytes &b)
{
    if (!b.empty())
        OPENSSL_cleanse(b.data(), b.size());
}

} // namespace

Result<NtHash> MsChapV2Crypto::ntPasswordHash(std::string_view utf8Password) const
{
    auto unicode = MsChapV2PasswordEncoding::utf8ToUtf16Le(utf8Password);
    if (!unicode)
        return unicode.error();
    NtHash hash = ntPasswordHashOfUtf16(*unicode);
    wipe(*unicode);
    return hash;
}

NtHash MsChapV2Crypto::ntPasswordHashOfUtf16(ByteView utf16lePassword) const
{
    return m_library.md4(utf16lePassword);
}

NtHash MsChapV2Crypto::hashNtPasswordHash(const NtHash &passwordHash) const
{
    return m_library.md4(passwordHash);
}

ChallengeHash MsChapV2Crypto::challengeHash(const Challenge &peerChallenge,
                                            const Challenge &authenticatorChallenge,
                                            std::string_view userName) const
{
    auto digest = m_library.sha1(
        {peerChallenge, authenticatorChallenge, asBytes(MsChapV2UserName::stripDomain(userName))});
    ChallengeHash out{};
    std::copy_n(digest.begin(), out.size(), out.begin());
    return out;
}

NtResponse MsChapV2Crypto::challengeResponse(const ChallengeHash &challenge,
                                             const NtHash &passwordHash) const
{
    std::array<std::uint8_t, 21> zHash{};
    std::copy(passwordHash.begin(), passwordHash.end(), zHash.begin());
    NtResponse out{};
    for (std::size_t i = 0; i < 3; ++i) {
        auto block = m_library.desEncrypt(ByteView(zHash).subspan(7 * i, 7), challenge);
        std::copy(block.begin(), block.end(), out.begin() + 8 * i);
    }
    OPENSSL_cleanse(zHash.data(), zHash.size());
    return out;
}

NtResponse MsChapV2Crypto::generateNtResponse(const Challenge &authenticatorChallenge,
                                              const Challenge &peerChallenge,
                                              std::string_view userName,
                                              const NtHash &passwordHash) const
{
    return challengeResponse(challengeHash(peerChallenge, authenticatorChallenge, userName),
                             passwordHash);
}

std::string MsChapV2Crypto::generateAuthenticatorResponse(const NtHash &passwordHash,
                                                          const NtResponse &ntResponse,
                                                          const Challenge &peerChallenge,
                                                          const Challenge &authenticatorChallenge,
                                                          std::string_view userName) const
{
    NtHash hashHash = hashNtPasswordHash(passwordHash);
    auto digest = m_library.sha1({hashHash, ntResponse, asBytes(ServerSigningMagic)});
    ChallengeHash ch = challengeHash(peerChallenge, authenticatorChallenge, userName);
    digest = m_library.sha1({digest, ch, asBytes(PadMagic)});
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string out = "S=";
    for (std::uint8_t b : digest) {
        out.push_back(digits[b >> 4]);
        out.push_back(digits[b & 0x0f]);
    }
    return out;
}

bool MsChapV2Crypto::checkAuthenticatorResponse(const NtHash &passwordHash,
                                                const NtResponse &ntResponse,
                                                const Challenge &peerChallenge,
                                                const Challenge &authenticatorChallenge,
                                                std::string_view userName,
                                                std::string_view receivedResponse) const
{
    std::string expected = generateAuthenticatorResponse(passwordHash, ntResponse, peerChallenge,
                                                         authenticatorChallenge, userName);
    if (receivedResponse.size() != expected.size())
        return false;
    std::uint8_t diff = 0;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        auto c = static_cast<std::uint8_t>(receivedResponse[i]);
        // Fold lowercase hex letters to uppercase without branching on the value.
        std::uint8_t isLower = static_cast<std::uint8_t>(-(i >= 2 && c >= 'a' && c <= 'f'));
        c = static_cast<std::uint8_t>(c - (isLower & 0x20));
        diff |= static_cast<std::uint8_t>(c ^ static_cast<std::uint8_t>(expected[i]));
    }
    return diff == 0;
}

Result<PwBlock> MsChapV2Crypto::newPasswordEncryptedWithOldNtPasswordHash(
    std::string_view newUtf8Password, const NtHash &oldPasswordHash, ByteView randomFill) const
{
    auto unicode = MsChapV2PasswordEncoding::utf8ToUtf16Le(newUtf8Password);
    if (!unicode)
        return unicode.error();
    if (unicode->empty())
        return fail("the new password is empty");
    std::size_t len = unicode->size();
    if (randomFill.size() < PwBlockPasswordArea - len) {
        wipe(*unicode);
        return fail("not enough random fill for the password block");
    }
    PwBlock block{};
    std::copy_n(randomFill.begin(), PwBlockPasswordArea - len, block.begin());
    std::copy(unicode->begin(), unicode->end(), block.begin() + (PwBlockPasswordArea - len));
    wipe(*unicode);
    auto len32 = static_cast<std::uint32_t>(len);
    for (std::size_t i = 0; i < 4; ++i)
        block[PwBlockPasswordArea + i] = static_cast<std::uint8_t>(len32 >> (8 * i));
    crypto::Rc4 rc4(m_library);
    rc4.setKey(oldPasswordHash);
    rc4.applyInPlace(block);
    return block;
}

EncryptedHash
MsChapV2Crypto::oldNtPasswordHashEncryptedWithNewNtPasswordHash(const NtHash &newPasswordHash,
                                                                const NtHash &oldPasswordHash) const
{
    // §8.13 NtPasswordHashEncryptedWithBlock: two DES blocks, keys from the new hash.
    EncryptedHash out{};
    auto b1 = m_library.desEncrypt(ByteView(newPasswordHash).subspan(0, 7),
                                   ByteView(oldPasswordHash).subspan(0, 8));
    auto b2 = m_library.desEncrypt(ByteView(newPasswordHash).subspan(7, 7),
                                   ByteView(oldPasswordHash).subspan(8, 8));
    std::copy(b1.begin(), b1.end(), out.begin());
    std::copy(b2.begin(), b2.end(), out.begin() + 8);
    return out;
}

Result<Bytes> MsChapV2Crypto::decryptNewPassword(const PwBlock &encrypted,
                                                 const NtHash &oldPasswordHash) const
{
    PwBlock clear = encrypted;
    crypto::Rc4 rc4(m_library);
    rc4.setKey(oldPasswordHash);
    rc4.applyInPlace(clear);
    std::uint32_t len = 0;
    for (std::size_t i = 0; i < 4; ++i)
        len |= static_cast<std::uint32_t>(clear[PwBlockPasswordArea + i]) << (8 * i);
    if (len == 0 || len > PwBlockPasswordArea || len % 2 != 0) {
        OPENSSL_cleanse(clear.data(), clear.size());
        return fail("the encrypted password block has an invalid length field (" +
                    std::to_string(len) +
                    " octets; must be even and 2..512) - wrong old password or corrupt block");
    }
    Bytes out(clear.begin() + (PwBlockPasswordArea - len), clear.begin() + PwBlockPasswordArea);
    OPENSSL_cleanse(clear.data(), clear.size());
    return out;
}

} // namespace keyward::protocol::mschapv2
