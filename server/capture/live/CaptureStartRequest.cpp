#include "capture/live/CaptureStartRequest.h"

#include "common/ByteReader.h"
#include "common/ByteWriter.h"

namespace keyward::capture::live {

Bytes CaptureStartRequest::encode() const
{
    Bytes out;
    ByteWriter w(out);
    w.u32(snaplen);
    w.u16(static_cast<std::uint16_t>(interface.size()));
    w.bytes(ByteView(reinterpret_cast<const std::uint8_t *>(interface.data()), interface.size()));
    w.u16(static_cast<std::uint16_t>(filter.size()));
    w.bytes(ByteView(reinterpret_cast<const std::uint8_t *>(filter.data()), filter.size()));
    return out;
}

Result<CaptureStartRequest> CaptureStartRequest::decode(ByteView body)
{
    ByteReader r(body);
    CaptureStartRequest request;
    request.snaplen = r.u32();
    const std::uint16_t interfaceLength = r.u16();
    if (interfaceLength > MaxInterface)
        return fail("the interface name is longer than " + std::to_string(MaxInterface) + " bytes");
    const ByteView name = r.bytes(interfaceLength);
    request.interface.assign(name.begin(), name.end());
    const std::uint16_t filterLength = r.u16();
    if (filterLength > MaxFilter)
        return fail("the filter is longer than " + std::to_string(MaxFilter) + " bytes");
    const ByteView filter = r.bytes(filterLength);
    request.filter.assign(filter.begin(), filter.end());
    if (r.failed())
        return fail("a start command cut short");
    if (!r.atEnd())
        return fail("a start command with " + std::to_string(r.remaining()) + " bytes too many");
    if (auto ok = request.check(); !ok)
        return ok.error();
    return request;
}

Status CaptureStartRequest::check() const
{
    if (interface.empty())
        return fail("no interface named");
    if (interface.size() > MaxInterface)
        return fail("the interface name is longer than " + std::to_string(MaxInterface) + " bytes");
    for (unsigned char c : interface) {
        if (c <= ' ' || c == '/' || c >= 0x7f)
            return fail("the interface name may only have printable ASCII characters, "
                        "no space or '/'");
    }
    if (filter.size() > MaxFilter)
        return fail("the filter is longer than " + std::to_string(MaxFilter) + " bytes");
    for (unsigned char c : filter) {
        if (c < ' ' && c != '\t')
            return fail("the filter has a control character");
    }
    if (snaplen < MinSnaplen || snaplen > MaxSnaplen)
        return fail("snaplen must be from " + std::to_string(MinSnaplen) + " to " +
                    std::to_string(MaxSnaplen));
    return {};
}

} // namespace keyward::capture::live
