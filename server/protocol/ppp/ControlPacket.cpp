#include "ppp/ControlPacket.h"

#include "common/ByteReader.h"
#include "common/ByteWriter.h"

#include <string>

namespace keyward::protocol::ppp {

Result<ControlPacket> ControlPacket::decode(ByteView packet)
{
    if (packet.size() < 4)
        return fail("PPP control packet of " + std::to_string(packet.size()) +
                    " octets is shorter than its 4-octet header");
    ByteReader reader(packet);
    ControlPacket out;
    out.code = reader.u8();
    out.identifier = reader.u8();
    std::uint16_t length = reader.u16();
    if (length < 4)
        return fail("PPP control packet Length " + std::to_string(length) + " is below 4");
    if (length > packet.size())
        return fail("PPP control packet Length " + std::to_string(length) + " exceeds the " +
                    std::to_string(packet.size()) + " octets received");
    ByteView data = reader.bytes(length - 4u);
    out.data.assign(data.begin(), data.end());
    return out;
}

Bytes ControlPacket::encode(std::uint8_t code, std::uint8_t identifier, ByteView data)
{
    Bytes out;
    out.reserve(data.size() + 4);
    ByteWriter writer(out);
    writer.u8(code);
    writer.u8(identifier);
    writer.u16(static_cast<std::uint16_t>(data.size() + 4));
    writer.bytes(data);
    return out;
}

Bytes ControlPacket::encode() const
{
    return encode(code, identifier, data);
}

} // namespace keyward::protocol::ppp
