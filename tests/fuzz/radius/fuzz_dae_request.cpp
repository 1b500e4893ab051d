// Fuzzes the RFC 5176 codec as keywardd's Disconnect/CoA listener meets it: a datagram
// checked as a Disconnect-Request or CoA-Request with and without a required
// Message-Authenticator, its Event-Timestamp judged, and an answer built; then the
// decoded packet signed as a client would and checked again, which must pass, and its
// answer checked as a client would, which must pass too. Never crashes; abort() on a
// signing mismatch.

#include "radius/DaeRequest.h"
#include "radius/RadiusSigner.h"

#include <cstdlib>

using namespace keyward;
using namespace keyward::radius;
using protocol::Bytes;
using protocol::ByteView;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const Bytes secret = {'d', 'a', 'e', '-', 's', 'e', 'c', 'r', 'e', 't'};
    const ByteView input(data, size);
    for (bool require : {true, false}) {
        auto checked = DaeRequest::check(input, secret, require);
        if (checked) {
            (void)checked->timely(1'800'000'000, 300);
            (void)checked->answer(DaeErrorCause::SessionContextNotFound, secret);
        }
    }
    auto decoded = RadiusPacket::decode(input);
    if (!decoded ||
        (decoded->code != RadiusCode::DisconnectRequest && decoded->code != RadiusCode::CoaRequest))
        return 0;
    // What a client signs, the listener accepts (when it fits in a packet), and what the
    // listener answers, the client accepts.
    auto wire = DaeRequest::sign(*decoded, secret, true);
    if (!wire)
        return 0;
    auto request = DaeRequest::check(*wire, secret, true);
    if (!request || !request->hadMessageAuthenticator)
        std::abort();
    auto answer = request->answer(std::nullopt, secret);
    if (answer) {
        auto accepted =
            RadiusSigner::checkAnswer(*answer, request->packet.authenticator, secret, true);
        if (!accepted)
            std::abort();
    }
    return 0;
}
