// Fuzzes the PPTP control path: the message decoder (with an encode/decode round trip
// on success), the stream framer over arbitrary chunking, and the PAC state machine
// fed the same bytes.

#include "pptp/ControlMessage.h"
#include "pptp/ControlStreamFramer.h"
#include "pptp/PacControlConnection.h"

#include <cstdlib>
#include <variant>

using namespace keyward;
using namespace keyward::protocol;
using namespace keyward::protocol::pptp;

namespace {

void checkRoundTrip(ByteView data)
{
    auto decoded = decodeControlMessage(data);
    if (!decoded) {
        if (decoded.message().empty())
            std::abort();
        return;
    }
    // Text fields stop at their first NUL, so octets after it are not kept, and octets
    // past the fixed layout are skipped; the encoding of what was decoded has the
    // type's fixed size and must itself be a fixed point.
    Bytes wire = encodeControlMessage(*decoded);
    if (wire.size() != controlMessageSize(static_cast<std::uint16_t>(controlTypeOf(*decoded))) ||
        wire.size() > data.size())
        std::abort();
    auto again = decodeControlMessage(wire);
    if (!again || !(*again == *decoded) || encodeControlMessage(*again) != wire)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    ByteView input(data, size);
    checkRoundTrip(input);

    // Frame the input in chunks whose sizes come from the input itself.
    ControlStreamFramer framer;
    std::size_t pos = 0;
    std::size_t step = size > 0 ? (data[0] % 37) + 1 : 1;
    while (pos < size) {
        std::size_t n = std::min(step, size - pos);
        auto framed = framer.push(input.subspan(pos, n));
        if (!framed) {
            if (!framer.failed() || framer.buffered() != 0)
                std::abort();
            break;
        }
        if (framer.buffered() >= kMaxControlMessageSize)
            std::abort();
        for (const Bytes &message : *framed) {
            if (message.size() < kHeaderSize || message.size() > kMaxControlMessageSize)
                std::abort();
            checkRoundTrip(message);
        }
        pos += n;
        step = (step * 7 + 3) % 61 + 1;
    }

    // The PAC machine: it must never crash, and after a close it must stay closed.
    PacControlConnection::Config config;
    config.maxCalls = 4;
    PacControlConnection pac(config);
    pac.start(Timestamp(0));
    Timestamp now(0);
    for (pos = 0; pos < size; pos += 50) {
        now += Timestamp(20'000);
        pac.onBytes(input.subspan(pos, std::min<std::size_t>(50, size - pos)), now);
        for (auto &event : pac.takeEvents()) {
            if (auto *req = std::get_if<CallRequested>(&event))
                (void)((req->callId & 1) ? pac.acceptCall(req->callId)
                                         : pac.rejectCall(req->callId, OcrpResult::Busy));
        }
        pac.onTimer(now);
        for (const Bytes &out : pac.takeOutgoing())
            if (!decodeControlMessage(out))
                std::abort();
    }
    pac.stop(StopReason::LocalShutdown, now);
    pac.onTimer(now + Timestamp(3'600'000));
    if (pac.state() != PacControlConnection::State::Closed)
        std::abort();
    return 0;
}
