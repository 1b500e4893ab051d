#pragma once

// The shared-secret side of RADIUS: the authenticators a packet carries and the
// checks of the answers.
//
// - Access-Request: a random Request Authenticator (the caller's) and a
//   Message-Authenticator (RFC 3579, HMAC-MD5 over the packet) always.
// - Accounting-Request: the Request Authenticator is the MD5 of the packet and the
//   secret (RFC 2866 §3).
// - Answers: the Response Authenticator (MD5 of the answer with the request's
//   authenticator, and the secret) must match, and a Message-Authenticator, when
//   present or required, must be the HMAC-MD5 of the answer with the request's
//   authenticator in place (the defence against BlastRADIUS, CVE-2024-3596).
//
// Secrets are octets passed in; nothing here keeps or logs them.

#include "common/Result.h"
#include "radius/RadiusPacket.h"

namespace keyward::radius {

class RadiusSigner
{
public:
    struct CheckedAnswer
    {
        RadiusPacket packet;
        bool hadMessageAuthenticator = false;
    };

    [[nodiscard]] static Result<Authenticator> randomAuthenticator();

    // The wire form of a request: Message-Authenticator added (replacing any) for
    // Access-Request, the authenticator computed for Accounting-Request.
    [[nodiscard]] static Result<protocol::Bytes> signRequest(RadiusPacket request,
                                                             protocol::ByteView secret);
    // Checks an answer to the request whose authenticator was `requestAuthenticator`.
    [[nodiscard]] static Result<CheckedAnswer>
    checkAnswer(protocol::ByteView wire, const Authenticator &requestAuthenticator,
                protocol::ByteView secret, bool requireMessageAuthenticator);

    // A server's side, for test responders and the fuzz harness: the wire form of an
    // answer, with a Message-Authenticator when asked.
    [[nodiscard]] static Result<protocol::Bytes>
    signAnswer(RadiusPacket answer, const Authenticator &requestAuthenticator,
               protocol::ByteView secret, bool withMessageAuthenticator);
    // Offset of the value of the one Message-Authenticator in an encoded packet, 0
    // when there is none; an error when there are two or one of the wrong length. The
    // packet was decoded (or encoded) already: its lengths are sound.
    [[nodiscard]] static Result<std::size_t> messageAuthenticatorOffset(protocol::ByteView wire);
    // A server's check of a request's Message-Authenticator (false when absent).
    static bool requestMessageAuthenticatorValid(protocol::ByteView wire,
                                                 protocol::ByteView secret);
};

} // namespace keyward::radius
