// Fuzzes the RADIUS codec as a client meets it: a datagram decoded (every length
// checked; a decoded packet encodes back to the same octets), checked as an answer
// with and without a required Message-Authenticator, and its Microsoft key attributes
// decrypted; then the same packet signed as an answer and checked again, which must
// pass. Never crashes; abort() on a round-trip or signing mismatch.

#include "radius/RadiusMppeKey.h"
#include "radius/RadiusPacket.h"
#include "radius/RadiusSigner.h"

#include <algorithm>
#include <cstdlib>

using namespace keyward;
using namespace keyward::radius;
using protocol::Bytes;
using protocol::ByteView;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const Bytes secret = {'f', 'u', 'z', 'z', '-', 's', 'e', 'c', 'r', 'e', 't'};
    Authenticator request{};
    for (std::size_t i = 0; i < request.size(); ++i)
        request[i] = static_cast<std::uint8_t>(i * 7);
    const ByteView input(data, size);

    auto decoded = RadiusPacket::decode(input);
    if (!decoded)
        return 0;
    const std::size_t length = static_cast<std::size_t>(data[2] << 8 | data[3]);
    auto again = decoded->encode();
    if (!again || again->size() != length || !std::equal(again->begin(), again->end(), data))
        std::abort();

    (void)RadiusSigner::checkAnswer(input, request, secret, true);
    (void)RadiusSigner::checkAnswer(input, request, secret, false);
    (void)RadiusSigner::requestMessageAuthenticatorValid(input, secret);
    for (std::uint8_t type : {ms::MppeSendKey, ms::MppeRecvKey})
        if (auto value = decoded->findVendor(ms::VendorId, type))
            (void)RadiusMppeKey::decrypt(*value, secret, request);

    // What a server signs, a client accepts (when it fits in a packet).
    if (decoded->code == RadiusCode::AccessAccept || decoded->code == RadiusCode::AccessReject) {
        auto signedAnswer = RadiusSigner::signAnswer(*decoded, request, secret, true);
        if (signedAnswer) {
            auto checked = RadiusSigner::checkAnswer(*signedAnswer, request, secret, true);
            if (!checked || !checked->hadMessageAuthenticator)
                std::abort();
        }
    }
    return 0;
}
