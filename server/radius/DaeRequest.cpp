#include "radius/DaeRequest.h"

#include "common/ByteReader.h"
#include "common/ByteWriter.h"
#include "radius/RadiusDigest.h"
#include "radius/RadiusSigner.h"

#include <algorithm>
#include <string>

namespace keyward::radius {

using protocol::Bytes;
using protocol::ByteView;

namespace {

constexpr std::ptrdiff_t AuthenticatorOffset = 4;

} // namespace

Result<DaeRequest> DaeRequest::check(ByteView wire, ByteView secret,
                                     bool requireMessageAuthenticator)
{
    auto decoded = RadiusPacket::decode(wire);
    if (!decoded)
        return decoded.error();
    if (decoded->code != RadiusCode::DisconnectRequest && decoded->code != RadiusCode::CoaRequest)
        return fail("RADIUS code " + std::to_string(static_cast<int>(decoded->code)) +
                    " is not a Disconnect-Request (40) or CoA-Request (43)");
    // Octets past the length field are padding (RFC 2865 §3): left out of every digest.
    const std::size_t length = static_cast<std::size_t>(wire[2] << 8 | wire[3]);
    Bytes zeroed(wire.begin(), wire.begin() + static_cast<std::ptrdiff_t>(length));
    std::fill_n(zeroed.begin() + AuthenticatorOffset, AuthenticatorSize, 0);
    auto expected = RadiusDigest::md5({zeroed, secret});
    if (!expected)
        return expected.error();
    if (!protocol::constantTimeEqual(*expected, decoded->authenticator))
        return fail("Request Authenticator does not match (wrong shared secret?)");
    auto offset = RadiusSigner::messageAuthenticatorOffset(zeroed);
    if (!offset)
        return offset.error();
    DaeRequest request;
    if (*offset == 0) {
        if (requireMessageAuthenticator)
            return fail("request without a Message-Authenticator, which this client must send "
                        "(see 'radius-dae-client' in keywardd.conf)");
    } else {
        const Bytes sent(zeroed.begin() + static_cast<std::ptrdiff_t>(*offset),
                         zeroed.begin() + static_cast<std::ptrdiff_t>(*offset + AuthenticatorSize));
        std::fill_n(zeroed.begin() + static_cast<std::ptrdiff_t>(*offset), AuthenticatorSize, 0);
        auto mac = RadiusDigest::hmacMd5(secret, zeroed);
        if (!mac)
            return mac.error();
        if (!protocol::constantTimeEqual(*mac, sent))
            return fail("Message-Authenticator does not match");
        request.hadMessageAuthenticator = true;
    }
    request.packet = std::move(*decoded);
    return request;
}

Result<Bytes> DaeRequest::sign(RadiusPacket request, ByteView secret, bool withMessageAuthenticator)
{
    request.authenticator.fill(0);
    request.remove(attr::MessageAuthenticator);
    if (withMessageAuthenticator)
        request.add(attr::MessageAuthenticator, Bytes(AuthenticatorSize, 0));
    auto wire = request.encode();
    if (!wire)
        return wire;
    if (withMessageAuthenticator) {
        auto mac = RadiusDigest::hmacMd5(secret, *wire);
        if (!mac)
            return mac.error();
        std::copy(mac->begin(), mac->end(), wire->end() - AuthenticatorSize);
    }
    auto digest = RadiusDigest::md5({*wire, secret});
    if (!digest)
        return digest.error();
    std::copy(digest->begin(), digest->end(), wire->begin() + AuthenticatorOffset);
    return wire;
}

Result<Bytes> DaeRequest::answer(std::optional<DaeErrorCause> nakCause, ByteView secret) const
{
    RadiusPacket reply;
    reply.identifier = packet.identifier;
    if (isDisconnect())
        reply.code = nakCause ? RadiusCode::DisconnectNak : RadiusCode::DisconnectAck;
    else
        reply.code = nakCause ? RadiusCode::CoaNak : RadiusCode::CoaAck;
    if (nakCause)
        reply.addU32(attr::ErrorCause, static_cast<std::uint32_t>(*nakCause));
    for (const Bytes &state : packet.findAll(attr::ProxyState))
        reply.add(attr::ProxyState, state);
    return RadiusSigner::signAnswer(std::move(reply), packet.authenticator, secret, true);
}

std::optional<std::int64_t> DaeRequest::eventTimestamp() const
{
    if (const auto value = packet.findU32(attr::EventTimestamp))
        return static_cast<std::int64_t>(*value);
    return std::nullopt;
}

bool DaeRequest::timely(std::int64_t nowSeconds, std::int64_t windowSeconds) const
{
    if (packet.find(attr::EventTimestamp) && !eventTimestamp())
        return false;
    const auto stamp = eventTimestamp();
    if (!stamp)
        return true;
    const std::int64_t skew = *stamp > nowSeconds ? *stamp - nowSeconds : nowSeconds - *stamp;
    return skew <= windowSeconds;
}

} // namespace keyward::radius
