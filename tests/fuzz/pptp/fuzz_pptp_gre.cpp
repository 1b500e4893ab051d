// Fuzzes the enhanced GRE decoder: anything accepted must re-encode to exactly the
// same octets (every header bit is checked, so the encoding is unique), and the
// sequencer must digest any packet.

#include "pptp/GrePacket.h"
#include "pptp/GreSequencer.h"

#include <cstdlib>

using namespace keyward::protocol;
using namespace keyward::protocol::pptp;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    ByteView input(data, size);
    auto packet = GrePacket::decode(input);
    if (!packet) {
        if (packet.message().empty())
            std::abort();
        return 0;
    }
    if (packet->payload.data() + packet->payload.size() != data + size)
        std::abort();
    auto wire = packet->encode();
    if (!wire || *wire != Bytes(input.begin(), input.end()))
        std::abort();

    GreSequencer sequencer(size > 8 ? data[8] : 1, std::chrono::milliseconds(100),
                           packet->sequence.value_or(0));
    sequencer.nextSend(Timestamp(0));
    sequencer.onReceive(*packet, Timestamp(0));
    sequencer.onReceive(*packet, Timestamp(1));
    if (packet->sequence && sequencer.duplicates() != 1)
        std::abort();
    (void)sequencer.takeAckOnly(Timestamp(1000));
    return 0;
}
