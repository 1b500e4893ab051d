#include "ppp/PppFrame.h"

#include "ppp/PppProtocol.h"

#include <cstdio>
#include <string>

namespace keyward::protocol::ppp {

namespace {

std::string hex16(unsigned value)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%04x", value & 0xffffu);
    return buf;
}

std::string hex8(unsigned value)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02x", value & 0xffu);
    return buf;
}

} // namespace

Result<PppFrame> PppFrame::decode(ByteView frame)
{
    if (frame.empty())
        return fail("empty PPP frame");
    PppFrame out;
    std::size_t pos = 0;
    if (frame[0] == 0xFF) {
        if (frame.size() < 2)
            return fail("PPP frame truncated after address octet 0xff");
        if (frame[1] != 0x03)
            return fail("PPP address 0xff followed by control " + hex8(frame[1]) +
                        " instead of 0x03");
        pos = 2;
    } else {
        out.addressControlPresent = false;
    }
    if (pos >= frame.size())
        return fail("PPP frame has no protocol field");
    std::uint8_t first = frame[pos];
    if (first & 0x01) {
        out.protocol = first;
        out.protocolCompressed = true;
        pos += 1;
    } else {
        if (pos + 1 >= frame.size())
            return fail("PPP protocol field truncated: first octet " + hex8(first) +
                        " is even, so a second octet must follow");
        out.protocol = static_cast<std::uint16_t>(first << 8 | frame[pos + 1]);
        pos += 2;
    }
    if (!isValidProtocolNumber(out.protocol))
        return fail("invalid PPP protocol number " + hex16(out.protocol) +
                    " (low octet must be odd, high octet even)");
    out.payload.assign(frame.begin() + static_cast<std::ptrdiff_t>(pos), frame.end());
    return out;
}

Bytes PppFrame::encode(std::uint16_t protocol, ByteView payload, bool omitAddressControl,
                       bool compressProtocol)
{
    Bytes out;
    out.reserve(payload.size() + 4);
    // LCP always goes out with the full header so a peer can resynchronise.
    if (!omitAddressControl || protocol == kProtocolLcp) {
        out.push_back(0xFF);
        out.push_back(0x03);
    }
    if (compressProtocol && protocol < 0x100 && protocol != kProtocolLcp) {
        out.push_back(static_cast<std::uint8_t>(protocol));
    } else {
        out.push_back(static_cast<std::uint8_t>(protocol >> 8));
        out.push_back(static_cast<std::uint8_t>(protocol));
    }
    out.insert(out.end(), payload.begin(), payload.end());
    return out;
}

} // namespace keyward::protocol::ppp
