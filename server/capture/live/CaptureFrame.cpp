#include "capture/live/CaptureFrame.h"

#include "common/ByteWriter.h"

namespace keyward::capture::live {

bool CaptureFrame::known(std::uint8_t type)
{
    switch (static_cast<CaptureMessage>(type)) {
    case CaptureMessage::Start:
    case CaptureMessage::Stop:
    case CaptureMessage::Started:
    case CaptureMessage::Error:
    case CaptureMessage::Packet:
    case CaptureMessage::Stats:
    case CaptureMessage::Stopped:
        return true;
    }
    return false;
}

Bytes CaptureFrame::encode(CaptureMessage type, ByteView body)
{
    Bytes out;
    out.reserve(HeaderSize + body.size());
    ByteWriter w(out);
    w.u8(static_cast<std::uint8_t>(type));
    w.u32(static_cast<std::uint32_t>(body.size()));
    w.bytes(body);
    return out;
}

Bytes CaptureFrame::encodeText(CaptureMessage type, const std::string &text)
{
    const std::size_t n = std::min(text.size(), MaxBody);
    return encode(type, ByteView(reinterpret_cast<const std::uint8_t *>(text.data()), n));
}

Bytes CaptureFrame::errorBody(ErrorKind kind, const std::string &text)
{
    const std::size_t n = std::min(text.size(), MaxBody - 1);
    Bytes out(n + 1);
    out[0] = static_cast<std::uint8_t>(kind);
    for (std::size_t i = 0; i < n; ++i)
        out[i + 1] = static_cast<std::uint8_t>(text[i]);
    return out;
}

Error CaptureFrame::error(ByteView body)
{
    if (body.empty())
        return fail(ErrorKind::Internal, "the capture process failed without saying why");
    const std::uint8_t kind = body[0];
    const std::string text(body.begin() + 1, body.end());
    return fail(kind <= static_cast<std::uint8_t>(ErrorKind::Internal)
                    ? static_cast<ErrorKind>(kind)
                    : ErrorKind::Internal,
                text);
}

} // namespace keyward::capture::live
