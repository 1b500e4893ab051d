// Decodes arbitrary bytes as a PPTP-carried PPP frame, its control packet, its option
// list and (for option 18) the MPPE option; every successful decode must re-encode to
// the same bytes.

#include "common/Bytes.h"
#include "mppe/MppeOption.h"
#include "ppp/ControlPacket.h"
#include "ppp/PppFrame.h"
#include "ppp/PppOption.h"
#include "ppp/PppProtocol.h"

#include <cstdlib>
#include <cstring>

using namespace keyward::protocol;
using namespace keyward::protocol::ppp;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    ByteView input(data, size);
    auto frame = PppFrame::decode(input);
    if (!frame)
        return 0;
    Bytes again = PppFrame::encode(frame->protocol, frame->payload, !frame->addressControlPresent,
                                   frame->protocolCompressed);
    if (frame->protocol != kProtocolLcp && again != Bytes(input.begin(), input.end()))
        std::abort();
    auto redecoded = PppFrame::decode(again);
    if (!redecoded || redecoded->protocol != frame->protocol ||
        redecoded->payload != frame->payload)
        std::abort();

    auto packet = ControlPacket::decode(frame->payload);
    if (!packet)
        return 0;
    Bytes encoded = packet->encode();
    if (encoded.size() > frame->payload.size() ||
        std::memcmp(encoded.data(), frame->payload.data(), encoded.size()) != 0)
        std::abort();

    auto options = PppOption::decodeList(packet->data);
    if (!options)
        return 0;
    if (PppOption::encodeList(options.value()) != packet->data)
        std::abort();
    for (const PppOption &option : options.value()) {
        if (option.type != mppe::MppeOption::kType)
            continue;
        auto mppeOption = mppe::MppeOption::decode(option.data);
        if (mppeOption && mppeOption->encode() != option.data)
            std::abort();
        if (mppeOption) {
            auto params = mppeOption->parameters();
            // Unknown bits are ignored; the strength and H bit must survive the trip.
            const std::uint32_t meaningful =
                mppe::MppeOption::kStrengthMask | mppe::MppeOption::kStateless;
            if (params &&
                mppe::MppeOption::fromParameters(*params).bits != (mppeOption->bits & meaningful))
                std::abort();
        }
    }
    return 0;
}
