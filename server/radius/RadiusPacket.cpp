#include "radius/RadiusPacket.h"

#include "common/ByteReader.h"
#include "common/ByteWriter.h"

#include <algorithm>
#include <string>

namespace keyward::radius {

using protocol::ByteReader;
using protocol::Bytes;
using protocol::ByteView;
using protocol::ByteWriter;

namespace {

bool knownCode(std::uint8_t code)
{
    switch (static_cast<RadiusCode>(code)) {
    case RadiusCode::AccessRequest:
    case RadiusCode::AccessAccept:
    case RadiusCode::AccessReject:
    case RadiusCode::AccountingRequest:
    case RadiusCode::AccountingResponse:
    case RadiusCode::AccessChallenge:
    case RadiusCode::DisconnectRequest:
    case RadiusCode::DisconnectAck:
    case RadiusCode::DisconnectNak:
    case RadiusCode::CoaRequest:
    case RadiusCode::CoaAck:
    case RadiusCode::CoaNak:
        return true;
    }
    return false;
}

// Walks the sub-attributes of a Vendor-Specific value in the RFC 2865 format;
// `visit` returns true to stop. False when the value is malformed.
template <typename Visit> bool walkVendor(ByteView value, std::uint32_t *vendor, Visit visit)
{
    ByteReader reader(value);
    *vendor = reader.u32();
    if (reader.failed())
        return false;
    while (!reader.atEnd()) {
        const std::uint8_t type = reader.u8();
        const std::uint8_t length = reader.u8();
        if (reader.failed() || length < 2)
            return false;
        ByteView data = reader.bytes(length - 2u);
        if (reader.failed())
            return false;
        if (visit(type, data))
            return true;
    }
    return true;
}

} // namespace

Result<RadiusPacket> RadiusPacket::decode(ByteView wire)
{
    if (wire.size() < HeaderSize)
        return fail("RADIUS packet shorter than its 20-octet header (" +
                    std::to_string(wire.size()) + " octets)");
    ByteReader reader(wire);
    RadiusPacket packet;
    const std::uint8_t code = reader.u8();
    packet.identifier = reader.u8();
    const std::uint16_t length = reader.u16();
    if (length < HeaderSize || length > MaxPacketSize)
        return fail("RADIUS length field " + std::to_string(length) + " outside 20..4096 octets");
    // RFC 2865 §3: octets past the length are padding and ignored; fewer is an error.
    if (length > wire.size())
        return fail("RADIUS length field " + std::to_string(length) + " longer than the " +
                    std::to_string(wire.size()) + "-octet datagram");
    if (!knownCode(code))
        return fail("RADIUS packet code " + std::to_string(code) + " is not one Keyward handles");
    packet.code = static_cast<RadiusCode>(code);
    ByteView auth = reader.bytes(AuthenticatorSize);
    std::copy(auth.begin(), auth.end(), packet.authenticator.begin());
    ByteReader attrs(wire.subspan(HeaderSize, length - HeaderSize));
    while (!attrs.atEnd()) {
        const std::uint8_t type = attrs.u8();
        const std::uint8_t attrLength = attrs.u8();
        if (attrs.failed())
            return fail("RADIUS attribute header cut off by the packet's end");
        if (attrLength < 2)
            return fail("RADIUS attribute " + std::to_string(type) + " has length " +
                        std::to_string(attrLength) + " (at least 2)");
        ByteView value = attrs.bytes(attrLength - 2u);
        if (attrs.failed())
            return fail("RADIUS attribute " + std::to_string(type) + " runs past the packet's end");
        if (type == attr::VendorSpecific) {
            std::uint32_t vendor = 0;
            if (value.size() < 5)
                return fail("RADIUS Vendor-Specific attribute shorter than 5 octets");
            if (!walkVendor(value, &vendor, [](std::uint8_t, ByteView) { return false; }) &&
                vendor == ms::VendorId)
                return fail("malformed Microsoft vendor attribute");
        }
        packet.attributes.push_back({type, Bytes(value.begin(), value.end())});
    }
    return packet;
}

Result<Bytes> RadiusPacket::encode() const
{
    Bytes out;
    out.reserve(HeaderSize + attributes.size() * 8);
    ByteWriter writer(out);
    writer.u8(static_cast<std::uint8_t>(code));
    writer.u8(identifier);
    writer.u16(0);
    writer.bytes(authenticator);
    for (const RadiusAttribute &a : attributes) {
        if (a.value.size() > MaxAttributeValue)
            return fail("RADIUS attribute " + std::to_string(a.type) + " value of " +
                        std::to_string(a.value.size()) + " octets (at most 253)");
        writer.u8(a.type);
        writer.u8(static_cast<std::uint8_t>(a.value.size() + 2));
        writer.bytes(a.value);
        if (out.size() > MaxPacketSize)
            return fail("RADIUS packet longer than 4096 octets");
    }
    writer.patchU16(2, static_cast<std::uint16_t>(out.size()));
    return out;
}

void RadiusPacket::add(std::uint8_t type, ByteView value)
{
    attributes.push_back({type, Bytes(value.begin(), value.end())});
}

void RadiusPacket::addText(std::uint8_t type, std::string_view text)
{
    add(type, protocol::asBytes(text));
}

void RadiusPacket::addU32(std::uint8_t type, std::uint32_t value)
{
    Bytes bytes;
    ByteWriter(bytes).u32(value);
    add(type, bytes);
}

void RadiusPacket::addVendor(std::uint32_t vendor, std::uint8_t vendorType, ByteView value)
{
    Bytes bytes;
    ByteWriter writer(bytes);
    writer.u32(vendor);
    writer.u8(vendorType);
    writer.u8(static_cast<std::uint8_t>(std::min<std::size_t>(value.size() + 2, 255)));
    writer.bytes(value);
    add(attr::VendorSpecific, bytes);
}

void RadiusPacket::remove(std::uint8_t type)
{
    std::erase_if(attributes, [type](const RadiusAttribute &a) { return a.type == type; });
}

const Bytes *RadiusPacket::find(std::uint8_t type) const
{
    for (const RadiusAttribute &a : attributes)
        if (a.type == type)
            return &a.value;
    return nullptr;
}

std::vector<Bytes> RadiusPacket::findAll(std::uint8_t type) const
{
    std::vector<Bytes> out;
    for (const RadiusAttribute &a : attributes)
        if (a.type == type)
            out.push_back(a.value);
    return out;
}

std::optional<std::uint32_t> RadiusPacket::findU32(std::uint8_t type) const
{
    const Bytes *value = find(type);
    if (!value || value->size() != 4)
        return std::nullopt;
    ByteReader reader(*value);
    return reader.u32();
}

std::optional<Bytes> RadiusPacket::findVendor(std::uint32_t vendor, std::uint8_t vendorType) const
{
    std::optional<Bytes> found;
    for (const RadiusAttribute &a : attributes) {
        if (a.type != attr::VendorSpecific)
            continue;
        std::uint32_t id = 0;
        walkVendor(a.value, &id, [&](std::uint8_t type, ByteView data) {
            if (id != vendor || type != vendorType)
                return id != vendor; // another vendor: stop walking this attribute
            found = Bytes(data.begin(), data.end());
            return true;
        });
        if (found)
            return found;
    }
    return std::nullopt;
}

std::size_t RadiusPacket::count(std::uint8_t type) const
{
    return static_cast<std::size_t>(
        std::count_if(attributes.begin(), attributes.end(),
                      [type](const RadiusAttribute &a) { return a.type == type; }));
}

} // namespace keyward::radius
