#pragma once

// A Disconnect-Request or CoA-Request (RFC 5176) as a dynamic authorization client
// sent it, checked with that client's shared secret, and the answers to it.
//
// - The Request Authenticator is the MD5 of the packet with 16 zero octets in its
//   place, and the secret (RFC 5176 §2.3, as RFC 2866 does for accounting).
// - A Message-Authenticator (RFC 3579 §3.2), when present, is the HMAC-MD5 of the
//   packet with a zero Request Authenticator and a zero Message-Authenticator; when the
//   client's setting requires one, a request without it is refused.
// - Answers (Disconnect-ACK/NAK, CoA-ACK/NAK) carry a Response Authenticator and a
//   Message-Authenticator computed over the request's authenticator, the Proxy-State
//   attributes of the request in order (RFC 5176 §3.1), and on a NAK one Error-Cause.
//
// Sans-I/O: no sockets, no clock (the time is passed in), the secret is octets passed in
// and kept nowhere.

#include "common/Result.h"
#include "radius/DaeErrorCause.h"
#include "radius/RadiusPacket.h"

#include <cstdint>
#include <optional>

namespace keyward::radius {

class DaeRequest
{
public:
    RadiusPacket packet;
    bool hadMessageAuthenticator = false;

    bool isDisconnect() const { return packet.code == RadiusCode::DisconnectRequest; }

    // Checks `wire` as a Disconnect-Request or CoA-Request signed with `secret`. Any
    // error means the request must be dropped without an answer (RFC 5176 §3.1, §3.4).
    [[nodiscard]] static Result<DaeRequest>
    check(protocol::ByteView wire, protocol::ByteView secret, bool requireMessageAuthenticator);
    // A client's side, for tests and the fuzz harness: the wire form of `request` with
    // its Request Authenticator, and a Message-Authenticator when asked.
    [[nodiscard]] static Result<protocol::Bytes>
    sign(RadiusPacket request, protocol::ByteView secret, bool withMessageAuthenticator);

    // The wire form of the answer: ACK, or NAK with `cause`.
    [[nodiscard]] Result<protocol::Bytes> answer(std::optional<DaeErrorCause> nakCause,
                                                 protocol::ByteView secret) const;

    // Event-Timestamp (RFC 5176 §3.5): nullopt when absent (or not 4 octets, which the
    // request's own checks refuse). timely() is true without one, or when it is at most
    // `windowSeconds` away from `nowSeconds` (Unix time) either way.
    std::optional<std::int64_t> eventTimestamp() const;
    bool timely(std::int64_t nowSeconds, std::int64_t windowSeconds) const;
};

} // namespace keyward::radius
