#pragma once

// A RADIUS packet (RFC 2865 §3) as values: code, identifier, authenticator and the
// attributes in wire order. decode() checks every length before it reads (the
// header's length against the datagram and against 20..4096, each attribute's
// length against what is left, the Microsoft vendor attributes inside a
// Vendor-Specific one) and refuses the packet on the first error; encode() refuses
// what would not fit. Sans-I/O: no sockets, no clock, no secrets here (signing and
// checking the authenticators is RadiusSigner's).

#include "common/Result.h"
#include "radius/RadiusAttribute.h"
#include "radius/RadiusCodes.h"

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace keyward::radius {

using Authenticator = std::array<std::uint8_t, AuthenticatorSize>;

class RadiusPacket
{
public:
    RadiusCode code = RadiusCode::AccessRequest;
    std::uint8_t identifier = 0;
    Authenticator authenticator{};
    std::vector<RadiusAttribute> attributes;

    [[nodiscard]] static Result<RadiusPacket> decode(protocol::ByteView wire);
    [[nodiscard]] Result<protocol::Bytes> encode() const;

    void add(std::uint8_t type, protocol::ByteView value);
    void addText(std::uint8_t type, std::string_view text);
    void addU32(std::uint8_t type, std::uint32_t value);
    // One Vendor-Specific attribute holding one sub-attribute (RFC 2865 §5.26's
    // suggested format, which RFC 2548 uses).
    void addVendor(std::uint32_t vendor, std::uint8_t vendorType, protocol::ByteView value);
    // Removes every attribute of `type`.
    void remove(std::uint8_t type);

    // The first attribute of `type`, if any.
    const protocol::Bytes *find(std::uint8_t type) const;
    std::vector<protocol::Bytes> findAll(std::uint8_t type) const;
    // A 4-octet integer attribute; nullopt when absent or not 4 octets.
    std::optional<std::uint32_t> findU32(std::uint8_t type) const;
    // The first vendor sub-attribute (vendor, type), if any.
    std::optional<protocol::Bytes> findVendor(std::uint32_t vendor, std::uint8_t vendorType) const;
    std::size_t count(std::uint8_t type) const;
};

} // namespace keyward::radius
