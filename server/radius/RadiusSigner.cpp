#include "radius/RadiusSigner.h"

#include "radius/RadiusDigest.h"

#include <algorithm>
#include <openssl/rand.h>

namespace keyward::radius {

using protocol::Bytes;
using protocol::ByteView;

namespace {

// HMAC-MD5 of `wire` with `authenticator` in its header and the Message-Authenticator
// at `offset` zeroed (RFC 3579 §3.2).
Result<Digest> messageAuthenticator(ByteView wire, std::size_t offset,
                                    const Authenticator &authenticator, ByteView secret)
{
    Bytes copy(wire.begin(), wire.end());
    std::copy(authenticator.begin(), authenticator.end(), copy.begin() + 4);
    std::fill_n(copy.begin() + static_cast<std::ptrdiff_t>(offset), AuthenticatorSize, 0);
    return RadiusDigest::hmacMd5(secret, copy);
}

// The packet with a zeroed Message-Authenticator first (where it guards best against
// prefix attacks), encoded.
Result<Bytes> encodeWithMessageAuthenticator(RadiusPacket packet)
{
    packet.remove(attr::MessageAuthenticator);
    const Bytes zeros(AuthenticatorSize, 0);
    packet.attributes.insert(packet.attributes.begin(), {attr::MessageAuthenticator, zeros});
    return packet.encode();
}

} // namespace

Result<Authenticator> RadiusSigner::randomAuthenticator()
{
    Authenticator out{};
    if (RAND_bytes(out.data(), static_cast<int>(out.size())) != 1)
        return fail(ErrorKind::Internal, "no random octets for a RADIUS authenticator");
    return out;
}

Result<Bytes> RadiusSigner::signRequest(RadiusPacket request, ByteView secret)
{
    if (request.code == RadiusCode::AccountingRequest) {
        request.authenticator.fill(0);
        auto wire = request.encode();
        if (!wire)
            return wire;
        auto digest = RadiusDigest::md5({*wire, secret});
        if (!digest)
            return digest.error();
        std::copy(digest->begin(), digest->end(), wire->begin() + 4);
        return wire;
    }
    auto wire = encodeWithMessageAuthenticator(std::move(request));
    if (!wire)
        return wire;
    const std::size_t offset = HeaderSize + 2;
    auto mac = RadiusDigest::hmacMd5(secret, *wire);
    if (!mac)
        return mac.error();
    std::copy(mac->begin(), mac->end(), wire->begin() + static_cast<std::ptrdiff_t>(offset));
    return wire;
}

Result<RadiusSigner::CheckedAnswer>
RadiusSigner::checkAnswer(ByteView wire, const Authenticator &requestAuthenticator, ByteView secret,
                          bool requireMessageAuthenticator)
{
    auto decoded = RadiusPacket::decode(wire);
    if (!decoded)
        return decoded.error();
    const std::size_t length = static_cast<std::size_t>(wire[2] << 8 | wire[3]);
    auto expected = RadiusDigest::md5({wire.subspan(0, 4), requestAuthenticator,
                                       wire.subspan(HeaderSize, length - HeaderSize), secret});
    if (!expected)
        return expected.error();
    if (!protocol::constantTimeEqual(*expected, decoded->authenticator))
        return fail("Response Authenticator does not match (wrong shared secret, or not an "
                    "answer to this request)");
    auto offset = RadiusSigner::messageAuthenticatorOffset(wire.subspan(0, length));
    if (!offset)
        return offset.error();
    if (*offset == 0) {
        if (requireMessageAuthenticator)
            return fail("answer without a Message-Authenticator, which this server must send "
                        "(see 'message-authenticator' in keywardd.conf)");
        return CheckedAnswer{std::move(*decoded), false};
    }
    auto mac = messageAuthenticator(wire.subspan(0, length), *offset, requestAuthenticator, secret);
    if (!mac)
        return mac.error();
    if (!protocol::constantTimeEqual(*mac, wire.subspan(*offset, AuthenticatorSize)))
        return fail("Message-Authenticator does not match");
    return CheckedAnswer{std::move(*decoded), true};
}

Result<Bytes> RadiusSigner::signAnswer(RadiusPacket answer,
                                       const Authenticator &requestAuthenticator, ByteView secret,
                                       bool withMessageAuthenticator)
{
    answer.authenticator = requestAuthenticator;
    Result<Bytes> wire =
        withMessageAuthenticator ? encodeWithMessageAuthenticator(answer) : answer.encode();
    if (!wire)
        return wire;
    if (withMessageAuthenticator) {
        auto mac = RadiusDigest::hmacMd5(secret, *wire);
        if (!mac)
            return mac.error();
        std::copy(mac->begin(), mac->end(), wire->begin() + HeaderSize + 2);
    }
    auto digest = RadiusDigest::md5({*wire, secret});
    if (!digest)
        return digest.error();
    std::copy(digest->begin(), digest->end(), wire->begin() + 4);
    return wire;
}

bool RadiusSigner::requestMessageAuthenticatorValid(ByteView wire, ByteView secret)
{
    auto decoded = RadiusPacket::decode(wire);
    if (!decoded)
        return false;
    const std::size_t length = static_cast<std::size_t>(wire[2] << 8 | wire[3]);
    auto offset = RadiusSigner::messageAuthenticatorOffset(wire.subspan(0, length));
    if (!offset || *offset == 0)
        return false;
    auto mac =
        messageAuthenticator(wire.subspan(0, length), *offset, decoded->authenticator, secret);
    return mac && protocol::constantTimeEqual(*mac, wire.subspan(*offset, AuthenticatorSize));
}

Result<std::size_t> RadiusSigner::messageAuthenticatorOffset(ByteView wire)
{
    std::size_t found = 0;
    const std::size_t length = static_cast<std::size_t>(wire[2] << 8 | wire[3]);
    for (std::size_t at = HeaderSize; at + 2 <= length && wire[at + 1] >= 2; at += wire[at + 1]) {
        if (wire[at] != attr::MessageAuthenticator)
            continue;
        if (found)
            return fail("more than one Message-Authenticator");
        if (wire[at + 1] != 2 + AuthenticatorSize)
            return fail("Message-Authenticator of " + std::to_string(wire[at + 1] - 2) +
                        " octets (16 expected)");
        found = at + 2;
    }
    return found;
}

} // namespace keyward::radius
