// Fuzzes the pcap/pcapng reader: any input ends in packets and then a clean end or
// an error naming a byte offset inside the input; feeding it in small chunks gives
// the same packets and the same outcome as feeding it whole; no packet is larger
// than its block.

#include "file/PcapFileReader.h"

#include <cstdlib>
#include <string>

using namespace keyward;
using namespace keyward::capture;

namespace {

struct Outcome
{
    QList<PacketRecord> packets;
    std::string error;
};

Outcome read(const std::uint8_t *data, std::size_t size, std::size_t chunk)
{
    PcapFileReader reader(64 * 1024);
    Outcome out;
    std::size_t pos = 0;
    bool finished = false;
    for (;;) {
        if (pos < size) {
            const std::size_t n = std::min(chunk, size - pos);
            reader.feed(QByteArrayView(reinterpret_cast<const char *>(data + pos),
                                       static_cast<qsizetype>(n)));
            pos += n;
        } else {
            reader.finish();
            finished = true;
        }
        for (;;) {
            auto r = reader.next();
            if (!r.ok()) {
                out.error = r.message();
                return out;
            }
            if (!*r)
                break;
            out.packets.append(**r);
        }
        if (finished) // next() gave nothing after finish(): the clean end
            return out;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Outcome whole = read(data, size, size == 0 ? 1 : size);
    const Outcome chunked = read(data, size, 7);
    if (whole.error != chunked.error || whole.packets.size() != chunked.packets.size())
        std::abort();
    for (qsizetype i = 0; i < whole.packets.size(); ++i) {
        if (whole.packets[i].data != chunked.packets[i].data ||
            whole.packets[i].timestampNs != chunked.packets[i].timestampNs)
            std::abort();
        if (static_cast<std::size_t>(whole.packets[i].data.size()) > size)
            std::abort();
    }
    if (!whole.error.empty() && whole.error.find("byte offset ") == std::string::npos &&
        whole.error != "capture file is empty")
        std::abort();
    return 0;
}
